from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_role import OrganizationRole
from ..models.organization_role_name import OrganizationRoleName
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationMember")


@_attrs_define
class OrganizationMember:
    """
    Attributes:
        email (str):
        id (str | Unset):
        name (str | Unset):
        organization_role (OrganizationRole | OrganizationRoleName | str | Unset):
        last_active_at (datetime.datetime | Unset):
    """

    email: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_role: OrganizationRole | OrganizationRoleName | str | Unset = UNSET
    last_active_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        name = self.name

        organization_role: str | Unset
        if isinstance(self.organization_role, Unset):
            organization_role = UNSET
        elif isinstance(self.organization_role, OrganizationRole) or isinstance(
            self.organization_role, OrganizationRoleName
        ):
            organization_role = self.organization_role.value
        else:
            organization_role = self.organization_role

        last_active_at: str | Unset = UNSET
        if not isinstance(self.last_active_at, Unset):
            last_active_at = self.last_active_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organization_role is not UNSET:
            field_dict["organizationRole"] = organization_role
        if last_active_at is not UNSET:
            field_dict["lastActiveAt"] = last_active_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        id = d.pop("_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_organization_role(
            data: object,
        ) -> OrganizationRole | OrganizationRoleName | str | Unset:
            if isinstance(data, Unset):
                return data
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
            return cast(OrganizationRole | OrganizationRoleName | str | Unset, data)

        organization_role = _parse_organization_role(d.pop("organizationRole", UNSET))

        _last_active_at = d.pop("lastActiveAt", UNSET)
        last_active_at: datetime.datetime | Unset
        if isinstance(_last_active_at, Unset):
            last_active_at = UNSET
        else:
            last_active_at = datetime.datetime.fromisoformat(_last_active_at)

        organization_member = cls(
            email=email,
            id=id,
            name=name,
            organization_role=organization_role,
            last_active_at=last_active_at,
        )

        organization_member.additional_properties = d
        return organization_member

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
