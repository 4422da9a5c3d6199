from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_fields_key, model_repr

T = TypeVar("T", bound="AssetBuilderTemplate")


@_attrs_define(repr=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _get = src_dict.get
        data_config: Any = _get("dataConfig", UNSET)
        if data_config is not UNSET:
            data_config = AssetBuilderTemplateDataConfig.from_dict(data_config)
        pre_label_config: Any = _get("preLabelConfig", UNSET)
        if pre_label_config is not UNSET:
            pre_label_config = AssetBuilderTemplatePreLabelConfig.from_dict(
                pre_label_config
            )
        config: Any = _get("config", UNSET)
        if config is not UNSET:
            config = AssetBuilderTemplateConfig.from_dict(config)
        asset_builder_template = cls(
            src_dict["_id"],
            src_dict["name"],
            _get("description", UNSET),
            _get("template", UNSET),
            _get("batchColumn", UNSET),
            _get("selectedExternalId", UNSET),
            data_config,
            pre_label_config,
            config,
        )
        if not _KNOWN_FIELDS.issuperset(src_dict):
            asset_builder_template.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return asset_builder_template

    def __repr__(self) -> str:
        return model_repr(self)

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


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "_id",
        "name",
        "description",
        "template",
        "batchColumn",
        "selectedExternalId",
        "dataConfig",
        "preLabelConfig",
        "config",
    }
)


from ..models.asset_builder_template_config import AssetBuilderTemplateConfig
from ..models.asset_builder_template_data_config import AssetBuilderTemplateDataConfig
from ..models.asset_builder_template_pre_label_config import (
    AssetBuilderTemplatePreLabelConfig,
)
