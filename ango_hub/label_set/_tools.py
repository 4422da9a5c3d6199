"""Object tools: what annotators draw or mark (boxes, polygons, entities, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from ango_hub_api.models import ToolType

from .._accepts import accepts
from ._category import Category, CategoryOptions
from ._classifications import spec_type

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

    @accepts(CategoryOptions)
    def __init__(self, title: str, tool: Tool | str, **options: Unpack[CategoryOptions]) -> None:
        super().__init__(title, spec_type(Tool, tool), **options)

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
        return Category.read(ObjectTool, raw)
