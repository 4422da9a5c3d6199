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
  the attempt opens a new connection, and from the ``network_stream`` extension of the
  response whose body is read (looked up by the watchdog only when the deadline passes, so
  an attempt that ends in time pays nothing for it). On a pooled keep-alive connection, the
  socket is not known
  until the headers arrive: while the status line and headers come, each read is bounded by
  the read timeout and the deadline, but a server dripping its headers on a reused
  connection is only stopped once they are complete (documented in docs/security.md).
  Only HTTP/1.1 connections are shut down (an HTTP/2 connection carries other requests).
"""

from __future__ import annotations

import contextlib
import math
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
        # Most often each is within the deadline already (the deadline is the read timeout).
        for value in timeouts.values():
            if value is None or value > seconds:
                request.extensions["timeout"] = {
                    name: seconds if value is None or value > seconds else value
                    for name, value in timeouts.items()
                }
                return


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

    Every attempt of ``Client`` passes through here, so the common case (an answer well
    within the deadline) does as little as it can: one lock to be watched, one to be
    released. The socket of the response is looked up only by the watchdog, if the
    deadline passes while the body is read.
    """

    __slots__ = (
        "_candidate",
        "_connecting",
        "_done",
        "_expired",
        "_request",
        "_response",
        "_socket",
        "end",
        "seconds",
    )

    def __init__(self, seconds: float | None, request: httpx.Request) -> None:
        self.seconds = seconds
        self._request = request
        #: The socket to shut down at the deadline: a new connection's, once it carries HTTP/1.1.
        self._socket: socket.socket | None = None
        #: A socket of a new connection, armed once it is known to carry HTTP/1.1.
        self._candidate: socket.socket | None = None
        #: The response whose body is read (its connection's socket is shut down at the deadline).
        self._response: httpx.Response | None = None
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
        if not self._done:  # only this thread sets it
            self.release()
        # The trace hook ties the request and this deadline in a cycle: untie it, so that
        # both are freed at once rather than by the cyclic collector, later.
        self._request.extensions.pop("trace", None)
        if (
            isinstance(exc, httpx.TransportError)
            and not isinstance(exc, DeadlineExceeded)
            and (self._expired or time.monotonic() >= self.end)
        ):
            raise DeadlineExceeded(self.seconds, request=self._request) from exc

    def watch(self, response: httpx.Response) -> None:
        """The response whose body is read next: its connection is the one to shut down."""
        if self.seconds is None:
            return
        self._response = response
        # The watchdog reads ``_response`` after setting ``_expired``: if it expired the
        # attempt before it could see the response, this thread sees ``_expired``.
        if self._expired:
            with _WATCHDOG.lock:
                self._shut_down()

    def release(self) -> None:
        """Stop watching: the response is about to be closed, and its connection may go back
        to the pool, where another request may use it (its socket must not be shut then)."""
        if self.seconds is None:
            return
        with _WATCHDOG.lock:
            self._done = True
            _WATCHDOG.active.discard(self)

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
                with _WATCHDOG.lock:
                    if not self._done:
                        self._socket = candidate
                        if self._expired:
                            _shut_down(candidate)
            return
        self._connecting = True
        if name.endswith((".connect_tcp.complete", ".start_tls.complete")):
            sock = _socket_of(info.get("return_value"))
            if sock is not None:
                self._candidate = sock

    def _expire(self) -> None:
        """The deadline has passed (the watchdog calls this, holding its lock)."""
        if self._done:
            return
        self._expired = True
        self._shut_down()

    def _shut_down(self) -> None:
        """Shut down the attempt's HTTP/1.1 connection, if it is known (the watchdog's lock held)."""
        if self._done:
            return
        sock = self._socket
        response = self._response
        if sock is None and response is not None and response.http_version.startswith("HTTP/1"):
            sock = _socket_of(response.extensions.get("network_stream"))
        if sock is not None:
            _shut_down(sock)


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
    """One daemon thread for the process: expires each ``Deadline`` at its end.

    The attempts being watched are a set; the thread sleeps until the earliest end it knew
    of when it last looked (``next``), and an attempt that ends sooner wakes it. An attempt
    that completes in time only leaves the set: the thread does not wake for it, and when
    it wakes for one that is gone it looks again for the next.
    """

    #: The thread ends after this long without deadlines (a new one starts when needed).
    IDLE = 30.0

    def __init__(self) -> None:
        #: Guards the set, ``next`` and each watched ``Deadline``'s socket and flags.
        self.lock = threading.Lock()
        self._condition = threading.Condition(self.lock)
        self.active: set[Deadline] = set()
        #: When the thread looks next (monotonic seconds; infinite while nothing is watched).
        self.next = math.inf
        self._thread: threading.Thread | None = None

    def add(self, deadline: Deadline) -> None:
        with self.lock:
            self.active.add(deadline)
            if deadline.end < self.next:  # sooner than the thread looks: wake it (or start it)
                self.next = deadline.end
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="ango-hub-deadline", daemon=True)
                    self._thread.start()
                else:
                    self._condition.notify()

    def _run(self) -> None:
        with self.lock:
            while True:
                now = time.monotonic()
                self.next = soonest = self._expire_due(now)
                if soonest < math.inf:
                    self._condition.wait(soonest - now)
                elif not self._condition.wait(self.IDLE) and not self.active:
                    self._thread = None
                    return

    def _expire_due(self, now: float) -> float:
        """Expire the attempts whose end has come; return the soonest end of the others.

        A function of its own, so that the thread holds no attempt while it waits (an attempt
        holds its response, body included).
        """
        soonest = math.inf
        for deadline in list(self.active):
            if deadline.end <= now:
                self.active.discard(deadline)
                deadline._expire()
            elif deadline.end < soonest:
                soonest = deadline.end
        return soonest

    def _after_fork(self) -> None:
        self.lock = threading.Lock()
        self._condition = threading.Condition(self.lock)
        self.active = set()
        self.next = math.inf
        self._thread = None


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_WATCHDOG._after_fork)
