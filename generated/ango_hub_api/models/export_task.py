from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_fields_key, model_repr

T = TypeVar("T", bound="ExportTask")
_new_object = object.__new__


@_attrs_define(repr=False)
class ExportTask:
    """One task of an exported asset, with its answer flattened in.

    Attributes:
        task_id (str | Unset):
        stage (str | Unset):
        stage_id (str | Unset):
        status (str | Unset):
        completed_by (str | Unset):
        completed_at (datetime.datetime | Unset):
        durationms (float | Unset):
        is_skipped (bool | Unset):
        is_benchmark (bool | Unset):
        benchmark (str | Unset):
        updated_by (str | Unset):
        updated_at (datetime.datetime | Unset):
        review (ExportTaskReview | Unset):
        issues (list[ExportTaskIssuesItem] | Unset):
        objects (list[AnnotationObject] | Unset):
        tools (list[AnnotationObject] | Unset):
        classifications (list[ClassificationAnswer] | Unset):
        relations (list[RelationAnswer] | Unset):
        stage_history (list[ExportTaskStageHistoryItem] | Unset):
    """

    task_id: str | Unset = UNSET
    stage: str | Unset = UNSET
    stage_id: str | Unset = UNSET
    status: str | Unset = UNSET
    completed_by: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    durationms: float | Unset = UNSET
    is_skipped: bool | Unset = UNSET
    is_benchmark: bool | Unset = UNSET
    benchmark: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    review: ExportTaskReview | Unset = UNSET
    issues: list[ExportTaskIssuesItem] | Unset = UNSET
    objects: list[AnnotationObject] | Unset = UNSET
    tools: list[AnnotationObject] | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    relations: list[RelationAnswer] | Unset = UNSET
    stage_history: list[ExportTaskStageHistoryItem] | Unset = UNSET
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
        task_id = self.task_id

        stage = self.stage

        stage_id = self.stage_id

        status = self.status

        completed_by = self.completed_by

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        durationms = self.durationms

        is_skipped = self.is_skipped

        is_benchmark = self.is_benchmark

        benchmark = self.benchmark

        updated_by = self.updated_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        review: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review, Unset):
            review = self.review.to_dict()

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        relations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = []
            for relations_item_data in self.relations:
                relations_item = relations_item_data.to_dict()
                relations.append(relations_item)

        stage_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stage_history, Unset):
            stage_history = []
            for stage_history_item_data in self.stage_history:
                stage_history_item = stage_history_item_data.to_dict()
                stage_history.append(stage_history_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if stage is not UNSET:
            field_dict["stage"] = stage
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id
        if status is not UNSET:
            field_dict["status"] = status
        if completed_by is not UNSET:
            field_dict["completedBy"] = completed_by
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if durationms is not UNSET:
            field_dict["duration(ms)"] = durationms
        if is_skipped is not UNSET:
            field_dict["isSkipped"] = is_skipped
        if is_benchmark is not UNSET:
            field_dict["isBenchmark"] = is_benchmark
        if benchmark is not UNSET:
            field_dict["benchmark"] = benchmark
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if review is not UNSET:
            field_dict["review"] = review
        if issues is not UNSET:
            field_dict["issues"] = issues
        if objects is not UNSET:
            field_dict["objects"] = objects
        if tools is not UNSET:
            field_dict["tools"] = tools
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if relations is not UNSET:
            field_dict["relations"] = relations
        if stage_history is not UNSET:
            field_dict["stageHistory"] = stage_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        completed_at: Any = (
            datetime.datetime.fromisoformat(src_dict["completedAt"])
            if "completedAt" in src_dict
            else UNSET
        )
        updated_at: Any = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        review: Any = (
            ExportTaskReview.from_dict(src_dict["review"])
            if "review" in src_dict
            else UNSET
        )
        issues: Any = (
            [
                ExportTaskIssuesItem.from_dict(issues_item_data)
                for issues_item_data in src_dict["issues"]
            ]
            if "issues" in src_dict
            else UNSET
        )
        objects: Any = (
            [
                AnnotationObject.from_dict(objects_item_data)
                for objects_item_data in src_dict["objects"]
            ]
            if "objects" in src_dict
            else UNSET
        )
        tools: Any = (
            [
                AnnotationObject.from_dict(tools_item_data)
                for tools_item_data in src_dict["tools"]
            ]
            if "tools" in src_dict
            else UNSET
        )
        classifications: Any = (
            [
                ClassificationAnswer.from_dict(classifications_item_data)
                for classifications_item_data in src_dict["classifications"]
            ]
            if "classifications" in src_dict
            else UNSET
        )
        relations: Any = (
            [
                RelationAnswer.from_dict(relations_item_data)
                for relations_item_data in src_dict["relations"]
            ]
            if "relations" in src_dict
            else UNSET
        )
        stage_history: Any = (
            [
                ExportTaskStageHistoryItem.from_dict(stage_history_item_data)
                for stage_history_item_data in src_dict["stageHistory"]
            ]
            if "stageHistory" in src_dict
            else UNSET
        )
        _instance = _new_object(cls)
        _instance.task_id = src_dict["taskId"] if "taskId" in src_dict else UNSET
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.stage_id = src_dict["stageId"] if "stageId" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.completed_by = (
            src_dict["completedBy"] if "completedBy" in src_dict else UNSET
        )
        _instance.completed_at = completed_at
        _instance.durationms = (
            src_dict["duration(ms)"] if "duration(ms)" in src_dict else UNSET
        )
        _instance.is_skipped = (
            src_dict["isSkipped"] if "isSkipped" in src_dict else UNSET
        )
        _instance.is_benchmark = (
            src_dict["isBenchmark"] if "isBenchmark" in src_dict else UNSET
        )
        _instance.benchmark = (
            src_dict["benchmark"] if "benchmark" in src_dict else UNSET
        )
        _instance.updated_by = (
            src_dict["updatedBy"] if "updatedBy" in src_dict else UNSET
        )
        _instance.updated_at = updated_at
        _instance.review = review
        _instance.issues = issues
        _instance.objects = objects
        _instance.tools = tools
        _instance.classifications = classifications
        _instance.relations = relations
        _instance.stage_history = stage_history
        _instance._additional_properties = None
        if not _KNOWN_FIELDS.issuperset(src_dict):
            _instance.additional_properties = {
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
        "taskId",
        "stage",
        "stageId",
        "status",
        "completedBy",
        "completedAt",
        "duration(ms)",
        "isSkipped",
        "isBenchmark",
        "benchmark",
        "updatedBy",
        "updatedAt",
        "review",
        "issues",
        "objects",
        "tools",
        "classifications",
        "relations",
        "stageHistory",
    }
)


from ..models.annotation_object import AnnotationObject
from ..models.classification_answer import ClassificationAnswer
from ..models.export_task_issues_item import ExportTaskIssuesItem
from ..models.export_task_review import ExportTaskReview
from ..models.export_task_stage_history_item import ExportTaskStageHistoryItem
from ..models.relation_answer import RelationAnswer
