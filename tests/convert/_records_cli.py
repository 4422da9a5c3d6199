"""Small export records and a label set for the command line's tests (built in Python)."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

Json = dict[str, Any]

CAR = "c4r0000000000000000000a1"
ROAD = "r04d000000000000000000b2"
TYPE = "typ0000000000000000000c3"
SEDAN = "sed0000000000000000000d4"
UNKNOWN = "0000000000000000unknown0"


def label_set() -> Json:
    """Two tools (a box with a radio, a polygon): the categorySchema's JSON."""
    return {
        "tools": [
            {
                "schemaId": CAR,
                "title": "Car",
                "tool": "bounding-box",
                "classifications": [
                    {
                        "schemaId": TYPE,
                        "title": "Type",
                        "tool": "radio",
                        "options": [{"schemaId": SEDAN, "value": "Sedan"}],
                    }
                ],
            },
            {"schemaId": ROAD, "title": "Road", "tool": "polygon", "classifications": []},
        ],
        "classifications": [],
        "relations": [],
    }


def record(index: int, *, sized: bool = True, unknown: bool = False, stage: str = "Complete") -> Json:
    """One image record (current shape): a box (negative width) and a polygon; ``unknown``
    adds an object of a schemaId the label set does not have; ``sized=False`` leaves the
    image's size out of ``metadata``."""
    tools: list[Json] = [
        {
            "objectId": f"box-{index}",
            "schemaId": CAR,
            "title": "Car",
            "bounding-box": {"x": 100, "y": 100, "width": -50, "height": -20},
            "classifications": [{"schemaId": TYPE, "title": "Type", "answer": SEDAN}],
        },
        {
            "objectId": f"road-{index}",
            "schemaId": ROAD,
            "title": "Road",
            "polygon": [[10, 10], [60, 10], [60, 40], [10, 40]],
        },
    ]
    if unknown:
        tools.append(
            {
                "objectId": f"odd-{index}",
                "schemaId": UNKNOWN,
                "bounding-box": {"x": 1, "y": 1, "width": 2, "height": 2},
            }
        )
    return {
        "asset": f"https://example-bucket.s3.amazonaws.com/img-{index}.png",
        "externalId": f"img-{index}.png",
        "metadata": {"width": 200, "height": 100} if sized else {},
        "batches": ["day-1"],
        "task": {
            "taskId": f"{index:024x}",
            "stage": stage,
            "stageId": stage,
            "tools": tools,
            "classifications": [],
            "relations": [],
        },
    }


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
