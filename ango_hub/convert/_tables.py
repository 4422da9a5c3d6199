"""Rows as flat tables with a fixed set of columns: ``objects`` and ``tasks``, the same for
JSON Lines (:func:`to_jsonl`, no dependency) and Parquet (:func:`~ango_hub.convert.to_parquet`).

The columns never depend on the data (a column whose value no row has is still there, with
nulls), so files written from different exports, or from different parts of one export,
read as one table. Image sizes may be null here: only image-space formats need them.
Nested answers are JSON strings (``attributes``), so that every engine reads them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal

from ._classes import ClassMap
from ._driver import convert_with
from ._report import ConversionReport
from ._rows import ObjectRow, TaskRow
from ._source import Source

__all__ = ["OBJECT_COLUMNS", "TASK_COLUMNS", "object_record", "task_record", "to_jsonl"]

#: A column's kind: how JSON Lines writes it and which Arrow type Parquet gives it.
ColumnKind = Literal["string", "int", "float", "strings", "point", "points", "zones", "json"]

#: The columns of the ``objects`` table, in order, with their kinds.
OBJECT_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    ("task_id", "string"),
    ("external_id", "string"),
    ("stage", "string"),
    ("object_id", "string"),
    ("schema_id", "string"),
    ("class_id", "int"),
    ("class_name", "string"),
    ("tool", "string"),
    ("page", "int"),
    ("page_number", "int"),
    ("bbox_x", "float"),
    ("bbox_y", "float"),
    ("bbox_width", "float"),
    ("bbox_height", "float"),
    ("rotation", "float"),
    ("corners", "points"),
    ("points", "points"),
    ("zones", "zones"),
    ("span_start", "float"),
    ("span_end", "float"),
    ("image_width", "int"),
    ("image_height", "int"),
    ("attributes", "json"),
)

#: The columns of the ``tasks`` table, in order, with their kinds.
TASK_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    ("task_id", "string"),
    ("external_id", "string"),
    ("asset", "string"),
    ("asset_id", "string"),
    ("stage", "string"),
    ("stage_id", "string"),
    ("batches", "strings"),
    ("image_width", "int"),
    ("image_height", "int"),
    ("object_count", "int"),
    ("attributes", "json"),
    ("updated_at", "string"),
    ("updated_by", "string"),
    ("total_duration", "float"),
    ("brush_data_url", "string"),
)


def _points(points: Any) -> list[list[float]] | None:
    return None if points is None else [[x, y] for x, y in points]


def object_record(row: ObjectRow) -> dict[str, Any]:
    """The ``objects`` table's row for ``row`` (keys in column order)."""
    bbox = row.bbox
    span = row.span
    return {
        "task_id": row.task_id,
        "external_id": row.external_id,
        "stage": row.stage,
        "object_id": row.object_id,
        "schema_id": row.schema_id,
        "class_id": row.class_id,
        "class_name": row.class_name,
        "tool": row.tool,
        "page": row.page,
        "page_number": row.page_number,
        "bbox_x": None if bbox is None else bbox[0],
        "bbox_y": None if bbox is None else bbox[1],
        "bbox_width": None if bbox is None else bbox[2],
        "bbox_height": None if bbox is None else bbox[3],
        "rotation": row.rotation,
        "corners": _points(row.corners),
        "points": _points(row.points),
        "zones": None
        if row.zones is None
        else [
            {"region": _points(zone.region), "holes": [_points(hole) for hole in zone.holes]}
            for zone in row.zones
        ],
        "span_start": None if span is None else span[0],
        "span_end": None if span is None else span[1],
        "image_width": row.image_width,
        "image_height": row.image_height,
        "attributes": json.dumps(row.attributes, ensure_ascii=False, separators=(",", ":")),
    }


def task_record(task: TaskRow) -> dict[str, Any]:
    """The ``tasks`` table's row for ``task`` (keys in column order)."""
    return {
        "task_id": task.task_id,
        "external_id": task.external_id,
        "asset": task.asset,
        "asset_id": task.asset_id,
        "stage": task.stage,
        "stage_id": task.stage_id,
        "batches": list(task.batches),
        "image_width": task.image_width,
        "image_height": task.image_height,
        "object_count": len(task.objects),
        "attributes": json.dumps(task.attributes, ensure_ascii=False, separators=(",", ":")),
        "updated_at": task.updated_at,
        "updated_by": task.updated_by,
        "total_duration": task.total_duration,
        "brush_data_url": task.brush_data_url,
    }


class _JsonlWriter:
    format = "jsonl"
    first_id = 0
    needs_size = False
    unique: Literal["stem", "file_name"] | None = None

    def __init__(self) -> None:
        self._objects: IO[str] | None = None
        self._tasks: IO[str] | None = None
        self._report: ConversionReport | None = None

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self._objects = (staging / "objects.jsonl").open("w", encoding="utf-8")
        self._tasks = (staging / "tasks.jsonl").open("w", encoding="utf-8")
        self._report = report

    def write(self, task: TaskRow, file_name: str | None) -> None:
        assert self._objects is not None
        assert self._tasks is not None
        assert self._report is not None
        dumps = json.dumps
        self._tasks.write(dumps(task_record(task), ensure_ascii=False) + "\n")
        for row in task.objects:
            self._objects.write(dumps(object_record(row), ensure_ascii=False) + "\n")
        self._report.written["objects"] += len(task.objects)

    def finish(self) -> None:
        return None

    def close(self) -> None:
        for handle in (self._objects, self._tasks):
            if handle is not None:
                handle.close()


def to_jsonl(
    source: Source,
    out_dir: str | os.PathLike[str],
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    image_dir: str | os.PathLike[str] | None = None,
    force: bool = False,
    progress: Callable[[int, int | None], None] | bool | str | None = None,
) -> ConversionReport:
    """Write ``objects.jsonl`` and ``tasks.jsonl`` (the Parquet tables' columns, one JSON
    object a line) and ``classes.json`` into ``out_dir``; no dependency.

    ``source`` is an export file or an iterable of records; ``label_set`` and/or
    ``class_map`` give the class ids (from 0). Image sizes are null where unknown
    (``image_dir`` reads them from the images). Returns the :class:`ConversionReport`.
    """
    return convert_with(
        _JsonlWriter(),
        source,
        out_dir,
        label_set=label_set,
        class_map=class_map,
        on_missing_size="skip",
        image_dir=image_dir,
        force=force,
        progress=progress,
    )
