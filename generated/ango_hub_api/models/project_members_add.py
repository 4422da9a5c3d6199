from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_role import ProjectRole

T = TypeVar("T", bound="ProjectMembersAdd")


@_attrs_define
class ProjectMembersAdd:
    """
    Attributes:
        assignees (list[str]): E-mails of the users to add.
        role (ProjectRole | str):
    """

    assignees: list[str]
    role: ProjectRole | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignees = self.assignees

        role: str
        if isinstance(self.role, ProjectRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignees": assignees,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assignees = cast(list[str], d.pop("assignees"))

        def _parse_role(data: object) -> ProjectRole | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = ProjectRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectRole | str, data)

        role = _parse_role(d.pop("role"))

        project_members_add = cls(
            assignees=assignees,
            role=role,
        )

        project_members_add.additional_properties = d
        return project_members_add

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
