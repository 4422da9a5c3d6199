"""The facade of the mock's store: :class:`MockState`, over one store per kind of entity."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from ..web.errors import not_found
from ..web.own_urls import public_url
from ..webhooks.delivery import WebhookDelivery
from .arrange import STAGE_TYPES, AnswerLike, LabelSetInput, Stage, TaskSpec
from .base import (
    DEFAULT_STORAGE_ID,
    ORGANIZATION_ID,
    OWNER_EMAIL,
    OWNER_ID,
    Clock,
    Json,
    StoreLock,
    copy_json,
)
from .files import DemoImage, ExportJob, ExportStore, FileRecord, FileStore, StoredFile
from .issues import IssueStore
from .organization import LlmStore, RecordLog, StorageStore, WebhookStore
from .people import InviteStore, UserStore
from .projects import ProjectStore, entry_stage, find_batch, find_stage, next_stage
from .tasks import AssetStore, HistoryStore, TaskStore, answer_view, stored_answer

__all__ = ["MockState", "Stores"]


@dataclass(frozen=True)
class Stores:
    """The stores of one organization, one per kind of entity, sharing a lock and a clock."""

    users: UserStore
    invites: InviteStore
    storages: StorageStore
    projects: ProjectStore
    assets: AssetStore
    tasks: TaskStore
    histories: HistoryStore
    issues: IssueStore
    files: FileStore
    exports: ExportStore
    llms: LlmStore
    webhooks: WebhookStore
    records: RecordLog


class MockState:
    """Thread-safe in-memory store of one mock organization (see :mod:`ango_hub.mock.state`).

    ``clock`` returns the current time (default: the system clock, UTC); ``id_factory``
    returns new ids (default: ``secrets.token_hex(12)``). :meth:`deterministic` swaps both
    for a while, which is how the demo seed gets stable ids and timestamps. ``strict``
    makes the handlers refuse what the real service refuses (see
    :mod:`ango_hub.mock.behaviours.strict`); it may be changed at any time.

    The documents live in per-entity stores (:attr:`stores`); this class is their facade:
    the collections (``state.projects``, ``state.tasks``, ...), lookups that raise 404,
    views as the API shows them, and what spans several kinds of entity (deleting a project
    deletes its assets, tasks and issues; annotating a task records its history and moves
    it on). Every store shares :attr:`lock`.

    The test-data API arranges what a test needs and answers ids: :meth:`add_project`,
    :meth:`add_tasks`, :meth:`add_assets` (:class:`~ango_hub.mock.state.TaskSpec`),
    :meth:`add_batch`, :meth:`add_member`, :meth:`label_task`, :meth:`add_issue`,
    :meth:`connect_storage`, :meth:`add_llm` and :meth:`add_invite`. The other methods
    (``create_project``, ``add_asset``, ...) work on the stored documents themselves, for the
    handlers and the seeds.
    """

    #: How many prepared exports are kept; the oldest are forgotten first.
    MAX_EXPORTS = 100
    #: How many notifications, plugin log lines, plugin results and webhook runs are kept.
    MAX_RECORDS = 10_000
    #: The largest file the mock keeps (bytes), and the most it keeps in all.
    MAX_FILE_BYTES = 50 * 1024 * 1024
    MAX_STORED_BYTES = 256 * 1024 * 1024

    def __init__(
        self,
        *,
        clock: Callable[[], datetime] | None = None,
        id_factory: Callable[[], str] | None = None,
        strict: bool = False,
    ) -> None:
        self.lock = StoreLock()
        self.strict = strict
        """Refuse what the real service refuses (see :mod:`ango_hub.mock.behaviours.strict`)."""
        self._clock = Clock(clock, id_factory)
        self.organization_id = ORGANIZATION_ID
        lock, ticks = self.lock, self._clock
        self.stores = Stores(
            users=UserStore(lock, ticks, ORGANIZATION_ID),
            invites=InviteStore(lock, ticks),
            storages=StorageStore(lock, ticks, ORGANIZATION_ID),
            projects=ProjectStore(lock, ticks, ORGANIZATION_ID),
            assets=AssetStore(lock, ticks, ORGANIZATION_ID),
            tasks=TaskStore(lock, ticks, ORGANIZATION_ID),
            histories=HistoryStore(lock, ticks),
            issues=IssueStore(lock, ticks),
            files=FileStore(lock, ticks),
            exports=ExportStore(lock, ticks),
            llms=LlmStore(lock, ticks),
            webhooks=WebhookStore(lock, ticks),
            records=RecordLog(lock, ticks),
        )
        self.user(OWNER_EMAIL, name="Mock Owner", user_id=OWNER_ID, role="admin")

    # -- the collections (the stores' own containers) -------------------------------------

    @property
    def users(self) -> dict[str, Json]:
        """The organization's members, by e-mail."""
        return self.stores.users.users

    @property
    def removed_members(self) -> set[str]:
        """E-mails of removed members (removing them again is a no-op)."""
        return self.stores.users.removed

    @property
    def invites(self) -> dict[str, Json]:
        """Invitations, by id."""
        return self.stores.invites.invites

    @property
    def withdrawn_invites(self) -> set[str]:
        """E-mails whose invitations were withdrawn (withdrawing again is a no-op)."""
        return self.stores.invites.withdrawn

    @property
    def storages(self) -> dict[str, Json]:
        """Connected storages, by id."""
        return self.stores.storages.storages

    @property
    def deleted_storages(self) -> set[str]:
        """Ids of disconnected storages (disconnecting again is a no-op)."""
        return self.stores.storages.deleted

    @property
    def projects(self) -> dict[str, Json]:
        """Projects by id, deleted ones included (``deleted: true``)."""
        return self.stores.projects.projects

    @property
    def assets(self) -> dict[str, Json]:
        """Assets by id, deleted ones included."""
        return self.stores.assets.assets

    @property
    def tasks(self) -> dict[str, Json]:
        """Tasks by id, deleted ones included."""
        return self.stores.tasks.tasks

    @property
    def histories(self) -> dict[str, Json]:
        """Task history records by id."""
        return self.stores.histories.histories

    @property
    def issues(self) -> dict[str, Json]:
        """Issues by id, deleted ones included."""
        return self.stores.issues.issues

    @property
    def exports(self) -> dict[str, ExportJob]:
        """Prepared exports by id."""
        return self.stores.exports.exports

    @property
    def files(self) -> dict[str, StoredFile]:
        """Stored files, by token."""
        return self.stores.files.files

    @property
    def uploads(self) -> dict[str, FileRecord]:
        """Uploaded asset files, by asset id."""
        return self.stores.files.uploads

    @property
    def instructions(self) -> dict[str, FileRecord]:
        """Uploaded instruction documents, by project id."""
        return self.stores.files.instructions

    @property
    def signing_key(self) -> bytes:
        """Signs the URLs of files in (pretend) storage buckets. Never shown."""
        return self.stores.files.signing_key

    @property
    def llms(self) -> dict[str, Json]:
        """LLM configurations by id, deleted ones included."""
        return self.stores.llms.llms

    @property
    def webhooks(self) -> dict[str, Json]:
        """Webhooks added with ``create_webhook``, by id (their secrets never leave the store)."""
        return self.stores.webhooks.webhooks

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Webhook events sent (or being sent) to the webhooks' URLs, oldest first: url, event
        type, attempts, status, outcome, body (see :mod:`ango_hub.mock.webhooks.delivery`)."""
        return self.stores.webhooks.dispatcher.deliveries

    def wait_for_webhook_deliveries(self, count: int, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until ``count`` webhook deliveries in all have finished (delivered, failed or
        refused); return :attr:`webhook_deliveries`. ``TimeoutError`` after ``timeout`` seconds."""
        return self.stores.webhooks.dispatcher.wait(count, timeout)

    @property
    def notifications(self) -> list[Json]:
        """Notifications sent, oldest first (at most :attr:`MAX_RECORDS`)."""
        return self.stores.records.notifications

    @property
    def plugin_logs(self) -> list[Json]:
        """Plugin log lines, oldest first (at most :attr:`MAX_RECORDS`)."""
        return self.stores.records.plugin_logs

    @property
    def plugin_responses(self) -> list[Json]:
        """Plugin results, oldest first (at most :attr:`MAX_RECORDS`)."""
        return self.stores.records.plugin_responses

    @property
    def webhook_runs(self) -> list[Json]:
        """Webhook stage reruns, oldest first (at most :attr:`MAX_RECORDS`)."""
        return self.stores.records.webhook_runs

    # -- ids and time ---------------------------------------------------------------------

    def new_id(self) -> str:
        """Return a new 24-hex-character id."""
        return self._clock.new_id()

    def now(self) -> datetime:
        """Return the current time of the store's clock."""
        return self._clock.now()

    def timestamp(self) -> str:
        """Return the current time, formatted like the API's timestamps."""
        return self._clock.timestamp()

    @contextmanager
    def deterministic(self, ids: Callable[[], str], clock: Callable[[], datetime]) -> Iterator[None]:
        """Use ``ids`` and ``clock`` instead of the store's own inside the ``with`` block."""
        with self.lock:
            saved = self._clock.ids, self._clock.now
            self._clock.ids, self._clock.now = ids, clock
            try:
                yield
            finally:
                self._clock.ids, self._clock.now = saved

    # -- users and storages ---------------------------------------------------------------

    def user(
        self,
        email: str,
        *,
        name: str | None = None,
        user_id: str | None = None,
        role: str = "member",
    ) -> Json:
        """Return the user with this e-mail, making them a member (``role``) on first sight."""
        return self.stores.users.user(email, name=name, user_id=user_id, role=role)

    def check_organization(self, organization_id: str) -> None:
        """Raise 404 unless ``organization_id`` is the mock's organization."""
        self.stores.users.check_organization(organization_id)

    def remove_member(self, email: str) -> None:
        """Forget a member: they leave every project, and their open tasks are unassigned."""
        with self.lock:
            if not self.stores.users.forget(email):
                return
            now = self.timestamp()
            for project in self.visible_projects():
                members: list[Json] = project["assignedTo"]
                kept = [member for member in members if member.get("assignee") != email]
                if len(kept) != len(members):
                    project["assignedTo"] = kept
                    project["updatedAt"] = now
                for task in self.project_tasks(project["_id"]):
                    if task.get("assignee") == email and task["status"] != "Completed":
                        task["assignee"] = None
                        task["updatedAt"] = now

    def user_by_id_or_email(self, reference: str) -> Json | None:
        """Return the known user with this id or e-mail."""
        return self.stores.users.by_id_or_email(reference)

    def add_storage(
        self,
        name: str,
        provider: str,
        region: str,
        *,
        storage_id: str | None = None,
        created_at: str | None = None,
    ) -> Json:
        """Connect a cloud storage to the organization; return the stored document."""
        return self.stores.storages.add(name, provider, region, storage_id=storage_id, created_at=created_at)

    def with_default_storage(self) -> MockState:
        """Connect the one storage of an otherwise empty organization; return the store."""
        self.add_storage(
            "Default storage",
            "AWS",
            "eu-central-1",
            storage_id=DEFAULT_STORAGE_ID,
            created_at="2025-01-01T00:00:00.000Z",
        )
        return self

    def storage(self, storage_id: str) -> Json:
        """Return a storage, or raise 404."""
        with self.lock:
            found = self.storages.get(storage_id)
            if found is None:
                raise not_found("Storage", storage_id)
            return found

    def delete_storage(self, storage_id: str) -> None:
        """Disconnect a storage; disconnecting it again is a no-op, an unknown one is 404."""
        with self.lock:
            if storage_id in self.deleted_storages:
                return
            self.storage(storage_id)
            del self.storages[storage_id]
            self.deleted_storages.add(storage_id)

    # -- projects -------------------------------------------------------------------------

    def create_project(
        self,
        name: str,
        *,
        description: str = "",
        project_type: str = "ango",
        category_schema: Json | None = None,
        stages: list[Json] | None = None,
    ) -> Json:
        """Create a project with the default workflow unless ``stages`` is given; return it."""
        return self.stores.projects.create(
            name,
            description=description,
            project_type=project_type,
            category_schema=category_schema,
            stages=stages,
        )

    def project(self, project_id: str) -> Json:
        """Return a project that is not deleted, or raise 404."""
        found = self.stores.projects.get(project_id)
        if found is None:
            raise not_found("Project", project_id)
        return found

    def visible_projects(self) -> list[Json]:
        """Return the projects that are not deleted, in creation order."""
        return self.stores.projects.visible()

    def delete_project(self, project_id: str) -> None:
        """Soft-delete a project with its assets, tasks, issues and histories."""
        with self.lock:
            project = self.projects.get(project_id)
            if project is None:
                raise not_found("Project", project_id)
            project["deleted"] = True
            project["updatedAt"] = self.timestamp()
            self.stores.assets.delete_project(project_id)
            self.stores.tasks.delete_project(project_id)
            self.stores.issues.delete_where(project_id=project_id)

    def purge_project(self, project_id: str) -> int:
        """Delete a project (see :meth:`delete_project`) and forget its files in Ango's bucket.

        Files of the project in connected storages are kept. Returns how many were forgotten.
        """
        with self.lock:
            self.delete_project(project_id)
            asset_ids = {
                asset_id for asset_id in self.uploads if self.assets[asset_id]["project"] == project_id
            }
            purged = self.stores.files.purge_project(project_id, asset_ids)
            self.stores.exports.forget_project(project_id)
            return purged

    def project_view(self, project: Json) -> Json:
        """Return the project as the API shows it (a copy, with ``assetCount``)."""
        with self.lock:
            view: Json = copy_json(project)
            view["assetCount"] = len(self.project_assets(project["_id"]))
            return view

    # -- workflow stages and batches ------------------------------------------------------

    find_stage = staticmethod(find_stage)
    entry_stage = staticmethod(entry_stage)
    next_stage = staticmethod(next_stage)
    find_batch = staticmethod(find_batch)

    def move_task(self, task: Json, stage: Json) -> None:
        """Put a task in a stage; its status follows (``Completed`` in a Complete stage)."""
        self.stores.tasks.move(task, stage)

    def create_batch(self, project: Json, name: str) -> Json:
        """Add a batch to a project; return it."""
        return self.stores.projects.create_batch(project, name)

    # -- assets and tasks -----------------------------------------------------------------

    def add_asset(
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
    ) -> tuple[Json, Json]:
        """Create an asset and its task (in the project's entry stage); return both."""
        with self.lock:
            now = self.timestamp()
            asset = self.stores.assets.add(
                project["_id"],
                data=data,
                external_id=external_id,
                batches=batches,
                storage=storage,
                context_data=context_data,
                metadata=metadata,
                attachments=attachments,
                priority=priority,
                created_at=now,
            )
            task = self.stores.tasks.add(asset, entry_stage(project), priority=priority, created_at=now)
            return asset, task

    def asset(self, asset_id: str) -> Json:
        """Return an asset that is not deleted, or raise 404."""
        found = self.stores.assets.get(asset_id)
        if found is None:
            raise not_found("Asset", asset_id)
        return found

    def project_assets(self, project_id: str) -> list[Json]:
        """Return a project's assets that are not deleted, in creation order."""
        return self.stores.assets.of_project(project_id)

    def asset_tasks(self, asset_id: str) -> list[Json]:
        """Return the tasks of an asset that are not deleted."""
        return self.stores.tasks.of_asset(asset_id)

    def task(self, task_id: str) -> Json:
        """Return a task that is not deleted, or raise 404."""
        found = self.stores.tasks.get(task_id)
        if found is None:
            raise not_found("Task", task_id)
        return found

    def project_tasks(self, project_id: str) -> list[Json]:
        """Return a project's tasks that are not deleted, in creation order."""
        return self.stores.tasks.of_project(project_id)

    def task_view(self, task: Json, *, include_answer: bool = True) -> Json:
        """Return a task as the API shows it: a copy with its asset embedded, and its answer
        (unless ``include_answer`` is false) with the objects under ``tools``."""
        with self.lock:
            view: Json = {key: copy_json(value) for key, value in task.items() if key != "answer"}
            asset = self.assets[task["asset"]]
            view["asset"] = {
                "_id": asset["_id"],
                "externalId": asset["externalId"],
                "data": public_url(asset["data"]),
            }
            view["externalId"] = asset["externalId"]
            view.setdefault("stageId", task["stage"])  # the stage's id, beside ``stage``
            view["batches"] = list(asset["batches"])
            if include_answer and "answer" in task:
                view["answer"] = answer_view(task["answer"])
            return view

    def history_view(self, history: Json) -> Json:
        """Return a task history record as the API shows it (answer objects under ``tools``).

        The store's ``project`` (for its own lookups) is not shown: the spec's ``TaskHistory``
        does not declare it.
        """
        with self.lock:
            view: Json = copy_json({key: value for key, value in history.items() if key != "project"})
            if isinstance(view.get("answer"), dict):
                view["answer"] = answer_view(view["answer"])
            return view

    def delete_asset(self, asset: Json) -> None:
        """Soft-delete an asset with its tasks and their issues."""
        with self.lock:
            asset["deleted"] = True
            for task_id in self.stores.tasks.delete_asset(asset["_id"]):
                self.stores.issues.delete_where(task_id=task_id)

    def asset_view(self, asset: Json) -> Json:
        """Return an asset as the API shows it (a copy; the mock's own URLs as the client
        reaches them, see :mod:`ango_hub.mock.web.own_urls`)."""
        with self.lock:
            copied: Json = copy_json(asset)
            if isinstance(copied.get("data"), str):
                copied["data"] = public_url(copied["data"])
            return copied

    # -- annotations and history ----------------------------------------------------------

    def annotate(
        self,
        task: Json,
        answer: Json,
        *,
        duration: float = 0,
        user_id: str = OWNER_ID,
        submit: bool = False,
    ) -> Json:
        """Replace a task's answer, record a history entry, and submit it if ``submit``.

        Submitting moves the task to the next stage of the workflow (``Completed`` when that
        is a Complete stage). Returns the history record.
        """
        with self.lock:
            project = self.projects[task["project"]]
            task["answer"] = stored_answer(answer)
            task["duration"] = duration
            # Capped at the largest double: two huge durations must not add up to infinity,
            # which JSON cannot carry (it would be answered as null).
            task["totalDuration"] = min(task.get("totalDuration", 0) + duration, sys.float_info.max)
            task["updatedAt"] = self.timestamp()
            task["updatedBy"] = user_id
            history = self.record_history(task, duration=duration, user_id=user_id)
            if submit:
                following = next_stage(project, task["stage"])
                if following is not None:
                    self.move_task(task, following)
            return history

    def record_history(self, task: Json, *, duration: float, user_id: str) -> Json:
        """Store what a user did with a task in its current stage."""
        with self.lock:
            project = self.projects[task["project"]]
            stage = find_stage(project, task["stage"]) or {"id": task["stage"]}
            return self.stores.histories.record(task, stage, duration=duration, user_id=user_id)

    def task_histories(self, task_id: str) -> list[Json]:
        """Return a task's history records, oldest first."""
        return self.stores.histories.of_task(task_id)

    def forget_histories(self, task_id: str) -> None:
        """Delete a task's history records (requeue with ``removeStageHistory``)."""
        self.stores.histories.forget_task(task_id)

    def history(self, history_id: str) -> Json:
        """Return a task history record whose task is visible, or raise 404."""
        with self.lock:
            found = self.histories.get(history_id)
            if found is None or self.tasks[found["task"]]["deleted"]:
                raise not_found("Task history", history_id)
            return found

    # -- issues ---------------------------------------------------------------------------

    def create_issue(self, task: Json, fields: Json) -> Json:
        """Open an issue on a task; the task's ``openIssuesCount`` goes up."""
        with self.lock:
            issue = self.stores.issues.create(task, fields)
            self.sync_task_issues(task)
            return issue

    def issue(self, issue_id: str) -> Json:
        """Return an issue that is not deleted, or raise 404."""
        found = self.stores.issues.get(issue_id)
        if found is None:
            raise not_found("Issue", issue_id)
        return found

    def issue_view(self, issue: Json) -> Json:
        """Return an issue as the API shows it (a copy, without the store's bookkeeping)."""
        with self.lock:
            return self.stores.issues.view(issue)

    def sync_task_issues(self, task: Json) -> None:
        """Rebuild a task's ``issues`` summaries and ``openIssuesCount`` from its issues."""
        with self.lock:
            issues = self.stores.issues.of_task(task["_id"])
            task["issues"] = [
                {"_id": issue["_id"], "content": issue.get("content", ""), "status": issue["status"]}
                for issue in issues
            ]
            task["openIssuesCount"] = sum(1 for issue in issues if issue["status"] == "Open")

    # -- logs, files and exports ----------------------------------------------------------

    def add_record(self, records: list[Json], record: Json) -> Json:
        """Append to one of the bounded logs (forgetting the oldest beyond :attr:`MAX_RECORDS`)."""
        return self.stores.records.add(records, record, keep=self.MAX_RECORDS)

    def add_file(self, stored: StoredFile) -> StoredFile:
        """Keep a file record (its content, if any, counts towards the limits)."""
        return self.stores.files.add(stored, max_file=self.MAX_FILE_BYTES, max_total=self.MAX_STORED_BYTES)

    def put_file_content(self, token: str, content: bytes, content_type: str) -> StoredFile:
        """Store (or replace) a file's bytes; 413 when too large, 507 when the store is full."""
        return self.stores.files.put_content(
            token, content, content_type, max_file=self.MAX_FILE_BYTES, max_total=self.MAX_STORED_BYTES
        )

    def file_by_token(self, token: str) -> StoredFile | None:
        """Return the file with this token, if it is known."""
        return self.stores.files.by_token(token)

    def file_by_address(self, address: str) -> StoredFile | None:
        """Return the file with this address (a URL without query string), if it is known."""
        return self.stores.files.by_address(address)

    def forget_file(self, token: str) -> None:
        """Forget a file and its content."""
        self.stores.files.forget(token)

    def add_demo_image(self, path: str, image: DemoImage) -> None:
        """Serve ``image`` at ``path`` (``/mock/demo-images/...``, see
        :mod:`ango_hub.mock.files.demo_images`)."""
        with self.lock:
            self.stores.files.demo_images[path] = image

    def demo_image(self, path: str) -> DemoImage | None:
        """Return the demo image served at ``path``, if there is one."""
        with self.lock:
            return self.stores.files.demo_images.get(path)

    def add_export(self, job: ExportJob) -> None:
        """Keep a prepared export (forgetting the oldest beyond :attr:`MAX_EXPORTS`)."""
        self.stores.exports.add(job, keep=self.MAX_EXPORTS)

    def export(self, export_id: str) -> ExportJob | None:
        """Return a prepared export, if it is known."""
        return self.stores.exports.get(export_id)

    # -- the test-data API: arrange what a test needs, get ids back -------------------------

    def add_project(
        self,
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
            project = self.create_project(
                name,
                description=description,
                project_type=project_type,
                category_schema=_label_set_json(label_set) if label_set is not None else None,
                stages=_workflow(stages),
            )
            roles = dict(members) if isinstance(members, Mapping) else dict.fromkeys(members, "Labeler")
            for email, role in roles.items():
                self.user(email)
                project["assignedTo"].append({"assignee": email, "role": role})
            for batch in batches:
                self.create_batch(project, batch)
            if project_fields:
                project.update(copy_json(dict(project_fields)))
            return str(project["_id"])

    def add_batch(
        self, project_id: str, name: str, *, description: str | None = None, color: str | None = None
    ) -> str:
        """Add a batch to a project (the one with this name if it exists); return its id.

        ``description`` and ``color`` (``"#FF5733"``) are set on the batch when given.
        """
        with self.lock:
            project = self.project(project_id)
            batch = find_batch(project, name) or self.create_batch(project, name)
            if description is not None:
                batch["description"] = description
            if color is not None:
                batch["color"] = color
            return str(batch["_id"])

    def add_member(
        self,
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
            user = self.user(email, name=name, role=role)
            if project_id is not None:
                project = self.project(project_id)
                members: list[Json] = project["assignedTo"]
                existing = next((member for member in members if member["assignee"] == email), None)
                if existing is None:
                    members.append({"assignee": email, "role": project_role})
                else:
                    existing["role"] = project_role
            return str(user["_id"])

    def add_assets(self, project_id: str, assets: Iterable[str | TaskSpec]) -> list[str]:
        """Add assets (each with its task) to a project; return the asset ids, in order.

        Each item is a :class:`TaskSpec`, or a string: the asset's ``data`` (a URL, or the
        text of a text asset).
        """
        return [asset["_id"] for asset, _task in self._add_specs(project_id, assets)]

    def add_tasks(
        self,
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
        return [task["_id"] for _asset, task in self._add_specs(project_id, specs)]

    def label_task(
        self,
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
            task = self.task(task_id)
            user = self.user(by)
            history = self.annotate(
                task, _answer_json(answer), duration=duration, user_id=user["_id"], submit=submit
            )
            return str(history["_id"])

    def add_issue(
        self,
        task_id: str,
        content: str,
        *,
        position: str | None = None,
        object_id: str | None = None,
        status: str = "Open",
    ) -> str:
        """Open an issue on a task (at ``position``, or on the object ``object_id``); return its id."""
        with self.lock:
            task = self.task(task_id)
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

    def connect_storage(self, name: str, *, provider: str = "AWS", region: str = "eu-central-1") -> str:
        """Connect a cloud storage (``AWS``, ``GCP`` or ``AZURE``); return its id."""
        return str(self.add_storage(name, provider, region)["_id"])

    def add_llm(self, name: str, *, provider: str = "openai", model: str = "gpt-4o-mini") -> str:
        """Add an LLM configuration; return its id."""
        with self.lock:
            llm: Json = {
                "_id": self.new_id(),
                "name": name,
                "provider": provider,
                "model": model,
                "isStreamable": False,
                "organization": self.organization_id,
                "createdAt": self.timestamp(),
                "deleted": False,
            }
            self.llms[llm["_id"]] = llm
            return str(llm["_id"])

    def add_invite(
        self,
        email: str,
        *,
        role: str = "member",
        project_id: str | None = None,
        project_role: str = "Labeler",
    ) -> str:
        """Invite someone who is not a member yet (a pending invitation); return its id."""
        with self.lock:
            if email in self.users:
                raise ValueError(f"{email} is already a member of the organization")
            assignments = []
            if project_id is not None:
                self.project(project_id)
                assignments.append({"projectId": project_id, "projectRole": project_role})
            invite: Json = {
                "_id": self.new_id(),
                "email": email,
                "status": "pending",
                "invitedBy": OWNER_ID,
                "organizationRole": role,
                "projectAssignments": assignments,
                "createdAt": self.timestamp(),
            }
            self.invites[invite["_id"]] = invite
            self.withdrawn_invites.discard(email)
            return str(invite["_id"])

    def _add_specs(self, project_id: str, items: Iterable[str | TaskSpec]) -> list[tuple[Json, Json]]:
        """Create the assets and tasks of ``items`` (all or nothing: checked first)."""
        with self.lock:
            project = self.project(project_id)
            specs = [TaskSpec(data=item) if isinstance(item, str) else item for item in items]
            taken = {asset["externalId"] for asset in self.project_assets(project_id)}
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
                        raise ValueError(
                            f"project {project_id} has no stage {spec.stage!r} (stages: {known})"
                        )
                prepared.append((spec, external_id, stage))
            created = []
            for spec, external_id, stage in prepared:
                batch_ids = [self.add_batch(project_id, batch) for batch in spec.batches]
                asset, task = self.add_asset(
                    project,
                    data=spec.data or f"https://mock-assets.example.com/{project_id}/{external_id}",
                    external_id=external_id,
                    batches=batch_ids,
                    context_data=dict(spec.context_data) if spec.context_data is not None else None,
                    metadata=dict(spec.metadata) if spec.metadata is not None else None,
                    priority=spec.priority,
                )
                if spec.assignee is not None:
                    self.user(spec.assignee)
                    task["assignee"] = spec.assignee
                if spec.answer is not None:
                    self.annotate(task, _answer_json(spec.answer))
                if stage is not None:
                    self.move_task(task, stage)
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
