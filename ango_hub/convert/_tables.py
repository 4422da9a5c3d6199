"""Rows as flat tables with a fixed set of columns: ``objects`` and ``tasks``, the same for
JSON Lines (:func:`to_jsonl`, no dependency) and Parquet (:func:`~ango_hub.convert.to_parquet`).

The columns never depend on the data (a column whose value no row has is still there, with
nulls), so files written from different exports, or from different parts of one export,
read as one table. Image sizes may be null here: only image-space formats need them.
Nested answers are JSON strings (``attributes``), so that every engine reads them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from json.encoder import encode_basestring as _encode_string
from math import isfinite
from pathlib import Path
from typing import IO, Any, Literal

from ._classes import ClassMap
from ._driver import convert_with
from ._geometry import Zone
from ._jsonout import compact, orjson_in_use, plain_answers, stdlib_compact
from ._report import ConversionReport
from ._rows import ObjectRow, ObjectValues, TaskRow, TaskValues
from ._source import Source

__all__ = [
    "OBJECT_COLUMNS",
    "TASK_COLUMNS",
    "answers_text",
    "object_body",
    "object_head",
    "object_line",
    "object_record",
    "object_tail",
    "object_values",
    "task_line",
    "task_record",
    "task_values",
    "to_jsonl",
]

#: The write buffer of a JSON Lines file.
_BUFFER = 1 << 20

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


_OBJECT_NAMES = tuple(name for name, _kind in OBJECT_COLUMNS)
_TASK_NAMES = tuple(name for name, _kind in TASK_COLUMNS)


def _points(points: Any) -> list[list[float]] | None:
    return None if points is None else [[x, y] for x, y in points]


def _zone(zone: Zone) -> dict[str, Any]:
    return {"region": _points(zone.region), "holes": [_points(hole) for hole in zone.holes]}


def answers_text(answers: dict[str, Any], fast: bool) -> str:
    """The ``attributes`` column: ``answers`` as compact JSON text (by orjson when ``fast``
    and it writes the same, see ``_jsonout``)."""
    if not answers:
        return "{}"
    if fast and plain_answers(answers):
        return compact(answers).decode("utf-8")
    return stdlib_compact(answers)


def object_values(row: ObjectRow | ObjectValues, fast: bool) -> tuple[Any, ...]:
    """The ``objects`` table's values for ``row``, in column order (``fast``: see
    :func:`answers_text`)."""
    bbox = row.bbox
    span = row.span
    zones = row.zones
    return (
        row.task_id,
        row.external_id,
        row.stage,
        row.object_id,
        row.schema_id,
        row.class_id,
        row.class_name,
        row.tool,
        row.page,
        row.page_number,
        *((None, None, None, None) if bbox is None else bbox),
        row.rotation,
        None if row.corners is None else [[x, y] for x, y in row.corners],
        None if row.points is None else [[x, y] for x, y in row.points],
        None
        if zones is None
        else [
            {"region": _points(zone.region), "holes": [_points(hole) for hole in zone.holes]}
            for zone in zones
        ],
        *((None, None) if span is None else span),
        row.image_width,
        row.image_height,
        answers_text(row.attributes, fast),
    )


def task_values(task: TaskRow | TaskValues, fast: bool) -> tuple[Any, ...]:
    """The ``tasks`` table's values for ``task``, in column order (``fast``: see
    :func:`answers_text`)."""
    return (
        task.task_id,
        task.external_id,
        task.asset,
        task.asset_id,
        task.stage,
        task.stage_id,
        list(task.batches),
        task.image_width,
        task.image_height,
        len(task.objects),
        answers_text(task.attributes, fast),
        task.updated_at,
        task.updated_by,
        task.total_duration,
        task.brush_data_url,
    )


def object_record(row: ObjectRow | ObjectValues) -> dict[str, Any]:
    """The ``objects`` table's row for ``row`` (keys in column order)."""
    return dict(zip(_OBJECT_NAMES, object_values(row, orjson_in_use()), strict=True))


def task_record(task: TaskRow | TaskValues) -> dict[str, Any]:
    """The ``tasks`` table's row for ``task`` (keys in column order)."""
    return dict(zip(_TASK_NAMES, task_values(task, orjson_in_use()), strict=True))


# --- JSON Lines: what json.dumps(record, ensure_ascii=False) writes, from the values ----------
#
# The keys and separators of a line are fixed (the columns), so only the values are encoded,
# each as the standard library's encoder does it: strings by its own C function
# (json.encoder.encode_basestring: the ensure_ascii=False form), integers by int.__repr__,
# floats by float.__repr__ (NaN and the infinities as NaN, Infinity, -Infinity), tuples and
# lists as arrays, None as null. Tests compare every line with json.dumps.


def _text(value: str | None) -> str:
    return "null" if value is None else _encode_string(value)


def _integer(value: int | None) -> str:
    return "null" if value is None else int.__repr__(value)


def _float(value: float | None) -> str:
    if value is None:
        return "null"
    if isfinite(value):
        return float.__repr__(value)
    return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")


def _ring(points: Any) -> str:
    if points is None:
        return "null"
    return "[" + ", ".join([f"[{_float(x)}, {_float(y)}]" for x, y in points]) + "]"


def _zones_of(zones: tuple[Zone, ...] | None) -> str:
    if zones is None:
        return "null"
    return "[" + ", ".join([_zone_text(zone) for zone in zones]) + "]"


def _zone_text(zone: Zone) -> str:
    holes = ", ".join([_ring(hole) for hole in zone.holes])
    return f'{{"region": {_ring(zone.region)}, "holes": [{holes}]}}'


def object_head(task_id: str | None, external_id: str | None, stage: str | None) -> str:
    """The start of an ``objects`` line, up to the ``object_id``'s value (the task's part)."""
    text = _encode_string
    return (
        f'{{"task_id": {"null" if task_id is None else text(task_id)}, '
        f'"external_id": {"null" if external_id is None else text(external_id)}, '
        f'"stage": {"null" if stage is None else text(stage)}, "object_id": '
    )


def object_tail(image_width: int | None, image_height: int | None) -> str:
    """An ``objects`` line from the image's size up to the ``attributes``' value."""
    return (
        f', "image_width": {"null" if image_width is None else int.__repr__(image_width)}, '
        f'"image_height": {"null" if image_height is None else int.__repr__(image_height)}, "attributes": '
    )


def object_body(row: ObjectRow | ObjectValues) -> str:
    """An ``objects`` line from the ``object_id``'s value to the ``span_end``'s."""
    text = _encode_string
    object_id, page, page_number, bbox = row.object_id, row.page, row.page_number, row.bbox
    if bbox is not None and isfinite(bbox[0] + bbox[1] + bbox[2] + bbox[3]):
        number = float.__repr__  # four finite floats
        box = (
            f'"bbox_x": {number(bbox[0])}, "bbox_y": {number(bbox[1])}, '
            f'"bbox_width": {number(bbox[2])}, "bbox_height": {number(bbox[3])}'
        )
    elif bbox is None:
        box = '"bbox_x": null, "bbox_y": null, "bbox_width": null, "bbox_height": null'
    else:
        box = (
            f'"bbox_x": {_float(bbox[0])}, "bbox_y": {_float(bbox[1])}, '
            f'"bbox_width": {_float(bbox[2])}, "bbox_height": {_float(bbox[3])}'
        )
    if row.rotation is None and row.corners is None and row.points is None and row.zones is None:
        shape = '"rotation": null, "corners": null, "points": null, "zones": null'
    else:
        shape = (
            f'"rotation": {_float(row.rotation)}, "corners": {_ring(row.corners)}, '
            f'"points": {_ring(row.points)}, "zones": {_zones_of(row.zones)}'
        )
    span = row.span
    return (
        f'{"null" if object_id is None else text(object_id)}, "schema_id": {text(row.schema_id)}, '
        f'"class_id": {int.__repr__(row.class_id)}, "class_name": {text(row.class_name)}, '
        f'"tool": {text(row.tool)}, "page": {"null" if page is None else int.__repr__(page)}, '
        f'"page_number": {"null" if page_number is None else int.__repr__(page_number)}, {box}, {shape}, '
        + (
            '"span_start": null, "span_end": null'
            if span is None
            else f'"span_start": {_float(span[0])}, "span_end": {_float(span[1])}'
        )
    )


def object_line(row: ObjectRow | ObjectValues, fast: bool) -> str:
    """``json.dumps(object_record(row), ensure_ascii=False)`` (``fast``: see :func:`answers_text`)."""
    return (
        object_head(row.task_id, row.external_id, row.stage)
        + object_body(row)
        + object_tail(row.image_width, row.image_height)
        + _encode_string(answers_text(row.attributes, fast))
        + "}"
    )


def task_line(record: dict[str, Any]) -> str:
    """``json.dumps(record, ensure_ascii=False)`` of a record :func:`task_record` made."""
    batches = ", ".join([_encode_string(batch) for batch in record["batches"]])
    return (
        f'{{"task_id": {_text(record["task_id"])}, "external_id": {_text(record["external_id"])}, '
        f'"asset": {_text(record["asset"])}, "asset_id": {_text(record["asset_id"])}, '
        f'"stage": {_text(record["stage"])}, "stage_id": {_text(record["stage_id"])}, '
        f'"batches": [{batches}], "image_width": {_integer(record["image_width"])}, '
        f'"image_height": {_integer(record["image_height"])}, '
        f'"object_count": {_integer(record["object_count"])}, "attributes": {_text(record["attributes"])}, '
        f'"updated_at": {_text(record["updated_at"])}, "updated_by": {_text(record["updated_by"])}, '
        f'"total_duration": {_float(record["total_duration"])}, '
        f'"brush_data_url": {_text(record["brush_data_url"])}}}'
    )


class _JsonlWriter:
    format = "jsonl"
    first_id = 0
    needs_size = False
    unique: Literal["stem", "file_name"] | None = None

    def __init__(self) -> None:
        self._objects: IO[str] | None = None
        self._tasks: IO[str] | None = None
        self._report: ConversionReport | None = None
        self._fast = False

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self._objects = (staging / "objects.jsonl").open("w", encoding="utf-8", buffering=_BUFFER)
        self._tasks = (staging / "tasks.jsonl").open("w", encoding="utf-8", buffering=_BUFFER)
        self._report = report
        self._fast = orjson_in_use()

    def write(self, task: TaskValues, file_name: str | None) -> None:
        assert self._objects is not None
        assert self._tasks is not None
        assert self._report is not None
        self._tasks.write(task_line(task_record(task)) + "\n")
        if not task.objects:
            return
        write, fast, text = self._objects.write, self._fast, _encode_string
        # The task's parts of its objects' lines, made once (its rows hold the task's values).
        task_id, external_id, stage = task.task_id, task.external_id, task.stage
        width, height = task.image_width, task.image_height
        head, tail = object_head(task_id, external_id, stage), object_tail(width, height)
        for row in task.objects:
            if (
                row.task_id is task_id
                and row.external_id is external_id
                and row.stage is stage
                and row.image_width is width
                and row.image_height is height
            ):
                write(f"{head}{object_body(row)}{tail}{text(answers_text(row.attributes, fast))}}}\n")
            else:
                write(object_line(row, fast) + "\n")
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
