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

Rows are written as they are read: a chunk of at most 1,024 rows waits as Python values,
then as an Arrow record batch, until ``batch_rows`` rows (or 8 MiB of them) make a row
group, so memory does not grow with the export (peak RSS 33 to 47 MiB above a conversion
of a small export, for NDJSON exports of 50 and 200 MB with the default ``batch_rows``:
``scripts/measure_parquet_memory.py``). A file
holds at most ``max_rows_per_file`` rows (``part-00000.parquet``, ``part-00001.parquet``,
...). With ``partition_by_stage`` the files go to hive directories, ``stage=<value>/`` (the
value escaped as pyarrow does, ``__HIVE_DEFAULT_PARTITION__`` for a task without a stage);
the ``stage`` column stays in the files too, so that a reader that knows nothing of hive
partitioning (Hugging Face ``datasets`` reads file by file) still has it, and every file has
the same schema. Readers that infer partition types may take stage names that are all
digits for integers: give them the type (``partitioning=ds.partitioning(pa.schema([("stage",
pa.string())]), flavor="hive")`` in pyarrow, ``hive_types={'stage': 'VARCHAR'}`` in DuckDB)
or read the files without hive partitioning, since the column is in them.

Strings are dictionary-encoded in the files (ids, names and stages repeat), coordinates are
not (they rarely repeat, and their dictionaries cost memory); the Arrow type of every string
column stays plain ``string``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from ._classes import ClassMap
from ._driver import convert_with
from ._errors import ConversionError, MissingExtraError
from ._jsonout import orjson_in_use
from ._report import ConversionReport
from ._rows import ObjectValues, TaskValues
from ._source import Source
from ._tables import OBJECT_COLUMNS, TASK_COLUMNS, ColumnKind, object_values, task_values

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

#: Rows per row group at most (fewer when the rows are large: see ``_BYTE_BUDGET``).
DEFAULT_BATCH_ROWS = 8192
#: Rows per file at most.
DEFAULT_MAX_ROWS_PER_FILE = 1_000_000
#: The directory value of a task without a stage (as Hive, Spark, pyarrow and DuckDB write it).
HIVE_DEFAULT_PARTITION = "__HIVE_DEFAULT_PARTITION__"
#: Rows wait as Python values a chunk of this many at a time (a row of the objects table
#: takes about a kilobyte as Python values, some hundred bytes in Arrow), ...
_CHUNK_ROWS = 1024
#: ... or fewer when they hold this many points (polygons, zones, corners: a point takes
#: about 120 bytes as Python values): a chunk of large segmentations stays a few megabytes.
_POINT_BUDGET = 1 << 15
#: Once the rows waiting in Arrow form (in all partitions) take this many bytes, the largest
#: partition's are written as a row group, even if it has fewer than ``batch_rows`` rows.
_BYTE_BUDGET = 8 << 20
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


def _point_count(row: ObjectValues) -> int:
    """How many points the geometry of ``row`` holds (corners, points, zones' rings)."""
    count = 0
    if row.corners:
        count += len(row.corners)
    if row.points:
        count += len(row.points)
    for zone in row.zones or ():
        count += len(zone.region) + sum(len(hole) for hole in zone.holes)
    return count


class _Partition:
    """The rows of one partition waiting to be written: the newest as Python values, one
    tuple a row (at most a chunk), the older already converted to Arrow record batches."""

    __slots__ = ("arrow_bytes", "arrow_rows", "batches", "points", "rows", "values")

    def __init__(self) -> None:
        self.values: list[tuple[Any, ...]] = []
        self.rows = 0
        self.points = 0
        self.batches: list[Any] = []
        self.arrow_rows = 0
        self.arrow_bytes = 0


class _OpenFile:
    """A Parquet file being written and how many rows it has."""

    __slots__ = ("rows", "writer")

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.rows = 0


class _Table:
    """One table (``objects`` or ``tasks``) written into ``root``.

    Rows wait per partition: a chunk of at most ``_CHUNK_ROWS`` rows (or ``_POINT_BUDGET``
    points) as Python values, converted then to an Arrow record batch (a point takes 16
    bytes there, ten times less); ``batch_rows`` rows make a row group, written to the
    partition's current file, or fewer when the batches of every partition together reach
    ``_BYTE_BUDGET``. Files hold at most ``max_rows_per_file`` rows and are numbered across
    the whole table (``part-00000.parquet``, ...), so no two share a name.
    """

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
        # Dictionary encoding where values repeat (ids, names, stages), not for coordinates.
        self.dictionary = [field.name for field in schema if field.type == self.pa.string()]
        self.max_rows_per_file = max_rows_per_file
        self.batch_rows = batch_rows
        self.chunk_rows = min(_CHUNK_ROWS, batch_rows)
        self.partition_by_stage = partition_by_stage
        self.partitions: dict[str, _Partition] = {}
        self.open_files: dict[str, _OpenFile] = {}
        self.python_rows = 0
        self.python_points = 0
        self.arrow_bytes = 0
        self.files: list[str] = []  # written, relative to root
        self.rows = 0
        root.mkdir(parents=True, exist_ok=True)

    def add(self, values: tuple[Any, ...], stage: str | None, points: int = 0) -> None:
        """Queue one row (``values``: in column order) of ``stage``, holding ``points`` points."""
        key = partition_directory(stage) if self.partition_by_stage else ""
        part = self.partitions.get(key)
        if part is None:
            part = self.partitions[key] = _Partition()
        part.values.append(values)
        part.rows += 1
        part.points += points
        self.python_rows += 1
        self.python_points += points
        if part.rows + part.arrow_rows >= self.batch_rows:
            self._write(key)
            return
        if self.python_rows >= self.chunk_rows:
            self._convert(max(self.partitions.values(), key=lambda other: other.rows))
        elif self.python_points >= _POINT_BUDGET:
            self._convert(max(self.partitions.values(), key=lambda other: other.points))
        else:
            return
        if self.arrow_bytes >= _BYTE_BUDGET:
            self._write(max(self.partitions, key=lambda name: self.partitions[name].arrow_bytes))

    def _convert(self, part: _Partition) -> None:
        """Turn the Python values waiting in ``part`` into one Arrow record batch."""
        if not part.rows:
            return
        pa = self.pa
        arrays = [
            pa.array(column, type=field.type)
            for column, field in zip(zip(*part.values, strict=True), self.schema, strict=True)
        ]
        batch = pa.RecordBatch.from_arrays(arrays, schema=self.schema)
        part.batches.append(batch)
        part.arrow_rows += batch.num_rows
        part.arrow_bytes += batch.nbytes
        self.arrow_bytes += batch.nbytes
        self.python_rows -= part.rows
        self.python_points -= part.points
        part.values = []
        part.rows = part.points = 0

    def _write(self, key: str) -> None:
        """Write the rows waiting in partition ``key`` as one row group (one per file they
        go to, when the current file fills up)."""
        part = self.partitions.pop(key)
        self._convert(part)
        self.arrow_bytes -= part.arrow_bytes
        table = self.pa.Table.from_batches(part.batches, schema=self.schema)
        del part
        offset = 0
        while offset < table.num_rows:
            handle = self.open_files.get(key) or self._open(key)
            take = min(table.num_rows - offset, self.max_rows_per_file - handle.rows)
            handle.writer.write_table(table.slice(offset, take), row_group_size=take)
            handle.rows += take
            offset += take
            if handle.rows >= self.max_rows_per_file:
                del self.open_files[key]
                handle.writer.close()
        self.rows += table.num_rows
        del table
        # Give back what the row group took: allocators such as mimalloc keep freed memory
        # (and tens of megabytes more in a long conversion) otherwise.
        self.pa.default_memory_pool().release_unused()

    def _open(self, key: str) -> _OpenFile:
        folder = self.root / key if key else self.root
        folder.mkdir(exist_ok=True)
        name = f"part-{len(self.files):05d}.parquet"
        relative = f"{key}/{name}" if key else name
        handle = _OpenFile(self.pq.ParquetWriter(folder / name, self.schema, use_dictionary=self.dictionary))
        self.files.append(relative)
        self.open_files[key] = handle
        return handle

    def finish(self) -> None:
        """Write what is waiting and close every file; an empty table gets one file with no
        rows, so that the directory still reads as a table with its schema."""
        for key in sorted(self.partitions):
            self._write(key)
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
        self._fast = False

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self.objects = self._table(staging / "objects", object_schema())
        self.tasks = self._table(staging / "tasks", task_schema())
        self._report = report
        self._fast = orjson_in_use()

    def _table(self, root: Path, schema: Any) -> _Table:
        return _Table(
            root,
            schema,
            max_rows_per_file=self.max_rows_per_file,
            batch_rows=self.batch_rows,
            partition_by_stage=self.partition_by_stage,
        )

    def write(self, task: TaskValues, file_name: str | None) -> None:
        assert self.objects is not None
        assert self.tasks is not None
        assert self._report is not None
        fast = self._fast
        self.tasks.add(task_values(task, fast), task.stage)
        add = self.objects.add
        for row in task.objects:
            add(object_values(row, fast), row.stage, _point_count(row))
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
    ``batch_rows`` rows (fewer when those rows would take more than 8 MiB, or where a file
    ends); at most that many rows wait to be written at any time, per table. With
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
