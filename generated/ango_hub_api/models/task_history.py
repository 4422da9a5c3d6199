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

T = TypeVar("T", bound="TaskHistory")
_new_object = object.__new__


class _TaskHistorySlots(LazyModel):
    """The slots that hold `TaskHistory`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_answer",)
    _slot_answer: Any


@_attrs_define(repr=False)
class TaskHistory(_TaskHistorySlots):
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "answer" in src:
            value = src["answer"]
            if not Answer._fits(value):
                return False
        if "completedAt" in src:
            value = src["completedAt"]
            if not fits_datetime(value):
                return False
        if "createdAt" in src:
            value = src["createdAt"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _TaskHistorySlots = _instance
        if "answer" in src_dict:
            answer: Any = src_dict["answer"]
            _slots._slot_answer = (
                LAZY if Answer._fits(answer) else Answer.from_dict(answer)
            )
        else:
            _slots._slot_answer = UNSET
        _instance.completed_at = (
            datetime.datetime.fromisoformat(src_dict["completedAt"])
            if "completedAt" in src_dict
            else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.task = src_dict["task"] if "task" in src_dict else UNSET
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.stage_id = src_dict["stageId"] if "stageId" in src_dict else UNSET
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
        _instance.completed_by = (
            src_dict["completedBy"] if "completedBy" in src_dict else UNSET
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
        _slots: _TaskHistorySlots = _instance
        _slots._slot_answer = LAZY if "answer" in src_dict else UNSET
        _instance.completed_at = (
            datetime.datetime.fromisoformat(src_dict["completedAt"])
            if "completedAt" in src_dict
            else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.task = src_dict["task"] if "task" in src_dict else UNSET
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.stage_id = src_dict["stageId"] if "stageId" in src_dict else UNSET
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
        _instance.completed_by = (
            src_dict["completedBy"] if "completedBy" in src_dict else UNSET
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
        "_id",
        "task",
        "stage",
        "stageId",
        "answer",
        "duration",
        "completedBy",
        "completedAt",
        "createdAt",
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
}
install_lazy_fields(TaskHistory, _LAZY_FIELDS)


from ..models.answer import Answer
