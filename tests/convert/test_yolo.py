"""to_yolo: label files read back by the test's own reader (and by globox when installed)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from ango_hub.convert import (
    ConversionError,
    MissingImageSizeError,
    SkipReason,
    to_yolo,
)
from ango_hub.export_archive import export_tasks, read_export_records
from ango_hub.testing import MockHub

from ._records import DOCS_ROTATED_BOX as DOCS_ROTATED
from ._records import DOCS_ROTATED_CORNERS as DOCS_CORNERS
from ._records import YOLO_IDS as IDS
from ._records import YOLO_TOOLS as TOOLS
from ._records import yolo_box as box
from ._records import yolo_label_set as label_set
from ._records import yolo_others as others
from ._records import yolo_polygon as polygon
from ._records import yolo_record as record
from ._records import yolo_rotated as rotated
from ._records import yolo_segmentation as segmentation

Line = tuple[int, list[float]]

# --- the test's own reader: YOLO lines back to pixels ----------------------------------------


def read_lines(path: Path, width: int, height: int) -> list[Line]:
    """Every line of a label file as (class id, values in pixels): x values times the
    width, y values times the height (the de-normalisation every YOLO reader does)."""
    lines: list[Line] = []
    for text in path.read_text(encoding="utf-8").splitlines():
        fields = text.split()
        values = [float(value) for value in fields[1:]]
        assert all(0.0 <= value <= 1.0 for value in values), text
        scale = [width if index % 2 == 0 else height for index in range(len(values))]
        lines.append((int(fields[0]), [value * factor for value, factor in zip(values, scale, strict=True)]))
    return lines


def detect_boxes(path: Path, width: int, height: int) -> list[tuple[int, tuple[float, float, float, float]]]:
    """A detect file's lines as (class id, (x, y, width, height)) in pixels."""
    boxes = []
    for class_id, (cx, cy, w, h) in read_lines(path, width, height):
        boxes.append((class_id, (cx - w / 2, cy - h / 2, w, h)))
    return boxes


def points_of(values: list[float]) -> list[tuple[float, float]]:
    return list(zip(values[0::2], values[1::2], strict=True))


def assert_close(actual: Any, expected: Any, tolerance: float = 1e-6) -> None:
    flat_actual = list(_flatten(actual))
    flat_expected = list(_flatten(expected))
    assert len(flat_actual) == len(flat_expected), (actual, expected)
    for a, e in zip(flat_actual, flat_expected, strict=True):
        assert math.isclose(a, e, abs_tol=tolerance), (actual, expected)


def _flatten(value: Any) -> Any:
    if isinstance(value, list | tuple):
        for item in value:
            yield from _flatten(item)
    else:
        yield float(value)


def convert(tmp_path: Path, records: list[dict[str, Any]], **options: Any) -> tuple[Path, Any]:
    out = tmp_path / "yolo"
    options.setdefault("label_set", label_set())
    report = to_yolo(records, out, **options)
    return out, report


def files_under(path: Path) -> list[str]:
    return sorted(str(item.relative_to(path)) for item in path.rglob("*") if item.is_file())


# --- geometry ---------------------------------------------------------------------------------


def test_a_negative_box_runs_from_its_first_click(tmp_path: Path) -> None:
    out, report = convert(tmp_path, [record("cars/street.jpg", [box(100, 100, -50, -20)])])
    [(class_id, pixels)] = detect_boxes(out / "labels" / "cars" / "street.txt", 640, 480)
    assert class_id == IDS["t-car"] == 0
    assert_close(pixels, (50, 80, 50, 20))
    assert report.ok
    assert report.written["objects"] == 1
    assert report.written["tasks"] == 1


def test_detect_writes_shapes_as_their_enclosing_box(tmp_path: Path) -> None:
    objects = [
        rotated(DOCS_ROTATED),
        polygon([[10, 20], [110, 40], [60, 220]]),
        segmentation(
            [
                {"region": [[300, 300], [400, 300], [400, 350]], "holes": []},
                {"region": [[350, 200], [380, 210], [360, 260]], "holes": []},
            ]
        ),
    ]
    out, report = convert(tmp_path, [record("shapes.jpg", objects)])
    boxes = detect_boxes(out / "labels" / "shapes.txt", 640, 480)
    xs = [corner[0] for corner in DOCS_CORNERS]
    ys = [corner[1] for corner in DOCS_CORNERS]
    assert [class_id for class_id, _ in boxes] == [IDS["t-boat"], IDS["t-road"], IDS["t-lake"]]
    assert_close(boxes[0][1], (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    assert_close(boxes[1][1], (10, 20, 100, 200))
    assert_close(boxes[2][1], (300, 200, 100, 150))
    assert report.ok


def test_obb_gives_the_docs_rotated_box_corners(tmp_path: Path) -> None:
    out, report = convert(
        tmp_path, [record("boat.jpg", [rotated(DOCS_ROTATED)], size=(400, 300))], task="obb"
    )
    [(class_id, values)] = read_lines(out / "labels" / "boat.txt", 400, 300)
    assert class_id == IDS["t-boat"]
    assert_close(points_of(values), DOCS_CORNERS)
    assert report.ok


def test_obb_takes_the_records_corners_when_it_has_them(tmp_path: Path) -> None:
    # corners that x, y, width, height, rotation would not give: the record's win, in its order
    corners = [[50.5, 60.25], [150.5, 60.25], [150.5, 90.75], [50.5, 90.75]]
    geometry = {**DOCS_ROTATED, "corners": corners}
    out, _report = convert(tmp_path, [record("boat.jpg", [rotated(geometry)])], task="obb")
    [(_class_id, values)] = read_lines(out / "labels" / "boat.txt", 640, 480)
    assert_close(points_of(values), corners)


def test_obb_writes_a_box_as_its_corners_and_skips_polygons(tmp_path: Path) -> None:
    objects = [
        box(100, 100, -50, -20),
        polygon([[10, 20], [110, 40], [60, 220]]),
        segmentation([{"region": [[1, 1], [9, 1], [9, 9]]}]),
    ]
    out, report = convert(tmp_path, [record("mixed.jpg", objects)], task="obb")
    [(class_id, values)] = read_lines(out / "labels" / "mixed.txt", 640, 480)
    assert class_id == IDS["t-car"]
    assert_close(points_of(values), [(50, 80), (100, 80), (100, 100), (50, 100)])
    assert report.skipped_counts == {SkipReason.UNSUPPORTED_TOOL: 2}
    assert {item.object_id for item in report.skipped} == {"o-poly", "o-seg"}


def test_segment_writes_polygons_boxes_rotated_boxes_and_one_line_per_zone(tmp_path: Path) -> None:
    zone_a = [[300, 300], [400, 300], [400, 350]]
    zone_b = [[350, 200], [380, 210], [360, 260]]
    triangle = [[10, 20], [110, 40], [60, 220]]
    objects = [
        box(100, 100, -50, -20),
        rotated(DOCS_ROTATED),
        polygon(triangle),
        segmentation([{"region": zone_a, "holes": []}, {"region": zone_b}]),
    ]
    out, report = convert(tmp_path, [record("all.jpg", objects)], task="segment")
    lines = read_lines(out / "labels" / "all.txt", 640, 480)
    assert [class_id for class_id, _ in lines] == [
        IDS["t-car"],
        IDS["t-boat"],
        IDS["t-road"],
        IDS["t-lake"],
        IDS["t-lake"],
    ]
    assert_close(points_of(lines[0][1]), [(50, 80), (100, 80), (100, 100), (50, 100)])
    assert_close(points_of(lines[1][1]), DOCS_CORNERS)
    assert_close(points_of(lines[2][1]), triangle)
    assert_close(points_of(lines[3][1]), zone_a)
    assert_close(points_of(lines[4][1]), zone_b)
    assert report.ok
    assert report.written["objects"] == 4


def test_segment_skips_a_zone_with_holes(tmp_path: Path) -> None:
    lake = segmentation(
        [
            {"region": [[0, 0], [100, 0], [100, 100], [0, 100]], "holes": [[[40, 40], [60, 40], [60, 60]]]},
            {"region": [[200, 200], [300, 200], [300, 300]]},
        ]
    )
    out, report = convert(tmp_path, [record("lake.jpg", [lake])], task="segment")
    assert (out / "labels" / "lake.txt").read_text() == ""
    [skipped] = report.skipped
    assert skipped.reason == SkipReason.UNSUPPORTED_SHAPE
    assert skipped.object_id == "o-seg"
    assert skipped.external_id == "lake.jpg"
    # detect only needs the enclosing box: the same object is written there
    out_detect, report_detect = convert(tmp_path / "detect", [record("lake.jpg", [lake])])
    [(_class_id, pixels)] = detect_boxes(out_detect / "labels" / "lake.txt", 640, 480)
    assert_close(pixels, (0, 0, 300, 300))
    assert report_detect.ok


@pytest.mark.parametrize("task", ["detect", "segment", "obb"])
def test_points_polylines_ner_and_pdf_are_skipped_never_approximated(tmp_path: Path, task: str) -> None:
    out, report = convert(tmp_path, [record("things.jpg", [box(1, 2, 3, 4), *others()])], task=task)
    lines = read_lines(out / "labels" / "things.txt", 640, 480)
    assert [class_id for class_id, _ in lines] == [IDS["t-car"]]
    assert report.skipped_counts == {SkipReason.UNSUPPORTED_TOOL: 4}
    assert {(item.object_id, item.tool) for item in report.skipped} == {
        ("o-line", "polyline"),
        ("o-point", "point"),
        ("o-ner", "ner"),
        ("o-pdf", "pdf"),
    }
    assert not report.ok


# --- files ------------------------------------------------------------------------------------


def test_an_image_without_objects_gets_an_empty_file(tmp_path: Path) -> None:
    records = [
        record("empty.jpg", []),
        record("only-a-point.jpg", [others()[1]]),
        record("one.jpg", [box(0, 0, 64, 48)]),
    ]
    out, report = convert(tmp_path, records)
    assert files_under(out) == [
        "classes.json",
        "data.yaml",
        "labels/empty.txt",
        "labels/one.txt",
        "labels/only-a-point.txt",
    ]
    assert (out / "labels" / "empty.txt").read_bytes() == b""
    assert (out / "labels" / "only-a-point.txt").read_bytes() == b""
    assert (out / "labels" / "one.txt").read_text() == "0 0.05 0.05 0.1 0.1\n"
    assert report.written["tasks"] == 3


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
        "yolo/classes.json",
        "yolo/data.yaml",
        "yolo/labels/good.txt",
    ]
    [skipped] = report.skipped
    assert skipped.reason == SkipReason.UNSAFE_NAME
    assert skipped.external_id == "../evil.jpg"


def test_a_name_another_image_uses_as_a_folder_stops_the_conversion(tmp_path: Path) -> None:
    # labels/a.txt (the image "a.txt") and labels/a.txt/b.txt (the image "a.txt/b.jpg")
    with pytest.raises(ConversionError, match=r"a\.txt/b\.jpg"):
        convert(tmp_path, [record("a.txt", []), record("a.txt/b.jpg", [])])
    assert files_under(tmp_path) == []


def test_missing_sizes_stop_the_conversion_naming_the_images(tmp_path: Path) -> None:
    records = [
        record("sized.jpg", []),
        record("unsized-1.jpg", [], size=None),
        record("unsized-2.jpg", [], size=None),
    ]
    with pytest.raises(MissingImageSizeError) as caught:
        convert(tmp_path, records)
    assert caught.value.external_ids == ["unsized-1.jpg", "unsized-2.jpg"]
    assert files_under(tmp_path) == []
    out, report = convert(tmp_path, records, on_missing_size="skip")
    assert files_under(out / "labels") == ["sized.txt"]
    assert report.skipped_counts == {SkipReason.NO_IMAGE_SIZE: 2}


def test_an_unknown_task_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="task must be"):
        to_yolo([], tmp_path / "out", task="pose", label_set=label_set())
    assert not (tmp_path / "out").exists()


# --- objects outside their image ----------------------------------------------------------


def test_objects_reaching_outside_the_image_are_cut_to_it_and_counted(tmp_path: Path) -> None:
    objects = [
        box(600, 400, 100, 100),  # 40 x 80 inside a 640 x 480 image
        polygon([[-20, 10], [100, 10], [100, 110]], object_id="o-poly"),
        box(-10, -10, 5, 5, object_id="o-out"),  # entirely outside
    ]
    out, report = convert(tmp_path, [record("edge.jpg", objects)])
    boxes = detect_boxes(out / "labels" / "edge.txt", 640, 480)
    assert_close(boxes[0][1], (600, 400, 40, 80))
    # the polygon's part inside: x from 0 (the crossing at x=0 is at y=10) to 100
    assert_close(boxes[1][1], (0, 10, 100, 100))
    assert report.written["clipped"] == 2
    assert report.written["objects"] == 2
    [skipped] = report.skipped
    assert (skipped.reason, skipped.object_id) == (SkipReason.BROKEN_GEOMETRY, "o-out")
    assert any("cut to it" in note for note in report.notes)

    out_seg, _ = convert(tmp_path / "seg", [record("edge.jpg", objects[:2])], task="segment")
    lines = read_lines(out_seg / "labels" / "edge.txt", 640, 480)
    assert_close(points_of(lines[0][1]), [(600, 400), (640, 400), (640, 480), (600, 480)])
    # the triangle clipped at x = 0: (-20, 10) becomes (0, 10) and a new vertex on the edge
    # (the ring may start elsewhere when its first vertex was cut off)
    ring = points_of(lines[1][1])
    start = min(range(len(ring)), key=lambda index: abs(ring[index][0]) + abs(ring[index][1] - 10))
    assert_close(ring[start:] + ring[:start], [(0, 10), (100, 10), (100, 110), (0, 10 + 100 * 20 / 120)])

    out_obb, report_obb = convert(tmp_path / "obb", [record("edge.jpg", objects[:1])], task="obb")
    [(_class_id, values)] = read_lines(out_obb / "labels" / "edge.txt", 640, 480)
    assert_close(points_of(values), [(600, 400), (640, 400), (640, 480), (600, 480)])
    assert report_obb.written["clipped"] == 1


# --- classes: data.yaml and classes.json --------------------------------------------------------


def test_data_yaml_names_every_tool_in_the_label_sets_order(tmp_path: Path) -> None:
    out, _ = convert(tmp_path, [record("one.jpg", [box(1, 2, 3, 4)])])
    data = yaml.safe_load((out / "data.yaml").read_text(encoding="utf-8"))
    assert data["names"] == {index: tool["title"] for index, tool in enumerate(TOOLS)}
    assert data["nc"] == len(TOOLS)
    assert data["train"] == data["val"] == "images"
    assert "path" not in data
    classes = json.loads((out / "classes.json").read_text(encoding="utf-8"))
    assert classes[0] == {"id": 0, "name": "Car", "schemaId": "t-car", "tool": "bounding-box"}
    assert [item["id"] for item in classes] == list(range(len(TOOLS)))


def test_two_exports_one_missing_a_class_give_the_same_names(tmp_path: Path) -> None:
    first, _ = convert(tmp_path / "1", [record("a.jpg", [box(1, 2, 3, 4), rotated(DOCS_ROTATED)])])
    second, _ = convert(tmp_path / "2", [record("b.jpg", [polygon([[1, 1], [9, 1], [9, 9]])])])
    for name in ("data.yaml", "classes.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_a_tool_appended_to_the_label_set_keeps_every_id(tmp_path: Path) -> None:
    first, _ = convert(tmp_path / "1", [record("a.jpg", [polygon([[1, 1], [9, 1], [9, 9]])])])
    truck = {"schemaId": "t-truck", "title": "Truck", "tool": "bounding-box"}
    # the new label set also lists the tools in another order: the saved map decides
    grown = label_set(extra_tools=[truck])
    grown["tools"].reverse()
    truck_box = {
        "objectId": "o-truck",
        "schemaId": "t-truck",
        "bounding-box": {"x": 0, "y": 0, "width": 64, "height": 48},
    }
    second, _ = convert(
        tmp_path / "2",
        [record("a.jpg", [polygon([[1, 1], [9, 1], [9, 9]]), truck_box])],
        label_set=grown,
        class_map=first / "classes.json",
    )
    before = json.loads((first / "classes.json").read_text())
    after = json.loads((second / "classes.json").read_text())
    assert after[: len(before)] == before
    assert after[len(before) :] == [
        {"id": len(TOOLS), "name": "Truck", "schemaId": "t-truck", "tool": "bounding-box"}
    ]
    names = yaml.safe_load((second / "data.yaml").read_text())["names"]
    assert names[len(TOOLS)] == "Truck"
    assert [line[0] for line in read_lines(second / "labels" / "a.txt", 640, 480)] == [
        IDS["t-road"],
        len(TOOLS),
    ]


@pytest.mark.parametrize(
    "title",
    [
        'He said "stop": now',
        "key: value # not a comment",
        "Fußgänger 🚶 歩行者",
        "back\\slash and 'single'",
        "- a dash, [brackets], {braces}, &anchor *alias !tag %",
        "null",
        "yes",
        "0123",
        "tab\there\nnewline",
        "line\u2028separator \x85 next-line \x7f del \ufeff bom",
        " padded ",
    ],
)
def test_class_names_round_trip_through_data_yaml(tmp_path: Path, title: str) -> None:
    tools = [
        {"schemaId": "t-odd", "title": title, "tool": "bounding-box"},
        {"schemaId": "t-car", "title": "Car", "tool": "bounding-box"},
    ]
    out, _ = convert(tmp_path, [record("a.jpg", [])], label_set={"tools": tools})
    data = yaml.safe_load((out / "data.yaml").read_text(encoding="utf-8"))
    assert data["names"] == {0: title, 1: "Car"}
    assert data["nc"] == 2


# --- the mock's demo project ------------------------------------------------------------------


def _pixel_box(item: dict[str, Any]) -> tuple[float, float, float, float]:
    """The test's own reading of an export object: a box made positive, a polygon's extent."""
    if "bounding-box" in item:
        geometry = item["bounding-box"]
        x, y, w, h = geometry["x"], geometry["y"], geometry["width"], geometry["height"]
        return (min(x, x + w), min(y, y + h), abs(w), abs(h))
    xs = [point[0] for point in item["polygon"]]
    ys = [point[1] for point in item["polygon"]]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def test_the_mocks_vehicle_detection_export(ango_mock: MockHub, tmp_path: Path) -> None:
    with ango_mock.client() as hub:
        project = next(project for project in hub.projects.list() if project.name == "Vehicle detection")
        archive = hub.exports.export(project.id, tmp_path / "export.zip")
        labels = hub.projects.get_label_set(project.id).to_dict()
    out = tmp_path / "yolo"
    report = to_yolo(archive, out, label_set=labels)
    assert report.ok, report.summary()
    names = yaml.safe_load((out / "data.yaml").read_text())["names"]
    assert names == {index: tool["title"] for index, tool in enumerate(labels["tools"])}
    class_of = {tool["schemaId"]: index for index, tool in enumerate(labels["tools"])}

    images = objects = 0
    for item in read_export_records(archive):
        [task] = export_tasks(item)
        width, height = item["metadata"]["width"], item["metadata"]["height"]
        path = out / "labels" / (Path(item["externalId"]).with_suffix(".txt"))
        expected = []
        for obj in task["tools"]:
            x, y, w, h = _pixel_box(obj)
            # the image keeps what is inside it
            x0, y0 = max(0, x), max(0, y)
            x1, y1 = min(width, x + w), min(height, y + h)
            expected.append((class_of[obj["schemaId"]], (x0, y0, x1 - x0, y1 - y0)))
        actual = detect_boxes(path, width, height)
        assert [class_id for class_id, _ in actual] == [class_id for class_id, _ in expected]
        for (_, got), (_, want) in zip(actual, expected, strict=True):
            assert_close(got, want)
        images += 1
        objects += len(expected)
    assert images == report.written["tasks"] == 100
    assert objects == report.written["objects"] > 100


# --- a second reader: globox, when installed --------------------------------------------------


def test_globox_reads_the_same_boxes(tmp_path: Path) -> None:
    globox = pytest.importorskip("globox")
    objects = [box(100, 100, -50, -20), rotated(DOCS_ROTATED), polygon([[10, 20], [110, 40], [60, 220]])]
    out, _ = convert(tmp_path, [record("street.jpg", objects, size=(640, 480))])
    annotation = globox.Annotation.from_yolo_darknet(out / "labels" / "street.txt", image_size=(640, 480))
    xs = [corner[0] for corner in DOCS_CORNERS]
    ys = [corner[1] for corner in DOCS_CORNERS]
    expected = [
        ("0", (50, 80, 100, 100)),
        ("1", (min(xs), min(ys), max(xs), max(ys))),
        ("2", (10, 20, 110, 220)),
    ]
    for found, (label, ltrb) in zip(annotation.boxes, expected, strict=True):
        assert found.label == label
        assert found.ltrb == pytest.approx(ltrb, abs=1e-6)
    out_seg, _ = convert(tmp_path / "seg", [record("street.jpg", objects, size=(640, 480))], task="segment")
    segments = globox.Annotation.from_yolo_seg(out_seg / "labels" / "street.txt", image_size=(640, 480))
    for found, (label, ltrb) in zip(segments.boxes, expected, strict=True):
        assert found.label == label
        assert found.ltrb == pytest.approx(ltrb, abs=1e-6)
