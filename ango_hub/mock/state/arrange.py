"""The types of the mock's test-data API (:meth:`MockState.add_project` and the rest).

:class:`TaskSpec` describes one asset and its task for :meth:`MockState.add_tasks` and
:meth:`MockState.add_assets`; :data:`Stage` is a stage of :meth:`MockState.add_project`'s
workflow. Everything else the API takes is a plain string, number or mapping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from ango_hub.annotations import TaskAnswer
    from ango_hub.label_set import LabelSet
    from ango_hub_api.models.category_schema import CategorySchema

__all__ = ["STAGE_TYPES", "AnswerLike", "LabelSetInput", "Stage", "TaskSpec"]

#: What a task's answer may be given as: a ``TaskAnswer`` (``ango_hub.annotations``) or its
#: JSON (``{"objects": [...], "classifications": [...], "relations": [...]}``).
AnswerLike = Union["TaskAnswer", Mapping[str, Any]]

#: What a label set may be given as: a ``LabelSet`` builder, the generated
#: ``CategorySchema``, or its JSON (``{"tools": [...], "classifications": [...], ...}``).
LabelSetInput = Union["LabelSet", "CategorySchema", Mapping[str, Any]]

#: A stage of a workflow: a name (its type is the name when that is a stage type, such as
#: ``"Review"``, else ``Label``), or the stage itself (``{"id", "name", "type"}``).
Stage = str | Mapping[str, Any]

#: The stage types Ango Hub knows.
STAGE_TYPES = frozenset(
    {"Start", "Label", "Review", "Logic", "Plugin", "Webhook", "Complete", "Archive", "Consensus", "Hold"}
)


@dataclass(frozen=True)
class TaskSpec:
    """One asset and its task, for :meth:`MockState.add_tasks` and :meth:`MockState.add_assets`.

    Every field is optional::

        TaskSpec("https://bucket.example/street-1.jpg", batches=["Night"], stage="Review",
                 assignee="alice@example.com", answer=TaskAnswer(objects=[...]))
    """

    data: str | None = None
    """The asset's data: its URL, or the text itself (default: a URL made of the external id)."""
    external_id: str | None = None
    """The asset's external id (default: the file name of ``data``, else ``asset-0001.jpg``, ...)."""
    batches: Sequence[str] = ()
    """Batches of the project, by name or id; a name the project does not have is created."""
    metadata: Mapping[str, Any] | None = None
    """The asset's metadata (``{"width": 1920, "height": 1080}``)."""
    context_data: Mapping[str, Any] | None = None
    """The asset's context data."""
    priority: float = 0
    """The priority of the asset and its task."""
    stage: str | None = None
    """The stage (name or id) the task is in (default: the project's entry stage, Label)."""
    assignee: str | None = None
    """The e-mail of the user the task is assigned to (made a member on first sight)."""
    answer: AnswerLike | None = field(default=None, repr=False)
    """The task's answer, stored as if the owner of the API key had saved it (a history
    record in the task's stage is written too)."""
    task_fields: Mapping[str, Any] | None = None
    """Any other field of the task, as the API names it (``{"isBenchmark": True,
    "duration": 12.5, "newField": ...}``), set on the stored task last: a test of a field
    (a new one included) needs no reach into the mock's store."""
    asset_fields: Mapping[str, Any] | None = None
    """Any other field of the asset, as the API names it, set on the stored asset last."""
