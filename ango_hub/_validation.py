"""Checks on the arguments of resource methods, made before any request is sent."""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from ._constants import MAX_ID_LENGTH, MAX_PAGE_SIZE

_F = TypeVar("_F")


class _Serializable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def require_id(name: str, value: str) -> str:
    """``value`` if it is an ID string (also a name, an e-mail...), else an error naming ``name``.

    ``TypeError`` for anything but a ``str``; ``ValueError`` for an empty one, one with
    leading or trailing whitespace, or one longer than ``MAX_ID_LENGTH``. IDs that would
    leave their path segment (``.``, ``..``) are refused by the pipeline for every operation.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string ID, got {type(value).__name__}")
    if len(value) > MAX_ID_LENGTH:
        raise ValueError(f"{name} is {len(value)} characters long: at most {MAX_ID_LENGTH}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    if value != value.strip():
        raise ValueError(f"{name} has leading or trailing whitespace: {value[:100]!r}")
    return value


def require_text(name: str, value: str) -> str:
    """``value`` if it is a string with more than whitespace (a name, a comment, a message).

    ``TypeError`` for anything but a ``str``, ``ValueError`` for an empty one.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def require_ids(name: str, values: Sequence[str]) -> list[str]:
    """A non-empty list of IDs; a ``str`` alone is refused (it would be iterated char by char)."""
    if isinstance(values, str):
        raise TypeError(f"{name} must be a list of IDs, not a single string: use [{values!r}]")
    items = [require_id(f"{name}[{index}]", value) for index, value in enumerate(values)]
    if not items:
        raise ValueError(f"{name} must not be empty")
    return items


def require_instance(name: str, value: object, kind: type[Any]) -> None:
    """``TypeError`` unless ``value`` is a ``kind`` (a generated model the method sends)."""
    if not isinstance(value, kind):
        raise TypeError(f"{name} must be a {kind.__name__}, got {type(value).__name__}")


def check_int(name: str, value: object, *, minimum: int) -> int:
    """``value`` if it is an int (not a bool) of at least ``minimum``, else a ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an integer of {minimum} or more, got {value!r}")
    return value


def check_page(page: int, limit: int, *, max_limit: int = MAX_PAGE_SIZE) -> None:
    """Page numbers start at 1; page sizes go from 1 to ``max_limit``."""
    check_int("page", page, minimum=1)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= max_limit:
        raise ValueError(f"limit must be an integer from 1 to {max_limit}, got {limit!r}")


def json_param(value: _Serializable | Mapping[str, Any] | Sequence[Any]) -> str:
    """Encode a filter (a generated model, a mapping or a list) for a JSON query parameter."""
    to_dict = getattr(value, "to_dict", None)
    data = to_dict() if callable(to_dict) else value
    return json.dumps(data, separators=(",", ":"), default=str)


def one_filter(filters: _F, filter_alias: _F) -> _F:
    """The filter of a listing: ``filters=``, or ``filter=``, its deprecated alias.

    ``filter=`` works (with a ``DeprecationWarning`` pointing at the caller of the resource
    method that calls this); passing both is a ``TypeError``.
    """
    if filter_alias is None:
        return filters
    if filters is not None:
        raise TypeError("pass the filter once, as filters=... (filter= is its deprecated alias), not both")
    warnings.warn(
        "filter= is deprecated: pass filters=... (the one name for tasks and assets)",
        DeprecationWarning,
        stacklevel=3,
    )
    return filter_alias
