"""The data the rows work on, taken from the mock's demo organization, cached in bench/.cache/.

* ``templates.json``: a Get Project body (the demo's largest project) and every annotated demo
  task (boxes, polygons, NER spans, nested classifications), as the mock serves them with
  ``includeAnswer=true``; the canned server (bench/servers.py) builds its pages from them;
* ``page-1000.json``: one page of 1,000 such tasks (the parsing row);
* ``convert-200mb.zip`` and ``convert-small.zip`` (built by :func:`prepare_convert`, for the
  conversion row only): the same, from the records of one image project of the demo
  ("Vehicle detection": boxes and polygons with classifications, image sizes known), with
  its label set in ``convert-label-set.json``;
* ``export-200mb.zip``: an NDJSON export archive of about 200 MB of records (before
  compression): the mock's export records, in the documented Ango Annotation Format (each
  task's answer flattened into ``tools``/``objects``, ``classifications`` and
  ``relations``, as the spec's ``ExportAsset`` has it), copied with IDs of their own. It is
  built once and rebuilt only when the mock's records (or this module's format) change.

Everything is taken through the mock's public HTTP API and ``Client``, so that the fixtures
follow the mock when it changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ango_hub import Client
from ango_hub.export_archive import read_export_records
from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread
from ango_hub_api.models import ExportFormat

from .envs import CACHE, log
from .servers import page_body

__all__ = [
    "API_KEY",
    "CONVERT_PROJECT",
    "EXPORT_BYTES",
    "ConvertFixtures",
    "Fixtures",
    "prepare",
    "prepare_convert",
]

Json = dict[str, Any]

API_KEY = "bench-key"
#: Bytes of NDJSON (uncompressed) in the export archive.
EXPORT_BYTES = 200 * 1000 * 1000
#: Bump to rebuild the cached export archive after a change of its layout.
_EXPORT_FORMAT = 3


@dataclass(frozen=True)
class Fixtures:
    """Paths of the cached data, and what they hold."""

    templates: Path
    project_id: str
    task_templates: int
    page_1000: Path
    export_zip: Path
    export_records: int
    export_bytes: int
    export_zip_bytes: int


def _annotated(task: Json) -> bool:
    answer = task.get("answer") or {}
    return any(answer.get(key) for key in ("objects", "tools", "classifications"))


def _from_mock(workdir: Path) -> tuple[Json, list[Json], list[Json]]:
    """(Get Project body, annotated tasks, export records) of the demo organization."""
    app = create_app(api_key=API_KEY, seed="demo")
    with (
        serve_in_thread(app) as base_url,
        Client(api_key=API_KEY, base_url=base_url) as hub,
        httpx.Client(base_url=base_url + "/", headers={"apikey": API_KEY}, timeout=60) as raw,
    ):
        tasks: list[Json] = []
        records: list[Json] = []
        largest: tuple[int, str] = (-1, "")
        for project in hub.projects.list():
            project_tasks: list[Json] = []
            page = 1
            while True:
                params: dict[str, str | int] = {"page": page, "limit": 100, "includeAnswer": "true"}
                body = raw.get(f"project/{project.id}/tasks", params=params).raise_for_status().json()
                project_tasks += body["data"]["tasks"]
                if len(project_tasks) >= body["data"]["total"] or not body["data"]["tasks"]:
                    break
                page += 1
            largest = max(largest, (len(project_tasks), project.id))
            tasks += [task for task in project_tasks if _annotated(task)]
            archive = hub.exports.export(
                project.id, workdir / f"{project.id}.zip", format=ExportFormat.NDJSON
            )
            records += [_documented(record) for record in read_export_records(archive)]
        project_body: Json = raw.get(f"project/{largest[1]}").raise_for_status().json()
    # The mock's links name its port, a new one each run: with it in the data, the cached
    # archives' keys (a digest of the records) changed every run and the 200 MB archives
    # were written again. Nothing fetches these links, so they name a fixed, closed port.
    origin = base_url.split("/v2", 1)[0]
    fixed: tuple[Json, list[Json], list[Json]] = json.loads(
        json.dumps([project_body, tasks, records]).replace(origin, "http://127.0.0.1:9")
    )
    return fixed


def _flattened(task: Json) -> Json:
    """A task in the documented format: its answer (if nested in ``answer``) flattened in."""
    if "answer" not in task:
        return task
    flat = dict(task)
    flat.update(flat.pop("answer") or {})
    return flat


def _documented(record: Json) -> Json:
    """An export record in the documented Ango Annotation Format (older mocks nested the
    answer of each task in ``task.answer``; the format, and the spec, flatten it in)."""
    documented = dict(record)
    if isinstance(documented.get("task"), dict):
        documented["task"] = _flattened(documented["task"])
    if isinstance(documented.get("tasks"), list):
        documented["tasks"] = [
            _flattened(task) if isinstance(task, dict) else task for task in documented["tasks"]
        ]
    return documented


def _export_record(templates: list[Json], index: int) -> Json:
    template = templates[index % len(templates)]
    record = dict(template)
    record["externalId"] = f"{index:07d}-{template.get('externalId') or 'asset'}"
    if "assetId" in template:
        record["assetId"] = f"a55e{index:020x}"

    def renamed(task: Json) -> Json:
        ids: Json = {key: f"be0c{index:020x}" for key in ("_id", "taskId") if key in task}
        return {**task, **ids}

    if isinstance(template.get("task"), dict):
        record["task"] = renamed(template["task"])
    if isinstance(template.get("tasks"), list):
        record["tasks"] = [renamed(task) for task in template["tasks"] if isinstance(task, dict)]
    return record


def _write_export(templates: list[Json], path: Path, size: int = EXPORT_BYTES) -> tuple[int, int]:
    """Write the NDJSON archive of about ``size`` bytes; (records, uncompressed bytes)."""
    records = written = 0
    partial = path.with_suffix(".partial")
    with (
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("export.ndjson", "w") as member,
    ):
        chunk: list[bytes] = []
        pending = 0
        while written < size:
            line = json.dumps(_export_record(templates, records), ensure_ascii=False, separators=(",", ":"))
            data = line.encode() + b"\n"
            chunk.append(data)
            pending += len(data)
            written += len(data)
            records += 1
            if pending >= 1 << 20:
                member.write(b"".join(chunk))
                chunk, pending = [], 0
        member.write(b"".join(chunk))
    os.replace(partial, path)
    return records, written


def prepare() -> Fixtures:
    """Take the templates from a fresh demo mock; build (or reuse) the export archive."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as workdir:
        project_body, tasks, records = _from_mock(Path(workdir))
    project_id = str(project_body["data"]["project"]["_id"])
    templates = CACHE / "templates.json"
    templates.write_text(json.dumps({"project": project_body, "tasks": tasks}), encoding="utf-8")
    page_1000 = CACHE / "page-1000.json"
    page_1000.write_bytes(page_body(tasks, project_id, page=1, limit=1000, total=1000))

    export_zip = CACHE / "export-200mb.zip"
    meta_path = CACHE / "export-200mb.meta.json"
    key = hashlib.sha256(json.dumps([_EXPORT_FORMAT, EXPORT_BYTES, records]).encode()).hexdigest()
    meta: Json = {}
    if meta_path.exists() and export_zip.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if meta.get("key") != key:
        log(f"fixtures: writing a {EXPORT_BYTES / 1e6:.0f} MB NDJSON export to {export_zip} (once)")
        count, size = _write_export(records, export_zip)
        meta = {"key": key, "records": count, "bytes": size}
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
    return Fixtures(
        templates=templates,
        project_id=project_id,
        task_templates=len(tasks),
        page_1000=page_1000,
        export_zip=export_zip,
        export_records=int(meta["records"]),
        export_bytes=int(meta["bytes"]),
        export_zip_bytes=export_zip.stat().st_size,
    )


# --- the conversion row: one image project, its label set ---------------------------------

#: The demo's image project whose export the conversion row converts.
CONVERT_PROJECT = "Vehicle detection"
#: Bytes of NDJSON in the small archive: the same command on it is the RSS baseline.
CONVERT_SMALL_BYTES = 1000 * 1000
#: Bump to rebuild the cached conversion archives after a change of their layout.
_CONVERT_FORMAT = 1


@dataclass(frozen=True)
class ConvertFixtures:
    """The archives of the conversion row (200 MB and small), the label set, and what they hold."""

    export_zip: Path
    small_zip: Path
    label_set: Path
    records: int
    bytes: int
    zip_bytes: int
    small_records: int
    small_bytes: int
    templates: int


def _project_export(name: str, workdir: Path) -> tuple[list[Json], Json]:
    """(export records, label set JSON) of the demo project called ``name``."""
    app = create_app(api_key=API_KEY, seed="demo")
    with serve_in_thread(app) as base_url, Client(api_key=API_KEY, base_url=base_url) as hub:
        for project in hub.projects.list():
            if project.name == name:
                archive = hub.exports.export(project.id, workdir / "project.zip", format=ExportFormat.NDJSON)
                records = [_documented(record) for record in read_export_records(archive)]
                return records, hub.projects.get_label_set(project.id).to_dict()
    raise RuntimeError(f"the demo organization has no project {name!r}")


def prepare_convert() -> ConvertFixtures:
    """Export the demo's image project, save its label set, and build (or reuse) a 200 MB and a
    small NDJSON archive of copies of its records, the way the export row's archive is built."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as workdir:
        records, label_set = _project_export(CONVERT_PROJECT, Path(workdir))
    label_set_path = CACHE / "convert-label-set.json"
    label_set_path.write_text(json.dumps(label_set), encoding="utf-8")
    big, small = CACHE / "convert-200mb.zip", CACHE / "convert-small.zip"
    meta_path = CACHE / "convert.meta.json"
    key = hashlib.sha256(
        json.dumps([_CONVERT_FORMAT, EXPORT_BYTES, CONVERT_SMALL_BYTES, records, label_set]).encode()
    ).hexdigest()
    meta: Json = {}
    if meta_path.exists() and big.exists() and small.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if meta.get("key") != key:
        log(f"fixtures: writing {EXPORT_BYTES / 1e6:.0f} MB of {CONVERT_PROJECT!r} records to {big} (once)")
        count, size = _write_export(records, big)
        small_count, small_size = _write_export(records, small, CONVERT_SMALL_BYTES)
        meta = {
            "key": key,
            "records": count,
            "bytes": size,
            "small_records": small_count,
            "small_bytes": small_size,
        }
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
    return ConvertFixtures(
        export_zip=big,
        small_zip=small,
        label_set=label_set_path,
        records=int(meta["records"]),
        bytes=int(meta["bytes"]),
        zip_bytes=big.stat().st_size,
        small_records=int(meta["small_records"]),
        small_bytes=int(meta["small_bytes"]),
        templates=len(records),
    )
