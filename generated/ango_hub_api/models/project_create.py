from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_type import ProjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_schema import CategorySchema


T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    """
    Attributes:
        name (str): Name of the project; cannot be empty. Example: My Annotation Project.
        description (str | Unset):  Default: ''.
        type_ (ProjectType | str | Unset):
        category_schema (CategorySchema | Unset): The label set (ontology) of a project.
    """

    name: str
    description: str | Unset = ""
    type_: ProjectType | str | Unset = UNSET
    category_schema: CategorySchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProjectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        category_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_schema, Unset):
            category_schema = self.category_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category_schema is not UNSET:
            field_dict["categorySchema"] = category_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.category_schema import CategorySchema

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_type_(data: object) -> ProjectType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ProjectType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        _category_schema = d.pop("categorySchema", UNSET)
        category_schema: CategorySchema | Unset
        if isinstance(_category_schema, Unset):
            category_schema = UNSET
        else:
            category_schema = CategorySchema.from_dict(_category_schema)

        project_create = cls(
            name=name,
            description=description,
            type_=type_,
            category_schema=category_schema,
        )

        project_create.additional_properties = d
        return project_create

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
