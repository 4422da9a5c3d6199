"""What every handler shares: its signature and small helpers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import bad_request
from ..state import MockState
from ..validation import OperationRequest

__all__ = ["Handler", "Json", "RawBody", "decode_json_string", "name_list"]

Json = dict[str, Any]


@dataclass(frozen=True)
class RawBody:
    """A success response that is not a JSON envelope (an image, for instance)."""

    content: bytes = field(repr=False)
    media_type: str


#: A handler gets the store (its lock held) and the validated request, and returns the
#: ``data`` of the success envelope, or a :class:`RawBody` for operations whose success is
#: not JSON. It raises ``ApiError`` to fail.
Handler = Callable[[MockState, OperationRequest], Json | RawBody]


def name_list(values: Iterable[str], limit: int = 10) -> str:
    """Return ``'a', 'b', 'c'`` (at most ``limit`` names, then ``and N more``)."""
    items = list(values)
    shown = ", ".join(repr(item) for item in items[:limit])
    return shown if len(items) <= limit else f"{shown} and {len(items) - limit} more"


def decode_json_string(value: str, subject: str) -> Any:
    """Decode JSON held in a string field, or fail with 400 naming ``subject``."""
    try:
        return json.loads(value)
    except ValueError as exc:
        raise bad_request(f"Invalid request body at '{subject}': not valid JSON ({exc})") from None
