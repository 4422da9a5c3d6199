"""to_voc: annotation files read back by the test's own reader (and by globox when installed)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from ango_hub.convert import ConversionError, MissingImageSizeError, SkipReason, to_voc
from ango_hub.export_archive import export_tasks, read_export_records
from ango_hub.testing import MockHub

from ._records import DOCS_ROTATED_BOX as DOCS_ROTATED
from ._records import DOCS_ROTATED_CORNERS as DOCS_CORNERS
from ._records import YOLO_TOOLS as TOOLS
from ._records import yolo_box as box
from ._records import yolo_label_set as label_set
from ._records import yolo_others as others
from ._records import yolo_polygon as polygon
from ._records import yolo_record as record
from ._records import yolo_rotated as rotated
from ._records import yolo_segmentation as segmentation

PixelBox = tuple[float, float, float, float]

# --- the test's own reader: VOC files back to pixel boxes ---------------------------------------


def read_voc(path: Path) -> dict[str, Any]:
    """A VOC file as plain data; boxes as (x, y, width, height) from 0, by the 1-based,
    inclusive VOC convention (x = xmin - 1, width = xmax - xmin + 1)."""
    root = ET.parse(path).getroot()
    assert root.tag == "annotation"
    size = root.find("size")
    assert size is not None
    objects = []
    for element in root.iter("object"):
        bndbox = element.find("bndbox")
        assert bndbox is not None
        xmin, ymin, xmax, ymax = (int(bndbox.findtext(tag, "")) for tag in ("xmin", "ymin", "xmax", "ymax"))
        attributes = {
            attribute.findtext("name"): attribute.findtext("value")
            for attribute in element.iterfind("attributes/attribute")
        }
        objects.append(
            {
                "name": element.findtext("name"),
                "pose": element.findtext("pose"),
                "truncated": element.findtext("truncated"),
                "difficult": element.findtext("difficult"),
                "box": (xmin - 1, ymin - 1, xmax - xmin + 1, ymax - ymin + 1),
                "attributes": attributes,
            }
        )
    return {
        "folder": root.findtext("folder"),
        "filename": root.findtext("filename"),
        "width": int(size.findtext("width", "")),
        "height": int(size.findtext("height", "")),
        "depth": int(size.findtext("depth", "")),
        "segmented": root.findtext("segmented"),
        "objects": objects,
    }


def assert_within_a_pixel(actual: PixelBox, expected: PixelBox) -> None:
    """Each edge within 1 px (VOC values are whole pixels)."""
    ax, ay, aw, ah = actual
    ex, ey, ew, eh = expected
    for got, want in ((ax, ex), (ay, ey), (ax + aw, ex + ew), (ay + ah, ey + eh)):
        assert abs(got - want) <= 1, (actual, expected)


def convert(tmp_path: Path, records: list[dict[str, Any]], **options: Any) -> tuple[Path, Any]:
    out = tmp_path / "voc"
    options.setdefault("label_set", label_set())
    report = to_voc(records, out, **options)
    return out, report


def files_under(path: Path) -> list[str]:
    return sorted(str(item.relative_to(path)) for item in path.rglob("*") if item.is_file())


def _enclosing(points: Sequence[Sequence[float]]) -> PixelBox:
    xs = [point[0] for point in points]
    ys = [point[1] for point in points]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


# --- geometry and layout ------------------------------------------------------------------------


def test_a_negative_box_runs_from_its_first_click(tmp_path: Path) -> None:
    out, report = convert(tmp_path, [record("cars/street.jpg", [box(100, 100, -50, -20)])])
    text = (out / "Annotations" / "cars" / "street.xml").read_text(encoding="utf-8")
    assert "<xmin>51</xmin>" in text
    assert "<ymin>81</ymin>" in text
    assert "<xmax>100</xmax>" in text
    assert "<ymax>100</ymax>" in text
    [found] = read_voc(out / "Annotations" / "cars" / "street.xml")["objects"]
    assert found["box"] == (50, 80, 50, 20)
    assert report.ok
    assert report.written["objects"] == 1


def test_the_file_has_the_voc_layout(tmp_path: Path) -> None:
    car = box(
        10.4,
        20.6,
        99.2,
        50,
        classifications=[
            {"schemaId": "c-color", "answer": "o-blue"},
            {"schemaId": "c-tags", "answer": ["o-parked", "o-dirty"]},
        ],
    )
    out, _ = convert(tmp_path, [record("city/streets/car.png", [car], size=(800, 600))])
    path = out / "Annotations" / "city" / "streets" / "car.xml"
    assert path.read_bytes().startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<annotation>")
    data = read_voc(path)
    assert {key: value for key, value in data.items() if key != "objects"} == {
        "folder": "city/streets",
        "filename": "car.png",
        "width": 800,
        "height": 600,
        "depth": 3,
        "segmented": "0",
    }
    [found] = data["objects"]
    assert found == {
        "name": "Car",
        "pose": "Unspecified",
        "truncated": "0",
        "difficult": "0",
        "box": (10, 21, 100, 50),  # xmin round(10.4)+1 = 11, xmax round(109.6) = 110; ymin 22, ymax 71
        "attributes": {"Color": "Blue", "Tags": json.dumps(["Parked", "Dirty"])},
    }
    assert_within_a_pixel(found["box"], (10.4, 20.6, 99.2, 50))
    assert (out / "ImageSets" / "Main" / "default.txt").read_text() == "city/streets/car\n"


def test_shapes_are_written_as_their_enclosing_bndbox(tmp_path: Path) -> None:
    triangle = [[10, 20], [110, 40], [60, 220]]
    zones = [[[300, 300], [400, 300], [400, 350]], [[350, 200], [380, 210], [360, 260]]]
    objects = [
        rotated(DOCS_ROTATED),
        polygon(triangle),
        segmentation(
            [{"region": zones[0], "holes": [[[390, 305], [395, 305], [395, 310]]]}, {"region": zones[1]}]
        ),
    ]
    out, report = convert(tmp_path, [record("shapes.jpg", objects)])
    found = read_voc(out / "Annotations" / "shapes.xml")["objects"]
    assert [item["name"] for item in found] == ["Boat", "Road", "Lake"]
    assert_within_a_pixel(found[0]["box"], _enclosing(DOCS_CORNERS))
    assert_within_a_pixel(found[1]["box"], _enclosing(triangle))
    assert_within_a_pixel(found[2]["box"], _enclosing(zones[0] + zones[1]))
    assert report.ok


def test_points_polylines_ner_and_pdf_are_skipped_and_reported(tmp_path: Path) -> None:
    out, report = convert(tmp_path, [record("things.jpg", [box(1, 2, 3, 4), *others()])])
    assert [item["name"] for item in read_voc(out / "Annotations" / "things.xml")["objects"]] == ["Car"]
    assert report.skipped_counts == {SkipReason.UNSUPPORTED_TOOL: 4}
    assert {item.tool for item in report.skipped} == {"polyline", "point", "ner", "pdf"}


def test_an_image_without_objects_gets_a_file_without_objects(tmp_path: Path) -> None:
    out, report = convert(tmp_path, [record("empty.jpg", []), record("one.jpg", [box(0, 0, 64, 48)])])
    assert files_under(out) == [
        "Annotations/empty.xml",
        "Annotations/one.xml",
        "ImageSets/Main/default.txt",
        "classes.json",
    ]
    empty = read_voc(out / "Annotations" / "empty.xml")
    assert empty["objects"] == []
    assert empty["folder"] == ""
    assert empty["filename"] == "empty.jpg"
    assert (out / "ImageSets" / "Main" / "default.txt").read_text() == "empty\none\n"
    assert report.written["tasks"] == 2


def test_names_and_answers_are_escaped(tmp_path: Path) -> None:
    tools = [
        {
            "schemaId": "t-odd",
            "title": 'A <b>&amp; "Co" \u00e9\U0001f697',
            "tool": "bounding-box",
            "classifications": [{"schemaId": "c-note", "title": "Note <&>", "tool": "text"}],
        }
    ]
    odd = {
        "objectId": "o-odd",
        "schemaId": "t-odd",
        "bounding-box": {"x": 1, "y": 1, "width": 5, "height": 5},
        "classifications": [{"schemaId": "c-note", "answer": "x < y && \x01bell ]]> done"}],
    }
    out, report = convert(tmp_path, [record("odd.jpg", [odd])], label_set={"tools": tools})
    [found] = read_voc(out / "Annotations" / "odd.xml")["objects"]
    assert found["name"] == 'A <b>&amp; "Co" \u00e9\U0001f697'
    # a control character cannot be written in XML 1.0 at all: it is replaced, and said so
    assert found["attributes"] == {"Note <&>": "x < y && \ufffdbell ]]> done"}
    assert any("U+FFFD" in note for note in report.notes)


def test_an_object_reaching_outside_is_cut_and_marked_truncated(tmp_path: Path) -> None:
    objects = [box(600, 400, 100, 100), box(-10, -10, 5, 5, object_id="o-out")]
    out, report = convert(tmp_path, [record("edge.jpg", objects)])
    [found] = read_voc(out / "Annotations" / "edge.xml")["objects"]
    assert found["box"] == (600, 400, 40, 80)
    assert found["truncated"] == "1"
    assert report.written["clipped"] == 1
    assert [(item.reason, item.object_id) for item in report.skipped] == [
        (SkipReason.BROKEN_GEOMETRY, "o-out")
    ]


# --- files ------------------------------------------------------------------------------------


def test_two_externalids_with_one_stem_are_refused_by_name_and_nothing_is_written(tmp_path: Path) -> None:
    records = [record("a.jpg", [box(1, 2, 3, 4)]), record("b.jpg", []), record("a.png", [])]
    with pytest.raises(ConversionError) as caught:
        convert(tmp_path, records)
    assert "'a.jpg'" in str(caught.value)
    assert "'a.png'" in str(caught.value)
    assert files_under(tmp_path) == []


def test_an_unsafe_externalid_is_skipped_and_nothing_leaves_out_dir(tmp_path: Path) -> None:
    records = [record("../evil.jpg", [box(1, 2, 3, 4)]), record("good.jpg", [])]
    _out, report = convert(tmp_path, records)
    assert files_under(tmp_path) == [
        "voc/Annotations/good.xml",
        "voc/ImageSets/Main/default.txt",
        "voc/classes.json",
    ]
    [skipped] = report.skipped
    assert (skipped.reason, skipped.external_id) == (SkipReason.UNSAFE_NAME, "../evil.jpg")


def test_missing_sizes_stop_the_conversion_naming_the_images(tmp_path: Path) -> None:
    records = [record("sized.jpg", []), record("unsized.jpg", [], size=None)]
    with pytest.raises(MissingImageSizeError) as caught:
        convert(tmp_path, records)
    assert caught.value.external_ids == ["unsized.jpg"]
    assert files_under(tmp_path) == []


def test_classes_json_follows_the_label_set(tmp_path: Path) -> None:
    first, _ = convert(tmp_path / "1", [record("a.jpg", [box(1, 2, 3, 4)])])
    second, _ = convert(tmp_path / "2", [record("b.jpg", [polygon([[1, 1], [9, 1], [9, 9]])])])
    assert (first / "classes.json").read_bytes() == (second / "classes.json").read_bytes()
    classes = json.loads((first / "classes.json").read_text())
    assert [(item["id"], item["name"]) for item in classes] == [
        (index, tool["title"]) for index, tool in enumerate(TOOLS)
    ]


# --- the mock's demo project ------------------------------------------------------------------


def test_the_mocks_vehicle_detection_export(ango_mock: MockHub, tmp_path: Path) -> None:
    with ango_mock.client() as hub:
        project = next(project for project in hub.projects.list() if project.name == "Vehicle detection")
        archive = hub.exports.export(project.id, tmp_path / "export.zip")
        labels = hub.projects.get_label_set(project.id).to_dict()
    out = tmp_path / "voc"
    report = to_voc(archive, out, label_set=labels)
    assert report.ok, report.summary()
    title_of = {tool["schemaId"]: tool["title"] for tool in labels["tools"]}
    images = objects = 0
    for item in read_export_records(archive):
        [task] = export_tasks(item)
        width, height = item["metadata"]["width"], item["metadata"]["height"]
        data = read_voc(out / "Annotations" / Path(item["externalId"]).with_suffix(".xml"))
        assert (data["filename"], data["width"], data["height"]) == (
            Path(item["externalId"]).name,
            width,
            height,
        )
        assert [found["name"] for found in data["objects"]] == [
            title_of[obj["schemaId"]] for obj in task["tools"]
        ]
        for found, obj in zip(data["objects"], task["tools"], strict=True):
            if "bounding-box" in obj:
                geometry = obj["bounding-box"]
                x, y, w, h = geometry["x"], geometry["y"], geometry["width"], geometry["height"]
                expected = (min(x, x + w), min(y, y + h), abs(w), abs(h))
            else:
                expected = _enclosing(obj["polygon"])
            assert_within_a_pixel(found["box"], expected)
            if obj.get("classifications"):
                assert found["attributes"]  # the nested radio "Type"
        images += 1
        objects += len(task["tools"])
    assert images == report.written["tasks"] == 100
    assert objects == report.written["objects"] > 100


# --- a second reader: globox, when installed --------------------------------------------------


def test_globox_reads_the_same_boxes(tmp_path: Path) -> None:
    globox = pytest.importorskip("globox")
    triangle = [[10, 20], [110, 40], [60, 220]]
    objects = [box(100, 100, -50, -20), rotated(DOCS_ROTATED), polygon(triangle)]
    out, _ = convert(tmp_path, [record("street.jpg", objects), record("sub/empty.jpg", [])])
    annotations = globox.AnnotationSet.from_pascal_voc(out / "Annotations", recursive=True)
    assert sorted(annotation.image_id for annotation in annotations) == ["empty.jpg", "street.jpg"]
    street = annotations["street.jpg"]
    assert street.image_size == (640, 480)
    expected = [("Car", (50, 80, 50, 20)), ("Boat", _enclosing(DOCS_CORNERS)), ("Road", _enclosing(triangle))]
    for found, (name, pixels) in zip(street.boxes, expected, strict=True):
        assert found.label == name
        # globox reads the values as they are; VOC counts pixels from 1 (xmin - 1 is the edge)
        left, top, right, bottom = found.ltrb
        assert_within_a_pixel((left - 1, top - 1, right - left + 1, bottom - top + 1), pixels)
