from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_role import OrganizationRole
from ..models.organization_role_name import OrganizationRoleName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_assignment import ProjectAssignment


T = TypeVar("T", bound="InvitationCreate")


@_attrs_define
class InvitationCreate:
    """
    Attributes:
        to (list[str]): E-mails to invite.
        organization_role (OrganizationRole | OrganizationRoleName | str):
        project_assignments (list[ProjectAssignment] | Unset):
    """

    to: list[str]
    organization_role: OrganizationRole | OrganizationRoleName | str
    project_assignments: list[ProjectAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        organization_role: str
        if isinstance(self.organization_role, OrganizationRole) or isinstance(
            self.organization_role, OrganizationRoleName
        ):
            organization_role = self.organization_role.value
        else:
            organization_role = self.organization_role

        project_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_assignments, Unset):
            project_assignments = []
            for project_assignments_item_data in self.project_assignments:
                project_assignments_item = project_assignments_item_data.to_dict()
                project_assignments.append(project_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "organizationRole": organization_role,
            }
        )
        if project_assignments is not UNSET:
            field_dict["projectAssignments"] = project_assignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_assignment import ProjectAssignment

        d = dict(src_dict)
        to = cast(list[str], d.pop("to"))

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

        _project_assignments = d.pop("projectAssignments", UNSET)
        project_assignments: list[ProjectAssignment] | Unset = UNSET
        if _project_assignments is not UNSET:
            project_assignments = []
            for project_assignments_item_data in _project_assignments:
                project_assignments_item = ProjectAssignment.from_dict(
                    project_assignments_item_data
                )

                project_assignments.append(project_assignments_item)

        invitation_create = cls(
            to=to,
            organization_role=organization_role,
            project_assignments=project_assignments,
        )

        invitation_create.additional_properties = d
        return invitation_create

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
