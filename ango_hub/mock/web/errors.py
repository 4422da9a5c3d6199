"""Errors the mock answers with: an HTTP status and an Ango ``ErrorResponse`` body."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "bad_request", "error_body", "not_found"]


class ApiError(Exception):
    """A failed request: the handler or the validator stops and the client gets ``ErrorResponse``.

    ``status`` is the HTTP status code; ``message`` goes to the body's ``message`` field.
    Status codes of 500 and above get ``"status": "error"``, the others ``"status": "fail"``.
    """

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def bad_request(message: str) -> ApiError:
    """Return a 400 error with ``message``."""
    return ApiError(400, message)


def unknown_reference(message: str) -> ApiError:
    """Return a 404 error for a request that names something that does not exist."""
    return ApiError(404, message)


def conflict(message: str) -> ApiError:
    """Return a 409 error: the request conflicts with the current state."""
    return ApiError(409, message)


def not_found(kind: str, identifier: str) -> ApiError:
    """Return a 404 error such as ``Project not found: <id>``."""
    return ApiError(404, f"{kind} not found: {identifier}")


def error_body(status: int, message: str) -> dict[str, Any]:
    """Return the ``ErrorResponse`` body for an HTTP status and a message."""
    return {"status": "error" if status >= 500 else "fail", "message": message}
