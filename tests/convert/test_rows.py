"""The row layer of ango_hub.convert: class ids, normalised geometry, answers, skips."""

from __future__ import annotations

import math
from typing import Any

import pytest

from ango_hub.convert import ClassMap, ConversionError, ConversionReport, SkipReason, iter_objects, iter_tasks
from ango_hub.label_set import LabelSet, Tool
from ango_hub_api.models import ExportAsset

from ._records import DOCS_ROTATED_BOX, DOCS_ROTATED_CORNERS, LABEL_SET, box, label_set, obj, record, tool


def rows(*records: dict[str, Any], report: ConversionReport | None = None, **options: Any) -> list[Any]:
    options.setdefault("label_set", LABEL_SET)
    return list(iter_objects(list(records), report=report, **options))


# --- class ids ------------------------------------------------------------------------------


def test_every_tool_gets_an_id_in_the_label_sets_order() -> None:
    classes = ClassMap.from_label_set(LABEL_SET)
    assert [(entry.index, entry.name, entry.tool) for entry in classes] == [
        (0, "Car", "bounding-box"),
        (1, "Sign", "rotated-bounding-box"),
        (2, "Road", "polygon"),
        (3, "Tree", "segmentation"),
        (4, "Lane", "polyline"),
        (5, "Wheel", "point"),
        (6, "Person", "ner"),
        (7, "Clause", "pdf"),
    ]
    assert classes.to_list(first_id=1)[0] == {
        "id": 1,
        "name": "Car",
        "schemaId": "t-box",
        "tool": "bounding-box",
    }


def test_a_tool_added_later_is_appended_and_no_id_changes(tmp_path: Any) -> None:
    before = ClassMap.from_label_set(label_set(tool("a", "A", "polygon"), tool("b", "B", "bounding-box")))
    before.save(tmp_path / "classes.json", first_id=1)
    # The label set gained a tool at the front and lost one: ids of the map stay.
    later = label_set(tool("z", "Z", "point"), tool("a", "A", "polygon"))
    after = ClassMap.load(tmp_path / "classes.json").extended(later)
    assert [(entry.index, entry.schema_id) for entry in after] == [(0, "a"), (1, "b"), (2, "z")]


def test_the_data_never_decides_ids() -> None:
    # Only the polygon tool is drawn: its id is still its place in the label set.
    (row,) = rows(record("a.jpg", [obj("t-poly", "polygon", [[0, 0], [10, 0], [0, 10]])]))
    assert (row.class_id, row.class_name) == (2, "Road")
    (row,) = rows(record("a.jpg", [obj("t-poly", "polygon", [[0, 0], [10, 0], [0, 10]])]), first_id=1)
    assert row.class_id == 3


def test_a_label_set_builder_works_as_well_as_its_json() -> None:
    built = LabelSet().tool("Car", Tool.BOUNDING_BOX).tool("Road", Tool.POLYGON)
    classes = ClassMap.from_label_set(built)
    assert classes.names == ["Car", "Road"]
    assert classes == ClassMap.from_label_set(built.to_dict())


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([{"id": 0, "name": "A", "schemaId": "a"}, {"id": 2, "name": "B", "schemaId": "b"}], "no gap"),
        ([{"id": 0, "name": "A", "schemaId": "a"}, {"id": 1, "name": "B", "schemaId": "a"}], "two classes"),
        ([{"id": "0", "name": "A", "schemaId": "a"}], "not an integer"),
        ([{"name": "A", "schemaId": "a"}], "has no id"),
        ({"not": "a list"}, "JSON list"),
    ],
)
def test_a_broken_class_map_is_refused(document: Any, message: str) -> None:
    with pytest.raises(ConversionError, match=message):
        ClassMap.from_list(document)


def test_a_label_set_or_a_class_map_is_needed() -> None:
    with pytest.raises(ConversionError, match="never from the data"):
        list(iter_objects([record("a.jpg")]))


def test_a_class_map_alone_is_enough(tmp_path: Any) -> None:
    ClassMap.from_label_set(LABEL_SET).save(tmp_path / "classes.json")
    (row,) = list(iter_objects([record("a.jpg", [box(1, 2, 3, 4)])], class_map=tmp_path / "classes.json"))
    assert (row.class_id, row.class_name) == (0, "Car")


# --- geometry -------------------------------------------------------------------------------


def test_a_box_drawn_from_its_bottom_right_corner_is_made_positive() -> None:
    (row,) = rows(record("a.jpg", [box(100, 100, -50, -20)]))
    assert row.bbox == (50, 80, 50, 20)


def test_the_docs_rotated_box_without_corners_gives_the_docs_corners() -> None:
    (row,) = rows(record("a.jpg", [obj("t-rbox", "rotated-bounding-box", dict(DOCS_ROTATED_BOX))]))
    assert row.corners is not None
    for got, want in zip(row.corners, DOCS_ROTATED_CORNERS, strict=True):
        assert math.dist(got, want) < 1e-6
    assert row.rotation == DOCS_ROTATED_BOX["rotation"]
    xs = [point[0] for point in DOCS_ROTATED_CORNERS]
    assert row.bbox is not None
    assert row.bbox[0] == pytest.approx(min(xs))


def test_corners_given_by_the_record_are_taken_as_they_are() -> None:
    corners = [[10, 10], [10, 30], [50, 30], [50, 10]]
    geometry = {**DOCS_ROTATED_BOX, "corners": corners}
    (row,) = rows(record("a.jpg", [obj("t-rbox", "rotated-bounding-box", geometry)]))
    assert row.corners == tuple(tuple(point) for point in corners)
    assert row.bbox == (10, 10, 40, 20)


def test_each_tool_is_normalised() -> None:
    objects = [
        obj("t-poly", "polygon", [[0, 0], [10, 0], [10, 10]]),
        obj("t-line", "polyline", [[1, 1], [5, 9]]),
        obj("t-point", "point", [3, 4]),
        obj(
            "t-seg",
            "segmentation",
            {
                "zones": [
                    {
                        "region": [[0, 0], [100, 0], [100, 100], [0, 100]],
                        "holes": [[[10, 10], [20, 10], [20, 20]]],
                    }
                ]
            },
        ),
        obj("t-ner", "ner", {"start": 3, "end": 9}),
        obj(
            "t-pdf",
            "pdf",
            {"position": {"boundingRect": {"x1": 5, "y1": 6, "x2": 15, "y2": 26}, "pageNumber": 2}},
        ),
    ]
    polygon, polyline, point, segmentation, ner, pdf = rows(record("a.jpg", objects))
    assert polygon.points == ((0, 0), (10, 0), (10, 10))
    assert polygon.bbox == (0, 0, 10, 10)
    assert polyline.bbox == (1, 1, 4, 8)
    assert point.points == ((3, 4),)
    assert point.bbox is None
    assert segmentation.zones is not None
    assert segmentation.zones[0].holes == (((10, 10), (20, 10), (20, 20)),)
    assert segmentation.bbox == (0, 0, 100, 100)
    assert ner.span == (3, 9)
    assert (pdf.page_number, pdf.bbox) == (2, (5, 6, 10, 20))


@pytest.mark.parametrize(
    ("broken", "detail"),
    [
        (obj("t-poly", "polygon", [[0, 0], [10, 0]]), "needs at least 3"),
        (obj("t-poly", "polygon", [[0, 0], [10, 0], [20, 0]]), "no area"),
        (box(1, 2, float("nan"), 4), "not a finite number"),
        (box(1, 2, 0, 4), "no area"),
        (box(1, 2, "3", 4), "not a number"),  # type: ignore[arg-type]
        (obj("t-seg", "segmentation", {"zones": [{"region": [], "holes": []}]}), "needs at least 3"),
        (obj("t-seg", "segmentation", {"zones": []}), "no zones"),
        (obj("t-point", "point", [1]), "not an [x, y] pair"),
        (obj("t-ner", "ner", {"start": 9, "end": 3}), "before it starts"),
        (
            obj("t-rbox", "rotated-bounding-box", {**DOCS_ROTATED_BOX, "corners": [[0, 0], [1, 1]]}),
            "at least 4",
        ),
    ],
)
def test_a_broken_geometry_is_skipped_with_its_reason(broken: dict[str, Any], detail: str) -> None:
    report = ConversionReport(format="rows")
    found = rows(record("a.jpg", [broken, box(1, 2, 3, 4)]), report=report)
    assert [row.tool for row in found] == ["bounding-box"]
    (skipped,) = report.skipped
    assert (skipped.reason, skipped.external_id, skipped.object_id) == (
        SkipReason.BROKEN_GEOMETRY,
        "a.jpg",
        broken["objectId"],
    )
    assert detail in skipped.detail


def test_an_unknown_schema_id_or_no_geometry_is_skipped_and_reported() -> None:
    report = ConversionReport(format="rows")
    found = rows(
        record("a.jpg", [box(1, 2, 3, 4, schema_id="nope"), {"schemaId": "t-box", "objectId": "brush-1"}]),
        report=report,
    )
    assert found == []
    assert [(item.reason, item.external_id) for item in report.skipped] == [
        (SkipReason.UNKNOWN_SCHEMA_ID, "a.jpg"),
        (SkipReason.NO_GEOMETRY, "a.jpg"),
    ]
    assert "'nope'" in report.skipped[0].detail
    assert not report.ok


# --- answers, tasks and shapes of records ---------------------------------------------------


def test_classification_answers_are_keyed_by_title_with_option_values() -> None:
    nested = {
        "schemaId": "c-color",
        "answer": "o-red",
        "classifications": [{"schemaId": "c-shade", "title": "Shade", "answer": "dark"}],
    }
    task_answers = [{"schemaId": "c-weather", "title": "Weather", "answer": "o-rain"}]
    (task,) = iter_tasks(
        [record("a.jpg", [box(1, 2, 3, 4, classifications=[nested])], classifications=task_answers)],
        label_set=LABEL_SET,
    )
    assert task.attributes == {"Weather": "Rainy"}
    assert task.objects[0].attributes == {"Color": "Red", "Color > Shade": "dark"}


def test_a_task_row_carries_the_records_fields() -> None:
    (task,) = iter_tasks([record("a.jpg", [box(1, 2, 3, 4)], stage="Review")], label_set=LABEL_SET)
    assert (task.external_id, task.task_id, task.stage, task.image_width, task.image_height) == (
        "a.jpg",
        "task-a.jpg",
        "Review",
        640,
        480,
    )
    assert task.size_known
    assert len(task.objects) == 1
    (task,) = iter_tasks([record("b.jpg", width=None, height=None)], label_set=LABEL_SET)
    assert (task.image_width, task.image_height, task.size_known) == (None, None, False)


def test_the_older_shape_of_records_reads_the_same() -> None:
    older = {
        "externalId": "a.jpg",
        "metadata": {"width": 10, "height": 10},
        "tasks": [
            {"taskId": "t1", "objects": [box(1, 2, 3, 4)]},
            {"taskId": "t2", "answer": {"objects": [box(5, 6, 7, 8)]}},
        ],
    }
    found = rows(older)
    assert [(row.task_id, row.bbox) for row in found] == [("t1", (1, 2, 3, 4)), ("t2", (5, 6, 7, 8))]


def test_export_asset_models_are_records_too() -> None:
    model = ExportAsset.from_dict(record("a.jpg", [box(1, 2, 3, 4)]))
    (row,) = rows(model.to_dict())
    (same,) = list(iter_objects([model], label_set=LABEL_SET))
    assert row == same


def test_a_live_export_streams_into_a_format_without_a_file(tmp_path: Any, ango_mock_factory: Any) -> None:
    """``hub.exports.iter_records(...)`` is a source like a file: the README's example."""
    from ango_hub.convert import to_jsonl

    with ango_mock_factory().client() as ango_client:
        project = next(p for p in ango_client.projects.list() if p.name == "Vehicle detection")
        label_set = ango_client.projects.get_label_set(project.id).to_dict()
        report = to_jsonl(ango_client.exports.iter_records(project.id), tmp_path / "out", label_set=label_set)
        assert report.ok
        assert report.written["tasks"] == 100
        ango_client.exports.export(project.id, tmp_path / "export.zip")
        from_file = list(iter_objects(tmp_path / "export.zip", label_set=label_set))
        streamed = list(iter_objects(ango_client.exports.iter_records(project.id), label_set=label_set))
        assert [row.object_id for row in streamed] == [row.object_id for row in from_file]
        assert len(streamed) == report.written["objects"]
