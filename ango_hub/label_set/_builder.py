"""``LabelSet``: a project's label set (ontology), built in Python or read from JSON/YAML."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Self, Unpack

from ango_hub_api.models import CategorySchema, RelationType
from ango_hub_api.types import Unset

from .._accepts import accepts
from ._category import CategoryOptions, EntryOptions
from ._classifications import Classification, quote
from ._diff import Change, diff_category_schemas
from ._errors import LabelSetError
from ._io import read_document, write_document
from ._relations import Relation
from ._tools import ObjectTool, Tool
from ._validate import find_problems
from ._wire import Field, Reader, WireEntry

Entry = ObjectTool | Classification | Relation


class LabelSet(WireEntry):
    """A label set: tools, classifications and relations (wire: ``CategorySchema``).

    Build it chained or in one constructor call::

        LabelSet().tool("Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Color", ["Red", "Blue"])])
        LabelSet(tools=[ObjectTool("Vehicle", Tool.BOUNDING_BOX)], classifications=[Text("Notes")])

    Schema ids, option ids and colors that are not given are derived from each entry's path of
    titles: the same on every run. ``validate()`` reports every problem at once; ``to_dict()``
    gives the JSON to send, ``to_category_schema()`` the generated model. A label set read
    with ``from_category_schema`` gives back exactly the JSON it was read from, unknown keys
    included.
    """

    def __init__(
        self,
        tools: Iterable[ObjectTool] = (),
        classifications: Iterable[Classification] = (),
        relations: Iterable[Relation] = (),
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.tools: list[ObjectTool] = list(tools)
        self.classifications: list[Classification] = list(classifications)
        self.relations: list[Relation] = list(relations)
        self._init_wire(extra)

    def __repr__(self) -> str:
        return (
            f"LabelSet({len(self.tools)} tools, {len(self.classifications)} classifications, "
            f"{len(self.relations)} relations)"
        )

    def __eq__(self, other: object) -> bool:
        """Label sets are equal when they send the same JSON."""
        if not isinstance(other, LabelSet):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable

    # -- building ---------------------------------------------------------------------

    @accepts(CategoryOptions)
    def tool(self, title: str, tool: Tool | str, **options: Unpack[CategoryOptions]) -> Self:
        """Add a tool (see ``ObjectTool`` for the arguments); returns the label set."""
        self.tools.append(ObjectTool(title, tool, **options))
        return self

    def classification(self, *classifications: Classification) -> Self:
        """Add top-level classifications (``Radio(...)``, ``Text(...)``, ...); returns the label set."""
        self.classifications.extend(classifications)
        return self

    @accepts(EntryOptions)
    def relation(self, title: str, relation: RelationType | str, **options: Unpack[EntryOptions]) -> Self:
        """Add a relation (see ``Relation`` for the arguments); returns the label set."""
        self.relations.append(Relation(title, relation, **options))
        return self

    def add(self, *entries: Entry) -> Self:
        """Add tools, classifications and relations, each to its list; returns the label set."""
        for entry in entries:
            if isinstance(entry, ObjectTool):
                self.tools.append(entry)
            elif isinstance(entry, Relation):
                self.relations.append(entry)
            elif isinstance(entry, Classification):
                self.classifications.append(entry)
            else:
                raise TypeError(f"cannot add {type(entry).__name__} to a label set")
        return self

    # -- checking ---------------------------------------------------------------------

    def problems(self, project_type: str | None = None) -> list[str]:
        """Every problem ``validate`` would report (empty when the label set can be sent)."""
        return find_problems(self.tools, self.classifications, self.relations, project_type)

    def validate(self, project_type: str | None = None) -> Self:
        """Raise one ``LabelSetError`` listing every problem, each with its path; else return self.

        Checks: empty or duplicate titles (tools of the same type, sibling classifications,
        relations, tree nodes), duplicate schema ids, option ids and shortcut keys, choice
        types without options, duplicate option values, conditional classifications pointing
        at an option that does not exist, unknown types, malformed colors and shortcut keys,
        and, given ``project_type`` (a ``ProjectKind`` such as ``"image"`` or ``"pdf"``, or
        the spec's ``ProjectType``), tools the project type does not support
        (``SUPPORTED_TOOLS``). Raises ValueError for an unknown project type.
        """
        problems = self.problems(project_type)
        if problems:
            raise LabelSetError(problems)
        return self

    # -- the wire format --------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The ``CategorySchema`` JSON of this label set (plain dicts and lists).

        Raises ``LabelSetError`` when a ``when=`` names an option its parent does not have.
        """
        return self._assemble(
            [
                Field(
                    "tools",
                    [tool.to_wire(f"tools[{i}] {quote(tool.title)}") for i, tool in enumerate(self.tools)],
                    [],
                ),
                Field(
                    "classifications",
                    [
                        entry.to_wire((), None, f"classifications[{i}] {quote(entry.title)}")
                        for i, entry in enumerate(self.classifications)
                    ],
                    [],
                ),
                Field(
                    "relations",
                    [
                        rel.to_wire(f"relations[{i}] {quote(rel.title)}")
                        for i, rel in enumerate(self.relations)
                    ],
                    [],
                ),
            ]
        )

    def to_category_schema(self) -> CategorySchema:
        """This label set as the generated ``CategorySchema`` model (for ``hub.projects``)."""
        return CategorySchema.from_dict(self.to_dict())

    @classmethod
    def from_category_schema(cls, schema: CategorySchema | Mapping[str, Any] | Unset) -> LabelSet:
        """A label set read from a ``CategorySchema`` model or its JSON, keeping unknown keys.

        ``to_dict()`` then gives back the same JSON, key for key. ``project.category_schema``
        can be passed as it is: a project without a label set (``UNSET``) gives an empty one.
        """
        if isinstance(schema, Unset):
            return cls()
        raw = schema.to_dict() if isinstance(schema, CategorySchema) else schema
        reader = Reader(raw)
        label_set = LabelSet(
            tools=[ObjectTool.from_wire(item) for item in reader.objects("tools")],
            classifications=[Classification.from_wire(item) for item in reader.objects("classifications")],
            relations=[Relation.from_wire(item) for item in reader.objects("relations")],
        )
        reader.finish(label_set)
        return label_set

    # -- files ------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> LabelSet:
        """Read a label set from a ``.json``, ``.yaml`` or ``.yml`` file (YAML: ``ango-hub[yaml]``)."""
        document = read_document(path)
        if not isinstance(document, Mapping):
            raise ValueError(f"{path}: a label set file holds an object, not {type(document).__name__}")
        return cls.from_category_schema(document)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the label set to a ``.json``, ``.yaml`` or ``.yml`` file; returns its path."""
        return write_document(path, self.to_dict())

    # -- comparing --------------------------------------------------------------------

    def diff(self, other: LabelSet | CategorySchema | Mapping[str, Any]) -> list[Change]:
        """The changes from this label set to ``other``, by path (``str()`` each to read it)."""
        return diff(self, other)


def diff(
    old: LabelSet | CategorySchema | Mapping[str, Any], new: LabelSet | CategorySchema | Mapping[str, Any]
) -> list[Change]:
    """The changes that turn label set ``old`` into ``new``: added, removed, changed entries.

    Entries are matched by schema id, then by title (options by value), so a renamed entry
    that keeps its id shows as a changed title.
    """
    return diff_category_schemas(_as_json(old), _as_json(new))


def _as_json(value: LabelSet | CategorySchema | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(value, LabelSet | CategorySchema):
        return value.to_dict()
    return value
