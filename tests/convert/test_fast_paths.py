"""The converters' short paths give what the general ones give.

A conversion reads rows as plain slotted values (``TaskValues``), takes short paths for the
usual geometry, writes JSON with orjson when the ``fast`` extra is installed (``_jsonout``)
and JSON Lines without ``json.dumps``: every file must stay byte for byte what the
standard library and the full checks write, on an export full of odd values.
"""

from __future__ import annotations

import json
import math
import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ango_hub import _json as ango_json
from ango_hub.convert import (
    ConversionReport,
    _jsonout,
    _tables,
    iter_tasks,
    to_coco,
    to_jsonl,
    to_parquet,
    to_voc,
    to_yolo,
)
from ango_hub.convert._geometry import BrokenGeometryError, _checked_fields, geometry_fields
from ango_hub.convert._output import StagedFiles, safe_relative_name
from ango_hub.convert._rows import TaskValues, _RowReader, load_label_set, resolve_class_map
from ango_hub.convert._yolo import _YoloWriter

from ._records import DOCS_ROTATED_BOX, DOCS_ROTATED_CORNERS, LABEL_SET

Json = dict[str, Any]

#: Values a JSON writer may write differently: floats below 1e-4 (orjson writes 0.00001 for
#: 1e-05), the edges of repr's exponent, integers, zeros.
NUMBERS: tuple[float, ...] = (0, 0.0, -0.0, 1e-5, 3.3e-7, 9.99e-5, 1e-4, 2e-6, -4e-5, 1e16, 1.5e17, 7, 640.5)
#: Strings that look like small floats in JSON (``e-``, ``0.0000``), need escapes, or are not ASCII.
NAMES = ("plain", "é-ü ñ", 'q"uote', "com,ma:colon", "e-bike", "x0.00001", "tab\tnl", "\u2028", "😀", "1e-5")


def number(rng: random.Random) -> float:
    if rng.random() < 0.3:
        return rng.choice(NUMBERS)
    return round(rng.uniform(-20, 700), rng.randint(0, 12))


def points(rng: random.Random, count: int) -> list[list[float]]:
    return [[number(rng), number(rng)] for _ in range(count)]


def odd_object(rng: random.Random, number_: int, *, nan: bool) -> Any:
    answers: list[Json] = []
    if rng.random() < 0.6:
        answer: Any = rng.choice(
            ["o-red", "o-blue", "free, text", 3, 2.5, 1e-5, True, None, ["o-red", "x"], {"k": [1]}]
        )
        if nan and rng.random() < 0.3:
            answer = rng.choice([math.nan, math.inf, [-math.inf]])
        answers.append(
            {"schemaId": "c-color", "title": rng.choice(["Color", "", 'T,i:t"le']), "answer": answer}
        )
    item: Json = {"objectId": f"o{number_}", "classifications": answers}
    kind = rng.choice(
        ["box", "box", "rbox", "corners", "polygon", "segmentation", "line", "point", "ner", "pdf"]
    )
    if kind == "box":
        size = {"width": rng.choice([number(rng), -30.5, 12]), "height": rng.choice([number(rng), -7, 1e-5])}
        item.update(schemaId="t-box", **{"bounding-box": {"x": number(rng), "y": number(rng), **size}})
    elif kind == "rbox":
        box = {
            "x": number(rng),
            "y": number(rng),
            "width": 30.0,
            "height": 12,
            "rotation": rng.uniform(-180, 180),
        }
        item.update(schemaId="t-rbox", **{"rotated-bounding-box": box})
    elif kind == "corners":
        item.update(
            schemaId="t-rbox",
            **{"rotated-bounding-box": {**DOCS_ROTATED_BOX, "corners": DOCS_ROTATED_CORNERS}},
        )
    elif kind == "polygon":
        item.update(schemaId="t-poly", polygon=points(rng, rng.randint(3, 7)), page=rng.choice([None, 0, 1]))
    elif kind == "segmentation":
        zones = [
            {
                "region": points(rng, 4),
                "holes": [[[50, 50], [60, 50], [60, 60.5]]] if rng.random() < 0.3 else [],
            }
        ]
        item.update(schemaId="t-seg", segmentation={"zones": zones})
    elif kind == "line":
        item.update(schemaId="t-line", polyline=points(rng, 3))
    elif kind == "point":
        item.update(schemaId="t-point", point=[number(rng), number(rng)])
    elif kind == "ner":
        item.update(schemaId="t-ner", ner={"start": 2, "end": 9})
    else:
        item.update(
            schemaId="t-pdf", pdf={"position": {"boundingRect": {"x1": 1, "y1": 2.5, "x2": 30, "y2": 0.5}}}
        )
    return item


def odd_records(count: int, *, nan: bool = False, overflow: bool = True, seed: int = 7) -> list[Json]:
    """Records with every tool, odd numbers, odd names and answers; with ``nan``, NaN and
    infinite answers and durations (what the standard library's decoder reads from NaN);
    with ``overflow``, a box whose right edge is beyond the largest float."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        objects = [odd_object(rng, index * 10 + n, nan=nan) for n in range(rng.randint(0, 5))]
        width, height = rng.choice([(640, 480), (1920, 1080), (640.0, 480), (None, None)])
        task: Json = {
            "taskId": f"t{index}",
            "stage": rng.choice(["Complete", "Review", None, "Ünï/x"]),
            "stageId": "s",
            "updatedAt": "2026-01-01T00:00:00.000Z",
            "totalDuration": rng.choice([12, 3.5, None, True, 1e-6] + ([math.nan] if nan else [])),
            "tools": objects,
            "classifications": rng.choice([[], [{"schemaId": "c-weather", "answer": "o-sun"}]]),
        }
        records.append(
            {
                "asset": f"https://bucket.example/{index}.jpg",
                "externalId": f"{index:04d}-{rng.choice(NAMES)}.jpg",
                "metadata": {} if width is None else {"width": width, "height": height},
                "batches": rng.choice([[], ["b1", "b,2"]]),
                "task": task,
            }
        )
    if not overflow:
        return records
    # Floats that overflow to infinity once added up: NaN-free input, infinite output.
    huge = {"x": 1.7e308, "y": 1.0, "width": 1.7e308, "height": 2.0}
    records.append(
        {
            "externalId": "huge.jpg",
            "metadata": {"width": 100, "height": 100},
            "task": {
                "taskId": "huge",
                "tools": [{"schemaId": "t-box", "objectId": "h", "bounding-box": huge}],
            },
        }
    )
    return records


@pytest.fixture
def json_paths() -> Iterator[Callable[[bool], bool]]:
    """``use_orjson``, restored after the test."""
    before = ango_json.FAST
    try:
        yield ango_json.use_orjson
    finally:
        ango_json.use_orjson(before)


def files_of(folder: Path) -> dict[str, bytes]:
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "annotations.json":  # the one value that changes: the time it was written
                data = re.sub(rb'"date_created":"[^"]*"', b"", data)
            found[path.relative_to(folder).as_posix()] = data
    return found


CONVERTERS: dict[str, Callable[..., ConversionReport]] = {
    "coco": lambda source, out: to_coco(source, out, label_set=LABEL_SET, on_missing_size="skip"),
    "yolo": lambda source, out: to_yolo(source, out, label_set=LABEL_SET, on_missing_size="skip"),
    "yolo-seg": lambda source, out: to_yolo(
        source, out, task="segment", label_set=LABEL_SET, on_missing_size="skip"
    ),
    "yolo-obb": lambda source, out: to_yolo(
        source, out, task="obb", label_set=LABEL_SET, on_missing_size="skip"
    ),
    "voc": lambda source, out: to_voc(source, out, label_set=LABEL_SET, on_missing_size="skip"),
    "jsonl": lambda source, out: to_jsonl(source, out, label_set=LABEL_SET),
    "parquet": lambda source, out: to_parquet(source, out, label_set=LABEL_SET, batch_rows=50),
}


@pytest.mark.parametrize("name", sorted(CONVERTERS))
def test_orjson_and_the_standard_library_write_the_same_files(
    tmp_path: Path, json_paths: Callable[[bool], bool], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    pytest.importorskip("orjson")
    source = tmp_path / "export.ndjson"
    records = odd_records(300, overflow=name != "coco")  # COCO refuses an infinity (a test below)
    source.write_text("".join(json.dumps(item) + "\n" for item in records), encoding="utf-8")
    outputs = {}
    calls = {"orjson": 0, "stdlib": 0}
    dumps, stdlib = _jsonout._orjson_dumps, _jsonout.stdlib_compact

    def counted_dumps(value: Any) -> bytes:
        calls["orjson"] += 1
        return dumps(value)  # type: ignore[misc]

    def counted_stdlib(value: Any, *, allow_nan: bool = True) -> str:
        calls["stdlib"] += 1
        return stdlib(value, allow_nan=allow_nan)

    monkeypatch.setattr(_jsonout, "_orjson_dumps", counted_dumps)
    monkeypatch.setattr(_jsonout, "stdlib_compact", counted_stdlib)
    for fast in (True, False):
        assert json_paths(fast) is fast
        assert _jsonout.orjson_in_use() is fast
        out = tmp_path / f"out-{fast}"
        report = CONVERTERS[name](source, out)
        outputs[fast] = (files_of(out), report.to_dict() | {"output": None})
        if fast and name in ("coco", "jsonl", "parquet"):
            # orjson wrote most values, and the small floats went back to the standard library.
            assert calls["orjson"] > 100, calls
            assert calls["stdlib"] > 0, calls
    assert outputs[True][0] == outputs[False][0]
    assert outputs[True][1] == outputs[False][1]
    assert len(outputs[True][0]) > 1


@pytest.mark.parametrize("name", ["jsonl", "parquet"])
def test_nan_and_infinite_answers_are_written_as_the_standard_library_does(
    tmp_path: Path, json_paths: Callable[[bool], bool], name: str
) -> None:
    pytest.importorskip("orjson")
    records = odd_records(200, nan=True, seed=11)
    outputs = []
    for fast in (True, False):
        json_paths(fast)
        out = tmp_path / f"out-{fast}"
        CONVERTERS[name](records, out)
        outputs.append(files_of(out))
    assert outputs[0] == outputs[1]
    if name == "jsonl":
        text = outputs[0]["objects.jsonl"].decode()
        assert "NaN" in text  # inside the attributes' JSON text
        assert "Infinity" in text  # the box that overflowed


def test_coco_refuses_a_nan_answer_the_same_way_on_both_paths(
    tmp_path: Path, json_paths: Callable[[bool], bool]
) -> None:
    pytest.importorskip("orjson")
    records = odd_records(200, nan=True, seed=11)
    errors = []
    for fast in (True, False):
        json_paths(fast)
        with pytest.raises(ValueError, match="Out of range float values are not JSON compliant") as caught:
            CONVERTERS["coco"](records, tmp_path / f"out-{fast}")
        errors.append(str(caught.value))
        assert not any(path.is_file() for path in (tmp_path / f"out-{fast}").rglob("*"))
    assert errors[0] == errors[1]


def reader() -> _RowReader:
    label_set = load_label_set(LABEL_SET)
    return _RowReader(resolve_class_map(label_set, None), label_set, first_id=0, image_dir=None, report=None)


def test_json_lines_are_what_json_dumps_writes(json_paths: Callable[[bool], bool]) -> None:
    rows = reader()
    for fast in (True, False):
        json_paths(fast)
        tasks = [task for record in odd_records(300, nan=True) for task in rows.values(record)]
        assert sum(len(task.objects) for task in tasks) > 300
        for task in tasks:
            record = _tables.task_record(task)
            assert _tables.task_line(record) == json.dumps(record, ensure_ascii=False)
            for row in task.objects:
                expected = json.dumps(_tables.object_record(row), ensure_ascii=False)
                assert _tables.object_line(row, fast) == expected
                assert _tables.object_line(row.row(), fast) == expected  # the public row alike


def test_the_values_give_the_public_rows() -> None:
    rows = reader()
    records = odd_records(200)
    from_values = [values.row() for record in records for values in rows.values(record)]
    assert from_values == [task for record in records for task in rows.rows(record)]
    assert from_values == list(iter_tasks(records, label_set=LABEL_SET))
    for values, task in zip((v for r in records for v in rows.values(r)), from_values, strict=True):
        assert values.size_known is task.size_known
        assert _tables.task_record(values) == _tables.task_record(task)
        for item, row in zip(values.objects, task.objects, strict=True):
            assert _tables.object_record(item) == _tables.object_record(row)


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1e-05, "b": [0.00012, 1e-7, -4.5e-06]},
        {"file_name": "image-0001.jpg", "x": 10.00001, "y": "0.00001"},
        {"big": 2**70, "small": -(2**63) - 1},
        {"1e-5": "e-5", "ok": [1.5, 1e16, 1.2345e17, 0.0001]},
        {1: "a key that is not a string"},
        [1, "é\u2028\x00", None, True, {"nested": [[1.0, 2.5]]}],
    ],
)
def test_compact_is_what_the_standard_library_writes(value: Any) -> None:
    pytest.importorskip("orjson")
    assert _jsonout.compact(value) == _jsonout.stdlib_compact(value).encode()


def test_compact_fails_on_a_lone_surrogate_as_the_standard_library_does() -> None:
    pytest.importorskip("orjson")
    with pytest.raises(UnicodeEncodeError):
        _jsonout.compact({"a": "\ud800"})
    with pytest.raises(UnicodeEncodeError):
        _jsonout.stdlib_compact({"a": "\ud800"}).encode()


@pytest.mark.parametrize(
    ("answers", "plain"),
    [
        ({"Type": "Car", "Tags": ["a", "b"], "n": 3, "x": 2.5, "none": None, "yes": True}, True),
        ({"nested": {"k": [1, {"deep": "v"}]}, "pair": (1, 2)}, True),
        ({"n": math.nan}, False),
        ({"n": [math.inf]}, False),
        ({"n": {"k": -math.inf}}, False),
        ({"s": {1, 2}}, False),
        ({"k": {1: "key not a string"}}, False),
        ({"o": object()}, False),
    ],
)
def test_plain_answers(answers: Json, plain: bool) -> None:
    assert _jsonout.plain_answers(answers) is plain


def test_an_orjson_that_writes_floats_otherwise_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("orjson")
    assert _jsonout._orjson_agrees()
    real = _jsonout._orjson_dumps
    assert real is not None

    def other_floats(value: Any) -> bytes:
        return re.sub(rb"e\+", b"e", real(value))  # 1e+16 written 1e16, as some writers do

    monkeypatch.setattr(_jsonout, "_orjson_dumps", other_floats)
    assert not _jsonout._orjson_agrees()
    monkeypatch.setattr(_jsonout, "_orjson_dumps", None)  # the core install
    assert not _jsonout._orjson_agrees()


def geometry_or_error(fields: Callable[[str, Any], Any], tool: str, value: Any) -> Any:
    try:
        return fields(tool, value)
    except (BrokenGeometryError, OverflowError) as exc:
        return (type(exc), str(exc))


def test_the_short_geometry_paths_agree_with_the_full_checks() -> None:
    rng = random.Random(3)
    odd: list[Any] = [
        0,
        0.0,
        -0.0,
        1,
        7,
        2.5,
        -3.25,
        True,
        None,
        "1",
        math.nan,
        math.inf,
        -math.inf,
        10**400,
        1e308,
    ]

    def value() -> Any:
        return rng.choice(odd) if rng.random() < 0.3 else round(rng.uniform(-50, 500), rng.randint(0, 6))

    cases: list[tuple[str, Any]] = []
    for _ in range(3000):
        box = {"x": value(), "y": value(), "width": value(), "height": value()}
        if rng.random() < 0.1:
            del box[rng.choice(list(box))]
        cases.append(("bounding-box", box))
        ring: Any = [[value(), value()] for _ in range(rng.randint(0, 6))]
        if ring and rng.random() < 0.1:
            ring[rng.randrange(len(ring))] = rng.choice([(1.0, 2.0), [1.0], [1.0, 2.0, 3.0], "ab", None])
        cases.append(("polygon", ring))
    cases += [
        ("polygon", [[0, 0], [10, 0], [10, 10]]),
        ("polygon", [[0, 0], [5, 5], [10, 10]]),  # no area
        ("polygon", ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))),  # tuples take the full path
        ("bounding-box", {"x": 1.0, "y": 2.0, "width": 0.0, "height": 3.0}),
    ]
    short = 0
    for tool, item in cases:
        expected = geometry_or_error(_checked_fields, tool, item)
        assert geometry_or_error(geometry_fields, tool, item) == expected, (tool, item)
        short += not isinstance(expected[0], type)
    assert short > 1000  # enough of them were shapes, not errors


def test_yolo_boxes_inside_their_image_are_written_as_the_clipping_path_writes_them(tmp_path: Path) -> None:
    rng = random.Random(5)
    records: list[Json] = []
    for index in range(300):
        objects: list[Json] = []
        for n in range(4):
            x, y = rng.choice([0.0, 1e-7, -1e-7, 10.0, 600.0, 639.9999999]), rng.uniform(-1, 470)
            width, height = rng.choice([40.0, -10.0, 0.0000001, 640.0]), rng.uniform(1, 20)
            objects.append(
                {
                    "schemaId": "t-box",
                    "objectId": f"{index}-{n}",
                    "bounding-box": {"x": x, "y": y, "width": width, "height": height},
                }
            )
        objects.append(
            {"schemaId": "t-poly", "objectId": f"{index}-p", "polygon": [[1, 1], [600.5, 2], [3, 400]]}
        )
        records.append(
            {
                "externalId": f"{index}.jpg",
                "metadata": {"width": 640, "height": 480},
                "task": {"tools": objects},
            }
        )
    rows = reader()
    fast, general = _YoloWriter("detect"), _YoloWriter("detect")
    fast.start(tmp_path / "fast", _classes(), ConversionReport(format="yolo"))
    general_report = ConversionReport(format="yolo")
    general.start(tmp_path / "general", _classes(), general_report)
    for index, record in enumerate(records):
        (task,) = rows.values(record)
        fast.write(task, f"{index}.jpg")
        expected = "".join(line + "\n" for row in task.objects for line in general._lines(row, 640, 480))
        assert (tmp_path / "fast" / "labels" / f"{index}.txt").read_text() == expected
    assert fast._report is not None
    assert fast._report.written == general_report.written


def _classes() -> Any:
    return resolve_class_map(load_label_set(LABEL_SET), None)


def test_every_control_character_is_refused_in_a_file_name() -> None:
    for code in [*range(0x300), 0x2028, 0xFEFF, 0x1F600]:
        char = chr(code)
        if char in "/\\.":
            continue
        control = unicodedata.category(char) == "Cc"
        assert (safe_relative_name(f"ab{char}c.jpg") is None) is control, hex(code)


def test_staged_files_write_every_byte_and_their_folders(tmp_path: Path) -> None:
    files = StagedFiles(tmp_path / "labels", "labels")
    big = bytes(range(256)) * 8192  # 2 MB: more than one write may take
    files.write("a.txt", b"x\n", "a.jpg")
    files.write("deep/er/b.txt", big, "deep/er/b.jpg")
    files.write("a.txt", b"", "a.jpg")  # written again: truncated
    assert (tmp_path / "labels" / "deep" / "er" / "b.txt").read_bytes() == big
    assert (tmp_path / "labels" / "a.txt").read_bytes() == b""


def test_task_values_know_whether_the_size_is_known() -> None:
    (task,) = reader().values({"externalId": "a.jpg", "metadata": {"width": 0, "height": 5}, "task": {}})
    assert isinstance(task, TaskValues)
    assert (task.image_width, task.image_height, task.size_known) == (None, None, False)
