"""Canned Ango Hub answers on 127.0.0.1: the server every side-by-side benchmark talks to.

It runs in a process of its own (so that it never shares the client's GIL), on asyncio, and
answers from memory, so that the client's work dominates what is measured:

* ``GET /v2/project/{id}``: a fixed Get Project body (a project of the mock's demo seed);
* ``GET /v2/project/{id}/tasks?page=&limit=``: ``{"status": "success", "data": {"tasks": [...],
  "total": N}}``, the tasks built from the mock's annotated demo tasks (boxes, polygons, NER
  spans, nested classifications), each with an ID of its own; pages are built at start-up;
* ``GET /v2/export?...``: ``{"status": "success", "data": {"exportPath": "file:///...zip"}}``
  (the official SDK's export call, pointed at the cached export archive);
* uploads, as the official SDK sends them: ``GET /v2/getUploadUrl?name=...`` answers a
  presigned URL on this server, ``/_bench/storage/<name>?signature=...``, which takes a ``PUT``
  of the file (read and counted, not kept); ``GET /v2/project/{id}/assets`` is an empty page
  (the skip check of ``upload_many``) and ``POST /v2/project/{id}/cloud`` counts the assets
  it imports;
* ``GET /_bench/stats`` and ``GET /_bench/reset``: the counts of requests, of 429 answers, of
  the files stored (``stored``, ``stored_bytes``) and of the assets imported (``imported``).

``--latency S`` delays every ``/v2`` answer (and every storage ``PUT``) by S seconds, counted
from when the request's head was read and kept to within a fraction of a millisecond (see
:meth:`CannedHub.wait`);
``--rate-limit N`` answers 429 with ``Retry-After: 1`` to the requests beyond N in the same
second (a fixed one-second window).

Stdlib only: ``python bench/servers.py --templates FILE ...`` prints its base URL
(``http://127.0.0.1:PORT/v2``) on the first line once it is ready. :func:`canned_server` starts
one for the duration of a ``with`` block.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

__all__ = ["build_task", "canned_server", "page_body", "reset_stats", "server_stats"]

Json = dict[str, Any]

_REASONS = {200: "OK", 404: "Not Found", 429: "Too Many Requests"}
#: How long before an answer's deadline the event loop wakes up to meet it (see ``CannedHub.wait``).
_EARLY = 0.0015


def build_task(templates: list[Json], index: int, project_id: str) -> Json:
    """Task ``index`` (from 0): a copy of a template with IDs and external ID of its own."""
    template = templates[index % len(templates)]
    external_id = f"{index:06d}-{template.get('externalId') or 'asset'}"
    task = dict(template)
    task["_id"] = f"be0c{index:020x}"
    task["project"] = project_id
    task["externalId"] = external_id
    asset = template.get("asset")
    if isinstance(asset, dict):
        task["asset"] = {**asset, "_id": f"a55e{index:020x}", "externalId": external_id}
    return task


def page_body(templates: list[Json], project_id: str, *, page: int, limit: int, total: int) -> bytes:
    """The body of one page of a task listing, as the API (and the mock) encode it."""
    start = (page - 1) * limit
    tasks = [build_task(templates, index, project_id) for index in range(start, min(start + limit, total))]
    body = {"status": "success", "data": {"tasks": tasks, "total": total}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


class CannedHub:
    """The answers, the fault settings and the counters of one server."""

    def __init__(
        self,
        fixtures: Json,
        *,
        tasks: int,
        latency: float,
        rate_limit: int,
        export_zip: Path | None,
        warm_limit: int,
    ) -> None:
        self.project_body = json.dumps(fixtures["project"], separators=(",", ":")).encode()
        self.project_id = str(fixtures["project"]["data"]["project"]["_id"])
        self.templates: list[Json] = fixtures["tasks"]
        self.tasks = tasks
        self.latency = latency
        self.rate_limit = rate_limit
        link = export_zip.resolve().as_uri() if export_zip else ""
        self.export_body = json.dumps({"status": "success", "data": {"exportPath": link}}).encode()
        self.pages: dict[tuple[int, int], bytes] = {}
        if tasks and warm_limit:
            for page in range(1, math.ceil(tasks / warm_limit) + 1):
                self.page(page, warm_limit)
        self.requests = 0
        self.rejected = 0
        self.stored = 0
        self.stored_bytes = 0
        self.imported = 0
        self.window = -1
        self.in_window = 0

    async def wait(self, arrived: float) -> None:
        """Wait until ``latency`` seconds after ``arrived`` (``time.monotonic()`` when the request's
        head was read), to within a few microseconds.

        ``asyncio.sleep(latency)`` alone wakes late: the event loop waits in ``epoll_wait``, whose
        timeout is rounded up to a whole millisecond, and the process needs time to wake. So
        the loop sleeps until ``_EARLY`` before the deadline, then gives itself turns
        (``asyncio.sleep(0)``: other connections are served meanwhile) until the deadline: at
        most ``_EARLY`` of CPU a request, never a core. Every client meets the same server, so
        the waits are the same for each contender.
        """
        if self.latency <= 0:
            return
        deadline = arrived + self.latency
        loop = asyncio.get_running_loop()
        early = deadline - _EARLY - loop.time()
        if early > 0:
            await asyncio.sleep(early)
        while loop.time() < deadline:
            await asyncio.sleep(0)

    def page(self, page: int, limit: int) -> bytes:
        key = (page, limit)
        if key not in self.pages:
            self.pages[key] = page_body(
                self.templates, self.project_id, page=page, limit=limit, total=self.tasks
            )
        return self.pages[key]

    def stats(self) -> bytes:
        counts = {
            "requests": self.requests,
            "rate_limited": self.rejected,
            "stored": self.stored,
            "stored_bytes": self.stored_bytes,
            "imported": self.imported,
        }
        return json.dumps(counts).encode()

    async def answer(
        self,
        target: str,
        method: str = "GET",
        host: str = "",
        body: bytes = b"",
        arrived: float | None = None,
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """Status, extra headers and body of the answer to a request whose head was read at
        ``arrived`` (``time.monotonic()``; now when not given)."""
        if arrived is None:
            arrived = time.monotonic()
        path, _, query = target.partition("?")
        if path == "/_bench/stats":
            return 200, [], self.stats()
        if path == "/_bench/reset":
            self.requests = self.rejected = self.in_window = 0
            self.stored = self.stored_bytes = self.imported = 0
            return 200, [], self.stats()
        if path.startswith("/_bench/storage/") and method == "PUT":
            await self.wait(arrived)
            self.stored += 1
            self.stored_bytes += len(body)
            return 200, [], b""
        if not path.startswith("/v2/"):
            return 404, [], b'{"status":"fail","message":"not found"}'
        self.requests += 1
        if self.rate_limit:
            window = int(time.monotonic())
            if window != self.window:
                self.window, self.in_window = window, 0
            if self.in_window >= self.rate_limit:
                self.rejected += 1
                message = b'{"status":"fail","message":"Too many requests, please try again later."}'
                return 429, [("Retry-After", "1")], message
            self.in_window += 1
        await self.wait(arrived)
        parts = path.strip("/").split("/")
        if parts == ["v2", "export"]:
            return 200, [], self.export_body
        if parts == ["v2", "getUploadUrl"]:
            name = parse_qs(query).get("name", ["file"])[0]
            url = f"http://{host}/_bench/storage/{name}?expires=1&signature=bench"
            return 200, [], json.dumps({"status": "success", "data": {"uploadUrl": url}}).encode()
        if len(parts) == 4 and parts[:2] == ["v2", "project"] and parts[3] == "assets":
            return 200, [], b'{"status":"success","data":{"assets":[],"total":0}}'
        if len(parts) == 4 and parts[:2] == ["v2", "project"] and parts[3] == "cloud" and method == "POST":
            self.imported += len(json.loads(body)["assets"])
            return 200, [], b'{"status":"success","data":{"assets":"Successfully created."}}'

        if len(parts) == 3 and parts[:2] == ["v2", "project"]:
            return 200, [], self.project_body
        if len(parts) == 4 and parts[:2] == ["v2", "project"] and parts[3] == "tasks":
            params = parse_qs(query)
            page = int(params.get("page", ["1"])[0])
            limit = int(params.get("limit", ["10"])[0])
            return 200, [], self.page(max(page, 1), max(limit, 1))
        return 404, [], b'{"status":"fail","message":"not found"}'

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve one keep-alive connection: requests (with a ``Content-Length`` body), one after the other."""
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                arrived = time.monotonic()
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, target, _version = request_line.split(" ", 2)
                headers = {}
                for line in header_lines:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0") or 0)
                received = await reader.readexactly(length) if length else b""
                status, extra, body = await self.answer(
                    target, method, headers.get("host", ""), received, arrived
                )
                lines = [
                    f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}",
                    "Content-Type: application/json; charset=utf-8",
                    f"Content-Length: {len(body)}",
                    *(f"{name}: {value}" for name, value in extra),
                ]
                writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except ConnectionError:
            return
        finally:
            writer.close()


async def _serve(hub: CannedHub) -> None:
    server = await asyncio.start_server(hub.handle, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}/v2", flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    """Serve until killed (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=Path, required=True, help="fixtures JSON (bench/fixtures.py)")
    parser.add_argument("--tasks", type=int, default=0, help="tasks in the listed project")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each /v2 answer")
    parser.add_argument("--rate-limit", type=int, default=0, help="requests per second, then 429")
    parser.add_argument("--export-zip", type=Path, default=None, help="the archive the export links to")
    parser.add_argument("--warm-limit", type=int, default=100, help="page size whose pages are built first")
    args = parser.parse_args(argv)
    fixtures = json.loads(args.templates.read_text(encoding="utf-8"))
    hub = CannedHub(
        fixtures,
        tasks=args.tasks,
        latency=args.latency,
        rate_limit=args.rate_limit,
        export_zip=args.export_zip,
        warm_limit=args.warm_limit,
    )
    with suppress(KeyboardInterrupt):
        asyncio.run(_serve(hub))


@contextmanager
def canned_server(
    templates: Path,
    *,
    tasks: int = 0,
    latency: float = 0.0,
    rate_limit: int = 0,
    export_zip: Path | None = None,
) -> Iterator[str]:
    """Start a canned server in a process of its own; yield its base URL (``.../v2``)."""
    command = [sys.executable, "-P", str(Path(__file__).resolve()), "--templates", str(templates)]
    command += ["--tasks", str(tasks), "--latency", str(latency), "--rate-limit", str(rate_limit)]
    if export_zip is not None:
        command += ["--export-zip", str(export_zip)]
    with serve_script(command, "the canned server") as base_url:
        yield base_url


@contextmanager
def serve_script(command: list[str], what: str) -> Iterator[str]:
    """Run a server script that prints its base URL on its first line; yield that URL, and
    stop the process after the block (``RuntimeError`` with its stderr if it did not start)."""
    with tempfile.TemporaryFile(mode="w+") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().strip()
            if not base_url.startswith("http://"):
                process.wait(timeout=10)
                errors.seek(0)
                raise RuntimeError(f"{what} did not start: {errors.read().strip()[-2000:]}")
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _get(url: str) -> Json:
    with urllib.request.urlopen(url, timeout=10) as answer:
        body: Json = json.loads(answer.read())
    return body


def server_stats(base_url: str) -> Json:
    """The server's counters (``/_bench/stats``): the canned server's ``requests`` (to /v2)
    and ``rate_limited`` (429 answers); the flaky download server's ``bytes`` (of archive
    body sent) and ``downloads`` (archive requests)."""
    return _get(base_url.removesuffix("/v2") + "/_bench/stats")


def reset_stats(base_url: str) -> None:
    """Zero the counters (and the canned server's rate-limit window; the flaky download
    server arms its drops again)."""
    _get(base_url.removesuffix("/v2") + "/_bench/reset")


if __name__ == "__main__":
    main()
