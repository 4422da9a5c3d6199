"""Small export records and label sets for the YOLO and VOC converters' tests, built in Python.

A record has the export's current shape: one record per task, objects under
``task.tools``, the image size in ``metadata`` (left out with ``size=None``).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

Json = dict[str, Any]

#: Every tool type the converters know, one tool each, in this order (YOLO ids 0..7).
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
            },
            {
                "schemaId": "c-tags",
                "title": "Tags",
                "tool": "checkbox",
                "options": [
                    {"value": "Parked", "schemaId": "o-parked"},
                    {"value": "Dirty", "schemaId": "o-dirty"},
                ],
            },
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

#: Class ids (from 0) by schemaId.
IDS = {tool["schemaId"]: index for index, tool in enumerate(TOOLS)}

#: The export documentation's rotated box (data/ango-export-format), with its corners.
DOCS_ROTATED: Json = {
    "x": 172.9809523809524,
    "y": 101.7904761904762,
    "width": 6.095238095238096,
    "height": 92.03002172095357,
    "rotation": -40.97173633351486,
}
DOCS_CORNERS = [
    [172.9809523809524, 101.7904761904762],
    [233.32380952380956, 171.2761904761905],
    [237.92591615020282, 167.2796241953753],
    [177.58305900734567, 97.793909909661],
]


def label_set(*, extra_tools: list[Json] | None = None, drop: tuple[str, ...] = ()) -> Json:
    """The label set of the tests' project (a ``categorySchema``): :data:`TOOLS` without the
    schemaIds in ``drop``, then ``extra_tools``."""
    return {
        "tools": [copy.deepcopy(tool) for tool in TOOLS if tool["schemaId"] not in drop]
        + copy.deepcopy(extra_tools or []),
        "classifications": [],
        "relations": [],
    }


def record(
    external_id: str,
    objects: list[Json],
    *,
    size: tuple[int, int] | None = (640, 480),
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
            "classifications": [],
            "relations": [],
        },
    }
    if size is not None:
        data["metadata"] = {"width": size[0], "height": size[1]}
    return data


def box(x: float, y: float, width: float, height: float, *, object_id: str = "o-box", **extra: Any) -> Json:
    """A Car (bounding box)."""
    return {
        "objectId": object_id,
        "schemaId": "t-car",
        "title": "Car",
        "bounding-box": {"x": x, "y": y, "width": width, "height": height},
        **extra,
    }


def rotated(geometry: Json, *, object_id: str = "o-rot") -> Json:
    """A Boat (rotated bounding box)."""
    return {"objectId": object_id, "schemaId": "t-boat", "title": "Boat", "rotated-bounding-box": geometry}


def polygon(points: Sequence[Sequence[float]], *, object_id: str = "o-poly") -> Json:
    """A Road (polygon)."""
    return {"objectId": object_id, "schemaId": "t-road", "title": "Road", "polygon": points}


def segmentation(zones: list[Json], *, object_id: str = "o-seg") -> Json:
    """A Lake (segmentation): ``zones`` of ``{"region": [...], "holes": [...]}``."""
    return {"objectId": object_id, "schemaId": "t-lake", "title": "Lake", "segmentation": {"zones": zones}}


def others() -> list[Json]:
    """One object of each tool an image format cannot hold: polyline, point, NER, PDF."""
    return [
        {"objectId": "o-line", "schemaId": "t-lane", "polyline": [[1, 1], [5, 5], [9, 2]]},
        {"objectId": "o-point", "schemaId": "t-sign", "point": [3, 4]},
        {"objectId": "o-ner", "schemaId": "t-name", "ner": {"start": 0, "end": 4}},
        {
            "objectId": "o-pdf",
            "schemaId": "t-area",
            "pdf": {"position": {"boundingRect": {"x1": 1, "y1": 1, "x2": 5, "y2": 5}, "pageNumber": 1}},
        },
    ]
