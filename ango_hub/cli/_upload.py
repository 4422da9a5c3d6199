"""``ango-hub upload PROJECT PATH...``: local files (directories recursed) as assets, a report per file."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._commands import report_json
from ._session import EXIT_API, EXIT_DIFFERENT, EXIT_OK, Session, plural

if TYPE_CHECKING:
    from ango_hub.import_reports import ImportReport

__all__ = ["collect_files", "upload"]

#: Outcomes that need no new upload: the file is in the project.
DONE = frozenset({"imported", "skipped"})


def _hidden(name: str) -> bool:
    return name.startswith(".")


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """The files to upload: each file given, and the files below each directory given.

    A directory is walked recursively in sorted order, keeping regular files (and links to
    them) and skipping hidden files and directories (names starting with ``.``); links to
    directories are not followed. Raises ``FileNotFoundError`` for a path that does not
    exist and ``ValueError`` when there is nothing to upload.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            for root, directories, names in os.walk(path):
                directories[:] = [name for name in directories if not _hidden(name)]
                found.extend(
                    Path(root, name) for name in names if not _hidden(name) and Path(root, name).is_file()
                )
            files.extend(sorted(found))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            raise ValueError(f"{path}: neither a regular file nor a directory")
        else:
            raise FileNotFoundError(f"No such file or directory: {path}")
    if not files:
        raise ValueError(f"No files to upload in {', '.join(map(str, paths))} (hidden files are skipped)")
    return files


def _report(session: Session, report: ImportReport, files: list[Path], failed_file: Path | None) -> int:
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
    from ango_hub.import_reports import BulkImportError

    files = collect_files(args.paths)
    hub = session.hub
    options: dict[str, Any] = {}
    if args.batch:
        # Needs upload_many(batches=...); without it this is a TypeError (reported, exit 2).
        options["batches"] = args.batch
    progress = session.progress("Uploading")
    try:
        report = hub.assets.upload_many(
            args.project_id, files, on_error="continue", progress=progress.items, **options
        )
    except BulkImportError as exc:
        progress.end()
        print(f"error: {exc}", file=sys.stderr)
        _report(session, exc.report, files, args.failed)
        return EXIT_API
    progress.end()
    return _report(session, report, files, args.failed)
