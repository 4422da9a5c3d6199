from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="AssetBuilderTemplate")
_new_object = object.__new__


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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "dataConfig" in src:
            value = src["dataConfig"]
            if not AssetBuilderTemplateDataConfig._fits(value):
                return False
        if "preLabelConfig" in src:
            value = src["preLabelConfig"]
            if not AssetBuilderTemplatePreLabelConfig._fits(value):
                return False
        if "config" in src:
            value = src["config"]
            if not AssetBuilderTemplateConfig._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.data_config = (
            AssetBuilderTemplateDataConfig.from_dict(src_dict["dataConfig"])
            if "dataConfig" in src_dict
            else UNSET
        )
        _instance.pre_label_config = (
            AssetBuilderTemplatePreLabelConfig.from_dict(src_dict["preLabelConfig"])
            if "preLabelConfig" in src_dict
            else UNSET
        )
        _instance.config = (
            AssetBuilderTemplateConfig.from_dict(src_dict["config"])
            if "config" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.name = src_dict["name"]
        _instance.description = (
            src_dict["description"] if "description" in src_dict else UNSET
        )
        _instance.template = src_dict["template"] if "template" in src_dict else UNSET
        _instance.batch_column = (
            src_dict["batchColumn"] if "batchColumn" in src_dict else UNSET
        )
        _instance.selected_external_id = (
            src_dict["selectedExternalId"]
            if "selectedExternalId" in src_dict
            else UNSET
        )
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


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

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "_id",
        "name",
    }
)


from ..models.asset_builder_template_config import AssetBuilderTemplateConfig
from ..models.asset_builder_template_data_config import AssetBuilderTemplateDataConfig
from ..models.asset_builder_template_pre_label_config import (
    AssetBuilderTemplatePreLabelConfig,
)
