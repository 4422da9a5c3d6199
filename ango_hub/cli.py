"""``ango-hub``: the command line for the everyday jobs (label sets as code, exports, imports).

The API key comes from ``ANGO_API_KEY`` only: a key given on the command line would stay in
the shell history and show in the process list. The region or API root come from
``--region`` / ``--base-url`` or ``ANGO_HUB_REGION`` / ``ANGO_HUB_BASE_URL``.

    ango-hub projects
    ango-hub label-set pull PROJECT_ID ontology.yaml     # keep the label set in git
    ango-hub label-set diff PROJECT_ID ontology.yaml     # exit 1 when they differ
    ango-hub label-set push PROJECT_ID ontology.yaml --project-type image
    ango-hub export PROJECT_ID export.zip --format ndjson
    ango-hub import-labels PROJECT_ID rows.ndjson --failed retry.ndjson
    ango-hub verify --output drift.md                    # the API's answers against the spec

Exit codes: 0 done; 1 differences found, or items that were not imported; 2 bad usage or
input (nothing was sent); 3 an API or network error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ango_hub_api.models.export_format import ExportFormat

if TYPE_CHECKING:
    # Imported when a command runs, not for --help or a usage error.
    from ango_hub._sync._client import Client
    from ango_hub.import_reports import ImportReport

__all__ = ["main"]

EXIT_OK, EXIT_DIFFERENT, EXIT_USAGE, EXIT_API = 0, 1, 2, 3


class _Progress:
    """A one-line progress display on stderr (only when stderr is a terminal, or forced)."""

    def __init__(self, stream: IO[str], enabled: bool, label: str) -> None:
        self._stream = stream
        self._enabled = enabled
        self._label = label

    def bytes(self, done: int, total: int | None) -> None:
        if self._enabled:
            shown = f"{done / 1e6:.1f} of {total / 1e6:.1f} MB" if total else f"{done / 1e6:.1f} MB"
            self._stream.write(f"\r{self._label}: {shown}")
            self._stream.flush()

    def items(self, done: int, total: int) -> None:
        if self._enabled:
            self._stream.write(f"\r{self._label}: {done} of {total}")
            self._stream.flush()

    def end(self) -> None:
        if self._enabled:
            self._stream.write("\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ango-hub",
        description="Ango Hub from the command line. The API key is read from ANGO_API_KEY.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--region", choices=["eu", "us", "in", "test"], help="default: ANGO_HUB_REGION, else eu"
    )
    where.add_argument("--base-url", help="the API root including /v2 (default: ANGO_HUB_BASE_URL)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per request (default 60)")
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress (default: on a terminal)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    projects = commands.add_parser("projects", help="list the projects (ID and name)")
    projects.add_argument("--json", action="store_true", help="one JSON object per line")

    label_set = commands.add_parser("label-set", help="pull, diff or push a project's label set as a file")
    actions = label_set.add_subparsers(dest="action", required=True, metavar="ACTION")
    pull = actions.add_parser("pull", help="write the project's label set to FILE (.json, .yaml, .yml)")
    diff = actions.add_parser(
        "diff", help="show what FILE changes in the project's label set; exit 1 if anything"
    )
    push = actions.add_parser("push", help="validate FILE and make it the project's label set")
    for action in (pull, diff, push):
        action.add_argument("project_id")
        action.add_argument("file", type=Path)
    push.add_argument(
        "--project-type", help="check the tools against this kind of project (image, video, pdf, ...)"
    )
    push.add_argument("--dry-run", action="store_true", help="validate and show the changes, send nothing")
    push.add_argument(
        "--allow-removals",
        action="store_true",
        help="push even if the file removes tools, classifications or relations",
    )

    export = commands.add_parser("export", help="export the project's tasks to a zip archive")
    export.add_argument("project_id")
    export.add_argument("file", type=Path)
    export.add_argument("--format", choices=[f.value for f in ExportFormat], default=ExportFormat.JSON.value)
    export.add_argument("--stage", action="append", help="only tasks in this stage (repeatable)")
    export.add_argument("--batch", action="append", help="only assets of this batch (repeatable)")

    labels = commands.add_parser(
        "import-labels", help="import answers from a .json (array) or .ndjson file of rows"
    )
    labels.add_argument("project_id")
    labels.add_argument("file", type=Path)
    labels.add_argument("--chunk-size", type=int, default=500)
    labels.add_argument(
        "--no-validate",
        action="store_true",
        help="do not check the rows against the project's label set first",
    )
    labels.add_argument(
        "--failed", type=Path, help="write the rows that were not imported to this .ndjson file"
    )

    from ango_hub.drift._cli import add_verify_arguments

    verify = commands.add_parser(
        "verify", help="call the read-only operations and report where answers differ from the spec"
    )
    add_verify_arguments(verify)
    return parser


def _read_rows(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ndjson":
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        rows = json.loads(text)
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ValueError(f"{path}: expected a JSON array of objects (or one object per line in .ndjson)")
    return rows


def _report(report: ImportReport, rows: list[dict[str, Any]], failed_file: Path | None, out: IO[str]) -> int:
    print(report.summary(), file=out)
    for row in report.rows:
        if row.status != "imported":
            print(f"  row {row.index} ({row.key}): {row.status}: {row.error or ''}", file=out)
    if failed_file is not None:
        retry = report.rows_to_retry(rows, include_unknown=True)
        failed_file.write_text("".join(json.dumps(row) + "\n" for row in retry), encoding="utf-8")
        print(f"Wrote {len(retry)} rows to {failed_file}", file=out)
    return EXIT_OK if report.ok else EXIT_DIFFERENT


def _run(args: argparse.Namespace, hub: Client, out: IO[str], progress: _Progress) -> int:
    if args.command == "projects":
        for project in hub.projects.list(limit=100):
            if args.json:
                print(json.dumps({"id": project.id, "name": project.name}), file=out)
            else:
                print(f"{project.id}  {project.name}", file=out)
        return EXIT_OK
    if args.command == "label-set":
        current = hub.projects.get_label_set(args.project_id)
        if args.action == "pull":
            current.save(args.file)
            print(f"Wrote the label set of {args.project_id} to {args.file}", file=out)
            return EXIT_OK
        from ango_hub.label_set import LabelSet

        wanted = LabelSet.load(args.file)
        changes = current.diff(wanted)
        for change in changes:
            print(change, file=out)
        if args.action == "diff":
            return EXIT_DIFFERENT if changes else EXIT_OK
        wanted.validate(args.project_type)
        removals = [change for change in changes if change.kind == "removed"]
        if not changes:
            print("No changes.", file=out)
        elif removals and not args.allow_removals and not args.dry_run:
            print(
                f"error: the file removes {len(removals)} entr{'y' if len(removals) == 1 else 'ies'} of the "
                "label set; annotations made with them would lose their meaning. Pass "
                "--allow-removals to push anyway.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        elif args.dry_run:
            print(f"{len(changes)} change(s) not sent (--dry-run).", file=out)
        else:
            hub.projects.set_label_set(args.project_id, wanted, project_type=args.project_type)
            print(f"Pushed {len(changes)} change(s).", file=out)
        return EXIT_OK
    if args.command == "export":
        url = hub.exports.create(
            args.project_id, format=ExportFormat(args.format), stages=args.stage, batches=args.batch
        )
        path = hub.exports.download(url, args.file, progress=progress.bytes)
        progress.end()
        print(f"Exported {args.project_id} to {path} ({path.stat().st_size:,} bytes)", file=out)
        return EXIT_OK
    from ango_hub.import_reports import BulkImportError

    rows = _read_rows(args.file)
    label_set = None if args.no_validate else hub.projects.get_label_set(args.project_id)
    if label_set is not None and not (label_set.tools or label_set.classifications or label_set.relations):
        label_set = None  # nothing to check against
    try:
        report = hub.labels.import_(
            args.project_id,
            rows,
            label_set=label_set,
            chunk_size=args.chunk_size,
            progress=progress.items,
        )
    except BulkImportError as exc:
        progress.end()
        print(f"error: {exc}", file=sys.stderr)
        _report(exc.report, rows, args.failed, out)
        return EXIT_API
    progress.end()
    return _report(report, rows, args.failed, out)


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    args = _parser().parse_args(argv)
    out = out or sys.stdout
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    label = "Downloading" if args.command == "export" else "Importing"
    progress = _Progress(sys.stderr, show_progress, label)
    options: dict[str, Any] = {"region": args.region, "base_url": args.base_url}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.command == "verify":
        from ango_hub.drift._cli import run_verify

        return run_verify(args, options, out)
    from ango_hub import AngoHubError, Client

    try:
        with Client(**options) as hub:
            return _run(args, hub, out, progress)
    except AngoHubError as exc:
        progress.end()
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except (ValueError, OSError, RuntimeError, ImportError) as exc:  # bad input, files, a missing extra
        progress.end()
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
