from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_type import ProjectType
from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="ProjectCreate")
_new_object = object.__new__


class _ProjectCreateSlots(LazyModel):
    """The slots that hold `ProjectCreate`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_category_schema",)
    _slot_category_schema: Any


@_attrs_define(repr=False)
class ProjectCreate(_ProjectCreateSlots):
    """
    Attributes:
        name (str): Name of the project; cannot be empty. Example: My Annotation Project.
        description (str | Unset):  Default: ''.
        type_ (ProjectType | str | Unset):
        category_schema (CategorySchema | Unset): The label set (ontology) of a project.
    """

    name: str
    description: str | Unset = ""
    type_: ProjectType | str | Unset = UNSET
    category_schema: CategorySchema | Unset = UNSET
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
        name = self.name

        description = self.description

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProjectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        category_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_schema, Unset):
            category_schema = self.category_schema.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category_schema is not UNSET:
            field_dict["categorySchema"] = category_schema

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "categorySchema" in src:
            value = src["categorySchema"]
            if not CategorySchema._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _ProjectCreateSlots = _instance
        _instance.type_ = (
            _parse_type_(src_dict["type"]) if "type" in src_dict else UNSET
        )
        if "categorySchema" in src_dict:
            category_schema: Any = src_dict["categorySchema"]
            _slots._slot_category_schema = (
                LAZY
                if CategorySchema._fits(category_schema)
                else CategorySchema.from_dict(category_schema)
            )
        else:
            _slots._slot_category_schema = UNSET
        _instance.name = src_dict["name"]
        _instance.description = (
            src_dict["description"] if "description" in src_dict else UNSET
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

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _ProjectCreateSlots = _instance
        _instance.type_ = (
            _parse_type_(src_dict["type"]) if "type" in src_dict else UNSET
        )
        _slots._slot_category_schema = LAZY if "categorySchema" in src_dict else UNSET
        _instance.name = src_dict["name"]
        _instance.description = (
            src_dict["description"] if "description" in src_dict else UNSET
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
        "name",
        "description",
        "type",
        "categorySchema",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "name",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "category_schema": ("categorySchema", lambda: CategorySchema, False),
}
install_lazy_fields(ProjectCreate, _LAZY_FIELDS)


def _parse_type_(data: object) -> ProjectType | str | Unset:
    if isinstance(data, str):
        try:
            type_type_0 = ProjectType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(ProjectType | str | Unset, data)


from ..models.category_schema import CategorySchema
