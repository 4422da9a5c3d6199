from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requeue_modified import RequeueModified


T = TypeVar("T", bound="RequeueTasksData")


@_attrs_define
class RequeueTasksData:
    """
    Attributes:
        tasks (int | Unset): Number of tasks requeued.
        modified_count (RequeueModified | Unset): What the requeue changed (current reference).
    """

    tasks: int | Unset = UNSET
    modified_count: RequeueModified | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = self.tasks

        modified_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modified_count, Unset):
            modified_count = self.modified_count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if modified_count is not UNSET:
            field_dict["modifiedCount"] = modified_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.requeue_modified import RequeueModified

        d = dict(src_dict)
        tasks = d.pop("tasks", UNSET)

        _modified_count = d.pop("modifiedCount", UNSET)
        modified_count: RequeueModified | Unset
        if isinstance(_modified_count, Unset):
            modified_count = UNSET
        else:
            modified_count = RequeueModified.from_dict(_modified_count)

        requeue_tasks_data = cls(
            tasks=tasks,
            modified_count=modified_count,
        )

        requeue_tasks_data.additional_properties = d
        return requeue_tasks_data

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
