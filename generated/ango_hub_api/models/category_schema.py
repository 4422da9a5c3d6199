from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_category import ClassificationCategory
    from ..models.relation_category import RelationCategory
    from ..models.tool_category import ToolCategory


T = TypeVar("T", bound="CategorySchema")


@_attrs_define
class CategorySchema:
    """The label set (ontology) of a project.

    Attributes:
        tools (list[ToolCategory] | Unset):
        classifications (list[ClassificationCategory] | Unset):
        relations (list[RelationCategory] | Unset):
    """

    tools: list[ToolCategory] | Unset = UNSET
    classifications: list[ClassificationCategory] | Unset = UNSET
    relations: list[RelationCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        relations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = []
            for relations_item_data in self.relations:
                relations_item = relations_item_data.to_dict()
                relations.append(relations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tools is not UNSET:
            field_dict["tools"] = tools
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.classification_category import ClassificationCategory
        from ..models.relation_category import RelationCategory
        from ..models.tool_category import ToolCategory

        d = dict(src_dict)
        _tools = d.pop("tools", UNSET)
        tools: list[ToolCategory] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ToolCategory.from_dict(tools_item_data)

                tools.append(tools_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[ClassificationCategory] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = ClassificationCategory.from_dict(
                    classifications_item_data
                )

                classifications.append(classifications_item)

        _relations = d.pop("relations", UNSET)
        relations: list[RelationCategory] | Unset = UNSET
        if _relations is not UNSET:
            relations = []
            for relations_item_data in _relations:
                relations_item = RelationCategory.from_dict(relations_item_data)

                relations.append(relations_item)

        category_schema = cls(
            tools=tools,
            classifications=classifications,
            relations=relations,
        )

        category_schema.additional_properties = d
        return category_schema

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
