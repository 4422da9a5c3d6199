"""Validation of answers and label imports against a project's label set.

Every problem is collected (not only the first) and reported with its path in the answer,
in one :class:`AnnotationError`:

* an object whose schemaId is not a tool of the label set, or whose geometry is not the
  one its tool draws (a polygon for a bounding-box tool), or is malformed;
* a classification answer whose schemaId is not a classification where it sits (top
  level, under a tool, under another classification or a relation), whose answer has the
  wrong type for the classification (a list for a radio), or names an option that does
  not exist;
* a relation whose schemaId is not a relation, that lacks the members its type needs, or
  that refers to objects the answer does not have.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ango_hub_api.models.answer import Answer
from ango_hub_api.models.label_import import LabelImport

from ._answer import LabelImportRow, TaskAnswer
from ._checker import ROW_KEYS, check_json, problems_in
from ._common import Problem
from ._schema import LabelSetLike

__all__ = ["find_problems", "validate"]

Validatable = TaskAnswer | LabelImportRow | Answer | LabelImport | Mapping[str, Any]


def validate(value: Validatable, label_set: LabelSetLike) -> None:
    """Check an answer or a label import row against ``label_set``.

    ``value`` is a :class:`TaskAnswer`, a :class:`LabelImportRow`, the generated ``Answer``
    or ``LabelImport``, or the JSON of either (a mapping with ``externalId``, ``dataUrl``,
    ``assetId``, ``data`` or ``answer`` is taken as a row). ``label_set`` is a ``LabelSet``
    (``ango_hub.label_set``), the generated ``CategorySchema``, its dict form, or a
    :class:`SchemaIndex`. Raises
    :class:`AnnotationError` listing every problem.
    """
    data, is_row = _json_of(value)
    check_json(data, label_set, is_row=is_row)


def find_problems(value: Validatable, label_set: LabelSetLike) -> list[Problem]:
    """Every problem of ``value`` against ``label_set`` (see :func:`validate`); empty when
    the answer fits the label set. Pass a :class:`SchemaIndex` to check many answers
    against one label set without indexing it again each time."""
    data, is_row = _json_of(value)
    return problems_in(data, label_set, is_row=is_row)


def _json_of(value: Validatable) -> tuple[Mapping[str, Any], bool]:
    """The JSON of ``value``, and whether it is a label import row."""
    if isinstance(value, TaskAnswer | LabelImportRow | Answer | LabelImport):
        return value.to_dict(), isinstance(value, LabelImportRow | LabelImport)
    if isinstance(value, Mapping):
        return value, bool(ROW_KEYS & set(value))
    raise TypeError(
        f"cannot validate a {type(value).__name__}: give a TaskAnswer, a LabelImportRow or their JSON"
    )
