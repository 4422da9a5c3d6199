"""``ango-hub upload PROJECT PATH...``: local files (directories recursed) as assets, a report per file.

Each file's line is printed as the file lands (its chunk imported, or skipped, or failed), so
a run stopped half-way has already said which files are in the project; Ctrl-C then prints
``Interrupted: 80 of 300 files uploaded; run the same command again to continue`` (exit
130), and the same command run again skips the files already there.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._commands import report_json
from ._session import EXIT_API, EXIT_DIFFERENT, EXIT_OK, Session, plural

if TYPE_CHECKING:
    from ango_hub.import_reports import ImportedRow, ImportReport

__all__ = ["upload"]

#: Outcomes that need no new upload: the file is in the project.
DONE = frozenset({"imported", "skipped"})


def _line(row: ImportedRow) -> str:
    # A row's key is the path of its file (a file given, or one found under a directory).
    return f"{row.status:<11}  {row.key}" + (f": {row.error}" if row.error else "")


def _write_failed(failed_file: Path, paths: list[str]) -> None:
    failed_file.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")


def _report(session: Session, report: ImportReport, failed_file: Path | None) -> int:
    files = [row.key for row in report.rows]
    failed = [row for row in report.rows if row.status not in DONE]
    if failed_file is not None:
        _write_failed(failed_file, [files[row.index] for row in failed])
    if session.json:
        document = report_json(report, key="files")
        for entry in document["files"]:
            entry["path"] = str(files[entry.pop("index")])
            del entry["key"]
        document["failed_file"] = None if failed_file is None else str(failed_file)
        document["failed_written"] = None if failed_file is None else len(failed)
        session.print_json(document)
    else:
        counts: dict[str, int] = {}
        for row in report.rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        shown = ", ".join(f"{count:,} {status.replace('_', ' ')}" for status, count in counts.items())
        session.print(f"{shown} of {plural(len(report.rows), 'file')}")
        if failed_file is not None:
            session.print(f"Wrote {plural(len(failed), 'path')} to {failed_file}")
    return EXIT_DIFFERENT if failed else EXIT_OK


class _Landed:
    """The files' outcomes as they land: a line each (text mode), and what Ctrl-C reports."""

    def __init__(self, session: Session, files: list[str], failed_file: Path | None) -> None:
        self.session = session
        self.files = files
        self.failed_file = failed_file
        self.status: dict[int, str] = {}

    def __call__(self, row: ImportedRow) -> None:
        self.status[row.index] = row.status
        if not self.session.json:
            self.session.print(_line(row), flush=True)

    def interrupted(self) -> str:
        """The one line of an interrupted upload (and the --failed file: every file not in the project)."""
        uploaded = sum(1 for status in self.status.values() if status == "imported")
        skipped = sum(1 for status in self.status.values() if status == "skipped")
        there = f" ({skipped:,} already there)" if skipped else ""
        line = (
            f"{uploaded:,} of {plural(len(self.files), 'file')} uploaded{there}; "
            "run the same command again to continue (files already in the project are skipped)"
        )
        if self.failed_file is not None:
            missing = [path for index, path in enumerate(self.files) if self.status.get(index) not in DONE]
            _write_failed(self.failed_file, missing)
            line += f"; wrote {plural(len(missing), 'path')} to {self.failed_file}"
        return line


def upload(args: argparse.Namespace, session: Session) -> int:
    """Hand the paths to ``upload_many`` as given: it walks directories (sorted, hidden names
    left out) and names a file found under one by its path relative to it (``sub/b.jpg``),
    so the command line and the library give a file the same external ID, and a re-run of
    either skips what the other uploaded. Missing paths or nothing to upload: exit 2, before
    any request."""
    from ango_hub._upload_plan import collect_files
    from ango_hub.import_reports import BulkImportError

    files = collect_files(args.paths, directories=True)  # input errors before the client is built
    landed = _Landed(session, [str(file.path) for file in files], args.failed)
    hub = session.hub
    options: dict[str, Any] = {}
    if args.batch:
        options["batches"] = args.batch
    progress = session.progress("Uploading")
    session.interrupted = landed.interrupted
    try:
        report = hub.assets.upload_many(
            args.project_id,
            args.paths,
            on_error="continue",
            progress=progress.items,
            on_outcome=landed,
            **options,
        )
    except BulkImportError as exc:
        progress.end()
        print(f"error: {exc}", file=sys.stderr)
        _report(session, exc.report, args.failed)
        return EXIT_API
    progress.end()
    return _report(session, report, args.failed)
