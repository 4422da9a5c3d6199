from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cloud_asset import CloudAsset


T = TypeVar("T", bound="CloudAssetsImport")


@_attrs_define
class CloudAssetsImport:
    """
    Attributes:
        assets (list[CloudAsset]):
        upload_local (None | str | Unset): "true" when the files were uploaded by the client first (official SDK).
        priority (int | Unset):  Default: 0.
    """

    assets: list[CloudAsset]
    upload_local: None | str | Unset = UNSET
    priority: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        upload_local: None | str | Unset
        if isinstance(self.upload_local, Unset):
            upload_local = UNSET
        else:
            upload_local = self.upload_local

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )
        if upload_local is not UNSET:
            field_dict["uploadLocal"] = upload_local
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cloud_asset import CloudAsset

        d = dict(src_dict)
        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = CloudAsset.from_dict(assets_item_data)

            assets.append(assets_item)

        def _parse_upload_local(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upload_local = _parse_upload_local(d.pop("uploadLocal", UNSET))

        priority = d.pop("priority", UNSET)

        cloud_assets_import = cls(
            assets=assets,
            upload_local=upload_local,
            priority=priority,
        )

        cloud_assets_import.additional_properties = d
        return cloud_assets_import

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
