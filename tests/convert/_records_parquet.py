"""Export records built in Python for the table formats' tests (Parquet and JSON Lines):
every tool of a label set, stages with odd names and none, images with and without a size.

Each builder returns a record in the export's current shape (one record per task, objects
under ``task.tools``), as ``hub.exports.iter_records`` gives it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

Json = dict[str, Any]

LABEL_SET: Json = {
    "tools": [
        {
            "tool": "bounding-box",
            "schemaId": "car",
            "title": "Car",
            "classifications": [
                {
                    "tool": "radio",
                    "schemaId": "color",
                    "title": "Color",
                    "options": [{"value": "Red", "schemaId": "red"}, {"value": "Blue", "schemaId": "blue"}],
                }
            ],
        },
        {"tool": "rotated-bounding-box", "schemaId": "sign", "title": "Sign"},
        {"tool": "polygon", "schemaId": "road", "title": "Road"},
        {"tool": "segmentation", "schemaId": "lawn", "title": "Lawn"},
        {"tool": "polyline", "schemaId": "lane", "title": "Lane"},
        {"tool": "point", "schemaId": "pole", "title": "Pole"},
        {"tool": "ner", "schemaId": "person", "title": "Person"},
        {"tool": "pdf", "schemaId": "figure", "title": "Figure"},
    ],
    "classifications": [
        {
            "tool": "checkbox",
            "schemaId": "weather",
            "title": "Weather",
            "options": [{"value": "Rain", "schemaId": "rain"}, {"value": "Fog", "schemaId": "fog"}],
        }
    ],
    "relations": [],
}

#: Stages the mixed records cycle through: plain names, one that needs escaping in a
#: directory name, and none at all.
STAGES: tuple[str | None, ...] = ("Complete", "Review", "Needs review/2%", None)

#: The hole of every segmentation the builders make.
HOLE = [[20.0, 20.0], [30.0, 20.0], [30.0, 30.0], [20.0, 30.0]]


def box(x: float, y: float, width: float, height: float, *, color: str | None = "red") -> Json:
    item: Json = {"schemaId": "car", "bounding-box": {"x": x, "y": y, "width": width, "height": height}}
    if color is not None:
        item["classifications"] = [{"schemaId": "color", "title": "Color", "answer": color}]
    return item


def rotated(x: float, y: float) -> Json:
    corners = [[x, y], [x + 10, y + 10], [x, y + 20], [x - 10, y + 10]]
    return {
        "schemaId": "sign",
        "rotated-bounding-box": {
            "x": x,
            "y": y,
            "width": 14.14,
            "height": 14.14,
            "rotation": 45,
            "corners": corners,
        },
    }


def polygon(offset: float = 0.0) -> Json:
    return {"schemaId": "road", "polygon": [[offset, 0], [offset + 50, 0], [offset + 50, 40], [offset, 40]]}


def segmentation(zones: int = 1) -> Json:
    return {
        "schemaId": "lawn",
        "segmentation": {
            "zones": [
                {
                    "region": [
                        [10.0 + 100 * n, 10.0],
                        [60.0 + 100 * n, 10.0],
                        [60.0 + 100 * n, 60.0],
                        [10.0 + 100 * n, 60.0],
                    ],
                    "holes": [HOLE] if n == 0 else [],
                }
                for n in range(zones)
            ]
        },
    }


def polyline() -> Json:
    return {"schemaId": "lane", "polyline": [[0, 100], [50, 120], [100, 100]]}


def point(x: float = 5.0, y: float = 6.0) -> Json:
    return {"schemaId": "pole", "point": [x, y]}


def ner(start: int = 3, end: int = 9) -> Json:
    return {"schemaId": "person", "ner": {"start": start, "end": end}}


def pdf(page: int = 2) -> Json:
    return {
        "schemaId": "figure",
        "pdf": {"position": {"boundingRect": {"x1": 10, "y1": 20, "x2": 110, "y2": 70}, "pageNumber": page}},
    }


def record(
    external_id: str,
    objects: Iterable[Json] = (),
    *,
    stage: str | None = "Complete",
    size: tuple[int, int] | None = (640, 480),
    weather: Sequence[str] = (),
    batches: Sequence[str] = ("City",),
    task_id: str | None = None,
) -> Json:
    """One export record (one task) with ``objects``; ``size=None`` leaves the size out."""
    task: Json = {
        "taskId": task_id or f"task-{external_id}",
        "stageId": None if stage is None else stage.lower(),
        "updatedAt": "2025-01-18T12:31:00.000Z",
        "updatedBy": "carol@example.com",
        "totalDuration": 1234,
        "tools": [dict(item, objectId=f"{external_id}-o{n}") for n, item in enumerate(objects)],
        "classifications": [{"schemaId": "weather", "title": "Weather", "answer": list(weather)}]
        if weather
        else [],
        "relations": [],
    }
    if stage is not None:
        task["stage"] = stage
    result: Json = {
        "asset": f"https://example.com/images/{external_id}",
        "assetId": f"asset-{external_id}",
        "externalId": external_id,
        "batches": list(batches),
        "task": task,
    }
    if size is not None:
        result["metadata"] = {"width": size[0], "height": size[1]}
    return result


def every_tool() -> list[Json]:
    """One object of every tool of :data:`LABEL_SET`, a segmentation with two zones and a hole."""
    return [box(1, 2, 30, 40), rotated(50, 50), polygon(), segmentation(2), polyline(), point(), ner(), pdf()]


def mixed_records(count: int) -> list[Json]:
    """``count`` records cycling through the stages, sizes known and unknown, and 0 to 8
    objects of every tool (an image without objects among them)."""
    tools = every_tool()
    records = []
    for n in range(count):
        objects = [tools[(n + k) % len(tools)] for k in range(n % (len(tools) + 1))]
        records.append(
            record(
                f"img-{n:04d}.jpg",
                objects,
                stage=STAGES[n % len(STAGES)],
                size=None if n % 5 == 3 else (640 + n, 480),
                weather=("Rain",) if n % 2 else ("Rain", "Fog"),
                batches=("City",) if n % 3 else ("City", "Night"),
            )
        )
    return records


def boxes_only(count: int) -> list[Json]:
    """``count`` records with bounding boxes only (no segmentation, no points at all)."""
    return [
        record(f"box-{n:04d}.jpg", [box(n, n, 10, 20), box(2 * n, 1, 5, 5, color=None)]) for n in range(count)
    ]


def object_count(records: Iterable[Json]) -> int:
    """How many objects ``records`` hold (all of them readable)."""
    return sum(len(item["task"]["tools"]) for item in records)
