from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer import Answer


T = TypeVar("T", bound="TaskHistory")


@_attrs_define
class TaskHistory:
    """One record of a task's history.

    Attributes:
        id (str):
        task (str | Unset): ID of the task.
        stage (str | Unset):
        stage_id (str | Unset):
        answer (Answer | Unset): The annotation of a task. Requests name the objects `objects` (annotate, label
            import; documented and sent so by the official SDK). Responses that carry a task's
            answer (get and list tasks, task history) name them `tools`: every documented task
            answer does, and the official SDK merges into `answer["tools"]`. Both names are
            accepted in both directions.
        duration (float | Unset):
        completed_by (str | Unset):
        completed_at (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    task: str | Unset = UNSET
    stage: str | Unset = UNSET
    stage_id: str | Unset = UNSET
    answer: Answer | Unset = UNSET
    duration: float | Unset = UNSET
    completed_by: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        task = self.task

        stage = self.stage

        stage_id = self.stage_id

        answer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answer, Unset):
            answer = self.answer.to_dict()

        duration = self.duration

        completed_by = self.completed_by

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if stage is not UNSET:
            field_dict["stage"] = stage
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id
        if answer is not UNSET:
            field_dict["answer"] = answer
        if duration is not UNSET:
            field_dict["duration"] = duration
        if completed_by is not UNSET:
            field_dict["completedBy"] = completed_by
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer import Answer

        d = dict(src_dict)
        id = d.pop("_id")

        task = d.pop("task", UNSET)

        stage = d.pop("stage", UNSET)

        stage_id = d.pop("stageId", UNSET)

        _answer = d.pop("answer", UNSET)
        answer: Answer | Unset
        if isinstance(_answer, Unset):
            answer = UNSET
        else:
            answer = Answer.from_dict(_answer)

        duration = d.pop("duration", UNSET)

        completed_by = d.pop("completedBy", UNSET)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        task_history = cls(
            id=id,
            task=task,
            stage=stage,
            stage_id=stage_id,
            answer=answer,
            duration=duration,
            completed_by=completed_by,
            completed_at=completed_at,
            created_at=created_at,
        )

        task_history.additional_properties = d
        return task_history

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
