"""When a request is written: how a ``Paginator``'s fetch thread tells the iterating thread.

A ``Client`` listing parses a page in the iterating thread while a fetch thread sends the next
page's request. Both need the GIL: if the iterating thread takes it before that request is
written (the fetch thread lets it go in the connection pool's checks, before writing), the
request waits for the parse, up to the interpreter's switch interval (5 ms). So the fetch
thread sets :data:`SENDING` in its context, the client calls :func:`report_sending` for each
attempt, and the hook runs once httpcore has written the request (its ``trace`` extension):
the iterating thread starts parsing once it is told. (Not earlier: a socket with a timeout
waits for writability, letting the GIL go, before each write.)
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["SENDING", "report_sending"]

#: Called (from the sending thread) when a request of this context is written.
SENDING: ContextVar[Callable[[], None] | None] = ContextVar("ango_hub_sending", default=None)


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
            if "trace" not in request.extensions:  # the inner trace is done with this exchange
                inner = None
                request.extensions["trace"] = trace
        if name.endswith(".send_request_body.complete"):
            # Written: the rest of the exchange is the inner trace's alone.
            if request.extensions.get("trace") is trace:
                if inner is None:
                    del request.extensions["trace"]
                else:
                    request.extensions["trace"] = inner
            hook()

    request.extensions["trace"] = trace
