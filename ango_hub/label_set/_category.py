"""What tools and relations share: a title, a type, nested classifications, display settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypedDict, TypeVar

from ._classifications import Choice, Classification, entry_fields
from ._ids import derive_id
from ._options import Option, as_options
from ._wire import Field, Reader, WireEntry


class EntryOptions(TypedDict, total=False):
    """Keyword arguments of ``LabelSet.relation`` (see ``Relation``)."""

    classifications: Iterable[Classification]
    required: bool
    schema_id: str | None
    color: str | None
    shortcut_key: str
    column_field: bool
    extra: Mapping[str, Any] | None


class CategoryOptions(EntryOptions, total=False):
    """Keyword arguments of ``ObjectTool``, ``Relation`` and ``LabelSet.tool``: those of
    ``EntryOptions`` and the entry's own ``options``."""

    options: Iterable[str | Option]


Entry = TypeVar("Entry", bound="Category")


class Category(WireEntry):
    """Base of ``ObjectTool`` and ``Relation``; ``type`` is the wire ``tool``."""

    group = ""
    """The label-set list it belongs to: ``"tools"`` or ``"relations"``."""

    def __init__(
        self,
        title: str,
        type: str,
        *,
        classifications: Iterable[Classification] = (),
        options: Iterable[str | Option] = (),
        required: bool = False,
        schema_id: str | None = None,
        color: str | None = None,
        shortcut_key: str = "",
        column_field: bool = False,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.title = title
        self.type = type
        self.classifications = list(classifications)
        self.options = as_options(options)
        self.required = required
        self.schema_id = schema_id
        self.color = color
        self.shortcut_key = shortcut_key
        self.column_field = column_field
        self._init_wire(extra)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.title!r}, {str(self.type)!r})"

    def path(self) -> tuple[str, ...]:
        """Its path in the label set, from which ids are derived."""
        return (self.group, self.title)

    def effective_id(self) -> str | None:
        """The schema id sent for it (None when it was read from JSON without one)."""
        if self.schema_id is not None or self._from_wire:
            return self.schema_id
        return derive_id(self.path())

    def choices(self) -> list[Choice]:
        """(value, schema id) of its options, for conditional nested classifications."""
        path = self.path()
        return [(option.value, option.effective_id(path)) for option in self.options]

    def to_wire(self, where: str) -> dict[str, Any]:
        """Its ``ToolCategory``/``RelationCategory`` JSON."""
        path = self.path()
        return self._assemble(
            [
                *entry_fields(self, self.effective_id(), path, self.choices(), where),
                Field("options", [option.to_wire(path) for option in self.options], []),
            ]
        )

    @staticmethod
    def read_common(reader: Reader) -> dict[str, Any]:
        """The keyword arguments of a category read from JSON (title and type apart)."""
        return {
            "classifications": [Classification.from_wire(item) for item in reader.objects("classifications")],
            "options": [Option.from_wire(item) for item in reader.objects("options")],
            "required": reader.boolean("required"),
            "schema_id": reader.nullable_string("schemaId"),
            "color": reader.nullable_string("color"),
            "shortcut_key": reader.string("shortcutKey"),
            "column_field": reader.boolean("columnField"),
        }

    @staticmethod
    def read(build: Callable[..., Entry], raw: Mapping[str, Any]) -> Entry:
        """``build(title, type, **keywords)`` read from ``ToolCategory`` or
        ``RelationCategory`` JSON, keeping unknown keys."""
        reader = Reader(raw)
        entry = build(reader.string("title"), reader.string("tool"), **Category.read_common(reader))
        reader.finish(entry)
        return entry
