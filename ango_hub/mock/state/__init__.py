"""The in-memory store of one mock Ango Hub organization.

:class:`MockState` holds projects, assets, tasks, task histories, issues, storages, users
(the organization's members), invitations, notifications, LLM configurations, plugin logs
and results, stored files and prepared exports as plain JSON documents, shaped like the
API's, in insertion order.
Each kind of entity has a store of its own (:class:`Stores`: users, invitations,
storages, projects, assets, tasks, histories, issues, files, exports, LLM configurations,
webhooks and the bounded logs, in the modules of this package); :class:`MockState` is their
facade, and what spans several kinds of entity is done there. One re-entrant lock, shared
by every store, guards everything: the app holds it for the whole of an operation, and
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
* files: :class:`StoredFile` records, by token and by address (the URL a client sees);
  the demo assets' pictures as :class:`DemoImage` descriptions, by their path on the mock.
  Their content is kept in memory, at most :attr:`MockState.MAX_FILE_BYTES` a file and
  :attr:`MockState.MAX_STORED_BYTES` in all.
"""

from __future__ import annotations

from .arrange import STAGE_TYPES, AnswerLike, LabelSetInput, Stage, TaskSpec
from .base import (
    DEFAULT_STORAGE_ID,
    ORGANIZATION_ID,
    OWNER_EMAIL,
    OWNER_ID,
    Clock,
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
from .projects import ProjectStore, default_stages
from .tasks import AssetStore, HistoryStore, TaskStore, answer_view, empty_answer, stored_answer

__all__ = [
    "DEFAULT_STORAGE_ID",
    "ORGANIZATION_ID",
    "OWNER_EMAIL",
    "OWNER_ID",
    "STAGE_TYPES",
    "AnswerLike",
    "AssetStore",
    "Clock",
    "DemoImage",
    "ExportJob",
    "ExportStore",
    "FileRecord",
    "FileStore",
    "HistoryStore",
    "InviteStore",
    "IssueStore",
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
    "format_timestamp",
    "parse_timestamp",
    "stored_answer",
]
