"""Shapes against their image, for the formats whose values must stay inside it (YOLO, VOC).

An object may reach outside its image (a box dragged past the edge, a polygon vertex off
the canvas). YOLO values are fractions of the image, 0..1 (Ultralytics refuses the whole
label file of an image when one value is outside), and VOC boxes are pixel indices of the
image, so these formats keep the part of each object that lies in the image: rings are
clipped to the image rectangle (Sutherland-Hodgman, exact for the rectangle), boxes are
the enclosing box of what is left. An object with nothing left (entirely outside, or
touching the image only along a line) cannot be written.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._geometry import Point, Ring, enclosing_box, ring_area
from ._rows import ObjectValues

__all__ = ["EPSILON", "box_corners", "clamp_ring", "clip_ring", "image_box", "inside", "object_rings"]

#: How far (in pixels) a value may stray outside the image and still count as inside
#: (rounding in the editor or in the corners' trigonometry); it is clamped, not counted.
EPSILON = 1e-6

Box = tuple[float, float, float, float]


def box_corners(box: Box) -> Ring:
    """The four corners of ``(x, y, width, height)``: top-left, top-right, bottom-right,
    bottom-left (clockwise on an image, whose y axis points down)."""
    x, y, width, height = box
    return ((x, y), (x + width, y), (x + width, y + height), (x, y + height))


def inside(points: Sequence[Point], width: float, height: float) -> bool:
    """True when every point is in the image (within :data:`EPSILON`)."""
    return all(-EPSILON <= x <= width + EPSILON and -EPSILON <= y <= height + EPSILON for x, y in points)


def clamp_ring(points: Sequence[Point], width: float, height: float) -> Ring:
    """Every point moved onto the image where it is outside (each coordinate clamped)."""
    return tuple((min(max(0.0, x), width), min(max(0.0, y), height)) for x, y in points)


def _clip_edge(points: list[Point], axis: int, limit: float, keep_below: bool) -> list[Point]:
    """One step of Sutherland-Hodgman: the part of the ring on one side of a line."""
    if not points:
        return points

    def keeps(point: Point) -> bool:
        return point[axis] <= limit if keep_below else point[axis] >= limit

    result: list[Point] = []
    previous = points[-1]
    for current in points:
        if keeps(current):
            if not keeps(previous):
                result.append(_crossing(previous, current, axis, limit))
            result.append(current)
        elif keeps(previous):
            result.append(_crossing(previous, current, axis, limit))
        previous = current
    return result


def _crossing(start: Point, end: Point, axis: int, limit: float) -> Point:
    fraction = (limit - start[axis]) / (end[axis] - start[axis])
    x = start[0] + (end[0] - start[0]) * fraction
    y = start[1] + (end[1] - start[1]) * fraction
    return (limit, y) if axis == 0 else (x, limit)


def clip_ring(ring: Sequence[Point], width: float, height: float) -> Ring | None:
    """The part of the polygon ``ring`` inside the image, or None when nothing with an area
    is left. A ring already inside is returned as is (values clamped to the image)."""
    if inside(ring, width, height):
        return clamp_ring(ring, width, height)
    points = list(ring)
    points = _clip_edge(points, 0, 0.0, keep_below=False)
    points = _clip_edge(points, 0, float(width), keep_below=True)
    points = _clip_edge(points, 1, 0.0, keep_below=False)
    points = _clip_edge(points, 1, float(height), keep_below=True)
    # Drop repeated points that clipping leaves where the ring ran along an edge.
    cleaned: list[Point] = []
    for point in points:
        if not cleaned or point != cleaned[-1]:
            cleaned.append(point)
    while len(cleaned) > 1 and cleaned[0] == cleaned[-1]:
        cleaned.pop()
    if len(cleaned) < 3 or ring_area(cleaned) <= 0:
        return None
    # Start where the ring started when that vertex was kept (clipping turns the ring).
    first = ring[0]
    if first in cleaned:
        start = cleaned.index(first)
        cleaned = cleaned[start:] + cleaned[:start]
    return clamp_ring(cleaned, width, height)


def object_rings(row: ObjectValues) -> tuple[Ring, ...] | None:
    """The outer rings of an object with an area (a box's or a rotated box's corners, a
    polygon's points, a segmentation's regions), or None for other tools."""
    if row.tool == "bounding-box" and row.bbox is not None:
        return (box_corners(row.bbox),)
    if row.tool == "rotated-bounding-box" and row.corners is not None:
        return (row.corners,)
    if row.tool == "polygon" and row.points is not None:
        return (row.points,)
    if row.tool == "segmentation" and row.zones is not None:
        return tuple(zone.region for zone in row.zones)
    return None


def image_box(row: ObjectValues, width: int, height: int) -> tuple[Box | None, bool]:
    """The object's box in its image, ``(x, y, width, height)`` in pixels, and whether
    anything was cut off: its own box when it lies in the image, else the enclosing box of
    the part of its shape inside the image (None when nothing is left)."""
    assert row.bbox is not None
    if inside(box_corners(row.bbox), width, height):
        x0, y0 = max(0.0, row.bbox[0]), max(0.0, row.bbox[1])
        x1 = min(float(width), row.bbox[0] + row.bbox[2])
        y1 = min(float(height), row.bbox[1] + row.bbox[3])
        return (x0, y0, x1 - x0, y1 - y0), False
    rings = object_rings(row) or (box_corners(row.bbox),)
    kept = [clipped for ring in rings if (clipped := clip_ring(ring, width, height)) is not None]
    if not kept:
        return None, True
    return enclosing_box([point for ring in kept for point in ring]), True
