"""Resources: one class per tag of the spec, reached as attributes of the client."""

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
