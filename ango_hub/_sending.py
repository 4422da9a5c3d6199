"""When a request is written: how a paginator learns that its requests have gone out.

A ``Client`` listing parses a page in the iterating thread while a fetch thread sends the next
page's request. Both need the GIL: if the iterating thread takes it before that request is
written (the fetch thread lets it go in the connection pool's checks, before writing), the
request waits for the parse, up to the interpreter's switch interval (5 ms). So the fetch
thread sets :data:`SENDING` in its context, the client calls :func:`report_sending` for each
attempt, and the hook runs once httpcore has written the request (its ``trace`` extension):
the iterating thread starts parsing once it is told. (Not earlier: a socket with a timeout
waits for writability, letting the GIL go, before each write.)

A request that waits for the client's rate limit before it goes out reports that instead
(:func:`report_waiting`): the listing need not wait for its write.

A listing also imports what its parse needs (the models of its answers) once its first
requests are written, not before (the paginators' ``prepare``): ``Client`` one page at a time
in the hook itself, ``AsyncClient`` (:func:`report_sending_async`, an async ``trace``, as
httpcore's async interface wants) and the fetch threads of ``max_concurrency`` once every hook
has run.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import httpx

Inner = TypeVar("Inner")

__all__ = ["SENDING", "report_sending", "report_sending_async", "report_waiting"]

#: Called (from the sending thread or task) when a request of this context is written.
SENDING: ContextVar[Callable[[], None] | None] = ContextVar("ango_hub_sending", default=None)

_WRITTEN = ".send_request_body.complete"


def _after_inner(request: httpx.Request, trace: object, inner: Inner | None) -> Inner | None:
    """The inner trace still to call after this event: None once it took itself off the request
    (it is done with this exchange; ``trace`` is put back in its place)."""
    if inner is not None and "trace" not in request.extensions:
        request.extensions["trace"] = trace
        return None
    return inner


def _written(request: httpx.Request, trace: object, inner: object | None, hook: Callable[[], None]) -> None:
    """The request is written: the rest of the exchange is the inner trace's alone; run ``hook``."""
    if request.extensions.get("trace") is trace:
        if inner is None:
            del request.extensions["trace"]
        else:
            request.extensions["trace"] = inner
    hook()


def report_sending(request: httpx.Request) -> None:
    """Have the context's :data:`SENDING` hook called once ``request`` is written (through
    httpcore's ``trace`` extension, around the one already set, if any)."""
    hook = SENDING.get()
    if hook is None:
        return
    inner: Callable[[str, dict[str, Any]], None] | None = request.extensions.get("trace")

    def trace(name: str, info: dict[str, Any]) -> None:
        nonlocal inner
        if inner is not None:
            inner(name, info)
            inner = _after_inner(request, trace, inner)
        if name.endswith(_WRITTEN):
            _written(request, trace, inner, hook)

    request.extensions["trace"] = trace


def report_sending_async(request: httpx.Request) -> None:
    """:func:`report_sending` for ``AsyncClient``: httpcore awaits the ``trace`` of an async
    request, so this one is a coroutine function (around the inner one, also async)."""
    hook = SENDING.get()
    if hook is None:
        return
    inner: Callable[[str, dict[str, Any]], Awaitable[None]] | None = request.extensions.get("trace")

    async def trace(name: str, info: dict[str, Any]) -> None:
        nonlocal inner
        if inner is not None:
            await inner(name, info)
            inner = _after_inner(request, trace, inner)
        if name.endswith(_WRITTEN):
            _written(request, trace, inner, hook)

    request.extensions["trace"] = trace


def report_waiting() -> None:
    """The request of this context waits before it goes out (for the client's rate limit): run
    the context's :data:`SENDING` hook now, as its write would (a listing's iterating thread
    goes on meanwhile; the hook runs again once the request is written: hooks do their work
    once)."""
    hook = SENDING.get()
    if hook is not None:
        hook()
