from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_role import ProjectRole

T = TypeVar("T", bound="ProjectAssignment")


@_attrs_define
class ProjectAssignment:
    """
    Attributes:
        project_id (str):
        project_role (ProjectRole | str):
    """

    project_id: str
    project_role: ProjectRole | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_role: str
        if isinstance(self.project_role, ProjectRole):
            project_role = self.project_role.value
        else:
            project_role = self.project_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "projectRole": project_role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        def _parse_project_role(data: object) -> ProjectRole | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                project_role_type_0 = ProjectRole(data)

                return project_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectRole | str, data)

        project_role = _parse_project_role(d.pop("projectRole"))

        project_assignment = cls(
            project_id=project_id,
            project_role=project_role,
        )

        project_assignment.additional_properties = d
        return project_assignment

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
