"""Relations between the objects of an answer (``RelationAnswer``)."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack, cast

from ango_hub_api.models.relation_answer import RelationAnswer

from .._accepts import accepts
from ._classifications import Classification
from ._common import Json, check_list, check_mapping, check_text, split_extra
from ._schema import LabelSetLike, SchemaIndex

if TYPE_CHECKING:
    from ._answer import ToolObject

__all__ = ["Direction", "Relation"]

#: The direction of a one-to-one or one-to-many relation.
Direction = Literal["straight", "bidirectional"]

_KNOWN = frozenset({"schemaId", "title", "objectId", "from", "to", "direction", "group", "classifications"})


class RelationOptions(TypedDict, total=False):
    """The keyword options of :meth:`Relation.group_of` (all default to None): the relation
    by ``schema_id``, or by ``title`` with ``label_set``, its ``object_id`` and nested
    ``classifications``."""

    schema_id: str | None
    title: str | None
    object_id: str | None
    label_set: LabelSetLike | None
    classifications: Sequence[Classification] | None


class LinkOptions(RelationOptions, total=False):
    """The keyword options of :meth:`Relation.one_to_one` and :meth:`Relation.one_to_many`:
    those of :class:`RelationOptions` and ``direction``."""

    direction: Direction | None


def _ref(name: str, value: ToolObject | str) -> str:
    if isinstance(value, str):
        return check_text(name, value)
    object_id = getattr(value, "object_id", None)
    if not isinstance(object_id, str):
        raise ValueError(f"{name}: the object has no objectId to refer to")
    return object_id


@dataclass(frozen=True, kw_only=True)
class Relation:
    """A relation of the answer: ``from`` one object ``to`` one or more others, or a
    ``group`` of objects, named by their objectIds.

    Build it with :meth:`one_to_one`, :meth:`one_to_many` or :meth:`group_of`; the objects
    may be given as :class:`ToolObject` (their ``object_id``) or as objectId strings.
    """

    schema_id: str | None = None
    title: str | None = None
    object_id: str | None = None
    from_: str | None = None
    to: str | list[str] | None = None
    direction: str | None = None
    group: list[str] | None = None
    classifications: tuple[Classification, ...] | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    @accepts(LinkOptions)
    def one_to_one(
        cls, from_: ToolObject | str, to: ToolObject | str, **options: Unpack[LinkOptions]
    ) -> Relation:
        """A relation from one object to another."""
        schema_id = _resolve("one-to-one", options)
        return cls._make(schema_id, options, from_=_ref("relation from", from_), to=_ref("relation to", to))

    @classmethod
    @accepts(LinkOptions)
    def one_to_many(
        cls, from_: ToolObject | str, to: Sequence[ToolObject | str], **options: Unpack[LinkOptions]
    ) -> Relation:
        """A relation from one object to one or more others (``to`` is a list)."""
        if isinstance(to, str):
            raise ValueError(f"one-to-many 'to' must be a list of objects, not one string: use [{to!r}]")
        targets = [_ref(f"relation to[{index}]", item) for index, item in enumerate(to)]
        if not targets:
            raise ValueError("a one-to-many relation needs at least one 'to' object")
        schema_id = _resolve("one-to-many", options)
        return cls._make(schema_id, options, from_=_ref("relation from", from_), to=targets)

    @classmethod
    @accepts(RelationOptions)
    def group_of(cls, members: Sequence[ToolObject | str], **options: Unpack[RelationOptions]) -> Relation:
        """A group relation of two or more distinct objects."""
        if isinstance(members, str):
            raise ValueError("group members must be a list of objects, not one string")
        ids = [_ref(f"relation group[{index}]", item) for index, item in enumerate(members)]
        if len(ids) < 2:
            raise ValueError(f"a group relation needs at least 2 objects, got {len(ids)}")
        if len(set(ids)) != len(ids):
            raise ValueError(f"a group relation names an object twice: {ids}")
        schema_id = _resolve("group", options)
        return cls._make(schema_id, options, group=ids)

    @classmethod
    def _make(
        cls,
        schema_id: str | None,
        options: RelationOptions,
        *,
        from_: str | None = None,
        to: str | list[str] | None = None,
        group: list[str] | None = None,
    ) -> Relation:
        # LinkOptions extends RelationOptions with the same types: a group has no direction.
        given = cast("LinkOptions", options)
        classifications = given.get("classifications")
        return cls(
            schema_id=schema_id,
            title=given.get("title"),
            object_id=given.get("object_id"),
            from_=from_,
            to=to,
            direction=_direction(given.get("direction")),
            group=group,
            classifications=None if classifications is None else tuple(classifications),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Relation:
        """Read a ``RelationAnswer`` from its JSON form, keeping unknown fields."""
        fields, extra = split_extra(check_mapping("relation", data), _KNOWN)
        nested = fields.get("classifications")
        to = fields.get("to")
        group = fields.get("group")
        return cls(
            schema_id=fields.get("schemaId"),
            title=fields.get("title"),
            object_id=fields.get("objectId"),
            from_=fields.get("from"),
            to=list(check_list("relation to", to)) if isinstance(to, list) else to,
            direction=fields.get("direction"),
            group=None if group is None else list(check_list("relation group", group)),
            classifications=None
            if nested is None
            else tuple(Classification.from_dict(item) for item in check_list("classifications", nested)),
            extra=extra,
        )

    def to_dict(self) -> Json:
        """The JSON form (``RelationAnswer``)."""
        result: Json = {}
        for key, value in (
            ("schemaId", self.schema_id),
            ("title", self.title),
            ("objectId", self.object_id),
            ("from", self.from_),
            ("to", copy.deepcopy(self.to)),
            ("direction", self.direction),
            ("group", copy.deepcopy(self.group)),
        ):
            if value is not None:
                result[key] = value
        if self.classifications is not None:
            result["classifications"] = [item.to_dict() for item in self.classifications]
        result.update(copy.deepcopy(dict(self.extra)))
        return result

    def to_model(self) -> RelationAnswer:
        """The generated ``RelationAnswer`` model."""
        return RelationAnswer.from_dict(self.to_dict())

    def object_ids(self) -> list[str]:
        """Every objectId the relation refers to (from, to, group)."""
        ids: list[str] = []
        if self.from_ is not None:
            ids.append(self.from_)
        if isinstance(self.to, str):
            ids.append(self.to)
        elif self.to is not None:
            ids.extend(self.to)
        ids.extend(self.group or [])
        return ids


def _direction(direction: str | None) -> str | None:
    if direction is not None and direction not in ("straight", "bidirectional"):
        raise ValueError(f"direction must be 'straight' or 'bidirectional', got {direction!r}")
    return direction


def _resolve(kind: str, options: RelationOptions) -> str | None:
    schema_id, title, label_set = options.get("schema_id"), options.get("title"), options.get("label_set")
    if label_set is None:
        if schema_id is None and title is None:
            raise ValueError(f"a {kind} relation needs a schema_id (or a title and a label_set)")
        return schema_id
    index = SchemaIndex(label_set)
    if schema_id is None:
        if title is None:
            raise ValueError(f"a {kind} relation needs a schema_id or a title")
        schema_id = index.relation_id(title)
    entry = index.relation(schema_id)
    if entry is None:
        raise ValueError(f'schemaId "{schema_id}" is not a relation of the label set')
    if entry.get("tool") != kind:
        raise ValueError(
            f'relation "{entry.get("title")}" ({schema_id}) is a {entry.get("tool")}, not a {kind}'
        )
    return schema_id
