"""A label set is taken in the same three forms everywhere: a ``LabelSet`` builder, the
generated ``CategorySchema``, or its JSON (``ango_hub.label_set.label_set_dict`` reads them).

The builders of ``ango_hub.annotations`` used to refuse a ``LabelSet`` ("a label set must be a
CategorySchema or a mapping, got LabelSet") while ``hub.tasks.annotate`` took one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ango_hub import Client
from ango_hub.annotations import (
    AnnotationError,
    Classification,
    LabelImportRow,
    Relation,
    SchemaIndex,
    TaskAnswer,
    ToolObject,
    find_problems,
    validate,
)
from ango_hub.label_set import LabelSet, Radio, RelationType, Tool, label_set_dict
from ango_hub.testing import MockHub
from ango_hub_api.models import CategorySchema


def vehicles() -> LabelSet:
    return (
        LabelSet()
        .tool("Car", Tool.BOUNDING_BOX)
        .classification(Radio("Weather", ["Sunny", "Rainy"]))
        .relation("Tows", RelationType.ONE_TO_ONE)
    )


FORMS: dict[str, Callable[[LabelSet], Any]] = {
    "LabelSet": lambda label_set: label_set,
    "CategorySchema": lambda label_set: label_set.to_category_schema(),
    "dict": lambda label_set: label_set.to_dict(),
    "SchemaIndex": lambda label_set: SchemaIndex(label_set),
}


def ids(label_set: LabelSet) -> dict[str, str]:
    data = label_set.to_dict()
    return {
        "car": data["tools"][0]["schemaId"],
        "weather": data["classifications"][0]["schemaId"],
        "tows": data["relations"][0]["schemaId"],
    }


@pytest.mark.parametrize("form", FORMS)
def test_every_builder_takes_every_form_of_a_label_set(form: str) -> None:
    label_set = vehicles()
    given = FORMS[form](label_set)
    expected = ids(label_set)
    car = ToolObject.bounding_box(1, 2, 3, 4, title="Car", label_set=given, object_id="a")
    other = ToolObject.bounding_box(5, 6, 7, 8, title="Car", label_set=given, object_id="b")
    weather = Classification.radio("Rainy", title="Weather", label_set=given)
    tows = Relation.one_to_one(car, other, title="Tows", label_set=given)
    assert (car.schema_id, weather.schema_id, tows.schema_id) == (
        expected["car"],
        expected["weather"],
        expected["tows"],
    )
    answer = TaskAnswer(objects=[car, other], classifications=[weather], relations=[tows])
    assert find_problems(answer, given) == []
    validate(answer, given)
    answer.validate(given)
    LabelImportRow.from_answer(answer, external_id="a.jpg").validate(given)


@pytest.mark.parametrize("form", FORMS)
def test_every_form_finds_the_same_problems(form: str) -> None:
    label_set = vehicles()
    wrong = TaskAnswer(objects=[ToolObject.point(1, 2, schema_id="no-such-tool", object_id="p")])
    problems = find_problems(wrong, FORMS[form](label_set))
    assert [problem.path for problem in problems] == ['objects[0] (objectId "p")']
    with pytest.raises(AnnotationError, match="no-such-tool"):
        validate(wrong, FORMS[form](label_set))


def test_anything_else_is_a_type_error_naming_the_three_forms() -> None:
    message = r"label_set must be a LabelSet \(ango_hub.label_set\), a CategorySchema or its JSON"
    with pytest.raises(TypeError, match=message):
        ToolObject.bounding_box(1, 2, 3, 4, title="Car", label_set=["Car"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message):
        SchemaIndex("tools")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"got int"):
        label_set_dict(3)


def test_the_three_forms_read_the_same() -> None:
    label_set = vehicles()
    assert label_set_dict(label_set) == label_set_dict(label_set.to_category_schema()) == label_set.to_dict()
    assert isinstance(label_set.to_category_schema(), CategorySchema)


@pytest.mark.parametrize("form", ["LabelSet", "CategorySchema", "dict"])
def test_annotate_and_import_check_against_every_form(
    form: str, ango_client: Client, ango_mock: MockHub
) -> None:
    label_set = vehicles()
    project_id = ango_mock.state.add_project(f"forms-{form}", label_set=FORMS[form](label_set))
    [task_id] = ango_mock.state.add_tasks(project_id, 1)
    given = FORMS[form](label_set)
    car = ToolObject.bounding_box(1, 2, 3, 4, title="Car", label_set=given, object_id="a")
    wrong = TaskAnswer(objects=[ToolObject.point(1, 2, schema_id="no-such-tool", object_id="p")])

    with ango_client.raw_responses() as sent:
        with pytest.raises(AnnotationError, match="no-such-tool"):
            ango_client.tasks.annotate(task_id, wrong, label_set=given)
        with pytest.raises(AnnotationError, match="no-such-tool"):
            ango_client.labels.import_(
                project_id, [LabelImportRow.from_answer(wrong, external_id="task-0001.jpg")], label_set=given
            )
    assert sent == []  # refused before any request

    ango_client.tasks.annotate(task_id, TaskAnswer(objects=[car]), label_set=given)
    stored = ango_client.tasks.get(task_id, include_answer=True)
    assert stored.answer is not None
    assert [tool.schema_id for tool in stored.answer.tools] == [ids(label_set)["car"]]
