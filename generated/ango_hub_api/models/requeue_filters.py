from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequeueFilters")


@_attrs_define
class RequeueFilters:
    """Which tasks to requeue; inclusive (a task matching any list is requeued).

    Attributes:
        task_ids (list[str] | Unset):
        external_ids (list[str] | Unset):
        asset_ids (list[str] | Unset):
        from_stage_ids (list[str] | Unset):
    """

    task_ids: list[str] | Unset = UNSET
    external_ids: list[str] | Unset = UNSET
    asset_ids: list[str] | Unset = UNSET
    from_stage_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_ids: list[str] | Unset = UNSET
        if not isinstance(self.task_ids, Unset):
            task_ids = self.task_ids

        external_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        from_stage_ids: list[str] | Unset = UNSET
        if not isinstance(self.from_stage_ids, Unset):
            from_stage_ids = self.from_stage_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_ids is not UNSET:
            field_dict["taskIds"] = task_ids
        if external_ids is not UNSET:
            field_dict["externalIds"] = external_ids
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if from_stage_ids is not UNSET:
            field_dict["fromStageIds"] = from_stage_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_ids = cast(list[str], d.pop("taskIds", UNSET))

        external_ids = cast(list[str], d.pop("externalIds", UNSET))

        asset_ids = cast(list[str], d.pop("assetIds", UNSET))

        from_stage_ids = cast(list[str], d.pop("fromStageIds", UNSET))

        requeue_filters = cls(
            task_ids=task_ids,
            external_ids=external_ids,
            asset_ids=asset_ids,
            from_stage_ids=from_stage_ids,
        )

        requeue_filters.additional_properties = d
        return requeue_filters

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
