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
import enum
import functools
import gc
import logging
import math
import sys
import time
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any, Literal, Protocol, Self, TypeVar
from urllib.parse import unquote, urlsplit

import httpx

from ._config import SecretKey, resolve_api_key, resolve_base_url
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    HEADER_API_KEY,
    MAX_DOWNLOAD_RESUMES,
    MAX_PATH_LENGTH,
    RETRYABLE_STATUSES,
)
from ._deadline import DeadlineExceeded
from ._error_text import (
    REDACTED,
    UNREADABLE,
    body_excerpt,
    error_message,
    redact,
    scrub_exception,
    without_secret,
)
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
from ._urls import ApiUrls
from ._validation import check_int
from ._version import __version__

if TYPE_CHECKING:
    # Imported on first use: building a client imports neither attrs nor a model.
    from ango_hub_api.client import AuthenticatedClient
    from ango_hub_api.models.error_response import ErrorResponse
    from ango_hub_api.operation import Operation, ResponseParser

logger = logging.getLogger("ango_hub")

R = TypeVar("R")
TimeoutTypes = float | httpx.Timeout | None
#: ``validate_responses``: check each answer against the spec and log (``"warn"``) or raise.
ValidateResponses = Literal["warn", "raise"] | None


class _Keep(enum.Enum):
    """``with_options(validate_responses=...)`` left out: keep the client's setting."""

    KEEP = "keep"


def check_validate_responses(value: object) -> None:
    """``validate_responses`` is ``"warn"``, ``"raise"`` or None."""
    if value not in (None, "warn", "raise"):
        raise ValueError(f"validate_responses must be 'warn', 'raise' or None, got {value!r}")


USER_AGENT = f"ango-hub-python/{__version__}"
#: The httpx arguments of a request that go to ``build_request`` as they are.
_SEND_KEYS = frozenset({"params", "json", "content", "data", "files"})
#: What ``_http`` may be (a half-built client has none yet).


class AsyncLibrary:
    """What ``AsyncClient`` settles once per process before its first request.

    httpcore asks which async library runs (``import sniffio``) each time its pool sets up a
    lock, several times a request; anyio >= 4.16 no longer installs sniffio, and when it is
    missing each failed import searches every entry of ``sys.path`` again (about 270 µs an
    ``AsyncClient`` request). Marking it missing once (``None`` in ``sys.modules``, which the
    import system reads as "not importable") makes each of those imports fail at once;
    httpcore then assumes asyncio, as it does without sniffio. With sniffio installed,
    nothing changes.
    """

    settled = False

    @classmethod
    def settle(cls) -> None:
        if cls.settled:
            return
        cls.settled = True
        import importlib.util  # here: a synchronous Client never needs it

        if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
            sys.modules["sniffio"] = None  # type: ignore[assignment]


class Library:
    """The synchronous ``Client``'s counterpart of :class:`AsyncLibrary`: nothing to settle."""

    @classmethod
    def settle(cls) -> None:
        return None


_HTTP_CLIENTS = (httpx.Client, httpx.AsyncClient)
#: Methods that only read: always idempotent, whatever the spec marks.
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class _ApiKeyAuth(httpx.Auth):
    """Adds the ``apikey`` header to each request; its repr never shows the key."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({REDACTED})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[HEADER_API_KEY] = self._api_key
        yield request


class BaseResource:
    """A group of operations (one tag of the spec), bound to a client."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


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


class Resumable(Protocol):
    """A transfer that continues where its last attempt stopped (``exports.download``)."""

    def headers(self) -> dict[str, str]:
        """Headers of the next attempt (``Range``...); called once before each attempt."""
        ...

    def advanced(self) -> bool:
        """Whether the attempt that just failed left progress the next one continues from."""
        ...


class RequestBudget:
    """A bound on the HTTP requests of several calls, retries included (``verify``'s ``max_requests``).

    Each attempt that goes out spends one; an attempt whose connection could not be opened
    (nothing reached the server) is given back. A call that shares a budget retries only
    while some of it is left, so its calls send at most ``limit`` requests in all, and
    ``sent`` is how many they sent. Not for calls running at the same time.
    """

    # A plain class, not a dataclass: building a client imports no ``dataclasses`` (and makes
    # no class at import time), which costs about a millisecond.
    __slots__ = ("limit", "sent")

    def __init__(self, limit: int, sent: int = 0) -> None:
        self.limit = limit
        #: HTTP requests sent so far by the calls that share it, retries included.
        self.sent = sent

    def __repr__(self) -> str:
        return f"RequestBudget(limit={self.limit!r}, sent={self.sent!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RequestBudget):
            return NotImplemented
        return (self.limit, self.sent) == (other.limit, other.sent)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value (as a dataclass)

    @property
    def left(self) -> int:
        """How many requests may still be sent."""
        return max(self.limit - self.sent, 0)


def _carries_a_file(request: dict[str, Any]) -> bool:
    """Whether a request sends files: multipart parts, or a body streamed from a file."""
    return bool(request.get("files")) or not isinstance(request.get("content"), _IN_MEMORY)


#: A request body held in memory (or none).
_IN_MEMORY = (bytes, str, type(None))


class PreparedCall:
    """One request of the pipeline: where it goes, and whether it may be repeated.

    Made once per call (keyword arguments); the attempts update ``attempt``, ``resumes``,
    ``resuming`` and ``started``.
    """

    __slots__ = (
        "attempt",
        "authenticate",
        "budget",
        "deadline",
        "headers",
        "idempotent",
        "method",
        "request",
        "resume",
        "resumes",
        "resuming",
        "send_kwargs",
        "started",
        "target",
        "url",
    )

    def __init__(
        self,
        *,
        method: str,
        url: str,
        headers: dict[str, str],
        send_kwargs: dict[str, Any],
        idempotent: bool,
        request: dict[str, Any],
        authenticate: bool = True,
        deadline: float | None = None,
        resume: Resumable | None = None,
        budget: RequestBudget | None = None,
        target: httpx.URL | None = None,
    ) -> None:
        self.method = method
        self.url = url
        #: What ``build_request`` is given: ``url``, or the same URL parsed already (``ApiUrls``).
        self.target: httpx.URL | str = url if target is None else target
        self.headers = headers
        #: ``params``, ``json``, ``content``, ``data``, ``files`` and ``timeout`` for httpx.
        self.send_kwargs = send_kwargs
        #: Safe to repeat after a timeout or a 5xx (a GET, or marked ``x-idempotent``):
        #: ``Operation.idempotent`` for a spec operation.
        self.idempotent = idempotent
        #: The httpx arguments (from ``Operation.request``; file parts are rewound before a retry).
        self.request = request
        #: Send the API key (not to a download host outside the API).
        self.authenticate = authenticate
        #: Seconds each attempt may take as a whole (None: no limit but the httpx timeouts).
        self.deadline = deadline
        #: A resumable transfer: its attempts that advanced do not count against ``max_retries``.
        self.resume = resume
        #: The bound this call's attempts count against, with other calls' (None: only ``max_retries``).
        self.budget = budget
        #: Failed attempts counted against ``max_retries``.
        self.attempt = 0
        #: Failed attempts of a resumable transfer that advanced it (not counted; bounded).
        self.resumes = 0
        #: The next attempt resumes the transfer (decided by ``_delay_after_error``).
        self.resuming = False
        self.started = 0.0

    def __repr__(self) -> str:
        # Not the request's arguments (its body may be large), its headers, nor the URL's query
        # (a presigned link's signature): a traceback may show it.
        return f"<PreparedCall {self.method} {self.url.split('?', 1)[0]} attempt={self.attempt}>"


class BaseClient:
    """Configuration and the decisions of the request pipeline, shared by both clients."""

    base_url: str
    max_retries: int
    timeout: TimeoutTypes
    #: Seconds each attempt of a request may take as a whole; None: the read timeout.
    deadline: float | None

    def _configure(
        self,
        api_key: SecretKey,
        *,
        region: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        deadline: float | None,
        has_http_client: bool,
        has_transport: bool,
        requests_per_minute: float | None,
        validate_responses: ValidateResponses = None,
    ) -> None:
        check_int("max_retries", max_retries, minimum=0)
        check_validate_responses(validate_responses)
        check_deadline(deadline)
        if has_http_client and has_transport:
            raise ValueError("Pass either http_client=... or transport=..., not both.")
        self._auth = _ApiKeyAuth(resolve_api_key(api_key))
        self.base_url = resolve_base_url(region, base_url)
        self._urls = ApiUrls(self.base_url)
        self.max_retries = max_retries
        self.timeout = timeout
        self.deadline = deadline
        self._owns_http = not has_http_client
        self._limiter = RateLimiter(requests_per_minute) if requests_per_minute is not None else None
        self._captures: contextvars.ContextVar[tuple[list[httpx.Response], ...]] = contextvars.ContextVar(
            f"ango_hub_captures_{id(self)}", default=()
        )
        #: Sent with every request when set by ``with_options(timeout=...)``.
        self._timeout_override: TimeoutTypes | None = None
        #: Check each answer against the spec (see ``ango_hub.drift``); None: no check, nothing loaded.
        self.validate_responses: ValidateResponses = validate_responses
        #: The findings ``"warn"`` logged already (shared with the ``with_options`` copies).
        self._drift_logged: set[tuple[str, str, str]] = set()

    @property
    def requests_per_minute(self) -> float | None:
        """At most this many requests a minute are sent (retries included); None: not spaced.

        Read only: the ``requests_per_minute`` the client was built with (its copies from
        ``with_options`` share its spacing).
        """
        return None if self._limiter is None else 60.0 / self._limiter.interval

    def redact(self, text: str) -> str:
        """``text`` with this client's API key replaced by ``[redacted]`` (for a report or a log).

        >>> hub.redact(f"failed with key {key}")   # doctest: +SKIP
        'failed with key [redacted]'
        """
        return without_secret(text, self._auth._api_key)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        validate_responses: ValidateResponses | _Keep = _Keep.KEEP,
    ) -> Self:
        """A client with other settings for some calls, sharing this one's connections.

        >>> hub.with_options(timeout=600).exports.create(project_id)   # doctest: +SKIP
        >>> hub.with_options(max_retries=0).projects.get(project_id)    # doctest: +SKIP
        >>> hub.with_options(deadline=3600).exports.download(url, "export.zip")  # doctest: +SKIP
        >>> hub.with_options(validate_responses="raise").tasks.get(task_id)  # doctest: +SKIP

        ``validate_responses`` left out keeps the client's; None turns the check off.

        Closing the copy does not close the shared connection pool; close the original.
        """
        if max_retries is not None:
            check_int("max_retries", max_retries, minimum=0)
        check_deadline(deadline)
        if validate_responses is not _Keep.KEEP:
            check_validate_responses(validate_responses)
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
        if deadline is not None:
            copy.deadline = deadline
        if not isinstance(validate_responses, _Keep):
            copy.validate_responses = validate_responses
        return copy

    def __repr__(self) -> str:
        # getattr: a client whose settings were refused is half built (and a traceback
        # rendered with its locals reprs it).
        base_url = getattr(self, "base_url", "?")
        max_retries = getattr(self, "max_retries", "?")
        return f"{type(self).__name__}(base_url={base_url!r}, max_retries={max_retries})"

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
        default_timeout: TimeoutTypes | None = None,
        authenticate: bool = True,
        streamed: bool = False,
        resume: Resumable | None = None,
        budget: RequestBudget | None = None,
    ) -> PreparedCall:
        """Turn httpx request arguments (``Request.kwargs``) into a call of the pipeline.

        Raises ``ValueError`` (nothing is sent) for a path that would not stay below
        ``base_url`` as it is: a ``.``, ``..`` or empty segment (an ID such as ``".."``
        would otherwise send ``DELETE /v2/project/..`` to ``DELETE /v2``), a ``?`` or ``#``,
        or a path longer than ``MAX_PATH_LENGTH``. An absolute URL (a download link) is
        accepted only for a request that does not carry the API key.
        """
        method = str(request["method"]).upper()
        path = str(request["url"])
        target: httpx.URL | None = None
        send_kwargs: dict[str, Any] = {key: value for key, value in request.items() if key in _SEND_KEYS}
        if path.startswith(("https://", "http://")):
            if authenticate:
                raise ValueError(f"{method}: an API request goes below base_url, not to an absolute URL")
            url = path
        else:
            check_path(method, path)
            url = self.base_url + path
            urls = self._urls
            if urls.base_url is not self.base_url:  # base_url was set after the client was built
                urls = self._urls = ApiUrls(self.base_url)
            target = urls.parsed(path)
            params = send_kwargs.get("params")
            if target is not None and params and not _shared_params(self):
                with_params = urls.with_params(target, params)
                if with_params is not None:  # the query in the URL: httpx does not parse it again
                    target = with_params
                    del send_kwargs["params"]
        if timeout is None:
            timeout = self._timeout_override
        if timeout is None:
            timeout = default_timeout
        if timeout is not None:
            send_kwargs["timeout"] = timeout
        headers = request.get("headers")
        return PreparedCall(
            method=method,
            url=url,
            headers=dict(headers) if headers else {},
            send_kwargs=send_kwargs,
            idempotent=idempotent or method in _READ_METHODS,
            request=request,
            authenticate=authenticate,
            deadline=self._deadline_for(timeout, streamed=streamed or _carries_a_file(request)),
            resume=resume,
            budget=budget,
            target=target,
        )

    def _deadline_for(self, timeout: TimeoutTypes | None, *, streamed: bool) -> float | None:
        """The deadline of each attempt: ``deadline=``, else the read timeout of the call.

        A file transfer (an export download, an upload of files) has no deadline unless one
        is set: a large file on a slow link may take longer than any read timeout (each read
        and write is still bounded by the timeouts).
        """
        if self.deadline is not None or streamed:
            return self.deadline
        if timeout is None:
            http = getattr(self, "_http", None)
            timeout = http.timeout if isinstance(http, _HTTP_CLIENTS) else self.timeout
        read = timeout.read if isinstance(timeout, httpx.Timeout) else timeout
        return None if read is None else float(read)

    def _may_retry(self, call: PreparedCall) -> bool:
        if call.budget is not None and call.budget.left <= 0:
            return False
        return call.attempt < self.max_retries and _rewind_files(call.request)

    def _spend(self, call: PreparedCall) -> None:
        """An attempt is about to go out: count it against the call's budget, if it has one."""
        if call.budget is not None:
            call.budget.sent += 1

    def _attempt_headers(self, call: PreparedCall) -> dict[str, str]:
        """The headers of the next attempt: the call's, and a resumable transfer's own."""
        if call.resume is None:
            return call.headers
        return {**call.headers, **call.resume.headers()}

    def _next_attempt(self, call: PreparedCall) -> None:
        """Count the attempt that failed: against ``max_retries``, unless it advanced a transfer."""
        if call.resuming:
            call.resumes += 1
            call.resuming = False
        else:
            call.attempt += 1

    def _delay_after_error(self, call: PreparedCall, exc: httpx.TransportError) -> float | None:
        """Seconds to wait before retrying after no (or no complete) response; None: give up.

        A resumable transfer (an export download) whose attempt added bytes that the next one
        continues from is resumed without counting against ``max_retries`` (still waiting the
        backoff of the attempts counted so far), at most ``MAX_DOWNLOAD_RESUMES`` times;
        ``max_retries=0`` turns resumes off too.
        """
        # A refused connection or a connect timeout means nothing reached the server.
        nothing_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
        if nothing_sent and call.budget is not None:
            call.budget.sent -= 1  # the request never left: not counted against the budget
        if not (call.idempotent or nothing_sent) or not self._may_retry(call):
            return None
        call.resuming = (
            call.resume is not None and call.resume.advanced() and call.resumes < MAX_DOWNLOAD_RESUMES
        )
        delay = retry_delay(call.attempt)
        assert delay is not None  # no Retry-After to refuse: always a delay
        if call.resuming:
            logger.info(
                "%s %s -> %s; resuming (%d/%d, not counted as a retry) in %.2fs",
                call.method,
                call.url,
                type(exc).__name__,
                call.resumes + 1,
                MAX_DOWNLOAD_RESUMES,
                delay,
            )
        else:
            self._log_retry(call, type(exc).__name__, delay)
        return delay

    def _delay_after_response(self, call: PreparedCall, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after this response; None: it is the answer."""
        status = response.status_code
        call.resuming = False
        if status not in RETRYABLE_STATUSES:
            return None
        repeatable = call.idempotent or status == 429  # a 429: nothing was processed
        if not repeatable or not self._may_retry(call):
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
        scrub_exception(exc)
        if isinstance(exc, DeadlineExceeded):
            return APITimeoutError(
                f"{call.method} {call.url} did not complete within its deadline of {exc.seconds:g} s "
                "(the server answered too slowly); raise deadline=... (or timeout=...) on the client "
                "or with_options(...) if it needs longer.",
                method=call.method,
                url=call.url,
            )
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

    def _http_error(self, call: PreparedCall, exc: Exception) -> AngoHubError:
        """An httpx error that is not a transport error (never retried): an ``AngoHubError``."""
        scrub_exception(exc)
        return APIConnectionError(
            f"{call.method} {call.url} failed: {type(exc).__name__}: {exc}.",
            method=call.method,
            url=call.url,
        )

    def _invalid_url(self, call: PreparedCall, exc: httpx.InvalidURL) -> ValueError:
        """httpx refused to build the URL (too long, or a character it cannot carry)."""
        scrub_exception(exc)
        path = call.url[len(self.base_url) :] if call.url.startswith(self.base_url) else "a download"
        return ValueError(
            f"Refusing to send {call.method} {path[:100]}: its URL is too long or invalid for HTTP ({exc})."
        )

    def _redact_sent(self, call: PreparedCall, sent: httpx.Request) -> None:
        """Blank the API key in the request of an attempt that was sent (or failed).

        Errors and ``raw_responses`` keep the request. An authenticated request had the key
        added by the client's auth: it is overwritten without looking (a lookup in httpx's
        headers costs more than the write; a request that failed before the key was added
        shows ``[redacted]`` all the same). Any other request is checked.
        """
        if call.authenticate:
            sent.headers[HEADER_API_KEY] = REDACTED
        else:
            redact(sent)

    def _record(self, call: PreparedCall, response: httpx.Response, sent: httpx.Request) -> None:
        """Log a response, blank the key in its request and hand it to ``raw_responses``.

        ``sent`` is the request of the attempt, which the loop has redacted already: the
        response's request is that one (redirects are not followed, and the key is added by
        the client's own auth, which sends the request it is given).
        """
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d in %.3fs",
                call.method,
                call.url,
                response.status_code,
                time.monotonic() - call.started,
            )
        if response.request is not sent:
            redact(response.request)
        for collected in self._captures.get():
            collected.append(response)

    def _status_message(self, response: httpx.Response) -> str:
        """The message of the error for a 3xx-5xx answer: the server's, and for a 404 while
        ``base_url`` does not end in ``/v2`` (every API path is below it), a hint about that."""
        message = error_message(response)
        if response.status_code == 404 and not urlsplit(self.base_url).path.endswith("/v2"):
            message += (
                f" (does base_url end in /v2? It is {self.base_url!r}: the API's paths are below "
                "/v2, as in 'https://imeritapi.ango.ai/v2')"
            )
        return message

    def _load_parser(self, operation: Operation[..., Any]) -> None:
        """Import what parsing an answer of ``operation`` needs (its models, the parsers' client):
        a paginator calls it while its first requests are in flight; the first parse would
        import the same."""
        operation.import_models()
        _parser_client()

    def _parse(
        self,
        response: httpx.Response,
        parse: ResponseParser[R | ErrorResponse | None],
        operation_id: str | None = None,
    ) -> R:
        """The parsed success body of a (fully read) response, or a typed error.

        A 3xx is an ``APIStatusError`` naming its target (redirects are never followed); a
        2xx that cannot be read or parsed is an ``APIResponseValidationError`` (the server
        may have done what was asked: a bulk import reports those items ``unknown``). With
        ``validate_responses`` on, the body of a success is first checked against the spec's
        schema of ``operation_id`` (see ``ango_hub.drift``).
        """
        status = response.status_code
        if status >= 300:
            raise error_class_for(status).from_response(self._status_message(response), response)
        if UNREADABLE in response.extensions:
            reason = response.extensions[UNREADABLE]
            message = (
                f"{_request_line(response)}: the body of the {status} answer could not be read ({reason})."
            )
            raise APIResponseValidationError.from_response(message, response)
        # The API sometimes reports a failure with HTTP 200 ({"status": "fail"}): such a body
        # may not parse as the success model, or parse as one whose ``status`` says so. It is
        # looked for before the schema check (when on), else where the parse fails or the
        # parsed answer does not say "success" (no ``status`` field, or no model): a success
        # answer that says so is not searched for it.
        checked = False
        if self.validate_responses is not None and operation_id is not None:
            checked = True
            _raise_reported_failure(response)
            from .drift._runtime import check_answer

            check_answer(operation_id, response, self.validate_responses, self._drift_logged)
        failure: Exception | None = None
        try:
            if len(response.content) < _LARGE_BODY:  # most answers: no context manager around the parse
                parsed = parse(client=_parser_client(), response=response)
            else:
                with collector_paused():
                    parsed = parse(client=_parser_client(), response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            failure = exc
        if failure is not None:
            if not checked:
                _raise_reported_failure(response)
            if isinstance(failure, ValueError) and _not_json(response):
                message = (
                    f"{_request_line(response)}: the response is not JSON ({_content_type(response)}): "
                    f"{body_excerpt(response)}"
                )
            else:
                message = (
                    f"{_request_line(response)}: the response does not match the API description "
                    f"({type(failure).__name__}: {failure})."
                )
            raise APIResponseValidationError.from_response(message, response) from failure
        if not checked and getattr(parsed, "status", None) != "success":
            _raise_reported_failure(response)
        if parsed is None or isinstance(parsed, _error_response_type()):
            message = (
                f"{_request_line(response)}: unexpected response status {status} "
                "(the API description has no such answer)"
            )
            raise APIResponseValidationError.from_response(message, response)
        return parsed  # type: ignore[return-value]  # not None, not an ErrorResponse: the success model


def _raise_reported_failure(response: httpx.Response) -> None:
    """``APIStatusError`` for a 2xx JSON body that reports a failure (``{"status": "fail"}``).

    Only a body that could say so is decoded (the generated parser decodes it anyway); one
    that is not JSON is an ``APIResponseValidationError``.
    """
    content = response.content
    could_fail = b'"fail"' in content or b'"error"' in content or not content
    if could_fail and "json" in _content_type(response):
        from . import _json

        try:
            body = _json.loads(response.content)
        except ValueError as exc:
            message = f"{_request_line(response)}: the response is not JSON: {body_excerpt(response)}"
            raise APIResponseValidationError.from_response(message, response) from exc
        if isinstance(body, dict) and body.get("status") in {"fail", "error"}:
            raise APIStatusError.from_response(error_message(response), response)


def keep_body_only(response: httpx.Response) -> httpx.Response:
    """``response``, read and closed, holding its body only (what ``_attempt`` returns).

    httpx's stream of an answer refers back to it, and through it to the objects of its
    exchange (httpcore's request, stream, events): a cycle of some forty objects that only
    the cyclic garbage collector frees, which it does every few dozen requests (a pass over
    every young object each time). Replaced by a stream over the body (what
    ``httpx.Response(content=...)`` holds), the answer and its exchange are freed as soon as
    they are dropped. Nothing reads the old stream again: it was read to its end and closed.
    """
    response.stream = httpx.ByteStream(response.content)
    return response


def _content_type(response: httpx.Response) -> str:
    """The ``Content-Type`` of ``response`` (looked up only where it is used: a lookup in httpx's
    headers is not free)."""
    return str(response.headers.get("content-type", "application/json"))


def _request_line(response: httpx.Response) -> str:
    """``GET <url>`` of the request of ``response``, for an error message (built only then)."""
    return f"{response.request.method} {response.request.url}"


def _shared_params(client: object) -> object:
    """The query parameters the client's httpx client adds to every request (an ``http_client``
    built with ``params=``; usually none): httpx puts them before a request's own."""
    return getattr(getattr(client, "_http", None), "params", None)


def check_path(method: str, path: str) -> None:
    """``ValueError`` unless ``path`` stays below the API root, segment by segment."""
    if len(path) > MAX_PATH_LENGTH:
        raise ValueError(
            f"Refusing to send {method} {path[:60]}...: the path is {len(path)} characters long "
            f"(at most {MAX_PATH_LENGTH}); an ID that long is not an ID."
        )
    if not path.startswith("/") or "?" in path or "#" in path:
        raise ValueError(f"Refusing to send {method} {path[:100]!r}: not a path below base_url.")
    segments = path.split("/")[1:]
    if "%" in path:
        segments = [unquote(segment) for segment in segments]
    if _RELATIVE_SEGMENTS.isdisjoint(segments):
        return
    for segment in path.split("/")[1:]:
        if unquote(segment) in _RELATIVE_SEGMENTS:
            raise ValueError(
                f"Refusing to send {method} {path[:100]}: an ID of {segment!r} would be read as a "
                "relative path segment and send the request to another resource."
            )


#: Path segments that a server reads as a relative path (``%2e%2e`` included, once unquoted).
_RELATIVE_SEGMENTS = frozenset({"", ".", ".."})


def check_deadline(deadline: object) -> None:
    """A deadline is None (the read timeout) or a positive, finite number of seconds."""
    if deadline is None:
        return
    if isinstance(deadline, bool) or not isinstance(deadline, int | float):
        raise TypeError(f"deadline must be a number of seconds or None, got {type(deadline).__name__}")
    if not (math.isfinite(deadline) and deadline > 0):
        raise ValueError(f"deadline must be a positive, finite number of seconds, got {deadline!r}")


#: Bodies from this size on are parsed with the cyclic garbage collector paused.
_LARGE_BODY = 64 * 1024


def collector_paused(pause: bool = True) -> contextlib.AbstractContextManager[None]:
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
        return _NOT_PAUSED  # every answer is parsed here: no generator for the small ones
    return _paused()


_NOT_PAUSED = contextlib.nullcontext()


@contextlib.contextmanager
def _paused() -> Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@functools.cache
def _parser_client() -> AuthenticatedClient:
    """What the generated parsers are handed (they read one flag of it); never sends anything.

    Called before the first parse: it also makes the generated parsers decode with
    ``ango_hub._json.loads`` (orjson when installed; the same values and errors as
    ``response.json()``), which ``_json.use_orjson`` keeps in step from then on.
    """
    import ango_hub_api.types
    from ango_hub_api.client import AuthenticatedClient

    from . import _json

    _json.install_decoder(ango_hub_api.types)
    return AuthenticatedClient(base_url="", token="", prefix="", auth_header_name=HEADER_API_KEY)


@functools.cache
def _error_response_type() -> type[ErrorResponse]:
    from ango_hub_api.models.error_response import ErrorResponse

    return ErrorResponse


def _not_json(response: httpx.Response) -> bool:
    from . import _json  # imported already: the parse that failed came through _parser_client

    try:
        _json.loads(response.content)
    except ValueError:
        return True
    return False


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "BaseClient",
    "BaseResource",
    "PreparedCall",
    "Resumable",
    "TimeoutTypes",
    "ValidateResponses",
    "check_deadline",
    "check_path",
    "keep_body_only",
    "logger",
]
