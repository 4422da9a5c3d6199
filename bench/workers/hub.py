"""ango-hub and bare httpx, measured in a fresh process (run by bench/runner.py in ``.venv``).

Usage: ``python bench/workers/hub.py '{"task": "...", ...}'``; prints one JSON line. With
``"profile": true`` the workload runs once under cProfile and the result holds the top 10.
Only the public API of ango-hub is used, so that the figures survive changes of its internals.
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import itertools
import json
import os
import pstats
import re
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from ango_hub import AngoHubError, AsyncClient, Client

Json = dict[str, Any]
API_KEY = "bench-key"


def peak_rss_mb() -> float:
    """The peak RSS of this process so far, in MB: ``VmHWM`` of /proc/self/status on Linux.

    Not ``ru_maxrss``: on Linux it keeps the parent's peak across fork and exec, so a child
    started by a large parent would report the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _top10(profile: cProfile.Profile) -> str:
    """The top 10 functions by own time, then ango-hub's own top 10 by cumulative time."""

    def listing(stats: pstats.Stats, sort: str, restrict: str | None) -> list[str]:
        out = io.StringIO()
        stats.stream = out  # type: ignore[attr-defined]
        stats.sort_stats(sort)
        if restrict:
            stats.print_stats(restrict, 10)
        else:
            stats.print_stats(10)
        lines = out.getvalue().strip().splitlines()
        # From the "ncalls tottime ..." header on (the preamble names the sort order).
        start = next((i for i, line in enumerate(lines) if "ncalls" in line), len(lines))
        return [_SITE.sub("", line) for line in lines[start:]]

    total = f"{pstats.Stats(profile).total_calls:,} function calls"  # type: ignore[attr-defined]
    own = listing(pstats.Stats(profile).strip_dirs(), "tottime", None)
    package = listing(pstats.Stats(profile), "cumulative", r"/ango_hub(_api)?/")
    return "\n".join(
        [
            f"{total}; top 10 by own time:",
            "",
            *own,
            "",
            "ango-hub's own functions, top 10 by cumulative time:",
            "",
            *package,
        ]
    )


#: The directories before ``ango_hub/`` or ``ango_hub_api/`` in a profile's file names.
_SITE = re.compile(r"/\S*/(?=ango_hub(_api)?/)")


def measure(run: Callable[[], Json], profile: bool) -> Json:
    """Time ``run`` (wall and CPU seconds); under cProfile when ``profile``."""
    if profile:
        profiler = cProfile.Profile()
        profiler.enable()
        result = run()
        profiler.disable()
        return {**result, "profile": _top10(profiler)}
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return {"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu, **result}


# --- 2,000 GET /v2/project/{id} -----------------------------------------------------


def first_call(call: Callable[[], object]) -> float:
    """Seconds one call takes: the untimed first call of a per-request row (what a client sets up
    or imports on first use is reported on its own, not spread over the requests timed after it)."""
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def per_request_hub(spec: Json) -> Json:
    with Client(api_key=API_KEY, base_url=spec["base_url"]) as hub:
        first = first_call(lambda: hub.projects.get(spec["project_id"]))

        def run() -> Json:
            for _ in range(spec["requests"]):
                hub.projects.get(spec["project_id"])
            return {"first": first}

        return measure(run, spec.get("profile", False))


def per_request_httpx(spec: Json) -> Json:
    url = f"{spec['base_url']}/project/{spec['project_id']}"
    with httpx.Client(headers={"apikey": API_KEY}) as client:
        first = first_call(lambda: client.get(url).raise_for_status().json())

        def run() -> Json:
            for _ in range(spec["requests"]):
                client.get(url).raise_for_status().json()
            return {"first": first}

        return measure(run, spec.get("profile", False))


# --- paging -------------------------------------------------------------------------


def _client_options(spec: Json) -> Json:
    options: Json = {"api_key": API_KEY, "base_url": spec["base_url"]}
    if "max_retries" in spec:
        options["max_retries"] = spec["max_retries"]
    if "requests_per_minute" in spec:
        options["requests_per_minute"] = spec["requests_per_minute"]
    return options


def paging_hub(spec: Json) -> Json:
    """``hub.tasks.list(...)``: every task (or the first ``stop_after``); errors are reported
    (``error``) when ``expect_errors``, raised otherwise. ``Client`` and ``AsyncClient`` are built
    before the timing starts, as the other contenders' clients are (building one loads the CA
    certificates for its SSL context: 20-60 ms); ``AsyncClient`` is entered within the timing, in
    the event loop that ``asyncio.run`` starts there."""
    limit, concurrency = spec["limit"], spec["max_concurrency"]
    stop_after: int | None = spec.get("stop_after")
    count = 0

    def timed(run: Callable[[], Json]) -> Json:
        if not spec.get("expect_errors"):
            return measure(run, spec.get("profile", False))

        def guarded() -> Json:
            try:
                return run()
            except AngoHubError as exc:
                return {"items": count, "error": f"{type(exc).__name__}: {exc}"[:300]}

        return measure(guarded, False)

    if spec.get("async"):
        async_hub = AsyncClient(**_client_options(spec))

        def async_run() -> Json:
            async def go() -> None:
                nonlocal count
                async with async_hub as hub:
                    listing = hub.tasks.list(
                        spec["project_id"], limit=limit, include_answer=True, max_concurrency=concurrency
                    )
                    async for _task in listing:
                        count += 1
                        if stop_after is not None and count >= stop_after:
                            break

            asyncio.run(go())
            return {"items": count}

        return timed(async_run)

    with Client(**_client_options(spec)) as hub:

        def sync_run() -> Json:
            nonlocal count
            listing = hub.tasks.list(
                spec["project_id"], limit=limit, include_answer=True, max_concurrency=concurrency
            )
            for _task in itertools.islice(listing, stop_after):
                count += 1
            return {"items": count}

        return timed(sync_run)


def paging_httpx(spec: Json) -> Json:
    """A bare httpx loop over the pages: one at a time, or ``threads`` at a time once the
    total is known (in order), as its user writes it: the first page, then a thread pool's map
    over the others (``max_concurrency`` asks for the first N pages at once instead)."""
    url = f"{spec['base_url']}/project/{spec['project_id']}/tasks"
    limit, threads = spec["limit"], spec.get("threads", 1)
    with httpx.Client(headers={"apikey": API_KEY}, timeout=60) as client:

        def fetch(page: int) -> Json:
            params = {"page": page, "limit": limit, "includeAnswer": "true"}
            body: Json = client.get(url, params=params).raise_for_status().json()
            data: Json = body["data"]
            return data

        def run() -> Json:
            count = 0
            first = fetch(1)
            count += sum(1 for _task in first["tasks"])
            total = first["total"]
            pages = range(2, -(-total // limit) + 1)
            if threads > 1:
                with ThreadPoolExecutor(threads) as pool:
                    for data in pool.map(fetch, pages):
                        count += sum(1 for _task in data["tasks"])
            else:
                for page in pages:
                    data = fetch(page)
                    count += sum(1 for _task in data["tasks"])
                    if not data["tasks"]:
                        break
            return {"items": count}

        return measure(run, False)


def paging_pace(spec: Json) -> Json:
    """Where a sequential page's time goes, first ``pages`` pages (the evidence of a miss): the
    median time from one page to the next as ango-hub's loop over ``tasks.list`` sees it (every
    ``limit`` items), and with bare httpx the median time of a page's fetch alone
    (``client.get``, body read) and of its loop's turn (the fetch, then ``.json()``); and the
    start of each run: ango-hub's ``tasks.list(...)`` call (what the listing imports on first
    use) and its first page (from the call to its last item), bare httpx's first turn."""
    limit, pages = spec["limit"], spec["pages"]
    marks: list[float] = []
    with Client(**_client_options(spec)) as hub:
        list_started = time.perf_counter()
        listing = hub.tasks.list(spec["project_id"], limit=limit, include_answer=True)
        listed = time.perf_counter()
        for count, _task in enumerate(itertools.islice(listing, pages * limit), start=1):
            if count % limit == 0:
                marks.append(time.perf_counter())
    url = f"{spec['base_url']}/project/{spec['project_id']}/tasks"
    fetches: list[float] = []
    turns: list[float] = []
    with httpx.Client(headers={"apikey": API_KEY}, timeout=60) as client:
        for page in range(1, pages + 1):
            started = time.perf_counter()
            response = client.get(url, params={"page": page, "limit": limit, "includeAnswer": "true"})
            fetched = time.perf_counter()
            response.raise_for_status().json()
            fetches.append(fetched - started)
            turns.append(time.perf_counter() - started)
    gaps = [later - earlier for earlier, later in itertools.pairwise(marks)]
    return {
        "hub_page": statistics.median(gaps),
        "httpx_fetch": statistics.median(fetches[1:]),
        "httpx_page": statistics.median(turns[1:]),
        "hub_list_call": listed - list_started,
        "hub_first_page": marks[0] - listed,
        "httpx_first_page": turns[0],
    }


# --- parsing one page of 1,000 tasks ------------------------------------------------


def parse(spec: Json) -> Json:
    """The best of ``repeat`` runs (after two warm-ups) of one way to parse the page body."""
    body = Path(spec["body"]).read_bytes()
    how = spec["how"]
    if how == "json":

        def once() -> object:
            return json.loads(body)

    elif how == "typed":
        from ango_hub_api.models import TaskListResponse

        def once() -> object:
            return TaskListResponse.from_dict(json.loads(body))

    elif how in ("list_page", "httpx"):
        headers = {"content-type": "application/json"}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))
        base_url = "http://127.0.0.1:9/v2"
        if how == "list_page":
            hub = Client(api_key=API_KEY, base_url=base_url, transport=transport)

            def once() -> object:
                return hub.tasks.list_page("p" * 24, limit=1000, include_answer=True)

        else:
            client = httpx.Client(transport=transport, headers={"apikey": API_KEY})

            def once() -> object:
                url = f"{base_url}/project/{'p' * 24}/tasks"
                return client.get(url, params={"page": 1, "limit": 1000, "includeAnswer": "true"}).json()

    else:
        raise ValueError(f"unknown parse: {how}")
    if spec.get("profile"):

        def five_times() -> Json:
            for _ in range(5):
                once()
            return {}

        return measure(five_times, True)
    once()
    once()
    times = []
    for _ in range(spec["repeat"]):
        started = time.perf_counter()
        once()
        times.append(time.perf_counter() - started)
    # The best of the runs: the parse's own cost, with the least of the machine's other work.
    return {"seconds": min(times), "median": statistics.median(times), "bytes": len(body)}


# --- iterating an export archive ----------------------------------------------------


def every_object(path: str, stop_after: int | None = None) -> Json:
    """Read an export typed down to every object: ``read_export``, then ``export_tasks`` and
    ``task_answer`` for each task, touching each object's schemaId (the same definition as the
    conversion row's typed read, ``convert`` with ``how: "typed"``)."""
    from ango_hub.export_archive import export_tasks, read_export, task_answer

    records = tasks = objects = 0
    for asset in itertools.islice(read_export(path), stop_after):
        records += 1
        for task in export_tasks(asset):
            tasks += 1
            for item in task_answer(task).objects or ():
                objects += item.schema_id is not None
    return {"items": records, "tasks": tasks, "objects": objects}


def json_lines(path: str, stop_after: int | None = None) -> Json:
    """``json.loads`` (the standard library's) of every line of the archive's NDJSON file into
    a dict, read as ``read_export_records`` reads it: the zip member as a stream, a line of
    bytes at a time (``io.BufferedReader``), each decoded as UTF-8 (``json.loads`` of the text:
    faster than of the bytes, and than reading text lines through ``io.TextIOWrapper``)."""
    import zipfile

    loads = json.loads
    records = 0
    with zipfile.ZipFile(path) as archive:
        (member,) = [name for name in archive.namelist() if name.endswith(".ndjson")]
        with archive.open(member) as raw:
            for line in itertools.islice(io.BufferedReader(raw, 1 << 16), stop_after):  # type: ignore[type-var]
                if line.strip():
                    records += isinstance(loads(line.decode("utf-8")), dict)
    return {"items": records}


def export(spec: Json) -> Json:
    """``read_export`` (typed), ``read_export_records`` (dicts), the typed read of every object
    (``objects``: :func:`every_object`) or ``json.loads`` of the same lines (``json``:
    :func:`json_lines`) over the whole archive, with the growth of the peak RSS; under
    tracemalloc (``trace``) or cProfile (``profile``), the first ``stop_after`` records.
    ``core``: as ango-hub's core install decodes (orjson, the ``fast`` extra, hidden from the
    process before ango-hub's export module is imported)."""
    if spec.get("core"):
        imported = [name for name in ("orjson", "ango_hub._json") if name in sys.modules]
        if imported:
            raise RuntimeError(f"core: {', '.join(imported)} imported before orjson could be hidden")
        sys.modules["orjson"] = None  # type: ignore[assignment]  # `import orjson` raises ImportError
    from ango_hub.export_archive import read_export, read_export_records

    path, how = spec["path"], spec["how"]
    stop_after: int | None = spec.get("stop_after")

    def run() -> Json:
        count = 0
        if how == "objects":
            return every_object(path, stop_after)
        if how == "json":
            return json_lines(path, stop_after)
        if how == "typed":
            for asset in itertools.islice(read_export(path), stop_after):
                count += asset.external_id is not None
        else:
            for record in itertools.islice(read_export_records(path), stop_after):
                count += record.get("externalId") is not None
        return {"items": count}

    if spec.get("trace"):
        tracemalloc.start(10)
        result = run()
        current, peak = tracemalloc.get_traced_memory()
        top = tracemalloc.take_snapshot().statistics("lineno")[:10]
        tracemalloc.stop()
        lines = [f"traced now {current / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB; largest live blocks:"]
        lines += [str(stat) for stat in top]
        return {**result, "profile": "\n".join(lines)}
    before = peak_rss_mb()
    result = measure(run, spec.get("profile", False))
    after = peak_rss_mb()
    return {**result, "rss_growth_mb": after - before, "rss_mb": after}


# --- converting an export --------------------------------------------------------------


def convert(spec: Json) -> Json:
    """The typed read down to every object (``how: "typed"``: ``read_export``, then
    ``export_tasks`` and ``task_answer`` for each task, touching each object's schemaId) or
    one writer of ``ango_hub.convert`` (``how``: ``coco``, ``yolo``, ``parquet``, ``jsonl``,
    ...: ``to_<how>(path, out, label_set=...)`` into a fresh folder, removed after the
    timing), with the peak RSS; ``how: "files"``: the file-system floor of a file per image
    (``count`` label files, see ``_files_floor``). ``profile``: under cProfile, the first
    ``stop_after`` records."""
    import shutil
    import tempfile

    import ango_hub.convert
    from ango_hub.export_archive import export_tasks, read_export, read_export_records, task_answer

    path, how = spec["path"], spec["how"]
    stop_after: int | None = spec.get("stop_after")
    writer = None if how in ("typed", "files") else getattr(ango_hub.convert, f"to_{how}")  # imports it
    scratch = Path(tempfile.mkdtemp(prefix="convert-", dir=spec["scratch"]))

    def run() -> Json:
        if how == "files":
            return _files_floor(scratch / "out" / "labels", spec["count"])
        if writer is None:
            tasks = objects = 0
            for asset in itertools.islice(read_export(path), stop_after):
                for task in export_tasks(asset):
                    tasks += 1
                    for item in task_answer(task).objects or ():
                        objects += item.schema_id is not None
            return {"items": tasks, "objects": objects}
        source = path if stop_after is None else itertools.islice(read_export_records(path), stop_after)
        report = writer(source, scratch / "out", label_set=spec["label_set"])
        return {
            "items": report.written["tasks"],
            "objects": report.written.get("objects", 0),
            "skipped": report.skipped_total,
        }

    try:
        before = peak_rss_mb()
        result = measure(run, spec.get("profile", False))
        after = peak_rss_mb()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {**result, "rss_growth_mb": after - before, "rss_mb": after}


#: A YOLO label file of the convert row's export: two lines (it has 1.9 objects an image).
_LABEL_FILE = b"0 0.7654296875 0.8134259259 0.1267708333 0.0727777778\n1 0.5 0.7592592593 1 0.4814814815\n"


def _files_floor(folder: Path, count: int) -> Json:
    """The file-system floor of a format with a file per image: ``count`` files of a YOLO
    label file's size, named like the export's (``0000042-street-0042.txt``), each made with
    the three system calls ``to_yolo`` uses (open, write, close) in one fresh folder."""
    folder.mkdir(parents=True)
    prefix = os.fspath(folder) + os.sep
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    for index in range(count):
        handle = os.open(f"{prefix}{index:07d}-street-{index % 100:04d}.txt", flags, 0o666)
        try:
            os.write(handle, _LABEL_FILE)
        finally:
            os.close(handle)
    return {"items": count}


# --- uploading local files ---------------------------------------------------------


def _upload_paths(spec: Json) -> list[Path]:
    return sorted(Path(spec["folder"]).iterdir())


def upload_hub(spec: Json) -> Json:
    """``hub.assets.upload_many(project, paths, method="direct", max_concurrency=N)``
    (``Client``, or ``AsyncClient`` with ``async``)."""
    paths = _upload_paths(spec)
    options = {"method": "direct", "max_concurrency": spec["max_concurrency"]}
    if spec.get("async"):

        async def main() -> Json:
            async with AsyncClient(api_key=API_KEY, base_url=spec["base_url"]) as hub:
                wall, cpu = time.perf_counter(), time.process_time()
                report = await hub.assets.upload_many(spec["project_id"], paths, **options)
                seconds, used = time.perf_counter() - wall, time.process_time() - cpu
            return {"seconds": seconds, "cpu": used, "items": report.count("imported")}

        return asyncio.run(main())
    with Client(api_key=API_KEY, base_url=spec["base_url"]) as hub:

        def run() -> Json:
            report = hub.assets.upload_many(spec["project_id"], paths, **options)
            return {"items": report.count("imported")}

        return measure(run, spec.get("profile", False))


def upload_httpx(spec: Json) -> Json:
    """Bare httpx, the same three steps one file at a time: the presigned URL, the ``PUT`` of the
    file (read whole, as the SDK does), then one cloud import of every file."""
    paths = _upload_paths(spec)
    base, project = spec["base_url"], spec["project_id"]
    with httpx.Client(headers={"apikey": API_KEY}, timeout=60) as client, httpx.Client(timeout=60) as storage:

        def run() -> Json:
            assets = []
            for path in paths:
                params = {"name": path.name, "project": project, "type": "assets"}
                url = client.get(f"{base}/getUploadUrl", params=params).raise_for_status().json()
                upload_url: str = url["data"]["uploadUrl"]
                storage.put(upload_url, content=path.read_bytes()).raise_for_status()
                assets.append({"data": upload_url.split("?")[0], "externalId": path.name})
            body = {"assets": assets, "uploadLocal": "true"}
            client.post(f"{base}/project/{project}/cloud", json=body).raise_for_status()
            return {"items": len(assets)}

        return measure(run, False)


# --- ango-hub only: the in-process mock ---------------------------------------------


def mock_paging(spec: Json) -> Json:
    """20,000 tasks of the mock's Load test project, 1,000 a page: sync/async x concurrency 1/4."""
    from ango_hub.mock import create_app
    from ango_hub.mock.server import serve_in_thread

    tasks = spec["tasks"]
    app = create_app(api_key=API_KEY, seed="demo", tasks=tasks)
    results: Json = {}
    with serve_in_thread(app) as base_url:
        with Client(api_key=API_KEY, base_url=base_url) as hub:
            project_id = next(p.id for p in hub.projects.list() if p.name == "Load test")
        for concurrency, flavour in itertools.product((1, 4), ("sync", "async")):
            started = time.perf_counter()
            if flavour == "sync":
                with Client(api_key=API_KEY, base_url=base_url) as hub:
                    count = sum(
                        1 for _ in hub.tasks.list(project_id, limit=1000, max_concurrency=concurrency)
                    )
            else:

                async def go(concurrency: int = concurrency) -> int:
                    async with AsyncClient(api_key=API_KEY, base_url=base_url) as hub:
                        listing = hub.tasks.list(project_id, limit=1000, max_concurrency=concurrency)
                        return sum([1 async for _ in listing])

                count = asyncio.run(go())
            if count != tasks:
                raise RuntimeError(f"{flavour} concurrency {concurrency}: {count} tasks, expected {tasks}")
            results[f"{flavour}, max_concurrency={concurrency}"] = time.perf_counter() - started
    return {"seconds": max(results.values()), "configs": results}


def label_import(spec: Json) -> Json:
    """Build 5,000 label import rows with the builders; validate and import them in chunks of 500."""
    from ango_hub.annotations import LabelImportRow, TaskAnswer, ToolObject
    from ango_hub.label_set import LabelSet, Radio, Tool
    from ango_hub.mock import create_app
    from ango_hub.mock.server import serve_in_thread
    from ango_hub_api.models import CloudAsset

    rows = spec["rows"]
    label_set = LabelSet().tool("Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Type", ["Car", "Bus"])])
    schema = label_set.to_dict()
    app = create_app(api_key=API_KEY, seed="demo")
    with serve_in_thread(app) as base_url, Client(api_key=API_KEY, base_url=base_url) as hub:
        project = hub.projects.create("Import bench", category_schema=label_set)
        assets = [CloudAsset(data=f"https://b.example/{i}.jpg", external_id=f"{i}.jpg") for i in range(rows)]
        for start in range(0, rows, 1000):
            hub.assets.import_cloud(project.id, assets[start : start + 1000])
        started = time.perf_counter()
        built = [
            LabelImportRow.from_answer(
                TaskAnswer(
                    objects=[ToolObject.bounding_box(i % 500, 10, 20, 30, title="Vehicle", label_set=schema)]
                ),
                external_id=f"{i}.jpg",
            )
            for i in range(rows)
        ]
        build = time.perf_counter() - started
        started = time.perf_counter()
        report = hub.labels.import_(project.id, built, label_set=label_set, chunk_size=500)
        imported = time.perf_counter() - started
        if not report.ok:
            raise RuntimeError(report.summary())
    return {"seconds": build + imported, "build": build, "import": imported}


# --- a fresh mock per test (the pytest plugin's ango_mock_factory) -------------------------

#: One test of the suite: a mock of its own (``fresh``) or the session's (``shared``), the
#: demo organization, a page of projects and a page of tasks read with a new client.
_SUITE_TEST = """
def test_{number}({fixture}):
    mock = {mock}
    with mock.client(max_retries=0) as hub:
        projects = hub.projects.list_page(limit=10).projects
        assert len(projects) >= 3
        assert hub.tasks.list_page(projects[0].id, limit=10).tasks
"""


def mock_factory_suite(spec: Json) -> Json:
    """A pytest session of ``tests`` tests, each with a fresh ``ango_mock_factory()`` mock
    (``how: "fresh"``) or all with the session's ``ango_mock`` (``"shared"``): seconds per test,
    from the first test's setup to the last one's teardown (session fixtures included)."""
    import tempfile

    import pytest

    fresh = spec["how"] == "fresh"
    fixture, mock = ("ango_mock_factory", "ango_mock_factory()") if fresh else ("ango_mock", "ango_mock")
    source = "".join(
        _SUITE_TEST.format(number=number, fixture=fixture, mock=mock) for number in range(spec["tests"])
    )
    times: list[float] = []

    class Clock:
        def pytest_runtest_logstart(self) -> None:
            if not times:
                times.append(time.perf_counter())

        def pytest_runtest_logfinish(self) -> None:
            times[1:] = [time.perf_counter()]

    with tempfile.TemporaryDirectory(prefix="ango-bench-suite-") as folder:
        suite = Path(folder) / "test_suite.py"
        suite.write_text(source, encoding="utf-8")
        args = [str(suite), "-q", "-p", "no:cacheprovider", "-p", "no:randomly", "--rootdir", folder]
        if spec.get("profile"):
            profiler = cProfile.Profile()
            profiler.enable()
            status = pytest.main(args, plugins=[Clock()])
            profiler.disable()
        else:
            status = pytest.main(args, plugins=[Clock()])
    if status != 0:
        raise RuntimeError(f"the suite failed (pytest exit status {status})")
    span = times[1] - times[0]
    result: Json = {"seconds": span / spec["tests"], "span": span, "tests": spec["tests"]}
    if spec.get("profile"):
        result["profile"] = _top10(profiler)
    return result


# --- a download dropped at 60 % and 90 % -------------------------------------------------


def resume_hub(spec: Json) -> Json:
    """``hub.exports.export(project_id, path)``: the client resumes after each drop."""
    path = Path(spec["dir"]) / "hub.zip"
    with Client(api_key=API_KEY, base_url=spec["base_url"]) as hub:

        def run() -> Json:
            hub.exports.export(spec["project_id"], path)
            return {"file_bytes": path.stat().st_size}

        result = measure(run, spec.get("profile", False))
    path.unlink(missing_ok=True)
    return result


def resume_httpx(spec: Json) -> Json:
    """Bare httpx: create the export, stream the archive to a file, download it again from 0
    after a failed transfer (up to 5 attempts), as a user without resumes writes it."""
    path = Path(spec["dir"]) / "httpx.zip"
    with httpx.Client(timeout=60) as http:

        def run() -> Json:
            params = {"project": spec["project_id"]}
            answer = http.get(spec["base_url"] + "/export", params=params, headers={"apikey": API_KEY})
            link = answer.json()["data"]["exportPath"]
            attempts = 0
            while attempts < 5:
                attempts += 1
                try:
                    with http.stream("GET", link) as response, path.open("wb") as out:
                        response.raise_for_status()
                        for chunk in response.iter_bytes():
                            out.write(chunk)
                    break
                except httpx.TransportError:
                    continue
            return {"file_bytes": path.stat().st_size, "attempts": attempts}

        result = measure(run, False)
    path.unlink(missing_ok=True)
    return result


TASKS: dict[str, Callable[[Json], Json]] = {
    "per_request_hub": per_request_hub,
    "per_request_httpx": per_request_httpx,
    "paging_hub": paging_hub,
    "paging_httpx": paging_httpx,
    "paging_pace": paging_pace,
    "parse": parse,
    "export": export,
    "convert": convert,
    "mock_paging": mock_paging,
    "label_import": label_import,
    "mock_factory_suite": mock_factory_suite,
    "resume_hub": resume_hub,
    "resume_httpx": resume_httpx,
    "upload_hub": upload_hub,
    "upload_httpx": upload_httpx,
}


def main() -> None:
    """Run the task the spec names; print its result as one JSON line."""
    spec: Json = json.loads(sys.argv[1])
    result = TASKS[spec["task"]](spec)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
