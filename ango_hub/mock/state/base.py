"""What every store of the mock shares: JSON helpers, timestamps, the lock, ids and time.

Every store of a :class:`~ango_hub.mock.state.MockState` gets the same :class:`StoreLock`
and the same :class:`Clock`, so that one lock guards the whole organization and
:meth:`MockState.deterministic` changes ids and time for every store at once.
"""

from __future__ import annotations

import copy
import gc
import secrets
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

__all__ = [
    "DEFAULT_STORAGE_ID",
    "ORGANIZATION_ID",
    "OWNER_EMAIL",
    "OWNER_ID",
    "Clock",
    "Json",
    "Store",
    "StoreLock",
    "copy_json",
    "format_timestamp",
    "parse_timestamp",
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
