"""What every store of the mock shares: JSON helpers, timestamps, the lock, ids and time,
and the shape of a store (:class:`DocumentStore`).

Every store of a :class:`~ango_hub.mock.state.MockState` gets the same :class:`StoreLock`
and the same :class:`Clock`, so that one lock guards the whole organization and
:meth:`MockState.deterministic` changes ids and time for every store at once.
"""

from __future__ import annotations

import copy
import gc
import secrets
import threading
import warnings
from collections.abc import Callable, ItemsView, Iterator, KeysView, ValuesView
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, ClassVar, Generic, TypeVar

from ..web.errors import not_found

__all__ = [
    "DEFAULT_STORAGE_ID",
    "ORGANIZATION_ID",
    "OWNER_EMAIL",
    "OWNER_ID",
    "Clock",
    "DocumentStore",
    "Json",
    "JsonList",
    "Store",
    "StoreLock",
    "copy_json",
    "format_timestamp",
    "parse_timestamp",
]

Json = dict[str, Any]
#: A list of JSON documents (spelled so because stores have a method named ``list``).
JsonList = list[Json]

#: The organization every object of the mock belongs to.
ORGANIZATION_ID = "65a1b2c3d4e5f60718293a40"
#: The owner of the API key: creator of projects, author of annotations made over the API.
OWNER_ID = "65a1b2c3d4e5f60718293a41"
OWNER_EMAIL = "owner@example.com"
#: The storage of an organization without seed (see :func:`ango_hub.mock.state.seed.seed_empty`).
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


class Clock:
    """New ids and the current time, for every store of one organization.

    ``now`` returns the current time (default: the system clock, UTC); ``ids`` returns new
    ids (default: ``secrets.token_hex(12)``, 24 hex characters like MongoDB ObjectIds). Both
    may be swapped (see :meth:`MockState.deterministic`).
    """

    def __init__(
        self,
        now: Callable[[], datetime] | None = None,
        ids: Callable[[], str] | None = None,
    ) -> None:
        self.now: Callable[[], datetime] = now or (lambda: datetime.now(UTC))
        self.ids: Callable[[], str] = ids or (lambda: secrets.token_hex(12))

    def new_id(self) -> str:
        """Return a new id."""
        return self.ids()

    def timestamp(self) -> str:
        """Return the current time, formatted like the API's timestamps."""
        return format_timestamp(self.now())


class Store:
    """The base of every store: the organization's lock and clock, shared by all its stores.

    A store owns the documents of one kind of entity (and their indexes); it takes the lock
    in every public method, so that it may be used from any thread. What spans several
    kinds of entity (deleting a project deletes its assets, tasks and issues) is done by
    :class:`~ango_hub.mock.state.MockState`, under the same lock.
    """

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        self.lock = lock
        self.clock = clock


D = TypeVar("D")


class DocumentStore(Store, Generic[D]):
    """A store of documents by id, shaped like the client's resources (``hub.tasks``):
    :meth:`get` (None when absent), :meth:`require` (the mock's 404 when absent), and in the
    stores themselves ``list(...)`` and ``view(...)`` (a document as the API shows it).

    :attr:`documents` holds every document, by id, those soft-deleted (``deleted: true``)
    included; :meth:`get` and :meth:`require` see only the others. Reading a store like the
    dict it replaced (``state.tasks[task_id]``, ``state.tasks.values()``) still works, with a
    ``DeprecationWarning``: use :attr:`documents` for the stored documents themselves.
    """

    #: What the 404 of :meth:`require` calls a document (``"Task not found: <id>"``).
    kind: ClassVar[str] = "Document"
    #: The store's attribute on :class:`~ango_hub.mock.state.MockState` (``"tasks"``).
    name: ClassVar[str] = "documents"

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.documents: dict[str, D] = {}

    def get(self, document_id: str) -> D | None:
        """Return the document with this id, or None (also when it is soft-deleted)."""
        with self.lock:
            found = self.documents.get(document_id)
            return None if found is None or self._hidden(found) else found

    def require(self, document_id: str) -> D:
        """Return the document with this id, or raise the mock's 404 (``<kind> not found: <id>``)."""
        found = self.get(document_id)
        if found is None:
            raise not_found(self.kind, document_id)
        return found

    def _hidden(self, document: D) -> bool:
        """Whether a stored document is out of sight: soft-deleted (``deleted: true``)."""
        return isinstance(document, dict) and bool(document.get("deleted"))

    # -- the dict each store replaced on MockState: deprecated -----------------------------

    def _dict_access(self) -> dict[str, D]:
        warnings.warn(
            f"reading MockState.{self.name} as a dict is deprecated: it is a store now; use "
            f"state.{self.name}.get(id), .require(id), .list(...), or .documents (every stored "
            "document, by id)",
            DeprecationWarning,
            stacklevel=3,
        )
        return self.documents

    def __getitem__(self, document_id: str) -> D:
        return self._dict_access()[document_id]

    def __setitem__(self, document_id: str, document: D) -> None:
        self._dict_access()[document_id] = document

    def __delitem__(self, document_id: str) -> None:
        del self._dict_access()[document_id]

    def __contains__(self, document_id: object) -> bool:
        return document_id in self._dict_access()

    def __iter__(self) -> Iterator[str]:
        return iter(self._dict_access())

    def __len__(self) -> int:
        return len(self._dict_access())

    def keys(self) -> KeysView[str]:
        """Deprecated: ``documents.keys()``."""
        return self._dict_access().keys()

    def values(self) -> ValuesView[D]:
        """Deprecated: ``documents.values()``."""
        return self._dict_access().values()

    def items(self) -> ItemsView[str, D]:
        """Deprecated: ``documents.items()``."""
        return self._dict_access().items()
