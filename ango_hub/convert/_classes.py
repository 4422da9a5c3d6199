"""Class ids that a trained model can rely on: the label set's tools, in its order, for good.

A :class:`ClassMap` is the ordered list of the label set's tools. The id of a tool is its
position plus the output's first id (COCO and masks count from 1, YOLO and the tables from
0), so the order is the contract, not the format. ``classes.json`` beside every output
records it; given back (``class_map=`` / ``--class-map``), it is extended with the tools the
label set gained since (appended), and no existing id ever changes. The content of an export
never decides an id: a class nobody drew keeps its id, an object of a tool the map does not
know is skipped and reported.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._errors import ConversionError

__all__ = ["ClassEntry", "ClassMap"]


@dataclass(frozen=True, slots=True)
class ClassEntry:
    """One class: the tool's ``name`` (title), ``schema_id`` and ``tool`` type, and its
    ``index`` (position in the map, from 0)."""

    index: int
    name: str
    schema_id: str
    tool: str

    def to_dict(self, first_id: int = 0) -> dict[str, Any]:
        """``{"id", "name", "schemaId", "tool"}`` with the id counted from ``first_id``."""
        return {"id": self.index + first_id, "name": self.name, "schemaId": self.schema_id, "tool": self.tool}


def _label_set_tools(label_set: object) -> list[Mapping[str, Any]]:
    from ango_hub.label_set import label_set_dict

    data = label_set_dict(label_set)
    tools = data.get("tools")
    if tools is None:
        tools = []
    if not isinstance(tools, list):
        raise ConversionError(f"the label set's tools must be a list, got {type(tools).__name__}")
    found: list[Mapping[str, Any]] = []
    for number, tool in enumerate(tools):
        if not isinstance(tool, Mapping) or not isinstance(tool.get("schemaId"), str) or not tool["schemaId"]:
            raise ConversionError(f"tool {number} of the label set has no schemaId")
        found.append(tool)
    return found


class ClassMap:
    """The classes of a conversion, in a fixed order (see the module's docstring).

    >>> from ango_hub.label_set import LabelSet, Tool
    >>> label_set = LabelSet().tool("Car", Tool.BOUNDING_BOX).tool("Road", Tool.POLYGON)
    >>> classes = ClassMap.from_label_set(label_set)
    >>> [(entry.index, entry.name) for entry in classes]
    [(0, 'Car'), (1, 'Road')]
    >>> classes.id_of(label_set.to_dict()["tools"][1]["schemaId"], first_id=1)
    2
    """

    __slots__ = ("_by_schema_id", "_entries")

    def __init__(self, entries: Sequence[ClassEntry] = ()) -> None:
        self._entries: tuple[ClassEntry, ...] = tuple(entries)
        self._by_schema_id: dict[str, ClassEntry] = {}
        for position, entry in enumerate(self._entries):
            if entry.index != position:
                raise ConversionError(
                    f"class {entry.name!r} has position {position} but index {entry.index}: ids must follow "
                    "one another with no gap"
                )
            if entry.schema_id in self._by_schema_id:
                raise ConversionError(f"the schemaId {entry.schema_id!r} has two classes in the class map")
            self._by_schema_id[entry.schema_id] = entry

    @classmethod
    def from_label_set(cls, label_set: object, *, previous: ClassMap | None = None) -> ClassMap:
        """Every tool of ``label_set`` (a ``LabelSet``, a ``CategorySchema`` or its JSON), in
        its order; NER, point and polyline tools too, so ids do not depend on the format.

        With ``previous`` (a map saved earlier), its classes keep their ids and the tools it
        does not have are appended in the label set's order.
        """
        entries = list(previous or ())
        known = {entry.schema_id for entry in entries}
        for tool in _label_set_tools(label_set):
            schema_id = str(tool["schemaId"])
            if schema_id in known:
                continue
            known.add(schema_id)
            title = tool.get("title")
            entries.append(
                ClassEntry(
                    index=len(entries),
                    name=str(title) if isinstance(title, str) and title else schema_id,
                    schema_id=schema_id,
                    tool=str(tool.get("tool") or ""),
                )
            )
        return cls(entries)

    def extended(self, label_set: object) -> ClassMap:
        """This map with the tools of ``label_set`` it lacks appended (ids kept)."""
        return ClassMap.from_label_set(label_set, previous=self)

    # --- reading and writing classes.json -------------------------------------------------

    @classmethod
    def from_list(cls, items: object, *, name: str = "class map") -> ClassMap:
        """A map from the JSON of ``classes.json``: a list of ``{"id", "name", "schemaId",
        "tool"}``, ids consecutive from any first id (0 or 1)."""
        if isinstance(items, Mapping) and isinstance(items.get("classes"), list):
            items = items["classes"]
        if not isinstance(items, list):
            raise ConversionError(f"{name} must be a JSON list of classes, got {type(items).__name__}")
        rows: list[tuple[int, ClassEntry]] = []
        for number, item in enumerate(items):
            if not isinstance(item, Mapping):
                raise ConversionError(f"{name}: class {number} is not an object")
            missing = [key for key in ("id", "name", "schemaId") if key not in item]
            if missing:
                raise ConversionError(f"{name}: class {number} has no {', '.join(missing)}")
            class_id = item["id"]
            if not isinstance(class_id, int) or isinstance(class_id, bool):
                raise ConversionError(f"{name}: class {number} has id {class_id!r}, not an integer")
            rows.append(
                (
                    class_id,
                    ClassEntry(
                        index=0,
                        name=str(item["name"]),
                        schema_id=str(item["schemaId"]),
                        tool=str(item.get("tool", "")),
                    ),
                )
            )
        rows.sort(key=lambda row: row[0])
        if rows:
            first = rows[0][0]
            for position, (class_id, entry) in enumerate(rows):
                if class_id != first + position:
                    raise ConversionError(
                        f"{name}: ids must follow one another with no gap or repeat; {entry.name!r} has id "
                        f"{class_id}, expected {first + position}"
                    )
        return cls(
            [ClassEntry(position, e.name, e.schema_id, e.tool) for position, (_i, e) in enumerate(rows)]
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ClassMap:
        """Read a ``classes.json`` written beside an earlier output."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConversionError(
                f"cannot read the class map {os.fspath(path)!r}: {exc.strerror or exc}"
            ) from None
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ConversionError(f"the class map {os.fspath(path)!r} is not JSON: {exc}") from None
        return cls.from_list(data, name=f"the class map {os.fspath(path)!r}")

    def to_list(self, first_id: int = 0) -> list[dict[str, Any]]:
        """The JSON of ``classes.json``, ids counted from ``first_id``."""
        return [entry.to_dict(first_id) for entry in self._entries]

    def save(self, path: str | os.PathLike[str], *, first_id: int = 0) -> None:
        """Write ``classes.json`` (ids counted from ``first_id``)."""
        Path(path).write_text(
            json.dumps(self.to_list(first_id), indent=2, ensure_ascii=False) + "\n", "utf-8"
        )

    # --- lookups --------------------------------------------------------------------------

    def get(self, schema_id: str) -> ClassEntry | None:
        """The class of the tool with this schemaId, or None."""
        return self._by_schema_id.get(schema_id)

    def id_of(self, schema_id: str, *, first_id: int = 0) -> int:
        """The id of the tool with this schemaId (``KeyError`` if the map does not know it)."""
        return self._by_schema_id[schema_id].index + first_id

    @property
    def names(self) -> list[str]:
        """The class names in id order."""
        return [entry.name for entry in self._entries]

    def __iter__(self) -> Iterator[ClassEntry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> ClassEntry:
        return self._entries[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ClassMap) and self._entries == other._entries

    def __hash__(self) -> int:
        return hash(self._entries)

    def __repr__(self) -> str:
        return f"ClassMap({', '.join(repr(entry.name) for entry in self._entries)})"
