"""What every handler of the mock shares: its signature, how it is registered, small helpers.

The handlers live in :mod:`ango_hub.mock.handlers`, one module per tag of the spec, named
after the tag (``projects.py`` holds the operations tagged ``projects``). A handler is a
function named after the ``operationId`` it serves and marked with :func:`handler`::

    @handler
    def get_project(state: MockState, request: OperationRequest) -> Json:
        return {"project": state.projects.view(state.projects.require(request.path["projectId"]))}

The package finds the marked functions of its modules by itself (see
:data:`ango_hub.mock.handlers.HANDLERS`): adding an operation to the spec takes one
function in the module of its tag, nothing else. Helpers only handlers use live in the
package's private modules (``handlers/_queries.py``, ``handlers/_references.py``); the
others in the sub-packages of :mod:`ango_hub.mock` named for what they do (``web``,
``behaviours``, ``webhooks``, ``files``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import bad_request

if TYPE_CHECKING:
    from ..state import MockState
    from .validation import OperationRequest

__all__ = [
    "Handler",
    "Json",
    "RawBody",
    "decode_json_string",
    "handled_operation",
    "handler",
    "name_list",
]

Json = dict[str, Any]


@dataclass(frozen=True)
class RawBody:
    """A success response that is not a JSON envelope (an image, for instance)."""

    content: bytes = field(repr=False)
    media_type: str


#: A handler gets the store (its lock held) and the validated request, and returns the
#: ``data`` of the success envelope, or a :class:`RawBody` for operations whose success is
#: not JSON. It raises ``ApiError`` to fail.
Handler = Callable[["MockState", "OperationRequest"], Json | RawBody]

_H = TypeVar("_H", bound=Callable[..., Any])
_MARK = "__ango_mock_operation__"


def handler(function: _H) -> _H:
    """Mark ``function`` as the handler of the operation whose ``operationId`` is its name."""
    setattr(function, _MARK, function.__name__)
    return function


def handled_operation(value: object) -> str | None:
    """The ``operationId`` a function marked with :func:`handler` serves (None for others)."""
    operation_id = getattr(value, _MARK, None)
    return operation_id if isinstance(operation_id, str) else None


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
