from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asset_builder_template import AssetBuilderTemplate


T = TypeVar("T", bound="AssetBuilderTemplateData")


@_attrs_define
class AssetBuilderTemplateData:
    """
    Attributes:
        template (AssetBuilderTemplate):
    """

    template: AssetBuilderTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_builder_template import AssetBuilderTemplate

        d = dict(src_dict)
        template = AssetBuilderTemplate.from_dict(d.pop("template"))

        asset_builder_template_data = cls(
            template=template,
        )

        asset_builder_template_data.additional_properties = d
        return asset_builder_template_data

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
