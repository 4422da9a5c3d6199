"""A misbehaving HTTP server of the tests' own, and the canary-key evidence of a test module.

``HostileServer`` is a raw socket server on 127.0.0.1, independent of the mock Ango Hub and
its fault injection: each test gives it a handler that answers whatever it likes, byte by
byte if it wants (``Conn.drip``), with lying headers, or drops the connection mid-body. It
records every request that arrived (method, the raw request target as sent on the wire,
headers, body), and it stops itself: at the end of its ``with`` block, and in any case after
``lifetime`` seconds, so that no test can hang on it.

``Evidence`` collects every string a test module produces around a canary API key: every
log record of every logger at DEBUG (a handler on the root logger), and for each exception
a test expects (``evidence.expect``) its ``str``, ``repr``, ``args`` and attributes, along
its ``__cause__``/``__context__`` chain, the requests and responses it carries, and its
traceback formatted with the local variables of every frame. ``canary_fixture`` asserts at
the end of each test that the key is found nowhere.
"""

from __future__ import annotations

import contextlib
import gzip
import logging
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Self

import httpx
import pytest

#: The API key of every client of the hostile modules: it must never show anywhere.
CANARY = "canary-HOSTILE-5e1d0b"
#: Fragments that must not show either (a key cut short, or in another encoding, still leaks).
FRAGMENTS = (CANARY, "HOSTILE-5e1d0b", CANARY.upper(), CANARY.lower(), CANARY.encode().hex())


def leaks(text: str) -> bool:
    """Whether ``text`` holds the canary key (or a recognisable part of it)."""
    return any(fragment in text for fragment in FRAGMENTS)


# -- the server ----------------------------------------------------------------------------------


@dataclass
class RawRequest:
    """One request as it arrived: the request target exactly as the client wrote it."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    def __repr__(self) -> str:
        # Not the headers: they hold the key the client sent (shown in tracebacks with locals).
        return f"<RawRequest {self.method} {self.target[:200]}>"

    @property
    def path(self) -> str:
        """The raw path (the target without its query string), still percent-encoded."""
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        """The value of a header (case-insensitive), or None."""
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), None)


class Conn:
    """The server's side of one connection, handed to the handler."""

    def __init__(self, sock: socket.socket, stopping: threading.Event) -> None:
        self.sock = sock
        self._stopping = stopping
        self.closed = False
        #: Each drip on this connection: [bytes sent so far, bytes to send, 1 once the server stopped it].
        self.drips: list[list[int]] = []

    def send(self, data: bytes) -> bool:
        """Send ``data``; False when the client is gone."""
        try:
            self.sock.sendall(data)
        except OSError:
            self.closed = True
            return False
        return True

    def drip(self, data: bytes, interval: float) -> bool:
        """Send ``data`` one byte every ``interval`` seconds, until done, stopped or refused."""
        progress = [0, len(data), 0]
        self.drips.append(progress)
        for index in range(len(data)):
            if self._stopping.wait(interval):
                progress[2] = 1
                return False
            if not self.send(data[index : index + 1]):
                return False
            progress[0] = index + 1
        return True

    def wait(self, seconds: float) -> None:
        """Sleep, unless the server is stopping."""
        self._stopping.wait(seconds)

    def close(self) -> None:
        """Drop the connection (mid-body, if the handler sent a part only)."""
        self.closed = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()  # idempotent


#: Answers one request: writes to the connection (and may close it).
Handler = Callable[[RawRequest, Conn], None]


class HostileServer:
    """A raw HTTP/1.1 server on 127.0.0.1 that answers every request with ``handler``."""

    def __init__(self, handler: Handler, *, lifetime: float = 20.0) -> None:
        self.handler = handler
        self.lifetime = lifetime
        self.arrivals: list[RawRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._conns: list[Conn] = []
        self._started = 0.0

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``: the origin of this server."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """The API root a client is pointed at."""
        return self.url + "/v2"

    def count(self, method: str | None = None) -> int:
        """How many requests (of ``method``) arrived."""
        with self._lock:
            return sum(1 for request in self.arrivals if method is None or request.method == method)

    def cut_short(self) -> bool:
        """Whether the client walked away from every drip so far: at least one drip started, and
        none of them has finished or been ended by the server (stopping, or its ``lifetime``).

        Checked inside the ``with`` block right after a call has raised, it says the client gave
        up before the server was done: a check of progress, not of a clock (a drip of n bytes
        takes n times its interval: 16 s and more for the answers these tests drip).
        """
        with self._lock:
            drips = [progress for conn in self._conns for progress in conn.drips]
        return bool(drips) and all(sent < size and not stopped for sent, size, stopped in drips)

    def __enter__(self) -> Self:
        self._started = time.monotonic()
        thread = threading.Thread(target=self._accept, name=f"hostile-{self.port}", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=2.0)

    def _expired(self) -> bool:
        return self._stopping.is_set() or time.monotonic() - self._started > self.lifetime

    def _accept(self) -> None:
        while not self._expired():
            try:
                sock, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._sockets.append(sock)
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()
        self._stopping.set()

    def _read(self, sock: socket.socket, buffer: bytearray, size: int | None = None) -> bool:
        """Read until ``buffer`` holds a header block (or ``size`` bytes); False on EOF or stop."""
        while (size is None and b"\r\n\r\n" not in buffer) or (size is not None and len(buffer) < size):
            if self._expired():
                return False
            try:
                chunk = sock.recv(1 << 16)
            except TimeoutError:
                continue
            except OSError:
                return False
            if not chunk:
                return False
            buffer.extend(chunk)
        return True

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(0.05)
        conn = Conn(sock, self._stopping)
        with self._lock:
            self._conns.append(conn)
        buffer = bytearray()
        try:
            while not conn.closed and self._read(sock, buffer):
                head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _version = lines[0].split(" ", 2)
                headers = [
                    (key.strip(), value.strip()) for key, _, value in (x.partition(":") for x in lines[1:])
                ]
                request = RawRequest(method, target, headers, b"")
                length = int(request.header("content-length") or 0)
                buffer = bytearray(rest)
                if length and not self._read(sock, buffer, length):
                    return
                request.body, buffer = bytes(buffer[:length]), bytearray(buffer[length:])
                with self._lock:
                    self.arrivals.append(request)
                self.handler(request, conn)
        except Exception:  # a test's handler failed: drop the connection, the test sees it
            logging.getLogger("hostile").exception("handler failed")
        finally:
            conn.close()


# -- answers ---------------------------------------------------------------------------------------


def response(
    status: int,
    body: bytes = b"",
    *,
    headers: Iterable[tuple[str, str]] = (),
    content_type: str | None = "application/json",
    length: int | None = -1,
) -> bytes:
    """The bytes of an HTTP/1.1 response. ``length=-1``: the true Content-Length; None: none."""
    lines = [f"HTTP/1.1 {status} Hostile"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    if length is not None:
        lines.append(f"Content-Length: {len(body) if length == -1 else length}")
    lines.extend(f"{key}: {value}" for key, value in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def json_response(status: int, payload: object, **options: Any) -> bytes:
    """A JSON response."""
    import json

    return response(status, json.dumps(payload).encode(), **options)


def fail_response(status: int, message: str = "refused", **options: Any) -> bytes:
    """An error in the API's envelope."""
    return json_response(status, {"status": "fail", "message": message}, **options)


def gzipped(data: bytes) -> bytes:
    """``data`` compressed with gzip (to serve a true ``Content-Encoding: gzip``)."""
    return gzip.compress(data)


def always(answer: bytes) -> Handler:
    """A handler that answers every request with the same bytes."""

    def handle(_request: RawRequest, conn: Conn) -> None:
        conn.send(answer)

    return handle


def in_order(*answers: bytes | Handler) -> Handler:
    """A handler that answers the n-th request with the n-th answer (the last one repeats)."""
    served = [0]
    lock = threading.Lock()

    def handle(request: RawRequest, conn: Conn) -> None:
        with lock:
            index = min(served[0], len(answers) - 1)
            served[0] += 1
        answer = answers[index]
        if isinstance(answer, bytes):
            conn.send(answer)
        else:
            answer(request, conn)

    return handle


# -- the canary evidence ---------------------------------------------------------------------------


@dataclass(repr=False)
class Evidence:
    """Every string a test produced around the canary key, with where it came from."""

    items: list[tuple[str, str]] = field(default_factory=list)
    exceptions: list[tuple[str, BaseException]] = field(default_factory=list)

    def __repr__(self) -> str:
        # Short: tracebacks rendered with their locals show it (the items would snowball).
        return f"<Evidence: {len(self.items)} strings, {len(self.exceptions)} exceptions>"

    def add(self, source: str, value: object) -> None:
        """One string (or the repr of anything else)."""
        self.items.append((source, value if isinstance(value, str) else repr(value)))

    def add_object(self, source: str, value: object) -> None:
        """The ``repr`` and ``str`` of an object (a model, a client, a report)."""
        self.add(f"repr({source})", repr(value))
        self.add(f"str({source})", str(value))

    def expect(
        self, error: type[BaseException] | tuple[type[BaseException], ...], call: Callable[[], object]
    ) -> Any:
        """Run ``call``, expect ``error``, keep the exception as evidence and return it."""
        with pytest.raises(error) as info:
            call()
        self.exceptions.append((f"{type(info.value).__name__} #{len(self.exceptions)}", info.value))
        return info.value

    def _add_exception(self, source: str, exc: BaseException) -> None:
        self.add(f"{source} format_exception", "".join(traceback.format_exception(exc)))
        with_locals = traceback.TracebackException.from_exception(exc, capture_locals=True)
        self.add(f"{source} traceback with locals", "".join(with_locals.format()))
        seen: set[int] = set()
        current: BaseException | None = exc
        depth = 0
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            where = f"{source} chain[{depth}] {type(current).__name__}"
            self.add_object(where, current)
            self.add(f"{where}.args", repr(current.args))
            self.add(f"{where} vars", repr(vars(current)))
            response = getattr(current, "response", None)
            if isinstance(response, httpx.Response):
                self.add_object(f"{where}.response", response)
                self.add(f"{where}.response.headers", repr(response.headers))
                self.add(f"{where}.response.request.headers", repr(dict(response.request.headers)))
                with contextlib.suppress(httpx.ResponseNotRead):
                    self.add(f"{where}.response.text", response.text)
            if isinstance(current, httpx.HTTPError):
                with contextlib.suppress(RuntimeError):
                    self.add(f"{where}.request.headers", repr(dict(current.request.headers)))
            current = current.__cause__ or current.__context__
            depth += 1

    def add_records(self, records: list[logging.LogRecord]) -> None:
        """Every log record: formatted, its message, raw ``msg`` and ``args``, its exception."""
        formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
        for index, record in enumerate(records):
            where = f"log[{index}] {record.name}"
            self.add(f"{where} formatted", formatter.format(record))
            self.add(f"{where} msg", str(record.msg))
            self.add(f"{where} args", repr(record.args))
            if record.exc_info and record.exc_info[1] is not None:
                self._add_exception(f"{where} exc_info", record.exc_info[1])

    def leaked(self) -> list[str]:
        """Where the key was found (empty: nowhere)."""
        for source, exc in self.exceptions:
            self._add_exception(source, exc)
        self.exceptions.clear()
        return [f"{source}: {text[:300]!r}" for source, text in self.items if leaks(text)]


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


#: Loggers set to DEBUG explicitly (besides the root logger), in case one was configured higher.
DEBUG_LOGGERS = ("ango_hub", "httpx", "httpcore", "hpack", "asyncio")


@contextlib.contextmanager
def collecting_logs() -> Iterator[_Collector]:
    """Every logger at DEBUG, every record kept by a handler on the root logger."""
    root = logging.getLogger()
    collector = _Collector()
    saved = [(name, logging.getLogger(name).level) for name in ("", *DEBUG_LOGGERS)]
    root.addHandler(collector)
    for name, _level in saved:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield collector
    finally:
        root.removeHandler(collector)
        for name, level in saved:
            logging.getLogger(name).setLevel(level)


@contextlib.contextmanager
def canary_run() -> Iterator[Evidence]:
    """Collect the evidence of one test; at the end, the canary key must be nowhere in it."""
    evidence = Evidence()
    with collecting_logs() as logs:
        yield evidence
    evidence.add_records(logs.records)
    leaked = evidence.leaked()
    assert not leaked, "the canary key was found:\n" + "\n".join(leaked[:10])


__all__ = [
    "CANARY",
    "Conn",
    "Evidence",
    "HostileServer",
    "RawRequest",
    "always",
    "canary_run",
    "fail_response",
    "gzipped",
    "in_order",
    "json_response",
    "leaks",
    "response",
]
