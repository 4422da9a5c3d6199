"""Fluent builders for the task and asset filters of the API: ``TaskQuery`` and ``AssetQuery``.

>>> from datetime import datetime, timezone
>>> query = (
...     TaskQuery()
...     .stage("Label", "Review")
...     .status("TODO")
...     .created_between(datetime(2024, 5, 1, tzinfo=timezone.utc), datetime(2024, 6, 1, tzinfo=timezone.utc))
... )
>>> query.to_dict()["createdAt"]
{'$gte': '2024-05-01T00:00:00.000Z', '$lt': '2024-06-01T00:00:00.000Z'}

The builders are named ``TaskQuery`` and ``AssetQuery`` so as not to shadow the generated
models ``TaskFilter`` and ``AssetFilter`` they produce (:meth:`TaskQuery.to_model`) and read
(:meth:`TaskQuery.from_model`). They are read-only mappings of their wire JSON, so they can
be passed as they are wherever the client takes a filter::

    hub.tasks.list_page(project_id, filters=TaskQuery().stage("Review").assignee("ann@example.com"))
    hub.assets.list_page(project_id, filters=AssetQuery().pre_labeled(False))

Methods that take several values (``stage``, ``status``, ``is_in``, ...) take them as
separate arguments (``is_in("stage", "Label", "Review")``) or as one list, tuple or set
(``is_in("stage", ["Label", "Review"])``). On the fields whose values the API documents
(``status``: ``TODO``, ``Completed``; ``reviewStatus``: ``Accepted``, ``Rejected``, ``Todo``,
``Fixed``; ``type``: ``default``, ``consensus``, ``benchmark``), any other value is still
sent (the API may know more) but a ``UserWarning`` names the documented ones: a filter on a
status that does not exist silently matches nothing.

Each method returns a new query (queries are immutable). Conditions on different fields
are combined with AND; conditions on one field are merged into one operator object, and
setting the same operator of a field again replaces its value.

Times: a ``datetime`` with a time zone is converted to UTC; a naive ``datetime`` is taken
as UTC (not local time); a ``date`` means its midnight UTC. They are sent as the API's ISO
8601 strings with milliseconds and ``Z`` (``2024-05-01T00:00:00.000Z``); microseconds are
truncated to milliseconds.
"""

from __future__ import annotations

import copy
import json
import math
import re
import sys
import warnings
from collections.abc import Iterator, Mapping, Sequence, Set
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ango_hub_api.models.asset_filter import AssetFilter as AssetFilterModel
from ango_hub_api.models.review_status import ReviewStatus
from ango_hub_api.models.task_filter import TaskFilter as TaskFilterModel
from ango_hub_api.models.task_status import TaskStatus
from ango_hub_api.models.task_type import TaskType

__all__ = ["AssetQuery", "TaskQuery", "format_timestamp"]

Json = dict[str, Any]
Moment = datetime | date
#: What a method taking several values takes for each: a value, or (alone) all of them.
Values = str | Sequence[str] | Set[str]
FieldKind = Literal["string", "number", "date", "boolean"]

#: The fields of ``TaskFilter`` by wire name, with their kind (which operators they take).
TASK_FIELDS: dict[str, FieldKind] = {
    "stage": "string",
    "batches": "string",
    "status": "string",
    "reviewStatus": "string",
    "type": "string",
    "assignee": "string",
    "externalId": "string",
    "createdBy": "string",
    "updatedBy": "string",
    "createdAt": "date",
    "updatedAt": "date",
    "priority": "number",
    "duration": "number",
    "totalDuration": "number",
    "openIssuesCount": "number",
    "isDraft": "boolean",
    "isSkipped": "boolean",
    "isBenchmark": "boolean",
}
#: The values the spec documents for the fields that have an enum (``TaskStatus``,
#: ``ReviewStatus``, ``TaskType``). Others are sent, with a ``UserWarning``.
DOCUMENTED_VALUES: dict[str, tuple[str, ...]] = {
    "status": tuple(member.value for member in TaskStatus),
    "reviewStatus": tuple(member.value for member in ReviewStatus),
    "type": tuple(member.value for member in TaskType),
}
#: Python spellings of the wire names (``review_status`` for ``reviewStatus``, ...).
_ALIASES: dict[str, str] = {
    "review_status": "reviewStatus",
    "task_type": "type",
    "external_id": "externalId",
    "created_by": "createdBy",
    "updated_by": "updatedBy",
    "created_at": "createdAt",
    "updated_at": "updatedAt",
    "total_duration": "totalDuration",
    "open_issues_count": "openIssuesCount",
    "is_draft": "isDraft",
    "is_skipped": "isSkipped",
    "is_benchmark": "isBenchmark",
}
#: The operators of each kind of field, as the spec's ``StringCondition``,
#: ``NumberCondition``, ``DateRange`` and ``BooleanCondition`` list them.
OPERATORS: dict[FieldKind, tuple[str, ...]] = {
    "string": ("$eq", "$ne", "$regex", "$in", "$nin", "$exists"),
    "number": ("$eq", "$ne", "$gt", "$gte", "$lt", "$lte"),
    "date": ("$gt", "$gte", "$lt", "$lte"),
    "boolean": ("$eq",),
}
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def format_timestamp(moment: Moment) -> str:
    """``moment`` as the API's timestamp: ISO 8601 in UTC with milliseconds and ``Z``.

    A naive ``datetime`` is taken as UTC; a ``date`` is its midnight UTC.
    """
    if isinstance(moment, datetime):
        utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    elif isinstance(moment, date):
        utc = datetime.combine(moment, time(0), tzinfo=UTC)
    else:
        raise TypeError(f"expected a datetime or a date, got {type(moment).__name__}")
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def _parse_timestamp(name: str, value: object) -> datetime:
    if not isinstance(value, str) or not _TIMESTAMP.match(value):
        raise ValueError(f"{name} must be an ISO 8601 timestamp with a time zone, got {value!r}")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed.astimezone(UTC)


def _string(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def _strings(name: str, values: object) -> list[str]:
    if isinstance(values, str) or not isinstance(values, list | tuple):
        raise ValueError(f"{name} must be a list of strings, got {values!r}")
    items = [_string(f"{name}[{index}]", value) for index, value in enumerate(values)]
    if not items:
        raise ValueError(f"{name} must not be empty")
    return items


def _spread(name: str, values: tuple[Values, ...]) -> tuple[str, ...]:
    """The values of a method that takes several: given one by one, or as one list, tuple
    or set (a set in sorted order). Refuse a mix of both."""
    if len(values) == 1 and isinstance(values[0], list | tuple | Set):
        only = values[0]
        return tuple(sorted(only, key=str) if isinstance(only, Set) else only)
    if any(isinstance(value, list | tuple | Set) for value in values):
        raise ValueError(
            f"{name}: give the values as separate arguments ('Label', 'Review') or as one list "
            "(['Label', 'Review']), not both"
        )
    return tuple(values)  # type: ignore[arg-type]  # every value is a str (or refused later)


def _outside_stacklevel() -> int:
    """The ``stacklevel`` for a ``warnings.warn`` made by the caller of this function that
    points at the first frame outside this module (the user's line)."""
    level = 1
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _warn_undocumented(wire: str, operators: Mapping[str, Any]) -> None:
    """Warn about each value of ``$eq``/``$ne``/``$in``/``$nin`` on ``wire`` outside the
    values the spec documents for it (nothing for fields without such values)."""
    documented = DOCUMENTED_VALUES.get(wire)
    if documented is None:
        return
    given: list[Any] = []
    for op in ("$eq", "$ne", "$in", "$nin"):
        operand = operators.get(op)
        given.extend(operand if isinstance(operand, list) else [] if operand is None else [operand])
    for value in given:
        if value in documented:
            continue
        near = [known for known in documented if isinstance(value, str) and known.lower() == value.lower()]
        hint = f"; did you mean {near[0]!r}?" if near else ""
        warnings.warn(
            f"{wire} {value!r} is not one of the documented values ({', '.join(documented)}): "
            f"unless Ango Hub has such a {wire}, this filter matches nothing{hint}",
            UserWarning,
            stacklevel=_outside_stacklevel(),
        )


def _number(name: str, value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return value


def _check_range(name: str, condition: Mapping[str, Any], convert: Any) -> None:
    """Refuse an empty range (its lower bound above its upper bound)."""
    lows = [(convert(condition[op]), op) for op in ("$gt", "$gte") if op in condition]
    highs = [(convert(condition[op]), op) for op in ("$lt", "$lte") if op in condition]
    for low, low_op in lows:
        for high, high_op in highs:
            if low > high or (low == high and (low_op == "$gt" or high_op == "$lt")):
                raise ValueError(
                    f"{name}: no value is {low_op} {condition[low_op]!r} and {high_op} {condition[high_op]!r}"
                    " (the start must be before the end)"
                )


def _check_condition(name: str, kind: FieldKind, condition: object) -> str | Json:
    """Check one field's condition as read from JSON; return a copy. ``stage`` also takes
    a plain stage ID (the spec's ``oneOf``)."""
    if kind == "string" and name == "stage" and isinstance(condition, str):
        return _string(name, condition)
    if not isinstance(condition, Mapping) or not condition:
        raise ValueError(f"{name} must be an operator object such as {{'$eq': ...}}, got {condition!r}")
    allowed = OPERATORS[kind]
    for op, operand in condition.items():
        if op not in allowed:
            raise ValueError(f"{name} does not take the operator {op!r} (it takes {', '.join(allowed)})")
        where = f"{name} {op}"
        if kind == "string":
            if op in ("$in", "$nin"):
                _strings(where, operand)
            elif op == "$exists":
                if not isinstance(operand, bool):
                    raise ValueError(f"{where} must be True or False, got {operand!r}")
            else:
                _string(where, operand)
        elif kind == "number":
            _number(where, operand)
        elif kind == "date":
            _parse_timestamp(where, operand)
        elif not isinstance(operand, bool):
            raise ValueError(f"{where} must be True or False, got {operand!r}")
    if kind == "number":
        _check_range(name, condition, lambda value: value)
    elif kind == "date":
        _check_range(name, condition, lambda value: _parse_timestamp(name, value))
    return copy.deepcopy(dict(condition))


class _Query(Mapping[str, Any]):
    """What :class:`TaskQuery` and :class:`AssetQuery` share: a read-only mapping of the
    filter's wire JSON, immutable (each method returns a new query)."""

    __slots__ = ("_conditions",)

    #: The filter in error messages ("a task filter").
    _SUBJECT: ClassVar[str]

    def __init__(self) -> None:
        """An empty filter: every task (or asset)."""
        self._conditions: dict[str, Any] = {}

    # --- the Mapping protocol (the wire JSON) ---------------------------------------------

    def __getitem__(self, key: str) -> Any:
        """The wire JSON of one field's condition."""
        return copy.deepcopy(self._conditions[key])

    def __iter__(self) -> Iterator[str]:
        """The fields with a condition."""
        return iter(self._conditions)

    def __len__(self) -> int:
        """The number of fields with a condition."""
        return len(self._conditions)

    def __repr__(self) -> str:
        """``TaskQuery({...})`` (or ``AssetQuery``) with the wire JSON."""
        return f"{type(self).__name__}({json.dumps(self._conditions, sort_keys=True)})"

    # --- JSON -----------------------------------------------------------------------------

    def to_dict(self) -> Json:
        """The wire JSON of the filter (what the ``filter`` query parameter of the task
        listings, or the ``filters`` one of the asset listings, holds)."""
        return copy.deepcopy(self._conditions)

    @classmethod
    def _empty_for(cls, data: object) -> Self:
        """An empty query to read ``data`` into; refuse ``data`` that is not an object."""
        if not isinstance(data, Mapping):
            raise ValueError(f"{cls._SUBJECT} must be a JSON object, got {type(data).__name__}")
        return cls()

    def _with(self, key: str, value: Any) -> Self:
        query = type(self)()
        query._conditions = {**copy.deepcopy(self._conditions), key: value}
        return query


class TaskQuery(_Query):
    """A task filter (the spec's ``TaskFilter``), built one condition at a time.

    ``TaskQuery().stage("Label", "Review").status("TODO").created_between(a, b)`` is
    ``{"stage": {"$in": ["Label", "Review"]}, "status": {"$eq": "TODO"},
    "createdAt": {"$gte": "...", "$lt": "..."}}``. Field names may be given as on the wire
    (``reviewStatus``) or in Python style (``review_status``).
    """

    __slots__ = ()
    _SUBJECT = "a task filter"

    # --- JSON and the generated model -----------------------------------------------------

    def to_model(self) -> TaskFilterModel:
        """The generated ``TaskFilter`` model.

        Note: the generated ``DateRange`` parses its timestamps, and its ``to_dict`` writes
        them back as ``2024-05-01T00:00:00+00:00``, not in the API's ``...00.000Z`` form;
        pass the query itself to the client to send the exact wire format.
        """
        return TaskFilterModel.from_dict(self.to_dict())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskQuery:
        """Read a filter from its wire JSON, checking fields, operators and values."""
        query = cls._empty_for(data)
        for name, condition in data.items():
            kind = TASK_FIELDS.get(name)
            if kind is None:
                raise ValueError(f"unknown task filter field {name!r}; fields: {', '.join(TASK_FIELDS)}")
            query._conditions[name] = _check_condition(name, kind, condition)
        return query

    @classmethod
    def from_model(cls, model: TaskFilterModel) -> TaskQuery:
        """Read the generated ``TaskFilter`` model (timestamps back in the API's form)."""
        data = model.to_dict()
        for name, kind in TASK_FIELDS.items():
            if kind == "date" and isinstance(data.get(name), dict):
                data[name] = {
                    op: format_timestamp(_parse_timestamp(f"{name} {op}", value))
                    for op, value in data[name].items()
                }
        return cls.from_dict(data)

    # --- generic conditions ---------------------------------------------------------------

    def _field(self, name: str, kind: FieldKind) -> str:
        wire = _ALIASES.get(name, name)
        actual = TASK_FIELDS.get(wire)
        if actual is None:
            raise ValueError(f"unknown task filter field {name!r}; fields: {', '.join(TASK_FIELDS)}")
        if actual != kind:
            raise ValueError(f"{wire} is a {actual} field, not a {kind} field")
        return wire

    def _merged(self, wire: str, kind: FieldKind, operators: Mapping[str, Any]) -> TaskQuery:
        if not operators:
            raise ValueError(f"{wire}: give at least one operator")
        current = self._conditions.get(wire)
        merged: Json = {"$eq": current} if isinstance(current, str) else dict(current or {})
        merged.update(operators)
        return self._with(wire, _check_condition(wire, kind, merged))

    def string(
        self,
        field: str,
        *,
        eq: str | None = None,
        ne: str | None = None,
        in_: Sequence[str] | None = None,
        nin: Sequence[str] | None = None,
        regex: str | None = None,
        exists: bool | None = None,
    ) -> TaskQuery:
        """A condition on a text field (``stage``, ``batches``, ``status``, ``reviewStatus``,
        ``type``, ``assignee``, ``externalId``, ``createdBy``, ``updatedBy``): equal to
        ``eq``, not ``ne``, one of ``in_``, none of ``nin``, matching the regular
        expression ``regex``, or set (``exists=True``) or not. On ``batches`` (a list),
        each operator looks at the task's batch IDs. A value of ``status``,
        ``reviewStatus`` or ``type`` the API does not document is sent, with a
        ``UserWarning`` naming the documented values."""
        wire = self._field(field, "string")
        operators: Json = {}
        for op, value in (("$eq", eq), ("$ne", ne), ("$regex", regex), ("$exists", exists)):
            if value is not None:
                operators[op] = value
        for op, values in (("$in", in_), ("$nin", nin)):
            if values is not None:
                operators[op] = _strings(f"{wire} {op}", values)
        merged = self._merged(wire, "string", operators)
        _warn_undocumented(wire, operators)
        return merged

    def number(
        self,
        field: str,
        *,
        eq: float | None = None,
        ne: float | None = None,
        gt: float | None = None,
        gte: float | None = None,
        lt: float | None = None,
        lte: float | None = None,
    ) -> TaskQuery:
        """A condition on a number field (``priority``, ``duration``, ``totalDuration``,
        ``openIssuesCount``): ``eq``, ``ne``, and the bounds ``gt``, ``gte``, ``lt``,
        ``lte``. An empty range is refused."""
        wire = self._field(field, "number")
        operators = {
            op: value
            for op, value in (
                ("$eq", eq),
                ("$ne", ne),
                ("$gt", gt),
                ("$gte", gte),
                ("$lt", lt),
                ("$lte", lte),
            )
            if value is not None
        }
        return self._merged(wire, "number", operators)

    def date(
        self,
        field: str,
        *,
        gt: Moment | None = None,
        gte: Moment | None = None,
        lt: Moment | None = None,
        lte: Moment | None = None,
    ) -> TaskQuery:
        """A range on ``createdAt`` or ``updatedAt``: after ``gt`` (or from ``gte``),
        before ``lt`` (or up to ``lte``). See the module's notes on time zones."""
        wire = self._field(field, "date")
        operators = {
            op: format_timestamp(value)
            for op, value in (("$gt", gt), ("$gte", gte), ("$lt", lt), ("$lte", lte))
            if value is not None
        }
        return self._merged(wire, "date", operators)

    def flag(self, field: str, value: bool) -> TaskQuery:
        """A condition on a yes/no field (``isDraft``, ``isSkipped``, ``isBenchmark``)."""
        wire = self._field(field, "boolean")
        if not isinstance(value, bool):
            raise ValueError(f"{wire} must be True or False, got {value!r}")
        return self._merged(wire, "boolean", {"$eq": value})

    def is_in(self, field: str, *values: Values) -> TaskQuery:
        """``field`` is one of ``values``: ``$eq`` for one value, ``$in`` for several.

        The values are separate arguments (``is_in("stage", "Label", "Review")``) or one
        list, tuple or set (``is_in("stage", ["Label", "Review"])``).
        """
        values = _spread(field, values)
        if not values:
            raise ValueError(f"{field}: give at least one value")
        if len(values) == 1:
            return self.string(field, eq=_string(field, values[0]))
        return self.string(field, in_=list(values))

    def is_not(self, field: str, *values: Values) -> TaskQuery:
        """``field`` is none of ``values``: ``$ne`` for one value, ``$nin`` for several
        (separate arguments, or one list, tuple or set, as for :meth:`is_in`)."""
        values = _spread(field, values)
        if not values:
            raise ValueError(f"{field}: give at least one value")
        if len(values) == 1:
            return self.string(field, ne=_string(field, values[0]))
        return self.string(field, nin=list(values))

    # --- shortcuts ------------------------------------------------------------------------

    def stage(self, *stage_ids: Values) -> TaskQuery:
        """Tasks in one of these stages (stage IDs): ``{"stage": {"$in": [...]}}``.

        Always ``$in`` (also for one stage), the form the official SDK and the API
        reference use for stages; use ``string("stage", eq=...)`` for ``$eq``.
        """
        return self.string("stage", in_=_strings("stage", list(_spread("stage", stage_ids))))

    def not_stage(self, *stage_ids: Values) -> TaskQuery:
        """Tasks in none of these stages: ``$ne`` (one) or ``$nin`` (several)."""
        return self.is_not("stage", *stage_ids)

    def batch(self, *batch_ids: Values) -> TaskQuery:
        """Tasks in any of these batches (batch IDs): ``{"batches": {"$in": [...]}}``."""
        return self.string("batches", in_=_strings("batches", list(_spread("batches", batch_ids))))

    def status(self, *statuses: Values) -> TaskQuery:
        """Tasks with one of these statuses: the documented ones are ``TODO`` and
        ``Completed``; any other is sent with a ``UserWarning`` (it likely matches nothing)."""
        return self.is_in("status", *statuses)

    def review_status(self, *statuses: Values) -> TaskQuery:
        """Tasks whose review has one of these statuses (``Accepted``, ``Rejected``, ``Todo``,
        ``Fixed``; any other is sent with a ``UserWarning``)."""
        return self.is_in("reviewStatus", *statuses)

    def task_type(self, *types: Values) -> TaskQuery:
        """Tasks of one of these types (``default``, ``consensus``, ``benchmark``; any other
        is sent with a ``UserWarning``)."""
        return self.is_in("type", *types)

    def assignee(self, *emails: Values) -> TaskQuery:
        """Tasks assigned to one of these users (e-mails)."""
        return self.is_in("assignee", *emails)

    def unassigned(self) -> TaskQuery:
        """Tasks assigned to nobody: ``{"assignee": {"$exists": false}}``."""
        return self.string("assignee", exists=False)

    def external_id(self, *external_ids: Values) -> TaskQuery:
        """Tasks of the assets with one of these external IDs."""
        return self.is_in("externalId", *external_ids)

    def created_by(self, *emails: Values) -> TaskQuery:
        """Tasks created by one of these users."""
        return self.is_in("createdBy", *emails)

    def updated_by(self, *emails: Values) -> TaskQuery:
        """Tasks last updated by one of these users."""
        return self.is_in("updatedBy", *emails)

    def created_between(self, start: Moment, end: Moment) -> TaskQuery:
        """Tasks created from ``start`` (included) to ``end`` (excluded); ``start`` must be
        before ``end``."""
        return self.date("createdAt", gte=start, lt=end)

    def created_after(self, moment: Moment, *, inclusive: bool = False) -> TaskQuery:
        """Tasks created after ``moment`` (or at it, with ``inclusive=True``)."""
        return self.date("createdAt", gte=moment) if inclusive else self.date("createdAt", gt=moment)

    def created_before(self, moment: Moment, *, inclusive: bool = False) -> TaskQuery:
        """Tasks created before ``moment`` (or at it, with ``inclusive=True``)."""
        return self.date("createdAt", lte=moment) if inclusive else self.date("createdAt", lt=moment)

    def updated_between(self, start: Moment, end: Moment) -> TaskQuery:
        """Tasks updated from ``start`` (included) to ``end`` (excluded)."""
        return self.date("updatedAt", gte=start, lt=end)

    def updated_after(self, moment: Moment, *, inclusive: bool = False) -> TaskQuery:
        """Tasks updated after ``moment`` (or at it, with ``inclusive=True``)."""
        return self.date("updatedAt", gte=moment) if inclusive else self.date("updatedAt", gt=moment)

    def updated_before(self, moment: Moment, *, inclusive: bool = False) -> TaskQuery:
        """Tasks updated before ``moment`` (or at it, with ``inclusive=True``)."""
        return self.date("updatedAt", lte=moment) if inclusive else self.date("updatedAt", lt=moment)

    def priority(self, value: float) -> TaskQuery:
        """Tasks of this priority."""
        return self.number("priority", eq=value)

    def priority_between(self, low: float, high: float) -> TaskQuery:
        """Tasks with a priority from ``low`` to ``high`` (both included)."""
        return self.number("priority", gte=low, lte=high)

    def with_open_issues(self, value: bool = True) -> TaskQuery:
        """Tasks with open issues (``openIssuesCount > 0``), or without (``== 0``)."""
        return self.number("openIssuesCount", gt=0) if value else self.number("openIssuesCount", eq=0)

    def draft(self, value: bool = True) -> TaskQuery:
        """Tasks that are drafts (or not)."""
        return self.flag("isDraft", value)

    def skipped(self, value: bool = True) -> TaskQuery:
        """Tasks that were skipped (or not)."""
        return self.flag("isSkipped", value)

    def benchmark(self, value: bool = True) -> TaskQuery:
        """Benchmark tasks (or not)."""
        return self.flag("isBenchmark", value)


#: The fields of ``AssetFilter`` (plain values, no operators).
ASSET_FIELDS = ("_id", "externalId", "isPreLabeled", "batches")


class AssetQuery(_Query):
    """An asset filter (the spec's ``AssetFilter``): plain values combined with AND.

    ``AssetQuery().external_id("cat.jpg").pre_labeled(False).in_batches("b1")`` is
    ``{"externalId": "cat.jpg", "isPreLabeled": false, "batches": ["b1"]}``.
    """

    __slots__ = ()
    _SUBJECT = "an asset filter"

    def asset_id(self, asset_id: str) -> AssetQuery:
        """The asset with this ID (``_id``)."""
        return self._with("_id", _string("_id", asset_id))

    def external_id(self, external_id: str) -> AssetQuery:
        """The asset with this external ID."""
        return self._with("externalId", _string("externalId", external_id))

    def pre_labeled(self, value: bool = True) -> AssetQuery:
        """Assets with imported labels (or without, ``value=False``)."""
        if not isinstance(value, bool):
            raise ValueError(f"isPreLabeled must be True or False, got {value!r}")
        return self._with("isPreLabeled", value)

    def in_batches(self, *batch_ids: Values) -> AssetQuery:
        """Assets in all of these batches (batch IDs, or one list of them)."""
        return self._with("batches", _strings("batches", list(_spread("batches", batch_ids))))

    def to_model(self) -> AssetFilterModel:
        """The generated ``AssetFilter`` model."""
        return AssetFilterModel.from_dict(self.to_dict())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssetQuery:
        """Read a filter from its wire JSON, checking fields and values."""
        query = cls._empty_for(data)
        for key, value in data.items():
            if key in ("_id", "externalId"):
                query = query._with(key, _string(key, value))
            elif key == "isPreLabeled":
                query = query.pre_labeled(value)
            elif key == "batches":
                query = query._with(key, _strings(key, value))
            else:
                raise ValueError(f"unknown asset filter field {key!r}; fields: {', '.join(ASSET_FIELDS)}")
        return query

    @classmethod
    def from_model(cls, model: AssetFilterModel) -> AssetQuery:
        """Read the generated ``AssetFilter`` model."""
        return cls.from_dict(model.to_dict())


#: Deprecated names of the builders, importable with a ``DeprecationWarning``: they are those
#: of the generated models ``ango_hub_api.models.TaskFilter`` and ``AssetFilter``.
_DEPRECATED: dict[str, type[_Query]] = {"TaskFilter": TaskQuery, "AssetFilter": AssetQuery}

if TYPE_CHECKING:
    # Type checkers see the old names as the classes (code using them keeps its types).
    TaskFilter = TaskQuery
    AssetFilter = AssetQuery
else:

    def __getattr__(name: str) -> type[_Query]:
        """``TaskFilter`` and ``AssetFilter``: the former names of ``TaskQuery`` and ``AssetQuery``."""
        builder = _DEPRECATED.get(name)
        if builder is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        warnings.warn(
            f"ango_hub.filters.{name} is deprecated: use ango_hub.filters.{builder.__name__} (the same "
            f"class; {name} is the name of the generated model ango_hub_api.models.{name})",
            DeprecationWarning,
            stacklevel=2,
        )
        return builder
