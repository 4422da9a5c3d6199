from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_builder_template_create_data_config import (
        AssetBuilderTemplateCreateDataConfig,
    )
    from ..models.asset_builder_template_create_pre_label_config import (
        AssetBuilderTemplateCreatePreLabelConfig,
    )


T = TypeVar("T", bound="AssetBuilderTemplateCreate")


@_attrs_define
class AssetBuilderTemplateCreate:
    """
    Attributes:
        name (str):
        template (str): The template (HTML) the asset is built from.
        selected_external_id (str): Column that holds each row's external ID.
        data_config (AssetBuilderTemplateCreateDataConfig):
        description (str | Unset):  Default: ''.
        batch_column (str | Unset): Column that names each row's batch.
        pre_label_config (AssetBuilderTemplateCreatePreLabelConfig | Unset):
    """

    name: str
    template: str
    selected_external_id: str
    data_config: AssetBuilderTemplateCreateDataConfig
    description: str | Unset = ""
    batch_column: str | Unset = UNSET
    pre_label_config: AssetBuilderTemplateCreatePreLabelConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        template = self.template

        selected_external_id = self.selected_external_id

        data_config = self.data_config.to_dict()

        description = self.description

        batch_column = self.batch_column

        pre_label_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_label_config, Unset):
            pre_label_config = self.pre_label_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "template": template,
                "selectedExternalId": selected_external_id,
                "dataConfig": data_config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if batch_column is not UNSET:
            field_dict["batchColumn"] = batch_column
        if pre_label_config is not UNSET:
            field_dict["preLabelConfig"] = pre_label_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_builder_template_create_data_config import (
            AssetBuilderTemplateCreateDataConfig,
        )
        from ..models.asset_builder_template_create_pre_label_config import (
            AssetBuilderTemplateCreatePreLabelConfig,
        )

        d = dict(src_dict)
        name = d.pop("name")

        template = d.pop("template")

        selected_external_id = d.pop("selectedExternalId")

        data_config = AssetBuilderTemplateCreateDataConfig.from_dict(
            d.pop("dataConfig")
        )

        description = d.pop("description", UNSET)

        batch_column = d.pop("batchColumn", UNSET)

        _pre_label_config = d.pop("preLabelConfig", UNSET)
        pre_label_config: AssetBuilderTemplateCreatePreLabelConfig | Unset
        if isinstance(_pre_label_config, Unset):
            pre_label_config = UNSET
        else:
            pre_label_config = AssetBuilderTemplateCreatePreLabelConfig.from_dict(
                _pre_label_config
            )

        asset_builder_template_create = cls(
            name=name,
            template=template,
            selected_external_id=selected_external_id,
            data_config=data_config,
            description=description,
            batch_column=batch_column,
            pre_label_config=pre_label_config,
        )

        asset_builder_template_create.additional_properties = d
        return asset_builder_template_create

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
