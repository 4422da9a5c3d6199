from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classification_type import ClassificationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.label_option import LabelOption
    from ..models.tree_option import TreeOption


T = TypeVar("T", bound="ClassificationCategory")


@_attrs_define
class ClassificationCategory:
    """A classification (question) of the label set, possibly nested.

    Attributes:
        tool (ClassificationType | str):
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
        classifications (list[ClassificationCategory] | Unset): Nested classifications.
        options (list[LabelOption] | Unset):
        tree_options (list[TreeOption] | Unset):
        parent_option_id (None | str | Unset): Show this nested classification only when this option of the parent is
            chosen.
        regex (None | str | Unset):
        frame_specific (bool | Unset):
        show_dropdown (bool | Unset):
        rich_text (bool | Unset):
        export_name (None | str | Unset):
        display_name (None | str | Unset):
        abbreviated_name (None | str | Unset):
        attribute_type (None | str | Unset):
        default_value (bool | None | Unset):
    """

    tool: ClassificationType | str
    schema_id: str | Unset = UNSET
    title: str | Unset = UNSET
    required: bool | Unset = UNSET
    column_field: bool | Unset = UNSET
    color: None | str | Unset = UNSET
    shortcut_key: str | Unset = UNSET
    classifications: list[ClassificationCategory] | Unset = UNSET
    options: list[LabelOption] | Unset = UNSET
    tree_options: list[TreeOption] | Unset = UNSET
    parent_option_id: None | str | Unset = UNSET
    regex: None | str | Unset = UNSET
    frame_specific: bool | Unset = UNSET
    show_dropdown: bool | Unset = UNSET
    rich_text: bool | Unset = UNSET
    export_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    abbreviated_name: None | str | Unset = UNSET
    attribute_type: None | str | Unset = UNSET
    default_value: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool: str
        if isinstance(self.tool, ClassificationType):
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

        tree_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tree_options, Unset):
            tree_options = []
            for tree_options_item_data in self.tree_options:
                tree_options_item = tree_options_item_data.to_dict()
                tree_options.append(tree_options_item)

        parent_option_id: None | str | Unset
        if isinstance(self.parent_option_id, Unset):
            parent_option_id = UNSET
        else:
            parent_option_id = self.parent_option_id

        regex: None | str | Unset
        if isinstance(self.regex, Unset):
            regex = UNSET
        else:
            regex = self.regex

        frame_specific = self.frame_specific

        show_dropdown = self.show_dropdown

        rich_text = self.rich_text

        export_name: None | str | Unset
        if isinstance(self.export_name, Unset):
            export_name = UNSET
        else:
            export_name = self.export_name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        abbreviated_name: None | str | Unset
        if isinstance(self.abbreviated_name, Unset):
            abbreviated_name = UNSET
        else:
            abbreviated_name = self.abbreviated_name

        attribute_type: None | str | Unset
        if isinstance(self.attribute_type, Unset):
            attribute_type = UNSET
        else:
            attribute_type = self.attribute_type

        default_value: bool | None | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

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
        if tree_options is not UNSET:
            field_dict["treeOptions"] = tree_options
        if parent_option_id is not UNSET:
            field_dict["parentOptionId"] = parent_option_id
        if regex is not UNSET:
            field_dict["regex"] = regex
        if frame_specific is not UNSET:
            field_dict["frameSpecific"] = frame_specific
        if show_dropdown is not UNSET:
            field_dict["showDropdown"] = show_dropdown
        if rich_text is not UNSET:
            field_dict["richText"] = rich_text
        if export_name is not UNSET:
            field_dict["exportName"] = export_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if abbreviated_name is not UNSET:
            field_dict["abbreviatedName"] = abbreviated_name
        if attribute_type is not UNSET:
            field_dict["attributeType"] = attribute_type
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_option import LabelOption
        from ..models.tree_option import TreeOption

        d = dict(src_dict)

        def _parse_tool(data: object) -> ClassificationType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_type_0 = ClassificationType(data)

                return tool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationType | str, data)

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

        _tree_options = d.pop("treeOptions", UNSET)
        tree_options: list[TreeOption] | Unset = UNSET
        if _tree_options is not UNSET:
            tree_options = []
            for tree_options_item_data in _tree_options:
                tree_options_item = TreeOption.from_dict(tree_options_item_data)

                tree_options.append(tree_options_item)

        def _parse_parent_option_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_option_id = _parse_parent_option_id(d.pop("parentOptionId", UNSET))

        def _parse_regex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regex = _parse_regex(d.pop("regex", UNSET))

        frame_specific = d.pop("frameSpecific", UNSET)

        show_dropdown = d.pop("showDropdown", UNSET)

        rich_text = d.pop("richText", UNSET)

        def _parse_export_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        export_name = _parse_export_name(d.pop("exportName", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_abbreviated_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abbreviated_name = _parse_abbreviated_name(d.pop("abbreviatedName", UNSET))

        def _parse_attribute_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attribute_type = _parse_attribute_type(d.pop("attributeType", UNSET))

        def _parse_default_value(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_value = _parse_default_value(d.pop("defaultValue", UNSET))

        classification_category = cls(
            tool=tool,
            schema_id=schema_id,
            title=title,
            required=required,
            column_field=column_field,
            color=color,
            shortcut_key=shortcut_key,
            classifications=classifications,
            options=options,
            tree_options=tree_options,
            parent_option_id=parent_option_id,
            regex=regex,
            frame_specific=frame_specific,
            show_dropdown=show_dropdown,
            rich_text=rich_text,
            export_name=export_name,
            display_name=display_name,
            abbreviated_name=abbreviated_name,
            attribute_type=attribute_type,
            default_value=default_value,
        )

        classification_category.additional_properties = d
        return classification_category

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
