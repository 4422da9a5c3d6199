"""``ToolObject.from_dict`` and ``Classification.from_dict`` read the usual JSON in one pass
and anything else the full way: both give the same builders, or raise the same error.

A subclass always takes the full path (the one-pass reader builds the exact class only), so
each case is read both ways and compared field by field."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from ango_hub.annotations import Classification, TaskAnswer, ToolObject


class FullToolObject(ToolObject):
    """Read the full way (``from_dict`` of a subclass)."""


class FullClassification(Classification):
    """Read the full way (``from_dict`` of a subclass)."""


class FullTaskAnswer(TaskAnswer):
    """Read the full way (``from_dict`` of a subclass)."""


def fields(builder: Any) -> dict[str, Any]:
    return {field.name: getattr(builder, field.name) for field in dataclasses.fields(builder)}


def same(one: Any, other: Any) -> bool:
    """Equal field by field (nested builders by their JSON: the classes differ)."""
    left, right = fields(one), fields(other)
    for name in ("classifications",):
        if left.get(name) is not None and right.get(name) is not None:
            left[name] = [item.to_dict() for item in left[name]]
            right[name] = [item.to_dict() for item in right[name]]
    return left == right


CLASSIFICATION = {"schemaId": "c", "title": "Type", "answer": "opt", "objectId": "o1"}

OBJECTS: list[dict[str, Any]] = [
    {
        "objectId": "o1",
        "schemaId": "s",
        "title": "Car",
        "bounding-box": {"x": 1.5, "y": 2, "width": -3, "height": 4},
        "classifications": [CLASSIFICATION],
        "metadata": {"createdAt": "2025-01-17T09:33:00.000Z", "createdBy": "x"},
        "brandNew": [1, {"b": [2]}],
    },
    {"schemaId": "s", "polygon": [[0, 0], [1, 0], [1, 1]], "lock": True, "interpolationStopped": False},
    {"schemaId": "s", "polyline": [[0, 0], [1.5, 2]], "title": None, "lock": None},
    {"schemaId": "s", "point": [3, 4], "classifications": []},
    {"schemaId": "s", "ner": {"start": 0, "end": 5}},
    {"schemaId": "s", "ner": {"start": 0.5, "end": 1.25}, "page": 2},
    {"schemaId": "s", "rotated-bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4, "rotation": 10}},
    {"schemaId": "s", "segmentation": {"zones": [{"region": [[0, 0], [1, 0], [1, 1]], "holes": []}]}},
    {"schemaId": "s", "brush": "data:..."},  # no geometry the spec knows
    {"schemaId": "s", "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4, "extra": {"k": [1]}}},
    {"objectId": "o", "polygon": ((0, 0), (1, 0), (1, 1))},  # tuples: not JSON, read the full way
]

BAD_OBJECTS: list[dict[str, Any]] = [
    {"schemaId": "s", "bounding-box": {"x": 1, "y": 2, "width": 0, "height": 4}},
    {"schemaId": "s", "bounding-box": {"x": math.inf, "y": 2, "width": 3, "height": 4}},
    {"schemaId": "s", "bounding-box": {"x": True, "y": 2, "width": 3, "height": 4}},
    {"schemaId": "s", "bounding-box": {"x": 1, "y": 2, "width": 3}},
    {"schemaId": "s", "polygon": [[0, 0], [1, 1]]},
    {"schemaId": "s", "polygon": [[0, 0], [1, 1], [2, math.nan]]},
    {"schemaId": "s", "point": [1, 2, 3]},
    {"schemaId": "s", "ner": {"start": 5, "end": 2}},
    {"point": [1, 2], "polygon": [[0, 0], [1, 0], [1, 1]]},
    {"schemaId": "", "point": [1, 2]},
    {"objectId": 7, "point": [1, 2]},
    {"schemaId": "s", "point": [1, 2], "lock": "yes"},
    {"schemaId": "s", "point": [1, 2], "page": -1},
    {"schemaId": "s", "point": [1, 2], "classifications": {"not": "a list"}},
    {"schemaId": "s", "point": [1, 2], "classifications": [{"schemaId": "c", "answer": {"a": 1}}]},
]

CLASSIFICATIONS: list[dict[str, Any]] = [
    CLASSIFICATION,
    {"schemaId": "c", "answer": ["a", "b"], "metadata": {"createdAt": 1}},
    {"schemaId": "c", "answer": True, "tool": "checkbox"},
    {"schemaId": "c", "answer": 3.5, "classifications": [CLASSIFICATION]},
    {"schemaId": "c", "answer": None, "title": "Empty"},
    {"title": "No schema"},
]

BAD_CLASSIFICATIONS: list[dict[str, Any]] = [
    {"schemaId": "c", "answer": {"a": 1}},
    {"schemaId": "c", "answer": math.inf},
    {"schemaId": "c", "answer": ["a", 1]},
    {"schemaId": "", "answer": "a"},
    {"schemaId": "c", "answer": "a", "classifications": "nested"},
]


@pytest.mark.parametrize("data", OBJECTS)
def test_objects_read_either_way_are_the_same(data: dict[str, Any]) -> None:
    fast, full = ToolObject.from_dict(data), FullToolObject.from_dict(data)
    assert type(fast) is ToolObject
    assert same(fast, full)
    assert fast.to_dict() == full.to_dict()
    assert fast == ToolObject(**fields(full) | {"classifications": fast.classifications})


def error_of(read: Any, data: dict[str, Any]) -> str:
    try:
        read(data)
    except ValueError as exc:
        return f"{type(exc).__name__}: {exc}"
    raise AssertionError(f"{data} was read")


@pytest.mark.parametrize("data", BAD_OBJECTS)
def test_objects_refused_either_way_with_the_same_error(data: dict[str, Any]) -> None:
    assert error_of(ToolObject.from_dict, data) == error_of(FullToolObject.from_dict, data)


@pytest.mark.parametrize("data", CLASSIFICATIONS)
def test_classifications_read_either_way_are_the_same(data: dict[str, Any]) -> None:
    fast, full = Classification.from_dict(data), FullClassification.from_dict(data)
    assert type(fast) is Classification
    assert same(fast, full)
    assert fast.to_dict() == full.to_dict()


@pytest.mark.parametrize("data", BAD_CLASSIFICATIONS)
def test_classifications_refused_either_way_with_the_same_error(data: dict[str, Any]) -> None:
    assert error_of(Classification.from_dict, data) == error_of(FullClassification.from_dict, data)


ANSWERS: list[dict[str, Any]] = [
    {
        "tools": OBJECTS[:5],
        "classifications": CLASSIFICATIONS[:3],
        "relations": [{"schemaId": "r", "from": "o1"}],
    },
    {"objects": OBJECTS[1:3], "brandNew": {"k": [1]}},
    {"objects": [], "tools": OBJECTS[:1]},  # both: tools is kept as an unknown field
    {"tools": None, "classifications": []},
    {},
]

BAD_ANSWERS: list[dict[str, Any]] = [
    {"tools": {"not": "a list"}},
    {"objects": [], "classifications": "no"},
    {"relations": ["not an object"]},
    {"tools": [BAD_OBJECTS[0]]},
]


@pytest.mark.parametrize("data", ANSWERS)
def test_answers_read_either_way_are_the_same(data: dict[str, Any]) -> None:
    fast, full = TaskAnswer.from_dict(data), FullTaskAnswer.from_dict(data)
    assert type(fast) is TaskAnswer
    assert fast.to_dict() == full.to_dict()
    assert (fast.objects_key, fast.extra) == (full.objects_key, full.extra)
    for name in ("objects", "classifications", "relations"):
        assert (getattr(fast, name) is None) == (getattr(full, name) is None)


@pytest.mark.parametrize("data", BAD_ANSWERS)
def test_answers_refused_either_way_with_the_same_error(data: dict[str, Any]) -> None:
    assert error_of(TaskAnswer.from_dict, data) == error_of(FullTaskAnswer.from_dict, data)


def test_what_a_builder_read_is_its_own() -> None:
    data = {
        "tools": [
            {
                "schemaId": "s",
                "polygon": [[0, 0], [1, 0], [1, 1]],
                "metadata": {"by": ["x"]},
                "classifications": [{"schemaId": "c", "answer": ["a"], "extra": {"k": [1]}}],
            }
        ]
    }
    answer = TaskAnswer.from_dict(data)
    before = answer.to_dict()
    tool = data["tools"][0]
    tool["polygon"][0][0] = 99
    tool["metadata"]["by"].append("y")
    tool["classifications"][0]["answer"].append("b")
    tool["classifications"][0]["extra"]["k"].append(2)
    assert answer.to_dict() == before


#: Numbers at the edges of the one-pass geometry checks (finite, not a bool, int or float).
EDGE_OBJECTS: list[dict[str, Any]] = [
    {"schemaId": "s", "bounding-box": {"x": 10**400, "y": -(10**400), "width": 1e308, "height": -1e-308}},
    {"schemaId": "s", "ner": {"start": 0, "end": 10**30}},
    {"schemaId": "s", "polygon": [[0, 0], [10**400, 0.5], [-1e308, 1]]},
    {"schemaId": "s", "point": [-0.0, 0]},
    {"schemaId": "s", "ner": {"start": 1.5, "end": 2, "text": "ab"}},
]

BAD_EDGE_OBJECTS: list[dict[str, Any]] = [
    {"schemaId": "s", "bounding-box": {"x": -math.inf, "y": 2, "width": 3, "height": 4}},
    {"schemaId": "s", "bounding-box": {"x": 1, "y": 2, "width": 3, "height": math.nan}},
    {"schemaId": "s", "bounding-box": {"x": 1, "y": "2", "width": 3, "height": 4}},
    {"schemaId": "s", "ner": {"start": -1, "end": 2}},
    {"schemaId": "s", "ner": {"start": math.nan, "end": 2}},
    {"schemaId": "s", "ner": {"start": False, "end": 2}},
    {"schemaId": "s", "polygon": [[0, 0], [1, 0], [1, math.inf]]},
    {"schemaId": "s", "polygon": [[0, 0], [1, 0], [True, 1]]},
    {"schemaId": "s", "point": [1, -math.inf]},
]


@pytest.mark.parametrize("data", EDGE_OBJECTS)
def test_edge_numbers_read_either_way_are_the_same(data: dict[str, Any]) -> None:
    fast, full = ToolObject.from_dict(data), FullToolObject.from_dict(data)
    assert type(fast) is ToolObject
    assert same(fast, full)
    assert fast.to_dict() == full.to_dict()


@pytest.mark.parametrize("data", BAD_EDGE_OBJECTS)
def test_edge_numbers_refused_either_way_with_the_same_error(data: dict[str, Any]) -> None:
    assert error_of(ToolObject.from_dict, data) == error_of(FullToolObject.from_dict, data)


def test_flat_unknown_fields_read_are_copies() -> None:
    tool: dict[str, Any] = {"schemaId": "s", "ner": {"start": 0, "end": 2}, "metadata": {"createdAt": 1}}
    answer = TaskAnswer.from_dict({"tools": [tool]})
    tool["metadata"]["createdAt"] = 2
    tool["ner"]["end"] = 3
    (obj,) = answer.objects or ()
    assert obj.extra == {"metadata": {"createdAt": 1}}
    assert obj.geometry == {"start": 0, "end": 2}
