"""The worker threads of ``Client``'s concurrent work (paginators, bulk uploads and imports).

``concurrent.futures.ThreadPoolExecutor`` joins its threads when the interpreter exits: after
a Ctrl-C, a script whose listing had eight requests in flight printed its message and then
hung until each of them ended (up to the read timeout, a minute by default; an upload of a
large file, longer). :class:`DaemonThreads` has the part of its interface the client uses
(``submit``, ``shutdown``) with daemon threads: the interpreter does not wait for them. A
``shutdown(wait=True)`` (the normal end of the work) still waits for every call it started.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

__all__ = ["DaemonThreads", "interrupts"]

R = TypeVar("R")

#: What a worker takes from the queue: a call and its future, or None (stop).
_Work = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]] | None


def interrupts(exc_type: type[BaseException] | None) -> bool:
    """Whether an exception of this type ends the work without waiting for the calls in flight:
    a Ctrl-C or a ``SystemExit`` (not an error, not the close of a generator, not None)."""
    return exc_type is not None and not issubclass(exc_type, Exception | GeneratorExit)


class DaemonThreads:
    """Up to ``max_workers`` daemon threads running the calls given to :meth:`submit`, in the
    order given; a thread is started only when no idle one is left."""

    def __init__(self, max_workers: int, thread_name_prefix: str) -> None:
        self._max_workers = max_workers
        self._prefix = thread_name_prefix
        self._work: queue.SimpleQueue[_Work] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._idle = 0
        self._lock = threading.Lock()
        self._shut = False

    def submit(self, func: Callable[..., R], /, *args: Any) -> Future[R]:
        """Run ``func(*args)`` in a worker thread; its :class:`~concurrent.futures.Future`."""
        future: Future[R] = Future()
        with self._lock:
            if self._shut:
                raise RuntimeError("cannot submit after shutdown")
            self._work.put((future, func, args))
            if self._idle > 0:
                self._idle -= 1
            elif len(self._threads) < self._max_workers:
                thread = threading.Thread(
                    target=self._worker, name=f"{self._prefix}_{len(self._threads)}", daemon=True
                )
                self._threads.append(thread)
                thread.start()
        return future

    def shutdown(self, *, wait: bool, cancel_futures: bool = False) -> None:
        """Start nothing more (``cancel_futures``: cancel the calls not started); ``wait``: return
        once every thread has ended its call."""
        with self._lock:
            self._shut = True
            if cancel_futures:
                while True:
                    try:
                        work = self._work.get_nowait()
                    except queue.Empty:
                        break
                    if work is not None:
                        work[0].cancel()
            for _ in self._threads:
                self._work.put(None)
        if wait:
            for thread in self._threads:
                if thread is not threading.current_thread():
                    thread.join()

    def _worker(self) -> None:
        while True:
            work = self._work.get()
            if work is None:
                return
            future, func, args = work
            if future.set_running_or_notify_cancel():
                try:
                    result = func(*args)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
                del future, func, args, work  # not held while this thread waits for more
            with self._lock:
                if self._shut:
                    continue  # the None put for this thread ends it
                self._idle += 1
