from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachments_imported import AttachmentsImported


T = TypeVar("T", bound="AttachmentsData")


@_attrs_define
class AttachmentsData:
    """
    Attributes:
        attachments (int | Unset): Number of attachments added.
        project (AttachmentsImported | Unset): The counts the current reference answers under `data.project`.
    """

    attachments: int | Unset = UNSET
    project: AttachmentsImported | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments = self.attachments

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachments_imported import AttachmentsImported

        d = dict(src_dict)
        attachments = d.pop("attachments", UNSET)

        _project = d.pop("project", UNSET)
        project: AttachmentsImported | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = AttachmentsImported.from_dict(_project)

        attachments_data = cls(
            attachments=attachments,
            project=project,
        )

        attachments_data.additional_properties = d
        return attachments_data

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
