"""What a conversion reads, and what it refuses: files that are not exports, unsafe or
oversized archive members, broken JSON, things that are not records."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ango_hub import AngoHubError
from ango_hub.convert import ConversionError, iter_tasks, to_jsonl

from ._records import LABEL_SET, box, record

RECORDS = [record("a.jpg", [box(1, 2, 3, 4)]), record("b.jpg")]


def external_ids(source: Any) -> list[str | None]:
    return [task.external_id for task in iter_tasks(source, label_set=LABEL_SET)]


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def json_bytes() -> bytes:
    return json.dumps(RECORDS).encode()


def ndjson_bytes() -> bytes:
    return "".join(json.dumps(item) + "\n" for item in RECORDS).encode()


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("export.json", lambda path: path.write_bytes(json_bytes())),
        ("export.ndjson", lambda path: path.write_bytes(ndjson_bytes())),
        ("export.jsonl", lambda path: path.write_bytes(ndjson_bytes())),
        ("export", lambda path: path.write_bytes(ndjson_bytes())),  # sniffed: starts with {
        ("export.txt", lambda path: path.write_bytes(b"\n  " + json_bytes())),  # sniffed: starts with [
        ("export.zip", lambda path: write_zip(path, {"export.json": json_bytes()})),
        ("export-nd.zip", lambda path: write_zip(path, {"x/export.ndjson": ndjson_bytes()})),
        ("bom.json", lambda path: path.write_bytes(b"\xef\xbb\xbf" + json_bytes())),
    ],
)
def test_every_kind_of_export_file_reads_the_same(tmp_path: Path, name: str, make: Any) -> None:
    path = tmp_path / name
    make(path)
    assert external_ids(path) == ["a.jpg", "b.jpg"]
    assert external_ids(str(path)) == ["a.jpg", "b.jpg"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n not an export", "is not an export"),
        (b"", "is empty"),
        (b"[{]", "Expecting property name"),
        (b'[{"externalId": "a"}', "not closed"),
        (b'{"externalId": "a"}\n{broken\n', "line 2"),
        (b"[1, 2]", "not an object"),
        (b'["\xff\xfe"]', "not UTF-8"),
    ],
)
def test_a_file_that_is_not_an_export_is_one_clear_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(content)
    with pytest.raises(ConversionError, match=message) as caught:
        external_ids(path)
    assert isinstance(caught.value, AngoHubError)


def test_a_zip_that_is_not_a_zip_and_paths_that_are_not_files(tmp_path: Path) -> None:
    fake = tmp_path / "export.zip"
    fake.write_bytes(b"[]")
    with pytest.raises(ConversionError, match="not a zip archive"):
        external_ids(fake)
    with pytest.raises(ConversionError, match="does not exist"):
        external_ids(tmp_path / "missing.zip")
    with pytest.raises(ConversionError, match="is a directory"):
        external_ids(tmp_path)


@pytest.mark.parametrize(
    "member",
    [
        "../evil.json",
        "/etc/evil.json",
        "a/../../evil.json",
        "C:/evil.json",
        "a\\..\\evil.txt",
        "..\\evil.json",
    ],
)
def test_an_unsafe_member_is_refused_by_name_even_if_never_read(tmp_path: Path, member: str) -> None:
    # The safe export.json would be the one read; the unsafe member is refused all the same.
    path = write_zip(tmp_path / "export.zip", {"export.json": json_bytes(), member: b"{}"})
    with pytest.raises(ConversionError, match="unsafe member name") as caught:
        external_ids(path)
    assert repr(member)[1:-1] in str(caught.value)


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "export.zip", {"export.json": b"[" + b" " * (80 << 20) + b"]"})
    assert path.stat().st_size < 1 << 20
    with pytest.raises(ConversionError, match="zip bomb"):
        external_ids(path)


def test_a_zip_with_no_or_two_exports_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match=r"one \.json or \.ndjson"):
        external_ids(write_zip(tmp_path / "none.zip", {"readme.txt": b"x"}))
    with pytest.raises(ConversionError, match=r"one \.json or \.ndjson"):
        external_ids(write_zip(tmp_path / "two.zip", {"a.json": b"[]", "b.json": b"[]"}))


def test_a_corrupt_member_is_an_error_not_a_short_export(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "export.zip", {"export.ndjson": ndjson_bytes() * 200})
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = b"\x00" * 16
    path.write_bytes(bytes(data))
    with pytest.raises(ConversionError):
        external_ids(path)


def test_an_iterable_of_records_is_read_lazily_and_checked() -> None:
    seen: list[int] = []

    def records() -> Iterator[Any]:
        for number, item in enumerate(RECORDS):
            seen.append(number)
            yield item
        yield "not a record"

    tasks = iter_tasks(records(), label_set=LABEL_SET)
    assert next(tasks).external_id == "a.jpg"
    assert seen == [0]
    assert next(tasks).external_id == "b.jpg"
    with pytest.raises(ConversionError, match="record 2 is a str"):
        next(tasks)


@pytest.mark.parametrize("source", [b"[]", {"externalId": "a"}, 42])
def test_a_source_of_the_wrong_type_is_refused(source: Any) -> None:
    with pytest.raises(ConversionError, match="source must be"):
        external_ids(source)


def test_a_bad_source_leaves_the_output_directory_alone(tmp_path: Path) -> None:
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"nope")
    with pytest.raises(ConversionError):
        to_jsonl(bad, tmp_path / "out", label_set=LABEL_SET)
    assert not (tmp_path / "out").exists()
