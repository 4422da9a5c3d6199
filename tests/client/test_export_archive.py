"""Reading export archives record by record: JSON and NDJSON, broken files, bounded memory."""

from __future__ import annotations

import importlib.util
import json
import math
import re
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ango_hub import Client
from ango_hub import _json as ango_json
from ango_hub.annotations import Classification, TaskAnswer, ToolObject
from ango_hub.export_archive import (
    ExportArchiveError,
    export_tasks,
    read_export,
    read_export_records,
    task_answer,
)
from ango_hub.label_set import LabelSet, Radio, Tool
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.behaviours.loadtest import load_test_project_id
from ango_hub.mock.server import serve_in_thread
from ango_hub_api.models import CloudAsset, ExportAsset, ExportFormat, ExportTask

API_KEY = "export-archive-key"
ORJSON_INSTALLED = importlib.util.find_spec("orjson") is not None


def write(path: Path, name: str, content: str | bytes) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, content)
    return path


def records(count: int) -> list[dict[str, Any]]:
    return [
        {
            "externalId": f"{i}.jpg",
            "asset": f"https://b.example/{i}.jpg",
            "tasks": [{"taskId": f"t{i}", "x": "]},[{"}],
        }
        for i in range(count)
    ]


@pytest.mark.parametrize("indent", [None, 2])
def test_json_array_is_read_record_by_record(
    tmp_path: Path, indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small chunks: records and even the separators straddle chunk boundaries.
    monkeypatch.setattr("ango_hub.export_archive._CHUNK", 7)
    data = records(50)
    archive = write(tmp_path / "e.zip", "export.json", json.dumps(data, indent=indent))
    assert list(read_export_records(archive)) == data
    assets = list(read_export(archive))
    assert all(isinstance(asset, ExportAsset) for asset in assets)
    assert assets[3].external_id == "3.jpg"
    assert assets[3].to_dict()["tasks"][0]["x"] == "]},[{"


def test_ndjson_and_empty_archives(tmp_path: Path) -> None:
    data = records(5)
    ndjson = write(tmp_path / "n.zip", "export.ndjson", "\n".join(json.dumps(r) for r in data) + "\n\n")
    assert list(read_export_records(ndjson)) == data
    assert list(read_export_records(write(tmp_path / "e.zip", "export.json", " [ ] "))) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("export.json", '[{"a": 1}, {"b": ', "Expecting"),
        ("export.json", '[{"a": 1} {"b": 2}]', "expected ',' or ']'"),
        ("export.json", '{"a": 1}', "expected a JSON array"),
        ("export.json", "[1, 2]", "expected JSON objects, found int"),
        ("export.json", '[{"a": 1}', "not closed"),
        ("export.ndjson", '{"a": 1}\n{oops}\n', "line 2"),
        ("notes.txt", "hello", "one .json or .ndjson file"),
    ],
)
def test_broken_archives_raise_a_clear_error(tmp_path: Path, name: str, content: str, message: str) -> None:
    with pytest.raises(ExportArchiveError, match=message):
        list(read_export_records(write(tmp_path / "x.zip", name, content)))


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_text("not a zip")
    with pytest.raises(ExportArchiveError, match="not a zip archive"):
        list(read_export(path))


@pytest.mark.parametrize("fmt", [ExportFormat.JSON, ExportFormat.NDJSON])
def test_a_large_mock_export_streams_in_bounded_memory(tmp_path: Path, fmt: ExportFormat) -> None:
    app = create_app(api_key=API_KEY, seed="demo", tasks=5000)
    load = load_test_project_id(mock_state(app))
    with serve_in_thread(app) as base_url, Client(api_key=API_KEY, base_url=base_url) as hub:
        archive = hub.exports.export(load, tmp_path / "load.zip", format=fmt)
    with zipfile.ZipFile(archive) as bundle:
        uncompressed = sum(info.file_size for info in bundle.infolist())
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_export_records(archive))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 5000
    # The whole file would take several times its size as Python objects; the reader's
    # peak stays a small fraction of it (one chunk of text and one record at a time).
    assert uncompressed > 2_000_000
    assert peak < uncompressed / 2, (peak, uncompressed)


def test_an_odd_record_raises_or_is_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = records(3)
    data[1]["tasks"] = "not a list"
    archive = write(tmp_path / "odd.zip", "export.json", json.dumps(data))
    with pytest.raises(ExportArchiveError, match=r"record 1 of .* is not an exported asset"):
        list(read_export(archive))
    assert [asset.external_id for asset in read_export(archive, on_invalid="skip")] == ["0.jpg", "2.jpg"]
    assert "record 1" in caplog.text
    assert len(list(read_export_records(archive))) == 3


# -- answers, whatever the shape of the record ----------------------------------------------------

LABEL_SET = (
    LabelSet()
    .tool("Vehicle", Tool.BOUNDING_BOX)
    .tool("Road", Tool.POLYGON)
    .classification(Radio("Weather", ["Sunny", "Rainy"]))
)


@pytest.mark.parametrize("fmt", [ExportFormat.JSON, ExportFormat.NDJSON])
def test_a_mock_export_of_an_annotated_project_reads_back_every_object(
    tmp_path: Path, fmt: ExportFormat
) -> None:
    """Annotate several tasks through the client, export, read: every annotated object is there."""
    schema = LABEL_SET.to_dict()
    app = create_app(api_key=API_KEY, validate_responses=True)
    with serve_in_thread(app) as base_url, Client(api_key=API_KEY, base_url=base_url) as hub:
        project = hub.projects.create("Annotated", category_schema=LABEL_SET)
        hub.assets.import_cloud(
            project.id,
            [CloudAsset(data=f"https://b.example/{i}.jpg", external_id=f"{i}.jpg") for i in range(5)],
        )
        tasks = {str(task.external_id): task.id for task in hub.tasks.list(project.id)}
        sent: dict[str, TaskAnswer] = {}
        for index, external_id in enumerate(["0.jpg", "1.jpg", "3.jpg"]):
            objects = [
                ToolObject.bounding_box(
                    10 * n + 1, 20, 30, 40, title="Vehicle", label_set=schema, object_id=f"v{index}-{n}"
                )
                for n in range(index + 1)
            ]
            if index == 2:
                objects.append(
                    ToolObject.polygon(
                        [(0, 0), (9, 0), (9, 9)], title="Road", label_set=schema, object_id="road"
                    )
                )
            answer = TaskAnswer(
                objects=objects,
                classifications=[Classification.radio("Sunny", title="Weather", label_set=schema)],
            )
            # Two submitted (to Complete), one left in Label: the export holds every stage.
            hub.tasks.annotate(tasks[external_id], answer, label_set=LABEL_SET, next_stage=index != 1)
            sent[external_id] = answer
        archive = hub.exports.export(project.id, tmp_path / f"annotated.{fmt.value}.zip", format=fmt)

    read: dict[str, TaskAnswer] = {}
    for record in read_export(archive):
        (task,) = export_tasks(record)
        assert isinstance(task, ExportTask)
        assert task.task_id == tasks[str(record.external_id)]
        assert isinstance(task.tools, list)  # the documented shape: the objects under task.tools
        assert not record.additional_properties
        read[str(record.external_id)] = task_answer(task)
    assert sorted(read) == [f"{i}.jpg" for i in range(5)]
    found = {
        (external_id, obj.object_id): obj.to_dict()
        for external_id, answer in read.items()
        for obj in answer.objects or ()
    }
    expected = {
        (external_id, obj.object_id): obj.to_dict()
        for external_id, answer in sent.items()
        for obj in answer.objects or ()
    }
    assert len(expected) == 7
    assert found == expected
    assert [read[name].objects for name in ("2.jpg", "4.jpg")] == [(), ()]
    assert all(read[name].classifications == sent[name].classifications for name in sent)


CURRENT = {
    "asset": "https://b.example/a.jpg",
    "externalId": "a.jpg",
    "metadata": {"width": 10, "height": 10},
    "batches": [],
    "task": {
        "taskId": "t1",
        "stage": "Complete",
        "stageId": "Complete",
        "tools": [
            {
                "objectId": "o1",
                "schemaId": "s1",
                "title": "Box",
                "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4},
            }
        ],
        "classifications": [{"schemaId": "c1", "title": "Weather", "answer": "Sunny"}],
        "relations": [],
        "stageHistory": [
            {
                "stage": "Label",
                "stageId": "Label",
                "duration": 8,
                "tools": [],
                "classifications": [],
                "relations": [],
            }
        ],
    },
}
OLDER = {
    "asset": "https://b.example/a.jpg",
    "externalId": "a.jpg",
    "tasks": [
        {"taskId": "t1", "objects": CURRENT["task"]["tools"], "classifications": [], "relations": []},
        {
            "taskId": "t2",
            "objects": [],
            "classifications": CURRENT["task"]["classifications"],
            "relations": [],
        },
    ],
}
#: Archives written by earlier versions of the mock: one task, its answer nested under ``answer``.
NESTED = {"externalId": "a.jpg", "task": {"taskId": "t1", "answer": {"objects": CURRENT["task"]["tools"]}}}


@pytest.mark.parametrize("reader", [read_export, read_export_records], ids=["models", "dicts"])
def test_task_answers_whatever_the_shape(tmp_path: Path, reader: Any) -> None:
    archive = write(
        tmp_path / "shapes.zip", "export.json", json.dumps([CURRENT, OLDER, NESTED, {"_id": "issue"}])
    )
    current, older, nested, issue = list(reader(archive))
    (task,) = export_tasks(current)
    answer = task_answer(task)
    assert [(obj.object_id, obj.tool, obj.title) for obj in answer.objects or ()] == [
        ("o1", "bounding-box", "Box")
    ]
    assert answer.objects_key == "tools"
    assert [item.to_dict()["answer"] for item in answer.classifications or ()] == ["Sunny"]
    (history,) = task.stage_history if isinstance(task, ExportTask) else task["stageHistory"]
    assert task_answer(history).objects == ()
    first, second = export_tasks(older)
    assert task_answer(first).objects == answer.objects
    assert task_answer(first).objects_key == "objects"
    assert (task_answer(second).objects, task_answer(second).classifications) == ((), answer.classifications)
    (legacy,) = export_tasks(nested)
    assert task_answer(legacy).objects == answer.objects
    assert export_tasks(issue) == []


def test_task_answer_refuses_other_values() -> None:
    with pytest.raises(TypeError, match="ExportTask or a dict"):
        task_answer(["not", "a", "task"])
    with pytest.raises(TypeError, match="ExportAsset or a dict"):
        export_tasks("record")


# -- the decoder: orjson with the `fast` extra, json.loads without it -----------------------------


@pytest.fixture(params=[True, False], ids=["fast-extra", "standard-library"])
def decoder(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Each test twice: with orjson (when installed: the dev extra installs it) and forced to
    the standard library's json, as in a core install."""
    before = ango_json.FAST
    in_use = ango_json.use_orjson(request.param)
    assert in_use is (request.param and ORJSON_INSTALLED)
    try:
        yield in_use
    finally:
        ango_json.use_orjson(before)


def test_both_decoders_read_the_same_records(tmp_path: Path, decoder: bool) -> None:
    lines = [
        json.dumps(CURRENT),
        json.dumps(OLDER, indent=2).replace("\n", " "),
        '{"externalId": "big", "n": 123456789012345678901234567890, "f": NaN, "i": -Infinity}',
        '{"externalId": "\\u00e9t\\u00e9 \\ud83d\\ude00", "dup": 1, "dup": 2}',
        "",
        "   ",
        json.dumps({"externalId": "last", "nested": [[1.5, -0.0, 1e300], {"a": None}]}, ensure_ascii=False),
    ]
    archive = write(tmp_path / "d.zip", "export.ndjson", "\n".join(lines) + "\n")
    records = list(read_export_records(archive))
    assert len(records) == 5
    assert records[0] == CURRENT
    assert records[2]["n"] == 123456789012345678901234567890
    assert math.isnan(records[2]["f"])
    assert records[2]["i"] == -math.inf
    assert records[3] == {"externalId": "été 😀", "dup": 2}
    assert records[4] == {"externalId": "last", "nested": [[1.5, -0.0, 1e300], {"a": None}]}
    assert [asset.external_id for asset in read_export(archive)] == [
        "a.jpg",
        "a.jpg",
        "big",
        "été 😀",
        "last",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"a": 1}\n{oops}\n', "export.ndjson, line 2: Expecting property name enclosed in double quotes"),
        ('{"a": 1}\n{"b": 2} x\n', "line 2: Extra data: line 1 column 10"),
        ('{"a": "\\ud800" \n', "line 1: Expecting ',' delimiter"),
        ("[1, 2]\n", "expected JSON objects, found list"),
        # Bytes a text file's reader would refuse are refused with its message (the member is
        # read as bytes): not UTF-8 says so (json.loads of bytes would guess UTF-16 for the third).
        (
            b'{"a": 1}\n{"b": "\xff\xfe"}\n',
            "export.ndjson, line 2: not UTF-8 text (invalid start byte at byte",
        ),
        (b'{"a": "\xed\xa0\x80"}\n', "line 1: not UTF-8 text"),  # a lone surrogate, encoded
        ('{"a": 1}'.encode("utf-16-le") + b"\n", "line 1: Expecting property name"),
        (b'{"a": 1}\r{"b": 2}\n', "line 1: Extra data"),  # a lone CR does not end a line
        (b'{"a": 1}\n\xef\xbb\xbf{"b": 2}\n', "line 2: Unexpected UTF-8 BOM"),  # only before the first
    ],
)
def test_both_decoders_raise_the_same_errors(
    tmp_path: Path, decoder: bool, content: str | bytes, message: str
) -> None:
    archive = write(tmp_path / "x.zip", "export.ndjson", content)
    with pytest.raises(ExportArchiveError, match=re.escape(message)):
        list(read_export_records(archive))


def test_ndjson_lines_are_read_as_bytes_with_the_texts_values(tmp_path: Path, decoder: bool) -> None:
    # The NDJSON member is read a line of bytes at a time (no decode to text and back): CRLF
    # endings, a byte-order mark before the first line, blank lines and non-ASCII text read as
    # a text file's lines would.
    data = [{"externalId": "\u00e9t\u00e9 \u2713", "n": 2**70}, {"externalId": "b", "x": [1.5, None]}]
    body = (
        b"\xef\xbb\xbf" + b"\r\n".join(json.dumps(r, ensure_ascii=False).encode() for r in data) + b"\r\n\r\n"
    )
    records = list(read_export_records(write(tmp_path / "crlf.zip", "export.ndjson", body)))
    assert records == data
    assert type(records[0]["n"]) is int


@pytest.mark.parametrize("chunk", [7, 64, 1 << 16])
@pytest.mark.parametrize("final_newline", [True, False])
def test_ndjson_blocks_of_any_size_read_every_line_once(
    tmp_path: Path, decoder: bool, monkeypatch: pytest.MonkeyPatch, chunk: int, final_newline: bool
) -> None:
    # Lines are read in blocks of about _CHUNK bytes: a line longer than a block, a block cut
    # inside a UTF-8 character, a long integer in one block only (that block is decoded line
    # by line with the exact test), and a last line without its newline all read as they are.
    monkeypatch.setattr("ango_hub.export_archive._CHUNK", chunk)
    data: list[dict[str, Any]] = [
        {"externalId": f"{i}.jpg", "text": "\u00e9\u2713" * (i % 5)} for i in range(40)
    ]
    data[3]["long"] = "x" * 5000
    data[17]["n"] = -(2**80)
    data[18]["n"] = 12345678901234567890123
    data[30]["f"] = 1e300
    lines = [json.dumps(record, ensure_ascii=False).encode() for record in data]
    body = b"\n".join(lines) + (b"\n" if final_newline else b"")
    records = list(read_export_records(write(tmp_path / "blocks.zip", "export.ndjson", body)))
    assert records == data
    assert type(records[17]["n"]) is int
    assert type(records[18]["n"]) is int


def test_an_ndjson_line_error_names_its_line_in_any_block(
    tmp_path: Path, decoder: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ango_hub.export_archive._CHUNK", 50)
    body = b"".join(json.dumps({"i": i}).encode() + b"\n" for i in range(30)) + b'{"a": \n'
    with pytest.raises(
        ExportArchiveError, match=re.escape("export.ndjson, line 31: Expecting value: line 2 column 1")
    ):
        list(read_export_records(write(tmp_path / "x.zip", "export.ndjson", body)))


# -- task_answer of a typed task: the record's JSON, not a round trip through the models ----------

STAMPED = {
    "externalId": "a.jpg",
    "task": {
        "taskId": "t1",
        "tools": [
            {
                **CURRENT["task"]["tools"][0],
                "metadata": {"createdAt": "2025-01-17T09:33:00.000Z", "createdBy": "x"},
                "brandNew": [1, {"b": 2}],
            }
        ],
        "classifications": [{"schemaId": "c1", "answer": ["a", "b"], "metadata": {"createdAt": 1}}],
        "relations": [{"schemaId": "r1", "from": "o1", "to": "o1"}],
    },
}


def test_task_answer_of_a_typed_task_is_that_of_its_dict(tmp_path: Path) -> None:
    archive = write(tmp_path / "s.zip", "export.json", json.dumps([STAMPED, CURRENT, OLDER, NESTED]))
    for asset, record in zip(read_export(archive), read_export_records(archive), strict=True):
        for typed, plain in zip(export_tasks(asset), export_tasks(record), strict=True):
            assert task_answer(typed) == task_answer(plain)
            assert task_answer(typed).to_dict() == task_answer(plain).to_dict()
    # The timestamp as the record wrote it (a round trip through the models rewrote it).
    (task,) = export_tasks(next(read_export(archive)))
    (obj,) = task_answer(task).objects or ()
    assert obj.extra == {
        "metadata": {"createdAt": "2025-01-17T09:33:00.000Z", "createdBy": "x"},
        "brandNew": [1, {"b": 2}],
    }


def test_task_answer_of_a_typed_task_sees_what_was_changed_in_it() -> None:
    (task,) = export_tasks(ExportAsset.from_dict(STAMPED))
    assert isinstance(task, ExportTask)
    untouched = task_answer(task)
    tools = task.tools
    assert isinstance(tools, list)
    tools[0].title = "Changed"
    task.relations = []
    changed = task_answer(task)
    assert [obj.title for obj in changed.objects or ()] == ["Changed"]
    assert changed.relations == ()
    assert changed.classifications == untouched.classifications
    # What task_answer keeps is its own: changing the task (or the record) afterwards changes nothing.
    tools[0].bounding_box.x = 99  # type: ignore[union-attr]
    (obj,) = changed.objects or ()
    assert obj.geometry == {"x": 1, "y": 2, "width": 3, "height": 4}


BOX = CURRENT["task"]["tools"][0]
LABEL = CURRENT["task"]["classifications"][0]
LINK = {"schemaId": "r1", "from": "o1", "to": "o1"}
TASK_SHAPES: list[dict[str, Any]] = [
    {"taskId": "t", "tools": [BOX], "classifications": [LABEL], "relations": [LINK]},
    {"taskId": "t", "tools": [BOX]},
    {"taskId": "t", "objects": [BOX], "relations": []},
    {"taskId": "t", "objects": [BOX], "tools": []},
    {"taskId": "t", "classifications": [LABEL]},
    {"taskId": "t", "relations": [LINK]},
    {"taskId": "t"},
    {"taskId": "t", "tools": [], "brandNew": {"k": [1]}},
    {"taskId": "t", "answer": {"objects": [BOX], "classifications": [LABEL]}},
    {"taskId": "t", "answer": {"tools": [BOX]}, "tools": [BOX, BOX]},
    {"taskId": "t", "answer": "not an answer"},
]


@pytest.mark.parametrize("shape", TASK_SHAPES)
def test_task_answer_of_a_typed_task_of_any_shape_is_that_of_its_dict(shape: dict[str, Any]) -> None:
    typed = ExportTask.from_dict(shape)
    assert task_answer(typed) == task_answer(shape)
    assert task_answer(typed).objects_key == task_answer(shape).objects_key


def test_task_answer_of_a_typed_task_raises_as_that_of_its_dict() -> None:
    flat = {"taskId": "t", "tools": [{**BOX, "bounding-box": {"x": 1, "y": 2, "width": 0, "height": 4}}]}
    with pytest.raises(ValueError, match="bounding-box width must not be 0") as plain:
        task_answer(flat)
    with pytest.raises(ValueError, match="bounding-box width must not be 0") as typed:
        task_answer(ExportTask.from_dict(flat))
    assert str(typed.value) == str(plain.value)
