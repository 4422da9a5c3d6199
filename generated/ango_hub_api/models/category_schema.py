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

T = TypeVar("T", bound="CategorySchema")
_new_object = object.__new__


class _CategorySchemaSlots(LazyModel):
    """The slots that hold `CategorySchema`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_classifications", "_slot_relations", "_slot_tools")
    _slot_tools: Any
    _slot_classifications: Any
    _slot_relations: Any


@_attrs_define(repr=False)
class CategorySchema(_CategorySchemaSlots):
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "tools" in src:
            value = src["tools"]
            if type(value) is not list:
                return False
            for item in value:
                if not ToolCategory._fits(item):
                    return False
        if "classifications" in src:
            value = src["classifications"]
            if type(value) is not list:
                return False
            for item in value:
                if not ClassificationCategory._fits(item):
                    return False
        if "relations" in src:
            value = src["relations"]
            if type(value) is not list:
                return False
            for item in value:
                if not RelationCategory._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _CategorySchemaSlots = _instance
        if "tools" in src_dict:
            tools: Any = src_dict["tools"]
            _slots._slot_tools = (
                LAZY
                if tools
                and (type(tools) is list and all(map(ToolCategory._fits, tools)))
                else [
                    ToolCategory.from_dict(tools_item_data) for tools_item_data in tools
                ]
            )
        else:
            _slots._slot_tools = UNSET
        if "classifications" in src_dict:
            classifications: Any = src_dict["classifications"]
            _slots._slot_classifications = (
                LAZY
                if classifications
                and (
                    type(classifications) is list
                    and all(map(ClassificationCategory._fits, classifications))
                )
                else [
                    ClassificationCategory.from_dict(classifications_item_data)
                    for classifications_item_data in classifications
                ]
            )
        else:
            _slots._slot_classifications = UNSET
        if "relations" in src_dict:
            relations: Any = src_dict["relations"]
            _slots._slot_relations = (
                LAZY
                if relations
                and (
                    type(relations) is list
                    and all(map(RelationCategory._fits, relations))
                )
                else [
                    RelationCategory.from_dict(relations_item_data)
                    for relations_item_data in relations
                ]
            )
        else:
            _slots._slot_relations = UNSET
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
        _slots: _CategorySchemaSlots = _instance
        _slots._slot_tools = (
            (LAZY if src_dict["tools"] else []) if "tools" in src_dict else UNSET
        )
        _slots._slot_classifications = (
            (LAZY if src_dict["classifications"] else [])
            if "classifications" in src_dict
            else UNSET
        )
        _slots._slot_relations = (
            (LAZY if src_dict["relations"] else [])
            if "relations" in src_dict
            else UNSET
        )
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
        "tools",
        "classifications",
        "relations",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "tools": ("tools", lambda: ToolCategory, True),
    "classifications": ("classifications", lambda: ClassificationCategory, True),
    "relations": ("relations", lambda: RelationCategory, True),
}
install_lazy_fields(CategorySchema, _LAZY_FIELDS)


from ..models.classification_category import ClassificationCategory
from ..models.relation_category import RelationCategory
from ..models.tool_category import ToolCategory
