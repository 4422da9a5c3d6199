"""The checks ``LabelSet.validate`` makes before a label set is sent: every problem, by path."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import TypeVar

from ango_hub_api.models import ClassificationType, RelationType, ToolType

from ._category import Category
from ._classifications import CHOICE_TYPES, Choice, Classification, quote
from ._options import Option, TreeNode
from ._project_types import supported_tools
from ._relations import Relation
from ._tools import ObjectTool

SHORTCUT_KEY = re.compile(r"(ctrl\+)?[0-9]|[a-z]")
"""Shortcut keys: "0"-"9", "ctrl+0"-"ctrl+9" or a letter. The spec and the SDK documentation say
"a"-"k", but the API reference's own example label set uses "p", so any letter is accepted."""

COLOR = re.compile(r"#[0-9a-fA-F]{6}")
"""Colors as the editor writes them: "#RRGGBB"."""


def _names(values: Sequence[str]) -> str:
    return ", ".join(sorted(values))


Key = TypeVar("Key", bound=Hashable)


def _seen_before(seen: dict[Key, str], key: Key, place: str) -> str | None:
    """Where ``key`` was first seen; None the first time, when ``place`` is recorded."""
    first = seen.get(key)
    if first is None:
        seen[key] = place
    return first


class _Checker:
    def __init__(self, project_type: str | None) -> None:
        self.problems: list[str] = []
        self.tools = supported_tools(project_type) if project_type is not None else None
        self.project_type = project_type
        self.schema_ids: dict[str, str] = {}  # schema id -> where it was first seen
        self.shortcuts: dict[str, str] = {}  # top-level shortcut key -> where

    def add(self, where: str, problem: str) -> None:
        self.problems.append(f"{where}: {problem}")

    # -- shared ---------------------------------------------------------------------

    def display(self, where: str, color: str | None, shortcut_key: str, *, top_level: bool) -> None:
        if color is not None and not COLOR.fullmatch(color):
            self.add(where, f"color {quote(color)} is not a #RRGGBB hex color")
        if shortcut_key and not SHORTCUT_KEY.fullmatch(shortcut_key):
            self.add(
                where, f'shortcut key {quote(shortcut_key)} is not one of "0"-"9", "ctrl+0"-"ctrl+9", "a"-"z"'
            )
        elif shortcut_key and top_level:
            if shortcut_key in self.shortcuts:
                self.add(
                    where,
                    f"shortcut key {quote(shortcut_key)} is also used by {self.shortcuts[shortcut_key]}",
                )
            else:
                self.shortcuts[shortcut_key] = where

    def schema_id(self, where: str, schema_id: str | None) -> None:
        # Only ids that were given or read: derived ids only collide when the titles do,
        # which is reported as a duplicate title.
        if schema_id is not None and (first := _seen_before(self.schema_ids, schema_id, where)):
            self.add(where, f"schema id {quote(schema_id)} is also used by {first}")

    def title(self, where: str, title: str) -> None:
        if not title.strip():
            self.add(where, "title is empty")

    def options(self, where: str, options: Sequence[Option]) -> None:
        values: dict[str, str] = {}
        ids: dict[str, str] = {}
        for index, option in enumerate(options):
            at = f"{where} > options[{index}] {quote(option.value)}"
            if not option.value.strip():
                self.add(at, "option value is empty")
            if first := _seen_before(values, option.value, f"options[{index}]"):
                self.add(at, f"duplicate option value (also {first})")
            option_id = option.schema_id
            if option_id is not None and (
                first := _seen_before(ids, option_id, f"options[{index}] {quote(option.value)}")
            ):
                self.add(at, f"option schema id {quote(option_id)} is also used by {first}")

    def tree(
        self,
        where: str,
        nodes: Sequence[TreeNode],
        keys: dict[str, str],
        label: str = "treeOptions",
    ) -> None:
        titles: dict[str, str] = {}
        for index, node in enumerate(nodes):
            at = f"{where} > {label}[{index}] {quote(node.title)}"
            if not node.title.strip():
                self.add(at, "title is empty")
            if first := _seen_before(titles, node.title, f"{label}[{index}]"):
                self.add(at, f"same title as {first}")
            key = node.key
            if key is not None and (first := _seen_before(keys, key, at)):
                self.add(at, f"key {quote(key)} is also used by {first}")
            self.tree(at, node.children, keys, "children")

    # -- entries --------------------------------------------------------------------

    def categories(self, group: str, entries: Sequence[Category]) -> None:
        seen: dict[tuple[str, str], str] = {}
        for index, entry in enumerate(entries):
            where = f"{group}[{index}] {quote(entry.title)}"
            kind = str(entry.type)
            self.title(where, entry.title)
            self.schema_id(where, entry.schema_id)
            if isinstance(entry, ObjectTool):
                key = (kind, entry.title)
                if kind not in set(ToolType):
                    self.add(
                        where, f"unknown tool type {quote(kind)} (the spec knows: {_names(list(ToolType))})"
                    )
                elif self.tools is not None and kind not in self.tools:
                    supported = _names(list(self.tools)) or "no tools, only classifications and relations"
                    message = f"a {kind} tool is not supported in {self.project_type} projects"
                    self.add(where, f"{message} (supported: {supported})")
                duplicate = "same title and tool type as {}"
            else:
                key = ("", entry.title)
                if isinstance(entry, Relation) and kind not in set(RelationType):
                    known = _names(list(RelationType))
                    self.add(where, f"unknown relation type {quote(kind)} (the spec knows: {known})")
                duplicate = "same title as {}"
            if first := _seen_before(seen, key, f"{group}[{index}]"):
                self.add(where, duplicate.format(first))
            self.display(where, entry.color, entry.shortcut_key, top_level=True)
            self.options(where, entry.options)
            self.classifications(
                where, entry.classifications, entry.path(), entry.choices(), quote(entry.title)
            )

    def classifications(
        self,
        where: str | None,
        entries: Sequence[Classification],
        owner: tuple[str, ...],
        parent: Sequence[Choice] | None,
        parent_name: str,
    ) -> None:
        seen: dict[str, str] = {}
        for index, entry in enumerate(entries):
            label = f"classifications[{index}] {quote(entry.title)}"
            at = label if where is None else f"{where} > {label}"
            kind = str(entry.type)
            self.title(at, entry.title)
            if first := _seen_before(seen, entry.title, f"classifications[{index}]"):
                self.add(at, f"same title as {first}")
            self.schema_id(at, entry.schema_id)
            if kind not in set(ClassificationType):
                known = _names(list(ClassificationType))
                self.add(at, f"unknown classification type {quote(kind)} (the spec knows: {known})")
            elif kind in CHOICE_TYPES and not entry.options:
                self.add(at, f"a {kind} classification needs at least one option")
            elif kind == ClassificationType.TREE_DROPDOWN and not entry.tree and not entry.options:
                self.add(at, "a tree-dropdown classification needs at least one tree node")
            self.display(at, entry.color, entry.shortcut_key, top_level=where is None)
            self.options(at, entry.options)
            self.tree(at, entry.tree, {})
            self.condition(at, entry, parent, parent_name, nested=where is not None)
            self.classifications(
                at, entry.classifications, entry.path(owner), entry.choices(owner), quote(entry.title)
            )

    def condition(
        self,
        where: str,
        entry: Classification,
        parent: Sequence[Choice] | None,
        parent_name: str,
        *,
        nested: bool,
    ) -> None:
        if entry.when is None and not entry.parent_option_id:
            return  # unconditional
        if not nested:
            target = entry.when if entry.when is not None else entry.parent_option_id
            self.add(
                where, f"conditional on {quote(str(target))}, but it is not nested in anything with options"
            )
        elif entry.resolve_condition(parent) is None or (
            entry.when is None and entry.parent_option_id not in {schema_id for _, schema_id in parent or ()}
        ):
            self.add(where, entry.condition_problem(parent, parent_name))


def find_problems(
    tools: Sequence[ObjectTool],
    classifications: Sequence[Classification],
    relations: Sequence[Relation],
    project_type: str | None = None,
) -> list[str]:
    """Every problem of a label set, each prefixed with its path; empty when it can be sent."""
    checker = _Checker(project_type)
    checker.categories("tools", tools)
    checker.classifications(None, classifications, (), None, "the label set")
    checker.categories("relations", relations)
    return checker.problems
