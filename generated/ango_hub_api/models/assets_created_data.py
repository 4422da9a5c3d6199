from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assets_created_counts import AssetsCreatedCounts


T = TypeVar("T", bound="AssetsCreatedData")


@_attrs_define
class AssetsCreatedData:
    """
    Attributes:
        assets (AssetsCreatedCounts | str | Unset): Older responses say `"Successfully created."`; the current reference
            answers
            with the counts.
    """

    assets: AssetsCreatedCounts | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assets_created_counts import AssetsCreatedCounts

        assets: dict[str, Any] | str | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, AssetsCreatedCounts):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assets_created_counts import AssetsCreatedCounts

        d = dict(src_dict)

        def _parse_assets(data: object) -> AssetsCreatedCounts | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assets_type_1 = AssetsCreatedCounts.from_dict(data)

                return assets_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetsCreatedCounts | str | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        assets_created_data = cls(
            assets=assets,
        )

        assets_created_data.additional_properties = d
        return assets_created_data

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
