from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.requeue_filters import RequeueFilters
    from ..models.requeue_options import RequeueOptions


T = TypeVar("T", bound="RequeueTasks")


@_attrs_define
class RequeueTasks:
    """
    Attributes:
        to_stage_id (str):
        filters (RequeueFilters | Unset): Which tasks to requeue; inclusive (a task matching any list is requeued).
        options (RequeueOptions | Unset):
    """

    to_stage_id: str
    filters: RequeueFilters | Unset = UNSET
    options: RequeueOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_stage_id = self.to_stage_id

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toStageId": to_stage_id,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.requeue_filters import RequeueFilters
        from ..models.requeue_options import RequeueOptions

        d = dict(src_dict)
        to_stage_id = d.pop("toStageId")

        _filters = d.pop("filters", UNSET)
        filters: RequeueFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = RequeueFilters.from_dict(_filters)

        _options = d.pop("options", UNSET)
        options: RequeueOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = RequeueOptions.from_dict(_options)

        requeue_tasks = cls(
            to_stage_id=to_stage_id,
            filters=filters,
            options=options,
        )

        requeue_tasks.additional_properties = d
        return requeue_tasks

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
