from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="TreeOption")
_new_object = object.__new__


class _TreeOptionSlots(LazyModel):
    """The slots that hold `TreeOption`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_children",)
    _slot_children: Any


@_attrs_define(repr=False)
class TreeOption(_TreeOptionSlots):
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "children" in src:
            value = src["children"]
            if type(value) is not list:
                return False
            for item in value:
                if not TreeOption._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _TreeOptionSlots = _instance
        if "children" in src_dict:
            children: Any = src_dict["children"]
            _slots._slot_children = (
                LAZY
                if children
                and (type(children) is list and all(map(TreeOption._fits, children)))
                else [
                    TreeOption.from_dict(children_item_data)
                    for children_item_data in children
                ]
            )
        else:
            _slots._slot_children = UNSET
        _instance.title = src_dict["title"]
        _instance.key = src_dict["key"] if "key" in src_dict else UNSET
        _instance.value = src_dict["value"] if "value" in src_dict else UNSET
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _TreeOptionSlots = _instance
        _slots._slot_children = (
            (LAZY if src_dict["children"] else []) if "children" in src_dict else UNSET
        )
        _instance.title = src_dict["title"]
        _instance.key = src_dict["key"] if "key" in src_dict else UNSET
        _instance.value = src_dict["value"] if "value" in src_dict else UNSET
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
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
        "title",
        "key",
        "value",
        "schemaId",
        "children",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "title",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "children": ("children", lambda: TreeOption, True),
}
install_lazy_fields(TreeOption, _LAZY_FIELDS)
