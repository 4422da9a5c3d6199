"""The resource classes of ``Client`` (one per tag of the spec), for type annotations.

``hub.tasks`` is a ``Tasks``, ``hub.projects`` a ``Projects``, and so on; ``AsyncClient``'s
are in ``ango_hub._async.resources`` (``AsyncTasks``, ...). The classes are defined in
``ango_hub/_sync/resources/``, generated from the async source; this module keeps their
public import path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ango_hub._lazy import lazy_names

if TYPE_CHECKING:
    from ango_hub._sync.resources import (
        Assets,
        Batches,
        Exports,
        Issues,
        Labels,
        Llms,
        Metrics,
        Organization,
        Plugins,
        Projects,
        Storages,
        Tasks,
    )

__all__ = [
    "Assets",
    "Batches",
    "Exports",
    "Issues",
    "Labels",
    "Llms",
    "Metrics",
    "Organization",
    "Plugins",
    "Projects",
    "Storages",
    "Tasks",
]


__getattr__, __dir__ = lazy_names(__name__, dict.fromkeys(__all__, "ango_hub._sync.resources"))
