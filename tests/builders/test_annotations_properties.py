"""Property-based tests: random answers built for a random (valid) label set always
validate against that label set and against the spec's schemas, and round-trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ango_hub.annotations import (
    Classification,
    LabelImportRow,
    PdfRect,
    Relation,
    TaskAnswer,
    ToolObject,
    Zone,
    find_problems,
)
from ango_hub.mock.web.spec import ApiSpec

ROOT = Path(__file__).resolve().parents[2]
SPEC = ApiSpec.load(ROOT / "openapi" / "ango-hub.yaml")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOOL_KINDS = [
    "bounding-box",
    "rotated-bounding-box",
    "polygon",
    "polyline",
    "point",
    "segmentation",
    "ner",
    "pdf",
]
CHOICE_KINDS = ["radio", "checkbox", "single-dropdown", "multi-dropdown"]
CLASSIFICATION_KINDS = [*CHOICE_KINDS, "text", "boolean", "tree-dropdown"]
RELATION_KINDS = ["one-to-one", "one-to-many", "group"]

coordinate = st.floats(min_value=-1e5, max_value=1e5, allow_nan=False, allow_infinity=False) | st.integers(
    -1000, 1000
)
positive = st.floats(min_value=0.5, max_value=1e4, allow_nan=False) | st.integers(1, 1000)
point = st.tuples(coordinate, coordinate)


def _classification_entry(kind: str, schema_id: str, title: str, options: int) -> dict[str, Any]:
    entry: dict[str, Any] = {"schemaId": schema_id, "title": title, "tool": kind}
    if kind in CHOICE_KINDS:
        entry["options"] = [
            {"value": f"{title} {n}", "schemaId": f"{schema_id}-o{n}"} for n in range(options)
        ]
    if kind == "tree-dropdown":
        entry["treeOptions"] = [
            {
                "title": "Root",
                "children": [{"title": f"Leaf {n}", "schemaId": f"{schema_id}-n{n}"} for n in range(options)],
            }
        ]
    return entry


@st.composite
def label_sets(draw: st.DrawFn) -> dict[str, Any]:
    tools = []
    for index, kind in enumerate(draw(st.lists(st.sampled_from(TOOL_KINDS), min_size=1, max_size=5))):
        nested = []
        if draw(st.booleans()):
            nested.append(
                _classification_entry("radio", f"t{index}-c", f"Tool {index} kind", draw(st.integers(1, 3)))
            )
        tools.append(
            {"schemaId": f"t{index}", "title": f"Tool {index}", "tool": kind, "classifications": nested}
        )
    classifications = [
        _classification_entry(kind, f"c{index}", f"Question {index}", draw(st.integers(1, 4)))
        for index, kind in enumerate(draw(st.lists(st.sampled_from(CLASSIFICATION_KINDS), max_size=5)))
    ]
    relations = [
        {"schemaId": f"r{index}", "title": f"Relation {index}", "tool": kind}
        for index, kind in enumerate(draw(st.lists(st.sampled_from(RELATION_KINDS), max_size=3)))
    ]
    return {"tools": tools, "classifications": classifications, "relations": relations}


def _polygon(draw: st.DrawFn, minimum: int) -> list[tuple[Any, Any]]:
    return draw(st.lists(point, min_size=minimum, max_size=6))


def _answer_for(draw: st.DrawFn, entry: dict[str, Any], options_by: str) -> Classification:
    kind, schema_id = entry["tool"], entry["schemaId"]
    if kind in CHOICE_KINDS:
        names = [option[options_by] for option in entry["options"]]
        if kind in ("radio", "single-dropdown"):
            build = Classification.radio if kind == "radio" else Classification.single_dropdown
            return build(draw(st.sampled_from(names)), schema_id=schema_id)
        chosen = draw(st.lists(st.sampled_from(names), min_size=1, unique=True))
        build = Classification.checkbox if kind == "checkbox" else Classification.multi_dropdown
        return build(chosen, schema_id=schema_id)
    if kind == "tree-dropdown":
        leaves = [f"Root / {child['title']}" for child in entry["treeOptions"][0]["children"]]
        return Classification.tree_dropdown(
            draw(st.lists(st.sampled_from(leaves), min_size=1, unique=True)), schema_id=schema_id
        )
    if kind == "text":
        return Classification.text(draw(st.text(max_size=20)), schema_id=schema_id)
    return Classification.boolean(draw(st.booleans()), schema_id=schema_id)


def _object(draw: st.DrawFn, tool: dict[str, Any], index: int, options_by: str) -> ToolObject:
    common: dict[str, Any] = {"schema_id": tool["schemaId"]}
    if draw(st.booleans()):
        common["object_id"] = f"obj-{index}"
    if tool["classifications"]:
        common["classifications"] = [_answer_for(draw, tool["classifications"][0], options_by)]
    kind = tool["tool"]
    if kind in ("bounding-box", "rotated-bounding-box", "polygon", "polyline", "point", "segmentation"):
        common["page"] = draw(st.none() | st.integers(0, 50))
    nonzero = positive | positive.map(lambda value: -value)
    if kind == "bounding-box":
        return ToolObject.bounding_box(
            draw(coordinate), draw(coordinate), draw(nonzero), draw(nonzero), **common
        )
    if kind == "rotated-bounding-box":
        rotation = draw(st.none() | st.floats(-180, 180))
        return ToolObject.rotated_box(
            draw(coordinate), draw(coordinate), draw(positive), draw(positive), rotation, **common
        )
    if kind == "polygon":
        return ToolObject.polygon(_polygon(draw, 3), **common)
    if kind == "polyline":
        return ToolObject.polyline(_polygon(draw, 2), **common)
    if kind == "point":
        return ToolObject.point(draw(coordinate), draw(coordinate), **common)
    if kind == "segmentation":
        zones = [
            Zone(_polygon(draw, 3), holes=[_polygon(draw, 3) for _ in range(draw(st.integers(0, 2)))])
            for _ in range(draw(st.integers(1, 3)))
        ]
        return ToolObject.segmentation(zones, **common)
    if kind == "ner":
        start = draw(st.integers(0, 10_000) | st.floats(0, 1e4))
        return ToolObject.ner(start, start + draw(positive), **common)
    x1, y1 = draw(st.floats(0, 500)), draw(st.floats(0, 500))
    x2, y2 = x1 + draw(st.floats(0, 500)), y1 + draw(st.floats(0, 500))
    page = draw(st.integers(1, 20))
    if draw(st.booleans()):
        return ToolObject.pdf_area(x1, y1, x2, y2, page, page_width=800, page_height=1200, text="t", **common)
    rect = PdfRect(x1, y1, x2, y2, 800, 1200)
    return ToolObject.pdf_region(
        rect, page, rects=[rect], text=draw(st.none() | st.just("selected")), **common
    )


@st.composite
def answers(draw: st.DrawFn) -> tuple[dict[str, Any], TaskAnswer, str]:
    label_set = draw(label_sets())
    options_by = draw(st.sampled_from(["schemaId", "value"]))
    objects = [
        _object(draw, draw(st.sampled_from(label_set["tools"])), index, options_by)
        for index in range(draw(st.integers(0, 6)))
    ]
    # One object per objectId and page (identical objects get the same derived ID).
    unique: dict[tuple[str | None, int | None], ToolObject] = {}
    for item in objects:
        unique.setdefault((item.object_id, item.page), item)
    objects = list(unique.values())
    questions = label_set["classifications"]
    chosen = (
        draw(st.lists(st.sampled_from(questions), unique_by=lambda e: e["schemaId"])) if questions else []
    )
    classifications = [_answer_for(draw, entry, options_by) for entry in chosen]
    relations = []
    ids = sorted({item.object_id for item in objects if item.object_id})
    for entry in label_set["relations"]:
        if len(ids) < 2 or not draw(st.booleans()):
            continue
        members = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=4, unique=True))
        if entry["tool"] == "group":
            relations.append(Relation.group_of(members, schema_id=entry["schemaId"]))
        elif entry["tool"] == "one-to-one":
            direction = draw(st.sampled_from([None, "straight", "bidirectional"]))
            relations.append(
                Relation.one_to_one(members[0], members[1], schema_id=entry["schemaId"], direction=direction)
            )
        else:
            relations.append(Relation.one_to_many(members[0], members[1:], schema_id=entry["schemaId"]))
    return (
        label_set,
        TaskAnswer(objects=objects, classifications=classifications, relations=relations),
        options_by,
    )


def _violations(value: Any, schema: str) -> list[str]:
    return [
        problem.describe(schema)
        for problem in SPEC.violations(value, {"$ref": f"#/components/schemas/{schema}"})
    ]


@SETTINGS
@given(answers())
def test_built_answers_fit_their_label_set_and_the_spec(case: tuple[dict[str, Any], TaskAnswer, str]) -> None:
    label_set, answer, _ = case
    assert _violations(label_set, "CategorySchema") == []
    assert find_problems(answer, label_set) == []
    wire = answer.to_dict()
    assert _violations(wire, "Answer") == []
    assert _violations({"answer": wire}, "AnnotationPayload") == []
    dumped = json.dumps(wire, sort_keys=True)
    assert json.dumps(TaskAnswer.from_dict(json.loads(dumped)).to_dict(), sort_keys=True) == dumped
    assert json.dumps(TaskAnswer.from_model(answer.to_model()).to_dict(), sort_keys=True) == dumped


@SETTINGS
@given(answers(), st.booleans())
def test_built_import_rows_fit_the_spec_and_round_trip(
    case: tuple[dict[str, Any], TaskAnswer, str], nested: bool
) -> None:
    label_set, answer, _ = case
    row = LabelImportRow.from_answer(answer, external_id="asset.jpg", nested=nested)
    assert find_problems(row, label_set) == []
    wire = row.to_dict()
    assert _violations(wire, "LabelImport") == []
    assert _violations({"project": "p1", "jsonContent": [wire]}, "LabelsImport") == []
    dumped = json.dumps(wire, sort_keys=True)
    assert json.dumps(LabelImportRow.from_dict(json.loads(dumped)).to_dict(), sort_keys=True) == dumped


@SETTINGS
@given(answers(), st.data())
def test_a_wrong_schema_id_is_always_reported(
    case: tuple[dict[str, Any], TaskAnswer, str], data: st.DataObject
) -> None:
    label_set, answer, _ = case
    if not answer.objects:
        return
    objects = list(answer.objects)
    position = data.draw(st.integers(0, len(objects) - 1))
    wire = answer.to_dict()
    wire["objects"][position]["schemaId"] = "not-in-the-label-set"
    problems = find_problems(wire, label_set)
    assert any(
        problem.path.startswith(f"objects[{position}]")
        and problem.message == 'schemaId "not-in-the-label-set" is not a tool of the label set'
        for problem in problems
    )
