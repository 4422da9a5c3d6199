"""Answers of choice classifications: flat options and tree-dropdown nodes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self

from ._ids import derive_id
from ._wire import Field, Reader, WireEntry

TREE_SEPARATOR = " / "
"""Joins the titles of a tree node's ancestors in the flat ``options`` of a tree dropdown."""


class Option(WireEntry):
    """One answer of a radio, checkbox or dropdown classification (wire: ``LabelOption``).

    ``schema_id`` is derived from the classification's path and ``value`` when not given;
    give it yourself to keep the id of an option that already has answers in a project.
    """

    def __init__(self, value: str, *, schema_id: str | None = None, extra: Mapping[str, Any] | None = None):
        self.value = value
        self.schema_id = schema_id
        self._init_wire(extra)

    def __repr__(self) -> str:
        return (
            f"Option({self.value!r})"
            if self.schema_id is None
            else f"Option({self.value!r}, {self.schema_id!r})"
        )

    def effective_id(self, owner: tuple[str, ...]) -> str | None:
        """The schema id sent for this option of the entry at path ``owner``."""
        if self.schema_id is not None or self._from_wire:
            return self.schema_id
        return derive_id((*owner, "options", self.value))

    def to_wire(self, owner: tuple[str, ...]) -> dict[str, Any]:
        """The ``LabelOption`` JSON of this option."""
        return self._assemble([Field("value", self.value, ""), Field("schemaId", self.effective_id(owner))])

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> Self:
        """An option read from ``LabelOption`` JSON, keeping unknown keys."""
        reader = Reader(raw)
        option = cls(reader.string("value"), schema_id=reader.nullable_string("schemaId"))
        reader.finish(option)
        return option


def as_options(options: Iterable[str | Option]) -> list[Option]:
    """Options from strings or ``Option`` objects (a lone string is refused: it is not a list)."""
    if isinstance(options, str):
        raise TypeError(
            f"options must be a list of strings or Option, not a single string: use [{options!r}]"
        )
    return [item if isinstance(item, Option) else Option(item) for item in options]


class TreeNode(WireEntry):
    """A branch or leaf of a tree dropdown (wire: ``TreeOption``).

    ``key`` (the node's id) is derived from the path of titles when not given, and ``value``
    defaults to the key, as the official SDK does.
    """

    def __init__(
        self,
        title: str,
        children: Iterable[TreeNode | str] = (),
        *,
        key: str | None = None,
        value: str | None = None,
        schema_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ):
        self.title = title
        self.children = [child if isinstance(child, TreeNode) else TreeNode(child) for child in children]
        self.key = key
        self.value = value
        self.schema_id = schema_id
        self._init_wire(extra)

    def __repr__(self) -> str:
        return (
            f"TreeNode({self.title!r}, {self.children!r})" if self.children else f"TreeNode({self.title!r})"
        )

    def effective_key(self, path: tuple[str, ...]) -> str | None:
        """The key sent for this node, ``path`` being the titles from the classification."""
        if self.key is not None or self._from_wire:
            return self.key
        return derive_id(path)

    def to_wire(self, owner: tuple[str, ...]) -> dict[str, Any]:
        """The ``TreeOption`` JSON of this node and its children."""
        path = (*owner, "tree", self.title)
        key = self.effective_key(path)
        value = self.value if self.value is not None or self._from_wire else key
        return self._assemble(
            [
                Field("title", self.title, ""),
                Field("key", key, None, omit_none=True),
                Field("value", value, None, omit_none=True),
                Field("schemaId", self.schema_id, None, omit_none=True),
                Field("children", [child.to_wire(path) for child in self.children], []),
            ]
        )

    def flatten(self, owner: tuple[str, ...], prefix: str = "") -> list[Option]:
        """This node and its descendants as flat options ("Branch / Leaf"), ids being the keys."""
        path = (*owner, "tree", self.title)
        value = f"{prefix}{self.title}"
        flat = [Option(value, schema_id=self.effective_key(path))]
        for child in self.children:
            flat.extend(child.flatten(path, value + TREE_SEPARATOR))
        return flat

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> Self:
        """A node read from ``TreeOption`` JSON, keeping unknown keys."""
        reader = Reader(raw)
        node = cls(
            reader.string("title"),
            [TreeNode.from_wire(child) for child in reader.objects("children")],
            key=reader.nullable_string("key"),
            value=reader.nullable_string("value"),
            schema_id=reader.nullable_string("schemaId"),
        )
        reader.finish(node)
        return node
