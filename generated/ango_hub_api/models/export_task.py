from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_object import AnnotationObject
    from ..models.classification_answer import ClassificationAnswer
    from ..models.export_task_issues_item import ExportTaskIssuesItem
    from ..models.export_task_review import ExportTaskReview
    from ..models.export_task_stage_history_item import ExportTaskStageHistoryItem
    from ..models.relation_answer import RelationAnswer


T = TypeVar("T", bound="ExportTask")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        from ..models.annotation_object import AnnotationObject
        from ..models.classification_answer import ClassificationAnswer
        from ..models.export_task_issues_item import ExportTaskIssuesItem
        from ..models.export_task_review import ExportTaskReview
        from ..models.export_task_stage_history_item import ExportTaskStageHistoryItem
        from ..models.relation_answer import RelationAnswer

        d = dict(src_dict)
        task_id = d.pop("taskId", UNSET)

        stage = d.pop("stage", UNSET)

        stage_id = d.pop("stageId", UNSET)

        status = d.pop("status", UNSET)

        completed_by = d.pop("completedBy", UNSET)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        durationms = d.pop("duration(ms)", UNSET)

        is_skipped = d.pop("isSkipped", UNSET)

        is_benchmark = d.pop("isBenchmark", UNSET)

        benchmark = d.pop("benchmark", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _review = d.pop("review", UNSET)
        review: ExportTaskReview | Unset
        if isinstance(_review, Unset):
            review = UNSET
        else:
            review = ExportTaskReview.from_dict(_review)

        _issues = d.pop("issues", UNSET)
        issues: list[ExportTaskIssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = ExportTaskIssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        _objects = d.pop("objects", UNSET)
        objects: list[AnnotationObject] | Unset = UNSET
        if _objects is not UNSET:
            objects = []
            for objects_item_data in _objects:
                objects_item = AnnotationObject.from_dict(objects_item_data)

                objects.append(objects_item)

        _tools = d.pop("tools", UNSET)
        tools: list[AnnotationObject] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = AnnotationObject.from_dict(tools_item_data)

                tools.append(tools_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[ClassificationAnswer] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = ClassificationAnswer.from_dict(
                    classifications_item_data
                )

                classifications.append(classifications_item)

        _relations = d.pop("relations", UNSET)
        relations: list[RelationAnswer] | Unset = UNSET
        if _relations is not UNSET:
            relations = []
            for relations_item_data in _relations:
                relations_item = RelationAnswer.from_dict(relations_item_data)

                relations.append(relations_item)

        _stage_history = d.pop("stageHistory", UNSET)
        stage_history: list[ExportTaskStageHistoryItem] | Unset = UNSET
        if _stage_history is not UNSET:
            stage_history = []
            for stage_history_item_data in _stage_history:
                stage_history_item = ExportTaskStageHistoryItem.from_dict(
                    stage_history_item_data
                )

                stage_history.append(stage_history_item)

        export_task = cls(
            task_id=task_id,
            stage=stage,
            stage_id=stage_id,
            status=status,
            completed_by=completed_by,
            completed_at=completed_at,
            durationms=durationms,
            is_skipped=is_skipped,
            is_benchmark=is_benchmark,
            benchmark=benchmark,
            updated_by=updated_by,
            updated_at=updated_at,
            review=review,
            issues=issues,
            objects=objects,
            tools=tools,
            classifications=classifications,
            relations=relations,
            stage_history=stage_history,
        )

        export_task.additional_properties = d
        return export_task

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
