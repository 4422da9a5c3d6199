from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    keep_source,
    model_repr,
)

T = TypeVar("T", bound="LabelValidationUpdate")
_new_object = object.__new__


@_attrs_define(repr=False)
class LabelValidationUpdate(LazyModel):
    """The settings to change; the official SDK sends `{}` when given none.

    Attributes:
        custom_validation_enabled (bool | Unset):
        validation_function (str | Unset): Source of the validation function.
        external_validation (LabelValidationUpdateExternalValidation | Unset): Settings of an external validation
            endpoint.
    """

    custom_validation_enabled: bool | Unset = UNSET
    validation_function: str | Unset = UNSET
    external_validation: LabelValidationUpdateExternalValidation | Unset = UNSET
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
        custom_validation_enabled = self.custom_validation_enabled

        validation_function = self.validation_function

        external_validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_validation, Unset):
            external_validation = self.external_validation.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if custom_validation_enabled is not UNSET:
            field_dict["customValidationEnabled"] = custom_validation_enabled
        if validation_function is not UNSET:
            field_dict["validationFunction"] = validation_function
        if external_validation is not UNSET:
            field_dict["externalValidation"] = external_validation

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        return type(src) is dict and (
            "externalValidation" not in src
            or LabelValidationUpdateExternalValidation._fits(src["externalValidation"])
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        external_validation: Any = UNSET
        if "externalValidation" in src_dict:
            external_validation = src_dict["externalValidation"]
            external_validation = (
                LAZY
                if LabelValidationUpdateExternalValidation._fits(external_validation)
                else LabelValidationUpdateExternalValidation.from_dict(
                    external_validation
                )
            )
        _instance = _new_object(cls)
        _instance.custom_validation_enabled = (
            src_dict["customValidationEnabled"]
            if "customValidationEnabled" in src_dict
            else UNSET
        )
        _instance.validation_function = (
            src_dict["validationFunction"]
            if "validationFunction" in src_dict
            else UNSET
        )
        if external_validation is not LAZY:
            _instance.external_validation = external_validation
        keep_source(_instance, src_dict)
        _instance._additional_properties = None
        if not _KNOWN_FIELDS.issuperset(src_dict):
            _instance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        external_validation: Any = LAZY if "externalValidation" in src_dict else UNSET
        _instance = _new_object(cls)
        _instance.custom_validation_enabled = (
            src_dict["customValidationEnabled"]
            if "customValidationEnabled" in src_dict
            else UNSET
        )
        _instance.validation_function = (
            src_dict["validationFunction"]
            if "validationFunction" in src_dict
            else UNSET
        )
        if external_validation is not LAZY:
            _instance.external_validation = external_validation
        keep_source(_instance, src_dict)
        _instance._additional_properties = None
        if not _KNOWN_FIELDS.issuperset(src_dict):
            _instance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

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
        "customValidationEnabled",
        "validationFunction",
        "externalValidation",
    }
)


def _lazy_external_validation(data: Any) -> Any:
    return LabelValidationUpdateExternalValidation.from_dict(data)


#: The fields parsed on their first read: attribute -> (JSON key, parser of the JSON value).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "external_validation": ("externalValidation", _lazy_external_validation),
}
LabelValidationUpdate._lazy_fields = _LAZY_FIELDS


from ..models.label_validation_update_external_validation import (
    LabelValidationUpdateExternalValidation,
)
