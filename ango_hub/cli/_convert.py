"""``ango-hub convert``: an export file (or a project, exported live) to COCO, YOLO, Pascal VOC,
Parquet or JSON Lines, with :mod:`ango_hub.convert`.

Converting a file needs no API key: no client is built. ``--project ID`` exports the project
(NDJSON, without stage history, resumed after a dropped connection) into a temporary folder
beside ``--out`` that is removed afterwards (``--keep-export FILE`` keeps the export there
instead), reads the label set from the API unless ``--label-set`` is given, then converts.

Exit codes: 0 everything was written; 1 something was skipped (the report says what); 2 bad
usage, or what stops a conversion (missing image sizes, an unsafe archive member, unreadable
input, a missing extra): one line on stderr, nothing written; 3 an API or network error;
130 interrupted (Ctrl-C): nothing in ``--out`` looks complete.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._session import EXIT_DIFFERENT, EXIT_OK, EXIT_USAGE, Session

if TYPE_CHECKING:
    from ango_hub.convert import ClassMap, ConversionReport

__all__ = ["FORMATS", "add_convert_arguments", "convert"]

#: ``--to`` -> (function of ango_hub.convert, its extra keyword arguments, image space?).
FORMATS: dict[str, tuple[str, dict[str, Any], bool]] = {
    "coco": ("to_coco", {}, True),
    "yolo": ("to_yolo", {"task": "detect"}, True),
    "yolo-seg": ("to_yolo", {"task": "segment"}, True),
    "yolo-obb": ("to_yolo", {"task": "obb"}, True),
    "voc": ("to_voc", {}, True),
    "parquet": ("to_parquet", {}, False),
    "jsonl": ("to_jsonl", {}, False),
    "overlays": ("to_overlays", {}, False),
    "masks": ("to_masks", {}, True),
}

#: ``--to`` -> (what needs it, the extra, the module), checked before any work (a download too).
EXTRAS: dict[str, tuple[str, str, str]] = {
    "coco": ("COCO output", "coco", "pycocotools"),
    "parquet": ("Parquet output", "parquet", "pyarrow"),
    "overlays": ("Overlay pictures", "masks", "PIL"),
    "masks": ("Mask output", "masks", "PIL"),
}

#: Progress is redrawn at most this often (seconds): a line per task would slow a big export.
_PROGRESS_EVERY = 0.1

DESCRIPTION = """\
Convert an Ango Hub export to training data, as a stream (an export of any size takes the
memory of one record). SOURCE is an export file (.zip, .json, .ndjson); converting a file needs
no API key. --project ID instead exports the project live (NDJSON without stage history, the
download resumed after a dropped connection) into a temporary folder beside --out, removed
afterwards unless --keep-export FILE names where to keep it, and reads the project's label set
from the API unless --label-set is given.

Class ids follow the label set's order (COCO from 1, YOLO and the tables from 0) and are saved
in classes.json beside every output; give it back with --class-map so that ids never change.
Objects a format cannot hold are skipped and listed in the report, never written approximately.
"""

EPILOG = """\
Outputs: coco: annotations.json; yolo, yolo-seg, yolo-obb: data.yaml and labels/<stem>.txt;
voc: Annotations/<stem>.xml; parquet: objects/ and tasks/ (needs ango-hub[parquet]); jsonl:
objects.jsonl and tasks.jsonl; masks: masks/<stem>.png (class ids, a palette PNG) and
instances/<stem>.png (needs ango-hub[masks]); overlays: overlays/<stem>.png and contact sheets (needs
ango-hub[masks], and --image-dir or --fetch); coco needs ango-hub[coco]. Files are written under a temporary
name and moved into place only when the whole conversion succeeded.

Exit codes: 0 everything was written; 1 something was skipped (the report says what); 2 bad
usage, or what stops a conversion (images without a size, an unsafe archive member, unreadable
input, a missing extra; one line on stderr, nothing written); 3 an API or network error (with
--project); 130 interrupted.

  ango-hub convert export.zip --to yolo --out dataset/ --label-set label_set.json
  ango-hub convert export.zip --to coco --out coco/ --class-map dataset/classes.json
  ango-hub convert --project PROJECT_ID --to parquet --out tables/ --stage Complete --progress
"""


def add_convert_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``ango-hub convert`` (the global options are the parser's already)."""
    parser.add_argument(
        "source", nargs="?", type=Path, metavar="SOURCE", help="the export file (.zip, .json, .ndjson)"
    )
    parser.add_argument(
        "--to",
        required=True,
        choices=list(FORMATS),
        dest="to_format",
        metavar="FORMAT",
        help=f"the output format: {', '.join(FORMATS)}",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="the output directory")
    parser.add_argument(
        "--label-set",
        type=Path,
        metavar="FILE",
        help="the label set's JSON (its categorySchema, as `label-set pull` or LabelSet.save write it)",
    )
    parser.add_argument(
        "--class-map",
        type=Path,
        metavar="FILE",
        help="the classes.json of an earlier conversion: its ids are kept, new tools appended",
    )
    parser.add_argument(
        "--on-missing-size",
        choices=["error", "skip"],
        default="error",
        help="images without a known width and height (coco, yolo, voc): stop before writing "
        "anything and name them (error, the default), or leave them out and report them (skip)",
    )
    parser.add_argument(
        "--image-dir", type=Path, metavar="DIR", help="read missing image sizes from the images here"
    )
    parser.add_argument(
        "--force", action="store_true", help="write into a --out that is not empty (same names replaced)"
    )
    tables = parser.add_argument_group("parquet only")
    tables.add_argument(
        "--partition-by-stage",
        action="store_true",
        help="hive directories stage=<name>/ under objects/ and tasks/",
    )
    tables.add_argument(
        "--max-rows-per-file",
        type=int,
        metavar="N",
        help="at most N rows in one Parquet file (default 1,000,000)",
    )
    pictures = parser.add_argument_group("overlays only (pictures of each task's objects on its image)")
    pictures.add_argument(
        "--fetch",
        action="store_true",
        help="fetch each image from its asset URL (no API key is sent; --timeout bounds each fetch)",
    )
    pictures.add_argument(
        "--on-missing-image",
        choices=["error", "skip"],
        default=None,
        help="an image that cannot be found, fetched or decoded: stop and name it (error, the default), "
        "or leave the task out and report it (skip)",
    )
    parser.add_argument(
        "--brush-dir",
        type=Path,
        metavar="DIR",
        help="masks only: the tasks' brush PNGs (named as the last part of their brushDataUrl), drawn "
        "under the objects",
    )
    live = parser.add_argument_group("exporting a project live (needs ANGO_API_KEY)")
    live.add_argument(
        "--project", metavar="ID", help="export this project and convert it (instead of SOURCE)"
    )
    live.add_argument("--stage", action="append", help="only tasks in this stage (repeatable)")
    live.add_argument("--batch", action="append", help="only assets of this batch (repeatable)")
    live.add_argument(
        "--keep-export",
        type=Path,
        metavar="FILE",
        help="keep the downloaded export (a zip of NDJSON) as FILE, outside --out (replaced if it exists)",
    )
    parser.description = DESCRIPTION
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


class _UsageError(ValueError):
    """Bad usage found by the command itself (exit 2, one line)."""


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _check_usage(args: argparse.Namespace) -> None:
    if args.source is None and args.project is None:
        raise _UsageError("give SOURCE (an export file) or --project ID")
    if args.source is not None and args.project is not None:
        raise _UsageError("give SOURCE or --project ID, not both")
    if args.project is None:
        for name, value in (
            ("--stage", args.stage),
            ("--batch", args.batch),
            ("--keep-export", args.keep_export),
        ):
            if value:
                raise _UsageError(f"{name} applies to --project only")
    elif args.keep_export is not None and _inside(args.keep_export, args.out):
        raise _UsageError("--keep-export must name a file outside --out")
    if args.to_format != "overlays":
        for name, value in (
            ("--fetch", args.fetch),
            ("--on-missing-image", args.on_missing_image is not None),
        ):
            if value:
                raise _UsageError(f"{name} applies to --to overlays only")
    elif not args.fetch and args.image_dir is None:
        raise _UsageError("--to overlays needs the images: --image-dir DIR, or --fetch to fetch them")
    if args.brush_dir is not None and args.to_format != "masks":
        raise _UsageError("--brush-dir applies to --to masks only")
    if args.to_format != "parquet":
        for name, value in (
            ("--partition-by-stage", args.partition_by_stage),
            ("--max-rows-per-file", args.max_rows_per_file is not None),
        ):
            if value:
                raise _UsageError(f"{name} applies to --to parquet only")
    elif args.max_rows_per_file is not None and args.max_rows_per_file < 1:
        raise _UsageError(f"--max-rows-per-file must be 1 or more, got {args.max_rows_per_file}")
    if args.project is None and args.label_set is None and args.class_map is None:
        raise _UsageError(
            "give --label-set FILE or --class-map FILE: class ids come from the label set's order, "
            "never from the data"
        )


def _inside(path: Path, folder: Path) -> bool:
    resolved, root = path.resolve(), folder.resolve()
    return resolved == root or root in resolved.parents


def _check_extra(to_format: str) -> None:
    """A missing extra, named, before any work (a download included)."""
    needed = EXTRAS.get(to_format)
    if needed is None:
        return
    what, extra, module = needed
    try:
        found = importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        from ango_hub.convert import MissingExtraError

        raise MissingExtraError(what, extra, module)


def _check_out(out: Path, force: bool) -> None:
    """Refuse an output that is a file, or a directory that is not empty without ``--force``,
    before a project is exported (the conversion checks again)."""
    from ango_hub.convert._output import check_output

    check_output(out, force=force)


def _progress(session: Session) -> Callable[[int, int | None], None]:
    """The conversion's ``progress=``: a count of tasks on stderr (with ``--progress``, or when
    stderr is a terminal), redrawn at most every 0.1 s."""
    display = session.progress("Converting")
    last = 0.0

    def report(done: int, total: int | None) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= _PROGRESS_EVERY:
            last = now
            display.items(done, total)

    return report


def _run(
    args: argparse.Namespace,
    session: Session,
    source: Path,
    label_set: object | None,
    class_map: ClassMap | None,
) -> ConversionReport:
    import ango_hub.convert

    name, options, image_space = FORMATS[args.to_format]
    function: Callable[..., ConversionReport] = getattr(ango_hub.convert, name)
    if image_space:
        options = {**options, "on_missing_size": args.on_missing_size}
    if args.to_format == "overlays":
        options = {**options, "fetch": args.fetch, "on_missing_image": args.on_missing_image or "error"}
        if getattr(args, "timeout", None) is not None:
            options["timeout"] = float(args.timeout)
    if args.to_format == "masks" and args.brush_dir is not None:
        options = {**options, "brushes": args.brush_dir}
    if args.to_format == "parquet":
        options = {**options, "partition_by_stage": args.partition_by_stage}
        if args.max_rows_per_file is not None:
            options["max_rows_per_file"] = args.max_rows_per_file
    return function(
        source,
        args.out,
        label_set=label_set,
        class_map=class_map,
        image_dir=args.image_dir,
        force=args.force,
        progress=_progress(session),
        **options,
    )


def _convert_project(
    args: argparse.Namespace,
    session: Session,
    label_set: object | None,
    class_map: ClassMap | None,
    step: list[str],
) -> ConversionReport:
    from ango_hub_api.models.export_format import ExportFormat

    hub = session.hub
    if label_set is None:
        label_set = hub.projects.get_label_set(args.project)
    folder: Path | None = None
    if args.keep_export is not None:
        export = args.keep_export
    else:
        parent = args.out.absolute().parent
        parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f".{args.out.absolute().name}.export-", dir=parent))
        export = folder / "export.zip"
    try:
        step[:] = [f"the export of {args.project} was not complete (nothing of it was kept)"]
        progress = session.progress("Downloading")
        export = hub.exports.export(
            args.project,
            export,
            format=ExportFormat.NDJSON,
            stages=args.stage,
            batches=args.batch,
            include_history=False,
            progress=progress.bytes,
        )
        progress.end()
        if folder is None:
            step[:] = [f"the export is kept at {os.fspath(export)}"]
        else:
            step.clear()
        report = _run(args, session, export, label_set, class_map)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    if folder is None:
        report.notes.append(f"the export of {args.project} was kept at {os.fspath(export)}")
    return report


def convert(args: argparse.Namespace, session: Session) -> int:
    """Convert SOURCE, or a fresh export of ``--project``; print the report (``--json``: as JSON).

    Ctrl-C is the command line's (exit 130, one line): it says that nothing complete is in
    ``--out`` (the conversion's staging folder is dropped; a project's export is removed).
    """
    from ango_hub.convert import ClassMap, ConversionError
    from ango_hub.convert._rows import load_label_set

    step: list[str] = []  # what a Ctrl-C leaves besides --out, when it is worth saying

    def interrupted() -> str:
        return "; ".join([*step, f"nothing complete was written to {os.fspath(args.out)}"])

    session.interrupted = interrupted
    try:
        try:
            _check_usage(args)
            _check_extra(args.to_format)
            label_set = load_label_set(args.label_set) if args.label_set is not None else None
            class_map = ClassMap.load(args.class_map) if args.class_map is not None else None
            _check_out(args.out, args.force)
            if args.project is None:
                report = _run(args, session, args.source, label_set, class_map)
            else:
                report = _convert_project(args, session, label_set, class_map, step)
        finally:
            session.end_progress()
    except (ConversionError, _UsageError) as exc:  # before AngoHubError: a ConversionError is one
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    if session.json:
        session.print_json(report.to_dict())
    else:
        session.print(report.summary())
    return EXIT_OK if report.ok else EXIT_DIFFERENT
