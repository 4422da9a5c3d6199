"""The output directory: empty unless forced, nothing that looks complete after a failure or
an interruption, nothing outside it; image sizes from local image headers."""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ango_hub.convert import ConversionError, image_size, iter_tasks, to_jsonl

from ._records import LABEL_SET, box, record


def files_under(path: Path) -> list[str]:
    return sorted(str(item.relative_to(path)) for item in path.rglob("*"))


def test_jsonl_writes_both_tables_and_the_class_map(tmp_path: Path) -> None:
    report = to_jsonl(
        [record("a.jpg", [box(1, 2, 3, 4), box(5, 6, 7, 8)]), record("b.jpg")],
        tmp_path / "out",
        label_set=LABEL_SET,
    )
    assert files_under(tmp_path / "out") == ["classes.json", "objects.jsonl", "tasks.jsonl"]
    objects = [json.loads(line) for line in (tmp_path / "out" / "objects.jsonl").read_text().splitlines()]
    tasks = [json.loads(line) for line in (tmp_path / "out" / "tasks.jsonl").read_text().splitlines()]
    assert [row["bbox_x"] for row in objects] == [1, 5]
    assert [(row["external_id"], row["object_count"]) for row in tasks] == [("a.jpg", 2), ("b.jpg", 0)]
    assert report.ok
    assert (report.written["tasks"], report.written["objects"]) == (2, 2)


def test_a_directory_that_is_not_empty_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    with pytest.raises(ConversionError, match="not empty"):
        to_jsonl([record("a.jpg")], out, label_set=LABEL_SET)
    assert files_under(out) == ["mine.txt"]
    to_jsonl([record("a.jpg")], out, label_set=LABEL_SET, force=True)
    assert files_under(out) == ["classes.json", "mine.txt", "objects.jsonl", "tasks.jsonl"]
    assert (out / "mine.txt").read_text() == "keep me"


def test_an_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x")
    with pytest.raises(ConversionError, match="is a file"):
        to_jsonl([record("a.jpg")], tmp_path / "out", label_set=LABEL_SET)


@pytest.mark.parametrize("failure", [ConversionError("stop"), KeyboardInterrupt()])
def test_a_conversion_that_stops_half_way_leaves_nothing_that_looks_complete(
    tmp_path: Path, failure: BaseException
) -> None:
    def records() -> Iterator[Any]:
        for number in range(50):
            yield record(f"{number}.jpg", [box(1, 2, 3, 4)])
        raise failure

    out = tmp_path / "out"
    with pytest.raises(type(failure)):
        to_jsonl(records(), out, label_set=LABEL_SET)
    assert files_under(out) == []
    # The next conversion into the same directory is not refused for what the first left.
    to_jsonl([record("a.jpg")], out, label_set=LABEL_SET)
    assert files_under(out) == ["classes.json", "objects.jsonl", "tasks.jsonl"]


def test_files_are_created_with_the_users_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        to_jsonl([record("a.jpg")], tmp_path / "out", label_set=LABEL_SET)
    finally:
        os.umask(previous)
    assert (tmp_path / "out" / "objects.jsonl").stat().st_mode & 0o777 == 0o644


def test_missing_sizes_stay_null_in_the_tables(tmp_path: Path) -> None:
    to_jsonl(
        [record("a.jpg", [box(1, 2, 3, 4)], width=None, height=None)], tmp_path / "out", label_set=LABEL_SET
    )
    (row,) = [json.loads(line) for line in (tmp_path / "out" / "objects.jsonl").read_text().splitlines()]
    assert (row["image_width"], row["image_height"]) == (None, None)


# --- image sizes from headers ---------------------------------------------------------------


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00"


def bmp(width: int, height: int) -> bytes:
    return b"BM" + b"\x00" * 12 + struct.pack("<I", 40) + struct.pack("<ii", width, -height) + b"\x00" * 28


def webp(width: int, height: int) -> bytes:
    body = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00"
    body += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


@pytest.mark.parametrize("make", [png, jpeg, gif, bmp, webp])
def test_image_sizes_are_read_from_headers(tmp_path: Path, make: Any) -> None:
    path = tmp_path / "image"
    path.write_bytes(make(1234, 567) + b"\x00" * 64)
    assert image_size(path) == (1234, 567)


@pytest.mark.parametrize("content", [b"", b"\xff\xd8\xff", b"GIF89a", b"not an image", b"\x89PNG\r\n\x1a\n"])
def test_a_file_that_is_not_an_image_has_no_size(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image"
    path.write_bytes(content)
    assert image_size(path) is None
    assert image_size(tmp_path / "missing") is None


def test_image_dir_gives_the_sizes_the_export_lacks(tmp_path: Path) -> None:
    images = tmp_path / "images"
    (images / "sub").mkdir(parents=True)
    (images / "sub" / "a.jpg").write_bytes(jpeg(800, 600))
    (images / "b.png").write_bytes(png(32, 16))
    records = [
        record("sub/a.jpg", width=None, height=None),
        record("elsewhere/b.png", width=None, height=None),  # found by its base name
        record("../b.png", width=None, height=None),  # never looked up outside image_dir
        record("c.jpg", width=None, height=None),
        record("d.jpg", width=10, height=20),  # the export's size wins
    ]
    sizes = [
        (task.image_width, task.image_height)
        for task in iter_tasks(records, label_set=LABEL_SET, image_dir=images)
    ]
    assert sizes == [(800, 600), (32, 16), (32, 16), (None, None), (10, 20)]


def test_an_image_dir_that_is_not_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="not a directory"):
        list(iter_tasks([record("a.jpg")], label_set=LABEL_SET, image_dir=tmp_path / "nope"))
