"""Small export records and a label set for the command line's tests, built with ``_records``."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from . import _records as records

Json = dict[str, Any]

CAR = "c4r0000000000000000000a1"
ROAD = "r04d000000000000000000b2"
TYPE = "typ0000000000000000000c3"
SEDAN = "sed0000000000000000000d4"
UNKNOWN = "0000000000000000unknown0"


def label_set() -> Json:
    """Two tools (a box with a radio, a polygon): the categorySchema's JSON."""
    return records.label_set(
        records.tool(
            CAR, "Car", "bounding-box", classifications=[records.radio(TYPE, "Type", {SEDAN: "Sedan"})]
        ),
        records.tool(ROAD, "Road", "polygon"),
    )


def record(index: int, *, sized: bool = True, unknown: bool = False, stage: str = "Complete") -> Json:
    """One image record (``img-<index>.png``, 200 x 100): a box of negative width and height and
    a polygon; ``unknown`` adds an object of a schemaId the label set does not have;
    ``sized=False`` leaves the image's size out of ``metadata``."""
    objects = [
        records.box(
            100,
            100,
            -50,
            -20,
            schema_id=CAR,
            object_id=f"box-{index}",
            classifications=[{"schemaId": TYPE, "title": "Type", "answer": SEDAN}],
        ),
        records.obj(ROAD, "polygon", [[10, 10], [60, 10], [60, 40], [10, 40]], object_id=f"road-{index}"),
    ]
    if unknown:
        objects.append(records.box(1, 1, 2, 2, schema_id=UNKNOWN, object_id=f"odd-{index}"))
    return records.record(
        f"img-{index}.png",
        objects,
        width=200 if sized else None,
        height=100 if sized else None,
        stage=stage,
        task_id=f"{index:024x}",
    )


def write_label_set(path: Path) -> Path:
    path.write_text(json.dumps(label_set()), encoding="utf-8")
    return path


def write_ndjson(path: Path, records: list[Json]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in records), encoding="utf-8")
    return path


def write_zip(path: Path, records: list[Json], *, member: str = "export.ndjson") -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, "".join(json.dumps(item) + "\n" for item in records))
    return path


def png(width: int, height: int) -> bytes:
    """A valid 1-bit greyscale PNG of ``width`` x ``height`` (all black)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes((width + 7) // 8) for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
