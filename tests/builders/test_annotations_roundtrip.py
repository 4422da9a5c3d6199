"""Every documented answer, object, classification, relation and label import reads into the
builders and writes back byte for byte (``json.dumps(..., sort_keys=True)``), unknown fields
included; the builders' JSON validates against the spec's schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ango_hub.annotations import Classification, LabelImportRow, Relation, TaskAnswer, ToolObject
from ango_hub.mock.web.spec import ApiSpec
from ango_hub_api.models.answer import Answer
from ango_hub_api.models.label_import import LabelImport

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "docs"
SPEC = ApiSpec.load(ROOT / "openapi" / "ango-hub.yaml")

BUILDERS: dict[str, Any] = {
    "Answer": TaskAnswer,
    "AnnotationObject": ToolObject,
    "ClassificationAnswer": Classification,
    "RelationAnswer": Relation,
    "LabelImport": LabelImportRow,
}


def _examples() -> list[tuple[str, int, Any]]:
    cases = []
    for path in sorted(FIXTURES.glob("*.json")):
        schema = path.stem.split("--", 1)[0]
        data = json.loads(path.read_text(encoding="utf-8"))
        if schema in BUILDERS:
            for position, item in enumerate(data if isinstance(data, list) else [data]):
                cases.append((path.stem, position, item))
        elif schema in ("LabelsImport", "AnnotationPayload"):
            # The rows of a labels import, and the answer of an annotation payload.
            if schema == "LabelsImport":
                cases.extend((path.stem, n, row) for n, row in enumerate(data.get("labels", [])))
            else:
                cases.append((path.stem, 0, data["answer"]))
    return cases


EXAMPLES = _examples()


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _builder(stem: str) -> Any:
    schema = stem.split("--", 1)[0]
    return {"LabelsImport": LabelImportRow, "AnnotationPayload": TaskAnswer}.get(schema) or BUILDERS[schema]


def test_every_kind_of_documented_example_is_covered() -> None:
    stems = {stem.split("--", 1)[0] for stem, _, _ in EXAMPLES}
    assert set(BUILDERS) | {"LabelsImport", "AnnotationPayload"} <= stems
    assert len(EXAMPLES) >= 60


@pytest.mark.parametrize(("stem", "position", "example"), EXAMPLES, ids=[f"{s}[{p}]" for s, p, _ in EXAMPLES])
def test_documented_example_round_trips_byte_for_byte(stem: str, position: int, example: Any) -> None:
    built = _builder(stem).from_dict(example)
    assert _dump(built.to_dict()) == _dump(example)
    # Reading the builder's own output again gives the same JSON.
    assert _dump(type(built).from_dict(built.to_dict()).to_dict()) == _dump(example)


# The generated AnnotationMetadata parses ISO ``createdAt`` strings (older exports) into
# datetimes and writes them back as ``...418000+00:00``: those examples are not kept
# byte for byte by the generated model (the builders keep them).
LOSSLESS = [case for case in EXAMPLES if '"createdAt": "' not in json.dumps(case[2])]


@pytest.mark.parametrize(("stem", "position", "example"), LOSSLESS, ids=[f"{s}[{p}]" for s, p, _ in LOSSLESS])
def test_documented_example_round_trips_through_the_generated_model(
    stem: str, position: int, example: Any
) -> None:
    built = _builder(stem).from_dict(example)
    model = built.to_model()
    assert _dump(type(built).from_dict(model.to_dict()).to_dict()) == _dump(example)


def test_the_generated_model_rewrites_iso_created_at() -> None:
    lossy = [case for case in EXAMPLES if case not in LOSSLESS]
    assert [stem for stem, _, _ in lossy] == [
        "AnnotationObject--export-format-1",
        "AnnotationObject--export-format-3",
    ]
    built = ToolObject.from_dict(lossy[0][2])
    assert built.to_dict()["metadata"]["createdAt"] == "2021-12-08T12:31:34.418Z"
    assert built.to_model().to_dict()["metadata"]["createdAt"] == "2021-12-08T12:31:34.418000+00:00"


def test_unknown_fields_are_kept_at_every_level() -> None:
    data = {
        "objects": [
            {
                "schemaId": "s",
                "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4, "future": [1]},
                "metadata": {"createdAt": 1},
                "newField": {"a": None},
                "classifications": [{"schemaId": "c", "answer": "x", "tool": "radio", "page": 0}],
            }
        ],
        "relations": [{"schemaId": "r", "group": ["a", "b"], "metadata": {}}],
        "somethingNew": True,
    }
    assert _dump(TaskAnswer.from_dict(data).to_dict()) == _dump(data)
    row = {"externalId": "e", "brushDataUrl": None, "asset": "https://x", "objects": []}
    assert _dump(LabelImportRow.from_dict(row).to_dict()) == _dump(row)


def test_legacy_tools_key_is_kept() -> None:
    answer = TaskAnswer.from_dict({"tools": [], "classifications": []})
    assert answer.objects_key == "tools"
    assert answer.to_dict() == {"tools": [], "classifications": []}
    assert TaskAnswer.from_model(Answer.from_dict({"objects": []})).to_dict() == {"objects": []}


def test_from_model_reads_the_generated_label_import() -> None:
    row = {"externalId": "e", "objects": [{"schemaId": "s", "point": [1, 2]}]}
    assert LabelImportRow.from_model(LabelImport.from_dict(row)).to_dict() == row


@pytest.mark.parametrize(
    ("builder", "data", "message"),
    [
        (
            ToolObject,
            {"schemaId": "s", "polygon": [[0, 0], [1, 1]]},
            "polygon needs at least 3 points, got 2",
        ),
        (ToolObject, {"schemaId": "s", "ner": {"start": 5, "end": 2}}, "ner end (2) must be after start (5)"),
        (
            ToolObject,
            {"point": [1, 2], "polygon": [[0, 0], [1, 0], [1, 1]]},
            "this one has 2: polygon, point",
        ),
        (ToolObject, {"bounding-box": {"x": 1, "y": 2, "width": 3}}, "bounding-box has no height"),
        (LabelImportRow, {"objects": []}, "needs an external_id"),
        (Classification, {"schemaId": "c", "answer": {"a": 1}}, "a classification answer is a string"),
    ],
)
def test_from_dict_refuses_malformed_json(builder: Any, data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        builder.from_dict(data)
