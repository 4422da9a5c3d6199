"""Geometry of the objects drawn with each tool, in the spec's wire format.

Each ``*_geometry`` function checks its arguments and returns the JSON value that goes
under the tool's key of an ``AnnotationObject`` (``"bounding-box"``, ``"polygon"``, ...).
:func:`check_geometry` applies the same checks to a value read from JSON, so that a
malformed object is refused whether it was built or parsed.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Unpack, cast

from ango_hub._accepts import accepts
from ango_hub._validation import check_int

from ._common import (
    Json,
    Number,
    check_list,
    check_mapping,
    check_number,
    check_text,
    copy_json,
)

__all__ = [
    "GEOMETRY_KEYS",
    "PdfAreaOptions",
    "PdfRect",
    "PdfRegionOptions",
    "Zone",
    "bounding_box_geometry",
    "check_geometry",
    "ner_geometry",
    "pdf_area_geometry",
    "pdf_region_geometry",
    "point_geometry",
    "points_geometry",
    "rotated_box_corners",
    "rotated_box_geometry",
    "segmentation_geometry",
]

#: The keys under which the spec's ``AnnotationObject`` holds a geometry, which are also
#: the ``ToolType`` of the tools that draw them.
GEOMETRY_KEYS: tuple[str, ...] = (
    "bounding-box",
    "rotated-bounding-box",
    "polygon",
    "polyline",
    "point",
    "segmentation",
    "ner",
    "pdf",
)

PointLike = Sequence[Number]


@dataclass(frozen=True)
class Zone:
    """One zone of a segmentation: an outer ``region`` polygon and its ``holes``."""

    region: Sequence[PointLike]
    holes: Sequence[Sequence[PointLike]] = field(default_factory=tuple)


@dataclass(frozen=True)
class PdfRect:
    """A rectangle of a PDF page from (``x1``, ``y1``) to (``x2``, ``y2``).

    ``page_width`` and ``page_height`` are the size of the page as rendered when the
    region was drawn (the wire's ``width`` and ``height``).
    """

    x1: Number
    y1: Number
    x2: Number
    y2: Number
    page_width: Number | None = None
    page_height: Number | None = None


def point_geometry(x: object, y: object, *, name: str = "point") -> list[Number]:
    """``[x, y]``: a point in pixels."""
    return [check_number(f"{name} x", x), check_number(f"{name} y", y)]


def _point(name: str, value: object) -> list[Number]:
    items = check_list(name, value)
    if len(items) != 2:
        raise ValueError(f"{name} must be [x, y], got {len(items)} numbers")
    return point_geometry(items[0], items[1], name=name)


def points_geometry(name: str, points: object, *, minimum: int) -> list[list[Number]]:
    """``[[x, y], ...]`` with at least ``minimum`` points (a polygon needs 3, a polyline 2)."""
    items = check_list(name, points)
    if len(items) < minimum:
        raise ValueError(f"{name} needs at least {minimum} points, got {len(items)}")
    return [_point(f"{name}[{index}]", item) for index, item in enumerate(items)]


def bounding_box_geometry(x: object, y: object, width: object, height: object) -> Json:
    """An axis-aligned box. The spec allows a negative width or height (a box drawn right
    to left or bottom to top); a zero one is refused."""
    result: Json = {
        "x": check_number("bounding-box x", x),
        "y": check_number("bounding-box y", y),
        "width": check_number("bounding-box width", width),
        "height": check_number("bounding-box height", height),
    }
    for key in ("width", "height"):
        if result[key] == 0:
            raise ValueError(f"bounding-box {key} must not be 0")
    return result


def rotated_box_geometry(
    x: object, y: object, width: object, height: object, rotation: object | None = None
) -> Json:
    """A rotated box in the *import* form: the box ``x, y, width, height`` as drawn
    unrotated, turned by ``rotation`` degrees (-180 to 180) about its centre (the import
    format page: "Boxes rotate from their center").

    Width and height must be positive: the rotation gives the direction. Exports describe a
    rotated box differently (``x, y`` is its first corner, and ``corners`` are given): see
    :func:`rotated_box_corners`.
    """
    result: Json = {
        "x": check_number("rotated-bounding-box x", x),
        "y": check_number("rotated-bounding-box y", y),
        "width": check_number("rotated-bounding-box width", width),
        "height": check_number("rotated-bounding-box height", height),
    }
    for key in ("width", "height"):
        if result[key] <= 0:
            raise ValueError(f"rotated-bounding-box {key} must be positive, got {result[key]!r}")
    if rotation is not None:
        angle = check_number("rotated-bounding-box rotation", rotation)
        if not -180 <= angle <= 180:
            raise ValueError(f"rotated-bounding-box rotation must be from -180 to 180, got {angle!r}")
        result["rotation"] = angle
    return result


def rotated_box_corners(
    x: float,
    y: float,
    width: float,
    height: float,
    rotation: float = 0.0,
    *,
    about: Literal["origin", "centre"] = "origin",
) -> list[tuple[float, float]]:
    """The four corners of a rotated box, in the order Ango Hub's exports list them.

    ``about="origin"`` is the *export* convention (the export format page): ``(x, y)`` is
    the origin point, the box's first corner, and the box turns about it, so the corners
    are ``(x, y)``, then along the height, then the far corner, then along the width. The
    page's example (``x=172.98, y=101.79, width=6.10, height=92.03, rotation=-40.97``) gives
    its ``corners`` to 1e-9 this way. ``about="centre"`` is the *import* convention: the
    unrotated box ``x, y, width, height`` turned about its centre; the corners come in the
    same order, starting at the turned top-left corner.

    Angles are in degrees, counted as the image's axes turn (y points down, so a positive
    angle turns clockwise on screen).
    """
    angle = math.radians(rotation)
    cos, sin = math.cos(angle), math.sin(angle)
    if about == "origin":
        ox, oy = x, y
    elif about == "centre":
        cx, cy = x + width / 2, y + height / 2
        ox = cx + (-width / 2) * cos - (-height / 2) * sin
        oy = cy + (-width / 2) * sin + (-height / 2) * cos
    else:
        raise ValueError(f'about must be "origin" or "centre", got {about!r}')
    wx, wy = width * cos, width * sin  # the width side, turned
    hx, hy = -height * sin, height * cos  # the height side, turned
    return [(ox, oy), (ox + hx, oy + hy), (ox + hx + wx, oy + hy + wy), (ox + wx, oy + wy)]


def segmentation_geometry(zones: Sequence[Zone | Mapping[str, Any]]) -> Json:
    """``{"zones": [{"region": polygon, "holes": [polygon, ...]}, ...]}``; each polygon
    has at least 3 points, and there is at least one zone."""
    items = check_list("segmentation zones", zones)
    if not items:
        raise ValueError("segmentation needs at least one zone")
    result: list[Json] = []
    for index, zone in enumerate(items):
        if isinstance(zone, Zone):
            region: object = zone.region
            holes: object = zone.holes
        else:
            data = check_mapping(f"segmentation zones[{index}]", zone)
            if "region" not in data:
                raise ValueError(f"segmentation zones[{index}] has no region")
            region, holes = data["region"], data.get("holes", [])
        entry: Json = {"region": points_geometry(f"segmentation zones[{index}] region", region, minimum=3)}
        entry["holes"] = [
            points_geometry(f"segmentation zones[{index}] holes[{number}]", hole, minimum=3)
            for number, hole in enumerate(check_list(f"segmentation zones[{index}] holes", holes))
        ]
        result.append(entry)
    return {"zones": result}


def ner_geometry(start: object, end: object) -> Json:
    """A span from ``start`` (inclusive) to ``end`` (exclusive): character offsets in text,
    seconds in audio. ``0 <= start < end``."""
    low = check_number("ner start", start)
    high = check_number("ner end", end)
    if low < 0:
        raise ValueError(f"ner start must be 0 or more, got {low!r}")
    if high <= low:
        raise ValueError(f"ner end ({high!r}) must be after start ({low!r})")
    return {"start": low, "end": high}


def _rect(name: str, rect: PdfRect | Mapping[str, Any]) -> Json:
    if isinstance(rect, PdfRect):
        raw: Mapping[str, Any] = {
            "x1": rect.x1,
            "y1": rect.y1,
            "x2": rect.x2,
            "y2": rect.y2,
            **({"width": rect.page_width} if rect.page_width is not None else {}),
            **({"height": rect.page_height} if rect.page_height is not None else {}),
        }
    else:
        raw = check_mapping(name, rect)
    result: Json = copy.deepcopy(dict(raw))
    for key in ("x1", "y1", "x2", "y2"):
        if key not in raw:
            raise ValueError(f"{name} has no {key}")
        result[key] = check_number(f"{name} {key}", raw[key])
    if result["x2"] < result["x1"] or result["y2"] < result["y1"]:
        raise ValueError(
            f"{name} must go from (x1, y1) to (x2, y2) with x1 <= x2 and y1 <= y2, got "
            f"({result['x1']}, {result['y1']}) to ({result['x2']}, {result['y2']})"
        )
    for key in ("width", "height"):
        if key in raw:
            size = check_number(f"{name} {key}", raw[key])
            if size <= 0:
                raise ValueError(f"{name} {key} (the page's) must be positive, got {size!r}")
    return result


class PdfAreaOptions(TypedDict, total=False):
    """The keyword options of a PDF area (:func:`pdf_area_geometry`, ``ToolObject.pdf_area``),
    each None by default: the page's rendered size (``page_width``, ``page_height``,
    positive) and the region's ``text`` (for example OCR output)."""

    page_width: Number | None
    page_height: Number | None
    text: str | None


class PdfRegionOptions(TypedDict, total=False):
    """The keyword options of a PDF region (:func:`pdf_region_geometry`,
    ``ToolObject.pdf_region``), each None by default: ``rects`` (the rectangles of each
    selected line), the selected ``text``, or the selected area as an ``image`` data URL."""

    rects: Sequence[PdfRect | Mapping[str, Any]] | None
    text: str | None
    image: str | None


def pdf_area_options(options: Mapping[str, Any]) -> PdfAreaOptions:
    """The keys of ``options`` that are :class:`PdfAreaOptions` (a constructor's own are left)."""
    return cast(PdfAreaOptions, {key: options[key] for key in _PDF_AREA_KEYS if key in options})


def pdf_region_options(options: Mapping[str, Any]) -> PdfRegionOptions:
    """The keys of ``options`` that are :class:`PdfRegionOptions`."""
    return cast(PdfRegionOptions, {key: options[key] for key in _PDF_REGION_KEYS if key in options})


_PDF_AREA_KEYS = PdfAreaOptions.__optional_keys__
_PDF_REGION_KEYS = PdfRegionOptions.__optional_keys__


@accepts(PdfAreaOptions)
def pdf_area_geometry(
    x1: Number, y1: Number, x2: Number, y2: Number, page_number: int, **options: Unpack[PdfAreaOptions]
) -> Json:
    """A PDF region in the flat import form (``PdfImportRegion``): a rectangle of page
    ``page_number`` (from 1), the page's rendered size, and optionally its text
    (:class:`PdfAreaOptions`)."""
    page_width, page_height = options.get("page_width"), options.get("page_height")
    result = _rect("pdf", PdfRect(x1, y1, x2, y2, page_width, page_height))
    result["pageNumber"] = check_int("pdf pageNumber", page_number, minimum=1)
    text = options.get("text")
    if text is not None:
        result["text"] = check_text("pdf text", text)
    return result


@accepts(PdfRegionOptions)
def pdf_region_geometry(
    bounding_rect: PdfRect | Mapping[str, Any], page_number: int, **options: Unpack[PdfRegionOptions]
) -> Json:
    """A PDF region as answers and exports describe it (``PdfRegion``): a position (the
    bounding rectangle, the rectangles of each selected line, the page from 1) and the
    selected text or the selected area as an image data URL (:class:`PdfRegionOptions`)."""
    position: Json = {"boundingRect": _rect("pdf boundingRect", bounding_rect)}
    rects = options.get("rects")
    if rects is not None:
        position["rects"] = [_rect(f"pdf rects[{index}]", rect) for index, rect in enumerate(rects)]
    position["pageNumber"] = check_int("pdf pageNumber", page_number, minimum=1)
    result: Json = {"position": position}
    content: Json = {}
    text, image = options.get("text"), options.get("image")
    if text is not None:
        content["text"] = check_text("pdf text", text)
    if image is not None:
        content["image"] = check_text("pdf image", image)
    if content:
        result["content"] = content
    return result


def _check_pdf(value: object) -> None:
    data = check_mapping("pdf", value)
    if "position" in data:
        position = check_mapping("pdf position", data["position"])
        if "boundingRect" not in position:
            raise ValueError("pdf position has no boundingRect")
        _rect("pdf boundingRect", position["boundingRect"])
        for index, rect in enumerate(check_list("pdf rects", position.get("rects", []))):
            _rect(f"pdf rects[{index}]", rect)
        check_int("pdf pageNumber", position.get("pageNumber"), minimum=1)
        if "content" in data:
            check_mapping("pdf content", data["content"])
        return
    _rect("pdf", data)
    check_int("pdf pageNumber", data.get("pageNumber"), minimum=1)


#: The types of the numbers JSON gives (a bool is not one). ``type(v) in _NUMBERS and v - v == 0``
#: is :func:`check_number`'s test without a call: ``inf - inf`` and ``nan - nan`` are nan.
_NUMBERS = frozenset({int, float})


def _points(value: object, minimum: int) -> bool:
    if type(value) is not list or len(value) < minimum:
        return False
    for point in value:
        if type(point) is not list or len(point) != 2:
            return False
        x, y = point
        if type(x) not in _NUMBERS or type(y) not in _NUMBERS or x - x != 0 or y - y != 0:
            return False
    return True


def geometry_fine(key: str, value: Any) -> bool:
    """True when :func:`check_geometry` passes ``value`` for the usual JSON shapes of the
    usual tools, found without building anything; False means "check it in full"."""
    if key == "bounding-box":
        if type(value) is not dict:
            return False
        x: Any = value.get("x")
        y: Any = value.get("y")
        width: Any = value.get("width")
        height: Any = value.get("height")
        return (
            type(x) in _NUMBERS and type(y) in _NUMBERS and type(width) in _NUMBERS
            and type(height) in _NUMBERS and x - x == 0 and y - y == 0 and width - width == 0
            and height - height == 0 and width != 0 and height != 0
        )  # fmt: skip
    if key == "polygon":
        return _points(value, 3)
    if key == "polyline":
        return _points(value, 2)
    if key == "point":
        return _points([value], 1)
    if key == "ner":
        if type(value) is not dict:
            return False
        start: Any = value.get("start")
        end: Any = value.get("end")
        return (
            type(start) in _NUMBERS and type(end) in _NUMBERS and start - start == 0 and end - end == 0
            and 0 <= start < end
        )  # fmt: skip
    return False


#: ``_LOW < v < _HIGH`` for a number ``v`` that is an int or a float: ``v`` is finite (an int
#: always is; nan compares False), :func:`check_number`'s test without an allocation.
_HIGH = math.inf
_LOW = -math.inf


def _points_copy(value: object, minimum: int) -> list[list[Any]] | None:
    """``[[x, y], ...]`` copied, when :func:`_points` passes ``value``; else None."""
    if type(value) is not list or len(value) < minimum:
        return None
    copied = []
    for point in value:
        if type(point) is not list or len(point) != 2:
            return None
        x, y = point
        if (
            (type(x) is float or type(x) is int) and (type(y) is float or type(y) is int)
            and _LOW < x < _HIGH and _LOW < y < _HIGH
        ):  # fmt: skip
            copied.append([x, y])
        else:
            return None
    return copied


def fine_copy(key: str, value: Any) -> Any:
    """A copy of ``value`` when :func:`geometry_fine` passes it (``copy_json``'s copy, made
    knowing its shape: points are ``[x, y]`` lists of numbers, boxes and spans dicts of
    numbers), else None (then check the geometry in full): one pass over the usual shapes of
    the usual tools."""
    if key == "bounding-box":
        if type(value) is not dict:
            return None
        try:
            x, y, width, height = value["x"], value["y"], value["width"], value["height"]
        except KeyError:
            return None
        if (
            (type(x) is float or type(x) is int) and (type(y) is float or type(y) is int)
            and (type(width) is float or type(width) is int)
            and (type(height) is float or type(height) is int)
            and _LOW < x < _HIGH and _LOW < y < _HIGH and _LOW < width < _HIGH and _LOW < height < _HIGH
            and width != 0 and height != 0
        ):  # fmt: skip
            return value.copy() if len(value) == 4 else copy_json(value)
        return None
    if key == "polygon":
        return _points_copy(value, 3)
    if key == "ner":
        if type(value) is not dict:
            return None
        try:
            start, end = value["start"], value["end"]
        except KeyError:
            return None
        if (
            (type(start) is float or type(start) is int) and (type(end) is float or type(end) is int)
            and _LOW < start < _HIGH and _LOW < end < _HIGH and 0 <= start < end
        ):  # fmt: skip
            return value.copy() if len(value) == 2 else copy_json(value)
        return None
    if key == "polyline":
        return _points_copy(value, 2)
    if key == "point":
        copied = _points_copy([value], 1)
        return None if copied is None else copied[0]
    return None


def check_geometry(key: str, value: object) -> None:
    """Check a geometry read from JSON (the value of ``key`` in an ``AnnotationObject``).

    Raises ``ValueError`` with the same messages as the builders. Fields the builders do
    not write (``corners`` of exported rotated boxes, an ``objectId`` inside a PDF region)
    are allowed and kept; ``corners`` must be ``[x, y]`` points.
    """
    if geometry_fine(key, value):
        return
    if key == "bounding-box":
        box = check_mapping(key, value)
        _require(key, box, ("x", "y", "width", "height"))
        bounding_box_geometry(box["x"], box["y"], box["width"], box["height"])
    elif key == "rotated-bounding-box":
        box = check_mapping(key, value)
        _require(key, box, ("x", "y", "width", "height"))
        rotated_box_geometry(box["x"], box["y"], box["width"], box["height"], box.get("rotation"))
        for index, corner in enumerate(check_list(f"{key} corners", box.get("corners", []))):
            _point(f"{key} corners[{index}]", corner)
    elif key == "polygon":
        points_geometry("polygon", value, minimum=3)
    elif key == "polyline":
        points_geometry("polyline", value, minimum=2)
    elif key == "point":
        _point("point", value)
    elif key == "segmentation":
        data = check_mapping(key, value)
        if "zones" not in data:
            raise ValueError("segmentation has no zones")
        segmentation_geometry(data["zones"])
    elif key == "ner":
        span = check_mapping(key, value)
        _require(key, span, ("start", "end"))
        ner_geometry(span["start"], span["end"])
    elif key == "pdf":
        _check_pdf(value)
    else:
        raise ValueError(f"unknown geometry {key!r}; the spec knows {', '.join(GEOMETRY_KEYS)}")


def _require(name: str, data: Mapping[str, Any], keys: Sequence[str]) -> None:
    missing = [key for key in keys if key not in data]
    if missing:
        raise ValueError(f"{name} has no {', '.join(missing)}")
