"""Round-trip machinery shared by every label-set entry.

An entry built in Python emits every standard field of the wire format. An entry read from
JSON (``_from_wire``) emits exactly the keys it was read with, in the same order: a standard
key that was absent stays absent while its value is still the default, a key of the wrong
type and every unknown key are kept verbatim in ``extra``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

_ABSENT = object()


def same(value: Any, default: Any) -> bool:
    """Whether ``value`` is ``default`` (``0`` and ``False`` differ, as in JSON)."""
    return type(value) is type(default) and bool(value == default)


class Field:
    """One standard wire field of an entry: its key, value, default when absent."""

    __slots__ = ("default", "key", "omit_none", "value")

    def __init__(self, key: str, value: Any, default: Any = None, *, omit_none: bool = False) -> None:
        self.key = key
        self.value = value
        self.default = default
        self.omit_none = omit_none  # for built entries: leave the key out while the value is None


class WireEntry:
    """Base of every label-set entry: keeps unknown keys and the shape of parsed JSON."""

    extra: dict[str, Any]
    """Keys the label-set builders do not know, kept as they were and emitted again."""

    def _init_wire(self, extra: Mapping[str, Any] | None) -> None:
        self.extra = dict(extra or {})
        self._from_wire = False
        self._absent: frozenset[str] = frozenset()
        self._order: tuple[str, ...] = ()

    def _assemble(self, fields: list[Field]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in fields:
            if self._from_wire:
                if field.key in self._absent and same(field.value, field.default):
                    continue
            elif field.omit_none and field.value is None:
                continue
            out[field.key] = field.value
        for key, value in self.extra.items():
            if key not in out:
                out[key] = copy.deepcopy(value)
        if self._order:
            rank = {key: index for index, key in enumerate(self._order)}
            out = dict(sorted(out.items(), key=lambda item: rank.get(item[0], len(rank))))
        return out


class Reader:
    """Takes the standard keys out of one parsed JSON object, leaving the rest as extras."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        if not isinstance(raw, Mapping):
            raise TypeError(f"a label-set entry must be a JSON object, got {type(raw).__name__}")
        self.rest = dict(raw)
        self.order = tuple(raw)
        self.absent: set[str] = set()

    def _take(self, key: str, ok: type | tuple[type, ...]) -> Any:
        value = self.rest.get(key, _ABSENT)
        if value is _ABSENT or not isinstance(value, ok):
            self.absent.add(key)  # missing, or of the wrong type: then kept in `extra`
            return _ABSENT
        del self.rest[key]
        return value

    def string(self, key: str, default: str = "") -> str:
        """A string field (``default`` when missing)."""
        value = self._take(key, str)
        return default if value is _ABSENT else str(value)

    def nullable_string(self, key: str) -> str | None:
        """A string-or-null field (``None`` when missing)."""
        value = self._take(key, (str, type(None)))
        return None if value is _ABSENT else value

    def boolean(self, key: str, default: bool = False) -> bool:
        """A boolean field."""
        value = self._take(key, bool)
        return default if value is _ABSENT else bool(value)

    def nullable_boolean(self, key: str) -> bool | None:
        """A boolean-or-null field."""
        value = self._take(key, (bool, type(None)))
        return None if value is _ABSENT else value

    def objects(self, key: str) -> list[Mapping[str, Any]]:
        """A list of JSON objects (a list holding anything else is kept verbatim as an extra)."""
        value = self.rest.get(key, _ABSENT)
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            self.absent.add(key)
            return []
        del self.rest[key]
        return list(value)

    def finish(self, entry: WireEntry) -> None:
        """Mark ``entry`` as read from JSON: what was absent, the key order, the extras."""
        entry.extra = self.rest
        entry._from_wire = True
        entry._absent = frozenset(self.absent)
        entry._order = self.order
