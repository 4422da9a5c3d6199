"""``to_coco``: the file it writes, read back with pycocotools (the independent reader)."""

from __future__ import annotations

import contextlib
import io
import json
import math
import sys
import tracemalloc
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ango_hub import Client
from ango_hub.convert import (
    ConversionError,
    MissingExtraError,
    MissingImageSizeError,
    SkipReason,
    to_coco,
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

COCO = pytest.importorskip("pycocotools.coco").COCO
COCOeval = pytest.importorskip("pycocotools.cocoeval").COCOeval
mask_utils = pytest.importorskip("pycocotools.mask")

Json = dict[str, Any]

# pycocotools' own decode under numpy 2 (annToMask in these tests); the writer silences it itself
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning"
)

#: The export format page's rotated box (``data/ango-export-format``), and its ``corners``.
DOCS_BOX: dict[str, float] = {
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


def quiet_coco(path: Path) -> Any:
    """``COCO(path)`` without its prints."""
    with contextlib.redirect_stdout(io.StringIO()):
        return COCO(str(path))


def convert(records: list[Json], out: Path, **options: Any) -> tuple[Any, Json]:
    """Convert ``records`` into ``out``; the report and the file's JSON."""
    options.setdefault("label_set", label_set())
    report = to_coco(records, out, **options)
    return report, json.loads((out / "annotations.json").read_text("utf-8"))


def close(actual: float, expected: float, tolerance: float = 0.01) -> bool:
    return abs(actual - expected) <= tolerance * abs(expected)


# --- the file as pycocotools reads it -------------------------------------------------------


def scene() -> list[Json]:
    """Three images of every shape COCO holds; the expected areas are worked out by hand."""
    return [
        record(
            "street/a.jpg",
            [
                box(10, 20, 100, 50, color="o-red"),  # 5000
                box(300, 200, -80, -40),  # 3200, [220, 160, 80, 40]
                polygon([[400, 50], [600, 50], [500, 250]]),  # triangle: 200 * 200 / 2 = 20000
                rotated(250, 300, 120, 80, 30),  # 9600
            ],
            classifications=[{"schemaId": "c-weather", "title": "Weather", "answer": "o-rainy"}],
        ),
        record(
            "street/b.jpg",
            [
                zones((square(100, 100, 200), [square(150, 150, 100)])),  # 40000 - 10000 = 30000
                zones((square(400, 50, 100), []), (square(400, 300, 50), [])),  # 10000 + 2500 = 12500
                box(500, 400, 60, 60, color="o-blue"),  # 3600
            ],
        ),
        record(
            "street/c.jpg",
            [
                # two zones, one of them with two holes: one annotation, an RLE
                zones(
                    (square(20, 20, 200), [square(40, 40, 50), square(120, 120, 60)]),  # 40000-2500-3600
                    (square(300, 300, 100), []),  # 10000
                ),
                polygon(square(400, 20, 120)),  # 14400
            ],
            size=(800, 600),
        ),
    ]


EXPECTED_AREAS = {
    ("street/a.jpg", 1): [5000, 3200],
    ("street/a.jpg", 3): [20000],
    ("street/a.jpg", 2): [9600],
    ("street/b.jpg", 4): [30000, 12500],
    ("street/b.jpg", 1): [3600],
    ("street/c.jpg", 4): [40000 - 2500 - 3600 + 10000],
    ("street/c.jpg", 3): [14400],
}


def test_pycocotools_reads_counts_boxes_and_areas(tmp_path: Path) -> None:
    report, data = convert(scene(), tmp_path / "coco")
    assert report.ok, report.summary()
    assert report.written["images"] == 3
    assert report.written["objects"] == 9
    coco = quiet_coco(tmp_path / "coco" / "annotations.json")

    names = {category["id"]: category["name"] for category in coco.loadCats(coco.getCatIds())}
    counts = {names[cat]: len(coco.getAnnIds(catIds=[cat])) for cat in coco.getCatIds()}
    assert counts == {
        "Car": 3,
        "Boat": 1,
        "Road": 2,
        "Lake": 3,
        "Lane": 0,
        "Sign": 0,
        "Name": 0,
        "Area": 0,
    }

    images = {image["file_name"]: image for image in coco.loadImgs(coco.getImgIds())}
    assert [image["id"] for image in data["images"]] == [1, 2, 3]
    assert images["street/c.jpg"]["width"] == 800
    assert images["street/c.jpg"]["height"] == 600
    for (file_name, category_id), expected in EXPECTED_AREAS.items():
        anns = coco.loadAnns(coco.getAnnIds(imgIds=[images[file_name]["id"]], catIds=[category_id]))
        assert len(anns) == len(expected), (file_name, category_id)
        for ann, area in zip(
            sorted(anns, key=lambda a: -a["area"]), sorted(expected, reverse=True), strict=True
        ):
            assert close(ann["area"], area), (file_name, category_id, ann["area"], area)
            # the segmentation rasterised by pycocotools covers the same area
            pixels = int(coco.annToMask(ann).sum())
            assert close(pixels, area), (file_name, category_id, pixels, area)
            assert ann["iscrowd"] == 0
            x, y, w, h = ann["bbox"]
            assert w > 0
            assert h > 0
            # the box holds the whole segmentation
            bx, by, bw, bh = mask_utils.toBbox(coco.annToRLE(ann))
            assert bx >= math.floor(x)
            assert by >= math.floor(y)
            assert bx + bw <= math.ceil(x + w)
            assert by + bh <= math.ceil(y + h)


def test_negative_box_becomes_positive(tmp_path: Path) -> None:
    _report, data = convert([record("a.jpg", [box(100, 100, -50, -20)])], tmp_path / "coco")
    (ann,) = data["annotations"]
    assert ann["bbox"] == [50, 80, 50, 20]
    assert ann["area"] == 1000
    assert ann["segmentation"] == [[50, 80, 100, 80, 100, 100, 50, 100]]


def test_attributes_are_the_classification_answers(tmp_path: Path) -> None:
    _report, data = convert(scene(), tmp_path / "coco")
    cars = [ann for ann in data["annotations"] if ann["category_id"] == 1]
    assert [ann["attributes"] for ann in cars] == [{"Color": "Red"}, {}, {"Color": "Blue"}]
    assert data["images"][0]["attributes"] == {"Weather": "Rainy"}
    assert data["info"]["description"].startswith("Converted from an Ango Hub export")
    assert data["info"]["date_created"]
    assert data["licenses"] == []


def test_cocoeval_of_the_ground_truth_against_itself_is_perfect(tmp_path: Path) -> None:
    convert(scene(), tmp_path / "coco")
    gt = quiet_coco(tmp_path / "coco" / "annotations.json")
    anns = gt.loadAnns(gt.getAnnIds())
    for iou_type in ("bbox", "segm"):
        if iou_type == "bbox":
            results = [
                {"image_id": a["image_id"], "category_id": a["category_id"], "bbox": a["bbox"], "score": 1.0}
                for a in anns
            ]
        else:
            results = [
                {
                    "image_id": a["image_id"],
                    "category_id": a["category_id"],
                    "segmentation": gt.annToRLE(a),
                    "score": 1.0,
                }
                for a in anns
            ]
        with contextlib.redirect_stdout(io.StringIO()):
            detections = gt.loadRes(results)
            evaluation = COCOeval(gt, detections, iou_type)
            evaluation.evaluate()
            evaluation.accumulate()
            evaluation.summarize()
        assert evaluation.stats[0] == pytest.approx(1.0), iou_type  # AP @ IoU 0.50:0.95
        assert evaluation.stats[1] == pytest.approx(1.0), iou_type  # AP @ IoU 0.50


# --- rotated boxes and segmentations ----------------------------------------------------------


def test_docs_rotated_box_without_corners_gives_the_docs_corners(tmp_path: Path) -> None:
    _report, data = convert(
        [
            record(
                "a.jpg",
                [
                    rotated(
                        DOCS_BOX["x"],
                        DOCS_BOX["y"],
                        DOCS_BOX["width"],
                        DOCS_BOX["height"],
                        DOCS_BOX["rotation"],
                    )
                ],
            )
        ],
        tmp_path / "coco",
    )
    (ann,) = data["annotations"]
    (ring,) = ann["segmentation"]
    assert len(ring) == 8
    for (x, y), (ex, ey) in zip(zip(ring[::2], ring[1::2], strict=True), DOCS_CORNERS, strict=True):
        assert x == pytest.approx(ex, abs=1e-6)
        assert y == pytest.approx(ey, abs=1e-6)
    assert ann["area"] == pytest.approx(DOCS_BOX["width"] * DOCS_BOX["height"], rel=1e-9)
    xs, ys = [c[0] for c in DOCS_CORNERS], [c[1] for c in DOCS_CORNERS]
    assert ann["bbox"] == pytest.approx([min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)])


def test_rotated_box_with_corners_uses_them_in_the_records_order(tmp_path: Path) -> None:
    # corners that the box's x/y/width/height would not give: the corners win, as given
    corners = [[300.0, 100.0], [400.0, 150.0], [350.0, 250.0], [250.0, 200.0]]
    item = rotated(0, 0, 10, 10, 0, corners=corners)
    _report, data = convert([record("a.jpg", [item])], tmp_path / "coco")
    (ann,) = data["annotations"]
    assert ann["segmentation"] == [[300, 100, 400, 150, 350, 250, 250, 200]]
    assert ann["bbox"] == [250, 100, 150, 150]
    # a rectangle turned: its sides are (100, 50) and (-50, 100), its area their cross product
    assert ann["area"] == pytest.approx(100 * 100 - 50 * (-50))


def test_multi_zone_segmentation_is_one_annotation(tmp_path: Path) -> None:
    item = zones((square(0, 0, 100), []), (square(200, 0, 100), [square(220, 20, 10)]))
    _report, data = convert([record("a.jpg", [item])], tmp_path / "coco")
    (ann,) = data["annotations"]
    rle = ann["segmentation"]
    assert isinstance(rle, dict)
    assert isinstance(rle["counts"], str)
    assert rle["size"] == [480, 640]
    assert ann["area"] == pytest.approx(10000 + 10000 - 100, rel=0.01)
    assert ann["bbox"] == [0, 0, 300, 100]
    # a hole is a hole: its centre pixel is not in the mask, the region's is
    pixels = mask_utils.decode({"size": rle["size"], "counts": rle["counts"].encode()})
    assert pixels[25, 225] == 0
    assert pixels[50, 250] == 1
    assert pixels[50, 50] == 1


def test_zones_without_holes_stay_polygons(tmp_path: Path) -> None:
    item = zones((square(0, 0, 10), []), (square(20, 20, 10), []))
    _report, data = convert([record("a.jpg", [item])], tmp_path / "coco")
    (ann,) = data["annotations"]
    assert ann["segmentation"] == [[0, 0, 10, 0, 10, 10, 0, 10], [20, 20, 30, 20, 30, 30, 20, 30]]
    assert ann["area"] == 200


# --- images and classes -----------------------------------------------------------------------


def test_an_image_without_objects_is_kept(tmp_path: Path) -> None:
    records = [
        record("empty.jpg", []),
        record("full.jpg", [box(1, 1, 5, 5)]),
        record("only-points.jpg", [point(3, 3)]),
    ]
    report, data = convert(records, tmp_path / "coco")
    assert [(image["id"], image["file_name"]) for image in data["images"]] == [
        (1, "empty.jpg"),
        (2, "full.jpg"),
        (3, "only-points.jpg"),
    ]
    assert [ann["image_id"] for ann in data["annotations"]] == [2]
    assert report.written["images"] == 3
    coco = quiet_coco(tmp_path / "coco" / "annotations.json")
    assert coco.getAnnIds(imgIds=[1]) == []


def test_categories_come_from_the_label_set_not_the_export(tmp_path: Path) -> None:
    both = [record("a.jpg", [box(1, 1, 5, 5), polygon(square(10, 10, 5))])]
    cars_only = [record("b.jpg", [box(1, 1, 5, 5)])]
    _r1, first = convert(both, tmp_path / "one")
    _r2, second = convert(cars_only, tmp_path / "two")
    assert first["categories"] == second["categories"]
    assert [(c["id"], c["name"], c["supercategory"]) for c in first["categories"]] == [
        (1, "Car", "bounding-box"),
        (2, "Boat", "rotated-bounding-box"),
        (3, "Road", "polygon"),
        (4, "Lake", "segmentation"),
        (5, "Lane", "polyline"),
        (6, "Sign", "point"),
        (7, "Name", "ner"),
        (8, "Area", "pdf"),
    ]
    one = (tmp_path / "one" / "classes.json").read_text("utf-8")
    assert one == (tmp_path / "two" / "classes.json").read_text("utf-8")
    classes = json.loads(one)
    assert [(c["id"], c["name"], c["schemaId"], c["tool"]) for c in classes][:3] == [
        (1, "Car", "t-car", "bounding-box"),
        (2, "Boat", "t-boat", "rotated-bounding-box"),
        (3, "Road", "t-road", "polygon"),
    ]
    assert [c["id"] for c in classes] == [c["id"] for c in first["categories"]]


def test_a_tool_added_to_the_label_set_changes_no_id(tmp_path: Path) -> None:
    convert([record("a.jpg", [box(1, 1, 5, 5)])], tmp_path / "before")
    grown = label_set()
    # the new tool comes first in the label set's order: it is still appended
    grown["tools"].insert(0, {"schemaId": "t-truck", "title": "Truck", "tool": "bounding-box"})
    _report, after = convert(
        [
            record(
                "a.jpg",
                [
                    box(1, 1, 5, 5),
                    {
                        "objectId": "x",
                        "schemaId": "t-truck",
                        "bounding-box": {"x": 1, "y": 1, "width": 2, "height": 2},
                    },
                ],
            )
        ],
        tmp_path / "after",
        label_set=grown,
        class_map=tmp_path / "before" / "classes.json",
    )
    before = json.loads((tmp_path / "before" / "annotations.json").read_text("utf-8"))
    assert after["categories"][: len(before["categories"])] == before["categories"]
    assert after["categories"][-1] == {"id": 9, "name": "Truck", "supercategory": "bounding-box"}
    assert [ann["category_id"] for ann in after["annotations"]] == [1, 9]
    saved = json.loads((tmp_path / "after" / "classes.json").read_text("utf-8"))
    assert [(c["id"], c["schemaId"]) for c in saved][-1] == (9, "t-truck")


# --- what COCO cannot hold --------------------------------------------------------------------


def test_points_polylines_ner_and_pdf_are_skipped_and_reported(tmp_path: Path) -> None:
    items = [point(5, 5), polyline([[0, 0], [10, 10], [20, 0]]), ner(0, 4), pdf_area(1), box(1, 1, 5, 5)]
    report, data = convert([record("a.jpg", items)], tmp_path / "coco")
    assert len(data["annotations"]) == 1
    assert not report.ok
    assert report.skipped_counts == Counter({SkipReason.UNSUPPORTED_TOOL: 4})
    assert sorted(item.tool or "" for item in report.skipped) == ["ner", "pdf", "point", "polyline"]
    assert {item.external_id for item in report.skipped} == {"a.jpg"}
    assert {item.object_id for item in report.skipped} == {item["objectId"] for item in items[:4]}


def test_objects_on_a_later_page_are_skipped_and_reported(tmp_path: Path) -> None:
    items = [polygon(square(0, 0, 10), page=0), polygon(square(0, 0, 10), page=2)]
    report, data = convert([record("scan.tiff", items)], tmp_path / "coco")
    assert len(data["annotations"]) == 1
    (skipped,) = report.skipped
    assert skipped.reason == SkipReason.UNSUPPORTED_SHAPE
    assert skipped.object_id == items[1]["objectId"]
    assert "page 2" in skipped.detail


# --- missing sizes, failures, nothing half-written ---------------------------------------------


def test_missing_image_size_names_the_images_and_writes_nothing(tmp_path: Path) -> None:
    records = [
        record("sized.jpg", [box(1, 1, 5, 5)]),
        record("nobody-opened-me.jpg", [box(1, 1, 5, 5)], size=None),
        record("me-neither.jpg", [], size=None),
    ]
    out = tmp_path / "coco"
    with pytest.raises(MissingImageSizeError) as caught:
        to_coco(records, out, label_set=label_set())
    assert caught.value.external_ids == ["nobody-opened-me.jpg", "me-neither.jpg"]
    assert "nobody-opened-me.jpg" in str(caught.value)
    assert "me-neither.jpg" in str(caught.value)
    assert not out.exists() or list(out.iterdir()) == []


def test_missing_image_size_skipped_on_request(tmp_path: Path) -> None:
    records = [record("sized.jpg", [box(1, 1, 5, 5)]), record("unsized.jpg", [box(1, 1, 5, 5)], size=None)]
    report, data = convert(records, tmp_path / "coco", on_missing_size="skip")
    assert [image["file_name"] for image in data["images"]] == ["sized.jpg"]
    assert len(data["annotations"]) == 1
    (skipped,) = report.skipped
    assert (skipped.reason, skipped.external_id) == (SkipReason.NO_IMAGE_SIZE, "unsized.jpg")


def test_an_error_midway_leaves_no_annotations_json(tmp_path: Path) -> None:
    def records() -> Iterator[Json]:
        yield record("a.jpg", [box(1, 1, 5, 5)])
        yield record("b.jpg", [box(1, 1, 5, 5)])
        raise RuntimeError("the network went away")

    out = tmp_path / "coco"
    with pytest.raises(RuntimeError, match="network"):
        to_coco(records(), out, label_set=label_set())
    assert list(out.iterdir()) == []

    # into a directory with an earlier conversion (force=True): the old file is left as it was
    convert([record("old.jpg", [])], tmp_path / "again")
    old = (tmp_path / "again" / "annotations.json").read_bytes()
    with pytest.raises(RuntimeError):
        to_coco(records(), tmp_path / "again", label_set=label_set(), force=True)
    assert (tmp_path / "again" / "annotations.json").read_bytes() == old
    assert sorted(p.name for p in (tmp_path / "again").iterdir()) == ["annotations.json", "classes.json"]


def test_two_images_with_one_file_name_are_refused(tmp_path: Path) -> None:
    records = [record("dup.jpg", [], task_id="t1"), record("DUP.jpg", [], task_id="t2")]
    with pytest.raises(ConversionError, match=r"dup\.jpg"):
        to_coco(records, tmp_path / "coco", label_set=label_set())
    assert list((tmp_path / "coco").iterdir()) == []


def test_only_the_outputs_are_left_in_out_dir(tmp_path: Path) -> None:
    convert(scene(), tmp_path / "coco")
    assert sorted(p.name for p in (tmp_path / "coco").iterdir()) == ["annotations.json", "classes.json"]


def test_missing_pycocotools_is_named_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pycocotools", None)
    monkeypatch.setitem(sys.modules, "pycocotools.mask", None)
    out = tmp_path / "coco"
    with pytest.raises(MissingExtraError) as caught:
        to_coco([record("a.jpg", [])], out, label_set=label_set())
    assert caught.value.extra == "coco"
    assert "pycocotools" in str(caught.value)
    assert "ango-hub[coco]" in str(caught.value)
    assert not out.exists()


def test_memory_is_per_image_not_per_dataset(tmp_path: Path) -> None:
    """Peak memory hardly grows with the number of images: 400 more images of 8 objects
    (3,200 annotations, about 3 MB as dicts) add less than 1 MiB (the driver's index of
    file names, about a hundred bytes an image, is most of what grows)."""

    def records(count: int) -> Iterator[Json]:
        for number in range(count):
            yield record(
                f"img-{number:05d}.jpg",
                [box(10 + k, 10, 20, 30, color="o-red") for k in range(6)]
                + [polygon(square(100, 100, 50)), rotated(300, 200, 40, 20, 15)],
            )

    to_coco(records(5), tmp_path / "warm-up", label_set=label_set())  # imports, caches
    peaks = []
    tracemalloc.start()
    try:
        for count in (100, 500):
            tracemalloc.reset_peak()
            report = to_coco(records(count), tmp_path / f"coco-{count}", label_set=label_set())
            peaks.append(tracemalloc.get_traced_memory()[1])
            assert report.written["objects"] == 8 * count
    finally:
        tracemalloc.stop()
    data = json.loads((tmp_path / "coco-500" / "annotations.json").read_text("utf-8"))
    assert len(data["annotations"]) == 4000
    assert data["annotations"][-1]["id"] == 4000
    growth = peaks[1] - peaks[0]
    assert growth < 1 << 20, f"peak {peaks[0] / 2**20:.2f} -> {peaks[1] / 2**20:.2f} MiB"


# --- a real export from the mock ---------------------------------------------------------------


def test_converts_the_mocks_vehicle_detection_export(ango_client: Client, tmp_path: Path) -> None:
    project_id = next(p.id for p in ango_client.projects.list() if p.name == "Vehicle detection")
    archive = ango_client.exports.export(project_id, tmp_path / "export.zip")
    schema = ango_client.projects.get_label_set(project_id).to_dict()

    report = to_coco(archive, tmp_path / "coco", label_set=schema)
    assert report.ok, report.summary()

    # what the export holds, read straight from the archive
    with zipfile.ZipFile(archive) as zipped:
        (member,) = [name for name in zipped.namelist() if name.endswith(".json")]
        records = json.loads(zipped.read(member))
    titles = {tool["schemaId"]: tool["title"] for tool in schema["tools"]}
    expected = Counter(titles[item["schemaId"]] for rec in records for item in rec["task"]["tools"])
    assert expected  # the demo project has annotated tasks

    coco = quiet_coco(tmp_path / "coco" / "annotations.json")
    names = {category["id"]: category["name"] for category in coco.loadCats(coco.getCatIds())}
    assert list(names.values()) == ["Vehicle", "Road"]
    assert Counter({names[c]: len(coco.getAnnIds(catIds=[c])) for c in names}) == expected
    images = coco.loadImgs(coco.getImgIds())
    assert [image["file_name"] for image in images] == [rec["externalId"] for rec in records]
    assert all(image["width"] > 0 and image["height"] > 0 for image in images)
    for ann in coco.loadAnns(coco.getAnnIds()):
        assert ann["area"] > 0
        assert ann["bbox"][2] > 0
        assert ann["bbox"][3] > 0
        if names[ann["category_id"]] == "Vehicle":
            assert set(ann["attributes"]) == {"Type"}
            assert ann["attributes"]["Type"] in {"Car", "Truck", "Bus"}
