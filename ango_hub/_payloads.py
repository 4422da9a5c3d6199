"""Builder objects (label sets, answers, import rows) turned into the exact JSON sent.

The resources accept either the generated models or the builders of ``ango_hub.label_set``
and ``ango_hub.annotations``. A builder's own ``to_dict()`` is what goes on the wire (the
generated models would rewrite some values, such as timestamps), after the builder's
checks; a generated model is sent as its ``to_dict()``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ango_hub.annotations import (
    AnnotationError,
    LabelImportRow,
    Problem,
    SchemaIndex,
    TaskAnswer,
    find_problems,
)
from ango_hub.label_set import LabelSet, LabelSetInput, label_set_dict
from ango_hub_api.models.answer import Answer
from ango_hub_api.models.label_import import LabelImport

__all__ = [
    "AnswerInput",
    "ImportRowInput",
    "LabelSetInput",
    "answer_json",
    "import_rows_json",
    "label_set_json",
    "row_key",
]

Json = dict[str, Any]
#: An answer: the builder, the generated model, or its JSON.
AnswerInput = TaskAnswer | Answer | Mapping[str, Any]
#: One row of a label import: the builder, the generated model, or its JSON.
ImportRowInput = LabelImportRow | LabelImport | Mapping[str, Any]


def label_set_json(value: LabelSetInput, *, project_type: str | None = None) -> Json:
    """The JSON of a label set to send, validated first whatever its form (``LabelSetError``).

    A ``CategorySchema`` or its JSON is read as a ``LabelSet`` for the check (unknown keys
    kept), so a typo in a dict (an unknown tool type, a repeated schema id) is refused
    before anything is sent, as it is for a ``LabelSet``; what is sent is the JSON given.
    """
    if isinstance(value, LabelSet):
        value.validate(project_type)
        return label_set_dict(value, name="category_schema")
    data = label_set_dict(value, name="category_schema")
    LabelSet.from_category_schema(data).validate(project_type)
    return data


def answer_json(value: AnswerInput, *, label_set: LabelSetInput | None = None) -> Json:
    """The JSON of an answer, checked against ``label_set`` when given (``AnnotationError``)."""
    if not isinstance(value, TaskAnswer | Answer | Mapping):
        raise TypeError(f"expected a TaskAnswer, an Answer or its JSON, got {type(value).__name__}")
    data = value.to_dict() if isinstance(value, TaskAnswer | Answer) else dict(value)
    if label_set is not None:
        problems = find_problems(data, SchemaIndex(label_set))
        if problems:
            raise AnnotationError(problems, subject="answer")
    return data


def import_rows_json(rows: Sequence[ImportRowInput], *, label_set: LabelSetInput | None = None) -> list[Json]:
    """The JSON of label import rows; with ``label_set``, every row is checked first and one
    ``AnnotationError`` lists the problems of all rows (``rows[7].objects[0]: ...``)."""
    if isinstance(rows, Mapping | str | bytes) or not isinstance(rows, Sequence):
        raise TypeError("labels must be a list of rows (LabelImportRow, LabelImport or dicts)")
    if not rows:
        raise ValueError("labels must not be empty")
    out: list[Json] = []
    problems: list[Problem] = []
    schema = SchemaIndex(label_set) if label_set is not None else None
    for index, row in enumerate(rows):
        if isinstance(row, LabelImportRow | LabelImport):
            data = row.to_dict()
        elif isinstance(row, Mapping):
            data = dict(row)
        else:
            raise TypeError(
                f"labels[{index}] is a {type(row).__name__}: give a LabelImportRow, a LabelImport or a dict"
            )
        if not row_key(data):
            problems.append(Problem(f"rows[{index}]", _NO_KEY))
        if schema is not None:
            for problem in find_problems(data, schema):
                path = f"rows[{index}].{problem.path}" if problem.path else f"rows[{index}]"
                problems.append(Problem(path, problem.message))
        out.append(data)
    if problems:
        raise AnnotationError(problems, subject="label import")
    return out


_NO_KEY = "needs an externalId, a dataUrl, an assetId or the asset's data URL"


def row_key(row: Mapping[str, Any]) -> str:
    """What identifies a row's asset: its external ID, data URL, asset ID, or ``data`` (the
    asset's URL, as the import-format page's examples name it)."""
    for key in ("externalId", "dataUrl", "assetId", "data"):
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return ""
