"""The mock's organization: :class:`MockState`, its stores, and what spans several of them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from ..web.errors import not_found
from ._deprecated import DeprecatedAliases
from .arrange import Arrange
from .base import ORGANIZATION_ID, OWNER_EMAIL, OWNER_ID, Clock, Json, StoreLock
from .files import ExportStore, FileStore
from .issues import IssueStore
from .organization import LlmStore, RecordLog, StorageStore, WebhookStore
from .people import InviteStore, UserStore
from .projects import ProjectStore, entry_stage, find_stage, next_stage
from .tasks import AssetStore, HistoryStore, TaskStore, stored_answer

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


class MockState(Arrange, DeprecatedAliases):
    """Thread-safe in-memory store of one mock organization (see :mod:`ango_hub.mock.state`).

    ``clock`` returns the current time (default: the system clock, UTC); ``id_factory``
    returns new ids (default: ``secrets.token_hex(12)``). :meth:`deterministic` swaps both
    for a while, which is how the demo seed gets stable ids and timestamps. ``strict``
    makes the handlers refuse what the real service refuses (see
    :mod:`ango_hub.mock.behaviours.strict`); it may be changed at any time.

    ``state.<entity>`` are the stores, as ``hub.<resource>`` are on the client:
    :attr:`projects`, :attr:`assets`, :attr:`tasks`, :attr:`histories`, :attr:`issues`,
    :attr:`users`, :attr:`invites`, :attr:`storages`, :attr:`llms`, :attr:`webhooks`,
    :attr:`files`, :attr:`exports` and :attr:`records` (the bounded logs); each has
    ``get(id)`` (None when absent), ``require(id)`` (the mock's 404) and, where it means
    something, ``list(...)`` and ``view(document)`` (the document as the API shows it).
    This class does what spans several of them: deleting a project deletes its assets,
    tasks and issues; annotating a task records its history and moves it on; an asset comes
    with its task; an issue changes its task's counts. Every store shares :attr:`lock`.

    The typed test-data API (:class:`~ango_hub.mock.state.arrange.Arrange`: ``add_project``,
    ``add_tasks``, ``label_task``, ...) arranges what a test needs and answers ids.
    """

    #: How many prepared exports are kept; the oldest are forgotten first.
    MAX_EXPORTS = 100
    #: How many notifications, plugin log lines, plugin results and webhook runs are kept.
    MAX_RECORDS = 10_000
    #: The largest file the mock keeps (bytes), and the most it keeps in all (the defaults of
    #: ``state.files.max_file_bytes`` and ``state.files.max_stored_bytes``).
    MAX_FILE_BYTES = 50 * 1024 * 1024
    MAX_STORED_BYTES = 256 * 1024 * 1024

    users: UserStore
    """The organization's members, by e-mail (``get`` takes an id or an e-mail)."""
    invites: InviteStore
    """Invitations, by id."""
    storages: StorageStore
    """Connected storages, by id."""
    projects: ProjectStore
    """Projects by id, in creation order (``documents`` keeps the deleted ones too)."""
    assets: AssetStore
    """Assets by id."""
    tasks: TaskStore
    """Tasks by id."""
    histories: HistoryStore
    """Task history records by id."""
    issues: IssueStore
    """Issues by id."""
    files: FileStore
    """Stored files by token, upload records, demo images and the signing key."""
    exports: ExportStore
    """Prepared exports by id."""
    llms: LlmStore
    """LLM configurations by id."""
    webhooks: WebhookStore
    """Webhooks by id, and the dispatcher that sends their events."""
    records: RecordLog
    """Notifications, plugin log lines, plugin results and webhook runs."""

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
        assets = AssetStore(lock, ticks, ORGANIZATION_ID)
        tasks = TaskStore(lock, ticks, ORGANIZATION_ID, assets)
        self.stores = Stores(
            users=UserStore(lock, ticks, ORGANIZATION_ID),
            invites=InviteStore(lock, ticks),
            storages=StorageStore(lock, ticks, ORGANIZATION_ID),
            projects=ProjectStore(lock, ticks, ORGANIZATION_ID, assets),
            assets=assets,
            tasks=tasks,
            histories=HistoryStore(lock, ticks, tasks),
            issues=IssueStore(lock, ticks),
            files=FileStore(
                lock, ticks, max_file_bytes=self.MAX_FILE_BYTES, max_stored_bytes=self.MAX_STORED_BYTES
            ),
            exports=ExportStore(lock, ticks, keep=self.MAX_EXPORTS),
            llms=LlmStore(lock, ticks, ORGANIZATION_ID),
            webhooks=WebhookStore(lock, ticks),
            records=RecordLog(lock, ticks, keep=self.MAX_RECORDS),
        )
        for name, store in vars(self.stores).items():
            setattr(self, name, store)
        self.users.ensure(OWNER_EMAIL, name="Mock Owner", user_id=OWNER_ID, role="admin")

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

    # -- the organization and its members -------------------------------------------------

    def check_organization(self, organization_id: str) -> None:
        """Raise 404 unless ``organization_id`` is the mock's organization."""
        if organization_id != self.organization_id:
            raise not_found("Organization", organization_id)

    def remove_member(self, email: str) -> None:
        """Forget a member: they leave every project, and their open tasks are unassigned."""
        with self.lock:
            if not self.users.forget(email):
                return
            now = self.timestamp()
            for project in self.projects.list():
                members: list[Json] = project["assignedTo"]
                kept = [member for member in members if member.get("assignee") != email]
                if len(kept) != len(members):
                    project["assignedTo"] = kept
                    project["updatedAt"] = now
                for task in self.tasks.list(project["_id"]):
                    if task.get("assignee") == email and task["status"] != "Completed":
                        task["assignee"] = None
                        task["updatedAt"] = now

    # -- deleting and purging -------------------------------------------------------------

    def delete_project(self, project_id: str) -> None:
        """Soft-delete a project with its assets, tasks and issues (deleting it again is a
        no-op; an unknown project is 404)."""
        with self.lock:
            project = self.projects.documents.get(project_id)
            if project is None:
                raise not_found("Project", project_id)
            project["deleted"] = True
            project["updatedAt"] = self.timestamp()
            self.assets.delete_project(project_id)
            self.tasks.delete_project(project_id)
            self.issues.delete_where(project_id=project_id)

    def purge_project(self, project_id: str) -> int:
        """Delete a project (see :meth:`delete_project`), forget its exports and its files in
        Ango's bucket.

        Files of the project in connected storages are kept. Returns how many were forgotten.
        """
        with self.lock:
            self.delete_project(project_id)
            asset_ids = {
                asset_id
                for asset_id in self.files.uploads
                if self.assets.documents[asset_id]["project"] == project_id
            }
            purged = self.files.purge_project(project_id, asset_ids)
            self.exports.forget_project(project_id)
            return purged

    def delete_asset(self, asset: Json) -> None:
        """Soft-delete an asset with its tasks and their issues."""
        with self.lock:
            asset["deleted"] = True
            for task_id in self.tasks.delete_asset(asset["_id"]):
                self.issues.delete_where(task_id=task_id)

    # -- assets come with their task ------------------------------------------------------

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
    ) -> tuple[Json, Json]:
        """Create an asset and its task (in the project's entry stage); return both documents."""
        with self.lock:
            now = self.timestamp()
            asset = self.assets.add(
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
            task = self.tasks.add(asset, entry_stage(project), priority=priority, created_at=now)
            return asset, task

    # -- annotations, history and the workflow --------------------------------------------

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
            project = self.projects.documents[task["project"]]
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
                    self.tasks.move(task, following)
            return history

    def record_history(self, task: Json, *, duration: float, user_id: str) -> Json:
        """Store what a user did with a task in its current stage (a stage of its project)."""
        with self.lock:
            project = self.projects.documents[task["project"]]
            stage = find_stage(project, task["stage"]) or {"id": task["stage"]}
            return self.histories.record(task, stage, duration=duration, user_id=user_id)

    # -- issues change their task ---------------------------------------------------------

    def create_issue(self, task: Json, fields: Json) -> Json:
        """Open an issue on a task; the task's ``issues`` and ``openIssuesCount`` follow."""
        with self.lock:
            issue = self.issues.create(task, fields)
            self.sync_task_issues(task)
            return issue

    def sync_task_issues(self, task: Json) -> None:
        """Rebuild a task's ``issues`` summaries and ``openIssuesCount`` from its issues."""
        with self.lock:
            issues = self.issues.list(task_id=task["_id"])
            task["issues"] = [
                {"_id": issue["_id"], "content": issue.get("content", ""), "status": issue["status"]}
                for issue in issues
            ]
            task["openIssuesCount"] = sum(1 for issue in issues if issue["status"] == "Open")
