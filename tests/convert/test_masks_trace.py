"""``mask_to_polygons``: holes kept, islands in holes, one-pixel lines, exact round trips
through ``polygon_to_mask``, simplification within the tolerance, and areas against
pycocotools' RLE (and shapely's, when it is installed)."""

from __future__ import annotations

import math
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ango_hub.convert import MissingExtraError

from .test_masks_raster import SHAPES, SIZE, coco_area, zones_of

np = pytest.importorskip("numpy")

from ango_hub.convert.masks import mask_to_polygons, polygon_to_mask  # noqa: E402

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def ring_area(ring: list[list[float]]) -> float:
    total = 0.0
    for index in range(len(ring)):
        (x1, y1), (x2, y2) = ring[index], ring[(index + 1) % len(ring)]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def zones_area(zones: list[dict[str, Any]]) -> float:
    return sum(ring_area(zone["region"]) - sum(ring_area(hole) for hole in zone["holes"]) for zone in zones)


def grid(rows: list[str]) -> Any:
    """A mask drawn with ``#`` for inside and ``.`` for outside."""
    return np.array([[char == "#" for char in row] for row in rows], dtype=bool)


def back(zones: list[dict[str, Any]], mask: Any) -> Any:
    height, width = mask.shape
    if not zones:
        return np.zeros((height, width), dtype=bool)
    return polygon_to_mask(zones, (width, height))


# --- shapes ---------------------------------------------------------------------------------------


def test_a_square_with_a_hole_is_one_zone_with_its_hole() -> None:
    mask = np.zeros((6, 6), dtype=bool)
    mask[1:5, 1:5] = True
    mask[2:4, 2:4] = False
    assert mask_to_polygons(mask) == [
        {"region": [[1, 1], [5, 1], [5, 5], [1, 5]], "holes": [[[2, 2], [2, 4], [4, 4], [4, 2]]]}
    ]


def test_an_island_inside_a_hole_is_a_zone_of_its_own() -> None:
    mask = grid(
        [
            ".........",
            ".#######.",
            ".#.....#.",
            ".#.....#.",
            ".#..#..#.",
            ".#.....#.",
            ".#.....#.",
            ".#######.",
            ".........",
        ]
    )
    zones = mask_to_polygons(mask)
    assert zones == [
        {"region": [[1, 1], [8, 1], [8, 8], [1, 8]], "holes": [[[2, 2], [2, 7], [7, 7], [7, 2]]]},
        {"region": [[4, 4], [5, 4], [5, 5], [4, 5]], "holes": []},
    ]
    assert (back(zones, mask) == mask).all()


def test_islands_are_zones_in_the_order_of_their_top_left_pixels() -> None:
    mask = grid(
        [
            "......##",
            ".##...##",
            ".##.....",
            "........",
            "###.....",
        ]
    )
    zones = mask_to_polygons(mask)
    assert [zone["region"][0] for zone in zones] == [[6, 0], [1, 1], [0, 4]]
    assert all(zone["holes"] == [] for zone in zones)


def test_nested_rings_alternate_zones_and_holes() -> None:
    size = 21
    y, x = np.mgrid[0:size, 0:size]
    distance = np.maximum(abs(x - 10), abs(y - 10))
    mask = distance % 4 < 2  # squares in squares: 0-1 in, 2-3 out, 4-5 in, ...
    zones = mask_to_polygons(mask, tolerance=0)
    assert (back(zones, mask) == mask).all()
    # the centre square (distances 0-1), then the square rings of distances 4-5 and 8-9,
    # each with one hole that holds the zones inside it
    assert sorted(len(zone["holes"]) for zone in zones) == [0, 1, 1]


def test_pixels_touching_at_a_corner_are_one_zone_and_holes_touching_at_a_corner_two_holes() -> None:
    diagonal = np.eye(5, dtype=bool)
    zones = mask_to_polygons(diagonal)
    assert len(zones) == 1
    assert ring_area(zones[0]["region"]) == 5
    assert (back(zones, diagonal) == diagonal).all()
    # two holes meeting at a corner are two holes (the background is 4-connected)
    mask = grid(
        [
            "######",
            "#.####",
            "##.###",
            "######",
        ]
    )
    (zone,) = mask_to_polygons(mask)
    assert len(zone["holes"]) == 2
    assert (back([zone], mask) == mask).all()


@pytest.mark.parametrize(
    "rows",
    [
        ["................", "..############..", "................"],  # horizontal
        [".#.", ".#.", ".#.", ".#.", ".#."],  # vertical
        ["#.....", ".#....", "..#...", "...#..", "....#.", ".....#"],  # diagonal
        ["#", "#"],  # the mask's own edges
    ],
)
def test_a_one_pixel_wide_line_keeps_its_pixels(rows: list[str]) -> None:
    mask = grid(rows)
    zones = mask_to_polygons(mask)
    assert len(zones) == 1
    assert zones_area(zones) == mask.sum()
    assert (back(zones, mask) == mask).all()


def test_an_empty_mask_has_no_zones() -> None:
    assert mask_to_polygons(np.zeros((4, 5), dtype=bool)) == []
    assert mask_to_polygons(np.zeros((0, 0), dtype=bool)) == []


def test_any_nonzero_value_is_inside() -> None:
    mask = np.zeros((4, 4), dtype=np.uint8)
    mask[1:3, 1:3] = 255
    assert mask_to_polygons(mask) == [{"region": [[1, 1], [3, 1], [3, 3], [1, 3]], "holes": []}]
    assert mask_to_polygons(mask.astype(np.float32) / 255) == mask_to_polygons(mask)
    assert mask_to_polygons([[0, 1], [0, 1]]) == [{"region": [[1, 0], [2, 0], [2, 2], [1, 2]], "holes": []}]


@pytest.mark.parametrize(
    ("mask", "tolerance", "message"),
    [
        (np.zeros((2, 2, 3)), 0.5, "2-D"),
        (np.zeros(4), 0.5, "2-D"),
        (np.array([["a", "b"]]), 0.5, "dtype"),
        (np.zeros((2, 2)), -1, "tolerance"),
        (np.zeros((2, 2)), float("nan"), "tolerance"),
        (np.zeros((2, 2)), float("inf"), "tolerance"),
        (np.zeros((2, 2)), True, "tolerance"),
        (np.zeros((2, 2)), "1", "tolerance"),
    ],
)
def test_bad_input_is_a_value_error(mask: Any, tolerance: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        mask_to_polygons(mask, tolerance=tolerance)


def test_without_numpy_the_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(MissingExtraError) as caught:
        mask_to_polygons([[1]])
    assert caught.value.extra == "masks"


# --- the test shapes: holes kept, areas against pycocotools and shapely ------------------------------


@pytest.mark.parametrize("name", list(SHAPES))
def test_round_trip_keeps_holes_and_the_area_within_one_percent_of_pycocotools(name: str) -> None:
    shape = SHAPES[name]
    mask = polygon_to_mask(zones_of(shape), SIZE)
    zones = mask_to_polygons(mask)
    expected = coco_area(shape, SIZE)
    # holes kept: as many holes as the shape has (an island in a hole is a zone, not a hole)
    assert sum(len(zone["holes"]) for zone in zones) == sum(len(holes) for _region, holes in shape)
    assert len(zones) == len(shape)
    traced = zones_area(zones)
    drawn = int(back(zones, mask).sum())
    assert abs(traced - expected) <= 0.01 * expected, (name, traced, expected)
    assert abs(drawn - expected) <= 0.01 * expected, (name, drawn, expected)
    # without simplification the round trip is exact
    exact = mask_to_polygons(mask, tolerance=0)
    assert zones_area(exact) == mask.sum()
    assert (back(exact, mask) == mask).all()


@pytest.mark.parametrize("name", list(SHAPES))
def test_areas_agree_with_shapely(name: str) -> None:
    shapely = pytest.importorskip("shapely")
    shape = SHAPES[name]
    mask = polygon_to_mask(zones_of(shape), SIZE)
    zones = mask_to_polygons(mask)
    polygons = [shapely.Polygon(zone["region"], zone["holes"]) for zone in zones]
    for polygon in polygons:
        assert polygon.is_valid, (name, shapely.is_valid_reason(polygon))
    area = shapely.union_all(polygons).area
    expected = coco_area(shape, SIZE)
    assert abs(area - expected) <= 0.01 * expected, (name, area, expected)
    # and shapely's area of the shape itself
    original = shapely.union_all([shapely.Polygon(region, holes) for region, holes in shape])
    assert abs(area - original.area) <= 0.01 * original.area, (name, area, original.area)


# --- properties -------------------------------------------------------------------------------------

masks = st.integers(1, 24).flatmap(
    lambda height: st.integers(1, 24).flatmap(
        lambda width: st.lists(st.booleans(), min_size=width * height, max_size=width * height).map(
            lambda cells: np.array(cells, dtype=bool).reshape(height, width)
        )
    )
)


@SETTINGS
@given(masks)
def test_an_exact_trace_draws_the_same_mask(mask: Any) -> None:
    zones = mask_to_polygons(mask, tolerance=0)
    assert (back(zones, mask) == mask).all()
    assert zones_area(zones) == mask.sum()
    for zone in zones:
        # every corner is a pixel corner inside the mask's frame
        for ring in [zone["region"], *zone["holes"]]:
            assert len(ring) >= 4
            assert all(0 <= x <= mask.shape[1] and 0 <= y <= mask.shape[0] for x, y in ring)


def distance_to_ring(point: list[int], ring: list[list[int]]) -> float:
    px, py = point
    best = math.inf
    for index in range(len(ring)):
        (x0, y0), (x1, y1) = ring[index], ring[(index + 1) % len(ring)]
        dx, dy = x1 - x0, y1 - y0
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - x0) * dx + (py - y0) * dy) / length))
        best = min(best, math.hypot(px - x0 - t * dx, py - y0 - t * dy))
    return best


@SETTINGS
@given(masks, st.sampled_from([0.5, 1.0, 2.0]))
def test_simplified_rings_stay_within_the_tolerance(mask: Any, tolerance: float) -> None:
    exact = mask_to_polygons(mask, tolerance=0)
    simple = mask_to_polygons(mask, tolerance=tolerance)
    assert len(simple) == len(exact)
    for full, fewer in zip(exact, simple, strict=True):
        pairs = [(full["region"], fewer["region"]), *zip(full["holes"], fewer["holes"], strict=True)]
        for ring, kept in pairs:
            # the simplified ring keeps a subset of the corners, in order, and every corner
            # it dropped lies within the tolerance of it
            assert set(map(tuple, kept)) <= set(map(tuple, ring))
            assert 3 <= len(kept) <= len(ring)
            for corner in ring:
                assert distance_to_ring(corner, kept) <= tolerance + 1e-9


@SETTINGS
@given(masks)
def test_the_default_tolerance_draws_back_the_same_pixels(mask: Any) -> None:
    # 0.5 px drops corners that lie within half a pixel of the simplified outline: no pixel
    # centre changes side on these masks (nor on the discs and the test shapes)
    zones = mask_to_polygons(mask)
    assert (back(zones, mask) == mask).all()


def test_a_larger_tolerance_keeps_fewer_vertices_on_a_disc() -> None:
    y, x = np.mgrid[0:200, 0:200]
    disc = (x - 100) ** 2 + (y - 100) ** 2 < 80**2
    counts = [len(mask_to_polygons(disc, tolerance=t)[0]["region"]) for t in (0, 0.5, 1.0, 2.0)]
    assert counts == sorted(counts, reverse=True)
    assert counts[3] < counts[0] / 4
    # at 1 px the outline has 32 vertices and the area is within 1 %
    area = zones_area(mask_to_polygons(disc, tolerance=1.0))
    assert abs(area - disc.sum()) <= 0.01 * disc.sum()


def test_the_docstrings_examples_run() -> None:
    import doctest

    from ango_hub.convert.masks import _raster, _trace

    for module in (_raster, _trace):
        result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert result.attempted > 0, module.__name__
        assert result.failed == 0, module.__name__
