"""``hub.assets.upload_many`` sends files straight to storage, skips what the project has, and
keeps one outcome per file; with both clients, against the mock over real HTTP.

The mock serves the presigned ``PUT``s itself (``/mock/uploads/...``); ``StorageWatch``, an
ASGI layer of these tests around it, records every request and fails some ``PUT``s: a 503
the first time a file whose name ends in ``.flaky`` is stored, a 403 for ``.refuse``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _async_bridge import client_for
from _hostile import CANARY, leaks
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ango_hub import Client
from ango_hub.import_reports import AssetImportError
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.files.uploads import token_of_address
from ango_hub.mock.server import serve_in_thread
from ango_hub.mock.state import MockState

API_KEY = "direct-uploads-key"


class StorageWatch:
    """Records the requests reaching the mock; fails the PUTs of ``.flaky`` (once) and ``.refuse``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.lock = threading.Lock()
        #: (path, headers) of every PUT to the storage routes.
        self.puts: list[tuple[str, list[tuple[str, str]]]] = []
        #: (method, path) of every API request.
        self.api: list[tuple[str, str]] = []
        self._stored: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if scope["method"] == "PUT" and path.startswith("/mock/uploads/"):
            headers = [(bytes(k).decode("latin-1"), bytes(v).decode("latin-1")) for k, v in scope["headers"]]
            with self.lock:
                self.puts.append((path, headers))
                first = path not in self._stored
                self._stored.add(path)
            status = 403 if path.endswith(".refuse") else 503 if path.endswith(".flaky") and first else 0
            if status:
                while (await receive()).get("more_body", False):
                    pass
                answer = JSONResponse({"message": f"storage says {status}"}, status_code=status)
                await answer(scope, receive, send)
                return
        else:
            with self.lock:
                self.api.append((scope["method"], path))
        await self.app(scope, receive, send)

    def puts_of(self, suffix: str) -> int:
        return sum(1 for path, _ in self.puts if path.endswith(suffix))


Served = tuple[Client, MockState, StorageWatch, str]


@pytest.fixture(params=["sync", "async"])
def served(request: pytest.FixtureRequest) -> Iterator[Served]:
    app = create_app(api_key=API_KEY, seed="demo")
    watch = StorageWatch(app)
    with (
        serve_in_thread(watch) as base_url,
        client_for(request.param, api_key=API_KEY, base_url=base_url) as client,
    ):
        client._sleep = lambda seconds: None  # retries without the backoff's wait
        project = client.projects.create("Uploads")
        yield client, mock_state(app), watch, project.id


def make_files(folder: Path, count: int, flaky_every: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        suffix = "flaky" if flaky_every and i % flaky_every == 0 else "bin"
        path = folder / f"img-{i:03d}.{suffix}"
        path.write_bytes(f"file {i}\n".encode() * (i + 1))
        paths.append(path)
    return paths


def stored_assets(state: MockState, project_id: str) -> dict[str, bytes]:
    """External ID -> the bytes the mock's storage holds at the asset's URL."""
    stored: dict[str, bytes] = {}
    for asset in state.assets.list(project_id):
        token = token_of_address(asset["data"])
        assert token is not None, asset["data"]
        file = state.files.get(token)
        assert file is not None
        assert file.content is not None
        assert asset["externalId"] not in stored
        stored[asset["externalId"]] = file.content
    return stored


def test_200_files_with_flaky_puts_are_uploaded_exactly_once_then_skipped(
    served: Served, tmp_path: Path
) -> None:
    hub, state, watch, project_id = served
    paths = make_files(tmp_path / "imgs", 200, flaky_every=10)
    progress: list[tuple[int, int]] = []
    report = hub.assets.upload_many(
        project_id, paths, max_concurrency=8, progress=lambda done, total: progress.append((done, total))
    )
    assert report.ok, report.summary()
    assert [row.status for row in report.rows] == ["imported"] * 200
    assert [row.key for row in report.rows] == [str(path) for path in paths]
    # Each flaky file was PUT twice (the 503, then its retry alone); the others once.
    assert watch.puts_of(".flaky") == 2 * 20
    assert watch.puts_of(".bin") == 180
    assert stored_assets(state, project_id) == {path.name: path.read_bytes() for path in paths}
    assert progress[-1] == (200, 200)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    # 20 files a cloud import: 10 imports, each with uploadLocal as the SDK sends it.
    assert sum(1 for method, path in watch.api if path.endswith("/cloud")) == 10

    puts, api = len(watch.puts), len(watch.api)
    again = hub.assets.upload_many(project_id, paths, max_concurrency=8)
    assert len(watch.puts) == puts  # no byte sent again
    assert [row.status for row in again.rows] == ["skipped"] * 200
    assert again.ok
    assert again.rows_to_retry(paths) == []
    assert len(watch.api) - api == again.requests <= 3
    assert again.summary() == "0 imported, 200 skipped of 200 rows in 2 requests"
    assert len(state.assets.list(project_id)) == 200


def test_a_big_project_is_asked_for_the_names_without_a_deprecated_call(
    served: Served, tmp_path: Path
) -> None:
    """With far more assets than files, the skip check asks for the files' external ids
    (``tasks.list_page(filters=...)``) instead of listing every asset; the library's own
    calls raise no DeprecationWarning (pytest turns those of ango_hub into errors)."""
    from ango_hub.mock import TaskSpec

    hub, state, watch, project_id = served
    paths = make_files(tmp_path / "big", 5)
    state.add_tasks(project_id, 2500)
    state.add_tasks(project_id, [TaskSpec(external_id=paths[0].name), TaskSpec(external_id=paths[3].name)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = hub.assets.upload_many(project_id, paths, method="direct")
    assert [w for w in caught if issubclass(w.category, DeprecationWarning)] == []
    assert [row.status for row in report.rows] == ["skipped", "imported", "imported", "skipped", "imported"]
    assert watch.puts_of(".bin") == 3
    # One count, one question about the 5 names: not 3 pages of 1,000 assets.
    assert sum(1 for method, path in watch.api if path.endswith("/assets")) == 1
    assert sum(1 for method, path in watch.api if path.endswith("/tasks")) == 1


def test_a_put_refused_with_4xx_fails_that_file_only(served: Served, tmp_path: Path) -> None:
    hub, state, watch, project_id = served
    paths = make_files(tmp_path, 9)
    refused = tmp_path / "bad.refuse"
    refused.write_bytes(b"refused")
    paths.insert(4, refused)
    report = hub.assets.upload_many(project_id, paths, method="direct", on_error="continue")
    assert [row.key for row in report.failed] == [str(refused)]
    assert "403" in (report.failed[0].error or "") or "storage says 403" in (report.failed[0].error or "")
    assert report.count("imported") == 9
    assert not report.ok
    assert watch.puts_of(".refuse") == 1  # a 4xx is not retried
    assert report.rows_to_retry(paths) == [refused]
    assert set(stored_assets(state, project_id)) == {path.name for path in paths if path != refused}


def test_on_error_raise_stops_and_reports_every_file(served: Served, tmp_path: Path) -> None:
    hub, state, _watch, project_id = served
    paths = make_files(tmp_path, 12)
    refused = tmp_path / "bad.refuse"
    refused.write_bytes(b"refused")
    paths.insert(0, refused)
    with pytest.raises(AssetImportError, match=r"bad\.refuse") as info:
        hub.assets.upload_many(project_id, paths, method="direct", max_concurrency=1, chunk_size=5)
    report = info.value.report
    assert report.rows[0].status == "failed"
    assert {row.status for row in report.rows[1:]} == {"not_sent"}
    assert state.assets.list(project_id) == []


def test_an_interrupted_upload_rerun_neither_loses_nor_duplicates(served: Served, tmp_path: Path) -> None:
    hub, state, _watch, project_id = served
    paths = make_files(tmp_path, 60)

    def crash(done: int, total: int) -> None:
        if done >= 20:
            raise KeyboardInterrupt  # the user's Ctrl-C, halfway

    with pytest.raises(KeyboardInterrupt):
        hub.assets.upload_many(project_id, paths, method="direct", chunk_size=10, progress=crash)
    imported_first = len(state.assets.list(project_id))
    assert 20 <= imported_first < 60
    report = hub.assets.upload_many(project_id, paths, method="direct", chunk_size=10)
    assert report.ok
    assert report.count("skipped") == imported_first
    assert report.count("imported") == 60 - imported_first
    assert stored_assets(state, project_id) == {path.name: path.read_bytes() for path in paths}


def test_batches_and_the_cloud_import_body(served: Served, tmp_path: Path) -> None:
    hub, state, watch, project_id = served
    hub.batches.create(project_id, "Night")
    batch_id = hub.batches.list(project_id)[0].id
    paths = make_files(tmp_path, 3)
    report = hub.assets.upload_many(project_id, paths, batches=[batch_id])  # auto: direct (batches)
    assert report.ok
    assert len(watch.puts) == 3
    assert all(batch_id in asset["batches"] for asset in state.assets.list(project_id))
    with pytest.raises(ValueError, match="batches"):
        hub.assets.upload_many(project_id, paths, batches=[batch_id], method="multipart")


def test_auto_sends_a_few_small_files_in_one_multipart_request(served: Served, tmp_path: Path) -> None:
    hub, state, watch, project_id = served
    paths = make_files(tmp_path, 3)
    report = hub.assets.upload_many(project_id, paths)
    assert report.ok
    assert watch.puts == []
    assert [path for method, path in watch.api if method == "POST"][-1].endswith("/upload")
    assert report.requests == 2  # the skip check (an empty project) and the upload
    assert sorted(asset["externalId"] for asset in state.assets.list(project_id)) == [p.name for p in paths]


def test_a_directory_is_recursed_sorted_without_hidden_files(served: Served, tmp_path: Path) -> None:
    hub, state, watch, project_id = served
    root = tmp_path / "imgs"
    for name in ["b.jpg", "a.jpg", "cats/001.jpg", "dogs/001.jpg", ".DS_Store", ".cache/x.jpg"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(name)
    report = hub.assets.upload_many(project_id, [root])
    assert [row.key for row in report.rows] == [
        str(root / name) for name in ["a.jpg", "b.jpg", "cats/001.jpg", "dogs/001.jpg"]
    ]
    assert report.ok
    assert len(watch.puts) == 4
    assert sorted(stored_assets(state, project_id)) == ["a.jpg", "b.jpg", "cats/001.jpg", "dogs/001.jpg"]
    with pytest.raises(IsADirectoryError, match="imgs"):
        hub.assets.upload(project_id, [root])


def test_bad_input_is_refused_before_any_request(tmp_path: Path) -> None:
    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.jpg").write_text("1")
    (tmp_path / "b" / "same.jpg").write_text("2")
    with pytest.raises(ValueError, match=r"same\.jpg"):
        hub.assets.upload_many("p1", [tmp_path / "a" / "same.jpg", tmp_path / "b" / "same.jpg"])
    with pytest.raises(ValueError, match="method"):
        hub.assets.upload_many("p1", [tmp_path / "a"], method="ftp")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_concurrency"):
        hub.assets.upload_many("p1", [tmp_path / "a"], max_concurrency=0)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="empty"):
        hub.assets.upload_many("p1", [tmp_path / "empty"])


def test_the_api_key_never_reaches_the_storage_host(tmp_path: Path) -> None:
    app = create_app(api_key=CANARY, seed="demo")
    watch = StorageWatch(app)
    paths = make_files(tmp_path, 6, flaky_every=3)
    refused = tmp_path / "x.refuse"
    refused.write_bytes(b"no")
    with serve_in_thread(watch) as base_url, Client(api_key=CANARY, base_url=base_url) as hub:
        hub._sleep = lambda seconds: None
        project_id = hub.projects.create("Canary").id
        report = hub.assets.upload_many(project_id, [*paths, refused], method="direct", on_error="continue")
    assert len(watch.puts) == 6 + 2 + 1
    for _path, headers in watch.puts:
        assert "apikey" not in {name.lower() for name, _ in headers}
        assert not any(leaks(value) for _, value in headers)
    assert report.count("imported") == 6
    assert not leaks(json.dumps([row.error for row in report.rows]) + report.summary())


# -- memory: a storage of the test's own, in another process, that keeps nothing ----------------


@pytest.fixture(scope="module")
def storage_server() -> Iterator[str]:
    script = Path(__file__).resolve().parents[1] / "_storage_server.py"
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:"), base_url
        for _ in range(100):  # until it accepts connections
            try:
                httpx.get(base_url.removesuffix("/v2") + "/stats", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield base_url
    finally:
        process.kill()
        process.wait(timeout=10)


def _received(base_url: str) -> int:
    return int(httpx.get(base_url.removesuffix("/v2") + "/stats").json()["bytes"])


_PEAK_SCRIPT = """
import json, sys, tracemalloc
sys.path.insert(0, sys.argv[1])
from _async_bridge import client_for
flavour, base_url, paths = sys.argv[2], sys.argv[3], sys.argv[4:]
with client_for(flavour, api_key="k", base_url=base_url) as hub:
    hub.assets.upload_many("p1", paths[:1], method="direct")  # warm up (imports, connections)
    tracemalloc.start()
    try:
        report = hub.assets.upload_many("p1", paths[1:], method="direct", skip_existing=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
print(json.dumps({"ok": report.ok, "peak": peak}))
"""


def _peak_upload(flavour: str, base_url: str, tmp_path: Path, count: int, size: int) -> int:
    """The client's peak of traced memory while uploading ``count`` files of ``size`` bytes.

    Measured in a process of its own: tracemalloc counts every thread's allocations, and in
    a long test session other tests' idle servers and threads would be counted too.
    """
    folder = tmp_path / f"{count}x{size}"
    folder.mkdir()
    original = folder / "original.bin"
    original.write_bytes(os.urandom(size))
    paths = []
    for i in range(count):  # hard links: many files, the disk space of one
        path = folder / f"f{i:04d}.bin"
        os.link(original, path)
        paths.append(str(path))
    before = _received(base_url)
    tests_dir = str(Path(__file__).resolve().parents[1])
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, tests_dir, flavour, base_url, *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["ok"]
    assert _received(base_url) - before == count * size  # every byte went, once
    return int(measured["peak"])


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_peak_memory_grows_with_neither_the_number_nor_the_size_of_files(
    flavour: str, storage_server: str, tmp_path: Path
) -> None:
    mb = 1024 * 1024
    few_small = _peak_upload(flavour, storage_server, tmp_path, 21, mb)
    many_small = _peak_upload(flavour, storage_server, tmp_path, 201, mb)
    few_large = _peak_upload(flavour, storage_server, tmp_path, 21, 10 * mb)
    # 10x the files or 10x their size (200 MB in all) adds far less than one file of memory:
    # the files are streamed (64 KiB at a time, max_concurrency at once), never held.
    assert many_small - few_small < 3 * mb // 4, (few_small, many_small)
    assert few_large - few_small < mb // 4, (few_small, few_large)
    assert max(few_small, many_small, few_large) < 2 * mb
