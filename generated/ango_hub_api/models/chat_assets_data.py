from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_assets_created import ChatAssetsCreated


T = TypeVar("T", bound="ChatAssetsData")


@_attrs_define
class ChatAssetsData:
    """
    Attributes:
        assets (ChatAssetsCreated | Unset):
    """

    assets: ChatAssetsCreated | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_assets_created import ChatAssetsCreated

        d = dict(src_dict)
        _assets = d.pop("assets", UNSET)
        assets: ChatAssetsCreated | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = ChatAssetsCreated.from_dict(_assets)

        chat_assets_data = cls(
            assets=assets,
        )

        chat_assets_data.additional_properties = d
        return chat_assets_data

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
