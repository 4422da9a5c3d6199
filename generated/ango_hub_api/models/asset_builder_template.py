from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_builder_template_config import AssetBuilderTemplateConfig
    from ..models.asset_builder_template_data_config import (
        AssetBuilderTemplateDataConfig,
    )
    from ..models.asset_builder_template_pre_label_config import (
        AssetBuilderTemplatePreLabelConfig,
    )


T = TypeVar("T", bound="AssetBuilderTemplate")


@_attrs_define
class AssetBuilderTemplate:
    """
    Attributes:
        id (str):
        name (str):
        description (str | Unset):
        template (str | Unset):
        batch_column (str | Unset):
        selected_external_id (str | Unset):
        data_config (AssetBuilderTemplateDataConfig | Unset):
        pre_label_config (AssetBuilderTemplatePreLabelConfig | Unset):
        config (AssetBuilderTemplateConfig | Unset):
    """

    id: str
    name: str
    description: str | Unset = UNSET
    template: str | Unset = UNSET
    batch_column: str | Unset = UNSET
    selected_external_id: str | Unset = UNSET
    data_config: AssetBuilderTemplateDataConfig | Unset = UNSET
    pre_label_config: AssetBuilderTemplatePreLabelConfig | Unset = UNSET
    config: AssetBuilderTemplateConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        template = self.template

        batch_column = self.batch_column

        selected_external_id = self.selected_external_id

        data_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_config, Unset):
            data_config = self.data_config.to_dict()

        pre_label_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_label_config, Unset):
            pre_label_config = self.pre_label_config.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if template is not UNSET:
            field_dict["template"] = template
        if batch_column is not UNSET:
            field_dict["batchColumn"] = batch_column
        if selected_external_id is not UNSET:
            field_dict["selectedExternalId"] = selected_external_id
        if data_config is not UNSET:
            field_dict["dataConfig"] = data_config
        if pre_label_config is not UNSET:
            field_dict["preLabelConfig"] = pre_label_config
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_builder_template_config import AssetBuilderTemplateConfig
        from ..models.asset_builder_template_data_config import (
            AssetBuilderTemplateDataConfig,
        )
        from ..models.asset_builder_template_pre_label_config import (
            AssetBuilderTemplatePreLabelConfig,
        )

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        template = d.pop("template", UNSET)

        batch_column = d.pop("batchColumn", UNSET)

        selected_external_id = d.pop("selectedExternalId", UNSET)

        _data_config = d.pop("dataConfig", UNSET)
        data_config: AssetBuilderTemplateDataConfig | Unset
        if isinstance(_data_config, Unset):
            data_config = UNSET
        else:
            data_config = AssetBuilderTemplateDataConfig.from_dict(_data_config)

        _pre_label_config = d.pop("preLabelConfig", UNSET)
        pre_label_config: AssetBuilderTemplatePreLabelConfig | Unset
        if isinstance(_pre_label_config, Unset):
            pre_label_config = UNSET
        else:
            pre_label_config = AssetBuilderTemplatePreLabelConfig.from_dict(
                _pre_label_config
            )

        _config = d.pop("config", UNSET)
        config: AssetBuilderTemplateConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AssetBuilderTemplateConfig.from_dict(_config)

        asset_builder_template = cls(
            id=id,
            name=name,
            description=description,
            template=template,
            batch_column=batch_column,
            selected_external_id=selected_external_id,
            data_config=data_config,
            pre_label_config=pre_label_config,
            config=config,
        )

        asset_builder_template.additional_properties = d
        return asset_builder_template

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
