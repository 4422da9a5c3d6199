from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    keep_source,
    model_repr,
)

T = TypeVar("T", bound="TaskFilter")
_new_object = object.__new__


@_attrs_define(repr=False)
class TaskFilter(LazyModel):
    """Conditions on tasks, combined with AND. Each field takes an operator object
    (`{"$eq": ...}`, `{"$in": [...]}`, `{"$gt": ...}`); `stage` also takes a plain ID.

        Attributes:
            stage (str | StringCondition | Unset):
            batches (StringCondition | Unset):
            status (StringCondition | Unset):
            review_status (StringCondition | Unset):
            type_ (StringCondition | Unset):
            assignee (StringCondition | Unset):
            external_id (StringCondition | Unset):
            created_by (StringCondition | Unset):
            updated_by (StringCondition | Unset):
            created_at (DateRange | Unset): A range of timestamps (ISO 8601, UTC).
            updated_at (DateRange | Unset): A range of timestamps (ISO 8601, UTC).
            priority (NumberCondition | Unset):
            duration (NumberCondition | Unset):
            total_duration (NumberCondition | Unset):
            open_issues_count (NumberCondition | Unset):
            is_draft (BooleanCondition | Unset):
            is_skipped (BooleanCondition | Unset):
            is_benchmark (BooleanCondition | Unset):
    """

    stage: str | StringCondition | Unset = UNSET
    batches: StringCondition | Unset = UNSET
    status: StringCondition | Unset = UNSET
    review_status: StringCondition | Unset = UNSET
    type_: StringCondition | Unset = UNSET
    assignee: StringCondition | Unset = UNSET
    external_id: StringCondition | Unset = UNSET
    created_by: StringCondition | Unset = UNSET
    updated_by: StringCondition | Unset = UNSET
    created_at: DateRange | Unset = UNSET
    updated_at: DateRange | Unset = UNSET
    priority: NumberCondition | Unset = UNSET
    duration: NumberCondition | Unset = UNSET
    total_duration: NumberCondition | Unset = UNSET
    open_issues_count: NumberCondition | Unset = UNSET
    is_draft: BooleanCondition | Unset = UNSET
    is_skipped: BooleanCondition | Unset = UNSET
    is_benchmark: BooleanCondition | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stage: dict[str, Any] | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, StringCondition):
            stage = self.stage.to_dict()
        else:
            stage = self.stage

        batches: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        review_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        assignee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignee, Unset):
            assignee = self.assignee.to_dict()

        external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_id, Unset):
            external_id = self.external_id.to_dict()

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = self.updated_by.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        priority: dict[str, Any] | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.to_dict()

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        total_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_duration, Unset):
            total_duration = self.total_duration.to_dict()

        open_issues_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_issues_count, Unset):
            open_issues_count = self.open_issues_count.to_dict()

        is_draft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_draft, Unset):
            is_draft = self.is_draft.to_dict()

        is_skipped: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_skipped, Unset):
            is_skipped = self.is_skipped.to_dict()

        is_benchmark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_benchmark, Unset):
            is_benchmark = self.is_benchmark.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if stage is not UNSET:
            field_dict["stage"] = stage
        if batches is not UNSET:
            field_dict["batches"] = batches
        if status is not UNSET:
            field_dict["status"] = status
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if duration is not UNSET:
            field_dict["duration"] = duration
        if total_duration is not UNSET:
            field_dict["totalDuration"] = total_duration
        if open_issues_count is not UNSET:
            field_dict["openIssuesCount"] = open_issues_count
        if is_draft is not UNSET:
            field_dict["isDraft"] = is_draft
        if is_skipped is not UNSET:
            field_dict["isSkipped"] = is_skipped
        if is_benchmark is not UNSET:
            field_dict["isBenchmark"] = is_benchmark

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        return (
            type(src) is dict
            and ("batches" not in src or StringCondition._fits(src["batches"]))
            and ("status" not in src or StringCondition._fits(src["status"]))
            and (
                "reviewStatus" not in src or StringCondition._fits(src["reviewStatus"])
            )
            and ("type" not in src or StringCondition._fits(src["type"]))
            and ("assignee" not in src or StringCondition._fits(src["assignee"]))
            and ("externalId" not in src or StringCondition._fits(src["externalId"]))
            and ("createdBy" not in src or StringCondition._fits(src["createdBy"]))
            and ("updatedBy" not in src or StringCondition._fits(src["updatedBy"]))
            and ("createdAt" not in src or DateRange._fits(src["createdAt"]))
            and ("updatedAt" not in src or DateRange._fits(src["updatedAt"]))
            and ("priority" not in src or NumberCondition._fits(src["priority"]))
            and ("duration" not in src or NumberCondition._fits(src["duration"]))
            and (
                "totalDuration" not in src
                or NumberCondition._fits(src["totalDuration"])
            )
            and (
                "openIssuesCount" not in src
                or NumberCondition._fits(src["openIssuesCount"])
            )
            and ("isDraft" not in src or BooleanCondition._fits(src["isDraft"]))
            and ("isSkipped" not in src or BooleanCondition._fits(src["isSkipped"]))
            and ("isBenchmark" not in src or BooleanCondition._fits(src["isBenchmark"]))
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stage: Any = _parse_stage(src_dict["stage"]) if "stage" in src_dict else UNSET
        batches: Any = UNSET
        if "batches" in src_dict:
            batches = src_dict["batches"]
            batches = (
                LAZY
                if StringCondition._fits(batches)
                else StringCondition.from_dict(batches)
            )
        status: Any = UNSET
        if "status" in src_dict:
            status = src_dict["status"]
            status = (
                LAZY
                if StringCondition._fits(status)
                else StringCondition.from_dict(status)
            )
        review_status: Any = UNSET
        if "reviewStatus" in src_dict:
            review_status = src_dict["reviewStatus"]
            review_status = (
                LAZY
                if StringCondition._fits(review_status)
                else StringCondition.from_dict(review_status)
            )
        type_: Any = UNSET
        if "type" in src_dict:
            type_ = src_dict["type"]
            type_ = (
                LAZY
                if StringCondition._fits(type_)
                else StringCondition.from_dict(type_)
            )
        assignee: Any = UNSET
        if "assignee" in src_dict:
            assignee = src_dict["assignee"]
            assignee = (
                LAZY
                if StringCondition._fits(assignee)
                else StringCondition.from_dict(assignee)
            )
        external_id: Any = UNSET
        if "externalId" in src_dict:
            external_id = src_dict["externalId"]
            external_id = (
                LAZY
                if StringCondition._fits(external_id)
                else StringCondition.from_dict(external_id)
            )
        created_by: Any = UNSET
        if "createdBy" in src_dict:
            created_by = src_dict["createdBy"]
            created_by = (
                LAZY
                if StringCondition._fits(created_by)
                else StringCondition.from_dict(created_by)
            )
        updated_by: Any = UNSET
        if "updatedBy" in src_dict:
            updated_by = src_dict["updatedBy"]
            updated_by = (
                LAZY
                if StringCondition._fits(updated_by)
                else StringCondition.from_dict(updated_by)
            )
        created_at: Any = UNSET
        if "createdAt" in src_dict:
            created_at = src_dict["createdAt"]
            created_at = (
                LAZY if DateRange._fits(created_at) else DateRange.from_dict(created_at)
            )
        updated_at: Any = UNSET
        if "updatedAt" in src_dict:
            updated_at = src_dict["updatedAt"]
            updated_at = (
                LAZY if DateRange._fits(updated_at) else DateRange.from_dict(updated_at)
            )
        priority: Any = UNSET
        if "priority" in src_dict:
            priority = src_dict["priority"]
            priority = (
                LAZY
                if NumberCondition._fits(priority)
                else NumberCondition.from_dict(priority)
            )
        duration: Any = UNSET
        if "duration" in src_dict:
            duration = src_dict["duration"]
            duration = (
                LAZY
                if NumberCondition._fits(duration)
                else NumberCondition.from_dict(duration)
            )
        total_duration: Any = UNSET
        if "totalDuration" in src_dict:
            total_duration = src_dict["totalDuration"]
            total_duration = (
                LAZY
                if NumberCondition._fits(total_duration)
                else NumberCondition.from_dict(total_duration)
            )
        open_issues_count: Any = UNSET
        if "openIssuesCount" in src_dict:
            open_issues_count = src_dict["openIssuesCount"]
            open_issues_count = (
                LAZY
                if NumberCondition._fits(open_issues_count)
                else NumberCondition.from_dict(open_issues_count)
            )
        is_draft: Any = UNSET
        if "isDraft" in src_dict:
            is_draft = src_dict["isDraft"]
            is_draft = (
                LAZY
                if BooleanCondition._fits(is_draft)
                else BooleanCondition.from_dict(is_draft)
            )
        is_skipped: Any = UNSET
        if "isSkipped" in src_dict:
            is_skipped = src_dict["isSkipped"]
            is_skipped = (
                LAZY
                if BooleanCondition._fits(is_skipped)
                else BooleanCondition.from_dict(is_skipped)
            )
        is_benchmark: Any = UNSET
        if "isBenchmark" in src_dict:
            is_benchmark = src_dict["isBenchmark"]
            is_benchmark = (
                LAZY
                if BooleanCondition._fits(is_benchmark)
                else BooleanCondition.from_dict(is_benchmark)
            )
        _instance = _new_object(cls)
        _instance.stage = stage
        if batches is not LAZY:
            _instance.batches = batches
        if status is not LAZY:
            _instance.status = status
        if review_status is not LAZY:
            _instance.review_status = review_status
        if type_ is not LAZY:
            _instance.type_ = type_
        if assignee is not LAZY:
            _instance.assignee = assignee
        if external_id is not LAZY:
            _instance.external_id = external_id
        if created_by is not LAZY:
            _instance.created_by = created_by
        if updated_by is not LAZY:
            _instance.updated_by = updated_by
        if created_at is not LAZY:
            _instance.created_at = created_at
        if updated_at is not LAZY:
            _instance.updated_at = updated_at
        if priority is not LAZY:
            _instance.priority = priority
        if duration is not LAZY:
            _instance.duration = duration
        if total_duration is not LAZY:
            _instance.total_duration = total_duration
        if open_issues_count is not LAZY:
            _instance.open_issues_count = open_issues_count
        if is_draft is not LAZY:
            _instance.is_draft = is_draft
        if is_skipped is not LAZY:
            _instance.is_skipped = is_skipped
        if is_benchmark is not LAZY:
            _instance.is_benchmark = is_benchmark
        keep_source(_instance, src_dict)
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        stage: Any = _parse_stage(src_dict["stage"]) if "stage" in src_dict else UNSET
        batches: Any = LAZY if "batches" in src_dict else UNSET
        status: Any = LAZY if "status" in src_dict else UNSET
        review_status: Any = LAZY if "reviewStatus" in src_dict else UNSET
        type_: Any = LAZY if "type" in src_dict else UNSET
        assignee: Any = LAZY if "assignee" in src_dict else UNSET
        external_id: Any = LAZY if "externalId" in src_dict else UNSET
        created_by: Any = LAZY if "createdBy" in src_dict else UNSET
        updated_by: Any = LAZY if "updatedBy" in src_dict else UNSET
        created_at: Any = LAZY if "createdAt" in src_dict else UNSET
        updated_at: Any = LAZY if "updatedAt" in src_dict else UNSET
        priority: Any = LAZY if "priority" in src_dict else UNSET
        duration: Any = LAZY if "duration" in src_dict else UNSET
        total_duration: Any = LAZY if "totalDuration" in src_dict else UNSET
        open_issues_count: Any = LAZY if "openIssuesCount" in src_dict else UNSET
        is_draft: Any = LAZY if "isDraft" in src_dict else UNSET
        is_skipped: Any = LAZY if "isSkipped" in src_dict else UNSET
        is_benchmark: Any = LAZY if "isBenchmark" in src_dict else UNSET
        _instance = _new_object(cls)
        _instance.stage = stage
        if batches is not LAZY:
            _instance.batches = batches
        if status is not LAZY:
            _instance.status = status
        if review_status is not LAZY:
            _instance.review_status = review_status
        if type_ is not LAZY:
            _instance.type_ = type_
        if assignee is not LAZY:
            _instance.assignee = assignee
        if external_id is not LAZY:
            _instance.external_id = external_id
        if created_by is not LAZY:
            _instance.created_by = created_by
        if updated_by is not LAZY:
            _instance.updated_by = updated_by
        if created_at is not LAZY:
            _instance.created_at = created_at
        if updated_at is not LAZY:
            _instance.updated_at = updated_at
        if priority is not LAZY:
            _instance.priority = priority
        if duration is not LAZY:
            _instance.duration = duration
        if total_duration is not LAZY:
            _instance.total_duration = total_duration
        if open_issues_count is not LAZY:
            _instance.open_issues_count = open_issues_count
        if is_draft is not LAZY:
            _instance.is_draft = is_draft
        if is_skipped is not LAZY:
            _instance.is_skipped = is_skipped
        if is_benchmark is not LAZY:
            _instance.is_benchmark = is_benchmark
        keep_source(_instance, src_dict)
        return _instance

    def __repr__(self) -> str:
        return model_repr(self)


def _lazy_batches(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_status(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_review_status(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_type_(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_assignee(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_external_id(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_created_by(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_updated_by(data: Any) -> Any:
    return StringCondition.from_dict(data)


def _lazy_created_at(data: Any) -> Any:
    return DateRange.from_dict(data)


def _lazy_updated_at(data: Any) -> Any:
    return DateRange.from_dict(data)


def _lazy_priority(data: Any) -> Any:
    return NumberCondition.from_dict(data)


def _lazy_duration(data: Any) -> Any:
    return NumberCondition.from_dict(data)


def _lazy_total_duration(data: Any) -> Any:
    return NumberCondition.from_dict(data)


def _lazy_open_issues_count(data: Any) -> Any:
    return NumberCondition.from_dict(data)


def _lazy_is_draft(data: Any) -> Any:
    return BooleanCondition.from_dict(data)


def _lazy_is_skipped(data: Any) -> Any:
    return BooleanCondition.from_dict(data)


def _lazy_is_benchmark(data: Any) -> Any:
    return BooleanCondition.from_dict(data)


#: The fields parsed on their first read: attribute -> (JSON key, parser of the JSON value).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "batches": ("batches", _lazy_batches),
    "status": ("status", _lazy_status),
    "review_status": ("reviewStatus", _lazy_review_status),
    "type_": ("type", _lazy_type_),
    "assignee": ("assignee", _lazy_assignee),
    "external_id": ("externalId", _lazy_external_id),
    "created_by": ("createdBy", _lazy_created_by),
    "updated_by": ("updatedBy", _lazy_updated_by),
    "created_at": ("createdAt", _lazy_created_at),
    "updated_at": ("updatedAt", _lazy_updated_at),
    "priority": ("priority", _lazy_priority),
    "duration": ("duration", _lazy_duration),
    "total_duration": ("totalDuration", _lazy_total_duration),
    "open_issues_count": ("openIssuesCount", _lazy_open_issues_count),
    "is_draft": ("isDraft", _lazy_is_draft),
    "is_skipped": ("isSkipped", _lazy_is_skipped),
    "is_benchmark": ("isBenchmark", _lazy_is_benchmark),
}
TaskFilter._lazy_fields = _LAZY_FIELDS


def _parse_stage(data: object) -> str | StringCondition | Unset:
    if isinstance(data, dict):
        try:
            stage_type_1 = StringCondition.from_dict(data)

            return stage_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(str | StringCondition | Unset, data)


from ..models.boolean_condition import BooleanCondition
from ..models.date_range import DateRange
from ..models.number_condition import NumberCondition
from ..models.string_condition import StringCondition
