from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentsImported")


@_attrs_define
class AttachmentsImported:
    """The counts the current reference answers under `data.project`.

    Attributes:
        attachments_imported (int | Unset):
        assets_updated (int | Unset):
    """

    attachments_imported: int | Unset = UNSET
    assets_updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments_imported = self.attachments_imported

        assets_updated = self.assets_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments_imported is not UNSET:
            field_dict["attachmentsImported"] = attachments_imported
        if assets_updated is not UNSET:
            field_dict["assetsUpdated"] = assets_updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attachments_imported = d.pop("attachmentsImported", UNSET)

        assets_updated = d.pop("assetsUpdated", UNSET)

        attachments_imported = cls(
            attachments_imported=attachments_imported,
            assets_updated=assets_updated,
        )

        attachments_imported.additional_properties = d
        return attachments_imported

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
