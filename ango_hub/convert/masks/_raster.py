"""Shapes to pixels: :func:`polygon_to_mask` and :func:`rasterize`.

Which pixels are inside
-----------------------
One rule everywhere (the masks, the instance ids, COCO's RLE masks, the mock's ``get_mask``):
**a pixel is inside when its centre is inside the shape**. Pixel ``(column i, row j)`` covers
``[i, i + 1) x [j, j + 1)`` and its centre is ``(i + 0.5, j + 0.5)``; a centre that lies
exactly on an edge is inside for a left or top edge and outside for a right or bottom edge
(the half-open scanline rule, so two shapes that share an edge never both claim a pixel and
a box ``(x, y, w, h)`` with whole-pixel values covers exactly ``w * h`` pixels). A ring is
filled with the even-odd rule; several outer rings are joined; a zone's holes are cut from
its own region only (a hole of one zone never cuts another zone). This is the rule
pycocotools' polygon RLE follows, within its rounding of vertices and edges to a fifth of a
pixel (``tests/convert/test_masks_raster.py`` compares the two), and the rule Pillow's
``ImageDraw.polygon`` does not follow: Pillow fills every pixel its outline touches, so a box
of ``w * h`` becomes ``(w + 1) * (h + 1)`` pixels and a line one pixel wide twice its area.

The filling is numpy alone: each edge's crossings with the rows' centre lines are computed
at once, sorted, paired, and the spans summed into a window of the image around the shape.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._classes import ClassMap
from .._errors import MissingExtraError
from .._geometry import Zone
from .._rows import ObjectRow

if TYPE_CHECKING:
    from types import ModuleType

    import numpy as np
    from numpy.typing import NDArray

__all__ = ["DRAWN_TOOLS", "Rasterized", "object_mask", "polygon_to_mask", "rasterize"]

#: The tools :func:`rasterize` draws; the others (points, polylines, NER, PDF) draw nothing.
DRAWN_TOOLS = frozenset({"bounding-box", "rotated-bounding-box", "polygon", "segmentation"})

#: ``(top, left, bottom, right)``: rows ``top..bottom - 1`` and columns ``left..right - 1``.
Window = tuple[int, int, int, int]


def _numpy(what: str) -> ModuleType:
    try:
        import numpy
    except ImportError:
        raise MissingExtraError(what, "masks", "numpy") from None
    return numpy


def check_size(size: object, what: str = "size") -> tuple[int, int]:
    """``size`` as ``(width, height)``, two positive integers, else a ValueError naming it."""
    if (
        not isinstance(size, Sequence)
        or isinstance(size, str)
        or len(size) != 2
        or any(isinstance(value, bool) or not isinstance(value, int) or value <= 0 for value in size)
    ):
        raise ValueError(f"{what} must be (width, height), two positive integers, got {size!r}")
    return int(size[0]), int(size[1])


# --- shapes in -------------------------------------------------------------------------------

_Ring = Any  # an (n, 2) float array
_Zones = list[tuple[_Ring, list[_Ring]]]


def _is_point(value: object) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and len(value) == 2
        and all(isinstance(item, int | float) and not isinstance(item, bool) for item in value)
    )


def _ring(np: ModuleType, value: object, name: str) -> _Ring:
    if not isinstance(value, Sequence) or isinstance(value, str) or not all(_is_point(p) for p in value):
        raise ValueError(f"{name} is not a list of [x, y] points")
    if len(value) < 3:
        raise ValueError(f"{name} has {len(value)} point(s); a ring needs at least 3")
    ring = np.asarray(value, dtype=np.float64)
    if not np.isfinite(ring).all():
        raise ValueError(f"{name} has a coordinate that is not a finite number")
    return ring


def _zone(np: ModuleType, value: object, name: str) -> tuple[_Ring, list[_Ring]]:
    region: object
    holes: object
    if isinstance(value, Zone):
        region, holes = value.region, value.holes
    elif isinstance(value, Mapping):
        region, holes = value.get("region"), value.get("holes") or ()
    else:
        raise ValueError(f"{name} is not a zone")
    if not isinstance(holes, Sequence) or isinstance(holes, str):
        raise ValueError(f"{name} holes is not a list of rings")
    return (
        _ring(np, region, f"{name} region"),
        [_ring(np, hole, f"{name} holes[{index}]") for index, hole in enumerate(holes)],
    )


def _zones(np: ModuleType, shape: object) -> _Zones:
    """Every form :func:`polygon_to_mask` takes, as ``[(region, [holes])]``."""
    if isinstance(shape, Mapping) and "zones" in shape:
        shape = shape["zones"]
    if isinstance(shape, Zone | Mapping):
        return [_zone(np, shape, "the zone")]
    if not isinstance(shape, Sequence) or isinstance(shape, str) or not shape:
        raise ValueError(
            "expected a ring ([[x, y], ...]), a list of rings, a zone ({'region', 'holes'}) or a list of "
            f"zones, got {type(shape).__name__}"
        )
    first = shape[0]
    if _is_point(first):
        return [(_ring(np, shape, "the ring"), [])]
    if isinstance(first, Zone | Mapping):
        return [_zone(np, zone, f"zones[{index}]") for index, zone in enumerate(shape)]
    return [(_ring(np, ring, f"rings[{index}]"), []) for index, ring in enumerate(shape)]


# --- filling ---------------------------------------------------------------------------------


def _window(np: ModuleType, rings: Sequence[_Ring], width: int, height: int) -> Window | None:
    """The pixels any of ``rings`` may cover, within the image (None when none)."""
    points = np.concatenate(rings)
    low = np.ceil(points.min(axis=0) - 0.5)
    high = np.ceil(points.max(axis=0) - 0.5)
    left, top = max(0, int(low[0])), max(0, int(low[1]))
    right, bottom = min(width, int(high[0])), min(height, int(high[1]))
    if left >= right or top >= bottom:
        return None
    return (top, left, bottom, right)


def _cover(np: ModuleType, rings: Sequence[_Ring], window: Window) -> NDArray[np.bool_]:
    """The pixels of ``window`` whose centre is inside at least one of ``rings`` (each ring
    even-odd): see the module's docstring for the rule."""
    top, left, bottom, right = window
    rows_n, cols_n = bottom - top, right - left
    all_rows, all_starts, all_ends = [], [], []
    for ring in rings:
        x0, y0 = ring[:, 0], ring[:, 1]
        x1, y1 = np.roll(x0, -1), np.roll(y0, -1)
        low, high = np.minimum(y0, y1), np.maximum(y0, y1)
        # rows whose centre line y = j + 0.5 meets the edge, half-open: low <= j + 0.5 < high
        first = np.maximum(np.ceil(low - 0.5), top).astype(np.int64)
        stop = np.minimum(np.ceil(high - 0.5), bottom).astype(np.int64)
        counts = np.maximum(stop - first, 0)
        total = int(counts.sum())
        if total == 0:
            continue
        edge = np.repeat(np.arange(len(x0)), counts)
        offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
        rows = first[edge] + offsets
        centre = rows + 0.5
        slope = (x1[edge] - x0[edge]) / (y1[edge] - y0[edge])
        xs = x0[edge] + (centre - y0[edge]) * slope
        order = np.lexsort((xs, rows))
        rows, xs = rows[order], xs[order]
        # every centre line crosses a closed ring an even number of times: pair them in order
        starts = np.clip(np.ceil(xs[0::2] - 0.5), left, right).astype(np.int64) - left
        ends = np.clip(np.ceil(xs[1::2] - 0.5), left, right).astype(np.int64) - left
        all_rows.append(rows[0::2] - top)
        all_starts.append(starts)
        all_ends.append(ends)
    if not all_rows:
        return np.zeros((rows_n, cols_n), dtype=bool)  # type: ignore[no-any-return]
    rows = np.concatenate(all_rows)
    starts, ends = np.concatenate(all_starts), np.concatenate(all_ends)
    keep = ends > starts
    rows, starts, ends = rows[keep], starts[keep], ends[keep]
    stride = cols_n + 1
    size = rows_n * stride
    diff = np.bincount(rows * stride + starts, minlength=size) - np.bincount(
        rows * stride + ends, minlength=size
    )
    cover = np.cumsum(diff.reshape(rows_n, stride), axis=1)[:, :cols_n]
    return cover > 0  # type: ignore[no-any-return]


def _fill_zones(
    np: ModuleType, zones: _Zones, width: int, height: int
) -> tuple[Window, NDArray[np.bool_]] | None:
    """The zones' pixels in a window of the image around them, or None when they cover none."""
    window = _window(np, [region for region, _holes in zones], width, height)
    if window is None:
        return None
    mask = None
    for region, holes in zones:
        part = _cover(np, [region], window)
        if holes:
            part &= ~_cover(np, holes, window)
        mask = part if mask is None else mask | part
    assert mask is not None
    if not mask.any():
        return None
    return window, mask


def polygon_to_mask(shape: object, size: tuple[int, int]) -> NDArray[np.bool_]:
    """A boolean mask of ``size`` = ``(width, height)`` (an array of shape ``(height,
    width)``), True at the pixels whose centre is inside ``shape``.

    ``shape`` is one ring (``[[x, y], ...]``), a list of rings (joined), one zone
    (``{"region": ring, "holes": [ring, ...]}`` or a :class:`~ango_hub.convert.Zone`), a list
    of zones (a segmentation's ``zones``, joined, each zone's holes cut from its own region),
    or ``{"zones": [...]}``. Coordinates are pixels of the image, x to the right and y down;
    parts outside the image are cut off. Which pixels are inside: a pixel's centre inside
    the shape, a centre on a left or top edge inside, on a right or bottom edge outside (the
    module's docstring), the rule pycocotools' RLE follows::

        >>> polygon_to_mask([[1, 1], [4, 1], [4, 3], [1, 3]], size=(5, 4)).astype(int)
        array([[0, 0, 0, 0, 0],
               [0, 1, 1, 1, 0],
               [0, 1, 1, 1, 0],
               [0, 0, 0, 0, 0]])

    Raises ValueError for a shape it cannot read (a ring of fewer than 3 points, a NaN) or a
    size that is not two positive integers; :class:`~ango_hub.convert.MissingExtraError`
    without numpy (``pip install 'ango-hub[masks]'``).
    """
    np = _numpy("polygon_to_mask")
    width, height = check_size(size)
    mask = np.zeros((height, width), dtype=bool)
    filled = _fill_zones(np, _zones(np, shape), width, height)
    if filled is not None:
        (top, left, bottom, right), part = filled
        mask[top:bottom, left:right] = part
    return mask  # type: ignore[no-any-return]


def _box_ring(box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    x, y, w, h = box
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


def object_mask(row: ObjectRow, size: tuple[int, int]) -> tuple[Window, NDArray[np.bool_]] | None:
    """The pixels of one object in a window of its image, ``((top, left, bottom, right),
    mask)``, or None when the object covers no pixel centre (outside the image, or too thin)
    or its tool draws nothing (see :data:`DRAWN_TOOLS`)."""
    np = _numpy("object_mask")
    width, height = check_size(size)
    zones: _Zones
    if row.tool == "bounding-box" and row.bbox is not None:
        zones = [(np.asarray(_box_ring(row.bbox), dtype=np.float64), [])]
    elif row.tool == "rotated-bounding-box" and row.corners is not None:
        zones = [(np.asarray(row.corners, dtype=np.float64), [])]
    elif row.tool == "polygon" and row.points is not None:
        zones = [(np.asarray(row.points, dtype=np.float64), [])]
    elif row.tool == "segmentation" and row.zones is not None:
        zones = [
            (
                np.asarray(zone.region, dtype=np.float64),
                [np.asarray(hole, dtype=np.float64) for hole in zone.holes],
            )
            for zone in row.zones
        ]
    else:
        return None
    return _fill_zones(np, zones, width, height)


# --- objects to masks ------------------------------------------------------------------------


@dataclass
class Rasterized:
    """What :func:`rasterize` drew.

    ``semantic``: an array of shape ``(height, width)`` of class ids (``uint8`` while every
    id fits, else ``uint16``), 0 = background. ``instance``: the same shape, one value per
    drawn object counted from 1 in the order of the objects (``uint16``, ``uint32`` beyond
    65,535 objects), 0 = background. ``drawn``: ``(object, instance id)`` for every object
    drawn; ``skipped``: the objects whose tool draws nothing (points, polylines, NER, PDF);
    ``empty``: the objects that cover no pixel centre of the image (outside it, or thinner
    than a pixel between two centres), which get no instance id.
    """

    semantic: NDArray[Any]
    instance: NDArray[Any]
    drawn: list[tuple[ObjectRow, int]] = field(default_factory=list)
    skipped: list[ObjectRow] = field(default_factory=list)
    empty: list[ObjectRow] = field(default_factory=list)


def rasterize(
    objects: Sequence[ObjectRow], size: tuple[int, int], class_map: ClassMap, *, first_id: int = 1
) -> Rasterized:
    """Draw ``objects`` (:class:`~ango_hub.convert.ObjectRow`, as ``iter_tasks`` gives them)
    into a semantic mask and an instance mask of ``size`` = ``(width, height)``.

    Boxes, rotated boxes (their corners), polygons and segmentations (each zone's holes left
    as background) are drawn; points, polylines, NER spans and PDF regions draw nothing and
    are returned in ``skipped``. Pixels follow :func:`polygon_to_mask`'s rule (a pixel's
    centre inside the shape). Where objects overlap, **a later object paints over an earlier
    one** (the export's order, which is the order they were drawn in the editor), in both
    masks; an object hidden entirely by later ones keeps its entry in ``drawn``.

    ``class_map`` is the conversion's :class:`~ango_hub.convert.ClassMap` and ``first_id``
    the id its first class has in the rows (``iter_tasks(..., first_id=1)``: 0 stays the
    background). Raises ValueError naming the object for a class id outside the class map,
    and naming the size when it is not two positive integers.

    ::

        from ango_hub.convert import ClassMap, iter_tasks
        from ango_hub.convert.masks import rasterize

        classes = ClassMap.from_label_set(label_set)
        for task in iter_tasks("export.zip", label_set=label_set, first_id=1):
            drawn = rasterize(task.objects, (task.image_width, task.image_height), classes)
            drawn.semantic  # (height, width) class ids
    """
    np = _numpy("rasterize")
    width, height = check_size(size)
    if isinstance(first_id, bool) or not isinstance(first_id, int) or first_id < 1:
        raise ValueError(f"first_id must be an integer, 1 or more (0 is the background), got {first_id!r}")
    if not isinstance(class_map, ClassMap):
        raise TypeError(f"class_map must be a ClassMap, got {type(class_map).__name__}")
    last_id = first_id + len(class_map) - 1
    drawable: list[ObjectRow] = []
    skipped: list[ObjectRow] = []
    for row in objects:
        if not isinstance(row, ObjectRow):
            raise TypeError(f"objects must be ObjectRow items, got {type(row).__name__}")
        if not first_id <= row.class_id <= last_id:
            raise ValueError(
                f"object {row.object_id!r} ({row.class_name!r}) has class id {row.class_id}, outside the "
                f"class map's ids {first_id}..{last_id}"
            )
        (drawable if row.tool in DRAWN_TOOLS else skipped).append(row)
    semantic = np.zeros((height, width), dtype=np.uint8 if last_id <= 0xFF else np.uint16)
    instance = np.zeros((height, width), dtype=np.uint16 if len(drawable) <= 0xFFFF else np.uint32)
    result = Rasterized(semantic, instance, skipped=skipped)
    for row in drawable:
        filled = object_mask(row, (width, height))
        if filled is None:
            result.empty.append(row)
            continue
        (top, left, bottom, right), mask = filled
        number = len(result.drawn) + 1
        semantic[top:bottom, left:right][mask] = row.class_id
        instance[top:bottom, left:right][mask] = number
        result.drawn.append((row, number))
    return result
