"""Relations between objects: one-to-one, one-to-many, group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from ango_hub_api.models import RelationType

from ._category import Category, CategoryOptions
from ._classifications import spec_type


class RelationOptions(CategoryOptions, total=False):
    """Keyword arguments of the relation builders (see ``Relation``)."""


class Relation(Category):
    """A relation of the label set (wire: ``RelationCategory``).

    Args:
        title: The relation's name, e.g. "Connected To".
        relation: A ``RelationType`` (or its wire string, e.g. ``"one-to-one"``).
        classifications: Questions asked about each relation drawn.
        options: Options of the relation itself (the spec allows them).
        required: Annotators must draw at least one.
        schema_id: Its id; derived from its title when not given.
        color: ``"#RRGGBB"``; a palette color derived from its title when not given.
        shortcut_key: ``"0"``-``"9"``, ``"ctrl+0"``-``"ctrl+9"`` or ``"a"``-``"k"``.
        column_field: Show it as a table column.
        extra: Further wire keys (e.g. the editor's ``multiple``), sent as they are.
    """

    group = "relations"

    def __init__(self, title: str, relation: RelationType | str, **options: Unpack[RelationOptions]) -> None:
        super().__init__(title, spec_type(RelationType, relation), **options)

    @property
    def relation(self) -> RelationType | str:
        """Its relation type (a plain string when the spec does not know it)."""
        return self.type

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> Relation:
        """A relation read from ``RelationCategory`` JSON, keeping unknown keys."""
        return Category.read(Relation, raw)


class OneToOne(Relation):
    """A relation from one object to one other object."""

    def __init__(self, title: str, **options: Unpack[RelationOptions]) -> None:
        super().__init__(title, RelationType.ONE_TO_ONE, **options)


class OneToMany(Relation):
    """A relation from one object to several others."""

    def __init__(self, title: str, **options: Unpack[RelationOptions]) -> None:
        super().__init__(title, RelationType.ONE_TO_MANY, **options)


class Group(Relation):
    """A group of objects that belong together."""

    def __init__(self, title: str, **options: Unpack[RelationOptions]) -> None:
        super().__init__(title, RelationType.GROUP, **options)
