"""Filtering, sorting, paging and projection of JSON documents, MongoDB-style.

Used by ``list_tasks`` (``TaskFilter``), ``list_assets`` (``AssetFilter``), the exports and
``list_projects``. Conditions follow MongoDB's semantics:

* ``$eq``/``$ne``/``$in``/``$nin``/``$regex`` on a list field (``batches``) look at its
  elements: ``{"batches": {"$eq": id}}`` matches tasks in that batch;
* a missing (or null) field matches ``$ne``, ``$nin`` and ``{"$exists": false}`` only;
* ``$gt``/``$gte``/``$lt``/``$lte`` compare numbers, and timestamps as instants (any ISO
  8601 spelling, naive ones being UTC).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ..state import parse_timestamp
from ..web.errors import bad_request

__all__ = [
    "TASK_FILTER_FIELDS",
    "Condition",
    "compile_conditions",
    "matches",
    "page_of",
    "select_fields",
    "sort_documents",
    "task_conditions",
]

Json = dict[str, Any]
Condition = Callable[[Json], bool]

#: TaskFilter fields that are not top-level fields of a task view, and where they are.
TASK_FILTER_FIELDS: dict[str, str] = {"reviewStatus": "review.status"}
_DATE_FIELDS = {"createdAt", "updatedAt", "completedAt"}
_MISSING = object()


def lookup(document: Json, dotted: str) -> Any:
    """Return the value at a dotted path (``review.status``), or a sentinel when missing."""
    node: Any = document
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return _MISSING
        node = node[part]
    return node


def compile_conditions(
    conditions: Json,
    *,
    aliases: dict[str, str] | None = None,
    expanders: dict[str, Callable[[Json], list[Any]]] | None = None,
    subject: str = "filter",
) -> list[Condition]:
    """Turn ``{field: {"$op": value}}`` (or ``{field: value}`` for ``$eq``) into predicates.

    ``aliases`` maps filter fields to dotted document paths; ``expanders`` computes the
    values of a field from the whole document (each value is tried, like a list field).
    A bad regular expression raises a 400 error naming ``subject`` and the field.
    """
    compiled: list[Condition] = []
    for name, spec in conditions.items():
        path = (aliases or {}).get(name, name)
        expander = (expanders or {}).get(name)
        operators = spec if isinstance(spec, dict) and spec and all(k.startswith("$") for k in spec) else None
        ops: Json = operators if operators is not None else {"$eq": spec}
        is_date = path in _DATE_FIELDS
        for op, operand in ops.items():
            if op == "$regex":
                try:
                    operand = re.compile(str(operand))
                except re.error as exc:
                    raise bad_request(
                        f"Invalid query parameter '{subject}' at '{name}/$regex': {exc}"
                    ) from None
            compiled.append(_condition(path, expander, op, operand, is_date, subject, name))
    return compiled


def matches(document: Json, conditions: Iterable[Condition]) -> bool:
    """Return True when ``document`` satisfies every condition."""
    return all(condition(document) for condition in conditions)


def _condition(
    path: str,
    expander: Callable[[Json], list[Any]] | None,
    op: str,
    operand: Any,
    is_date: bool,
    subject: str,
    name: str,
) -> Condition:
    def values_of(document: Json) -> list[Any] | None:
        if expander is not None:
            return expander(document)
        value = lookup(document, path)
        if value is _MISSING or value is None:
            return None
        return list(value) if isinstance(value, list) else [value]

    def check(document: Json) -> bool:
        values = values_of(document)
        if op == "$exists":
            return (values is not None) == bool(operand)
        if values is None:
            return op in ("$ne", "$nin")
        return _compare(values, op, operand, is_date)

    if op not in _OPERATORS:
        raise bad_request(f"Invalid query parameter '{subject}' at '{name}': unknown operator {op!r}")
    return check


def _compare(values: list[Any], op: str, operand: Any, is_date: bool) -> bool:
    if op == "$eq":
        return any(_equal(value, operand, is_date) for value in values)
    if op == "$ne":
        return not any(_equal(value, operand, is_date) for value in values)
    if op == "$in":
        return any(_equal(value, item, is_date) for value in values for item in operand)
    if op == "$nin":
        return not any(_equal(value, item, is_date) for value in values for item in operand)
    if op == "$regex":
        return any(isinstance(value, str) and operand.search(value) is not None for value in values)
    return any(_ordered(value, op, operand, is_date) for value in values)


def _equal(value: Any, operand: Any, is_date: bool) -> bool:
    if is_date:
        left, right = parse_timestamp(value), parse_timestamp(operand)
        if left is not None and right is not None:
            return left == right
    return bool(value == operand)


def _ordered(value: Any, op: str, operand: Any, is_date: bool) -> bool:
    left: Any = value
    right: Any = operand
    if is_date:
        left, right = parse_timestamp(value), parse_timestamp(operand)
        if left is None or right is None:
            return False
    elif isinstance(value, bool) or not isinstance(value, int | float):
        if not (isinstance(value, str) and isinstance(operand, str)):
            return False
    elif isinstance(operand, bool) or not isinstance(operand, int | float):
        return False
    if op == "$gt":
        return bool(left > right)
    if op == "$gte":
        return bool(left >= right)
    if op == "$lt":
        return bool(left < right)
    return bool(left <= right)


_OPERATORS = {"$eq", "$ne", "$in", "$nin", "$regex", "$exists", "$gt", "$gte", "$lt", "$lte"}


def sort_documents(documents: list[Json], sort: str | None) -> list[Json]:
    """Sort by comma-separated fields (``-createdAt,priority``; ``-`` for descending).

    The sort is stable: documents that compare equal keep their order (creation order), so
    that pages never overlap. Documents missing a field come after the others (ascending).
    """
    ordered = list(documents)
    if not sort:
        return ordered
    fields = [field.strip() for field in sort.split(",") if field.strip()]
    for field in reversed(fields):
        descending = field.startswith("-")
        path = field.lstrip("-+")
        ordered.sort(key=lambda document: _sort_key(lookup(document, path)), reverse=descending)
    return ordered


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is _MISSING or value is None:
        return (3, 0)
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, str):
        moment = parse_timestamp(value) if value[:4].isdigit() else None
        return (1, moment.timestamp()) if moment is not None else (2, value)
    return (2, str(value))


def page_of(documents: list[Json], page: int, limit: int) -> list[Json]:
    """Return page ``page`` (from 1) of ``limit`` documents."""
    start = (page - 1) * limit
    return documents[start : start + limit]


def select_fields(document: Json, fields: Iterable[str], always: Iterable[str]) -> Json:
    """Keep only ``fields`` (top-level names) and ``always`` of a document."""
    wanted = set(fields) | set(always)
    return {key: value for key, value in document.items() if key in wanted}


def task_conditions(project: Json, conditions: Json, *, subject: str = "filter") -> list[Condition]:
    """Compile ``TaskFilter`` conditions for the task views of ``project``.

    ``stage`` matches a stage's id or its name; ``batches`` a batch's id or its name;
    ``reviewStatus`` looks at ``review.status``; any other field is looked up in the task.
    """
    stages = {stage["id"]: stage.get("name", stage["id"]) for stage in project["stages"]}
    batch_names = {batch["_id"]: batch["name"] for batch in project["batches"]}

    def stage_values(view: Json) -> list[Any]:
        return [view["stage"], stages.get(view["stage"], view["stage"])]

    def batch_values(view: Json) -> list[Any]:
        ids: list[str] = view.get("batches", [])
        return [*ids, *(batch_names[batch_id] for batch_id in ids if batch_id in batch_names)]

    return compile_conditions(
        conditions,
        aliases=TASK_FILTER_FIELDS,
        expanders={"stage": stage_values, "batches": batch_values},
        subject=subject,
    )
