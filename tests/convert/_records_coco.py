"""Small export records and label sets for the COCO converter's tests, built in Python.

A record has the export's current shape: one record per task, objects under
``task.tools``, the image size in ``metadata`` (left out with ``size=None``).
"""

from __future__ import annotations

import copy
from typing import Any

Json = dict[str, Any]

#: Every tool type the converters know, one tool each, in this order (ids 1.. in COCO).
TOOLS: list[Json] = [
    {
        "schemaId": "t-car",
        "title": "Car",
        "tool": "bounding-box",
        "classifications": [
            {
                "schemaId": "c-color",
                "title": "Color",
                "tool": "radio",
                "options": [
                    {"value": "Red", "schemaId": "o-red"},
                    {"value": "Blue", "schemaId": "o-blue"},
                ],
            }
        ],
    },
    {"schemaId": "t-boat", "title": "Boat", "tool": "rotated-bounding-box"},
    {"schemaId": "t-road", "title": "Road", "tool": "polygon"},
    {"schemaId": "t-lake", "title": "Lake", "tool": "segmentation"},
    {"schemaId": "t-lane", "title": "Lane", "tool": "polyline"},
    {"schemaId": "t-sign", "title": "Sign", "tool": "point"},
    {"schemaId": "t-name", "title": "Name", "tool": "ner"},
    {"schemaId": "t-area", "title": "Area", "tool": "pdf"},
]

WEATHER: Json = {
    "schemaId": "c-weather",
    "title": "Weather",
    "tool": "radio",
    "options": [{"value": "Sunny", "schemaId": "o-sunny"}, {"value": "Rainy", "schemaId": "o-rainy"}],
}


def label_set(*, extra_tools: list[Json] | None = None) -> Json:
    """The label set of the tests' project (a ``categorySchema``), with ``extra_tools`` appended."""
    return {
        "tools": copy.deepcopy(TOOLS) + copy.deepcopy(extra_tools or []),
        "classifications": [copy.deepcopy(WEATHER)],
        "relations": [],
    }


def record(
    external_id: str,
    objects: list[Json],
    *,
    size: tuple[int, int] | None = (640, 480),
    classifications: list[Json] | None = None,
    task_id: str | None = None,
) -> Json:
    """One export record (one task) with ``objects`` under ``task.tools``."""
    data: Json = {
        "asset": f"https://storage.example.com/images/{external_id}",
        "externalId": external_id,
        "batches": [],
        "task": {
            "taskId": task_id or f"task-{external_id}",
            "stage": "Complete",
            "stageId": "Complete",
            "tools": objects,
            "classifications": classifications or [],
            "relations": [],
        },
    }
    if size is not None:
        data["metadata"] = {"width": size[0], "height": size[1]}
    return data


_counter = 0


def _object(schema_id: str, key: str, geometry: Any, **extra: Any) -> Json:
    global _counter
    _counter += 1
    return {"objectId": f"obj-{_counter}", "schemaId": schema_id, key: geometry, **extra}


def box(x: float, y: float, width: float, height: float, *, color: str | None = None) -> Json:
    """A ``Car`` bounding box (with its ``Color`` answer when given: ``"o-red"`` / ``"o-blue"``)."""
    extra: Json = {}
    if color is not None:
        extra["classifications"] = [{"schemaId": "c-color", "title": "Color", "answer": color}]
    return _object("t-car", "bounding-box", {"x": x, "y": y, "width": width, "height": height}, **extra)


def rotated(
    x: float,
    y: float,
    width: float,
    height: float,
    rotation: float,
    corners: list[list[float]] | None = None,
) -> Json:
    """A ``Boat`` rotated box, with the export's ``corners`` when given."""
    geometry: Json = {"x": x, "y": y, "width": width, "height": height, "rotation": rotation}
    if corners is not None:
        geometry["corners"] = corners
    return _object("t-boat", "rotated-bounding-box", geometry)


def polygon(points: list[list[float]], **extra: Any) -> Json:
    """A ``Road`` polygon."""
    return _object("t-road", "polygon", points, **extra)


def zones(*zones: tuple[list[list[float]], list[list[list[float]]]]) -> Json:
    """A ``Lake`` segmentation: ``(region, holes)`` per zone."""
    return _object(
        "t-lake", "segmentation", {"zones": [{"region": region, "holes": holes} for region, holes in zones]}
    )


def polyline(points: list[list[float]]) -> Json:
    """A ``Lane`` polyline."""
    return _object("t-lane", "polyline", points)


def point(x: float, y: float) -> Json:
    """A ``Sign`` point."""
    return _object("t-sign", "point", [x, y])


def ner(start: int, end: int) -> Json:
    """A ``Name`` NER span."""
    return _object("t-name", "ner", {"start": start, "end": end})


def pdf_area(page_number: int) -> Json:
    """An ``Area`` PDF region."""
    return _object(
        "t-area",
        "pdf",
        {"position": {"boundingRect": {"x1": 10, "y1": 10, "x2": 50, "y2": 60}, "pageNumber": page_number}},
    )


def square(left: float, top: float, side: float) -> list[list[float]]:
    """The four corners of an axis-aligned square, clockwise on screen."""
    return [[left, top], [left + side, top], [left + side, top + side], [left, top + side]]
