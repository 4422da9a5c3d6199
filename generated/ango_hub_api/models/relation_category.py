from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_type import RelationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_category import ClassificationCategory
    from ..models.label_option import LabelOption


T = TypeVar("T", bound="RelationCategory")


@_attrs_define
class RelationCategory:
    """A relation between objects of the label set.

    Attributes:
        tool (RelationType | str):
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
        classifications (list[ClassificationCategory] | Unset):
        options (list[LabelOption] | Unset):
    """

    tool: RelationType | str
    schema_id: str | Unset = UNSET
    title: str | Unset = UNSET
    required: bool | Unset = UNSET
    column_field: bool | Unset = UNSET
    color: None | str | Unset = UNSET
    shortcut_key: str | Unset = UNSET
    classifications: list[ClassificationCategory] | Unset = UNSET
    options: list[LabelOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool: str
        if isinstance(self.tool, RelationType):
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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.classification_category import ClassificationCategory
        from ..models.label_option import LabelOption

        d = dict(src_dict)

        def _parse_tool(data: object) -> RelationType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_type_0 = RelationType(data)

                return tool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RelationType | str, data)

        tool = _parse_tool(d.pop("tool"))

        schema_id = d.pop("schemaId", UNSET)

        title = d.pop("title", UNSET)

        required = d.pop("required", UNSET)

        column_field = d.pop("columnField", UNSET)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        shortcut_key = d.pop("shortcutKey", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[ClassificationCategory] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = ClassificationCategory.from_dict(
                    classifications_item_data
                )

                classifications.append(classifications_item)

        _options = d.pop("options", UNSET)
        options: list[LabelOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = LabelOption.from_dict(options_item_data)

                options.append(options_item)

        relation_category = cls(
            tool=tool,
            schema_id=schema_id,
            title=title,
            required=required,
            column_field=column_field,
            color=color,
            shortcut_key=shortcut_key,
            classifications=classifications,
            options=options,
        )

        relation_category.additional_properties = d
        return relation_category

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
