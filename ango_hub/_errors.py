"""The exception hierarchy of the client.

::

    AngoHubError
    ├── APIConnectionError
    │   └── APITimeoutError
    ├── APIResponseValidationError  (a success answer that does not match the spec)
    ├── ExportArchiveError          (a downloaded export that is not a sound zip archive)
    ├── MaskNotFoundError           (a task with no brush mask; also a LookupError)
    └── APIStatusError
        ├── BadRequestError          400
        ├── AuthenticationError      401
        ├── PermissionDeniedError    403
        ├── NotFoundError            404
        ├── ConflictError            409
        ├── UnprocessableEntityError 422
        ├── RateLimitError           429
        └── InternalServerError      5xx

No exception carries the API key: it is added to each request by an ``httpx.Auth`` whose
repr hides it, and blanked (``[redacted]``) in every request once sent, so the responses
and requests that errors keep do not hold it. The httpx errors chained to these (``__cause__``)
have it blanked too, and the local variables of their finished frames cleared.

A 3xx answer is an ``APIStatusError`` too: redirects are never followed.
"""

from __future__ import annotations

from typing import Self

import httpx


class AngoHubError(Exception):
    """Base class of every error raised by ``ango_hub``."""


class APIConnectionError(AngoHubError):
    """The request did not get an answer (DNS, refused connection, dropped connection)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out. Raise the ``timeout`` of the client or of the call."""


class _ResponseError(AngoHubError):
    """An error about a response that came back: carries its status, method, URL and the response."""

    def __init__(
        self, message: str, *, status_code: int, method: str, url: str, response: httpx.Response
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.method = method
        self.url = url
        self.response = response

    @classmethod
    def from_response(cls, message: str, response: httpx.Response) -> Self:
        """Build the error for ``response`` (its request gives the method and the URL)."""
        return cls(
            message,
            status_code=response.status_code,
            method=response.request.method,
            url=str(response.request.url),
            response=response,
        )


class APIResponseValidationError(_ResponseError):
    """Ango Hub answered with success, but the body does not match the API description."""


class ExportArchiveError(AngoHubError):
    """A downloaded export is not a sound zip archive (nothing was written to its destination).

    The body was complete (its length as announced), but it is not a zip archive, a member
    is corrupt, or it could not be decoded (a ``Content-Encoding`` it does not have).
    Downloading it again is unlikely to help: ask for a new export.
    """

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.message = message
        self.url = url


class MaskNotFoundError(AngoHubError, LookupError):
    """The task has no brush mask to read: its ``brushDataUrl`` (``medicalBrushDataUrl`` for a
    medical brush) is empty, or not a link that can be read.

    ``task_id`` names the task. Nothing was painted on it with a brush tool (or the brush
    traces were removed); an object's own mask is read with ``get_mask(task_id, object_id)``.
    """

    def __init__(self, message: str, *, task_id: str) -> None:
        super().__init__(message)
        self.message = message
        self.task_id = task_id


class APIStatusError(_ResponseError):
    """Ango Hub answered with an error (a 4xx or 5xx status, or a body with ``status: fail``).

    A redirect (3xx) is one too: API requests never follow redirects, and the message
    names the target.
    """

    def __init__(
        self, message: str, *, status_code: int, method: str, url: str, response: httpx.Response
    ) -> None:
        super().__init__(message, status_code=status_code, method=method, url=url, response=response)
        self.args = (f"{status_code} {method} {url}: {message}",)


class BadRequestError(APIStatusError):
    """400: the request was invalid (a malformed ID, a missing or wrong field)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid. Check ``ANGO_API_KEY`` and the region."""


class PermissionDeniedError(APIStatusError):
    """403: the API key's owner may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource, or it is not visible to the API key's owner."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests. The client retries these; this is raised once retries run out."""


class InternalServerError(APIStatusError):
    """5xx: Ango Hub failed. Retried for requests that are safe to repeat."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status code."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
