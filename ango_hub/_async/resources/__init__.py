"""Resources: one class per tag of the spec, reached as attributes of the client.

Each module is imported on first use (the client creates a resource when it is first
accessed), so that importing the client does not import every operation and model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ango_hub._lazy import lazy_names

if TYPE_CHECKING:
    from ango_hub._async.resources.assets import AsyncAssets
    from ango_hub._async.resources.batches import AsyncBatches
    from ango_hub._async.resources.exports import AsyncExports
    from ango_hub._async.resources.issues import AsyncIssues
    from ango_hub._async.resources.labels import AsyncLabels
    from ango_hub._async.resources.llms import AsyncLlms
    from ango_hub._async.resources.metrics import AsyncMetrics
    from ango_hub._async.resources.organization import AsyncOrganization
    from ango_hub._async.resources.plugins import AsyncPlugins
    from ango_hub._async.resources.projects import AsyncProjects
    from ango_hub._async.resources.storages import AsyncStorages
    from ango_hub._async.resources.tasks import AsyncTasks

#: Each resource class and the module that defines it.
_MODULES = {
    "AsyncAssets": "assets",
    "AsyncBatches": "batches",
    "AsyncExports": "exports",
    "AsyncIssues": "issues",
    "AsyncLabels": "labels",
    "AsyncLlms": "llms",
    "AsyncMetrics": "metrics",
    "AsyncOrganization": "organization",
    "AsyncPlugins": "plugins",
    "AsyncProjects": "projects",
    "AsyncStorages": "storages",
    "AsyncTasks": "tasks",
}

__all__ = [
    "AsyncAssets",
    "AsyncBatches",
    "AsyncExports",
    "AsyncIssues",
    "AsyncLabels",
    "AsyncLlms",
    "AsyncMetrics",
    "AsyncOrganization",
    "AsyncPlugins",
    "AsyncProjects",
    "AsyncStorages",
    "AsyncTasks",
]


__getattr__, __dir__ = lazy_names(__name__, {name: f".{module}" for name, module in _MODULES.items()})
