"""An overall deadline for each attempt of a request: status line, headers and body.

httpx's timeouts bound each network operation (connecting, one read, one write), not an
attempt as a whole: a server that sends one byte just before each read timeout holds a call
for as long as it likes. The request pipeline therefore runs every attempt inside a
deadline (the read timeout by default, or the client's ``deadline=``); past it, the attempt
ends with :class:`DeadlineExceeded` (an ``httpx.ReadTimeout``, so that it is retried where
a timeout would be, and reported as an ``APITimeoutError``).

How the deadline is enforced differs between the two clients, which is why this module is
outside ``ango_hub/_async/`` (``scripts/unasync.py`` turns ``AsyncDeadline`` into
``Deadline``):

- ``AsyncDeadline`` wraps the attempt in ``asyncio.timeout``: the pending read is
  cancelled at the deadline, whatever phase the response is in.
- ``Deadline`` (the synchronous client) cannot cancel a blocking read, so a watchdog thread
  (one for the whole process) shuts down the attempt's socket at the deadline, which ends
  the read at once. The socket is learnt from httpcore's public ``trace`` extension when
  the attempt opens a new connection, and from the ``network_stream`` response extension
  once the headers have arrived. On a pooled keep-alive connection, the socket is not known
  until the headers arrive: while the status line and headers come, each read is bounded by
  the read timeout and the deadline, but a server dripping its headers on a reused
  connection is only stopped once they are complete (documented in docs/security.md).
  Only HTTP/1.1 connections are shut down (an HTTP/2 connection carries other requests).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    # Imported where used: a synchronous Client never imports asyncio.
    import asyncio

__all__ = ["AsyncDeadline", "Deadline", "DeadlineExceeded"]


class DeadlineExceeded(httpx.ReadTimeout):
    """The attempt did not complete within its deadline (the server answered too slowly)."""

    def __init__(self, seconds: float, *, request: httpx.Request) -> None:
        super().__init__(f"no complete answer within the deadline of {seconds:g} s", request=request)
        self.seconds = seconds


def _clamp_timeouts(request: httpx.Request, seconds: float) -> None:
    """No single network operation of the attempt may wait longer than the whole deadline."""
    timeouts = request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        request.extensions["timeout"] = {
            name: seconds if value is None else min(float(value), seconds) for name, value in timeouts.items()
        }


class AsyncDeadline:
    """``async with AsyncDeadline(seconds, request):`` one attempt of ``AsyncClient``.

    ``seconds=None`` sets no deadline. Past it, the attempt's pending operation is
    cancelled and :class:`DeadlineExceeded` is raised.
    """

    def __init__(self, seconds: float | None, request: httpx.Request) -> None:
        self.seconds = seconds
        self._request = request
        self._timeout: asyncio.Timeout | None = None

    async def __aenter__(self) -> Self:
        if self.seconds is not None:
            import asyncio

            _clamp_timeouts(self._request, self.seconds)
            self._timeout = asyncio.timeout(self.seconds)
            await self._timeout.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._timeout is None or self.seconds is None:
            return
        try:
            await self._timeout.__aexit__(exc_type, exc, tb)
        except TimeoutError as expired:
            raise DeadlineExceeded(self.seconds, request=self._request) from expired
        if self._timeout.expired() and isinstance(exc, httpx.TransportError):
            raise DeadlineExceeded(self.seconds, request=self._request) from exc

    def watch(self, response: httpx.Response) -> None:
        """The response whose body is read next (nothing to do: the task is cancelled)."""

    def release(self) -> None:
        """The response is about to be closed (nothing to do)."""


class Deadline:
    """``with Deadline(seconds, request):`` one attempt of ``Client`` (see the module doc).

    ``seconds=None`` sets no deadline. Past it, the attempt's socket is shut down and
    :class:`DeadlineExceeded` is raised in place of the error that ends the attempt.
    """

    def __init__(self, seconds: float | None, request: httpx.Request) -> None:
        self.seconds = seconds
        self._request = request
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        #: A socket of a new connection, armed once it is known to carry HTTP/1.1.
        self._candidate: socket.socket | None = None
        #: The attempt opens a connection (else it has one from the pool).
        self._connecting = False
        self._expired = False
        self._done = False
        self.end = 0.0

    def __enter__(self) -> Self:
        if self.seconds is not None:
            _clamp_timeouts(self._request, self.seconds)
            self._request.extensions["trace"] = self._trace
            self.end = time.monotonic() + self.seconds
            _WATCHDOG.add(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.seconds is None:
            return
        self.release()
        # The trace hook ties the request and this deadline in a cycle: untie it, so that
        # both are freed at once rather than by the cyclic collector, later.
        self._request.extensions.pop("trace", None)
        with self._lock:
            expired = self._expired or time.monotonic() >= self.end
        _WATCHDOG.discard(self)
        if expired and isinstance(exc, httpx.TransportError) and not isinstance(exc, DeadlineExceeded):
            raise DeadlineExceeded(self.seconds, request=self._request) from exc

    def watch(self, response: httpx.Response) -> None:
        """The response whose body is read next: its connection is the one to shut down."""
        if self.seconds is None or not response.http_version.startswith("HTTP/1"):
            return
        stream = response.extensions.get("network_stream")
        sock = _socket_of(stream)
        if sock is not None:
            self._arm(sock)

    def release(self) -> None:
        """Stop watching: the response is about to be closed, and its connection may go back
        to the pool, where another request may use it (its socket must not be shut then)."""
        with self._lock:
            self._done = True

    # -- what the watchdog and httpcore's trace extension call --------------------------------

    def _trace(self, name: str, info: dict[str, Any]) -> None:
        """httpcore's ``trace`` extension: learn the socket of a connection opened for us."""
        if name.startswith(("http11.", "http2.")):
            if not self._connecting:
                # A connection from the pool (its socket is learnt from the response): no
                # event is of use, and tracing each step of the exchange costs every request.
                self._request.extensions.pop("trace", None)
            elif name.startswith("http11.") and self._candidate is not None:
                candidate, self._candidate = self._candidate, None
                self._arm(candidate)
            return
        self._connecting = True
        if name.endswith((".connect_tcp.complete", ".start_tls.complete")):
            sock = _socket_of(info.get("return_value"))
            if sock is not None:
                self._candidate = sock

    def _arm(self, sock: socket.socket) -> None:
        with self._lock:
            if self._done:
                return
            self._socket = sock
            if self._expired:
                _shut_down(sock)

    def _expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self._expired = True
            if self._socket is not None:
                _shut_down(self._socket)


def _socket_of(stream: object) -> socket.socket | None:
    get_extra_info = getattr(stream, "get_extra_info", None)
    if not callable(get_extra_info):
        return None
    try:  # not contextlib.suppress: this runs for every response
        sock = get_extra_info("socket")
    except Exception:
        return None
    return sock if isinstance(sock, socket.socket) else None


def _shut_down(sock: socket.socket) -> None:
    """End every pending read and write on ``sock`` (the owner closes it as it fails)."""
    with contextlib.suppress(OSError):
        # socket.socket's own shutdown, also for an SSLSocket: only the transport is shut.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread for the process: expires each ``Deadline`` at its end."""

    #: The thread ends after this long without deadlines (a new one starts when needed).
    IDLE = 30.0

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._live: set[int] = set()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def add(self, deadline: Deadline) -> None:
        import heapq  # with the first deadline, not with the client

        with self._condition:
            heapq.heappush(self._heap, (deadline.end, next(self._order), deadline))
            self._live.add(id(deadline))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ango-hub-deadline", daemon=True)
                self._thread.start()
            if self._heap[0][2] is deadline:  # the earliest now: the watchdog must wake sooner
                self._condition.notify()

    def discard(self, deadline: Deadline) -> None:
        with self._condition:
            self._live.discard(id(deadline))
            if len(self._heap) > 64 and len(self._heap) > 4 * len(self._live):
                import heapq

                self._heap = [entry for entry in self._heap if id(entry[2]) in self._live]
                heapq.heapify(self._heap)

    def _run(self) -> None:
        import heapq

        with self._condition:
            while True:
                while self._heap and id(self._heap[0][2]) not in self._live:
                    heapq.heappop(self._heap)
                if not self._heap:
                    if not self._condition.wait(self.IDLE) and not self._heap:
                        self._thread = None
                        return
                    continue
                end, _order, deadline = self._heap[0]
                wait = end - time.monotonic()
                if wait > 0:
                    self._condition.wait(wait)
                    continue
                heapq.heappop(self._heap)
                self._live.discard(id(deadline))
                deadline._expire()

    def _after_fork(self) -> None:
        self._condition = threading.Condition()
        self._heap = []
        self._live = set()
        self._thread = None


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_WATCHDOG._after_fork)
