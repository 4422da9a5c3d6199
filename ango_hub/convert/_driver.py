"""One loop for every format: read rows, check sizes and file names, hand each task to the
format's writer, then save ``classes.json`` and move the files into place.

A writer (:class:`Writer`) only turns rows into its files in the staging folder it is
given; everything a user can rely on across formats (class ids, the missing-size policy,
file-name collisions, unsafe names, the report, nothing half-written) is decided here once.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal, Protocol

from ._classes import ClassMap
from ._errors import ConversionError, MissingImageSizeError
from ._output import ImageNames, OutputDir, safe_relative_name, stem_of
from ._report import ConversionReport, SkipReason
from ._rows import TaskValues, _RowReader, load_label_set, resolve_class_map
from ._source import Source, open_records

__all__ = ["MissingSize", "Writer", "convert_with"]

#: What to do with images whose size the export does not know (image-space formats only).
MissingSize = Literal["error", "skip"]

#: How many missing-size externalIds an error keeps (all are counted).
_MISSING_LISTED = 1000


class Writer(Protocol):
    """A format: where its files go and what it can hold."""

    #: The format's name in reports (``"coco"``, ``"yolo"``, ...).
    format: str
    #: The id of the first class (COCO 1, YOLO 0).
    first_id: int
    #: Whether positions are in image space (then images need a width and height).
    needs_size: bool
    #: What must be unique per image: ``"stem"`` (a file per image), ``"file_name"``, or None.
    unique: Literal["stem", "file_name"] | None

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        """Open the format's files in ``staging``."""

    def write(self, task: TaskValues, file_name: str | None) -> None:
        """Write one task; ``file_name`` is its safe relative name (from the externalId), None
        for a format that writes no file per image (``unique`` None)."""

    def finish(self) -> None:
        """Complete the files (indexes, headers); called once, after the last task."""

    def close(self) -> None:
        """Release what is open (also after an error)."""


def convert_with(
    writer: Writer,
    source: Source,
    out_dir: str | os.PathLike[str],
    *,
    label_set: object | None,
    class_map: ClassMap | str | os.PathLike[str] | None,
    on_missing_size: MissingSize,
    image_dir: str | os.PathLike[str] | None,
    force: bool,
    progress: Callable[[int, int | None], None] | bool | str | None,
) -> ConversionReport:
    """Run ``writer`` over ``source`` into ``out_dir`` (see the formats' functions)."""
    from ango_hub._progress import close_progress, progress_callback

    if on_missing_size not in ("error", "skip"):
        raise ConversionError(f'on_missing_size must be "error" or "skip", got {on_missing_size!r}')
    label_set = load_label_set(label_set)
    classes = resolve_class_map(label_set, class_map)
    reader = _RowReader(classes, label_set, first_id=writer.first_id, image_dir=image_dir, report=None)
    report = ConversionReport(format=writer.format, output=os.fspath(out_dir))
    reader.report = report
    callback = progress_callback(progress, f"convert to {writer.format}", unit="task")  # type: ignore[arg-type]
    records = open_records(source)
    output = OutputDir(out_dir, force=force)
    names = ImageNames()
    missing: list[str] = []
    missing_total = 0
    done = 0
    try:
        writer.start(output.staging, classes, report)
        needs_size, unique, write = writer.needs_size, writer.unique, writer.write
        values = reader.values
        written = report.written
        for record in records:
            for task in values(record):
                done += 1
                if callback is not None:
                    callback(done, None)
                if needs_size and (task.image_width is None or task.image_height is None):
                    if on_missing_size == "error":
                        missing_total += 1
                        if len(missing) < _MISSING_LISTED:
                            missing.append(str(task.external_id or task.task_id))
                    else:
                        report.skip(
                            SkipReason.NO_IMAGE_SIZE,
                            task.external_id,
                            task_id=task.task_id,
                            detail=f"the image and its {len(task.objects)} object(s) were left out",
                        )
                    continue
                if missing_total:
                    continue  # the conversion will stop: read on only to name every image
                if unique is None:  # no file per image: no name to find
                    write(task, None)
                else:
                    file_name = _file_name(task, writer, names, report)
                    if file_name is None:
                        continue
                    write(task, file_name)
                written["tasks"] += 1
        if missing_total:
            raise MissingImageSizeError(missing, total=missing_total)
        writer.finish()
        classes.save(output.staging / "classes.json", first_id=writer.first_id)
        writer.close()
        output.commit()
    except BaseException as exc:
        try:
            settle = getattr(writer, "settle", None)
            if settle is not None and isinstance(exc, Exception):
                # A file per image is written in the background (StagedFiles): one given to
                # it before this error that could not be written is the error, as it came first.
                settle()
        finally:
            writer.close()
            output.abort()
        raise
    finally:
        close_progress(callback)
        close = getattr(records, "close", None)
        if close is not None:
            close()
    return report


def _file_name(task: TaskValues, writer: Writer, names: ImageNames, report: ConversionReport) -> str | None:
    """The task's safe file name (from its externalId, else its taskId), claimed for it (a
    format with a file per image: ``unique`` is set), or None (skipped and reported)."""
    raw = task.external_id or task.task_id
    if raw is None:
        report.skip(
            SkipReason.UNSAFE_NAME, None, task_id=None, detail="the task has no externalId and no taskId"
        )
        return None
    name = safe_relative_name(raw)
    if name is None:
        report.skip(
            SkipReason.UNSAFE_NAME,
            task.external_id,
            task_id=task.task_id,
            detail="the externalId cannot be a file name (absolute, '..', or control characters)",
        )
        return None
    names.claim(stem_of(name) if writer.unique == "stem" else name, raw)
    return name
