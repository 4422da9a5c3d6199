"""``to_parquet``: two Parquet datasets read back by independent readers (pyarrow's dataset
reader and DuckDB), as one table each, whatever the number of files and partitions."""

from __future__ import annotations

import json
import sys
import zipfile
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from ango_hub.convert import (
    OBJECT_COLUMNS,
    TASK_COLUMNS,
    ConversionError,
    MissingExtraError,
    object_schema,
    task_schema,
    to_jsonl,
    to_parquet,
)
from ango_hub.testing import MockHub

from ._records import TABLE_HOLE as HOLE
from ._records import TABLE_LABEL_SET as LABEL_SET
from ._records import TABLE_STAGES as STAGES
from ._records import (
    boxes_only,
    mixed_records,
    object_count,
)
from ._records import table_record as record
from ._records import table_segmentation as segmentation

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ds = pytest.importorskip("pyarrow.dataset")
duckdb = pytest.importorskip("duckdb")


def parquet_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.parquet"))


def hive_table(folder: Path) -> Any:
    """The whole directory as one table, as pyarrow's dataset reader sees it."""
    return ds.dataset(folder, format="parquet", partitioning="hive").to_table()


def duck(query: str, folder: Path) -> list[tuple[Any, ...]]:
    """``query`` with ``{t}`` standing for every Parquet file under ``folder`` (hive partitions on)."""
    source = f"read_parquet('{folder.as_posix()}/**/*.parquet', hive_partitioning=true)"
    rows: list[tuple[Any, ...]] = duckdb.sql(query.format(t=source)).fetchall()
    return rows


def in_order(folder: Path) -> list[dict[str, Any]]:
    """Every row of an unpartitioned table, file by file in name order (the order written)."""
    rows: list[dict[str, Any]] = []
    for path in parquet_files(folder):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def row_groups(path: Path) -> list[int]:
    metadata = pq.ParquetFile(path).metadata
    return [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]


def stream_groups(total: int, *, group: int, per_file: int) -> list[list[int]]:
    """The row groups of each file when ``total`` rows are written as one stream in groups
    of ``group`` rows, into files of ``per_file`` rows."""
    files = []
    for start in range(0, total, per_file):
        end = min(start + per_file, total)
        cuts = sorted({start, end, *range((start // group + 1) * group, end, group)})
        files.append([b - a for a, b in pairwise(cuts)])
    return files


def test_several_files_read_as_one_table(tmp_path: Path) -> None:
    records = mixed_records(60)
    report = to_parquet(records, tmp_path / "out", label_set=LABEL_SET, max_rows_per_file=7, batch_rows=3)
    assert report.ok, report.summary()
    objects, tasks = tmp_path / "out" / "objects", tmp_path / "out" / "tasks"
    expected = object_count(records)
    assert report.written["objects"] == expected
    assert report.written["tasks"] == 60
    assert len(parquet_files(objects)) == -(-expected // 7)
    assert len(parquet_files(tasks)) == -(-60 // 7)
    assert report.written["files"] == len(parquet_files(objects)) + len(parquet_files(tasks))
    for path in parquet_files(objects) + parquet_files(tasks):
        metadata = pq.ParquetFile(path).metadata
        assert 0 < metadata.num_rows <= 7
        assert all(metadata.row_group(i).num_rows <= 3 for i in range(metadata.num_row_groups))
    assert hive_table(objects).num_rows == expected
    assert hive_table(tasks).num_rows == 60
    assert duck("select count(*) from {t}", objects) == [(expected,)]
    assert duck("select count(*), sum(object_count) from {t}", tasks) == [(60, expected)]
    names = json.loads((tmp_path / "out" / "classes.json").read_text())
    assert [entry["name"] for entry in names] == [tool["title"] for tool in LABEL_SET["tools"]]
    assert names[0]["id"] == 0
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["classes.json", "objects", "tasks"]


def test_the_defaults_write_one_file_per_table(tmp_path: Path) -> None:
    records = mixed_records(30)
    to_parquet(records, tmp_path / "out", label_set=LABEL_SET)
    for table, rows in (("objects", object_count(records)), ("tasks", 30)):
        files = parquet_files(tmp_path / "out" / table)
        assert [path.name for path in files] == ["part-00000.parquet"]
        assert pq.ParquetFile(files[0]).metadata.num_rows == rows


def test_partition_by_stage_writes_hive_directories(tmp_path: Path) -> None:
    records = mixed_records(48)
    to_parquet(
        records,
        tmp_path / "out",
        label_set=LABEL_SET,
        partition_by_stage=True,
        max_rows_per_file=5,
        batch_rows=4,
    )
    objects, tasks = tmp_path / "out" / "objects", tmp_path / "out" / "tasks"
    assert sorted(path.name for path in tasks.iterdir()) == [
        "stage=Complete",
        "stage=Needs%20review%2F2%25",
        "stage=Review",
        "stage=__HIVE_DEFAULT_PARTITION__",
    ]
    # Files are numbered across partitions: never two of one name, even on a case-folding disk.
    names = [path.name for path in parquet_files(objects)]
    assert len(names) == len(set(names)) > 4
    tasks_per_stage = Counter(item["task"].get("stage") for item in records)
    objects_per_stage: Counter[str | None] = Counter()
    for item in records:
        objects_per_stage[item["task"].get("stage")] += len(item["task"]["tools"])
    assert set(tasks_per_stage) == set(STAGES)

    table = hive_table(tasks)
    assert table.num_rows == 48
    assert Counter(table["stage"].to_pylist()) == tasks_per_stage
    assert Counter(hive_table(objects)["stage"].to_pylist()) == objects_per_stage
    assert Counter(dict(duck("select stage, count(*) from {t} group by stage", objects))) == objects_per_stage
    assert Counter(dict(duck("select stage, count(*) from {t} group by stage", tasks))) == tasks_per_stage
    # Every file keeps its stage column, equal to its directory's value.
    for path in parquet_files(objects):
        stages = set(pq.read_table(path, columns=["stage"])["stage"].to_pylist())
        assert len(stages) == 1
        value = path.parent.name.removeprefix("stage=")
        assert stages == ({None} if value == "__HIVE_DEFAULT_PARTITION__" else {unquote(value)})


def test_stage_names_of_digits_stay_strings_for_readers_told_so(tmp_path: Path) -> None:
    records = [record(f"{n}.jpg", [segmentation()], stage=str(n % 2 + 1)) for n in range(6)]
    to_parquet(records, tmp_path / "out", label_set=LABEL_SET, partition_by_stage=True)
    objects = tmp_path / "out" / "objects"
    assert sorted(path.name for path in objects.iterdir()) == ["stage=1", "stage=2"]
    # The files hold the column: read without hive partitioning, the stage is a string.
    assert Counter(ds.dataset(objects, format="parquet").to_table()["stage"].to_pylist()) == {"1": 3, "2": 3}
    typed = ds.partitioning(pa.schema([("stage", pa.string())]), flavor="hive")
    table = ds.dataset(objects, format="parquet", partitioning=typed).to_table()
    assert table.schema.field("stage").type == pa.string()
    assert sorted(table["stage"].to_pylist()) == ["1", "1", "1", "2", "2", "2"]
    source = (
        f"read_parquet('{objects.as_posix()}/**/*.parquet', hive_partitioning=true, "
        "hive_types={'stage': 'VARCHAR'})"
    )
    assert duckdb.sql(f"select stage, count(*) from {source} group by all order by all").fetchall() == [
        ("1", 3),
        ("2", 3),
    ]


def test_duckdb_reads_a_zones_holes(tmp_path: Path) -> None:
    records = [record("a.jpg", [segmentation(2)], stage="Review"), record("b.jpg", [], stage=None)]
    to_parquet(records, tmp_path / "out", label_set=LABEL_SET, partition_by_stage=True)
    objects = tmp_path / "out" / "objects"
    rows = duck(
        "select stage, len(zones), zones[1].holes[1], len(zones[2].holes), zones[2].region[3] from {t}",
        objects,
    )
    assert rows == [("Review", 2, HOLE, 0, [160.0, 60.0])]
    assert duck("select count(*), count(stage) from {t}", tmp_path / "out" / "tasks") == [(2, 1)]


def test_the_schema_is_fixed_whatever_the_data(tmp_path: Path) -> None:
    to_parquet(boxes_only(5), tmp_path / "boxes", label_set=LABEL_SET)
    to_parquet(mixed_records(20), tmp_path / "mixed", label_set=LABEL_SET, partition_by_stage=True)
    to_parquet([], tmp_path / "empty", label_set=LABEL_SET)
    for table, schema in (("objects", object_schema()), ("tasks", task_schema())):
        assert schema.names == [
            name for name, _kind in (OBJECT_COLUMNS if table == "objects" else TASK_COLUMNS)
        ]
        for out in ("boxes", "mixed", "empty"):
            for path in parquet_files(tmp_path / out / table):
                assert pq.read_schema(path).equals(schema), (out, path)
    boxes = pq.read_table(tmp_path / "boxes" / "objects")
    assert boxes["zones"].null_count == boxes.num_rows == 10
    assert str(object_schema().field("zones").type) == (
        "list<element: struct<region: list<element: list<element: double>>, "
        "holes: list<element: list<element: list<element: double>>>>>"
    )
    assert str(object_schema().field("corners").type) == "list<element: list<element: double>>"
    assert object_schema().field("class_name").type == pa.string()
    assert object_schema().field("class_id").type == pa.int64()
    assert str(task_schema().field("batches").type) == "list<element: string>"


@pytest.mark.parametrize("partition_by_stage", [False, True])
def test_jsonl_and_parquet_have_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, partition_by_stage: bool
) -> None:
    from ango_hub.convert import _parquet

    monkeypatch.setattr(_parquet, "_CHUNK_ROWS", 3)  # rows reach Arrow in several batches per row group
    records = mixed_records(45)
    to_jsonl(records, tmp_path / "jsonl", label_set=LABEL_SET)
    to_parquet(
        records,
        tmp_path / "parquet",
        label_set=LABEL_SET,
        max_rows_per_file=11,
        batch_rows=7,
        partition_by_stage=partition_by_stage,
    )
    for table in ("objects", "tasks"):
        lines = (tmp_path / "jsonl" / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        from_jsonl = [json.loads(line) for line in lines]
        if partition_by_stage:  # rows are grouped by stage: compare them in one order
            from_parquet = hive_table(tmp_path / "parquet" / table).to_pylist()
            from_parquet.sort(key=lambda row: (row["task_id"], row.get("object_id") or ""))
            from_jsonl.sort(key=lambda row: (row["task_id"], row.get("object_id") or ""))
        else:
            from_parquet = in_order(tmp_path / "parquet" / table)
        assert len(from_parquet) == len(from_jsonl) > 0
        for left, right in zip(from_jsonl, from_parquet, strict=True):
            assert list(left) == list(right)
            assert left == right
        groups = [row_groups(path) for path in parquet_files(tmp_path / "parquet" / table)]
        assert all(size <= 7 for sizes in groups for size in sizes)
        if not partition_by_stage:  # full row groups of 7, cut where a file of 11 ends
            assert groups == stream_groups(len(from_jsonl), group=7, per_file=11)


def test_missing_image_sizes_stay_null(tmp_path: Path) -> None:
    records = [record("known.jpg", [segmentation()]), record("unknown.jpg", [segmentation()], size=None)]
    report = to_parquet(records, tmp_path / "out", label_set=LABEL_SET)
    assert report.ok
    assert report.written["objects"] == 2
    for table in ("objects", "tasks"):
        rows = duck(
            "select external_id, image_width, image_height from {t} order by external_id",
            tmp_path / "out" / table,
        )
        assert rows == [("known.jpg", 640, 480), ("unknown.jpg", None, None)]


def test_the_tasks_table(tmp_path: Path) -> None:
    records = mixed_records(12)
    to_parquet(records, tmp_path / "out", label_set=LABEL_SET)
    rows = in_order(tmp_path / "out" / "tasks")
    assert [row["external_id"] for row in rows] == [item["externalId"] for item in records]
    for row, item in zip(rows, records, strict=True):
        assert row["object_count"] == len(item["task"]["tools"])
        assert json.loads(row["attributes"]) == {"Weather": item["task"]["classifications"][0]["answer"]}
        assert row["batches"] == item["batches"]
        assert row["task_id"] == item["task"]["taskId"]
        assert row["asset"] == item["asset"]
        assert row["total_duration"] == 1234.0
    objects = in_order(tmp_path / "out" / "objects")
    cars = [row for row in objects if row["class_name"] == "Car"]
    assert cars
    assert {json.dumps(json.loads(row["attributes"])) for row in cars} == {'{"Color": "Red"}'}


@pytest.mark.parametrize("partition_by_stage", [False, True])
def test_an_empty_export_writes_empty_tables_with_the_schema(
    tmp_path: Path, partition_by_stage: bool
) -> None:
    report = to_parquet([], tmp_path / "out", label_set=LABEL_SET, partition_by_stage=partition_by_stage)
    assert report.ok
    for table, schema in (("objects", object_schema()), ("tasks", task_schema())):
        folder = tmp_path / "out" / table
        assert [path.relative_to(folder).as_posix() for path in parquet_files(folder)] == [
            "part-00000.parquet"
        ]
        read = hive_table(folder)
        assert read.num_rows == 0
        assert read.schema.equals(schema)
        assert duck("select count(*) from {t}", folder) == [(0,)]


def test_a_mock_export_converts_and_reads_back(ango_mock: MockHub, tmp_path: Path) -> None:
    with ango_mock.client() as hub:
        project_id = next(p.id for p in hub.projects.list() if p.name == "Vehicle detection")
        archive = hub.exports.export(project_id, tmp_path / "export.zip")
        label_set = hub.projects.get_label_set(project_id).to_dict()
    with zipfile.ZipFile(archive) as bundle:  # read here without the package's readers
        (member,) = bundle.namelist()
        exported = json.loads(bundle.read(member))
    expected = sum(len(item["task"]["tools"]) for item in exported)
    assert expected > 0
    report = to_parquet(archive, tmp_path / "out", label_set=label_set, partition_by_stage=True)
    assert report.ok, report.summary()
    objects = hive_table(tmp_path / "out" / "objects")
    assert objects.num_rows == expected
    assert hive_table(tmp_path / "out" / "tasks").num_rows == len(exported)
    titles = [tool["title"] for tool in label_set["tools"]]
    per_class = Counter(objects["class_name"].to_pylist())
    assert set(per_class) <= set(titles)
    exported_per_class: Counter[str] = Counter()
    by_schema = {tool["schemaId"]: tool["title"] for tool in label_set["tools"]}
    for item in exported:
        for tool in item["task"]["tools"]:
            exported_per_class[by_schema[tool["schemaId"]]] += 1
    assert per_class == exported_per_class
    assert duck("select count(*) from {t}", tmp_path / "out" / "objects") == [(expected,)]


def test_force_replaces_a_dataset_without_leftovers(tmp_path: Path) -> None:
    out = tmp_path / "out"
    to_parquet(mixed_records(40), out, label_set=LABEL_SET, max_rows_per_file=3, partition_by_stage=True)
    (out / "objects" / "_SUCCESS").write_text("")  # not ours: left alone
    records = boxes_only(4)
    with pytest.raises(ConversionError, match="not empty"):
        to_parquet(records, out, label_set=LABEL_SET)
    to_parquet(records, out, label_set=LABEL_SET, force=True)
    assert [path.name for path in parquet_files(out / "objects")] == ["part-00000.parquet"]
    assert hive_table(out / "objects").num_rows == 8
    assert duck("select count(*) from {t}", out / "tasks") == [(4,)]
    assert (out / "objects" / "_SUCCESS").exists()
    assert not [path for path in (out / "objects").iterdir() if path.is_dir()]


def test_large_rows_are_written_in_smaller_row_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ango_hub.convert import _parquet

    monkeypatch.setattr(_parquet, "_POINT_BUDGET", 30)  # a segmentation(2) holds 12 points: 3 rows a chunk
    monkeypatch.setattr(_parquet, "_BYTE_BUDGET", 1)  # and every chunk is a row group
    to_parquet(
        [record(f"{n}.jpg", [segmentation(2)]) for n in range(10)], tmp_path / "out", label_set=LABEL_SET
    )
    metadata = pq.ParquetFile(tmp_path / "out" / "objects" / "part-00000.parquet").metadata
    assert metadata.num_rows == 10
    assert [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)] == [3, 3, 3, 1]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_rows_per_file": 0}, "max_rows_per_file must be a positive integer"),
        ({"batch_rows": -1}, "batch_rows must be a positive integer"),
        ({"batch_rows": 2.5}, "batch_rows must be a positive integer"),
    ],
)
def test_bad_options_are_refused_before_any_work(
    tmp_path: Path, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConversionError, match=message):
        to_parquet(mixed_records(2), tmp_path / "out", label_set=LABEL_SET, **options)
    assert not (tmp_path / "out").exists()


def test_without_pyarrow_the_extra_is_named_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'ango-hub\[parquet\]'") as info:
        to_parquet(mixed_records(2), tmp_path / "out", label_set=LABEL_SET)
    assert info.value.extra == "parquet"
    assert isinstance(info.value, ModuleNotFoundError)
    assert not (tmp_path / "out").exists()


def test_a_failed_conversion_leaves_no_dataset(tmp_path: Path) -> None:
    def records() -> Any:
        yield from mixed_records(10)
        raise ConversionError("the source broke")

    with pytest.raises(ConversionError, match="the source broke"):
        to_parquet(records(), tmp_path / "out", label_set=LABEL_SET, max_rows_per_file=2, batch_rows=1)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_stage_too_long_for_a_directory_stops_a_partitioned_conversion(tmp_path: Path) -> None:
    records = [record("a.jpg", [segmentation()], stage="Ö" * 100)]
    with pytest.raises(ConversionError, match="too long to name a directory"):
        to_parquet(records, tmp_path / "out", label_set=LABEL_SET, partition_by_stage=True)
    assert list((tmp_path / "out").iterdir()) == []
    to_parquet(records, tmp_path / "flat", label_set=LABEL_SET)  # without partitions, it is only a value
    assert duck("select stage from {t}", tmp_path / "flat" / "objects") == [("Ö" * 100,)]
