"""Classifications (questions): top-level, nested in tools and relations, or conditional.

A classification nested in another one with options is *conditional* when ``when`` names one
of the parent's options (by value or schema id): it is then shown only when that option is
chosen, which the wire format expresses with ``parentOptionId``, the option's schema id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

from ango_hub_api.models import ClassificationType

from ._errors import LabelSetError
from ._ids import derive_color, derive_id
from ._options import Option, TreeNode, as_options
from ._wire import Field, Reader, WireEntry

if TYPE_CHECKING:
    from ._category import Category

CHOICE_TYPES: frozenset[str] = frozenset(
    {
        ClassificationType.RADIO,
        ClassificationType.CHECKBOX,
        ClassificationType.SINGLE_DROPDOWN,
        ClassificationType.MULTI_DROPDOWN,
    }
)
"""Classification types whose answers are ``options``."""

Choice = tuple[str, str | None]
"""An option a conditional classification can point at: (value, schema id)."""


def quote(text: str) -> str:
    """``text`` in double quotes, as label-set paths and messages show titles."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


SpecType = TypeVar("SpecType", bound=StrEnum)


def spec_type(kind: type[SpecType], value: SpecType | str) -> SpecType | str:
    """``value`` as a member of ``kind`` (``ToolType``, ...); a string the spec does not know
    is kept as it is (``validate()`` reports it)."""
    try:
        return kind(value)
    except ValueError:
        return value


def entry_fields(
    entry: Classification | Category,
    schema_id: str | None,
    path: tuple[str, ...],
    choices: Sequence[Choice],
    where: str,
) -> list[Field]:
    """The wire fields tools, relations and classifications share, from ``schemaId`` to the
    nested ``classifications`` (``choices``: the options they can be conditional on)."""
    color = entry.color if entry.color is not None or entry._from_wire else derive_color(path)
    return [
        Field("schemaId", schema_id),
        Field("title", entry.title, ""),
        Field("tool", str(entry.type), ""),
        Field("required", entry.required, False),
        Field("columnField", entry.column_field, False),
        Field("color", color),
        Field("shortcutKey", entry.shortcut_key, ""),
        Field(
            "classifications",
            [
                child.to_wire(path, choices, f"{where} > classifications[{index}] {quote(child.title)}")
                for index, child in enumerate(entry.classifications)
            ],
            [],
        ),
    ]


class CommonOptions(TypedDict, total=False):
    """Keyword arguments every classification builder accepts (see ``Classification``)."""

    required: bool
    schema_id: str | None
    color: str | None
    shortcut_key: str
    column_field: bool
    frame_specific: bool
    show_dropdown: bool
    classifications: Iterable[Classification]
    when: str | None
    parent_option_id: str | None
    export_name: str | None
    display_name: str | None
    abbreviated_name: str | None
    attribute_type: str | None
    extra: Mapping[str, Any] | None


class Classification(WireEntry):
    """A classification of any type (wire: ``ClassificationCategory``).

    Prefer the builders named after the types (``Radio``, ``Checkbox``, ``SingleDropdown``,
    ``MultiDropdown``, ``TreeDropdown``, ``Text``, ``Instance``, ``Boolean``); this class also
    takes a type the spec does not know yet, as a string.

    Args:
        title: The question, shown to annotators and used as its name in exports.
        type: A ``ClassificationType`` (or its wire string, e.g. ``"radio"``).
        options: Answers of a choice type, as strings or ``Option``.
        tree: Root nodes of a tree dropdown.
        classifications: Nested classifications.
        when: Show this nested classification only when the parent's option with this value
            (or schema id) is chosen; resolved to ``parentOptionId``.
        parent_option_id: The wire ``parentOptionId`` itself (use ``when`` instead).
        required: Annotators must answer it.
        schema_id: Its id; derived from its path of titles when not given.
        color: ``"#RRGGBB"``; a palette color derived from its path when not given.
        shortcut_key: ``"0"``-``"9"``, ``"ctrl+0"``-``"ctrl+9"`` or ``"a"``-``"k"``.
        column_field: Show it as a table column.
        frame_specific: One answer per frame (videos, multi-frame assets) instead of per asset.
        show_dropdown: Tree dropdown shown as a dropdown rather than embedded.
        rich_text: Text answered in the rich-text editor.
        regex: Text answers must match this regular expression.
        default_value: Default answer of a boolean.
        export_name, display_name, abbreviated_name, attribute_type: Sent only when given.
        extra: Further wire keys, sent as they are.
    """

    def __init__(
        self,
        title: str,
        type: ClassificationType | str,
        *,
        options: Iterable[str | Option] = (),
        tree: Iterable[TreeNode | str] = (),
        classifications: Iterable[Classification] = (),
        when: str | None = None,
        parent_option_id: str | None = None,
        required: bool = False,
        schema_id: str | None = None,
        color: str | None = None,
        shortcut_key: str = "",
        column_field: bool = False,
        frame_specific: bool = False,
        show_dropdown: bool = False,
        rich_text: bool = False,
        regex: str | None = None,
        default_value: bool | None = None,
        export_name: str | None = None,
        display_name: str | None = None,
        abbreviated_name: str | None = None,
        attribute_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        if when is not None and parent_option_id is not None:
            raise ValueError(f"classification {title!r}: give when= or parent_option_id=, not both")
        self.title = title
        self.type: ClassificationType | str = spec_type(ClassificationType, type)
        self.options = as_options(options)
        self.tree = [node if isinstance(node, TreeNode) else TreeNode(node) for node in tree]
        self.classifications = list(classifications)
        self.when = when
        self.parent_option_id = parent_option_id
        self.required = required
        self.schema_id = schema_id
        self.color = color
        self.shortcut_key = shortcut_key
        self.column_field = column_field
        self.frame_specific = frame_specific
        self.show_dropdown = show_dropdown
        self.rich_text = rich_text
        self.regex = regex
        self.default_value = default_value
        self.export_name = export_name
        self.display_name = display_name
        self.abbreviated_name = abbreviated_name
        self.attribute_type = attribute_type
        self._init_wire(extra)

    def __repr__(self) -> str:
        return f"Classification({self.title!r}, {str(self.type)!r})"

    # -- identity ---------------------------------------------------------------------

    def path(self, owner: tuple[str, ...]) -> tuple[str, ...]:
        """Its path of titles below the entry at ``owner`` (``()`` for the label set)."""
        return (*owner, "classifications", self.title)

    def effective_id(self, owner: tuple[str, ...]) -> str | None:
        """The schema id sent for it (None when it was read from JSON without one)."""
        if self.schema_id is not None or self._from_wire:
            return self.schema_id
        return derive_id(self.path(owner))

    def effective_options(self, owner: tuple[str, ...]) -> list[Option]:
        """The options sent: a built tree dropdown sends its tree flattened, "Branch / Leaf"."""
        if self.options or self._from_wire or self.type != ClassificationType.TREE_DROPDOWN:
            return self.options
        path = self.path(owner)
        return [option for node in self.tree for option in node.flatten(path)]

    def choices(self, owner: tuple[str, ...]) -> list[Choice]:
        """(value, schema id) of every option a nested classification can be conditional on."""
        path = self.path(owner)
        return [(option.value, option.effective_id(path)) for option in self.effective_options(owner)]

    def resolve_condition(self, parent: Sequence[Choice] | None) -> str | None:
        """The ``parentOptionId`` for ``when`` among the parent's options (None: no such option)."""
        if self.when is None:
            return self.parent_option_id
        for value, schema_id in parent or ():
            if self.when == value:
                return schema_id
        for _, schema_id in parent or ():
            if self.when == schema_id:
                return schema_id
        return None

    # -- wire -------------------------------------------------------------------------

    def to_wire(self, owner: tuple[str, ...], parent: Sequence[Choice] | None, where: str) -> dict[str, Any]:
        """Its ``ClassificationCategory`` JSON; ``parent`` lists the enclosing entry's options."""
        path = self.path(owner)
        parent_option_id = self.resolve_condition(parent)
        if self.when is not None and parent_option_id is None:
            raise LabelSetError([f"{where}: {self.condition_problem(parent, 'the parent')}"])
        return self._assemble(
            [
                *entry_fields(self, self.effective_id(owner), path, self.choices(owner), where),
                Field("options", [option.to_wire(path) for option in self.effective_options(owner)], []),
                Field("treeOptions", [node.to_wire(path) for node in self.tree], []),
                Field("parentOptionId", parent_option_id),
                Field("regex", self.regex),
                Field("frameSpecific", self.frame_specific, False),
                Field("showDropdown", self.show_dropdown, False),
                Field("richText", self.rich_text, False),
                Field("exportName", self.export_name, omit_none=True),
                Field("displayName", self.display_name, omit_none=True),
                Field("abbreviatedName", self.abbreviated_name, omit_none=True),
                Field("attributeType", self.attribute_type, omit_none=True),
                Field("defaultValue", self.default_value, omit_none=True),
            ]
        )

    def condition_problem(self, parent: Sequence[Choice] | None, parent_name: str) -> str:
        """Why ``when``/``parent_option_id`` matches no option of the parent."""
        if not parent:
            target = f"option {quote(self.when)}" if self.when is not None else "an option"
            return f"shown only when {target} is chosen, but {parent_name} has no options"
        if self.when is not None:
            have = ", ".join(quote(value) for value, _ in parent)
            return (
                f"shown only when option {quote(self.when)} is chosen, "
                f"but {parent_name} has no such option (it has {have})"
            )
        return f"parentOptionId {quote(str(self.parent_option_id))} matches no option of {parent_name}"

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> Classification:
        """A classification read from ``ClassificationCategory`` JSON, keeping unknown keys."""
        reader = Reader(raw)
        entry = Classification(
            reader.string("title"),
            reader.string("tool"),
            options=[Option.from_wire(item) for item in reader.objects("options")],
            tree=[TreeNode.from_wire(item) for item in reader.objects("treeOptions")],
            classifications=[Classification.from_wire(item) for item in reader.objects("classifications")],
            parent_option_id=reader.nullable_string("parentOptionId"),
            required=reader.boolean("required"),
            schema_id=reader.nullable_string("schemaId"),
            color=reader.nullable_string("color"),
            shortcut_key=reader.string("shortcutKey"),
            column_field=reader.boolean("columnField"),
            frame_specific=reader.boolean("frameSpecific"),
            show_dropdown=reader.boolean("showDropdown"),
            rich_text=reader.boolean("richText"),
            regex=reader.nullable_string("regex"),
            default_value=reader.nullable_boolean("defaultValue"),
            export_name=reader.nullable_string("exportName"),
            display_name=reader.nullable_string("displayName"),
            abbreviated_name=reader.nullable_string("abbreviatedName"),
            attribute_type=reader.nullable_string("attributeType"),
        )
        reader.finish(entry)
        return entry


class Radio(Classification):
    """A single-choice question shown as radio buttons."""

    def __init__(self, title: str, options: Iterable[str | Option] = (), **common: Unpack[CommonOptions]):
        super().__init__(title, ClassificationType.RADIO, options=options, **common)


class Checkbox(Classification):
    """A multiple-choice question shown as checkboxes."""

    def __init__(self, title: str, options: Iterable[str | Option] = (), **common: Unpack[CommonOptions]):
        super().__init__(title, ClassificationType.CHECKBOX, options=options, **common)


class SingleDropdown(Classification):
    """A single-choice question shown as a dropdown."""

    def __init__(self, title: str, options: Iterable[str | Option] = (), **common: Unpack[CommonOptions]):
        super().__init__(title, ClassificationType.SINGLE_DROPDOWN, options=options, **common)


class MultiDropdown(Classification):
    """A multiple-choice question shown as a dropdown."""

    def __init__(self, title: str, options: Iterable[str | Option] = (), **common: Unpack[CommonOptions]):
        super().__init__(title, ClassificationType.MULTI_DROPDOWN, options=options, **common)


class TreeDropdown(Classification):
    """A choice among the branches and leaves of a tree (``TreeNode``; strings are leaves).

    The wire format carries the tree (``treeOptions``) and, as the official SDK sends it, the
    same nodes flattened into ``options`` valued "Branch / Leaf", whose schema ids are the
    nodes' keys: a nested classification can be conditional on ``when="Branch / Leaf"``.
    """

    def __init__(self, title: str, tree: Iterable[TreeNode | str] = (), **common: Unpack[CommonOptions]):
        super().__init__(title, ClassificationType.TREE_DROPDOWN, tree=tree, **common)


class Text(Classification):
    """A free-text answer, optionally rich text or checked against ``regex``."""

    def __init__(
        self,
        title: str,
        *,
        rich_text: bool = False,
        regex: str | None = None,
        **common: Unpack[CommonOptions],
    ):
        super().__init__(title, ClassificationType.TEXT, rich_text=rich_text, regex=regex, **common)


class Instance(Classification):
    """An instance (object identity) classification."""

    def __init__(self, title: str, **common: Unpack[CommonOptions]):
        super().__init__(title, ClassificationType.INSTANCE, **common)


class Boolean(Classification):
    """A yes/no answer, with an optional default."""

    def __init__(self, title: str, *, default_value: bool | None = None, **common: Unpack[CommonOptions]):
        super().__init__(title, ClassificationType.BOOLEAN, default_value=default_value, **common)
