"""``ango-hub upload PROJECT PATH...``: local files (directories recursed) as assets, a report per file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._commands import report_json
from ._session import EXIT_API, EXIT_DIFFERENT, EXIT_OK, Session, plural

if TYPE_CHECKING:
    from ango_hub.import_reports import ImportReport

__all__ = ["upload"]

#: Outcomes that need no new upload: the file is in the project.
DONE = frozenset({"imported", "skipped"})


def _report(session: Session, report: ImportReport, failed_file: Path | None) -> int:
    # A row's key is the path of its file (a file given, or one found under a directory).
    files = [row.key for row in report.rows]
    failed = [row for row in report.rows if row.status not in DONE]
    if failed_file is not None:
        failed_file.write_text("".join(f"{files[row.index]}\n" for row in failed), encoding="utf-8")
    if session.json:
        document = report_json(report, key="files")
        for entry in document["files"]:
            entry["path"] = str(files[entry.pop("index")])
            del entry["key"]
        document["failed_file"] = None if failed_file is None else str(failed_file)
        document["failed_written"] = None if failed_file is None else len(failed)
        session.print_json(document)
    else:
        for row in report.rows:
            session.print(f"{row.status:<11}  {files[row.index]}" + (f": {row.error}" if row.error else ""))
        counts: dict[str, int] = {}
        for row in report.rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        shown = ", ".join(f"{count:,} {status.replace('_', ' ')}" for status, count in counts.items())
        session.print(f"{shown} of {plural(len(report.rows), 'file')}")
        if failed_file is not None:
            session.print(f"Wrote {plural(len(failed), 'path')} to {failed_file}")
    return EXIT_DIFFERENT if failed else EXIT_OK


def upload(args: argparse.Namespace, session: Session) -> int:
    """Hand the paths to ``upload_many`` as given: it walks directories (sorted, hidden names
    left out) and names a file found under one by its path relative to it (``sub/b.jpg``),
    so the command line and the library give a file the same external ID, and a re-run of
    either skips what the other uploaded. Missing paths or nothing to upload: exit 2, before
    any request."""
    from ango_hub._upload_plan import collect_files
    from ango_hub.import_reports import BulkImportError

    collect_files(args.paths, directories=True)  # input errors before the client is built
    hub = session.hub
    options: dict[str, Any] = {}
    if args.batch:
        options["batches"] = args.batch
    progress = session.progress("Uploading")
    try:
        report = hub.assets.upload_many(
            args.project_id, args.paths, on_error="continue", progress=progress.items, **options
        )
    except BulkImportError as exc:
        progress.end()
        print(f"error: {exc}", file=sys.stderr)
        _report(session, exc.report, args.failed)
        return EXIT_API
    progress.end()
    return _report(session, report, args.failed)
