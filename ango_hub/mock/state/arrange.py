"""The mock's typed test-data API: :class:`Arrange` (``mock.state.add_project(...)`` and the
rest), and the types it takes.

Every method arranges what a test needs, the way the service holds it, and answers ids:
:meth:`~Arrange.add_project`, :meth:`~Arrange.add_tasks`, :meth:`~Arrange.add_assets`,
:meth:`~Arrange.add_batch`, :meth:`~Arrange.add_member`, :meth:`~Arrange.label_task`,
:meth:`~Arrange.add_issue`, :meth:`~Arrange.connect_storage`, :meth:`~Arrange.add_llm` and
:meth:`~Arrange.add_invite`; :attr:`~Arrange.webhook_deliveries` and
:meth:`~Arrange.wait_for_webhook_deliveries` show what the mock sent.
:class:`~ango_hub.mock.state.MockState` inherits them.

:class:`TaskSpec` describes one asset and its task for :meth:`~Arrange.add_tasks` and
:meth:`~Arrange.add_assets`; :data:`Stage` is a stage of :meth:`~Arrange.add_project`'s
workflow. Everything else the API takes is a plain string, number or mapping.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Protocol, Union
from urllib.parse import unquote, urlsplit

from .base import OWNER_EMAIL, Json, StoreLock, copy_json
from .projects import find_batch, find_stage

if TYPE_CHECKING:
    from ango_hub.annotations import TaskAnswer
    from ango_hub.label_set import LabelSet
    from ango_hub_api.models.category_schema import CategorySchema

    from ..webhooks.delivery import WebhookDelivery
    from .organization import LlmStore, StorageStore, WebhookStore
    from .people import InviteStore, UserStore
    from .projects import ProjectStore
    from .tasks import AssetStore, TaskStore

__all__ = ["STAGE_TYPES", "AnswerLike", "Arrange", "LabelSetInput", "Stage", "TaskSpec"]

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
    """One asset and its task, for :meth:`Arrange.add_tasks` and :meth:`Arrange.add_assets`.

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


class _State(Protocol):
    """What :class:`Arrange` uses of the :class:`~ango_hub.mock.state.MockState` it is part of."""

    lock: StoreLock
    users: UserStore
    invites: InviteStore
    storages: StorageStore
    projects: ProjectStore
    assets: AssetStore
    tasks: TaskStore
    llms: LlmStore
    webhooks: WebhookStore

    def create_asset(
        self,
        project: Json,
        *,
        data: str,
        external_id: str,
        batches: Iterable[str] = (),
        storage: str | None = None,
        context_data: Json | None = None,
        metadata: Json | None = None,
        attachments: list[Json] | None = None,
        priority: float = 0,
    ) -> tuple[Json, Json]: ...

    def annotate(
        self, task: Json, answer: Json, *, duration: float = 0, user_id: str = ..., submit: bool = False
    ) -> Json: ...

    def create_issue(self, task: Json, fields: Json) -> Json: ...

    def sync_task_issues(self, task: Json) -> None: ...


class Arrange:
    """The typed test-data API of :class:`~ango_hub.mock.state.MockState`: arrange what a test
    needs, get ids back (see the module docstring)."""

    def add_project(
        self: _State,
        name: str,
        *,
        label_set: LabelSetInput | None = None,
        stages: Sequence[Stage] = ("Label",),
        members: Mapping[str, str] | Iterable[str] = (),
        batches: Iterable[str] = (),
        description: str = "",
        project_type: str = "ango",
        project_fields: Mapping[str, Any] | None = None,
    ) -> str:
        """Create a project; return its id.

        ``label_set`` is a ``LabelSet`` (``ango_hub.label_set``), a ``CategorySchema`` or its
        JSON. ``stages`` are the stages between Start and Complete, in order: names (a
        stage-type name such as ``"Review"`` gives a stage of that type, any other name a
        Label stage) or stage mappings; the stage ids are their names. ``members`` maps
        e-mails to project roles (``Labeler``, ``Reviewer``, ``Lead``, ``Manager``), or lists
        e-mails of Labelers; each becomes a member of the organization. ``batches`` are
        the names of the project's batches. ``project_fields`` sets any other field of the
        project, as the API names it (``{"ocrLanguage": "eng", "newField": ...}``), last: a
        test of a field (a new one included) needs no reach into the mock's store.
        """
        reserved = {"_id", "organization", "stages", "assignedTo", "batches", "categorySchema", "deleted"}
        if project_fields and reserved & set(project_fields):
            raise ValueError(
                f"project_fields cannot set {sorted(reserved & set(project_fields))}: use the arguments"
            )
        with self.lock:
            project = self.projects.create(
                name,
                description=description,
                project_type=project_type,
                category_schema=_label_set_json(label_set) if label_set is not None else None,
                stages=_workflow(stages),
            )
            roles = dict(members) if isinstance(members, Mapping) else dict.fromkeys(members, "Labeler")
            for email, role in roles.items():
                self.users.ensure(email)
                project["assignedTo"].append({"assignee": email, "role": role})
            for batch in batches:
                self.projects.create_batch(project, batch)
            if project_fields:
                project.update(copy_json(dict(project_fields)))
            return str(project["_id"])

    def add_batch(
        self: _State, project_id: str, name: str, *, description: str | None = None, color: str | None = None
    ) -> str:
        """Add a batch to a project (the one with this name if it exists); return its id.

        ``description`` and ``color`` (``"#FF5733"``) are set on the batch when given.
        """
        with self.lock:
            project = self.projects.require(project_id)
            batch = find_batch(project, name) or self.projects.create_batch(project, name)
            if description is not None:
                batch["description"] = description
            if color is not None:
                batch["color"] = color
            return str(batch["_id"])

    def add_member(
        self: _State,
        email: str,
        *,
        role: str = "member",
        name: str | None = None,
        project_id: str | None = None,
        project_role: str = "Labeler",
    ) -> str:
        """Make ``email`` a member of the organization (``role``: ``member`` or ``admin``);
        with ``project_id``, of that project too (``project_role``). Return the user's id."""
        with self.lock:
            user = self.users.ensure(email, name=name, role=role)
            if project_id is not None:
                project = self.projects.require(project_id)
                members: list[Json] = project["assignedTo"]
                existing = next((member for member in members if member["assignee"] == email), None)
                if existing is None:
                    members.append({"assignee": email, "role": project_role})
                else:
                    existing["role"] = project_role
            return str(user["_id"])

    def add_assets(self: _State, project_id: str, assets: Iterable[str | TaskSpec]) -> list[str]:
        """Add assets (each with its task) to a project; return the asset ids, in order.

        Each item is a :class:`TaskSpec`, or a string: the asset's ``data`` (a URL, or the
        text of a text asset).
        """
        return [asset["_id"] for asset, _task in _add_specs(self, project_id, assets)]

    def add_tasks(
        self: _State,
        project_id: str,
        tasks: int | Iterable[str | TaskSpec],
        *,
        batches: Sequence[str] = (),
        stage: str | None = None,
        assignee: str | None = None,
    ) -> list[str]:
        """Add tasks (each with its asset) to a project; return the task ids, in order.

        ``tasks`` is a number of tasks (image assets ``task-0001.jpg``, ``task-0002.jpg``,
        ..., numbered after the project's existing ones), or :class:`TaskSpec` items (or
        strings, the assets' ``data``). ``batches``, ``stage`` and ``assignee`` apply to the
        tasks whose spec does not say otherwise.
        """
        defaults = TaskSpec(batches=batches, stage=stage, assignee=assignee)
        if isinstance(tasks, int):
            if tasks < 0:
                raise ValueError(f"tasks must be a number of tasks (0 or more), got {tasks}")
            specs: list[str | TaskSpec] = [defaults] * tasks
        else:
            specs = [
                replace(defaults, data=item)
                if isinstance(item, str)
                else replace(
                    item,
                    batches=item.batches or batches,
                    stage=item.stage or stage,
                    assignee=item.assignee or assignee,
                )
                for item in tasks
            ]
        return [task["_id"] for _asset, task in _add_specs(self, project_id, specs)]

    def label_task(
        self: _State,
        task_id: str,
        answer: AnswerLike,
        *,
        submit: bool = False,
        by: str = OWNER_EMAIL,
        duration: float = 0,
    ) -> str:
        """Save ``answer`` (a ``TaskAnswer`` or its JSON) as the task's answer, as user ``by``
        (an e-mail, made a member on first sight) would; with ``submit`` the task moves to
        the next stage. Return the id of the history record written.

        The answer is stored as given: the test-data API arranges what exists, it does not
        check answers against the label set (a strict mock checks what requests send).
        """
        with self.lock:
            task = self.tasks.require(task_id)
            user = self.users.ensure(by)
            history = self.annotate(
                task, _answer_json(answer), duration=duration, user_id=user["_id"], submit=submit
            )
            return str(history["_id"])

    def add_issue(
        self: _State,
        task_id: str,
        content: str,
        *,
        position: str | None = None,
        object_id: str | None = None,
        status: str = "Open",
    ) -> str:
        """Open an issue on a task (at ``position``, or on the object ``object_id``); return its id."""
        with self.lock:
            task = self.tasks.require(task_id)
            fields: Json = {"content": content}
            if position is not None:
                fields["position"] = position
            if object_id is not None:
                fields["objectId"] = object_id
            issue = self.create_issue(task, fields)
            if status != "Open":
                issue["status"] = status
                self.sync_task_issues(task)
            return str(issue["_id"])

    def connect_storage(
        self: _State, name: str, *, provider: str = "AWS", region: str = "eu-central-1"
    ) -> str:
        """Connect a cloud storage (``AWS``, ``GCP`` or ``AZURE``); return its id."""
        return str(self.storages.add(name, provider, region)["_id"])

    def add_llm(self: _State, name: str, *, provider: str = "openai", model: str = "gpt-4o-mini") -> str:
        """Add an LLM configuration; return its id."""
        return str(self.llms.create(name, provider, model)["_id"])

    def add_invite(
        self: _State,
        email: str,
        *,
        role: str = "member",
        project_id: str | None = None,
        project_role: str = "Labeler",
    ) -> str:
        """Invite someone who is not a member yet (a pending invitation); return its id."""
        with self.lock:
            if self.users.get(email) is not None:
                raise ValueError(f"{email} is already a member of the organization")
            assignments = []
            if project_id is not None:
                self.projects.require(project_id)
                assignments.append({"projectId": project_id, "projectRole": project_role})
            return str(self.invites.create(email, role=role, project_assignments=assignments)["_id"])

    # -- what the mock sent ---------------------------------------------------------------

    @property
    def webhook_deliveries(self: _State) -> list[WebhookDelivery]:
        """Webhook events sent (or being sent) to the webhooks' URLs, oldest first: url, event
        type, attempts, status, outcome, body (see :mod:`ango_hub.mock.webhooks.delivery`)."""
        return self.webhooks.deliveries

    def wait_for_webhook_deliveries(self: _State, count: int, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until ``count`` webhook deliveries in all have finished (delivered, failed or
        refused); return :attr:`webhook_deliveries`. ``TimeoutError`` after ``timeout`` seconds."""
        return self.webhooks.wait(count, timeout)


def _add_specs(state: _State, project_id: str, items: Iterable[str | TaskSpec]) -> list[tuple[Json, Json]]:
    """Create the assets and tasks of ``items`` (all or nothing: checked first)."""
    with state.lock:
        project = state.projects.require(project_id)
        specs = [TaskSpec(data=item) if isinstance(item, str) else item for item in items]
        taken = {asset["externalId"] for asset in state.assets.list(project_id)}
        prepared: list[tuple[TaskSpec, str, Json | None]] = []
        counter = len(taken)
        for spec in specs:
            external_id = spec.external_id or (_file_name(spec.data) if spec.data else None)
            while external_id is None or external_id in taken:
                if spec.external_id is not None:
                    raise ValueError(f"project {project_id} already has an asset {spec.external_id!r}")
                counter += 1
                external_id = f"task-{counter:04d}.jpg" if spec.data is None else f"asset-{counter:04d}"
            taken.add(external_id)
            stage = None
            if spec.stage is not None:
                stage = find_stage(project, spec.stage)
                if stage is None:
                    known = ", ".join(repr(item.get("name", item["id"])) for item in project["stages"])
                    raise ValueError(f"project {project_id} has no stage {spec.stage!r} (stages: {known})")
            prepared.append((spec, external_id, stage))
        created = []
        for spec, external_id, stage in prepared:
            batch_ids = [Arrange.add_batch(state, project_id, batch) for batch in spec.batches]
            asset, task = state.create_asset(
                project,
                data=spec.data or f"https://mock-assets.example.com/{project_id}/{external_id}",
                external_id=external_id,
                batches=batch_ids,
                context_data=dict(spec.context_data) if spec.context_data is not None else None,
                metadata=dict(spec.metadata) if spec.metadata is not None else None,
                priority=spec.priority,
            )
            if spec.assignee is not None:
                state.users.ensure(spec.assignee)
                task["assignee"] = spec.assignee
            if spec.answer is not None:
                state.annotate(task, _answer_json(spec.answer))
            if stage is not None:
                state.tasks.move(task, stage)
            reserved = {"_id", "project", "asset", "organization"}
            for name, fields, document in (
                ("task_fields", spec.task_fields, task),
                ("asset_fields", spec.asset_fields, asset),
            ):
                if fields:
                    if reserved & set(fields):
                        raise ValueError(
                            f"{name} cannot set {sorted(reserved & set(fields))}: the mock owns them"
                        )
                    document.update(copy_json(dict(fields)))
            created.append((asset, task))
        return created


def _label_set_json(label_set: LabelSetInput) -> Json:
    from ango_hub.label_set import label_set_dict  # the client's one reading of a label set

    copied: Json = copy_json(label_set_dict(label_set))
    return copied


def _answer_json(answer: AnswerLike) -> Json:
    if isinstance(answer, Mapping):
        return dict(answer)
    return answer.to_dict()


def _workflow(stages: Sequence[Stage]) -> list[Json]:
    """Start -> ``stages`` -> Complete, each stage's ``next`` the one after it."""
    middle: list[Json] = []
    for stage in stages:
        if isinstance(stage, str):
            middle.append({"id": stage, "name": stage, "type": stage if stage in STAGE_TYPES else "Label"})
        else:
            item = dict(stage)
            item.setdefault("name", item["id"])
            item.setdefault("type", "Label")
            middle.append(item)
    chain = [{"id": "Start", "name": "Start", "type": "Start"}, *middle]
    chain.append({"id": "Complete", "name": "Complete", "type": "Complete"})
    for index, stage in enumerate(chain):
        stage.setdefault("next", [chain[index + 1]["id"]] if index + 1 < len(chain) else [])
    return chain


def _file_name(data: str) -> str | None:
    """The file name at the end of a URL, if ``data`` is one."""
    parts = urlsplit(data)
    if not parts.scheme or not parts.netloc:
        return None
    name = PurePosixPath(unquote(parts.path)).name
    return name or None
