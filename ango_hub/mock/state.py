"""The in-memory store of one mock Ango Hub organization.

:class:`MockState` holds projects, assets, tasks, task histories, issues, storages, users
(the organization's members), invitations, notifications, LLM configurations, plugin logs
and results, stored files and prepared exports as plain JSON documents, shaped like the
API's, in insertion order.
One re-entrant lock guards everything: the app holds it for the whole of an operation, and
every public method takes it too, so tests may read or change the store from their own
thread while the server runs.

Conventions:

* ids are 24 hex characters, like MongoDB ObjectIds (``secrets.token_hex(12)`` unless an
  id factory is given); timestamps are ISO 8601 UTC strings with milliseconds and ``Z``;
* a project's workflow is a list of stages ``{id, name, type, next}``; the default is
  Start -> Label -> Complete with ids ``Start``, ``Label`` and ``Complete``;
* a task holds its asset's id internally; :meth:`MockState.task_view` embeds the asset
  (``{_id, externalId, data}``) and copies its ``externalId`` and ``batches``;
* answers are stored as requests send them (``{objects, classifications, relations}``) and
  shown as the API documents them in tasks and task histories, with the objects under
  ``tools`` (:func:`answer_view`);
* deletion is soft: deleted projects, and their assets and tasks, keep ``deleted: true``
  and are invisible to every lookup;
* every user the store knows is a member of the organization (``organizationRole``
  ``admin`` or ``member``; the owner of the API key is ``admin``); users are created on
  first sight (project members, assignees), and removing a member forgets the user;
* files: :class:`StoredFile` records, by token and by address (the URL a client sees).
  Their content is kept in memory, at most :attr:`MockState.MAX_FILE_BYTES` a file and
  :attr:`MockState.MAX_STORED_BYTES` in all.
"""

from __future__ import annotations

import copy
import gc
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from .errors import ApiError, not_found

__all__ = [
    "DEFAULT_STORAGE_ID",
    "ORGANIZATION_ID",
    "OWNER_EMAIL",
    "OWNER_ID",
    "ExportJob",
    "FileRecord",
    "MockState",
    "StoreLock",
    "StoredFile",
    "answer_view",
    "copy_json",
    "default_stages",
    "empty_answer",
    "format_timestamp",
    "parse_timestamp",
    "stored_answer",
]

Json = dict[str, Any]

#: The organization every object of the mock belongs to.
ORGANIZATION_ID = "65a1b2c3d4e5f60718293a40"
#: The owner of the API key: creator of projects, author of annotations made over the API.
OWNER_ID = "65a1b2c3d4e5f60718293a41"
OWNER_EMAIL = "owner@example.com"
#: The storage of an organization without seed (see :meth:`MockState.with_default_storage`).
DEFAULT_STORAGE_ID = "65a1b2c3d4e5f60718293a42"


def format_timestamp(moment: datetime) -> str:
    """Format a datetime as the API does: ``2025-01-15T10:30:00.000Z`` (UTC, milliseconds)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_timestamp(value: Any) -> datetime | None:
    """Parse an ISO 8601 timestamp (naive ones are UTC); None when ``value`` is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


_ATOMIC = frozenset({str, int, float, bool, type(None)})


def copy_json(value: Any) -> Any:
    """Return a deep copy of a JSON document (dicts, lists and scalars).

    Several times faster than :func:`copy.deepcopy`, which matters for views of thousands of
    tasks; values of other types are copied with :func:`copy.deepcopy`.
    """
    kind = type(value)
    if kind is dict:
        copied = value.copy()
        for key, item in copied.items():
            if type(item) not in _ATOMIC:
                copied[key] = copy_json(item)
        return copied
    if kind is list:
        return [item if type(item) in _ATOMIC else copy_json(item) for item in value]
    if kind in _ATOMIC:
        return value
    return copy.deepcopy(value)


def default_stages() -> list[Json]:
    """Return the default workflow: Start -> Label -> Complete."""
    return [
        {"id": "Start", "name": "Start", "type": "Start", "next": ["Label"]},
        {"id": "Label", "name": "Label", "type": "Label", "next": ["Complete"]},
        {"id": "Complete", "name": "Complete", "type": "Complete", "next": []},
    ]


def stored_answer(answer: Json) -> Json:
    """The answer of a request (annotate, import) as the store keeps it: objects under ``objects``.

    Requests name the objects ``objects``; ``tools`` (the name answers use in responses) is
    accepted too. Other fields are kept.
    """
    stored: Json = copy_json(answer)
    if "tools" in stored:
        tools = stored.pop("tools")
        stored.setdefault("objects", tools)
    return stored


def answer_view(answer: Json) -> Json:
    """A stored answer as task reads show it: the objects under ``tools`` (a copy).

    Every documented task answer (get and list tasks, task history) names the objects
    ``tools``, and the official SDK merges new annotations into ``answer["tools"]``.
    """
    view: Json = {}
    for key, value in answer.items():
        view["tools" if key == "objects" else key] = copy_json(value)
    view.setdefault("tools", [])
    return view


def empty_answer() -> Json:
    """Return the answer of a task nobody has annotated."""
    return {"objects": [], "classifications": [], "relations": []}


class StoreLock:
    """The store's re-entrant lock; the cyclic garbage collector pauses while it is held.

    Handlers make a copy of every task of a project to filter and page them: with tens of
    thousands of tasks, the collections those allocations trigger (each one walking the
    whole store) cost more than the copies themselves. While the lock is held, only
    reference counting frees memory; the collector resumes when the outermost holder
    releases the lock (unless it was disabled before).
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._depth = 0
        self._paused_gc = False

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        """Acquire the lock (see :meth:`threading.RLock.acquire`)."""
        if not self._lock.acquire(blocking, timeout):
            return False
        self._depth += 1
        if self._depth == 1 and gc.isenabled():
            gc.disable()
            self._paused_gc = True
        return True

    def release(self) -> None:
        """Release the lock; the outermost release resumes the collector it paused."""
        if self._depth < 1:
            raise RuntimeError("cannot release un-acquired lock")
        if self._depth == 1 and self._paused_gc:
            self._paused_gc = False
            gc.enable()
        self._depth -= 1
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


@dataclass(frozen=True)
class FileRecord:
    """A file the mock received and the URL it pretends it has.

    The content, when the mock keeps it, is a :class:`StoredFile` with that URL as address.
    """

    filename: str
    content_type: str
    size: int
    url: str


@dataclass
class StoredFile:
    """A file the mock keeps: uploaded to a presigned URL, or sent with a request.

    ``address`` is the URL clients see (the ``data`` of an asset, for instance); ``token``
    the unguessable id under which the mock serves it (``/mock/uploads/<token>/<name>``).
    ``content`` is None until the file is uploaded. ``project_id`` is the project the file
    belongs to, ``kind`` a ``StorageFileType`` (``assets``, ``brushes``, ...), and
    ``storage_id`` the connected storage it went to (None: Ango's default bucket).
    """

    token: str
    name: str
    address: str
    project_id: str
    kind: str
    storage_id: str | None
    created_at: str
    content_type: str = "application/octet-stream"
    content: bytes | None = field(default=None, repr=False)
    uploaded_at: str | None = None


@dataclass(frozen=True)
class ExportJob:
    """A prepared export: the records, frozen when the export was asked for.

    ``kind`` is ``task`` or ``issue``; ``file_format`` is ``json`` or ``ndjson``.
    """

    export_id: str
    project_id: str
    kind: str
    file_format: str
    records: tuple[Json, ...]
    created_at: str


class MockState:
    """Thread-safe in-memory store of one mock organization (see the module docstring).

    ``clock`` returns the current time (default: the system clock, UTC); ``id_factory``
    returns new ids (default: ``secrets.token_hex(12)``). :meth:`deterministic` swaps both
    for a while, which is how the demo seed gets stable ids and timestamps.
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
    ) -> None:
        self.lock = StoreLock()
        self._clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self._id_factory: Callable[[], str] = id_factory or (lambda: secrets.token_hex(12))
        self.organization_id = ORGANIZATION_ID
        self.users: dict[str, Json] = {}
        self.storages: dict[str, Json] = {}
        self.projects: dict[str, Json] = {}
        self.assets: dict[str, Json] = {}
        self.tasks: dict[str, Json] = {}
        self.histories: dict[str, Json] = {}
        self.issues: dict[str, Json] = {}
        self.exports: dict[str, ExportJob] = {}
        self.uploads: dict[str, FileRecord] = {}
        """Uploaded asset files, by asset id."""
        self.instructions: dict[str, FileRecord] = {}
        """Uploaded instruction documents, by project id."""
        self.invites: dict[str, Json] = {}
        self.notifications: list[Json] = []
        self.llms: dict[str, Json] = {}
        self.plugin_logs: list[Json] = []
        self.plugin_responses: list[Json] = []
        self.webhook_runs: list[Json] = []
        self.webhooks: dict[str, Json] = {}
        """Webhooks added with ``create_webhook``, by id (their secrets never leave the store)."""
        self.files: dict[str, StoredFile] = {}
        """Stored files, by token."""
        self.removed_members: set[str] = set()
        """E-mails of removed members (removing them again is a no-op)."""
        self.withdrawn_invites: set[str] = set()
        """E-mails whose invitations were withdrawn (withdrawing again is a no-op)."""
        self.deleted_storages: set[str] = set()
        """Ids of disconnected storages (disconnecting again is a no-op)."""
        self.signing_key = secrets.token_bytes(32)
        """Signs the URLs of files in (pretend) storage buckets. Never shown."""
        self._file_addresses: dict[str, str] = {}
        self._stored_bytes = 0
        self._project_assets: dict[str, list[str]] = {}
        self._project_tasks: dict[str, list[str]] = {}
        self._asset_tasks: dict[str, list[str]] = {}
        self._task_histories: dict[str, list[str]] = {}
        self.user(OWNER_EMAIL, name="Mock Owner", user_id=OWNER_ID, role="admin")

    # -- ids and time ---------------------------------------------------------------------

    def new_id(self) -> str:
        """Return a new 24-hex-character id."""
        return self._id_factory()

    def now(self) -> datetime:
        """Return the current time of the store's clock."""
        return self._clock()

    def timestamp(self) -> str:
        """Return the current time, formatted like the API's timestamps."""
        return format_timestamp(self.now())

    @contextmanager
    def deterministic(self, ids: Callable[[], str], clock: Callable[[], datetime]) -> Iterator[None]:
        """Use ``ids`` and ``clock`` instead of the store's own inside the ``with`` block."""
        with self.lock:
            saved = self._id_factory, self._clock
            self._id_factory, self._clock = ids, clock
            try:
                yield
            finally:
                self._id_factory, self._clock = saved

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
        with self.lock:
            known = self.users.get(email)
            if known is None:
                known = {
                    "_id": user_id or self.new_id(),
                    "email": email,
                    "name": name or email.split("@", 1)[0].title(),
                    "organization": self.organization_id,
                    "organizationRole": role,
                }
                self.users[email] = known
                self.removed_members.discard(email)
            return known

    def check_organization(self, organization_id: str) -> None:
        """Raise 404 unless ``organization_id`` is the mock's organization."""
        if organization_id != self.organization_id:
            raise not_found("Organization", organization_id)

    def remove_member(self, email: str) -> None:
        """Forget a member: they leave every project, and their open tasks are unassigned."""
        with self.lock:
            if self.users.pop(email, None) is None:
                return
            self.removed_members.add(email)
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
        with self.lock:
            if reference in self.users:
                return self.users[reference]
            return next((user for user in self.users.values() if user["_id"] == reference), None)

    def add_storage(
        self,
        name: str,
        provider: str,
        region: str,
        *,
        storage_id: str | None = None,
        created_at: str | None = None,
    ) -> Json:
        """Connect a cloud storage to the organization."""
        with self.lock:
            storage = {
                "_id": storage_id or self.new_id(),
                "name": name,
                "provider": provider,
                "region": region,
                "organization": self.organization_id,
                "createdAt": created_at or self.timestamp(),
            }
            self.storages[storage["_id"]] = storage
            return storage

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
        """Create a project with the default workflow unless ``stages`` is given."""
        with self.lock:
            now = self.timestamp()
            project: Json = {
                "_id": self.new_id(),
                "name": name,
                "description": description,
                "type": project_type,
                "owner": OWNER_ID,
                "user": OWNER_ID,
                "organization": self.organization_id,
                "categorySchema": copy.deepcopy(category_schema)
                if category_schema is not None
                else {"tools": [], "classifications": [], "relations": []},
                "stages": copy.deepcopy(stages) if stages is not None else default_stages(),
                "assignedTo": [],
                "batches": [],
                "role": "Manager",
                "consensusCount": 1,
                "reviewConf": {"filters": []},
                "benchmark": False,
                "benchmarkEnabled": False,
                "benchmarkRatio": 0,
                "benchmarkCutoff": False,
                "assetBuilderTemplates": [],
                "tags": [],
                "deleted": False,
                "createdAt": now,
                "updatedAt": now,
            }
            self.projects[project["_id"]] = project
            self._project_assets[project["_id"]] = []
            self._project_tasks[project["_id"]] = []
            return project

    def project(self, project_id: str) -> Json:
        """Return a project that is not deleted, or raise 404."""
        with self.lock:
            found = self.projects.get(project_id)
            if found is None or found["deleted"]:
                raise not_found("Project", project_id)
            return found

    def visible_projects(self) -> list[Json]:
        """Return the projects that are not deleted, in creation order."""
        with self.lock:
            return [project for project in self.projects.values() if not project["deleted"]]

    def delete_project(self, project_id: str) -> None:
        """Soft-delete a project with its assets, tasks, issues and histories."""
        with self.lock:
            project = self.projects.get(project_id)
            if project is None:
                raise not_found("Project", project_id)
            project["deleted"] = True
            project["updatedAt"] = self.timestamp()
            for asset_id in self._project_assets[project_id]:
                self.assets[asset_id]["deleted"] = True
            for task_id in self._project_tasks[project_id]:
                self.tasks[task_id]["deleted"] = True
            for issue in self.issues.values():
                if issue["project"] == project_id:
                    issue["deleted"] = True

    def purge_project(self, project_id: str) -> int:
        """Delete a project (see :meth:`delete_project`) and forget its files in Ango's bucket.

        Files of the project in connected storages are kept. Returns how many were forgotten.
        """
        with self.lock:
            self.delete_project(project_id)
            self.uploads = {
                asset_id: record
                for asset_id, record in self.uploads.items()
                if self.assets[asset_id]["project"] != project_id
            }
            self.instructions.pop(project_id, None)
            purged = [
                stored
                for stored in self.files.values()
                if stored.project_id == project_id and stored.storage_id is None
            ]
            for stored in purged:
                self.forget_file(stored.token)
            for export_id in [job.export_id for job in self.exports.values() if job.project_id == project_id]:
                del self.exports[export_id]
            return len(purged)

    def project_view(self, project: Json) -> Json:
        """Return the project as the API shows it (a copy, with ``assetCount``)."""
        with self.lock:
            view: Json = copy_json(project)
            view["assetCount"] = len(self.project_assets(project["_id"]))
            return view

    # -- workflow stages ------------------------------------------------------------------

    @staticmethod
    def find_stage(project: Json, reference: str) -> Json | None:
        """Return the project's stage with this id, or else with this name."""
        stages: list[Json] = project["stages"]
        by_id = next((stage for stage in stages if stage["id"] == reference), None)
        return by_id or next((stage for stage in stages if stage.get("name") == reference), None)

    @staticmethod
    def entry_stage(project: Json) -> Json:
        """Return the stage new tasks go to: the first Label stage (else the one after Start)."""
        stages: list[Json] = project["stages"]
        label = next((stage for stage in stages if stage.get("type") == "Label"), None)
        if label is not None:
            return label
        start = next((stage for stage in stages if stage.get("type") == "Start"), None)
        if start is not None and start.get("next"):
            following = MockState.find_stage(project, start["next"][0])
            if following is not None:
                return following
        return stages[0]

    @staticmethod
    def next_stage(project: Json, stage_id: str) -> Json | None:
        """Return the stage after ``stage_id`` (its first ``next``), if any."""
        stage = MockState.find_stage(project, stage_id)
        if stage is None or not stage.get("next"):
            return None
        return MockState.find_stage(project, stage["next"][0])

    def move_task(self, task: Json, stage: Json) -> None:
        """Put a task in a stage; its status follows (``Completed`` in a Complete stage)."""
        with self.lock:
            now = self.timestamp()
            task["stage"] = stage["id"]
            task["updatedAt"] = now
            if stage.get("type") == "Complete":
                task["status"] = "Completed"
                task["completedAt"] = now
                task["completedBy"] = task.get("updatedBy") or OWNER_ID
            else:
                task["status"] = "TODO"
                task.pop("completedAt", None)
                task.pop("completedBy", None)

    # -- batches --------------------------------------------------------------------------

    @staticmethod
    def find_batch(project: Json, reference: str) -> Json | None:
        """Return the project's batch with this id, or else with this name."""
        batches: list[Json] = project["batches"]
        by_id = next((batch for batch in batches if batch["_id"] == reference), None)
        return by_id or next((batch for batch in batches if batch["name"] == reference), None)

    def create_batch(self, project: Json, name: str) -> Json:
        """Add a batch to a project."""
        with self.lock:
            batch = {"_id": self.new_id(), "name": name}
            project["batches"].append(batch)
            project["updatedAt"] = self.timestamp()
            return batch

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
            asset: Json = {
                "_id": self.new_id(),
                "externalId": external_id,
                "data": data,
                "project": project["_id"],
                "organization": self.organization_id,
                "batches": list(dict.fromkeys(batches)),
                "storage": storage,
                "contextData": copy_json(context_data),
                "metadata": copy_json(metadata),
                "attachments": copy_json(attachments) if attachments else [],
                "isPreLabeled": False,
                "priority": priority,
                "deleted": False,
                "createdAt": now,
                "createdBy": OWNER_ID,
            }
            self.assets[asset["_id"]] = asset
            self._project_assets[project["_id"]].append(asset["_id"])
            stage = self.entry_stage(project)
            task: Json = {
                "_id": self.new_id(),
                "project": project["_id"],
                "asset": asset["_id"],
                "organization": self.organization_id,
                "type": "default",
                "status": "Completed" if stage.get("type") == "Complete" else "TODO",
                "stage": stage["id"],
                "answer": empty_answer(),
                "review": {"status": "Todo"},
                "assignee": None,
                "priority": priority,
                "isBenchmark": False,
                "isPreLabeled": False,
                "isDraft": False,
                "isSkipped": False,
                "isFlag": False,
                "isStar": False,
                "deleted": False,
                "issues": [],
                "openIssuesCount": 0,
                "duration": 0,
                "totalDuration": 0,
                "createdAt": now,
                "updatedAt": now,
            }
            self.tasks[task["_id"]] = task
            self._project_tasks[project["_id"]].append(task["_id"])
            self._asset_tasks[asset["_id"]] = [task["_id"]]
            return asset, task

    def asset(self, asset_id: str) -> Json:
        """Return an asset that is not deleted, or raise 404."""
        with self.lock:
            found = self.assets.get(asset_id)
            if found is None or found["deleted"]:
                raise not_found("Asset", asset_id)
            return found

    def project_assets(self, project_id: str) -> list[Json]:
        """Return a project's assets that are not deleted, in creation order."""
        with self.lock:
            assets = (self.assets[asset_id] for asset_id in self._project_assets.get(project_id, []))
            return [asset for asset in assets if not asset["deleted"]]

    def asset_tasks(self, asset_id: str) -> list[Json]:
        """Return the tasks of an asset that are not deleted."""
        with self.lock:
            tasks = (self.tasks[task_id] for task_id in self._asset_tasks.get(asset_id, []))
            return [task for task in tasks if not task["deleted"]]

    def task(self, task_id: str) -> Json:
        """Return a task that is not deleted, or raise 404."""
        with self.lock:
            found = self.tasks.get(task_id)
            if found is None or found["deleted"]:
                raise not_found("Task", task_id)
            return found

    def project_tasks(self, project_id: str) -> list[Json]:
        """Return a project's tasks that are not deleted, in creation order."""
        with self.lock:
            tasks = (self.tasks[task_id] for task_id in self._project_tasks.get(project_id, []))
            return [task for task in tasks if not task["deleted"]]

    def task_view(self, task: Json, *, include_answer: bool = True) -> Json:
        """Return a task as the API shows it: a copy with its asset embedded, and its answer
        (unless ``include_answer`` is false) with the objects under ``tools``."""
        with self.lock:
            view: Json = {key: copy_json(value) for key, value in task.items() if key != "answer"}
            asset = self.assets[task["asset"]]
            view["asset"] = {"_id": asset["_id"], "externalId": asset["externalId"], "data": asset["data"]}
            view["externalId"] = asset["externalId"]
            view["batches"] = list(asset["batches"])
            if include_answer and "answer" in task:
                view["answer"] = answer_view(task["answer"])
            return view

    def history_view(self, history: Json) -> Json:
        """Return a task history record as the API shows it (answer objects under ``tools``)."""
        with self.lock:
            view: Json = copy_json(history)
            if isinstance(view.get("answer"), dict):
                view["answer"] = answer_view(view["answer"])
            return view

    def delete_asset(self, asset: Json) -> None:
        """Soft-delete an asset with its tasks and their issues."""
        with self.lock:
            asset["deleted"] = True
            for task_id in self._asset_tasks.get(asset["_id"], []):
                self.tasks[task_id]["deleted"] = True
                for issue in self.issues.values():
                    if issue["labelTask"] == task_id:
                        issue["deleted"] = True

    def asset_view(self, asset: Json) -> Json:
        """Return an asset as the API shows it (a copy)."""
        with self.lock:
            copied: Json = copy_json(asset)
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
            task["totalDuration"] = task.get("totalDuration", 0) + duration
            task["updatedAt"] = self.timestamp()
            task["updatedBy"] = user_id
            history = self.record_history(task, duration=duration, user_id=user_id)
            if submit:
                following = self.next_stage(project, task["stage"])
                if following is not None:
                    self.move_task(task, following)
            return history

    def record_history(self, task: Json, *, duration: float, user_id: str) -> Json:
        """Store what a user did with a task in its current stage."""
        with self.lock:
            project = self.projects[task["project"]]
            stage = self.find_stage(project, task["stage"]) or {"id": task["stage"]}
            now = self.timestamp()
            history: Json = {
                "_id": self.new_id(),
                "task": task["_id"],
                "project": task["project"],
                "stage": stage.get("name", stage["id"]),
                "stageId": stage["id"],
                "answer": copy_json(task["answer"]),
                "duration": duration,
                "completedBy": user_id,
                "completedAt": now,
                "createdAt": now,
            }
            self.histories[history["_id"]] = history
            self._task_histories.setdefault(task["_id"], []).append(history["_id"])
            return history

    def task_histories(self, task_id: str) -> list[Json]:
        """Return a task's history records, oldest first."""
        with self.lock:
            return [self.histories[history_id] for history_id in self._task_histories.get(task_id, [])]

    def forget_histories(self, task_id: str) -> None:
        """Delete a task's history records (requeue with ``removeStageHistory``)."""
        with self.lock:
            for history_id in self._task_histories.pop(task_id, []):
                self.histories.pop(history_id, None)

    def history(self, history_id: str) -> Json:
        """Return a task history record whose task is visible, or raise 404."""
        with self.lock:
            found = self.histories.get(history_id)
            if found is None or self.tasks[found["task"]]["deleted"]:
                raise not_found("Task history", history_id)
            return found

    # -- issues and exports ---------------------------------------------------------------

    def create_issue(self, task: Json, fields: Json) -> Json:
        """Open an issue on a task; the task's ``openIssuesCount`` goes up."""
        with self.lock:
            issue: Json = {
                "_id": self.new_id(),
                **copy.deepcopy(fields),
                "labelTask": task["_id"],
                "asset": task["asset"],
                "project": task["project"],
                "stage": task["stage"],
                "status": "Open",
                "createdBy": OWNER_ID,
                "createdAt": self.timestamp(),
                "comments": [],
                "deleted": False,
            }
            self.issues[issue["_id"]] = issue
            self.sync_task_issues(task)
            return issue

    def issue(self, issue_id: str) -> Json:
        """Return an issue that is not deleted, or raise 404."""
        with self.lock:
            found = self.issues.get(issue_id)
            if found is None or found["deleted"]:
                raise not_found("Issue", issue_id)
            return found

    def issue_view(self, issue: Json) -> Json:
        """Return an issue as the API shows it (a copy, without the store's bookkeeping)."""
        with self.lock:
            view: Json = copy_json(issue)
            view.pop("deleted", None)
            return view

    def sync_task_issues(self, task: Json) -> None:
        """Rebuild a task's ``issues`` summaries and ``openIssuesCount`` from its issues."""
        with self.lock:
            issues = [
                issue
                for issue in self.issues.values()
                if issue["labelTask"] == task["_id"] and not issue["deleted"]
            ]
            task["issues"] = [
                {"_id": issue["_id"], "content": issue.get("content", ""), "status": issue["status"]}
                for issue in issues
            ]
            task["openIssuesCount"] = sum(1 for issue in issues if issue["status"] == "Open")

    def add_record(self, records: list[Json], record: Json) -> Json:
        """Append to one of the bounded logs (forgetting the oldest beyond :attr:`MAX_RECORDS`)."""
        with self.lock:
            records.append(record)
            if len(records) > self.MAX_RECORDS:
                del records[: len(records) - self.MAX_RECORDS]
            return record

    # -- files ----------------------------------------------------------------------------

    def add_file(self, stored: StoredFile) -> StoredFile:
        """Keep a file record (its content, if any, counts towards the limits)."""
        with self.lock:
            content = stored.content
            stored.content = None
            self.files[stored.token] = stored
            self._file_addresses[stored.address] = stored.token
            if content is not None:
                self.put_file_content(stored.token, content, stored.content_type)
            return stored

    def put_file_content(self, token: str, content: bytes, content_type: str) -> StoredFile:
        """Store (or replace) a file's bytes; 413 when too large, 507 when the store is full."""
        with self.lock:
            stored = self.files.get(token)
            if stored is None:
                raise not_found("File", token)
            if len(content) > self.MAX_FILE_BYTES:
                raise ApiError(
                    413, f"The file is larger than the mock's limit of {self.MAX_FILE_BYTES} bytes"
                )
            previous = len(stored.content) if stored.content is not None else 0
            if self._stored_bytes - previous + len(content) > self.MAX_STORED_BYTES:
                raise ApiError(507, f"The mock keeps at most {self.MAX_STORED_BYTES} bytes of files")
            self._stored_bytes += len(content) - previous
            stored.content = content
            stored.content_type = content_type
            stored.uploaded_at = self.timestamp()
            return stored

    def file_by_token(self, token: str) -> StoredFile | None:
        """Return the file with this token, if it is known."""
        with self.lock:
            return self.files.get(token)

    def file_by_address(self, address: str) -> StoredFile | None:
        """Return the file with this address (a URL without query string), if it is known."""
        with self.lock:
            token = self._file_addresses.get(address)
            return None if token is None else self.files.get(token)

    def forget_file(self, token: str) -> None:
        """Forget a file and its content."""
        with self.lock:
            stored = self.files.pop(token, None)
            if stored is None:
                return
            self._file_addresses.pop(stored.address, None)
            if stored.content is not None:
                self._stored_bytes -= len(stored.content)

    def add_export(self, job: ExportJob) -> None:
        """Keep a prepared export (forgetting the oldest beyond :attr:`MAX_EXPORTS`)."""
        with self.lock:
            self.exports[job.export_id] = job
            while len(self.exports) > self.MAX_EXPORTS:
                del self.exports[next(iter(self.exports))]

    def export(self, export_id: str) -> ExportJob | None:
        """Return a prepared export, if it is known."""
        with self.lock:
            return self.exports.get(export_id)
