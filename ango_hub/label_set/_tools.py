"""Object tools: what annotators draw or mark (boxes, polygons, entities, ...)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ango_hub_api.models import ToolType

from ._category import Category
from ._classifications import Classification
from ._options import Option
from ._wire import Reader

Tool = ToolType
"""Every tool type of the spec (``Tool.BOUNDING_BOX``, ``Tool.POLYGON``, ``Tool.NER``, ...)."""


class ObjectTool(Category):
    """A tool of the label set (wire: ``ToolCategory``), e.g. a "Vehicle" bounding box.

    Args:
        title: The label's name, shown to annotators and in exports.
        tool: A ``Tool`` (or its wire string, e.g. ``"bounding-box"``).
        classifications: Questions asked about each object drawn with it.
        options: Options of the tool itself (rarely used; the spec allows them).
        required: Annotators must draw at least one.
        schema_id: Its id; derived from its type and title when not given.
        color: ``"#RRGGBB"``; a palette color derived from its type and title when not given.
        shortcut_key: ``"0"``-``"9"``, ``"ctrl+0"``-``"ctrl+9"`` or ``"a"``-``"k"``.
        column_field: Show it as a table column.
        extra: Further wire keys, sent as they are.
    """

    group = "tools"

    def __init__(
        self,
        title: str,
        tool: Tool | str,
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
        super().__init__(
            title,
            _tool_type(tool),
            classifications=classifications,
            options=options,
            required=required,
            schema_id=schema_id,
            color=color,
            shortcut_key=shortcut_key,
            column_field=column_field,
            extra=extra,
        )

    @property
    def tool(self) -> Tool | str:
        """Its tool type (a plain string when the spec does not know it)."""
        return self.type

    def path(self) -> tuple[str, ...]:
        """Its path in the label set: tools of different types may share a title."""
        return (self.group, str(self.type), self.title)

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> ObjectTool:
        """A tool read from ``ToolCategory`` JSON, keeping unknown keys."""
        reader = Reader(raw)
        tool = ObjectTool(reader.string("title"), reader.string("tool"), **Category.read_common(reader))
        reader.finish(tool)
        return tool


def _tool_type(value: Tool | str) -> Tool | str:
    try:
        return Tool(value)
    except ValueError:
        return value  # unknown to the spec: kept, and reported by validate()
