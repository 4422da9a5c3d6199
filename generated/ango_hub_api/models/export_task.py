from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_fields_key, model_repr

T = TypeVar("T", bound="ExportTask")


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
        _get = src_dict.get
        completed_at: Any = _get("completedAt", UNSET)
        if completed_at is not UNSET:
            completed_at = datetime.datetime.fromisoformat(completed_at)
        updated_at: Any = _get("updatedAt", UNSET)
        if updated_at is not UNSET:
            updated_at = datetime.datetime.fromisoformat(updated_at)
        review: Any = _get("review", UNSET)
        if review is not UNSET:
            review = ExportTaskReview.from_dict(review)
        issues: Any = _get("issues", UNSET)
        if issues is not UNSET:
            issues = [
                ExportTaskIssuesItem.from_dict(issues_item_data)
                for issues_item_data in issues
            ]
        objects: Any = _get("objects", UNSET)
        if objects is not UNSET:
            objects = [
                AnnotationObject.from_dict(objects_item_data)
                for objects_item_data in objects
            ]
        tools: Any = _get("tools", UNSET)
        if tools is not UNSET:
            tools = [
                AnnotationObject.from_dict(tools_item_data) for tools_item_data in tools
            ]
        classifications: Any = _get("classifications", UNSET)
        if classifications is not UNSET:
            classifications = [
                ClassificationAnswer.from_dict(classifications_item_data)
                for classifications_item_data in classifications
            ]
        relations: Any = _get("relations", UNSET)
        if relations is not UNSET:
            relations = [
                RelationAnswer.from_dict(relations_item_data)
                for relations_item_data in relations
            ]
        stage_history: Any = _get("stageHistory", UNSET)
        if stage_history is not UNSET:
            stage_history = [
                ExportTaskStageHistoryItem.from_dict(stage_history_item_data)
                for stage_history_item_data in stage_history
            ]
        export_task = cls(
            _get("taskId", UNSET),
            _get("stage", UNSET),
            _get("stageId", UNSET),
            _get("status", UNSET),
            _get("completedBy", UNSET),
            completed_at,
            _get("duration(ms)", UNSET),
            _get("isSkipped", UNSET),
            _get("isBenchmark", UNSET),
            _get("benchmark", UNSET),
            _get("updatedBy", UNSET),
            updated_at,
            review,
            issues,
            objects,
            tools,
            classifications,
            relations,
            stage_history,
        )
        if not _KNOWN_FIELDS.issuperset(src_dict):
            export_task.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return export_task

    def __repr__(self) -> str:
        return model_repr(self)

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
