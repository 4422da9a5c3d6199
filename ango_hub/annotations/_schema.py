"""A read-only index of a project's label set (``CategorySchema``), by schemaId and title."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Union

from ango_hub.label_set import LabelSet, label_set_dict
from ango_hub_api.models.category_schema import CategorySchema

from ._common import Json

__all__ = ["LabelSetLike", "SchemaIndex"]

#: What the builders and the validation take as a label set: a ``LabelSet``
#: (``ango_hub.label_set``), the generated ``CategorySchema``, its JSON, or a :class:`SchemaIndex`.
LabelSetLike = Union[LabelSet, CategorySchema, Mapping[str, Any], "SchemaIndex"]


def _entries(value: object) -> list[Json]:
    if not isinstance(value, list | tuple):
        return []
    return [dict(item) for item in value if isinstance(item, Mapping)]


class SchemaIndex:
    """The tools, classifications (at every level) and relations of a label set.

    Built from a ``LabelSet`` builder, the generated ``CategorySchema`` model or the same as
    a plain dict (as ``project.category_schema`` or the label-set JSON of the API). Lookups by schemaId are
    exact; lookups by title must be unambiguous.
    """

    def __init__(self, label_set: LabelSetLike) -> None:
        """Index ``label_set`` (a ``LabelSet``, a ``CategorySchema``, its dict form, or
        another index)."""
        data: Mapping[str, Any] = (
            label_set.data if isinstance(label_set, SchemaIndex) else label_set_dict(label_set)
        )
        self.data: Json = dict(data)
        self.tools: list[Json] = _entries(data.get("tools"))
        self.top_classifications: list[Json] = _entries(data.get("classifications"))
        self.relations: list[Json] = _entries(data.get("relations"))
        self._tools = {tool["schemaId"]: tool for tool in self.tools if isinstance(tool.get("schemaId"), str)}
        self._relations = {
            relation["schemaId"]: relation
            for relation in self.relations
            if isinstance(relation.get("schemaId"), str)
        }
        self._classifications: dict[str, Json] = {}
        for classification in self._walk_classifications():
            schema_id = classification.get("schemaId")
            if isinstance(schema_id, str):
                self._classifications.setdefault(schema_id, classification)

    def _walk_classifications(self) -> Iterator[Json]:
        for _path, classification in self.classification_paths():
            yield classification

    # --- lookups by schemaId --------------------------------------------------------------

    def tool(self, schema_id: str) -> Json | None:
        """The tool with this schemaId, or None."""
        return self._tools.get(schema_id)

    def classification(self, schema_id: str) -> Json | None:
        """The classification (at any level) with this schemaId, or None."""
        return self._classifications.get(schema_id)

    def relation(self, schema_id: str) -> Json | None:
        """The relation with this schemaId, or None."""
        return self._relations.get(schema_id)

    def kind_of(self, schema_id: str) -> str | None:
        """``"tool"``, ``"classification"``, ``"relation"``, or None for an unknown schemaId."""
        if schema_id in self._tools:
            return "tool"
        if schema_id in self._classifications:
            return "classification"
        if schema_id in self._relations:
            return "relation"
        return None

    # --- lookups by title -----------------------------------------------------------------

    def tool_id(self, title: str) -> str:
        """The schemaId of the tool titled ``title`` (``ValueError`` if none or several)."""
        return _by_title("tool", title, self.tools)

    def classification_paths(self) -> list[tuple[str, Json]]:
        """Every classification with its path of titles, ``"Car > Color > Which color"``
        (a top-level classification's path is its title)."""
        found: list[tuple[str, Json]] = []

        def walk(items: Sequence[Json], prefix: str) -> None:
            for item in items:
                path = f"{prefix} > {item.get('title')}" if prefix else str(item.get("title"))
                found.append((path, item))
                walk(_entries(item.get("classifications")), path)

        walk(self.top_classifications, "")
        for owner in (*self.tools, *self.relations):
            walk(_entries(owner.get("classifications")), str(owner.get("title")))
        return found

    def classification_id(self, title: str) -> str:
        """The schemaId of the classification titled ``title``, at any level; a path of
        titles (``"Car > Color"``) picks one of several classifications with one title."""
        paths = self.classification_paths()
        if " > " in title:
            matches = [entry for path, entry in paths if path == title]
            if len(matches) == 1 and isinstance(matches[0].get("schemaId"), str):
                return str(matches[0]["schemaId"])
            if not matches:
                raise ValueError(f'no classification at the path "{title}" in the label set')
        same = [path for path, entry in paths if entry.get("title") == title]
        if len(same) > 1:
            raise ValueError(
                f'{len(same)} classifications are titled "{title}": give the schemaId, or the path '
                f"of one of them: {', '.join(repr(path) for path in same)}"
            )
        return _by_title("classification", title, [entry for _path, entry in paths])

    def relation_id(self, title: str) -> str:
        """The schemaId of the relation titled ``title``."""
        return _by_title("relation", title, self.relations)


def _by_title(kind: str, title: str, entries: Sequence[Json]) -> str:
    found = [entry for entry in entries if entry.get("title") == title]
    if not found:
        titles = ", ".join(f'"{entry.get("title")}"' for entry in entries) or "none"
        raise ValueError(f'no {kind} titled "{title}" in the label set ({kind}s: {titles})')
    if len(found) > 1:
        raise ValueError(f'{len(found)} {kind}s are titled "{title}": give the schemaId instead')
    schema_id = found[0].get("schemaId")
    if not isinstance(schema_id, str):
        raise ValueError(f'the {kind} titled "{title}" has no schemaId in the label set')
    return schema_id


def option_list(classification: Mapping[str, Any]) -> list[Json]:
    """The options of a choice classification (``options``)."""
    return _entries(classification.get("options"))


def tree_paths(classification: Mapping[str, Any]) -> set[str]:
    """Every accepted answer of a tree dropdown: ``"A / B / C"`` title paths, and each
    node's schemaId, key and value."""
    accepted: set[str] = set()

    def walk(nodes: Sequence[Json], prefix: str) -> None:
        for node in nodes:
            title = node.get("title")
            path = f"{prefix} / {title}" if prefix else str(title)
            if isinstance(title, str):
                accepted.add(path)
            for key in ("schemaId", "key", "value"):
                if isinstance(node.get(key), str):
                    accepted.add(node[key])
            walk(_entries(node.get("children")), path)

    walk(_entries(classification.get("treeOptions")), "")
    return accepted
