from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSummary")


@_attrs_define
class UserSummary:
    """A user as embedded in older project responses.

    Attributes:
        id (str):
        name (str | Unset):
        email (str | Unset):
        organization (str | Unset):
        organization_role (str | Unset):  Example: admin.
        deleted (bool | Unset):
        last_active_at (datetime.datetime | Unset):
        api_key (str | Unset): The user's API key, as the older "API methods" page shows it in the creator of a
            project (`project.user.apiKey`). A secret: never log or show it (`x-secret`).
            Current responses give the creator as an ID only.
    """

    id: str
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    organization: str | Unset = UNSET
    organization_role: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    last_active_at: datetime.datetime | Unset = UNSET
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email = self.email

        organization = self.organization

        organization_role = self.organization_role

        deleted = self.deleted

        last_active_at: str | Unset = UNSET
        if not isinstance(self.last_active_at, Unset):
            last_active_at = self.last_active_at.isoformat()

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organization_role is not UNSET:
            field_dict["organizationRole"] = organization_role
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if last_active_at is not UNSET:
            field_dict["lastActiveAt"] = last_active_at
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        organization = d.pop("organization", UNSET)

        organization_role = d.pop("organizationRole", UNSET)

        deleted = d.pop("deleted", UNSET)

        _last_active_at = d.pop("lastActiveAt", UNSET)
        last_active_at: datetime.datetime | Unset
        if isinstance(_last_active_at, Unset):
            last_active_at = UNSET
        else:
            last_active_at = datetime.datetime.fromisoformat(_last_active_at)

        api_key = d.pop("apiKey", UNSET)

        user_summary = cls(
            id=id,
            name=name,
            email=email,
            organization=organization,
            organization_role=organization_role,
            deleted=deleted,
            last_active_at=last_active_at,
            api_key=api_key,
        )

        user_summary.additional_properties = d
        return user_summary

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
