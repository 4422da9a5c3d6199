"""Strict mode: refuse what the real Ango Hub refuses, not only what the spec does.

A mock made with ``create_app(strict=True)`` (``python -m ango_hub.mock --strict``, the
pytest plugin's ``ango_mock_strict`` option) answers 400, with a message naming the bad
value and what the project allows, to:

* an answer (``annotate_task``) or a label import row (``import_labels``) that does not fit
  the project's label set: an object whose ``schemaId`` is not a tool of it, or whose
  geometry is not its tool's; a classification whose ``schemaId`` is not one where it sits,
  or whose answer is not one of its options; a relation whose ``schemaId`` is not a
  relation or whose members are not objects of the answer. The checks are those of
  :func:`ango_hub.annotations.find_problems`, the client's own validation;
* a stage that the project does not have, by id or name, in a task filter (``list_tasks``'
  ``filter``/``filters`` and ``stage``), an export (``stage`` of ``/export`` and
  ``/exportV3``), the issue list (``stage``), and the ``fromStageIds`` of
  ``requeue_tasks`` and ``update_tasks_priority``.

Without strict mode these are accepted: answers are stored as sent, and an unknown stage
matches no task. The checks below do nothing unless the store is strict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ango_hub.annotations import SchemaIndex, find_problems

from ..state import MockState, find_stage
from ..web.errors import bad_request
from ..web.handling import Json, name_list

__all__ = ["MAX_PROBLEMS", "check_answer", "check_label_rows", "check_stages", "filter_stages"]

#: How many problems a refusal lists (then "and N more").
MAX_PROBLEMS = 10


def check_answer(state: MockState, project: Json, answer: Any, *, subject: str) -> None:
    """Refuse (400) an answer that does not fit the project's label set (strict mode only)."""
    if not state.strict or not isinstance(answer, Mapping):
        return
    index = SchemaIndex(project.get("categorySchema") or {})
    problems = [str(problem) for problem in find_problems(answer, index)]
    if problems:
        raise bad_request(f"Invalid request body at '{subject}': {_refusal(project, index, problems)}")


def check_label_rows(state: MockState, project: Json, rows: Sequence[Any], *, subject: str) -> None:
    """Refuse (400) label import rows that do not fit the project's label set (strict mode only)."""
    if not state.strict:
        return
    index = SchemaIndex(project.get("categorySchema") or {})
    problems: list[str] = []
    for position, row in enumerate(rows):
        if not isinstance(row, Mapping):
            continue
        key = next((key for key in ("externalId", "dataUrl", "assetId", "data") if row.get(key)), None)
        where = f"{subject}[{position}]" + (f' ({key} "{row[key]}")' if key else "")
        problems.extend(
            f"{where}.{problem}" if problem.path else f"{where}: {problem.message}"
            for problem in find_problems(row, index)
        )
    if problems:
        raise bad_request(f"Invalid request body at '{subject}': {_refusal(project, index, problems)}")


def check_stages(state: MockState, project: Json, references: Iterable[Any], *, subject: str) -> None:
    """Refuse (400) stage ids or names the project does not have (strict mode only)."""
    if not state.strict:
        return
    unknown = [
        reference
        for reference in dict.fromkeys(references)
        if not isinstance(reference, str) or find_stage(project, reference) is None
    ]
    if unknown:
        stages = name_list((stage.get("name", stage["id"]) for stage in project["stages"]), limit=20)
        shown = name_list(str(reference) for reference in unknown)
        noun = "stage" if len(unknown) == 1 else "stages"
        raise bad_request(
            f"{subject}: unknown {noun} {shown} in project {project['name']!r} (its stages: {stages})"
        )


def filter_stages(condition: Any) -> list[Any]:
    """The stages a ``TaskFilter`` condition on ``stage`` names (``$eq``, ``$ne``, ``$in``,
    ``$nin`` or a plain value); a ``$regex`` names none."""
    if (
        not isinstance(condition, Mapping)
        or not condition
        or not all(str(key).startswith("$") for key in condition)
    ):
        return [condition]
    named: list[Any] = []
    for operator, operand in condition.items():
        if operator in ("$eq", "$ne"):
            named.append(operand)
        elif operator in ("$in", "$nin") and isinstance(operand, list):
            named.extend(operand)
    return named


def _refusal(project: Json, index: SchemaIndex, problems: list[str]) -> str:
    count = len(problems)
    listed = "; ".join(problems[:MAX_PROBLEMS])
    if count > MAX_PROBLEMS:
        listed += f"; and {count - MAX_PROBLEMS} more"
    noun = "problem" if count == 1 else "problems"
    return (
        f"{count} {noun} with the label set of project {project['name']!r}: {listed}. "
        f"The label set has {_allowed(index)}."
    )


def _allowed(index: SchemaIndex) -> str:
    """The top-level entries of a label set: ``tools "Vehicle" (bounding-box, schemaId "..."), ...``."""

    def entries(items: list[Json]) -> str:
        shown = [
            f'"{item.get("title")}" ({item.get("tool")}, schemaId "{item.get("schemaId")}")' for item in items
        ]
        if len(shown) > MAX_PROBLEMS:
            shown = [*shown[:MAX_PROBLEMS], f"and {len(shown) - MAX_PROBLEMS} more"]
        return ", ".join(shown) if shown else "none"

    parts = [f"tools {entries(index.tools)}", f"classifications {entries(index.top_classifications)}"]
    if index.relations:
        parts.append(f"relations {entries(index.relations)}")
    return "; ".join(parts)
