"""The in-memory store of one mock Ango Hub organization.

:class:`MockState` holds projects, assets, tasks, task histories, issues, storages, users
(the organization's members), invitations, notifications, LLM configurations, webhooks,
plugin logs and results, stored files and prepared exports as plain JSON documents, shaped
like the API's, in insertion order.

``state.<entity>`` are the stores, one per kind of entity, in the modules of this package,
shaped like the client's resources (``hub.tasks``): ``state.tasks.get(id)`` (None when
absent), ``state.tasks.require(id)`` (the mock's 404, as a handler answers it),
``state.tasks.list(project_id)``, ``state.tasks.view(task)`` (the task as the API shows
it), and ``state.tasks.documents`` (every stored task by id, deleted ones included).
:class:`MockState` itself does only what spans several kinds of entity (deleting a project
deletes its assets, tasks and issues; annotating a task records its history and moves it
on; an asset comes with its task; an issue changes its task's counts), and inherits the
typed test-data API (:class:`~ango_hub.mock.state.arrange.Arrange`: ``add_project``,
``add_tasks``, ...). One re-entrant lock, shared by every store, guards everything: the
app holds it for the whole of an operation, and every public method takes it too, so tests
may read or change the store from their own thread while the server runs.

Modules: :mod:`.base` (the lock, the clock, :class:`DocumentStore`), :mod:`.projects`,
:mod:`.tasks` (assets, tasks, histories), :mod:`.issues`, :mod:`.people` (users,
invitations), :mod:`.organization` (storages, LLM configurations, webhooks, the logs),
:mod:`.files` (stored files, exports), :mod:`.mock_state`, :mod:`.arrange` (the test-data
API), :mod:`.seed` (what the organization holds at start: nothing much, or the demo).

Conventions:

* ids are 24 hex characters, like MongoDB ObjectIds (``secrets.token_hex(12)`` unless an
  id factory is given); timestamps are ISO 8601 UTC strings with milliseconds and ``Z``;
* a project's workflow is a list of stages ``{id, name, type, next}``; the default is
  Start -> Label -> Complete with ids ``Start``, ``Label`` and ``Complete``;
* a task holds its asset's id internally; ``state.tasks.view(task)`` embeds the asset
  (``{_id, externalId, data}``) and copies its ``externalId`` and ``batches``;
* answers are stored as requests send them (``{objects, classifications, relations}``) and
  shown as the API documents them in tasks and task histories, with the objects under
  ``tools`` (:func:`answer_view`);
* deletion is soft: deleted projects, and their assets and tasks, keep ``deleted: true``
  and are invisible to ``get``, ``require`` and ``list``;
* every user the store knows is a member of the organization (``organizationRole``
  ``admin`` or ``member``; the owner of the API key is ``admin``); users are created on
  first sight (project members, assignees), and removing a member forgets the user;
* files: :class:`StoredFile` records, by token and by address (the URL a client sees);
  the demo assets' pictures as :class:`DemoImage` descriptions, by their path on the mock.
  Their content is kept in memory, at most ``state.files.max_file_bytes`` a file and
  ``state.files.max_stored_bytes`` in all (:attr:`MockState.MAX_FILE_BYTES`,
  :attr:`MockState.MAX_STORED_BYTES` by default).
"""

from __future__ import annotations

from .arrange import STAGE_TYPES, AnswerLike, Arrange, LabelSetInput, Stage, TaskSpec
from .base import (
    DEFAULT_STORAGE_ID,
    ORGANIZATION_ID,
    OWNER_EMAIL,
    OWNER_ID,
    Clock,
    DocumentStore,
    Json,
    JsonList,
    Store,
    StoreLock,
    copy_json,
    format_timestamp,
    parse_timestamp,
)
from .files import DemoImage, ExportJob, ExportStore, FileRecord, FileStore, StoredFile
from .issues import IssueStore
from .mock_state import MockState, Stores
from .organization import LlmStore, RecordLog, StorageStore, WebhookStore
from .people import InviteStore, UserStore
from .projects import ProjectStore, default_stages, entry_stage, find_batch, find_stage, next_stage
from .tasks import AssetStore, HistoryStore, TaskStore, answer_view, empty_answer, stored_answer

__all__ = [
    "DEFAULT_STORAGE_ID",
    "ORGANIZATION_ID",
    "OWNER_EMAIL",
    "OWNER_ID",
    "STAGE_TYPES",
    "AnswerLike",
    "Arrange",
    "AssetStore",
    "Clock",
    "DemoImage",
    "DocumentStore",
    "ExportJob",
    "ExportStore",
    "FileRecord",
    "FileStore",
    "HistoryStore",
    "InviteStore",
    "IssueStore",
    "Json",
    "JsonList",
    "LabelSetInput",
    "LlmStore",
    "MockState",
    "ProjectStore",
    "RecordLog",
    "Stage",
    "StorageStore",
    "Store",
    "StoreLock",
    "StoredFile",
    "Stores",
    "TaskSpec",
    "TaskStore",
    "UserStore",
    "WebhookStore",
    "answer_view",
    "copy_json",
    "default_stages",
    "empty_answer",
    "entry_stage",
    "find_batch",
    "find_stage",
    "format_timestamp",
    "next_stage",
    "parse_timestamp",
    "stored_answer",
]
