from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requeue_filters import RequeueFilters


T = TypeVar("T", bound="TaskPriorityUpdate")


@_attrs_define
class TaskPriorityUpdate:
    """
    Attributes:
        priority (int):
        filters (RequeueFilters | Unset): Which tasks to requeue; inclusive (a task matching any list is requeued).
    """

    priority: int
    filters: RequeueFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        priority = self.priority

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priority": priority,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.requeue_filters import RequeueFilters

        d = dict(src_dict)
        priority = d.pop("priority")

        _filters = d.pop("filters", UNSET)
        filters: RequeueFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = RequeueFilters.from_dict(_filters)

        task_priority_update = cls(
            priority=priority,
            filters=filters,
        )

        task_priority_update.additional_properties = d
        return task_priority_update

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
