from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequeueModified")


@_attrs_define
class RequeueModified:
    """What the requeue changed (current reference).

    Attributes:
        modified (int | Unset):
        to_stage_id (str | Unset):
    """

    modified: int | Unset = UNSET
    to_stage_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modified = self.modified

        to_stage_id = self.to_stage_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modified is not UNSET:
            field_dict["modified"] = modified
        if to_stage_id is not UNSET:
            field_dict["toStageId"] = to_stage_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        modified = d.pop("modified", UNSET)

        to_stage_id = d.pop("toStageId", UNSET)

        requeue_modified = cls(
            modified=modified,
            to_stage_id=to_stage_id,
        )

        requeue_modified.additional_properties = d
        return requeue_modified

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
