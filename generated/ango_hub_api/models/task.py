from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer import Answer
    from ..models.asset_ref import AssetRef
    from ..models.project_ref import ProjectRef
    from ..models.task_issues_item import TaskIssuesItem
    from ..models.task_review import TaskReview
    from ..models.task_sample import TaskSample


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A labeling task (one per asset, more under consensus).

    Attributes:
        id (str):  Example: 6167e08b2a810d000e9d314d.
        project (ProjectRef | str | Unset): The project's ID, or an object holding it.
        asset (AssetRef | str | Unset): The asset, embedded, or its ID.
        organization (str | Unset):
        external_id (str | Unset):
        status (str | TaskStatus | Unset): The task's status: `TODO` or `Completed` in the documentation's examples.
            Other
            values may appear (the list is open).
        stage (str | Unset): ID of the workflow stage the task is in.
        stage_id (str | Unset):
        type_ (str | TaskType | Unset):
        answer (Answer | Unset): The annotation of a task. Requests name the objects `objects` (annotate, label
            import; documented and sent so by the official SDK). Responses that carry a task's
            answer (get and list tasks, task history) name them `tools`: every documented task
            answer does, and the official SDK merges into `answer["tools"]`. Both names are
            accepted in both directions.
        review (TaskReview | Unset):
        sample (TaskSample | Unset):
        assignee (None | str | Unset):
        batches (list[str] | Unset):
        priority (float | Unset):
        is_benchmark (bool | Unset):
        is_pre_labeled (bool | Unset):
        is_draft (bool | Unset):
        is_skipped (bool | Unset):
        is_flag (bool | Unset):
        is_star (bool | Unset):
        deleted (bool | Unset):
        issues (list[TaskIssuesItem] | Unset):
        open_issues_count (int | Unset):
        duration (float | Unset): Milliseconds spent on the task.
        total_duration (float | Unset):
        brush_data_url (None | str | Unset):
        medical_brush_data_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        completed_at (datetime.datetime | Unset):
        completed_by (str | Unset):
        v (int | Unset): Revision counter of the stored document (shown by the older API pages).
    """

    id: str
    project: ProjectRef | str | Unset = UNSET
    asset: AssetRef | str | Unset = UNSET
    organization: str | Unset = UNSET
    external_id: str | Unset = UNSET
    status: str | TaskStatus | Unset = UNSET
    stage: str | Unset = UNSET
    stage_id: str | Unset = UNSET
    type_: str | TaskType | Unset = UNSET
    answer: Answer | Unset = UNSET
    review: TaskReview | Unset = UNSET
    sample: TaskSample | Unset = UNSET
    assignee: None | str | Unset = UNSET
    batches: list[str] | Unset = UNSET
    priority: float | Unset = UNSET
    is_benchmark: bool | Unset = UNSET
    is_pre_labeled: bool | Unset = UNSET
    is_draft: bool | Unset = UNSET
    is_skipped: bool | Unset = UNSET
    is_flag: bool | Unset = UNSET
    is_star: bool | Unset = UNSET
    deleted: bool | Unset = UNSET
    issues: list[TaskIssuesItem] | Unset = UNSET
    open_issues_count: int | Unset = UNSET
    duration: float | Unset = UNSET
    total_duration: float | Unset = UNSET
    brush_data_url: None | str | Unset = UNSET
    medical_brush_data_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    completed_by: str | Unset = UNSET
    v: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_ref import AssetRef
        from ..models.project_ref import ProjectRef

        id = self.id

        project: dict[str, Any] | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, ProjectRef):
            project = self.project.to_dict()
        else:
            project = self.project

        asset: dict[str, Any] | str | Unset
        if isinstance(self.asset, Unset):
            asset = UNSET
        elif isinstance(self.asset, AssetRef):
            asset = self.asset.to_dict()
        else:
            asset = self.asset

        organization = self.organization

        external_id = self.external_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        stage = self.stage

        stage_id = self.stage_id

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TaskType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        answer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answer, Unset):
            answer = self.answer.to_dict()

        review: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review, Unset):
            review = self.review.to_dict()

        sample: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample, Unset):
            sample = self.sample.to_dict()

        assignee: None | str | Unset
        if isinstance(self.assignee, Unset):
            assignee = UNSET
        else:
            assignee = self.assignee

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        priority = self.priority

        is_benchmark = self.is_benchmark

        is_pre_labeled = self.is_pre_labeled

        is_draft = self.is_draft

        is_skipped = self.is_skipped

        is_flag = self.is_flag

        is_star = self.is_star

        deleted = self.deleted

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        open_issues_count = self.open_issues_count

        duration = self.duration

        total_duration = self.total_duration

        brush_data_url: None | str | Unset
        if isinstance(self.brush_data_url, Unset):
            brush_data_url = UNSET
        else:
            brush_data_url = self.brush_data_url

        medical_brush_data_url: None | str | Unset
        if isinstance(self.medical_brush_data_url, Unset):
            medical_brush_data_url = UNSET
        else:
            medical_brush_data_url = self.medical_brush_data_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        completed_by = self.completed_by

        v = self.v

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if asset is not UNSET:
            field_dict["asset"] = asset
        if organization is not UNSET:
            field_dict["organization"] = organization
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if status is not UNSET:
            field_dict["status"] = status
        if stage is not UNSET:
            field_dict["stage"] = stage
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if answer is not UNSET:
            field_dict["answer"] = answer
        if review is not UNSET:
            field_dict["review"] = review
        if sample is not UNSET:
            field_dict["sample"] = sample
        if assignee is not UNSET:
            field_dict["assignee"] = assignee
        if batches is not UNSET:
            field_dict["batches"] = batches
        if priority is not UNSET:
            field_dict["priority"] = priority
        if is_benchmark is not UNSET:
            field_dict["isBenchmark"] = is_benchmark
        if is_pre_labeled is not UNSET:
            field_dict["isPreLabeled"] = is_pre_labeled
        if is_draft is not UNSET:
            field_dict["isDraft"] = is_draft
        if is_skipped is not UNSET:
            field_dict["isSkipped"] = is_skipped
        if is_flag is not UNSET:
            field_dict["isFlag"] = is_flag
        if is_star is not UNSET:
            field_dict["isStar"] = is_star
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if issues is not UNSET:
            field_dict["issues"] = issues
        if open_issues_count is not UNSET:
            field_dict["openIssuesCount"] = open_issues_count
        if duration is not UNSET:
            field_dict["duration"] = duration
        if total_duration is not UNSET:
            field_dict["totalDuration"] = total_duration
        if brush_data_url is not UNSET:
            field_dict["brushDataUrl"] = brush_data_url
        if medical_brush_data_url is not UNSET:
            field_dict["medicalBrushDataUrl"] = medical_brush_data_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if completed_by is not UNSET:
            field_dict["completedBy"] = completed_by
        if v is not UNSET:
            field_dict["__v"] = v

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer import Answer
        from ..models.asset_ref import AssetRef
        from ..models.project_ref import ProjectRef
        from ..models.task_issues_item import TaskIssuesItem
        from ..models.task_review import TaskReview
        from ..models.task_sample import TaskSample

        d = dict(src_dict)
        id = d.pop("_id")

        def _parse_project(data: object) -> ProjectRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_1 = ProjectRef.from_dict(data)

                return project_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectRef | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_asset(data: object) -> AssetRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_type_1 = AssetRef.from_dict(data)

                return asset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetRef | str | Unset, data)

        asset = _parse_asset(d.pop("asset", UNSET))

        organization = d.pop("organization", UNSET)

        external_id = d.pop("externalId", UNSET)

        def _parse_status(data: object) -> str | TaskStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TaskStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        stage = d.pop("stage", UNSET)

        stage_id = d.pop("stageId", UNSET)

        def _parse_type_(data: object) -> str | TaskType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TaskType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _answer = d.pop("answer", UNSET)
        answer: Answer | Unset
        if isinstance(_answer, Unset):
            answer = UNSET
        else:
            answer = Answer.from_dict(_answer)

        _review = d.pop("review", UNSET)
        review: TaskReview | Unset
        if isinstance(_review, Unset):
            review = UNSET
        else:
            review = TaskReview.from_dict(_review)

        _sample = d.pop("sample", UNSET)
        sample: TaskSample | Unset
        if isinstance(_sample, Unset):
            sample = UNSET
        else:
            sample = TaskSample.from_dict(_sample)

        def _parse_assignee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee = _parse_assignee(d.pop("assignee", UNSET))

        batches = cast(list[str], d.pop("batches", UNSET))

        priority = d.pop("priority", UNSET)

        is_benchmark = d.pop("isBenchmark", UNSET)

        is_pre_labeled = d.pop("isPreLabeled", UNSET)

        is_draft = d.pop("isDraft", UNSET)

        is_skipped = d.pop("isSkipped", UNSET)

        is_flag = d.pop("isFlag", UNSET)

        is_star = d.pop("isStar", UNSET)

        deleted = d.pop("deleted", UNSET)

        _issues = d.pop("issues", UNSET)
        issues: list[TaskIssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = TaskIssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        open_issues_count = d.pop("openIssuesCount", UNSET)

        duration = d.pop("duration", UNSET)

        total_duration = d.pop("totalDuration", UNSET)

        def _parse_brush_data_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brush_data_url = _parse_brush_data_url(d.pop("brushDataUrl", UNSET))

        def _parse_medical_brush_data_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        medical_brush_data_url = _parse_medical_brush_data_url(
            d.pop("medicalBrushDataUrl", UNSET)
        )

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updatedBy", UNSET)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        completed_by = d.pop("completedBy", UNSET)

        v = d.pop("__v", UNSET)

        task = cls(
            id=id,
            project=project,
            asset=asset,
            organization=organization,
            external_id=external_id,
            status=status,
            stage=stage,
            stage_id=stage_id,
            type_=type_,
            answer=answer,
            review=review,
            sample=sample,
            assignee=assignee,
            batches=batches,
            priority=priority,
            is_benchmark=is_benchmark,
            is_pre_labeled=is_pre_labeled,
            is_draft=is_draft,
            is_skipped=is_skipped,
            is_flag=is_flag,
            is_star=is_star,
            deleted=deleted,
            issues=issues,
            open_issues_count=open_issues_count,
            duration=duration,
            total_duration=total_duration,
            brush_data_url=brush_data_url,
            medical_brush_data_url=medical_brush_data_url,
            created_at=created_at,
            updated_at=updated_at,
            updated_by=updated_by,
            completed_at=completed_at,
            completed_by=completed_by,
            v=v,
        )

        task.additional_properties = d
        return task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
