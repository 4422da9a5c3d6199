from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.label_import import LabelImport


T = TypeVar("T", bound="LabelsImport")


@_attrs_define
class LabelsImport:
    """
    Attributes:
        project (str):
        json_content (list[LabelImport] | str): The labels, or a string holding them JSON-encoded.
    """

    project: str
    json_content: list[LabelImport] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        json_content: list[dict[str, Any]] | str
        if isinstance(self.json_content, list):
            json_content = []
            for json_content_type_0_item_data in self.json_content:
                json_content_type_0_item = json_content_type_0_item_data.to_dict()
                json_content.append(json_content_type_0_item)

        else:
            json_content = self.json_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "jsonContent": json_content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_import import LabelImport

        d = dict(src_dict)
        project = d.pop("project")

        def _parse_json_content(data: object) -> list[LabelImport] | str:
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
            return cast(list[LabelImport] | str, data)

        json_content = _parse_json_content(d.pop("jsonContent"))

        labels_import = cls(
            project=project,
            json_content=json_content,
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
