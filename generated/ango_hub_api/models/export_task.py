from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ExportTask")
_new_object = object.__new__


class _ExportTaskSlots(LazyModel):
    """The slots that hold `ExportTask`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_classifications",
        "_slot_consensus_detailed",
        "_slot_issues",
        "_slot_objects",
        "_slot_relations",
        "_slot_stage_history",
        "_slot_tools",
    )
    _slot_consensus_detailed: Any
    _slot_issues: Any
    _slot_tools: Any
    _slot_objects: Any
    _slot_classifications: Any
    _slot_relations: Any
    _slot_stage_history: Any


@_attrs_define(repr=False)
class ExportTask(_ExportTaskSlots):
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "updatedAt" in src:
            value = src["updatedAt"]
            if not fits_datetime(value):
                return False
        if "completedAt" in src:
            value = src["completedAt"]
            if not fits_datetime(value):
                return False
        if "consensusDetailed" in src:
            value = src["consensusDetailed"]
            if type(value) is not list:
                return False
            for item in value:
                if not ExportTaskConsensusDetailedItem._fits(item):
                    return False
        if "review" in src:
            value = src["review"]
            if not ExportTaskReview._fits(value):
                return False
        if "issues" in src:
            value = src["issues"]
            if type(value) is not list:
                return False
            for item in value:
                if not ExportTaskIssuesItem._fits(item):
                    return False
        if "tools" in src:
            value = src["tools"]
            if type(value) is not list:
                return False
            for item in value:
                if not AnnotationObject._fits(item):
                    return False
        if "objects" in src:
            value = src["objects"]
            if type(value) is not list:
                return False
            for item in value:
                if not AnnotationObject._fits(item):
                    return False
        if "classifications" in src:
            value = src["classifications"]
            if type(value) is not list:
                return False
            for item in value:
                if not ClassificationAnswer._fits(item):
                    return False
        if "relations" in src:
            value = src["relations"]
            if type(value) is not list:
                return False
            for item in value:
                if not RelationAnswer._fits(item):
                    return False
        if "stageHistory" in src:
            value = src["stageHistory"]
            if type(value) is not list:
                return False
            for item in value:
                if not ExportTask._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _ExportTaskSlots = _instance
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
        if "consensusDetailed" in src_dict:
            consensus_detailed: Any = src_dict["consensusDetailed"]
            _slots._slot_consensus_detailed = (
                LAZY
                if consensus_detailed
                and (
                    type(consensus_detailed) is list
                    and all(
                        map(ExportTaskConsensusDetailedItem._fits, consensus_detailed)
                    )
                )
                else [
                    ExportTaskConsensusDetailedItem.from_dict(
                        consensus_detailed_item_data
                    )
                    for consensus_detailed_item_data in consensus_detailed
                ]
            )
        else:
            _slots._slot_consensus_detailed = UNSET
        _instance.review = (
            ExportTaskReview.from_dict(src_dict["review"])
            if "review" in src_dict
            else UNSET
        )
        if "issues" in src_dict:
            issues: Any = src_dict["issues"]
            _slots._slot_issues = (
                LAZY
                if issues
                and (
                    type(issues) is list
                    and all(map(ExportTaskIssuesItem._fits, issues))
                )
                else [
                    ExportTaskIssuesItem.from_dict(issues_item_data)
                    for issues_item_data in issues
                ]
            )
        else:
            _slots._slot_issues = UNSET
        if "tools" in src_dict:
            tools: Any = src_dict["tools"]
            _slots._slot_tools = (
                LAZY
                if tools
                and (type(tools) is list and all(map(AnnotationObject._fits, tools)))
                else [
                    AnnotationObject.from_dict(tools_item_data)
                    for tools_item_data in tools
                ]
            )
        else:
            _slots._slot_tools = UNSET
        if "objects" in src_dict:
            objects: Any = src_dict["objects"]
            _slots._slot_objects = (
                LAZY
                if objects
                and (
                    type(objects) is list and all(map(AnnotationObject._fits, objects))
                )
                else [
                    AnnotationObject.from_dict(objects_item_data)
                    for objects_item_data in objects
                ]
            )
        else:
            _slots._slot_objects = UNSET
        if "classifications" in src_dict:
            classifications: Any = src_dict["classifications"]
            _slots._slot_classifications = (
                LAZY
                if classifications
                and (
                    type(classifications) is list
                    and all(map(ClassificationAnswer._fits, classifications))
                )
                else [
                    ClassificationAnswer.from_dict(classifications_item_data)
                    for classifications_item_data in classifications
                ]
            )
        else:
            _slots._slot_classifications = UNSET
        if "relations" in src_dict:
            relations: Any = src_dict["relations"]
            _slots._slot_relations = (
                LAZY
                if relations
                and (
                    type(relations) is list
                    and all(map(RelationAnswer._fits, relations))
                )
                else [
                    RelationAnswer.from_dict(relations_item_data)
                    for relations_item_data in relations
                ]
            )
        else:
            _slots._slot_relations = UNSET
        if "stageHistory" in src_dict:
            stage_history: Any = src_dict["stageHistory"]
            _slots._slot_stage_history = (
                LAZY
                if stage_history
                and (
                    type(stage_history) is list
                    and all(map(ExportTask._fits, stage_history))
                )
                else [
                    ExportTask.from_dict(stage_history_item_data)
                    for stage_history_item_data in stage_history
                ]
            )
        else:
            _slots._slot_stage_history = UNSET
        _instance.task_id = src_dict["taskId"] if "taskId" in src_dict else UNSET
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.stage_id = src_dict["stageId"] if "stageId" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.updated_by = (
            src_dict["updatedBy"] if "updatedBy" in src_dict else UNSET
        )
        _instance.completed_by = (
            src_dict["completedBy"] if "completedBy" in src_dict else UNSET
        )
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
        _instance.total_duration = (
            src_dict["totalDuration"] if "totalDuration" in src_dict else UNSET
        )
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
        _instance.consensus_average = (
            src_dict["consensusAverage"] if "consensusAverage" in src_dict else UNSET
        )
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
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
        _slots: _ExportTaskSlots = _instance
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
        _slots._slot_consensus_detailed = (
            (LAZY if src_dict["consensusDetailed"] else [])
            if "consensusDetailed" in src_dict
            else UNSET
        )
        _instance.review = (
            ExportTaskReview.from_dict(src_dict["review"])
            if "review" in src_dict
            else UNSET
        )
        _slots._slot_issues = (
            (LAZY if src_dict["issues"] else []) if "issues" in src_dict else UNSET
        )
        _slots._slot_tools = (
            (LAZY if src_dict["tools"] else []) if "tools" in src_dict else UNSET
        )
        _slots._slot_objects = (
            (LAZY if src_dict["objects"] else []) if "objects" in src_dict else UNSET
        )
        _slots._slot_classifications = (
            (LAZY if src_dict["classifications"] else [])
            if "classifications" in src_dict
            else UNSET
        )
        _slots._slot_relations = (
            (LAZY if src_dict["relations"] else [])
            if "relations" in src_dict
            else UNSET
        )
        _slots._slot_stage_history = (
            (LAZY if src_dict["stageHistory"] else [])
            if "stageHistory" in src_dict
            else UNSET
        )
        _instance.task_id = src_dict["taskId"] if "taskId" in src_dict else UNSET
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.stage_id = src_dict["stageId"] if "stageId" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.updated_by = (
            src_dict["updatedBy"] if "updatedBy" in src_dict else UNSET
        )
        _instance.completed_by = (
            src_dict["completedBy"] if "completedBy" in src_dict else UNSET
        )
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
        _instance.total_duration = (
            src_dict["totalDuration"] if "totalDuration" in src_dict else UNSET
        )
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
        _instance.consensus_average = (
            src_dict["consensusAverage"] if "consensusAverage" in src_dict else UNSET
        )
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
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
        "taskId",
        "stage",
        "stageId",
        "status",
        "updatedBy",
        "updatedAt",
        "completedBy",
        "completedAt",
        "duration",
        "totalDuration",
        "duration(ms)",
        "isSkipped",
        "isBenchmark",
        "benchmark",
        "consensusAverage",
        "consensusDetailed",
        "review",
        "issues",
        "tools",
        "objects",
        "classifications",
        "relations",
        "brushDataUrl",
        "medicalBrushDataUrl",
        "stageHistory",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "consensus_detailed": (
        "consensusDetailed",
        lambda: ExportTaskConsensusDetailedItem,
        True,
    ),
    "issues": ("issues", lambda: ExportTaskIssuesItem, True),
    "tools": ("tools", lambda: AnnotationObject, True),
    "objects": ("objects", lambda: AnnotationObject, True),
    "classifications": ("classifications", lambda: ClassificationAnswer, True),
    "relations": ("relations", lambda: RelationAnswer, True),
    "stage_history": ("stageHistory", lambda: ExportTask, True),
}
install_lazy_fields(ExportTask, _LAZY_FIELDS)


from ..models.annotation_object import AnnotationObject
from ..models.classification_answer import ClassificationAnswer
from ..models.export_task_consensus_detailed_item import ExportTaskConsensusDetailedItem
from ..models.export_task_issues_item import ExportTaskIssuesItem
from ..models.export_task_review import ExportTaskReview
from ..models.relation_answer import RelationAnswer
