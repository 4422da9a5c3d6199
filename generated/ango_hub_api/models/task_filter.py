from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_condition import BooleanCondition
    from ..models.date_range import DateRange
    from ..models.number_condition import NumberCondition
    from ..models.string_condition import StringCondition


T = TypeVar("T", bound="TaskFilter")


@_attrs_define
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
        from ..models.string_condition import StringCondition

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_condition import BooleanCondition
        from ..models.date_range import DateRange
        from ..models.number_condition import NumberCondition
        from ..models.string_condition import StringCondition

        d = dict(src_dict)

        def _parse_stage(data: object) -> str | StringCondition | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stage_type_1 = StringCondition.from_dict(data)

                return stage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StringCondition | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        _batches = d.pop("batches", UNSET)
        batches: StringCondition | Unset
        if isinstance(_batches, Unset):
            batches = UNSET
        else:
            batches = StringCondition.from_dict(_batches)

        _status = d.pop("status", UNSET)
        status: StringCondition | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StringCondition.from_dict(_status)

        _review_status = d.pop("reviewStatus", UNSET)
        review_status: StringCondition | Unset
        if isinstance(_review_status, Unset):
            review_status = UNSET
        else:
            review_status = StringCondition.from_dict(_review_status)

        _type_ = d.pop("type", UNSET)
        type_: StringCondition | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StringCondition.from_dict(_type_)

        _assignee = d.pop("assignee", UNSET)
        assignee: StringCondition | Unset
        if isinstance(_assignee, Unset):
            assignee = UNSET
        else:
            assignee = StringCondition.from_dict(_assignee)

        _external_id = d.pop("externalId", UNSET)
        external_id: StringCondition | Unset
        if isinstance(_external_id, Unset):
            external_id = UNSET
        else:
            external_id = StringCondition.from_dict(_external_id)

        _created_by = d.pop("createdBy", UNSET)
        created_by: StringCondition | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = StringCondition.from_dict(_created_by)

        _updated_by = d.pop("updatedBy", UNSET)
        updated_by: StringCondition | Unset
        if isinstance(_updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = StringCondition.from_dict(_updated_by)

        _created_at = d.pop("createdAt", UNSET)
        created_at: DateRange | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = DateRange.from_dict(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: DateRange | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = DateRange.from_dict(_updated_at)

        _priority = d.pop("priority", UNSET)
        priority: NumberCondition | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = NumberCondition.from_dict(_priority)

        _duration = d.pop("duration", UNSET)
        duration: NumberCondition | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = NumberCondition.from_dict(_duration)

        _total_duration = d.pop("totalDuration", UNSET)
        total_duration: NumberCondition | Unset
        if isinstance(_total_duration, Unset):
            total_duration = UNSET
        else:
            total_duration = NumberCondition.from_dict(_total_duration)

        _open_issues_count = d.pop("openIssuesCount", UNSET)
        open_issues_count: NumberCondition | Unset
        if isinstance(_open_issues_count, Unset):
            open_issues_count = UNSET
        else:
            open_issues_count = NumberCondition.from_dict(_open_issues_count)

        _is_draft = d.pop("isDraft", UNSET)
        is_draft: BooleanCondition | Unset
        if isinstance(_is_draft, Unset):
            is_draft = UNSET
        else:
            is_draft = BooleanCondition.from_dict(_is_draft)

        _is_skipped = d.pop("isSkipped", UNSET)
        is_skipped: BooleanCondition | Unset
        if isinstance(_is_skipped, Unset):
            is_skipped = UNSET
        else:
            is_skipped = BooleanCondition.from_dict(_is_skipped)

        _is_benchmark = d.pop("isBenchmark", UNSET)
        is_benchmark: BooleanCondition | Unset
        if isinstance(_is_benchmark, Unset):
            is_benchmark = UNSET
        else:
            is_benchmark = BooleanCondition.from_dict(_is_benchmark)

        task_filter = cls(
            stage=stage,
            batches=batches,
            status=status,
            review_status=review_status,
            type_=type_,
            assignee=assignee,
            external_id=external_id,
            created_by=created_by,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
            priority=priority,
            duration=duration,
            total_duration=total_duration,
            open_issues_count=open_issues_count,
            is_draft=is_draft,
            is_skipped=is_skipped,
            is_benchmark=is_benchmark,
        )

        return task_filter
