"""Parquet datasets: ``objects/`` and ``tasks/``, directories of Parquet files that Spark,
Dask, Ray, DuckDB, pandas/pyarrow and Hugging Face ``datasets`` read as one table each.

::

    from ango_hub.convert import to_parquet

    to_parquet("export.zip", "dataset/", label_set="label_set.json", partition_by_stage=True)

    import pyarrow.dataset as ds
    objects = ds.dataset("dataset/objects", format="parquet", partitioning="hive").to_table()

The columns are those of :func:`~ango_hub.convert.to_jsonl` (``OBJECT_COLUMNS`` and
``TASK_COLUMNS``), with the same values; their Arrow types are fixed before the first row
(:func:`object_schema`, :func:`task_schema`) and never inferred from the data, so every file
of every conversion has the same schema: an export without a single segmentation still has
the ``zones`` column, all nulls. Image sizes are null where the export does not know them.

Rows are written as they are read, a batch at a time (at most ``batch_rows`` rows, and fewer
when their geometry has many points), each batch one row group, so memory does not grow with
the export. A file holds at most ``max_rows_per_file`` rows (``part-00000.parquet``,
``part-00001.parquet``, ...). With ``partition_by_stage`` the files go to hive directories,
``stage=<value>/`` (the value escaped as pyarrow does, ``__HIVE_DEFAULT_PARTITION__`` for a
task without a stage); the ``stage`` column stays in the files too, so a reader that knows
nothing of hive partitioning still has it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from ._classes import ClassMap
from ._driver import convert_with
from ._errors import ConversionError, MissingExtraError
from ._report import ConversionReport
from ._rows import TaskRow
from ._source import Source
from ._tables import OBJECT_COLUMNS, TASK_COLUMNS, ColumnKind, object_record, task_record

__all__ = [
    "DEFAULT_BATCH_ROWS",
    "DEFAULT_MAX_ROWS_PER_FILE",
    "HIVE_DEFAULT_PARTITION",
    "arrow_type",
    "object_schema",
    "partition_directory",
    "task_schema",
    "to_parquet",
]

#: Rows per batch, and so per row group at most (the tables' rows are small: a few thousand
#: of them take a few megabytes while they wait to be written).
DEFAULT_BATCH_ROWS = 8192
#: Rows per file at most.
DEFAULT_MAX_ROWS_PER_FILE = 1_000_000
#: The directory value of a task without a stage (as Hive, Spark, pyarrow and DuckDB write it).
HIVE_DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"
#: A batch is written early once its rows hold this many points (polygons, zones, corners):
#: a batch of large segmentations would otherwise take hundreds of megabytes.
_POINT_BUDGET = 1 << 17
#: The longest directory name most file systems allow, in bytes.
_NAME_MAX = 255


def _pyarrow() -> tuple[Any, Any]:
    """``pyarrow`` and ``pyarrow.parquet``, or :class:`MissingExtraError` naming the extra."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingExtraError("Parquet output", "parquet", "pyarrow") from None
    return pyarrow, pyarrow.parquet


def arrow_type(kind: ColumnKind) -> Any:
    """The Arrow type of a column of ``kind`` (a ``pyarrow.DataType``).

    ``string`` and ``json`` (a JSON document as text) are ``string``; ``int`` is ``int64``;
    ``float`` is ``float64``; ``strings`` is ``list<string>``; ``point`` is ``list<double>``
    (``[x, y]``); ``points`` is ``list<list<double>>`` (``[[x, y], ...]``); ``zones`` is
    ``list<struct<region: list<list<double>>, holes: list<list<list<double>>>>>``. Plain
    (variable-size) lists are used throughout: every engine reads them.
    """
    pa, _pq = _pyarrow()

    def list_of(item: Any) -> Any:
        # Items named "element", as Parquet's nested lists are (and as pyarrow reads them back).
        return pa.list_(pa.field("element", item))

    point = list_of(pa.float64())
    points = list_of(point)
    types = {
        "string": pa.string(),
        "json": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "strings": list_of(pa.string()),
        "point": point,
        "points": points,
        "zones": list_of(pa.struct([pa.field("region", points), pa.field("holes", list_of(points))])),
    }
    try:
        return types[kind]
    except KeyError:
        raise ValueError(f"unknown column kind {kind!r}") from None


def _schema(columns: Iterable[tuple[str, ColumnKind]]) -> Any:
    pa, _pq = _pyarrow()
    return pa.schema([pa.field(name, arrow_type(kind), nullable=True) for name, kind in columns])


def object_schema() -> Any:
    """The ``pyarrow.Schema`` of the ``objects`` table (``OBJECT_COLUMNS``, every column
    nullable): the same for every export, whatever its tools."""
    return _schema(OBJECT_COLUMNS)


def task_schema() -> Any:
    """The ``pyarrow.Schema`` of the ``tasks`` table (``TASK_COLUMNS``, every column nullable)."""
    return _schema(TASK_COLUMNS)


def partition_directory(stage: str | None) -> str:
    """The hive directory of the rows of ``stage``: ``stage=<value>``, the value escaped as
    pyarrow's hive partitioning does (every byte but letters, digits and ``-._~`` as ``%XX``),
    ``stage=__HIVE_DEFAULT_PARTITION__`` for None."""
    if stage is None:
        return f"stage={HIVE_DEFAULT_PARTITION}"
    name = f"stage={quote(stage, safe='')}"
    if len(name) > _NAME_MAX:
        raise ConversionError(
            f"the stage {stage[:40]!r}... is too long to name a directory: convert without partition_by_stage"
        )
    return name


def _point_count(record: Mapping[str, Any]) -> int:
    """How many points the geometry of an ``objects`` record holds."""
    count = 0
    for name in ("corners", "points"):
        value = record.get(name)
        if value:
            count += len(value)
    for zone in record.get("zones") or ():
        count += len(zone["region"]) + sum(len(hole) for hole in zone["holes"])
    return count


class _Pending:
    """Rows of one partition waiting to be written, column by column."""

    __slots__ = ("columns", "points", "rows")

    def __init__(self, width: int) -> None:
        self.columns: list[list[Any]] = [[] for _ in range(width)]
        self.rows = 0
        self.points = 0


class _OpenFile:
    """A Parquet file being written and how many rows it has."""

    __slots__ = ("rows", "writer")

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.rows = 0


class _Table:
    """One table (``objects`` or ``tasks``) written into ``root``: rows are gathered per
    partition, written a batch (one row group) at a time, into files of at most
    ``max_rows_per_file`` rows numbered across the whole table."""

    def __init__(
        self,
        root: Path,
        schema: Any,
        *,
        max_rows_per_file: int,
        batch_rows: int,
        partition_by_stage: bool,
    ) -> None:
        self.pa, self.pq = _pyarrow()
        self.root = root
        self.schema = schema
        self.names: tuple[str, ...] = tuple(schema.names)
        self.max_rows_per_file = max_rows_per_file
        self.batch_rows = batch_rows
        self.partition_by_stage = partition_by_stage
        self.pending: dict[str, _Pending] = {}
        self.open_files: dict[str, _OpenFile] = {}
        self.pending_rows = 0
        self.pending_points = 0
        self.files: list[str] = []  # written, relative to root
        self.rows = 0
        root.mkdir(parents=True, exist_ok=True)

    def add(self, record: Mapping[str, Any], points: int = 0) -> None:
        """Queue one row (``record``: its values by column name) holding ``points`` points."""
        key = partition_directory(record["stage"]) if self.partition_by_stage else ""
        pending = self.pending.get(key)
        if pending is None:
            pending = self.pending[key] = _Pending(len(self.names))
        for values, name in zip(pending.columns, self.names, strict=True):
            values.append(record[name])
        pending.rows += 1
        pending.points += points
        self.pending_rows += 1
        self.pending_points += points
        if self.pending_rows >= self.batch_rows:
            self._flush(max(self.pending, key=lambda name: self.pending[name].rows))
        elif self.pending_points >= _POINT_BUDGET:
            self._flush(max(self.pending, key=lambda name: self.pending[name].points))

    def _flush(self, key: str) -> None:
        """Write the rows waiting in partition ``key`` (one row group per file they go to)."""
        pending = self.pending.pop(key)
        self.pending_rows -= pending.rows
        self.pending_points -= pending.points
        pa = self.pa
        arrays = [
            pa.array(values, type=field.type)
            for values, field in zip(pending.columns, self.schema, strict=True)
        ]
        del pending
        batch = pa.RecordBatch.from_arrays(arrays, schema=self.schema)
        offset = 0
        while offset < batch.num_rows:
            handle = self.open_files.get(key) or self._open(key)
            take = min(batch.num_rows - offset, self.max_rows_per_file - handle.rows)
            handle.writer.write_batch(batch.slice(offset, take), row_group_size=take)
            handle.rows += take
            offset += take
            if handle.rows >= self.max_rows_per_file:
                del self.open_files[key]
                handle.writer.close()
        self.rows += batch.num_rows

    def _open(self, key: str) -> _OpenFile:
        folder = self.root / key if key else self.root
        folder.mkdir(exist_ok=True)
        name = f"part-{len(self.files):05d}.parquet"
        relative = f"{key}/{name}" if key else name
        handle = _OpenFile(self.pq.ParquetWriter(folder / name, self.schema))
        self.files.append(relative)
        self.open_files[key] = handle
        return handle

    def finish(self) -> None:
        """Write what is waiting and close every file; an empty table gets one file with no
        rows, so that the directory still reads as a table with its schema."""
        for key in sorted(self.pending):
            self._flush(key)
        if not self.files:
            self._open("")
        self.close()

    def close(self) -> None:
        """Close the open files (their content is complete only after :meth:`finish`)."""
        while self.open_files:
            _key, handle = self.open_files.popitem()
            handle.writer.close()


class _ParquetWriter:
    format = "parquet"
    first_id = 0
    needs_size = False
    unique: Literal["stem", "file_name"] | None = None

    def __init__(self, *, max_rows_per_file: int, batch_rows: int, partition_by_stage: bool) -> None:
        self.max_rows_per_file = max_rows_per_file
        self.batch_rows = batch_rows
        self.partition_by_stage = partition_by_stage
        self.objects: _Table | None = None
        self.tasks: _Table | None = None
        self._report: ConversionReport | None = None

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self.objects = self._table(staging / "objects", object_schema())
        self.tasks = self._table(staging / "tasks", task_schema())
        self._report = report

    def _table(self, root: Path, schema: Any) -> _Table:
        return _Table(
            root,
            schema,
            max_rows_per_file=self.max_rows_per_file,
            batch_rows=self.batch_rows,
            partition_by_stage=self.partition_by_stage,
        )

    def write(self, task: TaskRow, file_name: str | None) -> None:
        assert self.objects is not None
        assert self.tasks is not None
        assert self._report is not None
        self.tasks.add(task_record(task))
        for row in task.objects:
            record = object_record(row)
            self.objects.add(record, _point_count(record))
        self._report.written["objects"] += len(task.objects)

    def finish(self) -> None:
        assert self.objects is not None
        assert self.tasks is not None
        assert self._report is not None
        self.objects.finish()
        self.tasks.finish()
        self._report.written["files"] += len(self.objects.files) + len(self.tasks.files)

    def close(self) -> None:
        for table in (self.objects, self.tasks):
            if table is not None:
                table.close()


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConversionError(f"{name} must be a positive integer, got {value!r}")
    return value


def _drop_stale_files(out_dir: Path, table: str, written: Iterable[str]) -> None:
    """After a conversion into a directory that had a dataset (``force=True``), remove the
    Parquet files of ``table`` this conversion did not write, and the partition folders they
    leave empty: a reader would take them for part of the new dataset."""
    root = out_dir / table
    if root.is_symlink() or not root.is_dir():
        return
    keep = {Path(name) for name in written}
    for folder, dirs, files in os.walk(root, topdown=False):
        here = Path(folder)
        for name in files:
            path = here / name
            if name.endswith(".parquet") and path.relative_to(root) not in keep and not path.is_symlink():
                path.unlink()
        for name in dirs:
            sub = here / name
            if name.startswith("stage=") and not sub.is_symlink() and not any(sub.iterdir()):
                sub.rmdir()


def to_parquet(
    source: Source,
    out_dir: str | os.PathLike[str],
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    image_dir: str | os.PathLike[str] | None = None,
    max_rows_per_file: int = DEFAULT_MAX_ROWS_PER_FILE,
    partition_by_stage: bool = False,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    force: bool = False,
    progress: Callable[[int, int | None], None] | bool | str | None = None,
) -> ConversionReport:
    """Write two Parquet datasets, ``objects/`` (one row per object) and ``tasks/`` (one row
    per task, with its ``object_count`` and classification answers), and ``classes.json``
    into ``out_dir``. Needs the ``parquet`` extra (``pip install 'ango-hub[parquet]'``).

    ``source`` is an export file (``.zip``, ``.json``, ``.ndjson``) or an iterable of
    records; ``label_set`` and/or ``class_map`` give the class ids (from 0, as in
    ``classes.json``). The columns and values are those of :func:`to_jsonl`; the schema is
    fixed (:func:`object_schema`, :func:`task_schema`). Image sizes are null where unknown
    (``image_dir`` reads them from the images' headers); nothing is skipped for want of one.

    Each file holds at most ``max_rows_per_file`` rows, in row groups of at most
    ``batch_rows`` rows (the rows waiting to be written at any time). With
    ``partition_by_stage`` the files are in hive directories ``stage=<value>/``. With
    ``force``, a dataset already in ``out_dir`` is replaced: its files that this conversion
    did not rewrite are removed once it succeeded.

    Read it back with ``pyarrow.dataset.dataset(out_dir / "objects", format="parquet",
    partitioning="hive")``, DuckDB's ``read_parquet('objects/**/*.parquet',
    hive_partitioning=true)``, ``spark.read.parquet(...)`` or ``datasets.load_dataset("parquet",
    data_files=...)``. Returns the :class:`ConversionReport`; raises
    :class:`MissingExtraError` before any work when pyarrow is not installed.
    """
    _pyarrow()
    writer = _ParquetWriter(
        max_rows_per_file=_positive("max_rows_per_file", max_rows_per_file),
        batch_rows=_positive("batch_rows", batch_rows),
        partition_by_stage=bool(partition_by_stage),
    )
    report = convert_with(
        writer,
        source,
        out_dir,
        label_set=label_set,
        class_map=class_map,
        on_missing_size="skip",
        image_dir=image_dir,
        force=force,
        progress=progress,
    )
    if force:
        for table in (writer.objects, writer.tasks):
            assert table is not None
            _drop_stale_files(Path(out_dir), table.root.name, table.files)
    return report
