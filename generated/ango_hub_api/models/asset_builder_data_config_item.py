from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_builder_column_type import AssetBuilderColumnType
from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="AssetBuilderDataConfigItem")
_new_object = object.__new__


@_attrs_define(repr=False)
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
        type_: str
        if isinstance(self.type_, AssetBuilderColumnType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        storage = self.storage

        include_in_export = self.include_in_export

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.type_ = _parse_type_(src_dict["type"])
        _instance.storage = src_dict["storage"] if "storage" in src_dict else UNSET
        _instance.include_in_export = (
            src_dict["includeInExport"] if "includeInExport" in src_dict else UNSET
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
        "type",
        "storage",
        "includeInExport",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "type",
    }
)


def _parse_type_(data: object) -> AssetBuilderColumnType | str:
    if isinstance(data, str):
        try:
            type_type_0 = AssetBuilderColumnType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(AssetBuilderColumnType | str, data)
