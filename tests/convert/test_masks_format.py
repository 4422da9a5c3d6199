"""``to_masks``: the PNGs it writes, read back with Pillow (class ids, palette, instance ids),
what it skips, missing sizes, brushes, and the mock's demo export."""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ango_hub.convert import (
    ClassMap,
    ConversionError,
    MissingExtraError,
    MissingImageSizeError,
    SkipReason,
    iter_tasks,
    to_masks,
)

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
Image = pytest.importorskip("PIL.Image")

from ango_hub.convert.masks import rasterize  # noqa: E402

Json = dict[str, Any]


def coloured_label_set() -> Json:
    """The tests' label set with a colour on some tools (Car, Lake; Boat's is not a colour)."""
    schema = label_set()
    colours = {"t-car": "#ff9800", "t-lake": "#2196f3", "t-boat": "not a colour"}
    for tool in schema["tools"]:
        if tool["schemaId"] in colours:
            tool["color"] = colours[tool["schemaId"]]
    return schema


def read(path: Path) -> tuple[str, Any]:
    with Image.open(path) as picture:
        picture.load()
        return picture.mode, np.array(picture)


def scene() -> list[Json]:
    return [
        record(
            "street/a.jpg",
            [
                box(10, 20, 100, 50),
                rotated(250, 300, 120, 80, 30),
                polygon([[400, 50], [600, 50], [500, 250]]),
                box(50, 40, 100, 50),  # over the first box
            ],
        ),
        record(
            "street/b.jpg",
            [zones((square(100, 100, 200), [square(150, 150, 100)]), (square(400, 50, 100), []))],
            size=(800, 600),
        ),
        record("empty.png", []),
    ]


def test_masks_and_instances_read_back_with_pillow(tmp_path: Path) -> None:
    out = tmp_path / "masks"
    report = to_masks(scene(), out, label_set=coloured_label_set())
    assert report.written["images"] == 3
    assert report.written["objects"] == 5
    assert report.written["tasks"] == 3
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "classes.json",
        "instances/empty.png",
        "instances/street/a.png",
        "instances/street/b.png",
        "masks/empty.png",
        "masks/street/a.png",
        "masks/street/b.png",
    ]
    classes = json.loads((out / "classes.json").read_text("utf-8"))
    assert [(c["id"], c["name"]) for c in classes][:4] == [(1, "Car"), (2, "Boat"), (3, "Road"), (4, "Lake")]

    mode, semantic = read(out / "masks" / "street" / "a.png")
    assert mode == "P"
    assert semantic.shape == (480, 640)
    counts = Counter(dict(zip(*np.unique(semantic, return_counts=True), strict=True)))
    assert counts[1] == 5000 + 5000 - 60 * 30  # two boxes, overlapping in 60 x 30
    assert abs(counts[2] - 9600) <= 96  # the rotated box, 120 x 80 turned by 30 degrees
    assert counts[3] == 20000
    mode, instance = read(out / "instances" / "street" / "a.png")
    assert mode in ("I;16", "I")
    assert instance.shape == (480, 640)
    assert sorted(np.unique(instance).tolist()) == [0, 1, 2, 3, 4]
    assert int((instance == 1).sum()) == 5000 - 60 * 30  # under the last box
    assert int((instance == 4).sum()) == 5000
    assert instance[45, 60] == 4  # the later box over the earlier one

    _mode, lake = read(out / "masks" / "street" / "b.png")
    assert lake.shape == (600, 800)
    assert int((lake == 4).sum()) == 40000 - 10000 + 10000
    assert lake[200, 200] == 0  # the hole is background
    _mode, lake_instances = read(out / "instances" / "street" / "b.png")
    assert sorted(np.unique(lake_instances).tolist()) == [0, 1]  # one object, two zones

    for name in ("masks/empty.png", "instances/empty.png"):
        _mode, nothing = read(out / name)
        assert nothing.shape == (480, 640)
        assert not nothing.any()


def test_the_palette_has_the_label_sets_colours(tmp_path: Path) -> None:
    report = to_masks(scene(), tmp_path / "masks", label_set=coloured_label_set())
    with Image.open(tmp_path / "masks" / "masks" / "street" / "a.png") as picture:
        palette = picture.getpalette()
        rgb = picture.convert("RGB")
    assert palette is not None
    colours = [tuple(palette[i : i + 3]) for i in range(0, 3 * 6, 3)]
    assert colours[0] == (0, 0, 0)  # background
    assert colours[1] == (0xFF, 0x98, 0x00)  # Car, #ff9800
    assert colours[2] == (0, 128, 0)  # Boat's colour is not one: the VOC colour of id 2
    assert colours[3] == (128, 128, 0)  # Road has none: the VOC colour of id 3
    assert colours[4] == (0x21, 0x96, 0xF3)  # Lake, #2196f3
    assert rgb.getpixel((20, 30)) == (0xFF, 0x98, 0x00)
    assert any("not a colour" in note for note in report.notes)


def test_what_draws_nothing_is_skipped_and_reported(tmp_path: Path) -> None:
    items = [
        point(5, 5),
        polyline([[0, 0], [10, 10]]),
        ner(0, 4),
        pdf_area(1),
        box(1, 1, 5, 5),
        box(1000, 1000, 5, 5),  # outside the image
        polygon(square(0, 0, 10), page=1),  # a later page
    ]
    out = tmp_path / "masks"
    report = to_masks([record("a.jpg", items)], out, label_set=label_set())
    assert not report.ok
    assert report.skipped_counts == Counter({SkipReason.UNSUPPORTED_TOOL: 4, SkipReason.UNSUPPORTED_SHAPE: 2})
    assert sorted(
        item.tool or "" for item in report.skipped if item.reason == SkipReason.UNSUPPORTED_TOOL
    ) == [
        "ner",
        "pdf",
        "point",
        "polyline",
    ]
    shapes = [item for item in report.skipped if item.reason == SkipReason.UNSUPPORTED_SHAPE]
    assert {item.object_id for item in shapes} == {items[5]["objectId"], items[6]["objectId"]}
    assert any("no pixel centre" in item.detail for item in shapes)
    assert any("page 1" in item.detail for item in shapes)
    assert report.written["objects"] == 1
    _mode, semantic = read(out / "masks" / "a.png")
    assert int((semantic > 0).sum()) == 25


def test_pixel_counts_equal_rasterize_of_the_rows(tmp_path: Path) -> None:
    records = scene()
    out = tmp_path / "masks"
    to_masks(records, out, label_set=label_set())
    classes = ClassMap.from_label_set(label_set())
    for task in iter_tasks(records, label_set=label_set(), first_id=1):
        assert task.image_width is not None
        assert task.image_height is not None
        drawn = rasterize(task.objects, (task.image_width, task.image_height), classes)
        stem = Path(task.external_id or "").with_suffix("")
        _mode, semantic = read(out / "masks" / f"{stem}.png")
        _mode, instance = read(out / "instances" / f"{stem}.png")
        assert (semantic == drawn.semantic).all()
        assert (instance == drawn.instance).all()


def test_more_than_255_classes_make_16_bit_masks(tmp_path: Path) -> None:
    tools = [{"schemaId": f"t-{k}", "title": f"T{k}", "tool": "bounding-box"} for k in range(300)]
    many = {"tools": tools, "classifications": [], "relations": []}
    item = {"objectId": "o", "schemaId": "t-299", "bounding-box": {"x": 0, "y": 0, "width": 2, "height": 2}}
    report = to_masks([record("a.jpg", [item], size=(4, 4))], tmp_path / "masks", label_set=many)
    mode, semantic = read(tmp_path / "masks" / "masks" / "a.png")
    assert mode in ("I;16", "I")
    assert int(semantic.max()) == 300
    assert int((semantic == 300).sum()) == 4
    assert any("16-bit" in note for note in report.notes)


def test_missing_sizes_behave_as_in_every_image_format(tmp_path: Path) -> None:
    records = [record("sized.jpg", [box(1, 1, 5, 5)]), record("unsized.jpg", [box(1, 1, 5, 5)], size=None)]
    with pytest.raises(MissingImageSizeError) as caught:
        to_masks(records, tmp_path / "error", label_set=label_set())
    assert caught.value.external_ids == ["unsized.jpg"]
    assert list((tmp_path / "error").iterdir()) == []
    report = to_masks(records, tmp_path / "skip", label_set=label_set(), on_missing_size="skip")
    assert sorted(p.name for p in (tmp_path / "skip" / "masks").iterdir()) == ["sized.png"]
    (skipped,) = report.skipped
    assert (skipped.reason, skipped.external_id) == (SkipReason.NO_IMAGE_SIZE, "unsized.jpg")
    # sizes from the images themselves
    images = tmp_path / "images"
    images.mkdir()
    Image.new("RGB", (32, 24)).save(images / "unsized.jpg")
    to_masks(records, tmp_path / "read", label_set=label_set(), image_dir=images)
    _mode, semantic = read(tmp_path / "read" / "masks" / "unsized.png")
    assert semantic.shape == (24, 32)


def test_two_images_with_one_stem_are_refused(tmp_path: Path) -> None:
    records = [record("a.jpg", [], task_id="t1"), record("a.png", [], task_id="t2")]
    with pytest.raises(ConversionError, match=r"a\.png"):
        to_masks(records, tmp_path / "masks", label_set=label_set())
    assert list((tmp_path / "masks").iterdir()) == []


def test_missing_numpy_or_pillow_is_named_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module, name in (("numpy", "numpy"), ("PIL", "PIL")):
        with monkeypatch.context() as patch:
            patch.setitem(sys.modules, module, None)
            if module == "PIL":
                patch.setitem(sys.modules, "PIL.Image", None)
            out = tmp_path / module
            with pytest.raises(MissingExtraError) as caught:
                to_masks([record("a.jpg", [])], out, label_set=label_set())
            assert caught.value.extra == "masks"
            assert name in str(caught.value)
            assert not out.exists()


# --- brushes ------------------------------------------------------------------------------------------

BRUSH_URL = "https://storage.example.com/brushes/task-a.png"


def test_a_brush_without_a_source_is_reported(tmp_path: Path) -> None:
    item = record("a.jpg", [box(1, 1, 5, 5)], size=(16, 12))
    item["task"]["brushDataUrl"] = BRUSH_URL
    report = to_masks([item], tmp_path / "masks", label_set=label_set())
    (skipped,) = report.skipped
    assert skipped.reason == SkipReason.NO_BRUSH_SOURCE
    assert skipped.external_id == "a.jpg"
    assert BRUSH_URL in skipped.detail
    assert "brushes=" in skipped.detail
    _mode, semantic = read(tmp_path / "masks" / "masks" / "a.png")
    assert int((semantic == 1).sum()) == 25


def test_brushes_need_a_label_set_and_a_directory_that_exists(tmp_path: Path) -> None:
    classes = tmp_path / "classes.json"
    ClassMap.from_label_set(label_set()).save(classes, first_id=1)
    with pytest.raises(ConversionError, match="label_set"):
        to_masks([record("a.jpg", [])], tmp_path / "one", class_map=classes, brushes=lambda url: b"")
    with pytest.raises(ConversionError, match="not a directory"):
        to_masks([record("a.jpg", [])], tmp_path / "two", label_set=label_set(), brushes=tmp_path / "nope")


def brush_png(size: tuple[int, int], painted: dict[str, Any]) -> bytes:
    """An RGBA brush PNG as Ango Hub keeps one: each class's pixels in its label-set colour,
    the rest transparent."""
    from PIL import ImageColor

    width, height = size
    pixels = np.zeros((height, width, 4), dtype=np.uint8)
    for colour, mask in painted.items():
        pixels[mask] = (*ImageColor.getrgb(colour)[:3], 255)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def brush_label_set() -> Json:
    """The tests' label set with two brush tools (ids 9 and 10) and a coloured Car."""
    return label_set(
        extra_tools=[
            {"schemaId": "t-paint", "title": "Paint", "tool": "brush", "color": "#2196f3"},
            {"schemaId": "t-grass", "title": "Grass", "tool": "brush", "color": "#8bc34a"},
        ]
    )


def test_brush_masks_are_drawn_under_the_objects(tmp_path: Path) -> None:
    pytest.importorskip("ango_hub.convert.masks._brush")
    schema = brush_label_set()
    size = (40, 30)
    paint = np.zeros((30, 40), dtype=bool)
    paint[5:25, 5:35] = True  # 600 pixels of Paint (#2196f3, id 9)
    grass = np.zeros((30, 40), dtype=bool)
    grass[0:2, 0:10] = True  # 20 pixels of Grass (#8bc34a, id 10)
    png = brush_png(size, {"#2196f3": paint, "#8bc34a": grass})
    item = record("a.jpg", [box(10, 10, 4, 4)], size=size)  # a Car box over the brush
    item["task"]["brushDataUrl"] = BRUSH_URL

    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return png

    directory = tmp_path / "brushes"
    directory.mkdir()
    (directory / "task-a.png").write_bytes(png)
    for name, brushes in (("callable", fetch), ("directory", directory)):
        out = tmp_path / name
        report = to_masks([item], out, label_set=schema, brushes=brushes)
        assert report.ok, report.summary()
        assert report.written["brushes"] == 1
        assert report.written["objects"] == 3  # the box, and one instance per brush class
        _mode, semantic = read(out / "masks" / "a.png")
        assert int((semantic == 9).sum()) == 600 - 16
        assert int((semantic == 10).sum()) == 20
        assert int((semantic == 1).sum()) == 16
        assert semantic[11, 11] == 1  # the box over the paint
        _mode, instance = read(out / "instances" / "a.png")
        assert instance[11, 11] == 1  # the task's objects first
        assert set(np.unique(instance[paint & (semantic == 9)]).tolist()) == {2}  # then the brush classes
        assert set(np.unique(instance[grass]).tolist()) == {3}
        with Image.open(out / "masks" / "a.png") as picture:
            palette = picture.getpalette()
        assert palette is not None
        assert palette[27:30] == [0x21, 0x96, 0xF3]  # Paint's colour at index 9
    assert fetched == [BRUSH_URL]


def test_a_brush_of_a_colour_no_class_has_or_of_another_size_stops_the_conversion(tmp_path: Path) -> None:
    pytest.importorskip("ango_hub.convert.masks._brush")
    spot = np.zeros((30, 40), dtype=bool)
    spot[1, 1] = True
    item = record("a.jpg", [], size=(40, 30))
    item["task"]["brushDataUrl"] = BRUSH_URL
    odd = brush_png((40, 30), {"#123456": spot})
    with pytest.raises(ConversionError, match="123456") as caught:
        to_masks([item], tmp_path / "colour", label_set=brush_label_set(), brushes=lambda url: odd)
    assert "a.jpg" in str(caught.value)
    small = brush_png((20, 10), {"#2196f3": spot[:10, :20]})
    with pytest.raises(ConversionError, match="20x10 pixels; the image is 40x30"):
        to_masks([item], tmp_path / "size", label_set=brush_label_set(), brushes=lambda url: small)
    assert list((tmp_path / "size").iterdir()) == []


def test_a_brush_that_cannot_be_fetched_stops_the_conversion(tmp_path: Path) -> None:
    pytest.importorskip("ango_hub.convert.masks._brush")
    item = record("a.jpg", [], size=(4, 4))
    item["task"]["brushDataUrl"] = BRUSH_URL

    def broken(url: str) -> bytes:
        raise OSError("connection refused")

    with pytest.raises(ConversionError, match="connection refused") as caught:
        to_masks([item], tmp_path / "one", label_set=label_set(), brushes=broken)
    assert "a.jpg" in str(caught.value)
    assert list((tmp_path / "one").iterdir()) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ConversionError, match=r"task-a\.png"):
        to_masks([item], tmp_path / "two", label_set=label_set(), brushes=empty)


# --- the mock's demo export ----------------------------------------------------------------------------


def test_the_mocks_vehicle_detection_export(ango_mock_factory: Any, tmp_path: Path) -> None:
    # a mock of its own, stopped after the test (the demo export is 100 images of 1920 x 1080)
    with ango_mock_factory().client() as hub:
        project_id = next(p.id for p in hub.projects.list() if p.name == "Vehicle detection")
        archive = hub.exports.export(project_id, tmp_path / "export.zip")
        schema = hub.projects.get_label_set(project_id).to_dict()

    out = tmp_path / "masks"
    report = to_masks(archive, out, label_set=schema)
    assert report.ok, report.summary()

    classes = ClassMap.from_label_set(schema)
    colours = {tool["schemaId"]: tool.get("color") for tool in schema["tools"]}
    tasks = list(iter_tasks(archive, label_set=schema, first_id=1))
    assert report.written["images"] == len(tasks)
    drawn_objects = hidden = 0
    for task in tasks:
        assert task.image_width is not None
        assert task.image_height is not None
        expected = rasterize(task.objects, (task.image_width, task.image_height), classes)
        drawn_objects += len(expected.drawn)
        stem = Path(task.external_id or "").with_suffix("")
        with Image.open(out / "masks" / f"{stem}.png") as picture:
            assert picture.mode == "P"
            assert picture.size == (task.image_width, task.image_height)
            palette = picture.getpalette()
            semantic = np.array(picture)
        # per-class pixel counts equal those of the rasterised rows
        ours = np.bincount(semantic.ravel(), minlength=len(classes) + 1)
        theirs = np.bincount(expected.semantic.ravel(), minlength=len(classes) + 1)
        assert ours.tolist() == theirs.tolist(), task.external_id
        _mode, instance = read(out / "instances" / f"{stem}.png")
        assert (instance == expected.instance).all()
        # instance ids unique per image: each id is one drawn object of one class (an object
        # that later ones hide entirely has no pixel left)
        numbers = np.flatnonzero(np.bincount(instance.ravel(), minlength=1))
        assert set(numbers.tolist()) - {0} <= set(range(1, len(expected.drawn) + 1))
        hidden += len(expected.drawn) - (len(numbers) - (1 if numbers[0] == 0 else 0))
        for number in numbers[numbers > 0]:
            assert (semantic[instance == number] == expected.drawn[number - 1][0].class_id).all()
        assert palette is not None
        for entry in classes:
            colour = colours[entry.schema_id]
            if colour:
                index = entry.index + 1
                assert "#{:02x}{:02x}{:02x}".format(*palette[3 * index : 3 * index + 3]) == colour.lower()
    assert drawn_objects == report.written["objects"]
    assert report.written["objects"] > 0
    # the demo's roads are drawn after its vehicles: where a road covers a whole vehicle, the
    # vehicle is left out of both masks, and the report says how many
    assert hidden > 0
    assert f"{hidden} object(s) are hidden entirely by objects drawn after them" in report.summary()
