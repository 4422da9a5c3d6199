"""``to_jsonl``: the Parquet tables' columns, one JSON object a line, with no dependency."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from ango_hub.convert import OBJECT_COLUMNS, TASK_COLUMNS, to_jsonl

from ._records import TABLE_HOLE as HOLE
from ._records import TABLE_LABEL_SET as LABEL_SET
from ._records import (
    every_tool,
    mixed_records,
    object_count,
)
from ._records import table_record as record


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_line_has_every_column_in_order(tmp_path: Path) -> None:
    records = mixed_records(30)
    report = to_jsonl(records, tmp_path / "out", label_set=LABEL_SET)
    assert report.ok, report.summary()
    objects = lines(tmp_path / "out" / "objects.jsonl")
    tasks = lines(tmp_path / "out" / "tasks.jsonl")
    assert len(objects) == object_count(records) == report.written["objects"]
    assert len(tasks) == 30 == report.written["tasks"]
    for row in objects:
        assert list(row) == [name for name, _kind in OBJECT_COLUMNS]
    for row in tasks:
        assert list(row) == [name for name, _kind in TASK_COLUMNS]
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "classes.json",
        "objects.jsonl",
        "tasks.jsonl",
    ]


def test_the_values_of_every_tool(tmp_path: Path) -> None:
    to_jsonl([record("all.jpg", every_tool(), stage="Review")], tmp_path / "out", label_set=LABEL_SET)
    rows = {row["tool"]: row for row in lines(tmp_path / "out" / "objects.jsonl")}
    assert list(rows) == [
        "bounding-box",
        "rotated-bounding-box",
        "polygon",
        "segmentation",
        "polyline",
        "point",
        "ner",
        "pdf",
    ]
    assert [rows[tool]["class_id"] for tool in rows] == list(range(8))
    car = rows["bounding-box"]
    assert (car["bbox_x"], car["bbox_y"], car["bbox_width"], car["bbox_height"]) == (1, 2, 30, 40)
    assert json.loads(car["attributes"]) == {"Color": "Red"}
    assert (car["class_name"], car["schema_id"], car["stage"]) == ("Car", "car", "Review")
    sign = rows["rotated-bounding-box"]
    assert sign["corners"] == [[50, 50], [60, 60], [50, 70], [40, 60]]  # the record's order
    assert sign["rotation"] == 45
    assert rows["segmentation"]["zones"][0]["holes"] == [HOLE]
    assert rows["segmentation"]["zones"][1]["holes"] == []
    assert rows["point"]["points"] == [[5, 6]]
    assert (rows["ner"]["span_start"], rows["ner"]["span_end"]) == (3, 9)
    assert rows["pdf"]["page_number"] == 2
    for tool, row in rows.items():
        if tool != "rotated-bounding-box":
            assert row["corners"] is None
        if tool != "segmentation":
            assert row["zones"] is None
        assert (row["image_width"], row["image_height"]) == (640, 480)


def test_missing_sizes_are_null_and_nothing_is_skipped(tmp_path: Path) -> None:
    report = to_jsonl(
        [record("a.jpg", every_tool(), size=None), record("b.jpg", [])], tmp_path / "out", label_set=LABEL_SET
    )
    assert report.ok
    objects = lines(tmp_path / "out" / "objects.jsonl")
    assert len(objects) == 8
    assert {(row["image_width"], row["image_height"]) for row in objects} == {(None, None)}
    tasks = lines(tmp_path / "out" / "tasks.jsonl")
    assert [(row["external_id"], row["image_width"], row["object_count"]) for row in tasks] == [
        ("a.jpg", None, 8),
        ("b.jpg", 640, 0),
    ]


def test_an_empty_export_writes_empty_files(tmp_path: Path) -> None:
    report = to_jsonl([], tmp_path / "out", label_set=LABEL_SET)
    assert report.ok
    assert (tmp_path / "out" / "objects.jsonl").read_bytes() == b""
    assert (tmp_path / "out" / "tasks.jsonl").read_bytes() == b""
    assert len(json.loads((tmp_path / "out" / "classes.json").read_text())) == len(LABEL_SET["tools"])


def test_needs_no_pyarrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    to_jsonl(mixed_records(5), tmp_path / "out", label_set=LABEL_SET)
    assert len(lines(tmp_path / "out" / "tasks.jsonl")) == 5
