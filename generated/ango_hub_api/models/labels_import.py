from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_import import LabelImport


T = TypeVar("T", bound="LabelsImport")


@_attrs_define
class LabelsImport:
    """The labels go in `jsonContent` (official SDK: the list itself; older documentation:
    a string holding the JSON-encoded list) or in `labels` (current reference). One of
    the two is required.

        Attributes:
            project (str):
            json_content (list[LabelImport] | str | Unset): The labels, or a string holding them JSON-encoded.
            labels (list[LabelImport] | Unset): The labels, as the current reference names them.
    """

    project: str
    json_content: list[LabelImport] | str | Unset = UNSET
    labels: list[LabelImport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        json_content: list[dict[str, Any]] | str | Unset
        if isinstance(self.json_content, Unset):
            json_content = UNSET
        elif isinstance(self.json_content, list):
            json_content = []
            for json_content_type_0_item_data in self.json_content:
                json_content_type_0_item = json_content_type_0_item_data.to_dict()
                json_content.append(json_content_type_0_item)

        else:
            json_content = self.json_content

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if json_content is not UNSET:
            field_dict["jsonContent"] = json_content
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_import import LabelImport

        d = dict(src_dict)
        project = d.pop("project")

        def _parse_json_content(data: object) -> list[LabelImport] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                json_content_type_0 = []
                _json_content_type_0 = data
                for json_content_type_0_item_data in _json_content_type_0:
                    json_content_type_0_item = LabelImport.from_dict(
                        json_content_type_0_item_data
                    )

                    json_content_type_0.append(json_content_type_0_item)

                return json_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LabelImport] | str | Unset, data)

        json_content = _parse_json_content(d.pop("jsonContent", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: list[LabelImport] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = LabelImport.from_dict(labels_item_data)

                labels.append(labels_item)

        labels_import = cls(
            project=project,
            json_content=json_content,
            labels=labels,
        )

        labels_import.additional_properties = d
        return labels_import

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
