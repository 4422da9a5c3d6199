"""The commands of ``ango-hub``: one function each, ``(args, session) -> exit code``.

A command is registered by one parser block in :mod:`ango_hub.cli._parser` that ends with
``set_defaults(handler=<function>)``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._session import EXIT_API, EXIT_DIFFERENT, EXIT_OK, EXIT_USAGE, Session, plural

if TYPE_CHECKING:
    from ango_hub._sync._client import Client
    from ango_hub.import_reports import ImportReport
    from ango_hub.label_set import LabelSet
    from ango_hub.pagination import Paginator
    from ango_hub_api.models.task import Task

__all__ = [
    "Handler",
    "export",
    "import_labels",
    "label_set",
    "projects",
    "report_json",
    "tasks_list",
]

Handler = Callable[[argparse.Namespace, Session], int]


def projects(args: argparse.Namespace, session: Session) -> int:
    for project in session.hub.projects.list(limit=100):
        if session.json:
            session.print_json({"id": project.id, "name": project.name})
        else:
            session.print(f"{project.id}  {project.name}")
    return EXIT_OK


def label_set(args: argparse.Namespace, session: Session) -> int:
    hub = session.hub
    current = hub.projects.get_label_set(args.project_id)
    if args.action == "pull":
        current.save(args.file)
        session.print(f"Wrote the label set of {args.project_id} to {args.file}")
        return EXIT_OK
    from ango_hub.label_set import LabelSet

    wanted = LabelSet.load(args.file)
    changes = current.diff(wanted)
    for change in changes:
        session.print(change)
    if args.action == "diff":
        return EXIT_DIFFERENT if changes else EXIT_OK
    wanted.validate(args.project_type)
    removals = [change for change in changes if change.kind == "removed"]
    if not changes:
        session.print("No changes.")
    elif removals and not args.allow_removals and not args.dry_run:
        print(
            f"error: the file removes {plural(len(removals), 'entry', 'entries')} of the label set; "
            "annotations made with them would lose their meaning. Pass --allow-removals to push anyway.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    elif args.dry_run:
        session.print(f"{plural(len(changes), 'change')} not sent (--dry-run).")
    else:
        hub.projects.set_label_set(args.project_id, wanted, project_type=args.project_type)
        session.print(f"Pushed {plural(len(changes), 'change')}.")
    return EXIT_OK


def _size(count: int) -> str:
    """``"512 bytes"``, ``"12.3 kB"``, ``"38.1 MB"``."""
    if count < 1000:
        return plural(count, "byte")
    return f"{count / 1e3:.1f} kB" if count < 1_000_000 else f"{count / 1e6:.1f} MB"


def export_destination(project_id: str, file: Path) -> Path:
    """Where the archive goes: ``file``, or ``file/<project_id>.zip`` when ``file`` is a directory.

    A project ID that cannot name a file is refused (``ValueError``, before any request).
    """
    if not file.is_dir():
        return file
    if not project_id or not all(c.isalnum() or c in "_-" for c in project_id):
        raise ValueError(f"{file} is a directory: give the archive's file name (e.g. {file / 'export.zip'})")
    return file / f"{project_id}.zip"


def export(args: argparse.Namespace, session: Session) -> int:
    from ango_hub_api.models.export_format import ExportFormat

    destination = export_destination(args.project_id, args.file)
    received: list[int | None] = []

    def interrupted() -> str:
        if not received:
            step = "while the export was being prepared"
        else:
            done, total = received[0] or 0, received[1]
            step = f"{_size(done)}{f' of {_size(total)}' if total else ''} downloaded"
        return f"{step}; nothing was written to {destination}; run the same command again to export"

    def downloading(done: int, total: int | None) -> None:
        received[:] = [done, total]
        progress.bytes(done, total)

    session.interrupted = interrupted
    hub = session.hub
    url = hub.exports.create(
        args.project_id, format=ExportFormat(args.format), stages=args.stage, batches=args.batch
    )
    received[:] = [0, None]
    progress = session.progress("Downloading")
    path = hub.exports.download(url, destination, progress=downloading)
    progress.end()
    size = path.stat().st_size
    if session.json:
        session.print_json(
            {"project_id": args.project_id, "path": str(path), "format": args.format, "bytes": size}
        )
    else:
        session.print(f"Exported {args.project_id} to {path} ({plural(size, 'byte')})")
    return EXIT_OK


# -- tasks ---------------------------------------------------------------------------------

_TABLE = "{:<24}  {:<30}  {:<12}  {}"


def _text(value: object) -> str:
    from ango_hub_api.types import Unset

    if isinstance(value, Enum):
        value = value.value
    return "-" if value is None or isinstance(value, Unset) else str(value)


def _as_sent(hub: Client, tasks: Paginator[Task]) -> Iterator[dict[str, Any]]:
    """Each task of the listing as the JSON the API sent (the typed task is only used to page).

    Only the page being read is held: the responses of each page are dropped once read.
    """
    from ango_hub_api.types import Unset

    page: dict[str, dict[str, Any]] = {}
    with hub.raw_responses() as responses:
        for task in tasks:
            if task.id not in page:
                page = {}
                for response in responses:
                    if response.is_success:
                        for raw in response.json()["data"]["tasks"]:
                            page[raw["_id"]] = raw
                responses.clear()
            raw = page.get(task.id)
            yield (
                raw
                if raw is not None
                else {k: v for k, v in task.to_dict().items() if not isinstance(v, Unset)}
            )


def tasks_list(args: argparse.Namespace, session: Session) -> int:
    from ango_hub.filters import TaskQuery

    hub = session.hub
    query = TaskQuery().stage(*args.stage) if args.stage else None
    progress = session.progress("Listing")
    tasks = hub.tasks.list(args.project_id, limit=args.page_size, filters=query, progress=progress.items)
    out = session.out
    if args.ndjson:
        for raw in _as_sent(hub, tasks):
            out.write(json.dumps(raw, ensure_ascii=False) + "\n")
    elif session.json:
        out.write("[")
        for number, raw in enumerate(_as_sent(hub, tasks)):
            out.write(("," if number else "") + "\n" + json.dumps(raw, ensure_ascii=False))
        out.write("\n]\n")
    else:
        session.print(_TABLE.format("ID", "EXTERNAL ID", "STAGE", "STATUS").rstrip())
        for task in tasks:
            row = _TABLE.format(task.id, _text(task.external_id), _text(task.stage), _text(task.status))
            session.print(row.rstrip())
    progress.end()
    return EXIT_OK


# -- import reports (import-labels, upload) -----------------------------------------------


def report_json(report: ImportReport, *, key: str) -> dict[str, Any]:
    """A report as JSON: the summary, the count of each status and one entry per item."""
    counts: dict[str, int] = {}
    for row in report.rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return {
        "summary": report.summary(),
        "total": len(report.rows),
        "requests": report.requests,
        "counts": counts,
        key: [
            {"index": row.index, "key": row.key, "status": row.status, "error": row.error}
            for row in report.rows
        ],
    }


def _read_rows(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ndjson":
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        rows = json.loads(text)
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ValueError(f"{path}: expected a JSON array of objects (or one object per line in .ndjson)")
    return rows


def _labels_report(
    session: Session, report: ImportReport, rows: list[dict[str, Any]], failed_file: Path | None
) -> int:
    written = None
    if failed_file is not None:
        retry = report.rows_to_retry(rows, include_unknown=True)
        failed_file.write_text("".join(json.dumps(row) + "\n" for row in retry), encoding="utf-8")
        written = len(retry)
    if session.json:
        document = report_json(report, key="rows")
        document["failed_file"] = None if failed_file is None else str(failed_file)
        document["failed_written"] = written
        session.print_json(document)
    else:
        session.print(report.summary())
        for row in report.rows:
            if row.status != "imported":
                session.print(f"  row {row.index} ({row.key}): {row.status}: {row.error or ''}")
        if written is not None:
            session.print(f"Wrote {plural(written, 'row')} to {failed_file}")
    return EXIT_OK if report.ok else EXIT_DIFFERENT


#: The error of a row refused before sending (it does not fit the label set, or names no asset).
INVALID = "not sent, invalid: "
NO_ASSET = "needs an externalId, a dataUrl, an assetId or the asset's data URL"


def _invalid_rows(rows: list[dict[str, Any]], label_set: LabelSet | None) -> dict[int, str]:
    """The rows that cannot be sent, by index, each with its problems in one line."""
    from ango_hub._payloads import row_key
    from ango_hub.annotations import SchemaIndex, find_problems

    schema = SchemaIndex(label_set) if label_set is not None else None
    invalid: dict[int, str] = {}
    for index, row in enumerate(rows):
        problems = (
            [] if row_key(row) else ["needs an externalId, a dataUrl, an assetId or the asset's data URL"]
        )
        if schema is not None:
            problems += [str(problem) for problem in find_problems(row, schema)]
        if problems:
            invalid[index] = "; ".join(problems)
    return invalid


def _merged(
    rows: list[dict[str, Any]], invalid: dict[int, str], sent: list[int], report: ImportReport | None
) -> ImportReport:
    """One report over every row of the file: the invalid ones ``failed`` (never sent), the
    others with their outcome in ``report`` (of the rows at ``sent``)."""
    from ango_hub._payloads import row_key
    from ango_hub.import_reports import ImportedRow, ImportReport

    merged = ImportReport(rows=[], requests=0 if report is None else report.requests)
    outcome = {} if report is None else {sent[row.index]: row for row in report.rows}
    for index, row in enumerate(rows):
        if index in invalid:
            merged.rows.append(
                ImportedRow(index, row_key(row) or f"row {index}", "failed", INVALID + invalid[index])
            )
        else:
            done = outcome[index]
            merged.rows.append(ImportedRow(index, done.key, done.status, done.error))
    return merged


def import_labels(args: argparse.Namespace, session: Session) -> int:
    """Rows that do not fit the label set (or name no asset) are never sent: each is named
    with its problems and goes to ``--failed``; the valid rows are imported, unless
    ``--all-or-nothing`` (then nothing is sent, exit 2)."""
    from ango_hub.import_reports import BulkImportError

    rows = _read_rows(args.file)
    hub = session.hub
    label_set = None if args.no_validate else hub.projects.get_label_set(args.project_id)
    if label_set is not None and not (label_set.tools or label_set.classifications or label_set.relations):
        label_set = None  # nothing to check against
    invalid = _invalid_rows(rows, label_set)
    if invalid and args.all_or_nothing:
        for index, problems in invalid.items():
            print(f"error: row {index}: {problems}", file=sys.stderr)
        print(
            f"error: {plural(len(invalid), 'row')} of {len(rows):,} invalid; nothing was sent "
            "(--all-or-nothing). Without it the valid rows are imported and the invalid ones "
            "reported (and written to --failed).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    sent = [index for index in range(len(rows)) if index not in invalid]
    if invalid and not session.json:
        print(
            f"{plural(len(invalid), 'row')} of {len(rows):,} invalid, not sent (named below; "
            "--all-or-nothing sends nothing instead); importing the other "
            f"{plural(len(sent), 'row')}",
            file=sys.stderr,
        )
    if not sent:
        return _labels_report(session, _merged(rows, invalid, sent, None), rows, args.failed)
    progress = session.progress("Importing")
    try:
        report = hub.labels.import_(
            args.project_id,
            [rows[index] for index in sent],
            chunk_size=args.chunk_size,
            progress=progress.items,
        )
    except BulkImportError as exc:
        progress.end()
        print(f"error: {exc}", file=sys.stderr)
        _labels_report(session, _merged(rows, invalid, sent, exc.report), rows, args.failed)
        return EXIT_API
    progress.end()
    return _labels_report(session, _merged(rows, invalid, sent, report), rows, args.failed)
