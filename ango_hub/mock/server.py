"""Running apps with uvicorn in a background thread (tests, demos, notebooks).

:func:`serve_in_thread` gives an app a uvicorn server (and a thread) of its own;
:class:`MockHost` serves many apps from one, each on a port of its own, and starts and stops
each of them in about a millisecond (the ``ango_mock_factory`` fixture's mocks).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from .app import API_PREFIX

__all__ = ["MockHost", "bind_socket", "serve_in_thread"]

_START_TIMEOUT = 10.0
_T = TypeVar("_T")


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """Bind a listening TCP socket (port 0: a free port, read it with ``getsockname()``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted sockets only then, and
    # without it every response waits for the client's delayed ACK (about 40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
        sock.set_inheritable(True)
    except BaseException:
        sock.close()
        raise
    return sock


def base_url(host: str, port: int) -> str:
    """Return the API's base URL on a host and port: ``http://<host>:<port>/v2``."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{API_PREFIX}"


def _start(server: uvicorn.Server, thread: threading.Thread, what: str) -> None:
    """Start ``thread`` (running ``server``) and return once the server accepts connections."""
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"{what} stopped while starting")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not start within {_START_TIMEOUT} s")
        time.sleep(0.001)


@contextmanager
def serve_in_thread(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a daemon thread; yield the base URL (``.../v2``).

    Returns once the server accepts connections; stops it (and waits for the thread) when
    the ``with`` block ends. ``port=0`` picks a free port.
    """
    sock = bind_socket(host, port)
    actual_port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="ango-hub-mock", daemon=True
    )
    try:
        _start(server, thread, "The mock server")
        yield base_url(host, actual_port)
    finally:
        server.should_exit = True
        thread.join(timeout=_START_TIMEOUT)
        sock.close()


class MockHost:
    """One uvicorn event loop in one background thread, serving many apps, each on a port of its own.

    A uvicorn server of its own (:func:`serve_in_thread`) costs an app a thread, an event loop
    and about 0.2 s to stop (uvicorn looks for the order to exit every 0.1 s, then gives open
    connections another 0.1 s). A host pays for its loop once; :meth:`serve` then opens a
    listening socket for an app in about a millisecond and closes it as fast. Each app keeps
    what a server of its own gives it: a port of its own (refusing connections once the app
    has stopped), its own connections (closed when it stops), and uvicorn's HTTP protocol (so
    that :mod:`ango_hub.mock.faults` can drop a connection). The apps share the loop: a
    handler that blocks holds up the other apps of the host, as it held up its own server.

    Used as a context manager (or :meth:`start` and :meth:`close`)::

        with MockHost() as host, host.serve(create_app(seed="demo")) as base_url:
            ...  # base_url: "http://127.0.0.1:<port>/v2"
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._apps: dict[int, ASGIApp] = {}
        self._config = uvicorn.Config(self._dispatch, interface="asgi3", log_level="warning", lifespan="off")
        self._server = _HostServer(self._config)
        self._listeners: dict[int, asyncio.Server] = {}
        self._thread: threading.Thread | None = None
        self._closed = False
        self._lock = threading.Lock()

    def __enter__(self) -> MockHost:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the loop's thread (once; a host that was closed cannot start again)."""
        with self._lock:
            if self._closed:
                raise RuntimeError("The mock host is closed")
            if self._thread is not None:
                return
            thread = threading.Thread(
                target=self._server.run, kwargs={"sockets": []}, name="ango-hub-mock-host", daemon=True
            )
            self._thread = thread
            _start(self._server, thread, "The mock host")

    def close(self) -> None:
        """Stop the loop (and every app still served: their connections are closed)."""
        with self._lock:
            thread, self._closed = self._thread, True
        if thread is None or not thread.is_alive():
            return
        for port, listener in list(self._listeners.items()):
            self._call(self._stop(listener, port), closing=True)
        self._server.should_exit = True
        thread.join(timeout=_START_TIMEOUT)

    @contextmanager
    def serve(self, app: ASGIApp, port: int = 0) -> Iterator[str]:
        """Serve ``app`` on a port of its own; yield the base URL (``http://<host>:<port>/v2``).

        Stops when the ``with`` block ends: the port is closed (connections to it are
        refused), the app's open connections are closed once their answer is sent, and it
        returns when they are gone. ``port=0`` picks a free port.
        """
        self.start()
        sock = bind_socket(self.host, port)
        actual_port = sock.getsockname()[1]
        self._apps[actual_port] = app
        try:
            self._listeners[actual_port] = self._call(self._listen(sock))
        except BaseException:
            self._apps.pop(actual_port, None)
            sock.close()
            raise
        try:
            yield base_url(self.host, actual_port)
        finally:
            listener = self._listeners.get(actual_port)
            if listener is not None and not self._closed:
                self._call(self._stop(listener, actual_port))

    # -- in the loop's thread -------------------------------------------------------------

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI app of the server: the app served on the port the request came in on."""
        server = scope.get("server")
        app = self._apps.get(server[1]) if server else None
        if app is not None:
            await app(scope, receive, send)
        elif scope["type"] == "http":  # an app that stopped while its connection was open
            headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]
            await send({"type": "http.response.start", "status": 503, "headers": headers})
            await send({"type": "http.response.body", "body": b"This mock has stopped"})

    async def _listen(self, sock: socket.socket) -> asyncio.Server:
        server = self._server
        config = self._config

        def protocol() -> asyncio.Protocol:
            return config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=server.server_state, app_state=server.lifespan.state
            )

        return await asyncio.get_running_loop().create_server(protocol, sock=sock, backlog=128)

    async def _stop(self, listener: asyncio.Server, port: int) -> None:
        if self._listeners.get(port) is not listener:
            return  # already stopped
        listener.close()  # no new connections; the listening socket is closed
        del self._listeners[port]
        await asyncio.sleep(0)  # connections accepted just before are made (and listed) now
        connections = [
            connection
            for connection in list(self._server.server_state.connections)
            if (getattr(connection, "server", None) or (None, None))[1] == port
        ]
        for connection in connections:
            connection.shutdown()  # closes it now when idle, after its answer otherwise
        open_connections = self._server.server_state.connections
        deadline = time.monotonic() + _START_TIMEOUT
        while any(connection in open_connections for connection in connections):
            if time.monotonic() > deadline:
                for connection in connections:
                    transport = getattr(connection, "transport", None)
                    if transport is not None:
                        transport.close()
                break
            await asyncio.sleep(0.001)
        self._apps.pop(port, None)

    def _call(self, coroutine: Coroutine[Any, Any, _T], *, closing: bool = False) -> _T:
        loop = self._server.loop
        if loop is None or self._server.should_exit or (self._closed and not closing):
            coroutine.close()
            raise RuntimeError("The mock host is closed")
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result(timeout=_START_TIMEOUT * 2)


class _HostServer(uvicorn.Server):
    """A uvicorn server that remembers its event loop (for :class:`MockHost`)."""

    loop: asyncio.AbstractEventLoop | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self.loop = asyncio.get_running_loop()
        await super().startup(sockets=sockets)
