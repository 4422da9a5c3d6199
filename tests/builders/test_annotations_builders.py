"""The builders: the wire JSON of each tool's geometry, classification and relation, the
deterministic object IDs, resolution by title, and the errors on bad input."""

from __future__ import annotations

import math
from typing import Any

import pytest
from _label_sets import answer_label_set

from ango_hub.annotations import (
    Classification,
    LabelImportRow,
    PdfRect,
    Relation,
    SchemaIndex,
    TaskAnswer,
    ToolObject,
    Zone,
    deterministic_id,
)
from ango_hub_api.models.answer import Answer
from ango_hub_api.models.category_schema import CategorySchema
from ango_hub_api.models.label_import import LabelImport

LABEL_SET = answer_label_set(
    classifications=[
        {
            "schemaId": "c-tree",
            "title": "Kind",
            "tool": "tree-dropdown",
            "treeOptions": [{"title": "Trunk", "children": [{"title": "Branch", "schemaId": "n-branch"}]}],
        },
    ]
)


def test_each_geometry_has_the_spec_wire_form() -> None:
    common = {"schema_id": "s", "object_id": "o"}
    cases: list[tuple[ToolObject, str, Any]] = [
        (
            ToolObject.bounding_box(1, 2, 3, 4, **common),
            "bounding-box",
            {"x": 1, "y": 2, "width": 3, "height": 4},
        ),
        (
            ToolObject.bounding_box(10, 2, -3, 4, **common),
            "bounding-box",
            {"x": 10, "y": 2, "width": -3, "height": 4},
        ),
        (
            ToolObject.rotated_box(100, 100, 50, 20, -12, **common),
            "rotated-bounding-box",
            {"x": 100, "y": 100, "width": 50, "height": 20, "rotation": -12},
        ),
        (ToolObject.polygon([(0, 0), (1, 0), (1, 1)], **common), "polygon", [[0, 0], [1, 0], [1, 1]]),
        (ToolObject.polyline([(0, 0), (5, 5)], **common), "polyline", [[0, 0], [5, 5]]),
        (ToolObject.point(3.5, 4, **common), "point", [3.5, 4]),
        (
            ToolObject.segmentation(
                [Zone([(0, 0), (9, 0), (9, 9)], holes=[[(1, 1), (2, 1), (2, 2)]])], **common
            ),
            "segmentation",
            {"zones": [{"region": [[0, 0], [9, 0], [9, 9]], "holes": [[[1, 1], [2, 1], [2, 2]]]}]},
        ),
        (ToolObject.ner(3, 7, **common), "ner", {"start": 3, "end": 7}),
        (ToolObject.ner(2.05, 6.06, **common), "ner", {"start": 2.05, "end": 6.06}),
        (
            ToolObject.pdf_area(
                100, 250, 200, 350, 2, page_width=800, page_height=1200, text="OCR", **common
            ),
            "pdf",
            {
                "x1": 100,
                "y1": 250,
                "x2": 200,
                "y2": 350,
                "width": 800,
                "height": 1200,
                "pageNumber": 2,
                "text": "OCR",
            },
        ),
        (
            ToolObject.pdf_region(
                PdfRect(1, 2, 3, 4, 600, 800), 1, rects=[], image="data:image/png;base64=", **common
            ),
            "pdf",
            {
                "position": {
                    "boundingRect": {"x1": 1, "y1": 2, "x2": 3, "y2": 4, "width": 600, "height": 800},
                    "rects": [],
                    "pageNumber": 1,
                },
                "content": {"image": "data:image/png;base64="},
            },
        ),
    ]
    for built, key, geometry in cases:
        assert built.to_dict() == {"schemaId": "s", "objectId": "o", key: geometry}
        assert built.to_model().to_dict() == built.to_dict()


def test_object_options_are_emitted() -> None:
    nested = [Classification.radio("o-red", schema_id="c-color")]
    built = ToolObject.bounding_box(
        1, 2, 3, 4, schema_id="t", object_id="o", title="Car", page=6, lock=True, interpolation_stopped=True,
        classifications=nested,
    )  # fmt: skip
    assert built.to_dict() == {
        "schemaId": "t",
        "objectId": "o",
        "title": "Car",
        "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4},
        "page": 6,
        "lock": True,
        "interpolationStopped": True,
        "classifications": [{"schemaId": "c-color", "answer": "o-red"}],
    }


def test_object_ids_are_deterministic() -> None:
    first = ToolObject.bounding_box(1, 2, 3, 4, schema_id="t")
    again = ToolObject.bounding_box(1, 2, 3, 4, schema_id="t")
    other = ToolObject.bounding_box(1, 2, 3, 5, schema_id="t")
    next_frame = ToolObject.bounding_box(1, 2, 3, 4, schema_id="t", page=1)
    assert first.object_id == again.object_id
    assert len({first.object_id, other.object_id, next_frame.object_id}) == 3
    assert first.object_id is not None
    assert len(first.object_id) == 23
    assert first.object_id == deterministic_id(
        "t", "bounding-box", {"x": 1, "y": 2, "width": 3, "height": 4}, None
    )
    assert ToolObject.point(1, 2, schema_id="t", object_id="mine").object_id == "mine"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: ToolObject.bounding_box(1, 2, 0, 4, schema_id="s"), "bounding-box width must not be 0"),
        (
            lambda: ToolObject.bounding_box(1, math.nan, 3, 4, schema_id="s"),
            "bounding-box y must be a finite number",
        ),
        (lambda: ToolObject.bounding_box(1, True, 3, 4, schema_id="s"), "bounding-box y must be a number"),
        (
            lambda: ToolObject.rotated_box(1, 2, -3, 4, schema_id="s"),
            "rotated-bounding-box width must be positive",
        ),
        (lambda: ToolObject.rotated_box(1, 2, 3, 4, 190, schema_id="s"), "rotation must be from -180 to 180"),
        (
            lambda: ToolObject.polygon([(0, 0), (1, 1)], schema_id="s"),
            "polygon needs at least 3 points, got 2",
        ),
        (lambda: ToolObject.polygon([(0, 0), (1, 1), (2,)], schema_id="s"), r"polygon\[2\] must be \[x, y\]"),
        (lambda: ToolObject.polyline([(0, 0)], schema_id="s"), "polyline needs at least 2 points, got 1"),
        (lambda: ToolObject.point(math.inf, 0, schema_id="s"), "point x must be a finite number"),
        (lambda: ToolObject.segmentation([], schema_id="s"), "segmentation needs at least one zone"),
        (
            lambda: ToolObject.segmentation(
                [Zone([(0, 0), (1, 0), (1, 1)], holes=[[(0, 0)]])], schema_id="s"
            ),
            r"segmentation zones\[0\] holes\[0\] needs at least 3 points, got 1",
        ),
        (lambda: ToolObject.ner(7, 3, schema_id="s"), r"ner end \(3\) must be after start \(7\)"),
        (lambda: ToolObject.ner(3, 3, schema_id="s"), r"ner end \(3\) must be after start \(3\)"),
        (lambda: ToolObject.ner(-1, 3, schema_id="s"), "ner start must be 0 or more"),
        (lambda: ToolObject.pdf_area(5, 0, 1, 1, 1, schema_id="s"), "x1 <= x2 and y1 <= y2"),
        (
            lambda: ToolObject.pdf_area(0, 0, 1, 1, 0, schema_id="s"),
            "pdf pageNumber must be an integer of 1 or more",
        ),
        (lambda: ToolObject.point(1, 2, schema_id="s", page=-1), "page must be an integer of 0 or more"),
        (lambda: ToolObject.point(1, 2), "a point object needs a schema_id"),
    ],
)
def test_bad_geometry_raises_at_build_time(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


def test_schema_id_is_resolved_from_a_title_given_a_label_set() -> None:
    model = CategorySchema.from_dict(LABEL_SET)
    for label_set in (LABEL_SET, model, SchemaIndex(LABEL_SET)):
        built = ToolObject.bounding_box(1, 2, 3, 4, title="Car", label_set=label_set, object_id="o")
        assert built.to_dict()["schemaId"] == "t-car"
    with pytest.raises(
        ValueError, match=r'tool "Road" \(t-road\) is a polygon tool, not a bounding-box tool'
    ):
        ToolObject.bounding_box(1, 2, 3, 4, title="Road", label_set=LABEL_SET)
    with pytest.raises(ValueError, match='no tool titled "Bus" in the label set'):
        ToolObject.bounding_box(1, 2, 3, 4, title="Bus", label_set=LABEL_SET)
    with pytest.raises(ValueError, match='schemaId "nope" is not a tool of the label set'):
        ToolObject.point(1, 2, schema_id="nope", label_set=LABEL_SET)


def test_classification_answers_of_each_type() -> None:
    assert Classification.radio("o1", schema_id="c").to_dict() == {"schemaId": "c", "answer": "o1"}
    assert Classification.single_dropdown("One", schema_id="c").to_dict() == {
        "schemaId": "c",
        "answer": "One",
    }
    assert Classification.checkbox(["a", "b"], schema_id="c").to_dict() == {
        "schemaId": "c",
        "answer": ["a", "b"],
    }
    assert Classification.multi_dropdown(["a"], schema_id="c").to_dict() == {"schemaId": "c", "answer": ["a"]}
    assert Classification.tree_dropdown(["Trunk", ["Trunk", "Branch 2"]], schema_id="c").to_dict() == {
        "schemaId": "c",
        "answer": ["Trunk", "Trunk / Branch 2"],
    }
    assert Classification.text("Hey!", schema_id="c", title="t").to_dict() == {
        "schemaId": "c",
        "title": "t",
        "answer": "Hey!",
    }
    assert Classification.boolean(False, schema_id="c").to_dict() == {"schemaId": "c", "answer": False}
    nested = Classification.multi_dropdown(
        ["A"], schema_id="p", classifications=[Classification.multi_dropdown(["B"], schema_id="q")]
    )
    assert nested.to_dict() == {
        "schemaId": "p",
        "answer": ["A"],
        "classifications": [{"schemaId": "q", "answer": ["B"]}],
    }


def test_classification_options_resolve_against_a_label_set() -> None:
    assert Classification.checkbox(["Rain", "o-fog"], title="Weather", label_set=LABEL_SET).to_dict() == {
        "schemaId": "c-weather",
        "title": "Weather",
        "answer": ["o-rain", "o-fog"],
    }
    by_value = Classification.radio("o-blue", title="Color", label_set=LABEL_SET, options_by="value")
    assert by_value.answer == "Blue"
    assert Classification.tree_dropdown(["Trunk / Branch"], title="Kind", label_set=LABEL_SET).answer == [
        "Trunk / Branch"
    ]
    with pytest.raises(ValueError, match=r'"Snow" is not an option of checkbox "Weather" \("Rain", "Fog"\)'):
        Classification.checkbox(["Snow"], title="Weather", label_set=LABEL_SET)
    with pytest.raises(
        ValueError, match=r'classification "Weather" \(c-weather\) is a checkbox, not a radio'
    ):
        Classification.radio("Rain", title="Weather", label_set=LABEL_SET)
    with pytest.raises(ValueError, match='"Trunk / Leaf" is not a node of tree-dropdown "Kind"'):
        Classification.tree_dropdown(["Trunk / Leaf"], title="Kind", label_set=LABEL_SET)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Classification.checkbox([], schema_id="c"), "a checkbox answer needs at least one option"),
        (lambda: Classification.checkbox("ab", schema_id="c"), "not one string"),
        (lambda: Classification.checkbox(["a", "a"], schema_id="c"), 'checkbox answer names "a" twice'),
        (lambda: Classification.radio("", schema_id="c"), "radio option must be a non-empty string"),
        (lambda: Classification.boolean("yes", schema_id="c"), "a boolean answer must be True or False"),  # type: ignore[arg-type]
        (lambda: Classification.text("x"), "a text answer needs a schema_id"),
    ],
)
def test_bad_classification_answers_raise(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


def test_relations_of_each_type() -> None:
    car = ToolObject.bounding_box(1, 2, 3, 4, schema_id="t", object_id="car")
    road = ToolObject.polygon([(0, 0), (1, 0), (1, 1)], schema_id="t2", object_id="road")
    assert Relation.one_to_one(car, road, schema_id="r", direction="straight").to_dict() == {
        "schemaId": "r",
        "from": "car",
        "to": "road",
        "direction": "straight",
    }
    assert Relation.one_to_many(car, [road, "x"], schema_id="r").to_dict() == {
        "schemaId": "r",
        "from": "car",
        "to": ["road", "x"],
    }
    assert Relation.group_of([car, road], schema_id="g", title="").to_dict() == {
        "schemaId": "g",
        "title": "",
        "group": ["car", "road"],
    }
    assert Relation.one_to_one("a", "b", title="Near", label_set=LABEL_SET).schema_id == "r-near"
    with pytest.raises(ValueError, match="a group relation needs at least 2 objects, got 1"):
        Relation.group_of([car], schema_id="g")
    with pytest.raises(ValueError, match="direction must be 'straight' or 'bidirectional'"):
        Relation.one_to_one(car, road, schema_id="r", direction="up")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r'relation "Near" \(r-near\) is a one-to-one, not a group'):
        Relation.group_of(["a", "b"], title="Near", label_set=LABEL_SET)


def test_task_answer_and_import_rows() -> None:
    car = ToolObject.bounding_box(1, 2, 3, 4, schema_id="t", object_id="car")
    weather = Classification.radio("Sunny", schema_id="w")
    answer = TaskAnswer(objects=[car], classifications=[weather])
    # The official SDK's annotate wire form: the three lists, empty ones too.
    assert answer.to_dict() == {
        "objects": [car.to_dict()],
        "classifications": [weather.to_dict()],
        "relations": [],
    }
    assert isinstance(answer.to_model(), Answer)
    assert answer.to_model().to_dict() == answer.to_dict()
    # The official SDK's import_labels jsonContent row: non-empty lists at the top level.
    row = LabelImportRow.from_answer(answer, external_id="img_001.jpg")
    assert row.to_dict() == {
        "externalId": "img_001.jpg",
        "objects": [car.to_dict()],
        "classifications": [weather.to_dict()],
    }
    assert isinstance(row.to_model(), LabelImport)
    nested = LabelImportRow.from_answer(answer, asset_id="a1", nested=True, status="Completed")
    assert nested.to_dict() == {"assetId": "a1", "answer": answer.to_dict(), "status": "Completed"}
    brush = LabelImportRow(external_id="x.png", brush_data_url="https://bucket/x.png")
    assert brush.to_dict() == {"externalId": "x.png", "brushDataUrl": "https://bucket/x.png"}
    with pytest.raises(TypeError, match="objects must hold ToolObject"):
        TaskAnswer(objects=[weather])  # type: ignore[list-item]


def test_the_pdf_options_are_written_once_for_the_geometry_and_the_constructor() -> None:
    """``pdf_area``/``pdf_region`` take the geometry's options (the TypedDicts that the
    geometry functions take) beside the object's, and give the geometry functions' JSON."""
    from ango_hub.annotations._answer import PdfAreaArguments, PdfOptions, PdfRegionArguments
    from ango_hub.annotations._geometry import (
        PdfAreaOptions,
        PdfRegionOptions,
        pdf_area_geometry,
        pdf_region_geometry,
    )

    object_keys = PdfOptions.__optional_keys__
    assert PdfAreaArguments.__optional_keys__ == object_keys | PdfAreaOptions.__optional_keys__
    assert PdfRegionArguments.__optional_keys__ == object_keys | PdfRegionOptions.__optional_keys__
    area = {"page_width": 800, "page_height": 1200, "text": "OCR"}
    assert ToolObject.pdf_area(1, 2, 3, 4, 2, schema_id="s", **area).geometry == pdf_area_geometry(
        1, 2, 3, 4, 2, **area
    )
    rect = PdfRect(0, 0, 10, 5)
    region = {"rects": [rect], "text": "t", "image": "data:image/png;base64,AA=="}
    assert ToolObject.pdf_region(rect, 1, schema_id="s", **region).geometry == pdf_region_geometry(
        rect, 1, **region
    )
    unexpected = r"pdf_area_geometry\(\) got an unexpected keyword argument 'schema_id'"
    with pytest.raises(TypeError, match=unexpected):
        pdf_area_geometry(1, 2, 3, 4, 2, schema_id="s")  # type: ignore[call-arg]
