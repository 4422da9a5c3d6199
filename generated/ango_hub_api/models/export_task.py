from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_object import AnnotationObject
    from ..models.classification_answer import ClassificationAnswer
    from ..models.export_task_consensus_detailed_item import (
        ExportTaskConsensusDetailedItem,
    )
    from ..models.export_task_issues_item import ExportTaskIssuesItem
    from ..models.export_task_review import ExportTaskReview
    from ..models.relation_answer import RelationAnswer


T = TypeVar("T", bound="ExportTask")


@_attrs_define
class ExportTask:
    """One exported task, its answer flattened in: `tools` (current shape, and each
    `stageHistory` entry) or `objects` (older shape), with `classifications` and
    `relations`. `stageHistory` holds the task as it left each earlier stage, in the
    same shape (with `duration`, `completedAt` and `completedBy` of that stage).

        Attributes:
            task_id (str | Unset):
            stage (str | Unset): Name of the stage the task was exported from (or, in `stageHistory`, left).
            stage_id (str | Unset):
            status (str | Unset):
            updated_by (str | Unset): E-mail (current shape) or name (older shape) of the last user to change the task.
            updated_at (datetime.datetime | Unset):
            completed_by (str | Unset):
            completed_at (datetime.datetime | Unset):
            duration (float | Unset): Milliseconds spent in the stage (`stageHistory` entries).
            total_duration (float | Unset): Milliseconds spent on the task in all stages.
            durationms (float | Unset): Milliseconds spent labeling (older shape).
            is_skipped (bool | Unset):
            is_benchmark (bool | Unset):
            benchmark (str | Unset): Similarity to the benchmark task of the asset, 0 to 100 (older shape).
            consensus_average (float | Unset): Consensus score of the task, 0 to 100.
            consensus_detailed (list[ExportTaskConsensusDetailedItem] | Unset): Consensus scores per labeling tool.
            review (ExportTaskReview | Unset): The review of the task (status, reviewer, when, how long; older shape).
            issues (list[ExportTaskIssuesItem] | Unset):
            tools (list[AnnotationObject] | Unset): The objects drawn with tools (current shape).
            objects (list[AnnotationObject] | Unset): The objects drawn with tools (older shape).
            classifications (list[ClassificationAnswer] | Unset):
            relations (list[RelationAnswer] | Unset):
            brush_data_url (None | str | Unset): Signed, expiring URL of the PNG mask of the brush traces.
            medical_brush_data_url (None | str | Unset): Signed, expiring URL of the NRRD file of the medical brush traces.
            stage_history (list[ExportTask] | Unset): The task as it left each earlier stage, oldest first.
    """

    task_id: str | Unset = UNSET
    stage: str | Unset = UNSET
    stage_id: str | Unset = UNSET
    status: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    completed_by: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    duration: float | Unset = UNSET
    total_duration: float | Unset = UNSET
    durationms: float | Unset = UNSET
    is_skipped: bool | Unset = UNSET
    is_benchmark: bool | Unset = UNSET
    benchmark: str | Unset = UNSET
    consensus_average: float | Unset = UNSET
    consensus_detailed: list[ExportTaskConsensusDetailedItem] | Unset = UNSET
    review: ExportTaskReview | Unset = UNSET
    issues: list[ExportTaskIssuesItem] | Unset = UNSET
    tools: list[AnnotationObject] | Unset = UNSET
    objects: list[AnnotationObject] | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    relations: list[RelationAnswer] | Unset = UNSET
    brush_data_url: None | str | Unset = UNSET
    medical_brush_data_url: None | str | Unset = UNSET
    stage_history: list[ExportTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        stage = self.stage

        stage_id = self.stage_id

        status = self.status

        updated_by = self.updated_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        completed_by = self.completed_by

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        duration = self.duration

        total_duration = self.total_duration

        durationms = self.durationms

        is_skipped = self.is_skipped

        is_benchmark = self.is_benchmark

        benchmark = self.benchmark

        consensus_average = self.consensus_average

        consensus_detailed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consensus_detailed, Unset):
            consensus_detailed = []
            for consensus_detailed_item_data in self.consensus_detailed:
                consensus_detailed_item = consensus_detailed_item_data.to_dict()
                consensus_detailed.append(consensus_detailed_item)

        review: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review, Unset):
            review = self.review.to_dict()

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

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
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if completed_by is not UNSET:
            field_dict["completedBy"] = completed_by
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if total_duration is not UNSET:
            field_dict["totalDuration"] = total_duration
        if durationms is not UNSET:
            field_dict["duration(ms)"] = durationms
        if is_skipped is not UNSET:
            field_dict["isSkipped"] = is_skipped
        if is_benchmark is not UNSET:
            field_dict["isBenchmark"] = is_benchmark
        if benchmark is not UNSET:
            field_dict["benchmark"] = benchmark
        if consensus_average is not UNSET:
            field_dict["consensusAverage"] = consensus_average
        if consensus_detailed is not UNSET:
            field_dict["consensusDetailed"] = consensus_detailed
        if review is not UNSET:
            field_dict["review"] = review
        if issues is not UNSET:
            field_dict["issues"] = issues
        if tools is not UNSET:
            field_dict["tools"] = tools
        if objects is not UNSET:
            field_dict["objects"] = objects
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if relations is not UNSET:
            field_dict["relations"] = relations
        if brush_data_url is not UNSET:
            field_dict["brushDataUrl"] = brush_data_url
        if medical_brush_data_url is not UNSET:
            field_dict["medicalBrushDataUrl"] = medical_brush_data_url
        if stage_history is not UNSET:
            field_dict["stageHistory"] = stage_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotation_object import AnnotationObject
        from ..models.classification_answer import ClassificationAnswer
        from ..models.export_task_consensus_detailed_item import (
            ExportTaskConsensusDetailedItem,
        )
        from ..models.export_task_issues_item import ExportTaskIssuesItem
        from ..models.export_task_review import ExportTaskReview
        from ..models.relation_answer import RelationAnswer

        d = dict(src_dict)
        task_id = d.pop("taskId", UNSET)

        stage = d.pop("stage", UNSET)

        stage_id = d.pop("stageId", UNSET)

        status = d.pop("status", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        completed_by = d.pop("completedBy", UNSET)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        duration = d.pop("duration", UNSET)

        total_duration = d.pop("totalDuration", UNSET)

        durationms = d.pop("duration(ms)", UNSET)

        is_skipped = d.pop("isSkipped", UNSET)

        is_benchmark = d.pop("isBenchmark", UNSET)

        benchmark = d.pop("benchmark", UNSET)

        consensus_average = d.pop("consensusAverage", UNSET)

        _consensus_detailed = d.pop("consensusDetailed", UNSET)
        consensus_detailed: list[ExportTaskConsensusDetailedItem] | Unset = UNSET
        if _consensus_detailed is not UNSET:
            consensus_detailed = []
            for consensus_detailed_item_data in _consensus_detailed:
                consensus_detailed_item = ExportTaskConsensusDetailedItem.from_dict(
                    consensus_detailed_item_data
                )

                consensus_detailed.append(consensus_detailed_item)

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

        _tools = d.pop("tools", UNSET)
        tools: list[AnnotationObject] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = AnnotationObject.from_dict(tools_item_data)

                tools.append(tools_item)

        _objects = d.pop("objects", UNSET)
        objects: list[AnnotationObject] | Unset = UNSET
        if _objects is not UNSET:
            objects = []
            for objects_item_data in _objects:
                objects_item = AnnotationObject.from_dict(objects_item_data)

                objects.append(objects_item)

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

        _stage_history = d.pop("stageHistory", UNSET)
        stage_history: list[ExportTask] | Unset = UNSET
        if _stage_history is not UNSET:
            stage_history = []
            for stage_history_item_data in _stage_history:
                stage_history_item = ExportTask.from_dict(stage_history_item_data)

                stage_history.append(stage_history_item)

        export_task = cls(
            task_id=task_id,
            stage=stage,
            stage_id=stage_id,
            status=status,
            updated_by=updated_by,
            updated_at=updated_at,
            completed_by=completed_by,
            completed_at=completed_at,
            duration=duration,
            total_duration=total_duration,
            durationms=durationms,
            is_skipped=is_skipped,
            is_benchmark=is_benchmark,
            benchmark=benchmark,
            consensus_average=consensus_average,
            consensus_detailed=consensus_detailed,
            review=review,
            issues=issues,
            tools=tools,
            objects=objects,
            classifications=classifications,
            relations=relations,
            brush_data_url=brush_data_url,
            medical_brush_data_url=medical_brush_data_url,
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
