"""Shared helpers of the annotation builders: number checks, deterministic IDs, errors."""

from __future__ import annotations

import copy
import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

Json = dict[str, Any]
Number = int | float
T = TypeVar("T")

#: Length of the object IDs the builders make up (Ango's own IDs are 23 hex digits).
OBJECT_ID_LENGTH = 23


@dataclass(frozen=True)
class Problem:
    """One problem found in an answer: where (``path``) and what (``message``)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class AnnotationError(ValueError):
    """An answer or label import that does not fit the project's label set.

    ``problems`` lists every problem found, each with its path in the answer, for example
    ``objects[3] (objectId "o4"): schemaId "x" is not a tool of the label set``.
    """

    def __init__(self, problems: Sequence[Problem], *, subject: str = "answer") -> None:
        self.problems: list[Problem] = list(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"{count} {noun} in the {subject}:\n{lines}")


def check_number(name: str, value: object) -> Number:
    """``value`` if it is a finite int or float (not a bool), else a ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return value


def check_text(name: str, value: object) -> str:
    """``value`` if it is a non-empty string, else a ``ValueError``."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def check_bool(name: str, value: object) -> bool:
    """``value`` if it is a bool, else a ``ValueError``."""
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be True or False, got {value!r}")
    return value


def check_mapping(name: str, value: object) -> Mapping[str, Any]:
    """``value`` if it is a JSON object (a mapping), else a ``ValueError``."""
    if type(value) is dict:  # what JSON gives: no ABC check
        return value
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} must be a JSON object, got {type(value).__name__}")
    return value


def check_list(name: str, value: object) -> Sequence[Any]:
    """``value`` if it is a JSON array (a list or tuple), else a ``ValueError``."""
    if not isinstance(value, list | tuple):
        raise ValueError(f"{name} must be a JSON array, got {type(value).__name__}")
    return value


def deterministic_id(*parts: object) -> str:
    """A 23-hex-digit ID derived from ``parts`` (JSON-encoded): the same parts, the same ID."""
    encoded = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:OBJECT_ID_LENGTH]


#: Values that a copy of JSON data shares instead of copying.
IMMUTABLE = frozenset({str, int, float, bool, type(None)})


def _copy(value: Any) -> Any:
    kind = type(value)
    if kind is dict:
        if IMMUTABLE.issuperset(map(type, value.values())):  # flat: a box, a span, metadata
            return value.copy()
        return {key: item if type(item) in IMMUTABLE else _copy(item) for key, item in value.items()}
    if kind is list:
        if IMMUTABLE.issuperset(map(type, value)):  # flat: a point, a list of IDs
            return value.copy()
        return [item if type(item) in IMMUTABLE else _copy(item) for item in value]
    if kind in IMMUTABLE:
        return value
    return copy.deepcopy(value)


def copy_json(value: Any) -> Any:
    """``copy.deepcopy(value)``, several times faster on JSON data (dicts, lists, strings,
    numbers, booleans, None): dicts and lists are rebuilt, anything else is deep-copied."""
    try:
        return _copy(value)
    except RecursionError:  # a structure that contains itself: only deepcopy copes
        return copy.deepcopy(value)


def copy_mutable(value: Any) -> Any:
    """``copy_json(value)`` for a value that is not one of ``IMMUTABLE``: a flat dict (an
    object's metadata) is copied at once."""
    if type(value) is dict:
        for item in value.values():
            if type(item) not in IMMUTABLE:
                return copy_json(value)
        return value.copy()
    return copy_json(value)


def split_extra(data: Mapping[str, Any], known: frozenset[str]) -> tuple[Json, Json]:
    """Split ``data`` into (known fields with non-null values, every other field).

    Null values of known fields stay with the others so that a round trip keeps them.
    """
    fields: Json = {}
    extra: Json = {}
    for key, value in data.items():
        if key in known and value is not None:
            fields[key] = value
        else:
            extra[key] = value if type(value) in IMMUTABLE else copy_json(value)
    return fields, extra


def build(base: type[T], cls: type[T], values: Json) -> T:
    """``cls(**values)``, for ``from_dict`` of the frozen dataclass ``base``.

    A frozen dataclass's ``__init__`` sets each field with ``object.__setattr__``; when ``cls``
    is ``base`` itself (not a subclass with an ``__init__`` of its own), ``values`` (every
    field, in order) go into the instance's ``__dict__`` at once, and ``__post_init__`` checks
    them as ``__init__`` would have.
    """
    if cls is not base:
        return cls(**values)
    instance = object.__new__(cls)
    instance.__dict__.update(values)  # the class's shared-key dict: as compact as __init__'s
    instance.__post_init__()  # type: ignore[attr-defined]  # every caller's base has one
    return instance


def describe(value: object) -> str:
    """A short JSON rendering of ``value`` for error messages."""
    text = json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."
