"""Resumable export downloads, against a small HTTP server of the test's own (real sockets).

The server serves one archive with a script of what to do to each request in turn: cut the
connection at some byte, stall there, answer a range that starts elsewhere, change the file.
It honours ``Range`` (one ``bytes=N-``) guarded by ``If-Range`` unless told not to, and counts
the bytes of body it sent. Both clients run each scenario (``AsyncClient`` through
``tests/_async_bridge.py``); the backoff between attempts is recorded, not waited.
"""

from __future__ import annotations

import io
import itertools
import random
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from _async_bridge import client_for

from ango_hub import APIConnectionError, Client

MB = 1 << 20


def archive(size: int, seed: int) -> bytes:
    """A zip archive of about ``size`` bytes (one stored member of random bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as bundle:
        bundle.writestr("export.json", b"[]")
        bundle.writestr("attachment.bin", random.Random(seed).randbytes(size))
    return buffer.getvalue()


BIG = archive(40 * MB, 1)
SMALL = archive(2 * MB, 2)
OTHER = archive(2 * MB, 3)


@dataclass
class Action:
    """What the server does to one request: cut or stall at ``at`` bytes of the file, ..."""

    kind: str  # "serve", "drop", "stall", "bad-start", "change"
    at: int = 0
    seconds: float = 0.0
    body: bytes = b""
    etag: str | None = None


@dataclass
class Served:
    headers: dict[str, str]
    status: int


@dataclass
class RangeServer:
    body: bytes
    etag: str | None = '"v1"'
    last_modified: str | None = None
    ranges: bool = True
    script: list[Action] = field(default_factory=list)
    served: list[Served] = field(default_factory=list)
    sent: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_action(self, headers: dict[str, str]) -> Action:
        with self.lock:
            action = self.script.pop(0) if self.script else Action("serve")
            if action.kind == "change":
                self.body, self.etag = action.body, action.etag
            self.served.append(Served(headers, 0))
            return action

    def count(self, size: int) -> None:
        with self.lock:
            self.sent += size


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        state = self.server.state
        action = state.next_action({key.lower(): value for key, value in self.headers.items()})
        body, etag, modified = state.body, state.etag, state.last_modified
        size = len(body)
        asked = self.headers.get("Range")
        guard = self.headers.get("If-Range")
        first, status = 0, 200
        if state.ranges and asked and (guard is None or guard in (etag, modified)):
            first, status = int(asked.removeprefix("bytes=").removesuffix("-")), 206
        state.served[-1].status = status
        self.send_response(status)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(size - first))
        if etag is not None:
            self.send_header("ETag", etag)
        if modified is not None:
            self.send_header("Last-Modified", modified)
        if state.ranges:
            self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            shown = first + 1000 if action.kind == "bad-start" else first
            self.send_header("Content-Range", f"bytes {shown}-{size - 1}/{size}")
        self.end_headers()
        stop = action.at if action.kind in ("drop", "stall") else size
        for start in range(first, max(stop, first), 1 << 16):
            chunk = body[start : min(start + (1 << 16), stop)]
            try:
                self.wfile.write(chunk)
            except OSError:
                self.close_connection = True
                return
            state.count(len(chunk))
        if action.kind == "stall":
            time.sleep(action.seconds)
        if action.kind in ("drop", "stall"):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, state: RangeServer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[_Server] = []

    def start(state: RangeServer) -> str:
        server = _Server(state)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/files/export.zip"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def hub(flavour: str, **options: Any) -> Client:
    options.setdefault("max_retries", 2)
    options.setdefault("timeout", 10.0)
    client = client_for(flavour, api_key="resume-key", base_url="http://127.0.0.1:9/v2", **options)
    client._sleep = lambda _delay: None
    return client


def download(flavour: str, url: str, target: Path, **options: Any) -> list[tuple[int, int | None]]:
    seen: list[tuple[int, int | None]] = []
    with hub(flavour, **options) as client:
        client.exports.download(url, target, progress=lambda done, total: seen.append((done, total)))
    return seen


def falls(progress: list[tuple[int, int | None]]) -> int:
    return sum(1 for before, after in itertools.pairwise(progress) if after[0] < before[0])


def test_a_download_dropped_at_60_and_90_percent_resumes(flavour: str, serve: Any, tmp_path: Path) -> None:
    size = len(BIG)
    state = RangeServer(BIG, script=[Action("drop", at=size * 6 // 10), Action("drop", at=size * 9 // 10)])
    target = tmp_path / "out" / "export.zip"
    progress = download(flavour, serve(state), target)
    assert target.read_bytes() == BIG
    assert list(target.parent.iterdir()) == [target]  # no temporary file left
    assert state.sent <= 1.15 * size
    assert [served.headers.get("range") for served in state.served] == [
        None,
        f"bytes={size * 6 // 10}-",
        f"bytes={size * 9 // 10}-",
    ]
    assert [served.headers.get("if-range") for served in state.served] == [None, '"v1"', '"v1"']
    assert {served.headers["accept-encoding"] for served in state.served} == {"identity"}
    assert [served.status for served in state.served] == [200, 206, 206]
    assert falls(progress) == 0  # monotonic across the resumes
    assert progress[-1] == (size, size)
    assert {total for _done, total in progress} == {size}


def test_a_server_without_ranges_restarts_from_zero(flavour: str, serve: Any, tmp_path: Path) -> None:
    size = len(SMALL)
    state = RangeServer(SMALL, ranges=False, script=[Action("drop", at=size * 6 // 10)])
    target = tmp_path / "export.zip"
    progress = download(flavour, serve(state), target)
    assert target.read_bytes() == SMALL
    assert [served.status for served in state.served] == [200, 200]
    assert state.sent == size * 6 // 10 + size
    assert falls(progress) == 1  # back to 0 once, on the restart
    assert progress[-1] == (size, size)


def test_an_if_range_mismatch_restarts_with_the_new_file(flavour: str, serve: Any, tmp_path: Path) -> None:
    size = len(SMALL)
    state = RangeServer(
        SMALL, script=[Action("drop", at=size // 2), Action("change", body=OTHER, etag='"v2"')]
    )
    target = tmp_path / "export.zip"
    progress = download(flavour, serve(state), target)
    assert target.read_bytes() == OTHER
    assert state.served[1].headers["if-range"] == '"v1"'
    assert [served.status for served in state.served] == [200, 200]
    assert falls(progress) == 1


def test_a_partial_answer_that_starts_elsewhere_is_not_spliced(
    flavour: str, serve: Any, tmp_path: Path
) -> None:
    size = len(SMALL)
    state = RangeServer(SMALL, script=[Action("drop", at=size // 2), Action("bad-start")])
    target = tmp_path / "export.zip"
    download(flavour, serve(state), target)
    assert target.read_bytes() == SMALL
    assert [served.status for served in state.served] == [200, 206, 200]
    # After a range it could not use, the client asks for the whole file, without ranges.
    assert "range" not in state.served[2].headers


def test_a_stalled_read_resumes(flavour: str, serve: Any, tmp_path: Path) -> None:
    size = len(SMALL)
    state = RangeServer(SMALL, script=[Action("stall", at=size // 2, seconds=5.0)])
    target = tmp_path / "export.zip"
    progress = download(flavour, serve(state), target, timeout=httpx.Timeout(0.5, connect=5.0))
    assert target.read_bytes() == SMALL
    assert [served.headers.get("range") for served in state.served] == [None, f"bytes={size // 2}-"]
    assert falls(progress) == 0


def test_last_modified_guards_a_resume_without_a_strong_etag(
    flavour: str, serve: Any, tmp_path: Path
) -> None:
    size = len(SMALL)
    modified = "Tue, 01 Apr 2025 10:00:00 GMT"
    state = RangeServer(SMALL, etag='W/"weak"', last_modified=modified, script=[Action("drop", at=size // 3)])
    target = tmp_path / "export.zip"
    download(flavour, serve(state), target)
    assert target.read_bytes() == SMALL
    assert state.served[1].headers["if-range"] == modified
    assert [served.status for served in state.served] == [200, 206]


def test_without_a_validator_the_download_restarts(flavour: str, serve: Any, tmp_path: Path) -> None:
    size = len(SMALL)
    state = RangeServer(SMALL, etag=None, script=[Action("drop", at=size // 2)])
    target = tmp_path / "export.zip"
    progress = download(flavour, serve(state), target)
    assert target.read_bytes() == SMALL
    assert "range" not in state.served[1].headers
    assert falls(progress) == 1


def test_attempts_without_progress_use_the_retry_budget(flavour: str, serve: Any, tmp_path: Path) -> None:
    """One resume that advanced is free; then two drops at the same byte use max_retries=2."""
    size = len(SMALL)
    half = size // 2
    state = RangeServer(SMALL, script=[Action("drop", at=half)] * 10)
    target = tmp_path / "out" / "export.zip"
    with pytest.raises(APIConnectionError, match="Downloading the export failed"):
        download(flavour, serve(state), target)
    assert len(state.served) == 4
    assert list(target.parent.iterdir()) == []


def test_max_retries_0_does_not_resume(flavour: str, serve: Any, tmp_path: Path) -> None:
    size = len(SMALL)
    state = RangeServer(SMALL, script=[Action("drop", at=size // 2)])
    target = tmp_path / "out" / "export.zip"
    with pytest.raises(APIConnectionError):
        download(flavour, serve(state), target, max_retries=0)
    assert len(state.served) == 1
    assert list(target.parent.iterdir()) == []
