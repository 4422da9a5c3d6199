from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_status import InviteStatus
from ..models.invite_status_name import InviteStatusName
from ..models.organization_role import OrganizationRole
from ..models.organization_role_name import OrganizationRoleName
from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    fits_datetime,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="Invite")
_new_object = object.__new__


class _InviteSlots(LazyModel):
    """The slots that hold `Invite`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_project_assignments",)
    _slot_project_assignments: Any


@_attrs_define(repr=False)
class Invite(_InviteSlots):
    """An invitation (`email`, or `to` in the current reference).

    Attributes:
        id (str | Unset):
        email (str | Unset):
        to (str | Unset):
        organization_role (OrganizationRole | OrganizationRoleName | str | Unset):
        status (InviteStatus | InviteStatusName | str | Unset):
        project_assignments (list[ProjectAssignment] | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    to: str | Unset = UNSET
    organization_role: OrganizationRole | OrganizationRoleName | str | Unset = UNSET
    status: InviteStatus | InviteStatusName | str | Unset = UNSET
    project_assignments: list[ProjectAssignment] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
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

        email = self.email

        to = self.to

        organization_role: str | Unset
        if isinstance(self.organization_role, Unset):
            organization_role = UNSET
        elif isinstance(self.organization_role, OrganizationRole) or isinstance(
            self.organization_role, OrganizationRoleName
        ):
            organization_role = self.organization_role.value
        else:
            organization_role = self.organization_role

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InviteStatus) or isinstance(
            self.status, InviteStatusName
        ):
            status = self.status.value
        else:
            status = self.status

        project_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_assignments, Unset):
            project_assignments = []
            for project_assignments_item_data in self.project_assignments:
                project_assignments_item = project_assignments_item_data.to_dict()
                project_assignments.append(project_assignments_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if to is not UNSET:
            field_dict["to"] = to
        if organization_role is not UNSET:
            field_dict["organizationRole"] = organization_role
        if status is not UNSET:
            field_dict["status"] = status
        if project_assignments is not UNSET:
            field_dict["projectAssignments"] = project_assignments
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "projectAssignments" in src:
            value = src["projectAssignments"]
            if type(value) is not list:
                return False
            for item in value:
                if not ProjectAssignment._fits(item):
                    return False
        if "createdAt" in src:
            value = src["createdAt"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _InviteSlots = _instance
        _instance.organization_role = (
            _parse_organization_role(src_dict["organizationRole"])
            if "organizationRole" in src_dict
            else UNSET
        )
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        if "projectAssignments" in src_dict:
            project_assignments: Any = src_dict["projectAssignments"]
            _slots._slot_project_assignments = (
                LAZY
                if project_assignments
                and (
                    type(project_assignments) is list
                    and all(map(ProjectAssignment._fits, project_assignments))
                )
                else [
                    ProjectAssignment.from_dict(project_assignments_item_data)
                    for project_assignments_item_data in project_assignments
                ]
            )
        else:
            _slots._slot_project_assignments = UNSET
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"] if "_id" in src_dict else UNSET
        _instance.email = src_dict["email"] if "email" in src_dict else UNSET
        _instance.to = src_dict["to"] if "to" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _InviteSlots = _instance
        _instance.organization_role = (
            _parse_organization_role(src_dict["organizationRole"])
            if "organizationRole" in src_dict
            else UNSET
        )
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        _slots._slot_project_assignments = (
            (LAZY if src_dict["projectAssignments"] else [])
            if "projectAssignments" in src_dict
            else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"] if "_id" in src_dict else UNSET
        _instance.email = src_dict["email"] if "email" in src_dict else UNSET
        _instance.to = src_dict["to"] if "to" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
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
        "_id",
        "email",
        "to",
        "organizationRole",
        "status",
        "projectAssignments",
        "createdAt",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "project_assignments": ("projectAssignments", lambda: ProjectAssignment, True),
}
install_lazy_fields(Invite, _LAZY_FIELDS)


def _parse_organization_role(
    data: object,
) -> OrganizationRole | OrganizationRoleName | str | Unset:
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
    return cast(OrganizationRole | OrganizationRoleName | str | Unset, data)


def _parse_status(data: object) -> InviteStatus | InviteStatusName | str | Unset:
    if isinstance(data, str):
        try:
            status_type_0 = InviteStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, str):
        try:
            status_type_1 = InviteStatusName(data)

            return status_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(InviteStatus | InviteStatusName | str | Unset, data)


from ..models.project_assignment import ProjectAssignment
