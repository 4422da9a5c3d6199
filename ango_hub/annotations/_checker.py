"""The checks of an answer's JSON against a label set (see ``_validate`` for what is checked).

Works on the JSON form only, so that the builders (``_answer``) and the public
``validate``/``find_problems`` (``_validate``) can both use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._common import AnnotationError, Json, Problem, describe
from ._geometry import GEOMETRY_KEYS, check_geometry
from ._schema import LabelSetLike, SchemaIndex, option_list, tree_paths

__all__ = ["ROW_KEYS", "check_json", "problems_in"]

#: Tools whose objects have no geometry in the spec (masks are imported by URL).
_NO_GEOMETRY_TOOLS = frozenset({"brush", "medical-brush", "pct", "spline"})
ROW_KEYS = frozenset(
    {"externalId", "dataUrl", "assetId", "data", "answer", "brushDataUrl", "medicalBrushDataUrl"}
)


def _label(entry: Mapping[str, Any]) -> str:
    return f'{entry.get("tool")} "{entry.get("title")}"'


def _path(base: str, item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return f'{base} ({key} "{value}")' if isinstance(value, str) else base


class _Checker:
    def __init__(self, index: SchemaIndex) -> None:
        self.index = index
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    # --- the answer -----------------------------------------------------------------------

    def answer(self, data: Mapping[str, Any], prefix: str) -> None:
        key = "objects" if "objects" in data or "tools" not in data else "tools"
        objects = self._list(data, key, prefix)
        object_ids: dict[tuple[str, object], str] = {}
        known_ids: set[str] = set()
        for position, item in enumerate(objects):
            path = _path(f"{prefix}{key}[{position}]", item, "objectId")
            self.tool_object(item, path)
            for object_id in _object_ids(item):
                known_ids.add(object_id)
            own_id = item.get("objectId")
            if isinstance(own_id, str):
                slot = (own_id, item.get("page"))
                if slot in object_ids:
                    self.add(path, f'objectId "{own_id}" is also the objectId of {object_ids[slot]}')
                else:
                    object_ids[slot] = f"{prefix}{key}[{position}]"
        top = self.index.top_classifications
        items = self._list(data, "classifications", prefix)
        self.classifications(items, f"{prefix}classifications", top, "the label set")
        for position, item in enumerate(self._list(data, "relations", prefix)):
            self.relation(item, _path(f"{prefix}relations[{position}]", item, "objectId"), known_ids)

    def _list(self, data: Mapping[str, Any], key: str, prefix: str) -> list[Mapping[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.add(f"{prefix}{key}", f"must be a list, got {describe(value)}")
            return []
        items: list[Mapping[str, Any]] = []
        for position, item in enumerate(value):
            if isinstance(item, Mapping):
                items.append(item)
            else:
                self.add(f"{prefix}{key}[{position}]", f"must be an object, got {describe(item)}")
        return items

    # --- objects --------------------------------------------------------------------------

    def tool_object(self, item: Mapping[str, Any], path: str) -> None:
        geometries = [key for key in GEOMETRY_KEYS if key in item]
        for key in geometries:
            try:
                check_geometry(key, item[key])
            except ValueError as error:
                self.add(path, f"bad {key}: {error}")
        if len(geometries) > 1:
            self.add(path, f"has {len(geometries)} geometries ({', '.join(geometries)}); an object has one")
        tool = self._tool_of(item, path)
        if tool is None:
            return
        kind = tool.get("tool")
        if not geometries:
            if kind not in _NO_GEOMETRY_TOOLS:
                self.add(path, f'has no geometry for the {kind} tool "{tool.get("title")}"')
        elif kind in _NO_GEOMETRY_TOOLS or geometries[0] != kind:
            schema_id, title = tool.get("schemaId"), tool.get("title")
            self.add(path, f'a {geometries[0]} object for schemaId "{schema_id}", the {kind} tool "{title}"')
        nested = item.get("classifications", [])
        if isinstance(nested, list):
            self.classifications(
                self._list(item, "classifications", path + "."), f"{path}.classifications",
                _children(tool), f'the {tool.get("tool")} tool "{tool.get("title")}"',
            )  # fmt: skip

    def _tool_of(self, item: Mapping[str, Any], path: str) -> Mapping[str, Any] | None:
        schema_id = item.get("schemaId")
        if schema_id is None:
            title = item.get("title")
            if not isinstance(title, str):
                self.add(path, "has no schemaId")
                return None
            found = [tool for tool in self.index.tools if tool.get("title") == title]
            if len(found) != 1:
                self.add(path, f'has no schemaId, and {len(found)} tools are titled "{title}"')
                return None
            return found[0]
        if not isinstance(schema_id, str):
            self.add(path, f"schemaId must be a string, got {describe(schema_id)}")
            return None
        tool = self.index.tool(schema_id)
        if tool is None:
            kind = self.index.kind_of(schema_id)
            what = f"is a {kind}, not a tool" if kind else "is not a tool of the label set"
            self.add(path, f'schemaId "{schema_id}" {what}')
        return tool

    # --- classifications ------------------------------------------------------------------

    def classifications(
        self, items: Sequence[Mapping[str, Any]], base: str, allowed: Sequence[Json], owner: str
    ) -> None:
        by_id = {entry.get("schemaId"): entry for entry in allowed}
        for position, item in enumerate(items):
            path = _path(f"{base}[{position}]", item, "schemaId")
            schema_id = item.get("schemaId")
            if not isinstance(schema_id, str):
                self.add(path, "has no schemaId")
                continue
            entry = by_id.get(schema_id)
            if entry is None:
                kind = self.index.kind_of(schema_id)
                if kind == "classification":
                    self.add(path, f'schemaId "{schema_id}" is a classification, but not one of {owner}')
                elif kind is not None:
                    self.add(path, f'schemaId "{schema_id}" is a {kind}, not a classification')
                else:
                    self.add(path, f'schemaId "{schema_id}" is not a classification of {owner}')
                continue
            self.classification_answer(item, path, entry)
            self.classifications(
                self._list(item, "classifications", path + "."), f"{path}.classifications",
                _children(entry), f'the {entry.get("tool")} classification "{entry.get("title")}"',
            )  # fmt: skip

    def classification_answer(self, item: Mapping[str, Any], path: str, entry: Mapping[str, Any]) -> None:
        kind = entry.get("tool")
        if "answer" not in item:
            self.add(path, "has no answer")
            return
        answer = item["answer"]
        if kind in ("radio", "single-dropdown"):
            if not isinstance(answer, str):
                self.add(path, f"{_label(entry)} takes one option (a string), got {describe(answer)}")
                return
            chosen = [answer]
        elif kind in ("checkbox", "multi-dropdown", "tree-dropdown"):
            if not isinstance(answer, list) or not all(isinstance(value, str) for value in answer):
                self.add(path, f"{_label(entry)} takes a list of options (strings), got {describe(answer)}")
                return
            chosen = list(answer)
        elif kind == "text":
            if not isinstance(answer, str):
                self.add(path, f"{_label(entry)} takes a string, got {describe(answer)}")
            return
        elif kind == "boolean":
            if not isinstance(answer, bool):
                self.add(path, f"{_label(entry)} takes true or false, got {describe(answer)}")
            return
        else:  # instance, or a type the spec does not know yet: nothing to check
            return
        if kind == "tree-dropdown":
            accepted = tree_paths(entry)
            for value in chosen:
                if value not in accepted:
                    self.add(path, f'"{value}" is not a node of {_label(entry)}')
            return
        options = option_list(entry)
        names = {option.get(key) for option in options for key in ("schemaId", "value")}
        for value in chosen:
            if value not in names:
                listed = ", ".join(f'"{option.get("value")}"' for option in options) or "none"
                self.add(path, f'"{value}" is not an option of {_label(entry)} (options: {listed})')

    # --- relations ------------------------------------------------------------------------

    def relation(self, item: Mapping[str, Any], path: str, known_ids: set[str]) -> None:
        schema_id = item.get("schemaId")
        entry: Mapping[str, Any] | None = None
        if not isinstance(schema_id, str):
            self.add(path, "has no schemaId")
        else:
            entry = self.index.relation(schema_id)
            if entry is None:
                kind = self.index.kind_of(schema_id)
                what = f"is a {kind}, not a relation" if kind else "is not a relation of the label set"
                self.add(path, f'schemaId "{schema_id}" {what}')
        kind = entry.get("tool") if entry is not None else None
        if kind == "group" and not isinstance(item.get("group"), list):
            self.add(path, f'{_label(entry or {})} needs "group", a list of objectIds')
        elif kind in ("one-to-one", "one-to-many") and ("from" not in item or "to" not in item):
            self.add(path, f'{_label(entry or {})} needs "from" and "to"')
        elif kind == "one-to-one" and isinstance(item.get("to"), list):
            self.add(path, f'{_label(entry or {})} relates one object to one: "to" must be one objectId')
        for key in ("from", "to", "group"):
            value = item.get(key)
            refs = value if isinstance(value, list) else [value] if value is not None else []
            for position, ref in enumerate(refs):
                where = f'"{key}"[{position}]' if isinstance(value, list) else f'"{key}"'
                if not isinstance(ref, str):
                    self.add(path, f"{where} must be an objectId, got {describe(ref)}")
                elif ref not in known_ids:
                    self.add(
                        path, f'{where} refers to objectId "{ref}", which is not an object of the answer'
                    )
        if entry is not None:
            self.classifications(
                self._list(item, "classifications", path + "."), f"{path}.classifications",
                _children(entry), f'the {entry.get("tool")} relation "{entry.get("title")}"',
            )  # fmt: skip


def _children(entry: Mapping[str, Any]) -> list[Json]:
    value = entry.get("classifications")
    return [dict(item) for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _object_ids(item: Mapping[str, Any]) -> list[str]:
    """The objectIds an object can be referred to by: its own, and (as the import format's
    PDF example does) one written inside its ``pdf`` region."""
    ids = [item["objectId"]] if isinstance(item.get("objectId"), str) else []
    pdf = item.get("pdf")
    if isinstance(pdf, Mapping) and isinstance(pdf.get("objectId"), str):
        ids.append(pdf["objectId"])
    return ids


def problems_in(data: Mapping[str, Any], label_set: LabelSetLike, *, is_row: bool) -> list[Problem]:
    """Every problem of an answer (or, with ``is_row``, a label import row) given as JSON."""
    index = label_set if isinstance(label_set, SchemaIndex) else SchemaIndex(label_set)
    checker = _Checker(index)
    checker.answer(data, "")
    if is_row and isinstance(data.get("answer"), Mapping):
        checker.answer(data["answer"], "answer.")
    return checker.problems


def check_json(data: Mapping[str, Any], label_set: LabelSetLike, *, is_row: bool) -> None:
    """Raise :class:`AnnotationError` listing every problem of ``data``, if it has any."""
    problems = problems_in(data, label_set, is_row=is_row)
    if problems:
        raise AnnotationError(problems, subject="label import row" if is_row else "answer")
