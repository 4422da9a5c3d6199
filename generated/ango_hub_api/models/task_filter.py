from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="TaskFilter")
_new_object = object.__new__


@_attrs_define(repr=False)
class TaskFilter:
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
        if type(src) is not dict:
            return False
        if "batches" in src:
            value = src["batches"]
            if not StringCondition._fits(value):
                return False
        if "status" in src:
            value = src["status"]
            if not StringCondition._fits(value):
                return False
        if "reviewStatus" in src:
            value = src["reviewStatus"]
            if not StringCondition._fits(value):
                return False
        if "type" in src:
            value = src["type"]
            if not StringCondition._fits(value):
                return False
        if "assignee" in src:
            value = src["assignee"]
            if not StringCondition._fits(value):
                return False
        if "externalId" in src:
            value = src["externalId"]
            if not StringCondition._fits(value):
                return False
        if "createdBy" in src:
            value = src["createdBy"]
            if not StringCondition._fits(value):
                return False
        if "updatedBy" in src:
            value = src["updatedBy"]
            if not StringCondition._fits(value):
                return False
        if "createdAt" in src:
            value = src["createdAt"]
            if not DateRange._fits(value):
                return False
        if "updatedAt" in src:
            value = src["updatedAt"]
            if not DateRange._fits(value):
                return False
        if "priority" in src:
            value = src["priority"]
            if not NumberCondition._fits(value):
                return False
        if "duration" in src:
            value = src["duration"]
            if not NumberCondition._fits(value):
                return False
        if "totalDuration" in src:
            value = src["totalDuration"]
            if not NumberCondition._fits(value):
                return False
        if "openIssuesCount" in src:
            value = src["openIssuesCount"]
            if not NumberCondition._fits(value):
                return False
        if "isDraft" in src:
            value = src["isDraft"]
            if not BooleanCondition._fits(value):
                return False
        if "isSkipped" in src:
            value = src["isSkipped"]
            if not BooleanCondition._fits(value):
                return False
        if "isBenchmark" in src:
            value = src["isBenchmark"]
            if not BooleanCondition._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.stage = (
            _parse_stage(src_dict["stage"]) if "stage" in src_dict else UNSET
        )
        _instance.batches = (
            StringCondition.from_dict(src_dict["batches"])
            if "batches" in src_dict
            else UNSET
        )
        _instance.status = (
            StringCondition.from_dict(src_dict["status"])
            if "status" in src_dict
            else UNSET
        )
        _instance.review_status = (
            StringCondition.from_dict(src_dict["reviewStatus"])
            if "reviewStatus" in src_dict
            else UNSET
        )
        _instance.type_ = (
            StringCondition.from_dict(src_dict["type"]) if "type" in src_dict else UNSET
        )
        _instance.assignee = (
            StringCondition.from_dict(src_dict["assignee"])
            if "assignee" in src_dict
            else UNSET
        )
        _instance.external_id = (
            StringCondition.from_dict(src_dict["externalId"])
            if "externalId" in src_dict
            else UNSET
        )
        _instance.created_by = (
            StringCondition.from_dict(src_dict["createdBy"])
            if "createdBy" in src_dict
            else UNSET
        )
        _instance.updated_by = (
            StringCondition.from_dict(src_dict["updatedBy"])
            if "updatedBy" in src_dict
            else UNSET
        )
        _instance.created_at = (
            DateRange.from_dict(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.updated_at = (
            DateRange.from_dict(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        _instance.priority = (
            NumberCondition.from_dict(src_dict["priority"])
            if "priority" in src_dict
            else UNSET
        )
        _instance.duration = (
            NumberCondition.from_dict(src_dict["duration"])
            if "duration" in src_dict
            else UNSET
        )
        _instance.total_duration = (
            NumberCondition.from_dict(src_dict["totalDuration"])
            if "totalDuration" in src_dict
            else UNSET
        )
        _instance.open_issues_count = (
            NumberCondition.from_dict(src_dict["openIssuesCount"])
            if "openIssuesCount" in src_dict
            else UNSET
        )
        _instance.is_draft = (
            BooleanCondition.from_dict(src_dict["isDraft"])
            if "isDraft" in src_dict
            else UNSET
        )
        _instance.is_skipped = (
            BooleanCondition.from_dict(src_dict["isSkipped"])
            if "isSkipped" in src_dict
            else UNSET
        )
        _instance.is_benchmark = (
            BooleanCondition.from_dict(src_dict["isBenchmark"])
            if "isBenchmark" in src_dict
            else UNSET
        )
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)


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
