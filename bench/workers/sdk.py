"""The official SDK (``ango==1.4.10``, ``imerit_ango``), measured in a fresh process.

Run by bench/runner.py with ``.venv-sdk/bin/python`` (stdlib and the SDK only):
``python bench/workers/sdk.py '{"task": "...", ...}'``; prints one JSON line. Each task does
what an SDK user writes: ``sdk.get_project(id)`` in a loop, a loop over ``sdk.get_tasks(...)``
pages, ``sdk.exportV3(...)`` and a loop over the records it returns, ``sdk.upload_files(...)``.

The SDK is not installed in ``.venv``, where mypy runs: its imports are ignored there, and
what it returns is ``Any`` (it has no type hints).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from imerit_ango.models.enums import ExportFormats  # type: ignore[import-not-found]
from imerit_ango.models.export_options import ExportOptions  # type: ignore[import-not-found]
from imerit_ango.sdk import SDK  # type: ignore[import-not-found]

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


def _sdk(spec: Json) -> Any:
    # The API root without /v2: the SDK adds it to every endpoint.
    return SDK(api_key=API_KEY, host=spec["base_url"].removesuffix("/v2"))


def measure(run: Callable[[], Json]) -> Json:
    """Time ``run``: wall and CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return {"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu, **result}


def per_request(spec: Json) -> Json:
    """``sdk.get_project(id)``, ``requests`` times in a row, after a first call timed on its own
    (as ``per_request_hub`` and ``per_request_httpx`` of ``workers/hub.py`` do)."""
    sdk = _sdk(spec)
    started = time.perf_counter()
    sdk.get_project(spec["project_id"])
    first = time.perf_counter() - started

    def run() -> Json:
        for _ in range(spec["requests"]):
            sdk.get_project(spec["project_id"])
        return {"first": first}

    return measure(run)


def paging(spec: Json) -> Json:
    """The loop an SDK user writes: ``get_tasks`` page after page until the total is reached.

    The SDK raises ``Exception`` on any error status (it does not retry); with
    ``expect_errors`` that ends the loop and is reported (``error``), as the user would see it.
    """
    sdk = _sdk(spec)
    count = 0

    def run() -> Json:
        nonlocal count
        page = 1
        while True:
            body = sdk.get_tasks(spec["project_id"], page=page, limit=spec["limit"], include_answer=True)
            tasks = body["data"]["tasks"]
            for _task in tasks:
                count += 1
            if not tasks or count >= body["data"]["total"]:
                break
            page += 1
        return {"items": count}

    if not spec.get("expect_errors"):
        return measure(run)

    def guarded() -> Json:
        try:
            return run()
        except Exception as exc:
            return {"items": count, "error": f"{type(exc).__name__}: {exc}"[:300]}

    return measure(guarded)


def export(spec: Json) -> Json:
    """``sdk.exportV3(project, ExportOptions(export_format=NDJSON))`` and a loop over its records.

    The SDK asks the API for the archive's link (the canned server answers a ``file://`` URL
    to the cached archive, which ``urlretrieve`` uses in place), reads the whole file into
    memory, counts its lines and returns ``(iterator, count)``.
    """
    sdk = _sdk(spec)
    before = peak_rss_mb()

    def run() -> Json:
        records, _lines = sdk.exportV3(spec["project_id"], ExportOptions(export_format=ExportFormats.NDJSON))
        count = 0
        for record in records:
            count += record.get("externalId") is not None
        return {"items": count}

    result = measure(run)
    after = peak_rss_mb()
    return {**result, "rss_growth_mb": after - before, "rss_mb": after}


def resume(spec: Json) -> Json:
    """``sdk.exportV3(project_id, zip_file_path=path)``, called again after a failure (up to 5
    times), as its users do: the SDK downloads with ``urllib.request.urlretrieve``, from 0 each
    time (and, given a path, twice: once to a temporary file, once to the path)."""
    import os
    import urllib.request

    sdk = _sdk(spec)
    path = os.path.join(spec["dir"], "sdk.zip")

    def run() -> Json:
        attempts = 0
        while attempts < 5:
            attempts += 1
            try:
                sdk.exportV3(spec["project_id"], zip_file_path=path)
                break
            except Exception:  # what an SDK user's retry loop catches
                continue
        return {"file_bytes": os.path.getsize(path), "attempts": attempts}

    try:
        return measure(run)
    finally:
        urllib.request.urlcleanup()  # the temporary files of urlretrieve
        if os.path.exists(path):
            os.remove(path)


def upload(spec: Json) -> Json:
    """``sdk.upload_files(project, paths)``: per file a presigned URL and a ``PUT`` (the file read
    whole), one after the other, then one cloud import of them all."""
    sdk = _sdk(spec)
    paths = sorted(str(path) for path in Path(spec["folder"]).iterdir())

    def run() -> Json:
        sdk.upload_files(spec["project_id"], paths)
        return {"items": len(paths)}

    return measure(run)


TASKS: dict[str, Callable[[Json], Json]] = {
    "per_request": per_request,
    "paging": paging,
    "export": export,
    "resume": resume,
    "upload": upload,
}


def main() -> None:
    """Run the task the spec names; print its result as one JSON line."""
    spec: Json = json.loads(sys.argv[1])
    print(json.dumps(TASKS[spec["task"]](spec)))


if __name__ == "__main__":
    main()
