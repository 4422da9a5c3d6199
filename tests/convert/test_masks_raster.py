"""``polygon_to_mask`` and ``rasterize``: the pixel rule (a pixel's centre inside), the forms a
shape may take, holes, overlaps, what draws nothing, bad input; pycocotools' RLE is the
independent reader of the areas."""

from __future__ import annotations

import math
import random
import sys
import warnings
from collections.abc import Sequence
from typing import Any

import pytest

from ango_hub.convert import ClassMap, MissingExtraError, ObjectRow, Zone, iter_tasks

from ._records import coco_box as box
from ._records import coco_label_set as label_set
from ._records import coco_ner as ner
from ._records import coco_pdf_area as pdf_area
from ._records import coco_point as point
from ._records import coco_polygon as polygon
from ._records import coco_polyline as polyline
from ._records import coco_rotated as rotated
from ._records import coco_square as square
from ._records import coco_zones as zones
from ._records import image_record as record

np = pytest.importorskip("numpy")
mask_utils = pytest.importorskip("pycocotools.mask")

from ango_hub.convert.masks import Rasterized, polygon_to_mask, rasterize  # noqa: E402

Ring = Sequence[Sequence[float]]
#: A test shape: zones of (region, holes).
Shape = list[tuple[Ring, list[Ring]]]


def ring_of(points: Sequence[Sequence[float]]) -> list[list[float]]:
    return [[float(x), float(y)] for x, y in points]


def rectangle(x: float, y: float, width: float, height: float) -> list[list[float]]:
    return [[x, y], [x + width, y], [x + width, y + height], [x, y + height]]


def circle(cx: float, cy: float, radius: float, count: int = 64) -> list[list[float]]:
    return [
        [cx + radius * math.cos(2 * math.pi * k / count), cy + radius * math.sin(2 * math.pi * k / count)]
        for k in range(count)
    ]


#: The test shapes of the issue (and a few more), on a 200 x 160 image.
SHAPES: dict[str, Shape] = {
    "square with a square hole": [(rectangle(20, 20, 100, 100), [rectangle(50, 50, 40, 40)])],
    "ring": [(circle(100, 80, 60), [circle(100, 80, 35)])],
    "two islands": [(rectangle(10, 10, 40, 30), []), (circle(140, 100, 30), [])],
    "island inside a hole": [
        (rectangle(20, 20, 120, 120), [rectangle(40, 40, 80, 80)]),
        (rectangle(60, 60, 40, 40), []),
    ],
    "diagonal polygon": [([[10.3, 20.7], [150.2, 5.1], [180.9, 140.4], [60.6, 110.2], [30.1, 150.8]], [])],
    "1-pixel-wide line": [(rectangle(10, 70, 150, 1), [])],
    "rotated box": [([[40, 30], [140, 80], [115, 130], [15, 80]], [])],
    "triangle": [([[100, 10], [180, 150], [20, 150]], [])],
}
SIZE = (200, 160)


def zones_of(shape: Shape) -> list[dict[str, Any]]:
    return [
        {"region": ring_of(region), "holes": [ring_of(hole) for hole in holes]} for region, holes in shape
    ]


def coco_mask(shape: Shape, size: tuple[int, int]) -> Any:
    """The shape rasterised by pycocotools: each zone's region minus its holes, zones joined."""
    width, height = size

    def raster(rings: Sequence[Ring]) -> Any:
        flat = [[float(value) for point in ring for value in point] for ring in rings]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return mask_utils.decode(mask_utils.merge(mask_utils.frPyObjects(flat, height, width))).astype(
                bool
            )

    result = np.zeros((height, width), dtype=bool)
    for region, holes in shape:
        part = raster([region])
        if holes:
            part &= ~raster(holes)
        result |= part
    return result


def coco_area(shape: Shape, size: tuple[int, int]) -> int:
    return int(coco_mask(shape, size).sum())


def edge_distance(x: float, y: float, rings: Sequence[Ring]) -> float:
    best = math.inf
    for ring in rings:
        for index in range(len(ring)):
            (x0, y0), (x1, y1) = ring[index], ring[(index + 1) % len(ring)]
            dx, dy = x1 - x0, y1 - y0
            t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
            best = min(best, math.hypot(x - x0 - t * dx, y - y0 - t * dy))
    return best


# --- the pixel rule ----------------------------------------------------------------------------


def test_a_pixel_is_inside_when_its_centre_is() -> None:
    mask = polygon_to_mask([[1, 1], [4, 1], [4, 3], [1, 3]], size=(5, 4))
    assert mask.shape == (4, 5)
    assert mask.dtype == bool
    assert mask.astype(int).tolist() == [
        [0, 0, 0, 0, 0],
        [0, 1, 1, 1, 0],
        [0, 1, 1, 1, 0],
        [0, 0, 0, 0, 0],
    ]
    # a box whose edges fall on pixel centres: the left and top ones are inside, the right
    # and bottom ones outside, so the box still covers width x height pixels
    half = polygon_to_mask(rectangle(0.5, 0.5, 3, 2), size=(5, 4))
    assert half.astype(int).tolist() == [
        [1, 1, 1, 0, 0],
        [1, 1, 1, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
    ]
    # less than a pixel between two centres covers nothing
    assert not polygon_to_mask(rectangle(1.6, 1.6, 0.8, 0.8), size=(5, 4)).any()


@pytest.mark.parametrize("box_", [(10, 20, 100, 50), (0, 0, 7, 3), (2.5, 3.5, 10, 4), (3.2, 1.7, 20, 9)])
def test_a_box_of_whole_pixels_covers_width_times_height(box_: tuple[float, float, float, float]) -> None:
    assert int(polygon_to_mask(rectangle(*box_), size=(200, 100)).sum()) == box_[2] * box_[3]


def test_two_shapes_sharing_an_edge_never_share_a_pixel() -> None:
    left = polygon_to_mask([[0, 0], [10.3, 0], [6.7, 20], [0, 20]], size=(20, 20))
    right = polygon_to_mask([[10.3, 0], [20, 0], [20, 20], [6.7, 20]], size=(20, 20))
    assert not (left & right).any()
    assert (left | right).all()


def test_every_form_of_a_shape_gives_the_same_mask() -> None:
    region, hole = rectangle(2, 2, 12, 10), rectangle(5, 5, 4, 4)
    expected = np.zeros((16, 16), dtype=bool)
    expected[2:12, 2:14] = True
    expected[5:9, 5:9] = False
    size = (16, 16)
    as_dict = {"region": region, "holes": [hole]}
    for form in (
        as_dict,
        [as_dict],
        {"zones": [as_dict]},
        Zone(tuple((x, y) for x, y in region), (tuple((x, y) for x, y in hole),)),
        [Zone(tuple((x, y) for x, y in region), (tuple((x, y) for x, y in hole),))],
    ):
        assert (polygon_to_mask(form, size) == expected).all(), form
    # a ring, and tuples of points
    plain = polygon_to_mask([tuple(point) for point in region], size)
    assert int(plain.sum()) == 120


def test_rings_are_joined_and_holes_cut_only_their_own_zone() -> None:
    a, b = rectangle(0, 0, 10, 10), rectangle(5, 5, 10, 10)
    joined = polygon_to_mask([a, b], size=(20, 20))
    assert int(joined.sum()) == 100 + 100 - 25  # the overlap once, not cancelled (no even-odd between rings)
    # the second zone lies in the first zone's hole: the hole does not cut it
    mask = polygon_to_mask(
        [
            {"region": rectangle(0, 0, 20, 20), "holes": [rectangle(5, 5, 10, 10)]},
            {"region": rectangle(8, 8, 4, 4)},
        ],
        size=(20, 20),
    )
    assert int(mask.sum()) == 400 - 100 + 16
    assert mask[10, 10]
    assert not mask[6, 6]


def test_a_self_crossing_ring_is_filled_even_odd() -> None:
    # a bow tie: two triangles meeting at (10, 10)
    mask = polygon_to_mask([[0, 0], [20, 20], [20, 0], [0, 20]], size=(20, 20))
    assert mask[10, 2]  # left triangle
    assert mask[10, 17]  # right triangle
    assert not mask[2, 10]  # above the crossing
    assert not mask[17, 10]


def test_parts_outside_the_image_are_cut_off() -> None:
    mask = polygon_to_mask(rectangle(-5, -5, 10, 10), size=(8, 8))
    assert int(mask.sum()) == 25
    assert not polygon_to_mask(rectangle(50, 50, 10, 10), size=(8, 8)).any()
    assert not polygon_to_mask(rectangle(-20, 0, 10, 10), size=(8, 8)).any()


@pytest.mark.parametrize("size", [(0, 10), (10, -1), (10.0, 5), (True, 5), (10,), (10, 10, 3), "10x10", None])
def test_a_size_that_is_not_two_positive_integers_is_a_value_error(size: Any) -> None:
    with pytest.raises(ValueError, match="size must be \\(width, height\\)") as caught:
        polygon_to_mask(rectangle(0, 0, 2, 2), size=size)
    assert repr(size) in str(caught.value)


@pytest.mark.parametrize(
    ("shape", "message"),
    [
        ([[0, 0], [1, 1]], "2 point"),
        ([[0, 0], [1, float("nan")], [2, 0]], "finite"),
        ({"region": [[0, 0], [1, 0], [1, 1]], "holes": [[[0, 0]]]}, "holes\\[0\\]"),
        ([], "expected a ring"),
        ("abc", "expected a ring"),
        ([[[0, 0], [1, 0], [1, 1]], [[0, "x"], [1, 0], [1, 1]]], "rings\\[1\\]"),
    ],
)
def test_a_shape_it_cannot_read_is_a_value_error(shape: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        polygon_to_mask(shape, size=(4, 4))


# --- against pycocotools -------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SHAPES))
def test_areas_agree_with_pycocotools_rle_within_one_percent(name: str) -> None:
    shape = SHAPES[name]
    ours = int(polygon_to_mask(zones_of(shape), SIZE).sum())
    theirs = coco_area(shape, SIZE)
    assert ours > 0
    assert abs(ours - theirs) <= 0.01 * theirs, (name, ours, theirs)


def test_pycocotools_differs_only_on_pixels_whose_centre_is_near_an_edge() -> None:
    """pycocotools rounds vertices and edges to a fifth of a pixel before it applies the same
    centre rule; over a seeded set of random polygons, every pixel where the two masks differ
    has its centre within 0.2 px of an edge, and most agree exactly."""
    rng = random.Random(20260121)
    total = differing = 0
    for _ in range(150):
        count = rng.randint(3, 9)
        cx, cy, spread = rng.uniform(20, 80), rng.uniform(20, 80), rng.uniform(3, 30)
        angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(count))
        ring = [
            [cx + r * math.cos(t), cy + r * math.sin(t)] for t in angles for r in [rng.uniform(1, spread)]
        ]
        ours = polygon_to_mask(ring, (100, 100))
        theirs = coco_mask([(ring, [])], (100, 100))
        total += int(theirs.sum())
        for row, column in np.argwhere(ours != theirs):
            differing += 1
            assert edge_distance(column + 0.5, row + 0.5, [ring]) < 0.2
    assert differing < 0.03 * total


def test_the_mocks_get_mask_draws_the_same_pixels() -> None:
    from ango_hub.mock.files.masks import rasterize_zones

    for name, shape in SHAPES.items():
        rows = rasterize_zones(zones_of(shape), *SIZE)
        theirs = np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(SIZE[1], SIZE[0]) > 0
        assert (polygon_to_mask(zones_of(shape), SIZE) == theirs).all(), name


# --- rasterize -------------------------------------------------------------------------------------


def rows_of(objects: list[dict[str, Any]], size: tuple[int, int] | None = (64, 48)) -> list[ObjectRow]:
    (task,) = iter_tasks([record("a.jpg", objects, size=size)], label_set=label_set(), first_id=1)
    return list(task.objects)


CLASSES = ClassMap.from_label_set(label_set())


def test_rasterize_draws_each_tool_with_its_class_and_an_instance_each() -> None:
    rows = rows_of(
        [
            box(2, 2, 10, 6),  # Car, 1
            rotated(30, 4, 10, 4, 0),  # Boat, 2
            polygon(square(2, 20, 10)),  # Road, 3
            zones((square(30, 20, 20), [square(35, 25, 10)])),  # Lake, 4, with a hole
        ]
    )
    drawn = rasterize(rows, (64, 48), CLASSES)
    assert isinstance(drawn, Rasterized)
    assert drawn.semantic.shape == (48, 64)
    assert drawn.semantic.dtype == np.uint8
    assert drawn.instance.dtype == np.uint16
    assert dict(zip(*np.unique(drawn.semantic, return_counts=True), strict=True)) == {
        0: 64 * 48 - 60 - 40 - 100 - 300,
        1: 60,
        2: 40,
        3: 100,
        4: 300,
    }
    assert [(row.tool, number) for row, number in drawn.drawn] == [
        ("bounding-box", 1),
        ("rotated-bounding-box", 2),
        ("polygon", 3),
        ("segmentation", 4),
    ]
    for row, number in drawn.drawn:
        assert set(np.unique(drawn.semantic[drawn.instance == number]).tolist()) == {row.class_id}
    # the hole is background in both masks
    assert drawn.semantic[30, 40] == 0
    assert drawn.instance[30, 40] == 0
    assert drawn.skipped == []
    assert drawn.empty == []


def test_a_later_object_paints_over_an_earlier_one() -> None:
    rows = rows_of([box(0, 0, 20, 20), polygon(square(10, 10, 20)), box(12, 12, 4, 4)])
    drawn = rasterize(rows, (64, 48), CLASSES)
    assert drawn.semantic[5, 5] == 1
    assert drawn.semantic[15, 11] == 3  # the polygon over the first box
    assert drawn.semantic[13, 13] == 1  # the last box over the polygon
    assert drawn.instance[5, 5] == 1
    assert drawn.instance[15, 11] == 2
    assert drawn.instance[13, 13] == 3
    assert int((drawn.instance == 1).sum()) == 400 - 100
    assert int((drawn.instance == 2).sum()) == 400 - 16
    assert int((drawn.instance == 3).sum()) == 16


def test_points_polylines_ner_and_pdf_draw_nothing_and_are_returned() -> None:
    rows = rows_of([point(5, 5), polyline([[0, 0], [10, 10]]), ner(0, 3), pdf_area(1), box(1, 1, 3, 3)])
    drawn = rasterize(rows, (64, 48), CLASSES)
    assert sorted(row.tool for row in drawn.skipped) == ["ner", "pdf", "point", "polyline"]
    assert [(row.tool, number) for row, number in drawn.drawn] == [("bounding-box", 1)]
    assert int((drawn.semantic > 0).sum()) == 9


def test_an_object_covering_no_pixel_centre_is_empty_and_gets_no_id() -> None:
    rows = rows_of([box(100, 100, 5, 5), box(1.6, 1.6, 0.8, 0.8), box(1, 1, 2, 2)])
    drawn = rasterize(rows, (64, 48), CLASSES)
    assert [row.bbox for row in drawn.empty] == [(100, 100, 5, 5), (1.6, 1.6, 0.8, 0.8)]
    assert [(row.bbox, number) for row, number in drawn.drawn] == [((1, 1, 2, 2), 1)]


def test_no_objects_is_all_background() -> None:
    drawn = rasterize([], (7, 5), CLASSES)
    assert drawn.semantic.shape == (5, 7)
    assert not drawn.semantic.any()
    assert not drawn.instance.any()


def test_a_class_id_outside_the_class_map_is_a_value_error_naming_it() -> None:
    rows = rows_of([box(1, 1, 2, 2)])
    with pytest.raises(ValueError, match=r"class id 1, outside the class map's ids 2\.\.9") as caught:
        rasterize(rows, (64, 48), CLASSES, first_id=2)
    assert rows[0].object_id is not None
    assert rows[0].object_id in str(caught.value)
    small = ClassMap(list(CLASSES)[:0])
    with pytest.raises(ValueError, match="class id 1"):
        rasterize(rows, (64, 48), small)


@pytest.mark.parametrize("size", [(0, 48), (64.0, 48), (-1, 2), "64x48"])
def test_rasterize_names_a_bad_size(size: Any) -> None:
    with pytest.raises(ValueError, match="size must be") as caught:
        rasterize(rows_of([box(1, 1, 2, 2)]), size, CLASSES)
    assert repr(size) in str(caught.value)


def test_many_classes_make_a_16_bit_semantic_mask() -> None:
    tools = [{"schemaId": f"t-{k}", "title": f"T{k}", "tool": "bounding-box"} for k in range(300)]
    many = {"tools": tools, "classifications": [], "relations": []}
    item = {"objectId": "o", "schemaId": "t-299", "bounding-box": {"x": 0, "y": 0, "width": 2, "height": 2}}
    (task,) = iter_tasks([record("a.jpg", [item])], label_set=many, first_id=1)
    drawn = rasterize(task.objects, (4, 4), ClassMap.from_label_set(many))
    assert drawn.semantic.dtype == np.uint16
    assert int(drawn.semantic.max()) == 300


def test_without_numpy_the_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(MissingExtraError) as caught:
        polygon_to_mask(rectangle(0, 0, 2, 2), size=(4, 4))
    assert caught.value.extra == "masks"
    assert "ango-hub[masks]" in str(caught.value)


def test_importing_the_package_imports_no_numpy() -> None:
    import subprocess

    code = "import sys, ango_hub.convert, ango_hub.convert.masks\nprint('numpy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
