from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_fields_key, model_repr

T = TypeVar("T", bound="CategorySchema")
_new_object = object.__new__


@_attrs_define(repr=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        tools: Any = (
            [
                ToolCategory.from_dict(tools_item_data)
                for tools_item_data in src_dict["tools"]
            ]
            if "tools" in src_dict
            else UNSET
        )
        classifications: Any = (
            [
                ClassificationCategory.from_dict(classifications_item_data)
                for classifications_item_data in src_dict["classifications"]
            ]
            if "classifications" in src_dict
            else UNSET
        )
        relations: Any = (
            [
                RelationCategory.from_dict(relations_item_data)
                for relations_item_data in src_dict["relations"]
            ]
            if "relations" in src_dict
            else UNSET
        )
        _instance = _new_object(cls)
        _instance.tools = tools
        _instance.classifications = classifications
        _instance.relations = relations
        _instance._additional_properties = None
        if not _KNOWN_FIELDS.issuperset(src_dict):
            _instance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "tools",
        "classifications",
        "relations",
    }
)


from ..models.classification_category import ClassificationCategory
from ..models.relation_category import RelationCategory
from ..models.tool_category import ToolCategory
