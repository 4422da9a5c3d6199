from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectClone")


@_attrs_define
class ProjectClone:
    """Which parts of the source project to copy (each defaults to true).

    Attributes:
        category_schema (bool | Unset):  Default: True.
        assigned_to (bool | Unset):  Default: True.
        batches (bool | Unset):  Default: True.
        workflow (bool | Unset):  Default: True.
        plugin_presets (bool | Unset):  Default: True.
        project_general_settings (bool | Unset):  Default: True.
    """

    category_schema: bool | Unset = True
    assigned_to: bool | Unset = True
    batches: bool | Unset = True
    workflow: bool | Unset = True
    plugin_presets: bool | Unset = True
    project_general_settings: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_schema = self.category_schema

        assigned_to = self.assigned_to

        batches = self.batches

        workflow = self.workflow

        plugin_presets = self.plugin_presets

        project_general_settings = self.project_general_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_schema is not UNSET:
            field_dict["categorySchema"] = category_schema
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if batches is not UNSET:
            field_dict["batches"] = batches
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if plugin_presets is not UNSET:
            field_dict["pluginPresets"] = plugin_presets
        if project_general_settings is not UNSET:
            field_dict["projectGeneralSettings"] = project_general_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category_schema = d.pop("categorySchema", UNSET)

        assigned_to = d.pop("assignedTo", UNSET)

        batches = d.pop("batches", UNSET)

        workflow = d.pop("workflow", UNSET)

        plugin_presets = d.pop("pluginPresets", UNSET)

        project_general_settings = d.pop("projectGeneralSettings", UNSET)

        project_clone = cls(
            category_schema=category_schema,
            assigned_to=assigned_to,
            batches=batches,
            workflow=workflow,
            plugin_presets=plugin_presets,
            project_general_settings=project_general_settings,
        )

        project_clone.additional_properties = d
        return project_clone

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
