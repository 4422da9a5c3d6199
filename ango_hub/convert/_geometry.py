"""One object's geometry, checked and normalised: positive boxes, rotated boxes as their four
corners, segmentations as rings with holes, polylines and points as tuples of floats.

A broken geometry (too few points, a NaN or an infinity, a zero-size box, a zone with no
points) raises :class:`BrokenGeometryError` with what is wrong; the row layer skips the object
and reports it, never writes an approximation.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import isfinite
from typing import Any

from ango_hub.annotations import rotated_box_corners

__all__ = [
    "GEOMETRY_TOOLS",
    "BrokenGeometryError",
    "Geometry",
    "Point",
    "Ring",
    "Zone",
    "enclosing_box",
    "geometry_fields",
    "normalise",
    "ring_area",
]

Point = tuple[float, float]
Ring = tuple[Point, ...]

#: The geometry keys of an object, in the order they are looked for (the tool's type).
GEOMETRY_TOOLS = (
    "bounding-box",
    "rotated-bounding-box",
    "polygon",
    "segmentation",
    "polyline",
    "point",
    "ner",
    "pdf",
)


class BrokenGeometryError(ValueError):
    """The object's geometry cannot be read as its tool's shape (the message says why)."""


@dataclass(frozen=True, slots=True)
class Zone:
    """One zone of a segmentation: its outer ``region`` ring and the ``holes`` in it."""

    region: Ring
    holes: tuple[Ring, ...] = ()


@dataclass(frozen=True, slots=True)
class Geometry:
    """A normalised geometry; which fields are set depends on ``tool``.

    ``bbox`` is ``(x, y, width, height)`` with a positive width and height: the box itself
    for a bounding box, the enclosing box of every other shape with an area or a length.
    ``corners`` are a rotated box's four corners in the record's order; ``points`` a
    polygon's or a polyline's vertices (a point's one point); ``zones`` a segmentation's;
    ``span`` a NER span ``(start, end)``; ``page_number`` a PDF region's page (from 1).
    """

    tool: str
    bbox: tuple[float, float, float, float] | None = None
    corners: Ring | None = None
    rotation: float | None = None
    points: Ring | None = None
    zones: tuple[Zone, ...] | None = None
    span: tuple[float, float] | None = None
    page_number: int | None = None


#: A geometry's fields as :func:`geometry_fields` gives them, in :class:`Geometry`'s order
#: after ``tool``: ``(bbox, corners, rotation, points, zones, span, page_number)``.
Fields = tuple[
    tuple[float, float, float, float] | None,
    Ring | None,
    float | None,
    Ring | None,
    tuple[Zone, ...] | None,
    tuple[float, float] | None,
    int | None,
]


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BrokenGeometryError(f"{name} is {value!r}, not a number")
    number = float(value)
    if not math.isfinite(number):
        raise BrokenGeometryError(f"{name} is {value!r}, not a finite number")
    return number


def _point(name: str, value: Any) -> Point:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
        raise BrokenGeometryError(f"{name} is not an [x, y] pair")
    return (_number(f"{name} x", value[0]), _number(f"{name} y", value[1]))


def _points(name: str, value: Any, minimum: int) -> Ring:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise BrokenGeometryError(f"{name} is not a list of points")
    if len(value) < minimum:
        raise BrokenGeometryError(f"{name} has {len(value)} point(s); it needs at least {minimum}")
    return tuple(_point(f"{name}[{index}]", item) for index, item in enumerate(value))


def _mapping(name: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise BrokenGeometryError(f"{name} is not an object")
    return value


def enclosing_box(points: Sequence[Point]) -> tuple[float, float, float, float]:
    """``(x, y, width, height)`` of the smallest axis-aligned box around ``points``."""
    xs = [point[0] for point in points]
    ys = [point[1] for point in points]
    left, top = min(xs), min(ys)
    return (left, top, max(xs) - left, max(ys) - top)


def ring_area(ring: Sequence[Point]) -> float:
    """The area of a simple polygon (shoelace formula), always positive."""
    total = 0.0
    count = len(ring)
    for index in range(count):
        x1, y1 = ring[index]
        x2, y2 = ring[(index + 1) % count]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def _flat_box(box: tuple[float, float, float, float], tool: str) -> None:
    if box[2] <= 0 or box[3] <= 0:
        raise BrokenGeometryError(f"{tool} has no area (width {box[2]:g}, height {box[3]:g})")


def normalise(tool: str, value: Any) -> Geometry:
    """The geometry of an object of ``tool`` (its geometry key) from the record's ``value``."""
    return Geometry(tool, *geometry_fields(tool, value))


def geometry_fields(tool: str, value: Any) -> Fields:
    """:func:`normalise`'s fields as a tuple (``Fields``), without building a :class:`Geometry`.

    Boxes and polygons as exports hold them (a JSON object of four finite numbers; a list of
    ``[x, y]`` lists of finite numbers) take a short path with the same arithmetic; anything
    else, or anything that fails a check there, takes the full checks, which raise with the
    message of the first problem.
    """
    if tool == "bounding-box":
        if type(value) is dict:
            x, y, width, height = value.get("x"), value.get("y"), value.get("width"), value.get("height")
            if type(x) is not float:
                x = _as_float(x)
            if type(y) is not float:
                y = _as_float(y)
            if type(width) is not float:
                width = _as_float(width)
            if type(height) is not float:
                height = _as_float(height)
            if (
                x is not None
                and y is not None
                and width  # neither None nor 0: a box with no area takes the full checks
                and height
                and isfinite(x + width + y + height)  # NaN or an infinity in any makes the sum one
            ):
                normal = (min(x, x + width), min(y, y + height), abs(width), abs(height))
                return (normal, None, None, None, None, None, None)
    elif tool == "polygon" and type(value) is list and len(value) >= 3:
        points = _number_pairs(value)
        if points is not None:
            xs = [point[0] for point in points]
            ys = [point[1] for point in points]
            if isfinite(sum(xs) + sum(ys)) and ring_area(points) > 0:
                left, top = min(xs), min(ys)
                return ((left, top, max(xs) - left, max(ys) - top), None, None, points, None, None, None)
    return _checked_fields(tool, value)


def _as_float(value: Any) -> float | None:
    """An ``int`` (not a ``bool``) as a float; None for anything else (and an int too large)."""
    if type(value) is int:
        try:
            return float(value)
        except OverflowError:
            return None
    return None


def _number_pairs(value: list[Any]) -> Ring | None:
    """``value`` as a ring of floats when every item is a ``[x, y]`` list of two numbers
    (floats, or ints not too large for a float), else None."""
    points: list[Point] = []
    append = points.append
    try:
        for item in value:
            if type(item) is not list or len(item) != 2:
                return None
            x, y = item
            if type(x) is not float:
                if type(x) is not int:
                    return None
                x = float(x)
            if type(y) is not float:
                if type(y) is not int:
                    return None
                y = float(y)
            append((x, y))
    except OverflowError:  # an int too large for a float
        return None
    return tuple(points)


def _checked_fields(tool: str, value: Any) -> Fields:
    """:func:`geometry_fields` for any value: every check, and the message of the first that fails."""
    if tool == "bounding-box":
        box = _mapping(tool, value)
        x, y = _number("bounding-box x", box.get("x")), _number("bounding-box y", box.get("y"))
        width, height = (
            _number("bounding-box width", box.get("width")),
            _number("bounding-box height", box.get("height")),
        )
        # The origin is the first click: a negative width or height runs left or up from it.
        normal = (min(x, x + width), min(y, y + height), abs(width), abs(height))
        _flat_box(normal, tool)
        return (normal, None, None, None, None, None, None)
    if tool == "rotated-bounding-box":
        box = _mapping(tool, value)
        corners_value = box.get("corners")
        rotation = box.get("rotation")
        angle = 0.0 if rotation is None else _number("rotated-bounding-box rotation", rotation)
        if corners_value is not None:
            corners = _points("rotated-bounding-box corners", corners_value, 4)
            if len(corners) != 4:
                raise BrokenGeometryError(f"rotated-bounding-box has {len(corners)} corners, not 4")
        else:
            x, y = (
                _number("rotated-bounding-box x", box.get("x")),
                _number("rotated-bounding-box y", box.get("y")),
            )
            width = _number("rotated-bounding-box width", box.get("width"))
            height = _number("rotated-bounding-box height", box.get("height"))
            if width == 0 or height == 0:
                raise BrokenGeometryError(
                    f"rotated-bounding-box has no area (width {width:g}, height {height:g})"
                )
            # The export convention: (x, y) is the first corner and the box turns about it.
            corners = tuple(rotated_box_corners(x, y, width, height, angle, about="origin"))
        if ring_area(corners) <= 0:
            raise BrokenGeometryError("rotated-bounding-box has no area (its corners are on one line)")
        return (enclosing_box(corners), corners, angle, None, None, None, None)
    if tool == "polygon":
        points = _points("polygon", value, 3)
        if ring_area(points) <= 0:
            raise BrokenGeometryError("polygon has no area (its points are on one line)")
        return (enclosing_box(points), None, None, points, None, None, None)
    if tool == "polyline":
        points = _points("polyline", value, 2)
        return (enclosing_box(points), None, None, points, None, None, None)
    if tool == "point":
        point = _point("point", value)
        return (None, None, None, (point,), None, None, None)
    if tool == "segmentation":
        data = _mapping(tool, value)
        zones_value = data.get("zones")
        if not isinstance(zones_value, Sequence) or isinstance(zones_value, str) or not zones_value:
            raise BrokenGeometryError("segmentation has no zones")
        zones: list[Zone] = []
        for index, zone_value in enumerate(zones_value):
            zone = _mapping(f"segmentation zones[{index}]", zone_value)
            region = _points(f"segmentation zones[{index}] region", zone.get("region"), 3)
            holes_value = zone.get("holes") or ()
            if not isinstance(holes_value, Sequence) or isinstance(holes_value, str):
                raise BrokenGeometryError(f"segmentation zones[{index}] holes is not a list")
            holes = tuple(
                _points(f"segmentation zones[{index}] holes[{number}]", hole, 3)
                for number, hole in enumerate(holes_value)
            )
            zones.append(Zone(region, holes))
        around = enclosing_box([point for zone in zones for point in zone.region])
        _flat_box(around, tool)
        return (around, None, None, None, tuple(zones), None, None)
    if tool == "ner":
        span = _mapping(tool, value)
        start, end = _number("ner start", span.get("start")), _number("ner end", span.get("end"))
        if end < start:
            raise BrokenGeometryError(f"ner ends ({end:g}) before it starts ({start:g})")
        return (None, None, None, None, None, (start, end), None)
    if tool == "pdf":
        data = _mapping(tool, value)
        position = data.get("position")
        rect_source = _mapping("pdf position", position).get("boundingRect") if position is not None else data
        page = (position if isinstance(position, Mapping) else data).get("pageNumber")
        rect = _mapping("pdf boundingRect", rect_source)
        x1, y1 = _number("pdf x1", rect.get("x1")), _number("pdf y1", rect.get("y1"))
        x2, y2 = _number("pdf x2", rect.get("x2")), _number("pdf y2", rect.get("y2"))
        page_number = None
        if page is not None:
            if isinstance(page, bool) or not isinstance(page, int) or page < 1:
                raise BrokenGeometryError(f"pdf pageNumber is {page!r}, not a page counted from 1")
            page_number = page
        rect_box = (min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
        return (rect_box, None, None, None, None, None, page_number)
    raise BrokenGeometryError(f"unknown tool {tool!r}")
