"""A download server that drops connections, for the resumed-download row (stdlib only).

Run as a script in a process of its own (``flaky_server()`` starts it and yields its base
URL). It serves:

* ``GET /v2/export?...``: ``{"status": "success", "data": {"exportPath": "<base>/files/export.zip"}}``;
* ``GET /files/export.zip``: a zip archive of ``--megabytes`` MB (one stored member of random
  bytes after a small ``export.json``) with a strong ``ETag`` and ``Accept-Ranges: bytes``,
  honouring ``Range: bytes=N-`` guarded by ``If-Range``, sent at ``--rate`` MB/s. The first
  transfer that reaches each of the ``--drops`` fractions of the file (``0.6,0.9``: 60 % and
  90 %) is cut there: the connection closes after exactly those bytes;
* ``GET /_bench/reset``: arms the drops again and zeroes the counters (before each sample);
* ``GET /_bench/stats``: ``{"bytes": <body bytes sent>, "downloads": <archive requests>}``
  (``bench.servers.reset_stats`` and ``server_stats`` call these two).

Only 127.0.0.1 is bound.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

__all__ = ["flaky_server"]

_CHUNK = 1 << 16
ETAG = '"bench-archive-1"'


def build_archive(megabytes: int) -> bytes:
    """A valid zip: a small ``export.json``, then a stored member of random bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as bundle:
        bundle.writestr("export.json", b"[]")
        bundle.writestr("attachments.bin", random.Random(7).randbytes(megabytes * 1_000_000))
    return buffer.getvalue()


class _State:
    def __init__(self, archive: bytes, drops: list[float], rate: float) -> None:
        self.archive = archive
        self.fractions = drops
        self.rate = rate * 1_000_000
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.pending = [int(len(self.archive) * fraction) for fraction in self.fractions]
            self.sent = 0
            self.downloads = 0

    def cut_for(self, first: int) -> int:
        """Where the transfer starting at ``first`` stops (the end, or the next armed drop)."""
        with self.lock:
            self.downloads += 1
            if self.pending and first < self.pending[0]:
                return self.pending.pop(0)
            return len(self.archive)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _json(self, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        state = self.server.state
        path = self.path.split("?", 1)[0]
        if path == "/v2/export":
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            self._json({"status": "success", "data": {"exportPath": f"{base}/files/export.zip"}})
        elif path == "/_bench/reset":
            state.reset()
            self._json({"ok": True})
        elif path == "/_bench/stats":
            self._json({"bytes": state.sent, "downloads": state.downloads})
        elif path == "/files/export.zip":
            self._archive(state)
        else:
            self.send_error(404)

    def _archive(self, state: _State) -> None:
        archive = state.archive
        size = len(archive)
        asked, guard = self.headers.get("Range"), self.headers.get("If-Range")
        first = 0
        if asked and asked.startswith("bytes=") and asked.endswith("-") and guard in (None, ETAG):
            first = min(int(asked[6:-1]), size)
        stop = state.cut_for(first)
        self.send_response(206 if first else 200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(size - first))
        self.send_header("ETag", ETAG)
        self.send_header("Accept-Ranges", "bytes")
        if first:
            self.send_header("Content-Range", f"bytes {first}-{size - 1}/{size}")
        self.end_headers()
        started = time.perf_counter()
        sent = 0
        for offset in range(first, stop, _CHUNK):
            chunk = archive[offset : min(offset + _CHUNK, stop)]
            try:
                self.wfile.write(chunk)
            except OSError:
                break
            sent += len(chunk)
            with state.lock:
                state.sent += len(chunk)
            ahead = started + sent / state.rate - time.perf_counter()
            if ahead > 0:
                time.sleep(ahead)
        if stop < size:
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, state: _State) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


@contextmanager
def flaky_server(*, megabytes: int, drops: str, rate: float) -> Iterator[str]:
    """Start the server in a process of its own; yield its base URL (``.../v2``)."""
    from .servers import serve_script  # the parent's side: this file also runs as a script

    command = [sys.executable, "-P", str(Path(__file__).resolve())]
    command += ["--megabytes", str(megabytes), "--drops", drops, "--rate", str(rate)]
    with serve_script(command, "the download server") as base_url:
        yield base_url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=40)
    parser.add_argument("--drops", default="0.6,0.9", help="fractions of the file where a transfer is cut")
    parser.add_argument("--rate", type=float, default=25.0, help="MB/s of each transfer")
    args = parser.parse_args()
    drops = [float(value) for value in args.drops.split(",") if value]
    server = _Server(_State(build_archive(args.megabytes), drops, args.rate))
    print(f"http://127.0.0.1:{server.server_address[1]}/v2", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
