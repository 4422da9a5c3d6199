from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.storage import Storage


T = TypeVar("T", bound="StorageListData")


@_attrs_define
class StorageListData:
    """
    Attributes:
        storages (list[Storage]):
    """

    storages: list[Storage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storages = []
        for storages_item_data in self.storages:
            storages_item = storages_item_data.to_dict()
            storages.append(storages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storages": storages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.storage import Storage

        d = dict(src_dict)
        storages = []
        _storages = d.pop("storages")
        for storages_item_data in _storages:
            storages_item = Storage.from_dict(storages_item_data)

            storages.append(storages_item)

        storage_list_data = cls(
            storages=storages,
        )

        storage_list_data.additional_properties = d
        return storage_list_data

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
