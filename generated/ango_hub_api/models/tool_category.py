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

from ..models.tool_type import ToolType
from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="ToolCategory")
_new_object = object.__new__


class _ToolCategorySlots(LazyModel):
    """The slots that hold `ToolCategory`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_classifications",
        "_slot_options",
    )
    _slot_classifications: Any
    _slot_options: Any


@_attrs_define(repr=False)
class ToolCategory(_ToolCategorySlots):
    """An object-drawing tool of the label set.

    Attributes:
        tool (str | ToolType):
        schema_id (str | Unset):
        title (str | Unset):
        required (bool | Unset):
        column_field (bool | Unset):
        color (None | str | Unset): Display colour, `"#RRGGBB"` (SDK documentation: "in the format #FFFFFF"); empty
            or null when not set.
             Example: #9c27b0.
        shortcut_key (str | Unset): Keyboard shortcut: "0"-"9", "ctrl+0"-"ctrl+9" or a letter; empty when none. The
            SDK documentation lists the letters "a"-"k", but the current reference's own
            example label set uses "p": any lowercase letter is accepted.
             Example: 1.
        classifications (list[ClassificationCategory] | Unset): Classifications nested in each object of this tool.
        options (list[LabelOption] | Unset):
    """

    tool: str | ToolType
    schema_id: str | Unset = UNSET
    title: str | Unset = UNSET
    required: bool | Unset = UNSET
    column_field: bool | Unset = UNSET
    color: None | str | Unset = UNSET
    shortcut_key: str | Unset = UNSET
    classifications: list[ClassificationCategory] | Unset = UNSET
    options: list[LabelOption] | Unset = UNSET
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
        tool: str
        if isinstance(self.tool, ToolType):
            tool = self.tool.value
        else:
            tool = self.tool

        schema_id = self.schema_id

        title = self.title

        required = self.required

        column_field = self.column_field

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        shortcut_key = self.shortcut_key

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "tool": tool,
            }
        )
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id
        if title is not UNSET:
            field_dict["title"] = title
        if required is not UNSET:
            field_dict["required"] = required
        if column_field is not UNSET:
            field_dict["columnField"] = column_field
        if color is not UNSET:
            field_dict["color"] = color
        if shortcut_key is not UNSET:
            field_dict["shortcutKey"] = shortcut_key
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "classifications" in src:
            value = src["classifications"]
            if type(value) is not list:
                return False
            for item in value:
                if not ClassificationCategory._fits(item):
                    return False
        if "options" in src:
            value = src["options"]
            if type(value) is not list:
                return False
            for item in value:
                if not LabelOption._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _ToolCategorySlots = _instance
        _instance.tool = _parse_tool(src_dict["tool"])
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
        if "options" in src_dict:
            options: Any = src_dict["options"]
            _slots._slot_options = (
                LAZY
                if options
                and (type(options) is list and all(map(LabelOption._fits, options)))
                else [
                    LabelOption.from_dict(options_item_data)
                    for options_item_data in options
                ]
            )
        else:
            _slots._slot_options = UNSET
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _instance.title = src_dict["title"] if "title" in src_dict else UNSET
        _instance.required = src_dict["required"] if "required" in src_dict else UNSET
        _instance.column_field = (
            src_dict["columnField"] if "columnField" in src_dict else UNSET
        )
        _instance.color = src_dict["color"] if "color" in src_dict else UNSET
        _instance.shortcut_key = (
            src_dict["shortcutKey"] if "shortcutKey" in src_dict else UNSET
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
        _slots: _ToolCategorySlots = _instance
        _instance.tool = _parse_tool(src_dict["tool"])
        _slots._slot_classifications = (
            (LAZY if src_dict["classifications"] else [])
            if "classifications" in src_dict
            else UNSET
        )
        _slots._slot_options = (
            (LAZY if src_dict["options"] else []) if "options" in src_dict else UNSET
        )
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _instance.title = src_dict["title"] if "title" in src_dict else UNSET
        _instance.required = src_dict["required"] if "required" in src_dict else UNSET
        _instance.column_field = (
            src_dict["columnField"] if "columnField" in src_dict else UNSET
        )
        _instance.color = src_dict["color"] if "color" in src_dict else UNSET
        _instance.shortcut_key = (
            src_dict["shortcutKey"] if "shortcutKey" in src_dict else UNSET
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
        "tool",
        "schemaId",
        "title",
        "required",
        "columnField",
        "color",
        "shortcutKey",
        "classifications",
        "options",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "tool",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "classifications": ("classifications", lambda: ClassificationCategory, True),
    "options": ("options", lambda: LabelOption, True),
}
install_lazy_fields(ToolCategory, _LAZY_FIELDS)


def _parse_tool(data: object) -> str | ToolType:
    if isinstance(data, str):
        try:
            tool_type_0 = ToolType(data)

            return tool_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(str | ToolType, data)


from ..models.classification_category import ClassificationCategory
from ..models.label_option import LabelOption
