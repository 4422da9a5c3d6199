"""Masks of segmentation and brush objects, as PNG images (the ``get_mask`` operation).

:func:`mask_png` finds the object ``annotation`` (its ``objectId``) in the answer of ``task``
(404 for an unknown task or object) and answers a PNG:

* a segmentation object (with ``segmentation.zones``): an 8-bit grayscale image, 255 inside
  the zones' regions and 0 elsewhere and in their holes (each zone filled with the even-odd
  rule; zones are combined). The image has the asset's size when its ``metadata`` has a
  positive ``width`` and ``height``, else it just covers the zones; at most
  :data:`MAX_SIDE` pixels a side (400 beyond);
* a brush object (a ``brush`` or ``medical-brush`` tool of the label set): the task's
  ``brushDataUrl`` (or ``medicalBrushDataUrl``) image, when the mock keeps that file
  (uploaded to a presigned URL); 404 otherwise;
* any other object has no mask: 404.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from ..state import MockState
from ..web.errors import bad_request, not_found
from .uploads import token_of_address

__all__ = ["MAX_SIDE", "encode_grayscale_png", "mask_png", "rasterize_zones"]

Json = dict[str, Any]

MAX_SIDE = 8192
_BRUSH_TOOLS = {"brush": "brushDataUrl", "medical-brush": "medicalBrushDataUrl"}
#: The geometry keys an object without a mask may have, to name its kind in the 404.
GEOMETRY_KINDS = ("bounding-box", "rotated-bounding-box", "polygon", "polyline", "point", "ner", "pdf")

Point = Sequence[float]


def mask_png(state: MockState, task: Json, object_id: str) -> bytes:
    """The PNG mask of one object of a task's answer (see the module docstring)."""
    answer: Json = task.get("answer") or {}
    objects = [*answer.get("objects", []), *answer.get("tools", [])]
    found = next((obj for obj in objects if obj.get("objectId") == object_id), None)
    if found is None:
        raise not_found("Annotation", object_id)
    segmentation = found.get("segmentation")
    if isinstance(segmentation, dict):
        width, height = _size(state.assets.documents[task["asset"]].get("metadata"), segmentation["zones"])
        pixels = rasterize_zones(segmentation["zones"], width, height)
        return encode_grayscale_png(width, height, pixels)
    tool = _tool_of(state.projects.documents[task["project"]], found.get("schemaId"))
    if tool in _BRUSH_TOOLS:
        url = task.get(_BRUSH_TOOLS[tool])
        stored = None
        if isinstance(url, str):
            token = token_of_address(url)
            stored = state.files.get(token) if token is not None else state.files.by_address(url)
        if stored is None or stored.content is None:
            raise not_found("Mask", object_id)
        return stored.content
    kind = tool or next((key for key in GEOMETRY_KINDS if key in found), "other")
    raise not_found("Mask", f"{object_id} (a {kind} object has none: only segmentation and brush objects do)")


def _tool_of(project: Json, schema_id: Any) -> str | None:
    for tool in project["categorySchema"].get("tools", []):
        if tool.get("schemaId") == schema_id:
            return str(tool.get("tool"))
    return None


def _size(metadata: Any, zones: list[Json]) -> tuple[int, int]:
    if isinstance(metadata, dict):
        width, height = metadata.get("width"), metadata.get("height")
        if isinstance(width, int | float) and isinstance(height, int | float) and width > 0 and height > 0:
            size = (math.ceil(width), math.ceil(height))
            _check_size(*size)
            return size
    points = [point for zone in zones for polygon in _polygons(zone) for point in polygon]
    width = max((math.ceil(point[0]) for point in points), default=1)
    height = max((math.ceil(point[1]) for point in points), default=1)
    _check_size(max(width, 1), max(height, 1))
    return max(width, 1), max(height, 1)


def _check_size(width: int, height: int) -> None:
    if width > MAX_SIDE or height > MAX_SIDE:
        raise bad_request(
            f"The mask would be {width}x{height} pixels; the mock draws at most {MAX_SIDE} a side"
        )


def _polygons(zone: Json) -> list[Sequence[Point]]:
    return [zone["region"], *zone.get("holes", [])]


def _crossings(polygons: Iterable[Sequence[Point]], y: float) -> list[float]:
    """The x coordinates where the horizontal line at ``y`` crosses the polygons' edges."""
    found: list[float] = []
    for polygon in polygons:
        count = len(polygon)
        for index in range(count):
            (x1, y1), (x2, y2) = polygon[index][:2], polygon[(index + 1) % count][:2]
            if (y1 <= y < y2) or (y2 <= y < y1):
                found.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    return sorted(found)


def rasterize_zones(zones: list[Json], width: int, height: int) -> list[bytearray]:
    """Rows of a ``width`` x ``height`` mask: 255 at pixel centres inside a zone, else 0."""
    rows = [bytearray(width) for _ in range(height)]
    for zone in zones:
        polygons = [polygon for polygon in _polygons(zone) if len(polygon) >= 3]
        if not polygons:
            continue
        top = max(0, math.floor(min(point[1] for polygon in polygons for point in polygon)))
        bottom = min(height, math.ceil(max(point[1] for polygon in polygons for point in polygon)) + 1)
        for y in range(top, bottom):
            crossings = _crossings(polygons, y + 0.5)
            for start, end in zip(crossings[0::2], crossings[1::2], strict=False):
                first = max(0, math.ceil(start - 0.5))
                last = min(width, math.ceil(end - 0.5))
                if last > first:
                    rows[y][first:last] = b"\xff" * (last - first)
    return rows


def encode_grayscale_png(width: int, height: int, rows: list[bytearray]) -> bytes:
    """Encode 8-bit grayscale rows as a PNG file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
