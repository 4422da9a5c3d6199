"""Small export records and label sets for the converters' tests, built in Python."""

from __future__ import annotations

from typing import Any

#: The export format page's rotated box (data/ango-export-format/objects.md).
DOCS_ROTATED_BOX: dict[str, Any] = {
    "x": 172.9809523809524,
    "y": 101.7904761904762,
    "width": 6.095238095238096,
    "height": 92.03002172095357,
    "rotation": -40.97173633351486,
}
DOCS_ROTATED_CORNERS = [
    [172.9809523809524, 101.7904761904762],
    [233.32380952380956, 171.2761904761905],
    [237.92591615020282, 167.2796241953753],
    [177.58305900734567, 97.793909909661],
]


def tool(schema_id: str, title: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"schemaId": schema_id, "title": title, "tool": kind, "classifications": [], **extra}


def label_set(*tools: dict[str, Any], classifications: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"tools": list(tools), "classifications": classifications or [], "relations": []}


def radio(schema_id: str, title: str, options: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {
        "schemaId": schema_id,
        "title": title,
        "tool": "radio",
        "classifications": [],
        "options": [{"schemaId": key, "value": value} for key, value in options.items()],
        **extra,
    }


#: Every kind of tool, in a fixed order.
LABEL_SET = label_set(
    tool(
        "t-box",
        "Car",
        "bounding-box",
        classifications=[radio("c-color", "Color", {"o-red": "Red", "o-blue": "Blue"})],
    ),
    tool("t-rbox", "Sign", "rotated-bounding-box"),
    tool("t-poly", "Road", "polygon"),
    tool("t-seg", "Tree", "segmentation"),
    tool("t-line", "Lane", "polyline"),
    tool("t-point", "Wheel", "point"),
    tool("t-ner", "Person", "ner"),
    tool("t-pdf", "Clause", "pdf"),
    classifications=[radio("c-weather", "Weather", {"o-sun": "Sunny", "o-rain": "Rainy"})],
)


def obj(schema_id: str, key: str, geometry: Any, object_id: str = "", **extra: Any) -> dict[str, Any]:
    return {"schemaId": schema_id, "objectId": object_id or f"{schema_id}-{key}", key: geometry, **extra}


def box(
    x: float, y: float, width: float, height: float, schema_id: str = "t-box", **extra: Any
) -> dict[str, Any]:
    return obj(schema_id, "bounding-box", {"x": x, "y": y, "width": width, "height": height}, **extra)


def record(
    external_id: str,
    objects: list[dict[str, Any]] | None = None,
    *,
    width: int | None = 640,
    height: int | None = 480,
    stage: str = "Complete",
    task_id: str | None = None,
    classifications: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A record of the current shape: one task under ``task``, its objects under ``tools``."""
    metadata = {} if width is None or height is None else {"width": width, "height": height}
    return {
        "asset": f"https://bucket.example/{external_id}",
        "externalId": external_id,
        "metadata": metadata,
        "batches": [],
        "task": {
            "taskId": task_id or f"task-{external_id}",
            "stage": stage,
            "stageId": stage,
            "updatedAt": "2026-01-01T00:00:00.000Z",
            "updatedBy": "someone@example.com",
            "totalDuration": 12,
            "tools": objects or [],
            "classifications": classifications or [],
            "relations": [],
        },
    }
