from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_validation_update_external_validation import (
        LabelValidationUpdateExternalValidation,
    )


T = TypeVar("T", bound="LabelValidationUpdate")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_validation_enabled = self.custom_validation_enabled

        validation_function = self.validation_function

        external_validation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_validation, Unset):
            external_validation = self.external_validation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_validation_enabled is not UNSET:
            field_dict["customValidationEnabled"] = custom_validation_enabled
        if validation_function is not UNSET:
            field_dict["validationFunction"] = validation_function
        if external_validation is not UNSET:
            field_dict["externalValidation"] = external_validation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_validation_update_external_validation import (
            LabelValidationUpdateExternalValidation,
        )

        d = dict(src_dict)
        custom_validation_enabled = d.pop("customValidationEnabled", UNSET)

        validation_function = d.pop("validationFunction", UNSET)

        _external_validation = d.pop("externalValidation", UNSET)
        external_validation: LabelValidationUpdateExternalValidation | Unset
        if isinstance(_external_validation, Unset):
            external_validation = UNSET
        else:
            external_validation = LabelValidationUpdateExternalValidation.from_dict(
                _external_validation
            )

        label_validation_update = cls(
            custom_validation_enabled=custom_validation_enabled,
            validation_function=validation_function,
            external_validation=external_validation,
        )

        label_validation_update.additional_properties = d
        return label_validation_update

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
