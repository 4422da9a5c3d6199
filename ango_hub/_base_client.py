"""What ``Client`` and ``AsyncClient`` share: configuration, retry decisions, parsing.

The two clients differ only in how they wait and send (``time.sleep`` and ``httpx.Client``
against ``asyncio.sleep`` and ``httpx.AsyncClient``); ``ango_hub/_async/_client.py`` holds
that loop once, and ``scripts/unasync.py`` derives the synchronous twin from it. Every
decision (what to retry, how long to wait, which error to raise, how to read a body) is
made here, by plain functions both loops call.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gc
import logging
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._config import resolve_api_key, resolve_base_url
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, HEADER_API_KEY, RETRYABLE_STATUSES
from ._errors import (
    AngoHubError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    error_class_for,
)
from ._ratelimit import RateLimiter
from ._retry import retry_delay
from ._validation import check_int
from ._version import __version__

if TYPE_CHECKING:
    # Imported on first use: building a client imports neither attrs nor a model.
    from ango_hub_api.client import AuthenticatedClient
    from ango_hub_api.models.error_response import ErrorResponse
    from ango_hub_api.operation import ResponseParser

logger = logging.getLogger("ango_hub")

R = TypeVar("R")
TimeoutTypes = float | httpx.Timeout | None

USER_AGENT = f"ango-hub-python/{__version__}"
REDACTED = "[redacted]"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class _ApiKeyAuth(httpx.Auth):
    """Adds the ``apikey`` header to each request; its repr never shows the key."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({REDACTED})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[HEADER_API_KEY] = self._api_key
        yield request


def _redact(request: httpx.Request | None) -> None:
    """Blank the API key in a request that was sent (errors and raw responses keep it)."""
    if request is not None and HEADER_API_KEY in request.headers:
        request.headers[HEADER_API_KEY] = REDACTED


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # an error raised before any request was built
        return None


class BaseResource:
    """A group of operations (one tag of the spec), bound to a client."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def error_message(response: httpx.Response) -> str:
    """The server's message from an error response, or a short excerpt of its body."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return text[:500] if text else (response.reason_phrase or "no message")
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message:
            return message
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
    return str(body)[:500]


def _rewind_files(request: dict[str, Any]) -> bool:
    """Rewind the file parts of a multipart request before sending it again.

    Returns False when a part cannot be rewound (then the request must not be repeated).
    """
    for part in request.get("files") or []:
        payload = (
            part[1][1] if isinstance(part, tuple) and len(part) > 1 and isinstance(part[1], tuple) else None
        )
        if payload is None or isinstance(payload, bytes | str):
            continue
        seekable = getattr(payload, "seekable", None)
        if not callable(seekable) or not seekable():
            return False
        payload.seek(0)
    return True


@dataclass
class PreparedCall:
    """One request of the pipeline: where it goes, and whether it may be repeated."""

    method: str
    url: str
    headers: dict[str, str]
    #: ``params``, ``json``, ``content``, ``data``, ``files`` and ``timeout`` for httpx.
    send_kwargs: dict[str, Any]
    #: Safe to repeat after a timeout or a 5xx (a GET, or marked ``x-idempotent``).
    safe: bool
    #: The httpx arguments (from ``Operation.request``; file parts are rewound before a retry).
    request: dict[str, Any] = field(repr=False)
    #: Send the API key (not to a download host outside the API).
    authenticate: bool = True
    attempt: int = 0
    started: float = 0.0


class BaseClient:
    """Configuration and the decisions of the request pipeline, shared by both clients."""

    base_url: str
    max_retries: int
    timeout: TimeoutTypes

    def _configure(
        self,
        api_key: str | None,
        *,
        region: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        has_http_client: bool,
        has_transport: bool,
        requests_per_minute: float | None,
    ) -> None:
        check_int("max_retries", max_retries, minimum=0)
        if has_http_client and has_transport:
            raise ValueError("Pass either http_client=... or transport=..., not both.")
        self._auth = _ApiKeyAuth(resolve_api_key(api_key))
        self.base_url = resolve_base_url(region, base_url)
        self.max_retries = max_retries
        self.timeout = timeout
        self._owns_http = not has_http_client
        self._limiter = RateLimiter(requests_per_minute) if requests_per_minute is not None else None
        self._captures: contextvars.ContextVar[tuple[list[httpx.Response], ...]] = contextvars.ContextVar(
            f"ango_hub_captures_{id(self)}", default=()
        )
        #: Sent with every request when set by ``with_options(timeout=...)``.
        self._timeout_override: TimeoutTypes | None = None

    def with_options(self, *, timeout: TimeoutTypes | None = None, max_retries: int | None = None) -> Self:
        """A client with other settings for some calls, sharing this one's connections.

        >>> hub.with_options(timeout=600).exports.create(project_id)   # doctest: +SKIP
        >>> hub.with_options(max_retries=0).projects.get(project_id)    # doctest: +SKIP

        Closing the copy does not close the shared connection pool; close the original.
        """
        if max_retries is not None:
            check_int("max_retries", max_retries, minimum=0)
        copy = object.__new__(type(self))
        # The resources are created on first access (cached properties): the copy makes
        # its own, bound to itself.
        copy.__dict__.update(
            (name, value) for name, value in self.__dict__.items() if not isinstance(value, BaseResource)
        )
        copy._owns_http = False
        if timeout is not None:
            copy.timeout = timeout
            copy._timeout_override = timeout
        if max_retries is not None:
            copy.max_retries = max_retries
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    # -- raw responses --------------------------------------------------------------

    @contextlib.contextmanager
    def raw_responses(self) -> Iterator[list[httpx.Response]]:
        """Collect the HTTP responses of the calls made in this block.

        >>> with hub.raw_responses() as responses:            # doctest: +SKIP
        ...     project = hub.projects.get(project_id)
        >>> responses[-1].status_code, responses[-1].headers["content-type"]  # doctest: +SKIP

        Every response is listed, retried ones included, in order. Only the calls of this
        thread (or, with ``AsyncClient``, this task) are collected. Reading a body again is
        cheap: it was read already.
        """
        collected: list[httpx.Response] = []
        token = self._captures.set((*self._captures.get(), collected))
        try:
            yield collected
        finally:
            self._captures.reset(token)

    # -- the decisions of the request pipeline -----------------------------------------

    def _prepare(
        self,
        request: dict[str, Any],
        *,
        idempotent: bool,
        timeout: TimeoutTypes | None,
        authenticate: bool = True,
    ) -> PreparedCall:
        """Turn httpx request arguments (``Request.kwargs``) into a call of the pipeline."""
        method = str(request["method"]).upper()
        path = str(request["url"])
        url = path if path.startswith(("https://", "http://")) else self.base_url + path
        send_kwargs: dict[str, Any] = {
            key: request[key] for key in ("params", "json", "content", "data", "files") if key in request
        }
        if timeout is None:
            timeout = self._timeout_override
        if timeout is not None:
            send_kwargs["timeout"] = timeout
        return PreparedCall(
            method=method,
            url=url,
            headers=dict(request.get("headers") or {}),
            send_kwargs=send_kwargs,
            safe=idempotent or method in _SAFE_METHODS,
            request=request,
            authenticate=authenticate,
        )

    def _may_retry(self, call: PreparedCall) -> bool:
        return call.attempt < self.max_retries and _rewind_files(call.request)

    def _delay_after_error(self, call: PreparedCall, exc: httpx.TransportError) -> float | None:
        """Seconds to wait before retrying after no (or no complete) response; None: give up."""
        _redact(_request_of(exc))
        # A refused connection or a connect timeout means nothing reached the server.
        nothing_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
        if not (call.safe or nothing_sent) or not self._may_retry(call):
            return None
        delay = retry_delay(call.attempt)
        assert delay is not None  # no Retry-After to refuse: always a delay
        self._log_retry(call, type(exc).__name__, delay)
        return delay

    def _delay_after_response(self, call: PreparedCall, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after this response; None: it is the answer."""
        status = response.status_code
        if status not in RETRYABLE_STATUSES or not (call.safe or status == 429) or not self._may_retry(call):
            return None
        delay = retry_delay(call.attempt, response.headers)
        if delay is not None:
            self._log_retry(call, str(status), delay)
        return delay

    def _log_retry(self, call: PreparedCall, reason: str, delay: float) -> None:
        logger.info(
            "%s %s -> %s; retry %d/%d in %.2fs",
            call.method,
            call.url,
            reason,
            call.attempt + 1,
            self.max_retries,
            delay,
        )

    def _transport_error(self, call: PreparedCall, exc: httpx.TransportError) -> AngoHubError:
        """The error raised when no usable response came and no retry is left."""
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{call.method} {call.url} timed out ({type(exc).__name__}); raise timeout=... "
                "on the client or the call if the server needs longer.",
                method=call.method,
                url=call.url,
            )
        return APIConnectionError(
            f"{call.method} {call.url} failed: {type(exc).__name__}: {exc}. "
            "Check the network and the region or base_url.",
            method=call.method,
            url=call.url,
        )

    def _record(self, call: PreparedCall, response: httpx.Response) -> None:
        """Log a response, blank the key in its request and hand it to ``raw_responses``."""
        logger.debug(
            "%s %s -> %d in %.3fs",
            call.method,
            call.url,
            response.status_code,
            time.monotonic() - call.started,
        )
        _redact(response.request)
        for collected in self._captures.get():
            collected.append(response)

    def _parse(self, response: httpx.Response, parse: ResponseParser[R | ErrorResponse | None]) -> R:
        """The parsed success body of a (fully read) response, or a typed error."""
        if response.status_code >= 400:
            raise error_class_for(response.status_code).from_response(error_message(response), response)
        where = f"{response.request.method} {response.request.url}"
        content_type = response.headers.get("content-type", "application/json")
        content = response.content
        # The API sometimes reports a failure with HTTP 200 ({"status": "fail"}). Only a
        # body that could say so is decoded here: the generated parser decodes it anyway.
        if "json" in content_type and (b'"fail"' in content or b'"error"' in content or not content):
            try:
                body = response.json()
            except ValueError as exc:
                message = f"{where}: the response is not JSON: {response.text[:200]!r}"
                raise APIResponseValidationError.from_response(message, response) from exc
            if isinstance(body, dict) and body.get("status") in {"fail", "error"}:
                raise APIStatusError.from_response(error_message(response), response)
        try:
            with collector_paused(len(content) >= _LARGE_BODY):
                parsed = parse(client=_parser_client(), response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, ValueError) and "json" in content_type and _not_json(response):
                message = f"{where}: the response is not JSON: {response.text[:200]!r}"
            else:
                message = (
                    f"{where}: the response does not match the API description ({type(exc).__name__}: {exc})."
                )
            raise APIResponseValidationError.from_response(message, response) from exc
        if parsed is None or isinstance(parsed, _error_response_type()):
            raise APIStatusError.from_response(f"unexpected response status {response.status_code}", response)
        return cast(R, parsed)  # not None, not an ErrorResponse: the success model


#: Bodies from this size on are parsed with the cyclic garbage collector paused.
_LARGE_BODY = 64 * 1024


@contextlib.contextmanager
def collector_paused(pause: bool = True) -> Iterator[None]:
    """Hold Python's cyclic garbage collector while a large body becomes models.

    Parsing a page allocates tens of thousands of objects that form trees (no cycles, so
    nothing for the collector to free), and every allocation counts toward its next run:
    on a page of 1,000 tasks with answers it would run a few dozen times, some of them over
    every object of the process, for nothing. Paused, it runs once afterwards. The pause
    covers the parse only; it is skipped when the collector is already off, and only the
    caller that paused it turns it back on (another thread parsing at the same time keeps
    its collector state as it found it).
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@functools.cache
def _parser_client() -> AuthenticatedClient:
    """What the generated parsers are handed (they read one flag of it); never sends anything."""
    from ango_hub_api.client import AuthenticatedClient

    return AuthenticatedClient(base_url="", token="", prefix="", auth_header_name=HEADER_API_KEY)


@functools.cache
def _error_response_type() -> type[ErrorResponse]:
    from ango_hub_api.models.error_response import ErrorResponse

    return ErrorResponse


def _not_json(response: httpx.Response) -> bool:
    try:
        response.json()
    except ValueError:
        return True
    return False


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "REDACTED",
    "BaseClient",
    "BaseResource",
    "PreparedCall",
    "TimeoutTypes",
    "error_message",
    "logger",
]
