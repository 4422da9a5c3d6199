"""The resource classes of ``Client`` (one per tag of the spec), for type annotations.

``hub.tasks`` is a ``Tasks``, ``hub.projects`` a ``Projects``, and so on; ``AsyncClient``'s
are in ``ango_hub._async.resources`` (``AsyncTasks``, ...). The classes are defined in
``ango_hub/_sync/resources/``, generated from the async source; this module keeps their
public import path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    """Resolve a resource class on first use (``from ango_hub.resources import Tasks``)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ango_hub._sync import resources

    value = getattr(resources, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
