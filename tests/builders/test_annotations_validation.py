"""Validation against a label set: each rule, with the exact message a user sees."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _label_sets import answer_label_set

from ango_hub.annotations import (
    AnnotationError,
    Classification,
    LabelImportRow,
    Relation,
    TaskAnswer,
    ToolObject,
    find_problems,
    validate,
)
from ango_hub_api.models.category_schema import CategorySchema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "docs"

LABEL_SET = answer_label_set(
    tools=[{"schemaId": "t-mask", "title": "Mask", "tool": "brush"}],
    classifications=[
        {"schemaId": "c-note", "title": "Note", "tool": "text"},
        {"schemaId": "c-ok", "title": "OK", "tool": "boolean"},
    ],
    relations=[{"schemaId": "r-group", "title": "Together", "tool": "group"}],
)

CAR = ToolObject.bounding_box(1, 2, 3, 4, schema_id="t-car", object_id="o1")
ROAD = ToolObject.polygon([(0, 0), (9, 0), (9, 9)], schema_id="t-road", object_id="o2")


def messages(value: Any) -> list[str]:
    with pytest.raises(AnnotationError) as caught:
        validate(value, LABEL_SET)
    assert str(caught.value).splitlines()[1:] == [f"  - {problem}" for problem in caught.value.problems]
    return [str(problem) for problem in caught.value.problems]


def test_a_valid_answer_passes_with_every_label_set_form() -> None:
    answer = TaskAnswer(
        objects=[
            ToolObject.bounding_box(
                1, 2, 3, 4, schema_id="t-car", object_id="o1",
                classifications=[Classification.radio("Red", schema_id="c-color")],
            ),
            ROAD,
        ],
        classifications=[
            Classification.checkbox(["o-rain", "Fog"], schema_id="c-weather"),
            Classification.text("", schema_id="c-note"),
            Classification.boolean(True, schema_id="c-ok"),
        ],
        relations=[
            Relation.one_to_one(CAR, ROAD, schema_id="r-near"),
            Relation.group_of([CAR, ROAD], schema_id="r-group"),
        ],
    )  # fmt: skip
    for label_set in (LABEL_SET, CategorySchema.from_dict(LABEL_SET)):
        assert find_problems(answer, label_set) == []
        assert answer.validate(label_set) is answer
        validate(answer.to_dict(), label_set)
        validate(answer.to_model(), label_set)


def test_unknown_schema_id() -> None:
    answer = TaskAnswer(objects=[CAR, ROAD, CAR, ToolObject.point(1, 2, schema_id="x", object_id="o4")])
    assert messages(answer) == [
        'objects[2] (objectId "o1"): objectId "o1" is also the objectId of objects[0]',
        'objects[3] (objectId "o4"): schemaId "x" is not a tool of the label set',
    ]


def test_a_classification_or_relation_schema_id_used_for_an_object() -> None:
    answer = TaskAnswer(objects=[ToolObject.point(1, 2, schema_id="c-weather", object_id="p")])
    assert messages(answer) == [
        'objects[0] (objectId "p"): schemaId "c-weather" is a classification, not a tool'
    ]


def test_wrong_tool_type_for_the_schema_id() -> None:
    answer = TaskAnswer(
        objects=[ToolObject.polygon([(0, 0), (1, 0), (1, 1)], schema_id="t-car", object_id="p")]
    )
    assert messages(answer) == [
        'objects[0] (objectId "p"): a polygon object for schemaId "t-car", the bounding-box tool "Car"'
    ]


def test_object_without_geometry() -> None:
    assert messages({"objects": [{"schemaId": "t-car", "objectId": "a"}]}) == [
        'objects[0] (objectId "a"): has no geometry for the bounding-box tool "Car"'
    ]
    # Brush objects have no geometry in the spec (masks go by URL): nothing to report.
    assert find_problems({"objects": [{"schemaId": "t-mask", "objectId": "b"}]}, LABEL_SET) == []


def test_malformed_geometry_in_json() -> None:
    assert messages({"objects": [{"schemaId": "t-road", "polygon": [[0, 0], [1, 1]]}]}) == [
        "objects[0]: bad polygon: polygon needs at least 3 points, got 2"
    ]


def test_answer_for_an_option_that_does_not_exist() -> None:
    answer = TaskAnswer(
        objects=[
            ToolObject.bounding_box(
                1, 2, 3, 4, schema_id="t-car", object_id="o1",
                classifications=[Classification.radio("Green", schema_id="c-color")],
            )
        ],
        classifications=[Classification.checkbox(["Rain", "Snow"], schema_id="c-weather")],
    )  # fmt: skip
    assert messages(answer) == [
        'objects[0] (objectId "o1").classifications[0] (schemaId "c-color"): '
        '"Green" is not an option of radio "Color" (options: "Red", "Blue")',
        'classifications[0] (schemaId "c-weather"): '
        '"Snow" is not an option of checkbox "Weather" (options: "Rain", "Fog")',
    ]


def test_classification_answer_of_the_wrong_type() -> None:
    answer = {
        "classifications": [
            {"schemaId": "c-weather", "answer": "Rain"},
            {"schemaId": "c-note", "answer": 3},
            {"schemaId": "c-ok", "answer": "yes"},
            {"schemaId": "c-ok"},
        ],
        "objects": [{"schemaId": "t-car", "bounding-box": {"x": 0, "y": 0, "width": 1, "height": 1},
                     "classifications": [{"schemaId": "c-color", "answer": ["Red"]}]}],
    }  # fmt: skip
    assert messages(answer) == [
        'objects[0].classifications[0] (schemaId "c-color"): '
        'radio "Color" takes one option (a string), got ["Red"]',
        'classifications[0] (schemaId "c-weather"): '
        'checkbox "Weather" takes a list of options (strings), got "Rain"',
        'classifications[1] (schemaId "c-note"): text "Note" takes a string, got 3',
        'classifications[2] (schemaId "c-ok"): boolean "OK" takes true or false, got "yes"',
        'classifications[3] (schemaId "c-ok"): has no answer',
    ]


def test_classification_in_the_wrong_place() -> None:
    answer = TaskAnswer(
        objects=[
            ToolObject.polygon(
                [(0, 0), (1, 0), (1, 1)], schema_id="t-road", object_id="r",
                classifications=[Classification.radio("Red", schema_id="c-color")],
            )
        ],
        classifications=[
            Classification.radio("Red", schema_id="c-color"),
            Classification.text("x", schema_id="zz"),
        ],
    )  # fmt: skip
    assert messages(answer) == [
        'objects[0] (objectId "r").classifications[0] (schemaId "c-color"): '
        'schemaId "c-color" is a classification, but not one of the polygon tool "Road"',
        'classifications[0] (schemaId "c-color"): '
        'schemaId "c-color" is a classification, but not one of the label set',
        'classifications[1] (schemaId "zz"): schemaId "zz" is not a classification of the label set',
    ]


def test_relation_between_objects_that_do_not_exist() -> None:
    answer = TaskAnswer(
        objects=[CAR],
        relations=[
            Relation.one_to_one(CAR, "ghost", schema_id="r-near"),
            Relation.group_of(["o1", "o9"], schema_id="r-group", object_id="g1"),
            Relation.one_to_one(CAR, CAR, schema_id="nope"),
        ],
    )
    assert messages(answer) == [
        'relations[0]: "to" refers to objectId "ghost", which is not an object of the answer',
        'relations[1] (objectId "g1"): '
        '"group"[1] refers to objectId "o9", which is not an object of the answer',
        'relations[2]: schemaId "nope" is not a relation of the label set',
    ]


def test_relation_of_the_wrong_shape() -> None:
    answer = {
        "objects": [CAR.to_dict(), ROAD.to_dict()],
        "relations": [
            {"schemaId": "r-group", "from": "o1", "to": "o2"},
            {"schemaId": "r-near", "group": ["o1", "o2"]},
            {"schemaId": "r-near", "from": "o1", "to": ["o2"]},
        ],
    }
    assert messages(answer) == [
        'relations[0]: group "Together" needs "group", a list of objectIds',
        'relations[1]: one-to-one "Near" needs "from" and "to"',
        'relations[2]: one-to-one "Near" relates one object to one: "to" must be one objectId',
    ]


def test_label_import_rows_are_checked_flat_and_nested() -> None:
    row = LabelImportRow(external_id="a.jpg", objects=[ToolObject.point(1, 2, schema_id="x", object_id="p")])
    with pytest.raises(AnnotationError) as caught:
        row.validate(LABEL_SET)
    assert str(caught.value) == (
        "1 problem in the label import row:\n"
        '  - objects[0] (objectId "p"): schemaId "x" is not a tool of the label set'
    )
    nested = LabelImportRow.from_answer(
        TaskAnswer(objects=[ROAD], relations=[]), external_id="b", nested=True
    )
    assert find_problems(nested, LABEL_SET) == []
    bad = {"externalId": "c", "answer": {"objects": [{"schemaId": "t-road", "point": [1, 2]}]}}
    assert messages(bad) == [
        'answer.objects[0]: a point object for schemaId "t-road", the polygon tool "Road"'
    ]


def test_the_error_is_a_value_error_listing_every_problem() -> None:
    with pytest.raises(ValueError, match=r"^2 problems in the answer:\n  - objects\[0\]"):
        validate(
            {"objects": [{"schemaId": "x", "point": [1, 2]}], "classifications": [{"answer": "a"}]}, LABEL_SET
        )


def test_documented_answer_fits_its_documented_label_set() -> None:
    label_set = json.loads((FIXTURES / "CategorySchema--legacy-api-methods-1.json").read_text())
    answer = json.loads((FIXTURES / "Answer--legacy-api-methods-3.json").read_text())
    # The documented label set has only the "Type" radio under "Vehicle"; the documented
    # answer also answers two classifications that label set does not have.
    assert [problem.message for problem in find_problems(answer, label_set)] == [
        'schemaId "2ea7c2a0712af78cd9bb827" is not a classification of the bounding-box tool "Vehicle"',
        'schemaId "364dc1e2a7ed4d9f57ce731" is not a classification of the bounding-box tool "Vehicle"',
    ]
