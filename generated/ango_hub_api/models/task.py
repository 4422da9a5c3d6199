from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    fits_datetime,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="Task")
_new_object = object.__new__


class _TaskSlots(LazyModel):
    """The slots that hold `Task`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_answer",
        "_slot_issues",
    )
    _slot_answer: Any
    _slot_issues: Any


@_attrs_define(repr=False)
class Task(_TaskSlots):
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def to_dict(self) -> dict[str, Any]:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "answer" in src:
            value = src["answer"]
            if not Answer._fits(value):
                return False
        if "review" in src:
            value = src["review"]
            if not TaskReview._fits(value):
                return False
        if "sample" in src:
            value = src["sample"]
            if not TaskSample._fits(value):
                return False
        if "issues" in src:
            value = src["issues"]
            if type(value) is not list:
                return False
            for item in value:
                if not TaskIssuesItem._fits(item):
                    return False
        if "createdAt" in src:
            value = src["createdAt"]
            if not fits_datetime(value):
                return False
        if "updatedAt" in src:
            value = src["updatedAt"]
            if not fits_datetime(value):
                return False
        if "completedAt" in src:
            value = src["completedAt"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _TaskSlots = _instance
        _instance.project = (
            _parse_project(src_dict["project"]) if "project" in src_dict else UNSET
        )
        _instance.asset = (
            _parse_asset(src_dict["asset"]) if "asset" in src_dict else UNSET
        )
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        _instance.type_ = (
            _parse_type_(src_dict["type"]) if "type" in src_dict else UNSET
        )
        if "answer" in src_dict:
            answer: Any = src_dict["answer"]
            _slots._slot_answer = (
                LAZY if Answer._fits(answer) else Answer.from_dict(answer)
            )
        else:
            _slots._slot_answer = UNSET
        _instance.review = (
            TaskReview.from_dict(src_dict["review"]) if "review" in src_dict else UNSET
        )
        _instance.sample = (
            TaskSample.from_dict(src_dict["sample"]) if "sample" in src_dict else UNSET
        )
        if "issues" in src_dict:
            issues: Any = src_dict["issues"]
            _slots._slot_issues = (
                LAZY
                if issues
                and (type(issues) is list and all(map(TaskIssuesItem._fits, issues)))
                else [
                    TaskIssuesItem.from_dict(issues_item_data)
                    for issues_item_data in issues
                ]
            )
        else:
            _slots._slot_issues = UNSET
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        _instance.completed_at = (
            datetime.datetime.fromisoformat(src_dict["completedAt"])
            if "completedAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.organization = (
            src_dict["organization"] if "organization" in src_dict else UNSET
        )
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.stage_id = src_dict["stageId"] if "stageId" in src_dict else UNSET
        _instance.assignee = src_dict["assignee"] if "assignee" in src_dict else UNSET
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        _instance.priority = src_dict["priority"] if "priority" in src_dict else UNSET
        _instance.is_benchmark = (
            src_dict["isBenchmark"] if "isBenchmark" in src_dict else UNSET
        )
        _instance.is_pre_labeled = (
            src_dict["isPreLabeled"] if "isPreLabeled" in src_dict else UNSET
        )
        _instance.is_draft = src_dict["isDraft"] if "isDraft" in src_dict else UNSET
        _instance.is_skipped = (
            src_dict["isSkipped"] if "isSkipped" in src_dict else UNSET
        )
        _instance.is_flag = src_dict["isFlag"] if "isFlag" in src_dict else UNSET
        _instance.is_star = src_dict["isStar"] if "isStar" in src_dict else UNSET
        _instance.deleted = src_dict["deleted"] if "deleted" in src_dict else UNSET
        _instance.open_issues_count = (
            src_dict["openIssuesCount"] if "openIssuesCount" in src_dict else UNSET
        )
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
        _instance.total_duration = (
            src_dict["totalDuration"] if "totalDuration" in src_dict else UNSET
        )
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
        _instance.updated_by = (
            src_dict["updatedBy"] if "updatedBy" in src_dict else UNSET
        )
        _instance.completed_by = (
            src_dict["completedBy"] if "completedBy" in src_dict else UNSET
        )
        _instance.v = src_dict["__v"] if "__v" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _TaskSlots = _instance
        _instance.project = (
            _parse_project(src_dict["project"]) if "project" in src_dict else UNSET
        )
        _instance.asset = (
            _parse_asset(src_dict["asset"]) if "asset" in src_dict else UNSET
        )
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        _instance.type_ = (
            _parse_type_(src_dict["type"]) if "type" in src_dict else UNSET
        )
        _slots._slot_answer = LAZY if "answer" in src_dict else UNSET
        _instance.review = (
            TaskReview.from_dict(src_dict["review"]) if "review" in src_dict else UNSET
        )
        _instance.sample = (
            TaskSample.from_dict(src_dict["sample"]) if "sample" in src_dict else UNSET
        )
        _slots._slot_issues = (
            (LAZY if src_dict["issues"] else []) if "issues" in src_dict else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        _instance.completed_at = (
            datetime.datetime.fromisoformat(src_dict["completedAt"])
            if "completedAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.organization = (
            src_dict["organization"] if "organization" in src_dict else UNSET
        )
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.stage_id = src_dict["stageId"] if "stageId" in src_dict else UNSET
        _instance.assignee = src_dict["assignee"] if "assignee" in src_dict else UNSET
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        _instance.priority = src_dict["priority"] if "priority" in src_dict else UNSET
        _instance.is_benchmark = (
            src_dict["isBenchmark"] if "isBenchmark" in src_dict else UNSET
        )
        _instance.is_pre_labeled = (
            src_dict["isPreLabeled"] if "isPreLabeled" in src_dict else UNSET
        )
        _instance.is_draft = src_dict["isDraft"] if "isDraft" in src_dict else UNSET
        _instance.is_skipped = (
            src_dict["isSkipped"] if "isSkipped" in src_dict else UNSET
        )
        _instance.is_flag = src_dict["isFlag"] if "isFlag" in src_dict else UNSET
        _instance.is_star = src_dict["isStar"] if "isStar" in src_dict else UNSET
        _instance.deleted = src_dict["deleted"] if "deleted" in src_dict else UNSET
        _instance.open_issues_count = (
            src_dict["openIssuesCount"] if "openIssuesCount" in src_dict else UNSET
        )
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
        _instance.total_duration = (
            src_dict["totalDuration"] if "totalDuration" in src_dict else UNSET
        )
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
        _instance.updated_by = (
            src_dict["updatedBy"] if "updatedBy" in src_dict else UNSET
        )
        _instance.completed_by = (
            src_dict["completedBy"] if "completedBy" in src_dict else UNSET
        )
        _instance.v = src_dict["__v"] if "__v" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "_id",
        "project",
        "asset",
        "organization",
        "externalId",
        "status",
        "stage",
        "stageId",
        "type",
        "answer",
        "review",
        "sample",
        "assignee",
        "batches",
        "priority",
        "isBenchmark",
        "isPreLabeled",
        "isDraft",
        "isSkipped",
        "isFlag",
        "isStar",
        "deleted",
        "issues",
        "openIssuesCount",
        "duration",
        "totalDuration",
        "brushDataUrl",
        "medicalBrushDataUrl",
        "createdAt",
        "updatedAt",
        "updatedBy",
        "completedAt",
        "completedBy",
        "__v",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "_id",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "answer": ("answer", lambda: Answer, False),
    "issues": ("issues", lambda: TaskIssuesItem, True),
}
install_lazy_fields(Task, _LAZY_FIELDS)


def _parse_project(data: object) -> ProjectRef | str | Unset:
    if isinstance(data, dict):
        try:
            project_type_1 = ProjectRef.from_dict(data)

            return project_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(ProjectRef | str | Unset, data)


def _parse_asset(data: object) -> AssetRef | str | Unset:
    if isinstance(data, dict):
        try:
            asset_type_1 = AssetRef.from_dict(data)

            return asset_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(AssetRef | str | Unset, data)


def _parse_status(data: object) -> str | TaskStatus | Unset:
    if isinstance(data, str):
        try:
            status_type_0 = TaskStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(str | TaskStatus | Unset, data)


def _parse_type_(data: object) -> str | TaskType | Unset:
    if isinstance(data, str):
        try:
            type_type_0 = TaskType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(str | TaskType | Unset, data)


from ..models.answer import Answer
from ..models.asset_ref import AssetRef
from ..models.project_ref import ProjectRef
from ..models.task_issues_item import TaskIssuesItem
from ..models.task_review import TaskReview
from ..models.task_sample import TaskSample
