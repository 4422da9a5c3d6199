from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_history import TaskHistory


T = TypeVar("T", bound="TaskHistoryListData")


@_attrs_define
class TaskHistoryListData:
    """
    Attributes:
        task_history (list[TaskHistory]):
    """

    task_history: list[TaskHistory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_history = []
        for task_history_item_data in self.task_history:
            task_history_item = task_history_item_data.to_dict()
            task_history.append(task_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskHistory": task_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_history import TaskHistory

        d = dict(src_dict)
        task_history = []
        _task_history = d.pop("taskHistory")
        for task_history_item_data in _task_history:
            task_history_item = TaskHistory.from_dict(task_history_item_data)

            task_history.append(task_history_item)

        task_history_list_data = cls(
            task_history=task_history,
        )

        task_history_list_data.additional_properties = d
        return task_history_list_data

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
