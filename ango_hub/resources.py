"""The resource classes of ``Client``, one per tag of the spec: their public import path.

``hub.tasks`` is a ``Tasks``, ``hub.projects`` a ``Projects``, and so on; annotate with
them from here (``from ango_hub.resources import Tasks``), which is their documented path.
The classes are generated into ``ango_hub/_sync/resources/`` from the async source in
``ango_hub/_async/resources/``, whose ``AsyncTasks``, ... are ``AsyncClient``'s (import those
from ``ango_hub._async.resources``). Each is imported on first use.
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
