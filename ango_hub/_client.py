"""``Client``: configuration, the one request pipeline, and the resources."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar

import httpx

from ango_hub_api.client import AuthenticatedClient
from ango_hub_api.models.error_response import ErrorResponse

from ._config import resolve_api_key, resolve_base_url
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    HEADER_API_KEY,
    RETRYABLE_STATUSES,
)
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    error_class_for,
)
from ._ratelimit import RateLimiter
from ._retry import retry_delay
from ._version import __version__
from .resources import (
    Assets,
    Batches,
    Exports,
    Issues,
    Labels,
    Llms,
    Metrics,
    Organization,
    Plugins,
    Projects,
    Storages,
    Tasks,
)

logger = logging.getLogger("ango_hub")

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
TimeoutTypes = float | httpx.Timeout | None

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


REDACTED = "[redacted]"


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


class _ResponseParser(Protocol[R_co]):
    """The ``_parse_response`` function of a generated operation module."""

    def __call__(self, *, client: AuthenticatedClient, response: httpx.Response) -> R_co: ...


def _error_message(response: httpx.Response) -> str:
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


class Client:
    """A synchronous client for the Ango Hub API.

    >>> with Client(api_key="...", region="us") as hub:          # doctest: +SKIP
    ...     for project in hub.projects.list_page().projects:
    ...         print(project.name)

    Args:
        api_key: The API key. Defaults to the ``ANGO_API_KEY`` environment variable.
        region: ``"eu"`` (default), ``"us"``, ``"in"`` or ``"test"``. Defaults to
            ``ANGO_HUB_REGION``. Mutually exclusive with ``base_url``.
        base_url: The API root including ``/v2`` (e.g. ``http://127.0.0.1:8080/v2`` for the
            mock server). Defaults to ``ANGO_HUB_BASE_URL``.
        timeout: Seconds (or an ``httpx.Timeout``) for every request; 60 s to read and 10 s
            to connect by default. Each method also takes ``timeout=``.
        max_retries: How often a failed request is retried (default 2). Only requests that
            are safe to repeat are retried after a timeout or a 5xx; a 429 or a refused
            connection (nothing was processed) is retried for every request.
        http_client: An ``httpx.Client`` to send requests with (proxies, custom TLS, ...).
            The caller keeps ownership of it: ``close()`` does not close it.
        transport: An ``httpx`` transport for the client built here (for tests:
            ``httpx.MockTransport``, or a WSGI transport).
        requests_per_minute: Space requests so that at most this many are sent per
            minute, across every thread using this client (retries included). Off by
            default; 429 answers are retried either way.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        requests_per_minute: float | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        if http_client is not None and transport is not None:
            raise ValueError("Pass either http_client=... or transport=..., not both.")
        self._auth = _ApiKeyAuth(resolve_api_key(api_key))
        self.base_url = resolve_base_url(region, base_url)
        self.max_retries = max_retries
        self.timeout = timeout
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": f"ango-hub-python/{__version__}"},
        )
        # Handed to the generated parsers only; requests never go through it.
        self._api = AuthenticatedClient(
            base_url=self.base_url, token="", prefix="", auth_header_name=HEADER_API_KEY
        )
        self._sleep: Callable[[float], None] = time.sleep
        self._limiter = (
            RateLimiter(requests_per_minute, sleep=lambda seconds: self._sleep(seconds))
            if requests_per_minute is not None
            else None
        )
        self._captures = threading.local()
        #: Sent with every request when set by ``with_options(timeout=...)``.
        self._timeout_override: TimeoutTypes | None = None
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.projects = Projects(self)
        self.tasks = Tasks(self)
        self.assets = Assets(self)
        self.batches = Batches(self)
        self.issues = Issues(self)
        self.storages = Storages(self)
        self.exports = Exports(self)
        self.labels = Labels(self)
        self.metrics = Metrics(self)
        self.organization = Organization(self)
        self.llms = Llms(self)
        self.plugins = Plugins(self)

    def with_options(self, *, timeout: TimeoutTypes | None = None, max_retries: int | None = None) -> Self:
        """A client with other settings for some calls, sharing this one's connections.

        >>> hub.with_options(timeout=600).exports.create(project_id)   # doctest: +SKIP
        >>> hub.with_options(max_retries=0).projects.get(project_id)    # doctest: +SKIP

        Closing the copy does not close the shared connection pool; close the original.
        """
        if max_retries is not None and max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._owns_http = False
        if timeout is not None:
            copy.timeout = timeout
            copy._timeout_override = timeout
        if max_retries is not None:
            copy.max_retries = max_retries
        copy._bind_resources()
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    # -- lifecycle ------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (unless the ``http_client`` was passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def raw_responses(self) -> Iterator[list[httpx.Response]]:
        """Collect the HTTP responses of the calls made in this block (in this thread).

        >>> with hub.raw_responses() as responses:            # doctest: +SKIP
        ...     project = hub.projects.get(project_id)
        >>> responses[-1].status_code, responses[-1].headers["content-type"]  # doctest: +SKIP

        Every response is listed, retried ones included, in order. Reading a body again is
        cheap: it was read already.
        """
        collected: list[httpx.Response] = []
        stack: list[list[httpx.Response]] = getattr(self._captures, "stack", [])
        stack.append(collected)
        self._captures.stack = stack
        try:
            yield collected
        finally:
            stack.remove(collected)

    def _capture(self, response: httpx.Response) -> None:
        for collected in getattr(self._captures, "stack", []):
            collected.append(response)

    # -- the request pipeline -------------------------------------------------------

    def _send_raw(
        self, request: dict[str, Any], *, idempotent: bool, timeout: TimeoutTypes | None = None
    ) -> httpx.Response:
        """Send a request built by a generated ``_get_kwargs``; retry where safe.

        Returns the last response, whatever its status; raises ``APIConnectionError`` or
        ``APITimeoutError`` when no response came.
        """
        method = str(request["method"]).upper()
        url = self.base_url + str(request["url"])
        headers = dict(request.get("headers") or {})
        safe = idempotent or method in _SAFE_METHODS
        send_kwargs: dict[str, Any] = {
            key: request[key] for key in ("params", "json", "content", "data", "files") if key in request
        }
        if timeout is None:
            timeout = self._timeout_override
        if timeout is not None:
            send_kwargs["timeout"] = timeout
        attempt = 0
        while True:
            if self._limiter is not None:
                self._limiter.acquire()
            started = time.monotonic()
            try:
                response = self._http.request(method, url, headers=headers, auth=self._auth, **send_kwargs)
            except httpx.TransportError as exc:
                _redact(_request_of(exc))
                # A refused connection or a connect timeout means nothing reached the server.
                nothing_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
                if (safe or nothing_sent) and self._may_retry(attempt, request):
                    delay = retry_delay(attempt)
                    assert delay is not None
                    logger.info(
                        "%s %s failed (%s); retry %d/%d in %.2fs",
                        method,
                        url,
                        type(exc).__name__,
                        attempt + 1,
                        self.max_retries,
                        delay,
                    )
                    self._sleep(delay)
                    attempt += 1
                    continue
                if isinstance(exc, httpx.TimeoutException):
                    raise APITimeoutError(
                        f"{method} {url} timed out ({type(exc).__name__}); raise timeout=... "
                        "on the client or the call if the server needs longer.",
                        method=method,
                        url=url,
                    ) from exc
                raise APIConnectionError(
                    f"{method} {url} failed: {type(exc).__name__}: {exc}. "
                    "Check the network and the region or base_url.",
                    method=method,
                    url=url,
                ) from exc
            elapsed = time.monotonic() - started
            logger.debug("%s %s -> %d in %.3fs", method, url, response.status_code, elapsed)
            _redact(response.request)
            self._capture(response)
            status = response.status_code
            if status in RETRYABLE_STATUSES and (safe or status == 429) and self._may_retry(attempt, request):
                delay = retry_delay(attempt, response.headers)
                if delay is not None:
                    logger.info(
                        "%s %s -> %d; retry %d/%d in %.2fs",
                        method,
                        url,
                        status,
                        attempt + 1,
                        self.max_retries,
                        delay,
                    )
                    response.close()
                    self._sleep(delay)
                    attempt += 1
                    continue
            return response

    def _may_retry(self, attempt: int, request: dict[str, Any]) -> bool:
        return attempt < self.max_retries and _rewind_files(request)

    def _send(
        self,
        request: dict[str, Any],
        parse: _ResponseParser[R | ErrorResponse | None],
        *,
        idempotent: bool = False,
        timeout: TimeoutTypes | None = None,
    ) -> R:
        """Send a request and return the parsed success body, or raise a typed error."""
        response = self._send_raw(request, idempotent=idempotent, timeout=timeout)
        if response.status_code >= 400:
            raise error_class_for(response.status_code).from_response(_error_message(response), response)
        where = f"{response.request.method} {response.request.url}"
        content_type = response.headers.get("content-type", "application/json")
        if "json" in content_type:
            try:
                body = response.json()
            except ValueError as exc:
                message = f"{where}: the response is not JSON: {response.text[:200]!r}"
                raise APIResponseValidationError.from_response(message, response) from exc
            if isinstance(body, dict) and body.get("status") in {"fail", "error"}:
                # The API sometimes reports a failure with HTTP 200.
                raise APIStatusError.from_response(_error_message(response), response)
        try:
            parsed = parse(client=self._api, response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            message = (
                f"{where}: the response does not match the API description ({type(exc).__name__}: {exc})."
            )
            raise APIResponseValidationError.from_response(message, response) from exc
        if parsed is None or isinstance(parsed, ErrorResponse):
            raise APIStatusError.from_response(f"unexpected response status {response.status_code}", response)
        return parsed
