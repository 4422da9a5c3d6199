"""Export records and label sets for the converters' tests, built in Python: one module, a
section per family of tests (each keeps the builders' names of its own; a test imports them
with ``as`` where two families share a name).

A record has the export's current shape: one record per task, objects under ``task.tools``,
the image size in ``metadata``.

* generic (rows, sources, output, overlays, fast paths): :func:`record`, :func:`box`,
  :func:`obj`, :func:`tool`, :func:`radio`, :func:`label_set`, :data:`LABEL_SET`;
* image formats (COCO, masks: ``coco_*``; YOLO, VOC: ``yolo_*``), the same eight tools
  (:func:`image_tools`) and one record builder (:func:`image_record`);
* tables (Parquet, JSON Lines): ``table_*``, :data:`TABLE_LABEL_SET`, :func:`mixed_records`;
* the command line: ``cli_*``, :func:`write_ndjson`, :func:`write_zip`, :func:`png`.
"""

from __future__ import annotations

import copy
import json
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Json = dict[str, Any]

# --- shared -------------------------------------------------------------------------------

#: The export format page's rotated box (data/ango-export-format/objects.md), and its corners.
DOCS_ROTATED_BOX: Json = {
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

# --- generic ------------------------------------------------------------------------------


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


# --- image formats: COCO and masks (coco_*), YOLO and VOC (yolo_*) ----------------------


def image_tools(*, tags: bool) -> list[Json]:
    """Every tool type the converters know, one tool each, in this order (COCO ids 1..8,
    YOLO ids 0..7); the Car has a Color radio, and a Tags checkbox with ``tags``."""
    color: Json = {
        "schemaId": "c-color",
        "title": "Color",
        "tool": "radio",
        "options": [
            {"value": "Red", "schemaId": "o-red"},
            {"value": "Blue", "schemaId": "o-blue"},
        ],
    }
    tags_checkbox: Json = {
        "schemaId": "c-tags",
        "title": "Tags",
        "tool": "checkbox",
        "options": [
            {"value": "Parked", "schemaId": "o-parked"},
            {"value": "Dirty", "schemaId": "o-dirty"},
        ],
    }
    return [
        {
            "schemaId": "t-car",
            "title": "Car",
            "tool": "bounding-box",
            "classifications": [color, tags_checkbox] if tags else [color],
        },
        {"schemaId": "t-boat", "title": "Boat", "tool": "rotated-bounding-box"},
        {"schemaId": "t-road", "title": "Road", "tool": "polygon"},
        {"schemaId": "t-lake", "title": "Lake", "tool": "segmentation"},
        {"schemaId": "t-lane", "title": "Lane", "tool": "polyline"},
        {"schemaId": "t-sign", "title": "Sign", "tool": "point"},
        {"schemaId": "t-name", "title": "Name", "tool": "ner"},
        {"schemaId": "t-area", "title": "Area", "tool": "pdf"},
    ]


def image_record(
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


#: The COCO and masks tests' tools (ids 1.. in COCO).
COCO_TOOLS: list[Json] = image_tools(tags=False)

COCO_WEATHER: Json = {
    "schemaId": "c-weather",
    "title": "Weather",
    "tool": "radio",
    "options": [{"value": "Sunny", "schemaId": "o-sunny"}, {"value": "Rainy", "schemaId": "o-rainy"}],
}


def coco_label_set(*, extra_tools: list[Json] | None = None) -> Json:
    """The label set of the tests' project (a ``categorySchema``), with ``extra_tools`` appended."""
    return {
        "tools": copy.deepcopy(COCO_TOOLS) + copy.deepcopy(extra_tools or []),
        "classifications": [copy.deepcopy(COCO_WEATHER)],
        "relations": [],
    }


_coco_counter = 0


def _coco_object(schema_id: str, key: str, geometry: Any, **extra: Any) -> Json:
    global _coco_counter
    _coco_counter += 1
    return {"objectId": f"obj-{_coco_counter}", "schemaId": schema_id, key: geometry, **extra}


def coco_box(x: float, y: float, width: float, height: float, *, color: str | None = None) -> Json:
    """A ``Car`` bounding box (with its ``Color`` answer when given: ``"o-red"`` / ``"o-blue"``)."""
    extra: Json = {}
    if color is not None:
        extra["classifications"] = [{"schemaId": "c-color", "title": "Color", "answer": color}]
    return _coco_object("t-car", "bounding-box", {"x": x, "y": y, "width": width, "height": height}, **extra)


def coco_rotated(
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
    return _coco_object("t-boat", "rotated-bounding-box", geometry)


def coco_polygon(points: list[list[float]], **extra: Any) -> Json:
    """A ``Road`` polygon."""
    return _coco_object("t-road", "polygon", points, **extra)


def coco_zones(*zones: tuple[list[list[float]], list[list[list[float]]]]) -> Json:
    """A ``Lake`` segmentation: ``(region, holes)`` per zone."""
    return _coco_object(
        "t-lake", "segmentation", {"zones": [{"region": region, "holes": holes} for region, holes in zones]}
    )


def coco_polyline(points: list[list[float]]) -> Json:
    """A ``Lane`` polyline."""
    return _coco_object("t-lane", "polyline", points)


def coco_point(x: float, y: float) -> Json:
    """A ``Sign`` point."""
    return _coco_object("t-sign", "point", [x, y])


def coco_ner(start: int, end: int) -> Json:
    """A ``Name`` NER span."""
    return _coco_object("t-name", "ner", {"start": start, "end": end})


def coco_pdf_area(page_number: int) -> Json:
    """An ``Area`` PDF region."""
    return _coco_object(
        "t-area",
        "pdf",
        {"position": {"boundingRect": {"x1": 10, "y1": 10, "x2": 50, "y2": 60}, "pageNumber": page_number}},
    )


def coco_square(left: float, top: float, side: float) -> list[list[float]]:
    """The four corners of an axis-aligned square, clockwise on screen."""
    return [[left, top], [left + side, top], [left + side, top + side], [left, top + side]]


#: The YOLO and VOC tests' tools (YOLO ids 0..7).
YOLO_TOOLS: list[Json] = image_tools(tags=True)

#: Class ids (from 0) by schemaId.
YOLO_IDS = {tool["schemaId"]: index for index, tool in enumerate(YOLO_TOOLS)}


def yolo_label_set(*, extra_tools: list[Json] | None = None, drop: tuple[str, ...] = ()) -> Json:
    """The label set of the tests' project (a ``categorySchema``): :data:`TOOLS` without the
    schemaIds in ``drop``, then ``extra_tools``."""
    return {
        "tools": [copy.deepcopy(tool) for tool in YOLO_TOOLS if tool["schemaId"] not in drop]
        + copy.deepcopy(extra_tools or []),
        "classifications": [],
        "relations": [],
    }


def yolo_record(
    external_id: str,
    objects: list[Json],
    *,
    size: tuple[int, int] | None = (640, 480),
    task_id: str | None = None,
) -> Json:
    """One export record (one task) with ``objects`` under ``task.tools``."""
    return image_record(external_id, objects, size=size, task_id=task_id)


def yolo_box(
    x: float, y: float, width: float, height: float, *, object_id: str = "o-box", **extra: Any
) -> Json:
    """A Car (bounding box)."""
    return {
        "objectId": object_id,
        "schemaId": "t-car",
        "title": "Car",
        "bounding-box": {"x": x, "y": y, "width": width, "height": height},
        **extra,
    }


def yolo_rotated(geometry: Json, *, object_id: str = "o-rot") -> Json:
    """A Boat (rotated bounding box)."""
    return {"objectId": object_id, "schemaId": "t-boat", "title": "Boat", "rotated-bounding-box": geometry}


def yolo_polygon(points: Sequence[Sequence[float]], *, object_id: str = "o-poly") -> Json:
    """A Road (polygon)."""
    return {"objectId": object_id, "schemaId": "t-road", "title": "Road", "polygon": points}


def yolo_segmentation(zones: list[Json], *, object_id: str = "o-seg") -> Json:
    """A Lake (segmentation): ``zones`` of ``{"region": [...], "holes": [...]}``."""
    return {"objectId": object_id, "schemaId": "t-lake", "title": "Lake", "segmentation": {"zones": zones}}


def yolo_others() -> list[Json]:
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


# --- tables: Parquet and JSON Lines (table_*) ------------------------------------------

TABLE_LABEL_SET: Json = {
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
TABLE_STAGES: tuple[str | None, ...] = ("Complete", "Review", "Needs review/2%", None)

#: The hole of every segmentation the builders make.
TABLE_HOLE = [[20.0, 20.0], [30.0, 20.0], [30.0, 30.0], [20.0, 30.0]]


def table_box(x: float, y: float, width: float, height: float, *, color: str | None = "red") -> Json:
    item: Json = {"schemaId": "car", "bounding-box": {"x": x, "y": y, "width": width, "height": height}}
    if color is not None:
        item["classifications"] = [{"schemaId": "color", "title": "Color", "answer": color}]
    return item


def table_rotated(x: float, y: float) -> Json:
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


def table_polygon(offset: float = 0.0) -> Json:
    return {"schemaId": "road", "polygon": [[offset, 0], [offset + 50, 0], [offset + 50, 40], [offset, 40]]}


def table_segmentation(zones: int = 1) -> Json:
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
                    "holes": [TABLE_HOLE] if n == 0 else [],
                }
                for n in range(zones)
            ]
        },
    }


def table_polyline() -> Json:
    return {"schemaId": "lane", "polyline": [[0, 100], [50, 120], [100, 100]]}


def table_point(x: float = 5.0, y: float = 6.0) -> Json:
    return {"schemaId": "pole", "point": [x, y]}


def table_ner(start: int = 3, end: int = 9) -> Json:
    return {"schemaId": "person", "ner": {"start": start, "end": end}}


def table_pdf(page: int = 2) -> Json:
    return {
        "schemaId": "figure",
        "pdf": {"position": {"boundingRect": {"x1": 10, "y1": 20, "x2": 110, "y2": 70}, "pageNumber": page}},
    }


def table_record(
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
    """One object of every tool of :data:`TABLE_LABEL_SET`, a segmentation with two zones and a hole."""
    return [
        table_box(1, 2, 30, 40),
        table_rotated(50, 50),
        table_polygon(),
        table_segmentation(2),
        table_polyline(),
        table_point(),
        table_ner(),
        table_pdf(),
    ]


def mixed_records(count: int) -> list[Json]:
    """``count`` records cycling through the stages, sizes known and unknown, and 0 to 8
    objects of every tool (an image without objects among them)."""
    tools = every_tool()
    records = []
    for n in range(count):
        objects = [tools[(n + k) % len(tools)] for k in range(n % (len(tools) + 1))]
        records.append(
            table_record(
                f"img-{n:04d}.jpg",
                objects,
                stage=TABLE_STAGES[n % len(TABLE_STAGES)],
                size=None if n % 5 == 3 else (640 + n, 480),
                weather=("Rain",) if n % 2 else ("Rain", "Fog"),
                batches=("City",) if n % 3 else ("City", "Night"),
            )
        )
    return records


def boxes_only(count: int) -> list[Json]:
    """``count`` records with bounding boxes only (no segmentation, no points at all)."""
    return [
        table_record(f"box-{n:04d}.jpg", [table_box(n, n, 10, 20), table_box(2 * n, 1, 5, 5, color=None)])
        for n in range(count)
    ]


def object_count(records: Iterable[Json]) -> int:
    """How many objects ``records`` hold (all of them readable)."""
    return sum(len(item["task"]["tools"]) for item in records)


# --- the command line (cli_*) ----------------------------------------------------------

CLI_CAR = "c4r0000000000000000000a1"
CLI_ROAD = "r04d000000000000000000b2"
CLI_TYPE = "typ0000000000000000000c3"
CLI_SEDAN = "sed0000000000000000000d4"
CLI_UNKNOWN = "0000000000000000unknown0"


def cli_label_set() -> Json:
    """Two tools (a box with a radio, a polygon): the categorySchema's JSON."""
    return label_set(
        tool(CLI_CAR, "Car", "bounding-box", classifications=[radio(CLI_TYPE, "Type", {CLI_SEDAN: "Sedan"})]),
        tool(CLI_ROAD, "Road", "polygon"),
    )


def cli_record(index: int, *, sized: bool = True, unknown: bool = False, stage: str = "Complete") -> Json:
    """One image record (``img-<index>.png``, 200 x 100): a box of negative width and height and
    a polygon; ``unknown`` adds an object of a schemaId the label set does not have;
    ``sized=False`` leaves the image's size out of ``metadata``."""
    objects = [
        box(
            100,
            100,
            -50,
            -20,
            schema_id=CLI_CAR,
            object_id=f"box-{index}",
            classifications=[{"schemaId": CLI_TYPE, "title": "Type", "answer": CLI_SEDAN}],
        ),
        obj(CLI_ROAD, "polygon", [[10, 10], [60, 10], [60, 40], [10, 40]], object_id=f"road-{index}"),
    ]
    if unknown:
        objects.append(box(1, 1, 2, 2, schema_id=CLI_UNKNOWN, object_id=f"odd-{index}"))
    return record(
        f"img-{index}.png",
        objects,
        width=200 if sized else None,
        height=100 if sized else None,
        stage=stage,
        task_id=f"{index:024x}",
    )


def write_label_set(path: Path) -> Path:
    path.write_text(json.dumps(cli_label_set()), encoding="utf-8")
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
