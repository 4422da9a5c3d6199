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

from ..models.organization_role import OrganizationRole
from ..models.organization_role_name import OrganizationRoleName
from ..types import (
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="OrganizationRoleUpdate")
_new_object = object.__new__


@_attrs_define(repr=False)
class OrganizationRoleUpdate:
    """
    Attributes:
        email (str):
        organization_role (OrganizationRole | OrganizationRoleName | str):
    """

    email: str
    organization_role: OrganizationRole | OrganizationRoleName | str
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
        email = self.email

        organization_role: str
        if isinstance(self.organization_role, OrganizationRole) or isinstance(
            self.organization_role, OrganizationRoleName
        ):
            organization_role = self.organization_role.value
        else:
            organization_role = self.organization_role

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "email": email,
                "organizationRole": organization_role,
            }
        )

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.organization_role = _parse_organization_role(
            src_dict["organizationRole"]
        )
        _instance.email = src_dict["email"]
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
        "email",
        "organizationRole",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "email",
        "organizationRole",
    }
)


def _parse_organization_role(
    data: object,
) -> OrganizationRole | OrganizationRoleName | str:
    if isinstance(data, str):
        try:
            organization_role_type_0 = OrganizationRole(data)

            return organization_role_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, str):
        try:
            organization_role_type_1 = OrganizationRoleName(data)

            return organization_role_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(OrganizationRole | OrganizationRoleName | str, data)
