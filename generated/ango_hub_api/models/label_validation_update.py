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

T = TypeVar("T", bound="LabelValidationUpdate")
_new_object = object.__new__


@_attrs_define(repr=False)
class LabelValidationUpdate:
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
        if type(src) is not dict:
            return False
        if "externalValidation" in src:
            value = src["externalValidation"]
            if not LabelValidationUpdateExternalValidation._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.external_validation = (
            LabelValidationUpdateExternalValidation.from_dict(
                src_dict["externalValidation"]
            )
            if "externalValidation" in src_dict
            else UNSET
        )
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
        "customValidationEnabled",
        "validationFunction",
        "externalValidation",
    }
)


from ..models.label_validation_update_external_validation import (
    LabelValidationUpdateExternalValidation,
)
