from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_role import OrganizationRole
from ..models.organization_role_name import OrganizationRoleName

T = TypeVar("T", bound="OrganizationRoleUpdate")


@_attrs_define
class OrganizationRoleUpdate:
    """
    Attributes:
        email (str):
        organization_role (OrganizationRole | OrganizationRoleName | str):
    """

    email: str
    organization_role: OrganizationRole | OrganizationRoleName | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        organization_role: str
        if isinstance(self.organization_role, OrganizationRole) or isinstance(
            self.organization_role, OrganizationRoleName
        ):
            organization_role = self.organization_role.value
        else:
            organization_role = self.organization_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "organizationRole": organization_role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_organization_role(
            data: object,
        ) -> OrganizationRole | OrganizationRoleName | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_role_type_0 = OrganizationRole(data)

                return organization_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_role_type_1 = OrganizationRoleName(data)

                return organization_role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrganizationRole | OrganizationRoleName | str, data)

        organization_role = _parse_organization_role(d.pop("organizationRole"))

        organization_role_update = cls(
            email=email,
            organization_role=organization_role,
        )

        organization_role_update.additional_properties = d
        return organization_role_update

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
