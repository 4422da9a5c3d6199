from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportLabelsData")


@_attrs_define
class ImportLabelsData:
    """
    Attributes:
        imported (int | Unset): Number of assets whose labels were imported.
        project (str | Unset): The current reference's answer, a sentence such as `"50 / 50 tasks are labeled."`.
    """

    imported: int | Unset = UNSET
    project: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imported = self.imported

        project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imported is not UNSET:
            field_dict["imported"] = imported
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        imported = d.pop("imported", UNSET)

        project = d.pop("project", UNSET)

        import_labels_data = cls(
            imported=imported,
            project=project,
        )

        import_labels_data.additional_properties = d
        return import_labels_data

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
