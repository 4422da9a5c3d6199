from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TreeOption")


@_attrs_define
class TreeOption:
    """A branch or leaf of a tree dropdown.

    Attributes:
        title (str):
        key (str | Unset):
        value (str | Unset):
        schema_id (str | Unset):
        children (list[TreeOption] | Unset):
    """

    title: str
    key: str | Unset = UNSET
    value: str | Unset = UNSET
    schema_id: str | Unset = UNSET
    children: list[TreeOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        key = self.key

        value = self.value

        schema_id = self.schema_id

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        schema_id = d.pop("schemaId", UNSET)

        _children = d.pop("children", UNSET)
        children: list[TreeOption] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = TreeOption.from_dict(children_item_data)

                children.append(children_item)

        tree_option = cls(
            title=title,
            key=key,
            value=value,
            schema_id=schema_id,
            children=children,
        )

        tree_option.additional_properties = d
        return tree_option

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
