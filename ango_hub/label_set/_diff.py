"""Differences between two label sets, by path, for reviews and change logs."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._classifications import quote

Json = Mapping[str, Any]
ChangeKind = Literal["added", "removed", "changed"]

_NESTED = ("classifications", "options", "treeOptions", "children")
_SIGN = {"added": "+", "removed": "-", "changed": "~"}


@dataclass(frozen=True)
class Change:
    """One difference: what ``kind`` of change, where (``path``), and what (``detail``).

    ``str(change)`` reads ``~ tools "Vehicle" > classifications "Color": required: false -> true``.
    """

    kind: ChangeKind
    path: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{_SIGN[self.kind]} {self.path}" + (f": {self.detail}" if self.detail else "")


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _shown(value: Any) -> str:
    return "(absent)" if value is _MISSING else _value(value)


def _title(item: Json, key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else _value(value)


def _match(old: Sequence[Json], new: Sequence[Json], key: str) -> list[tuple[Json | None, Json | None]]:
    """Pairs of entries: same schema id (or tree key) first, then same title/value, in order."""
    pairs: list[tuple[Json | None, Json | None]] = []
    unmatched = list(range(len(new)))
    for item in old:
        found: int | None = None
        for id_key in ("schemaId", "key"):
            if found is None and item.get(id_key) is not None:
                found = next((j for j in unmatched if new[j].get(id_key) == item.get(id_key)), None)
        if found is None:
            found = next((j for j in unmatched if new[j].get(key) == item.get(key)), None)
        if found is None:
            pairs.append((item, None))
        else:
            unmatched.remove(found)
            pairs.append((item, new[found]))
    pairs.extend((None, new[j]) for j in unmatched)
    return pairs


def _items(entry: Json, field: str) -> list[Json]:
    value = entry.get(field)
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _diff_lists(
    old: Sequence[Json],
    new: Sequence[Json],
    field: str,
    prefix: str,
    out: list[Change],
    describe: Callable[[Json], str],
) -> None:
    key = "value" if field == "options" else "title"
    for before, after in _match(old, new, key):
        here = before if before is not None else after
        assert here is not None
        path = f"{prefix}{field} {quote(_title(here, key))}"
        if before is None:
            out.append(Change("added", path, describe(here)))
        elif after is None:
            out.append(Change("removed", path, describe(here)))
        else:
            _diff_entry(before, after, path, out)


def _describe(entry: Json) -> str:
    tool = entry.get("tool")
    return str(tool) if isinstance(tool, str) else ""


def _diff_entry(before: Json, after: Json, path: str, out: list[Change]) -> None:
    for field in sorted((set(before) | set(after)) - set(_NESTED)):
        old, new = before.get(field, _MISSING), after.get(field, _MISSING)
        if old != new:
            out.append(Change("changed", path, f"{field}: {_shown(old)} -> {_shown(new)}"))
    for field in _NESTED:
        _diff_lists(_items(before, field), _items(after, field), field, f"{path} > ", out, _describe)


_MISSING: Any = object()


def diff_category_schemas(old: Json, new: Json) -> list[Change]:
    """The changes that turn the label-set JSON ``old`` into ``new``."""
    out: list[Change] = []
    for field in sorted((set(old) | set(new)) - {"tools", "classifications", "relations"}):
        before, after = old.get(field, _MISSING), new.get(field, _MISSING)
        if before != after:
            out.append(Change("changed", field, f"{_shown(before)} -> {_shown(after)}"))
    for group in ("tools", "classifications", "relations"):
        _diff_lists(_items(old, group), _items(new, group), group, "", out, _describe)
    return out
