"""What tools and relations share: a title, a type, nested classifications, display settings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._classifications import Choice, Classification, quote
from ._ids import derive_color, derive_id
from ._options import Option, as_options
from ._wire import Field, Reader, WireEntry


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
        choices = self.choices()
        return self._assemble(
            [
                Field("schemaId", self.effective_id()),
                Field("title", self.title, ""),
                Field("tool", str(self.type), ""),
                Field("required", self.required, False),
                Field("columnField", self.column_field, False),
                Field(
                    "color", self.color if self.color is not None or self._from_wire else derive_color(path)
                ),
                Field("shortcutKey", self.shortcut_key, ""),
                Field(
                    "classifications",
                    [
                        child.to_wire(
                            path, choices, f"{where} > classifications[{index}] {quote(child.title)}"
                        )
                        for index, child in enumerate(self.classifications)
                    ],
                    [],
                ),
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
