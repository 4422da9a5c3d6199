from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_builder_template_create_config import (
        AssetBuilderTemplateCreateConfig,
    )
    from ..models.asset_builder_template_create_data_config import (
        AssetBuilderTemplateCreateDataConfig,
    )
    from ..models.asset_builder_template_create_pre_label_config import (
        AssetBuilderTemplateCreatePreLabelConfig,
    )


T = TypeVar("T", bound="AssetBuilderTemplateCreate")


@_attrs_define
class AssetBuilderTemplateCreate:
    """The official SDK sends the template's parts (`template`, `selectedExternalId`,
    `dataConfig`, ...); the current reference a `config` object.

        Attributes:
            name (str):
            description (str | Unset):  Default: ''.
            template (str | Unset): The template (HTML) the asset is built from.
            batch_column (str | Unset): Column that names each row's batch.
            selected_external_id (str | Unset): Column that holds each row's external ID.
            data_config (AssetBuilderTemplateCreateDataConfig | Unset):
            pre_label_config (AssetBuilderTemplateCreatePreLabelConfig | Unset):
            config (AssetBuilderTemplateCreateConfig | Unset):
    """

    name: str
    description: str | Unset = ""
    template: str | Unset = UNSET
    batch_column: str | Unset = UNSET
    selected_external_id: str | Unset = UNSET
    data_config: AssetBuilderTemplateCreateDataConfig | Unset = UNSET
    pre_label_config: AssetBuilderTemplateCreatePreLabelConfig | Unset = UNSET
    config: AssetBuilderTemplateCreateConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.asset_builder_template_create_config import (
            AssetBuilderTemplateCreateConfig,
        )
        from ..models.asset_builder_template_create_data_config import (
            AssetBuilderTemplateCreateDataConfig,
        )
        from ..models.asset_builder_template_create_pre_label_config import (
            AssetBuilderTemplateCreatePreLabelConfig,
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        template = d.pop("template", UNSET)

        batch_column = d.pop("batchColumn", UNSET)

        selected_external_id = d.pop("selectedExternalId", UNSET)

        _data_config = d.pop("dataConfig", UNSET)
        data_config: AssetBuilderTemplateCreateDataConfig | Unset
        if isinstance(_data_config, Unset):
            data_config = UNSET
        else:
            data_config = AssetBuilderTemplateCreateDataConfig.from_dict(_data_config)

        _pre_label_config = d.pop("preLabelConfig", UNSET)
        pre_label_config: AssetBuilderTemplateCreatePreLabelConfig | Unset
        if isinstance(_pre_label_config, Unset):
            pre_label_config = UNSET
        else:
            pre_label_config = AssetBuilderTemplateCreatePreLabelConfig.from_dict(
                _pre_label_config
            )

        _config = d.pop("config", UNSET)
        config: AssetBuilderTemplateCreateConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AssetBuilderTemplateCreateConfig.from_dict(_config)

        asset_builder_template_create = cls(
            name=name,
            description=description,
            template=template,
            batch_column=batch_column,
            selected_external_id=selected_external_id,
            data_config=data_config,
            pre_label_config=pre_label_config,
            config=config,
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
