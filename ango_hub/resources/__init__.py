"""Resources: one class per tag of the spec, reached as attributes of the client."""

from .assets import Assets
from .batches import Batches
from .exports import Exports
from .issues import Issues
from .labels import Labels
from .llms import Llms
from .metrics import Metrics
from .organization import Organization
from .plugins import Plugins
from .projects import Projects
from .storages import Storages
from .tasks import Tasks

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
