from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiAssistance")


@_attrs_define
class AiAssistance:
    """AI-assistance settings of a project. The SDK documentation's `create_project`
    answer shows `{"cocoRelations": []}` and lists `aiAssistance` among the fields of
    `get_project`; the other settings it may hold are not documented.

        Attributes:
            coco_relations (list[Any] | Unset):
    """

    coco_relations: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coco_relations: list[Any] | Unset = UNSET
        if not isinstance(self.coco_relations, Unset):
            coco_relations = self.coco_relations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coco_relations is not UNSET:
            field_dict["cocoRelations"] = coco_relations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coco_relations = cast(list[Any], d.pop("cocoRelations", UNSET))

        ai_assistance = cls(
            coco_relations=coco_relations,
        )

        ai_assistance.additional_properties = d
        return ai_assistance

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
