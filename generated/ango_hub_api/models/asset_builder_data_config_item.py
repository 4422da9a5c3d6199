from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_builder_column_type import AssetBuilderColumnType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetBuilderDataConfigItem")


@_attrs_define
class AssetBuilderDataConfigItem:
    """
    Attributes:
        type_ (AssetBuilderColumnType | str):
        storage (str | Unset): Storage of the files of a media column (required for image, audio, video, pdf).
        include_in_export (bool | Unset):  Default: False.
    """

    type_: AssetBuilderColumnType | str
    storage: str | Unset = UNSET
    include_in_export: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, AssetBuilderColumnType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        storage = self.storage

        include_in_export = self.include_in_export

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if storage is not UNSET:
            field_dict["storage"] = storage
        if include_in_export is not UNSET:
            field_dict["includeInExport"] = include_in_export

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> AssetBuilderColumnType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AssetBuilderColumnType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetBuilderColumnType | str, data)

        type_ = _parse_type_(d.pop("type"))

        storage = d.pop("storage", UNSET)

        include_in_export = d.pop("includeInExport", UNSET)

        asset_builder_data_config_item = cls(
            type_=type_,
            storage=storage,
            include_in_export=include_in_export,
        )

        asset_builder_data_config_item.additional_properties = d
        return asset_builder_data_config_item

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
