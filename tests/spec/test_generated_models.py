"""The generated models (built with the templates of ``templates/``) parse, compare, print
and serialise as the API description says, whatever the server adds."""

from __future__ import annotations

import copy
import datetime
import pickle

import attrs
import pytest

from ango_hub_api.models import (
    AnnotationObject,
    Answer,
    BoundingBox,
    ExportAsset,
    Task,
    TaskListResponse,
    TaskType,
    UserSummary,
)
from ango_hub_api.types import UNSET, unread_json

TASK = {
    "_id": "6167e08b2a810d000e9d314d",
    "project": {"_id": "p1", "name": "Vehicles"},
    "asset": "a1",
    "status": "TODO",
    "type": "default",
    "createdAt": "2024-01-02T03:04:05.678Z",
    "answer": {
        "objects": [
            {"schemaId": "s", "objectId": "o", "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4}}
        ]
    },
    "brandNew": {"x": 1},
    "alsoNew": [1, 2],
}


def test_from_dict_converts_nested_models_unions_enums_and_timestamps() -> None:
    task = Task.from_dict(TASK)
    assert task.id == TASK["_id"]
    assert task.project.id == "p1"  # type: ignore[union-attr]
    assert task.asset == "a1"
    assert task.type_ is TaskType.DEFAULT
    assert task.created_at == datetime.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=datetime.UTC)
    assert isinstance(task.answer, Answer)
    box = task.answer.objects[0].bounding_box  # type: ignore[index]
    assert box == BoundingBox(x=1, y=2, width=3, height=4)
    assert task.stage is UNSET


def test_unknown_fields_are_kept_in_order_and_unknown_enum_values_pass_through() -> None:
    task = Task.from_dict({**TASK, "type": "hologram"})
    assert task.type_ == "hologram"
    assert list(task.additional_properties) == ["brandNew", "alsoNew"]
    assert task["brandNew"] == {"x": 1}
    assert "alsoNew" in task
    assert task.additional_keys == ["brandNew", "alsoNew"]
    assert task.to_dict()["brandNew"] == {"x": 1}


def test_the_source_mapping_is_not_changed_and_round_trips() -> None:
    source = {**TASK}
    task = Task.from_dict(source)
    assert source == TASK
    assert Task.from_dict(task.to_dict()) == task


def test_a_missing_required_field_or_a_wrong_shape_raises() -> None:
    with pytest.raises(KeyError):
        Task.from_dict({"status": "TODO"})
    with pytest.raises((TypeError, AttributeError, KeyError)):
        Task.from_dict({"_id": "t", "answer": "not an object"})
    with pytest.raises(ValueError, match="Invalid isoformat"):
        Task.from_dict({"_id": "t", "createdAt": "yesterday"})


def test_models_without_unknown_fields_carry_no_dict_and_compare_equal() -> None:
    parsed = BoundingBox.from_dict({"x": 1, "y": 2, "width": 3, "height": 4})
    built = BoundingBox(x=1, y=2, width=3, height=4)
    assert parsed._additional_properties is None
    assert "z" not in parsed
    assert parsed.additional_keys == []
    assert parsed._additional_properties is None  # reading does not create one
    built.additional_properties  # noqa: B018  (created on first use)
    assert parsed == built
    built["z"] = 1
    assert parsed != built
    assert attrs.evolve(parsed, x=5).x == 5
    assert pickle.loads(pickle.dumps(built)) == built


def test_the_repr_shows_what_is_set_and_hides_secrets() -> None:
    task = Task.from_dict({"_id": "t1", "status": "TODO", "apiKey": "canary-key", "token": "t0k"})
    text = repr(task)
    assert text == (
        "Task(id='t1', status=<TaskStatus.TODO: 'TODO'>, "
        "additional_properties={'apiKey': '[redacted]', 'token': '[redacted]'})"
    )
    plain = AnnotationObject(schema_id="s")
    assert "Unset object" not in repr(plain)
    assert plain._additional_properties is None  # the repr made no dict
    assert repr(UNSET) == "UNSET"
    # The key the Get Project answer documents under project.user.apiKey.
    user = UserSummary.from_dict({"_id": "u1", "email": "a@b.c", "apiKey": "canary-key"})
    assert user.api_key == "canary-key"
    assert "canary-key" not in repr(user)
    assert "api_key=[redacted]" in repr(user)


# -- nested models parsed on their first read (templates/model.py.jinja) --------------------------

PAGE = {
    "status": "success",
    "data": {
        "tasks": [TASK, {**TASK, "_id": "t2", "answer": {"tools": [], "classifications": []}}],
        "total": 2,
    },
}


def _unread(model: object, *names: str) -> set[str]:
    return set(unread_json(model, names))


def test_nested_models_are_parsed_on_their_first_read_and_kept() -> None:
    task = Task.from_dict(TASK)
    assert _unread(task, "answer") == {"answer"}  # the answer is not parsed yet
    answer = task.answer
    assert isinstance(answer, Answer)
    assert _unread(task, "answer") == set()
    assert task.answer is answer  # parsed once, then kept
    assert _unread(answer, "objects") == {"objects"}
    (obj,) = answer.objects  # type: ignore[misc]
    assert isinstance(obj, AnnotationObject)
    assert obj.bounding_box == BoundingBox(x=1, y=2, width=3, height=4)
    # What was read and changed stays changed, in the model and in what it writes.
    obj.schema_id = "changed"
    assert task.to_dict()["answer"]["objects"][0]["schemaId"] == "changed"


def test_a_field_set_before_it_is_read_wins_and_the_source_is_not_changed() -> None:
    source = {**TASK}
    task = Task.from_dict(source)
    task.answer = Answer(objects=[])
    assert task.answer.to_dict() == {"objects": []}
    assert source == TASK


def test_unread_models_compare_copy_pickle_and_evolve_as_parsed_ones() -> None:
    page = TaskListResponse.from_dict(PAGE)
    eager = TaskListResponse.from_dict(PAGE)
    eager.to_dict()  # reads every field
    assert _unread(page, "data") == {"data"}
    assert page == eager
    assert pickle.loads(pickle.dumps(TaskListResponse.from_dict(PAGE))) == eager
    assert copy.deepcopy(TaskListResponse.from_dict(PAGE)) == eager
    assert attrs.evolve(TaskListResponse.from_dict(PAGE)) == eager
    assert repr(TaskListResponse.from_dict(PAGE)) == repr(eager)
    assert TaskListResponse.from_dict(PAGE).to_dict() == eager.to_dict()
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.deepcopy(Task(id="t")).stage is UNSET


def test_unknown_fields_of_a_nested_model_are_kept_when_it_is_read() -> None:
    data = {**TASK, "answer": {"objects": [{"schemaId": "s", "point": [1, 2], "brandNew": [1]}], "x": 1}}
    answer = Task.from_dict(data).answer
    assert isinstance(answer, Answer)
    assert answer["x"] == 1
    assert answer.objects[0]["brandNew"] == [1]  # type: ignore[index]


@pytest.mark.parametrize(
    ("answer", "error", "match"),
    [
        # Deep in the answer: the box lacks a required field.
        ({"objects": [{"bounding-box": {"x": 1, "y": 2, "width": 3}}]}, KeyError, "height"),
        ({"objects": ["not an object"]}, (TypeError, AttributeError, KeyError), None),
        ({"objects": {"not": "a list"}}, (TypeError, AttributeError, KeyError), None),
        ({"objects": [{"metadata": {"createdAt": 5}, "bounding-box": "box"}]}, TypeError, None),
    ],
)
def test_malformed_data_deep_in_a_lazy_field_raises_from_from_dict(
    answer: object, error: type[Exception] | tuple[type[Exception], ...], match: str | None
) -> None:
    with pytest.raises(error, match=match):
        Task.from_dict({**TASK, "answer": answer})
    with pytest.raises(error, match=match):
        TaskListResponse.from_dict({"status": "success", "data": {"tasks": [{**TASK, "answer": answer}]}})


def test_an_invalid_timestamp_deep_in_a_lazy_field_raises_from_from_dict() -> None:
    record = {"externalId": "a", "task": {"taskId": "t", "stageHistory": [{"completedAt": "yesterday"}]}}
    with pytest.raises(ValueError, match="Invalid isoformat"):
        ExportAsset.from_dict(record)
    assert ExportAsset.from_dict({**record, "task": {"taskId": "t"}}).task.task_id == "t"  # type: ignore[union-attr]


def test_a_lazy_model_keeps_the_errors_of_an_unknown_attribute() -> None:
    task = Task.from_dict(TASK)
    with pytest.raises(AttributeError, match="has no attribute 'answr'"):
        task.answr  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(Task(id="t"), "answr")
    assert Task(id="t").answer is UNSET
