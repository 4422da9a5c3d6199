"""Fault injection: a slow, rate-limited, failing and flaky mock, to test clients' reliability.

``create_app(faults=FaultConfig(...))`` (or the flags of ``python -m ango_hub.mock``) wraps
the whole app in :class:`FaultMiddleware`. Every fault is off by default:

* ``latency`` (+ up to ``latency_jitter``) seconds before every API request is handled;
* ``rate_limit``: requests per second per API key (``apikey`` header), a token bucket that
  holds up to one second's worth (at least one request). Beyond it: ``429`` with the
  spec's ``ErrorResponse`` (``"status": "fail"``) and ``Retry-After`` in whole seconds
  (1 or more). Rejected requests take no token;
* ``error_rate``: the probability of answering one of ``error_statuses`` (default 500,
  the one server error the spec documents for every operation) with an ``ErrorResponse``
  (``"status": "error"``) instead of handling the request; a 503 also has ``Retry-After``;
* ``drop_rate``: the probability of closing the connection without any response (the
  request is not handled): the client sees a disconnect, not an HTTP status;
* ``truncate_downloads``: the files the mock serves itself (``GET /mock/...``: export
  archives, uploaded files, storage files) announce their full ``Content-Length`` but the
  connection closes after half of the body. Only whole answers (200) are cut: the answer to
  a ``Range`` request (206, a resumed download of an export archive) is sent in full, so a
  client that resumes completes on its second request;
* ``seed``: the seed of the ``random.Random`` behind ``error_rate``, ``drop_rate`` and the
  jitter, so that a run can be repeated.

Latency, rate limit, errors and drops apply to the API (``/v2/...``) only, never to
``/openapi.yaml``; truncation to ``/mock/...`` downloads only. They are checked in that
order: a rate-limited request is neither dropped nor failed.

Closing a connection needs the server: with uvicorn (``serve_in_thread``, the command line)
the middleware closes its transport, so that the client sees the connection end (uvicorn
would answer an exception raised before the response with a 500). Under other servers
(in-process transports), it raises :class:`ConnectionDroppedError` instead.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..web.errors import error_body

__all__ = [
    "ConnectionDroppedError",
    "FaultConfig",
    "FaultMiddleware",
    "add_fault_arguments",
    "fault_config_from_arguments",
    "install_faults",
]

logger = logging.getLogger("ango_hub.mock.faults")

#: Where the files the mock serves itself live (exports, uploads, storage files).
DOWNLOAD_PREFIX = "/mock/"
#: How long to wait for the server to notice a connection it was asked to close.
_CLOSE_TIMEOUT = 5.0


@dataclass(frozen=True)
class FaultConfig:
    """Which faults the mock injects, and how often (see the module docstring); all off by default."""

    latency: float = 0.0
    """Seconds added before every API request is handled."""
    latency_jitter: float = 0.0
    """Up to this many more seconds, drawn uniformly for each request."""
    rate_limit: float | None = None
    """Requests per second per API key (None: no limit); beyond it, 429 with ``Retry-After``."""
    error_rate: float = 0.0
    """Probability (0 to 1) of answering one of ``error_statuses`` instead of the request."""
    error_statuses: tuple[int, ...] = (500,)
    """The server errors ``error_rate`` draws from (5xx; a 503 comes with ``Retry-After``)."""
    drop_rate: float = 0.0
    """Probability (0 to 1) of closing the connection without any response."""
    truncate_downloads: bool = False
    """Cut ``GET /mock/...`` downloads off after half of their announced ``Content-Length``."""
    seed: int | None = None
    """Seed of the random draws (None: a different run each time)."""

    def __post_init__(self) -> None:
        for name in ("latency", "latency_jitter"):
            _check_finite(name, getattr(self, name), minimum=0.0)
        if self.rate_limit is not None:
            _check_finite("rate_limit", self.rate_limit, minimum=0.0)
            if self.rate_limit <= 0:
                raise ValueError(f"rate_limit must be more than 0 requests per second, got {self.rate_limit}")
        for name in ("error_rate", "drop_rate"):
            _check_finite(name, getattr(self, name), minimum=0.0)
            if getattr(self, name) > 1:
                raise ValueError(f"{name} is a probability between 0 and 1, got {getattr(self, name)}")
        statuses = tuple(self.error_statuses)
        if not statuses:
            raise ValueError("error_statuses must name at least one status")
        for status in statuses:
            if isinstance(status, bool) or not isinstance(status, int) or not 500 <= status <= 599:
                raise ValueError(f"error_statuses must be server errors (500-599), got {status!r}")
        object.__setattr__(self, "error_statuses", statuses)

    @property
    def active(self) -> bool:
        """True when at least one fault is on."""
        return bool(
            self.latency
            or self.latency_jitter
            or self.rate_limit is not None
            or self.error_rate
            or self.drop_rate
            or self.truncate_downloads
        )


def _check_finite(name: str, value: object, *, minimum: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value) or value < minimum:
        raise ValueError(f"{name} must be a finite number of at least {minimum:g}, got {value}")


class ConnectionDroppedError(ConnectionError):
    """Raised by :class:`FaultMiddleware` to drop a connection when it cannot close it itself."""


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass
class _RateLimiter:
    """A token bucket per key: ``rate`` tokens a second, at most ``max(rate, 1)`` saved up."""

    rate: float
    clock: Callable[[], float]
    buckets: dict[str, _Bucket] = field(default_factory=dict)

    @property
    def capacity(self) -> float:
        return max(self.rate, 1.0)

    def take(self, key: str) -> float:
        """Take a token for ``key``: 0 when there was one, else the seconds until there is."""
        now = self.clock()
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = _Bucket(self.capacity, now)
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / self.rate


class FaultMiddleware:
    """ASGI middleware injecting the faults of a :class:`FaultConfig` (see the module docstring).

    ``api_prefix`` is the path prefix of the API (``/v2``). ``clock`` (seconds, monotonic)
    drives the rate limiter and ``sleep`` the latency; both are replaceable for tests.
    It must be the outermost layer, so that ``send`` is the server's own (see
    :func:`install_faults`).
    """

    def __init__(
        self,
        app: ASGIApp,
        config: FaultConfig,
        *,
        api_prefix: str = "/v2",
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = asyncio.sleep,
    ) -> None:
        self.app = app
        self.config = config
        self.api_prefix = api_prefix.rstrip("/")
        self.random = random.Random(config.seed)
        self.sleep = sleep
        self.limiter = _RateLimiter(config.rate_limit, clock) if config.rate_limit is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path == self.api_prefix or path.startswith(self.api_prefix + "/"):
            await self._api(scope, receive, send)
        elif self.config.truncate_downloads and path.startswith(DOWNLOAD_PREFIX) and scope["method"] == "GET":
            await self._truncated(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _api(self, scope: Scope, receive: Receive, send: Send) -> None:
        config = self.config
        delay = config.latency
        if config.latency_jitter:
            delay += self.random.uniform(0.0, config.latency_jitter)
        if delay > 0:
            await self.sleep(delay)
        if self.limiter is not None:
            wait = self.limiter.take(_api_key(scope))
            if wait > 0:
                retry_after = max(1, math.ceil(wait))
                message = f"Too many requests, retry in {retry_after} s (limit: {config.rate_limit:g}/s)"
                await _answer(scope, receive, send, 429, message, retry_after)
                return
        if config.drop_rate and self.random.random() < config.drop_rate:
            logger.info("Dropping the connection of %s %s", scope["method"], scope["path"])
            await _drain(receive)
            await _close(send, "The mock dropped the connection (drop_rate)")
            return
        if config.error_rate and self.random.random() < config.error_rate:
            status = self.random.choice(config.error_statuses)
            message = f"Internal error injected by the mock (error_rate={config.error_rate:g})"
            await _answer(scope, receive, send, status, message, 1 if status == 503 else None)
            return
        await self.app(scope, receive, send)

    async def _truncated(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        await self.app(scope, receive, capture)
        if start is None:  # pragma: no cover - the app always answers
            return
        body = b"".join(chunks)
        headers = [
            (name, value)
            for name, value in start.get("headers", [])
            if name.lower() not in (b"content-length", b"transfer-encoding")
        ]
        headers.append((b"content-length", str(len(body)).encode("ascii")))
        await send({**start, "headers": headers})
        if start["status"] != 200 or len(body) < 2:
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return
        logger.info("Truncating %s at %d of %d bytes", scope["path"], len(body) // 2, len(body))
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        await _close(send, "The mock cut the download short (truncate_downloads)")


def _api_key(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name.lower() == b"apikey":
            return bytes(value).decode("latin-1")
    return ""


async def _answer(
    scope: Scope, receive: Receive, send: Send, status: int, message: str, retry_after: int | None
) -> None:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    response = JSONResponse(error_body(status, message), status_code=status, headers=headers)
    await response(scope, receive, send)


async def _drain(receive: Receive) -> None:
    """Read the request's body, so that closing the connection is not a reset."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _close(send: Send, reason: str) -> None:
    """Close the connection without (the rest of) a response.

    With uvicorn, ``send`` is a method of the request's cycle, which holds the transport:
    close it (after what was already written) and wait until the server saw the connection
    end, so that it neither answers 500 nor logs an error. Otherwise raise
    :class:`ConnectionDroppedError`.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    close = getattr(transport, "close", None)
    if not callable(close) or not hasattr(cycle, "disconnected"):
        raise ConnectionDroppedError(reason)
    close()
    deadline = time.monotonic() + _CLOSE_TIMEOUT
    while not getattr(cycle, "disconnected", True) and time.monotonic() < deadline:
        await asyncio.sleep(0.001)


def install_faults(app: Starlette, config: FaultConfig, *, api_prefix: str = "/v2") -> None:
    """Wrap ``app`` in :class:`FaultMiddleware`, outside all of its other middleware.

    Starlette's own outermost middleware wraps ``send``, which would hide the server's
    transport; so the middleware goes around the stack Starlette builds. ``app.state.faults``
    holds the configuration.
    """
    build = app.build_middleware_stack

    def build_with_faults() -> ASGIApp:
        return FaultMiddleware(build(), config, api_prefix=api_prefix)

    app.build_middleware_stack = build_with_faults  # type: ignore[method-assign]
    app.state.faults = config


# -- command line -------------------------------------------------------------------------


def _seconds(text: str) -> float:
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, got {text}")
    return value


def _rate(text: str) -> float:
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 requests per second, got {text}")
    return value


def _probability(text: str) -> float:
    value = _number(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be a probability between 0 and 1, got {text}")
    return value


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def add_fault_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the fault flags (``--latency``, ``--rate-limit``, ...) to a command line."""
    group = parser.add_argument_group("fault injection (API routes only; see ango_hub.mock.faults)")
    group.add_argument(
        "--latency", type=_seconds, default=0.0, metavar="SECONDS", help="delay every API request"
    )
    group.add_argument(
        "--rate-limit",
        type=_rate,
        default=None,
        metavar="RPS",
        help="requests per second per API key; beyond it 429 with Retry-After",
    )
    group.add_argument(
        "--error-rate", type=_probability, default=0.0, metavar="P", help="probability of a 500 answer"
    )
    group.add_argument(
        "--drop-rate",
        type=_probability,
        default=0.0,
        metavar="P",
        help="probability of closing the connection without a response",
    )
    group.add_argument(
        "--truncate-downloads",
        action="store_true",
        help="cut export and file downloads (/mock/...) off halfway",
    )
    group.add_argument("--fault-seed", type=int, default=None, metavar="N", help="seed of the random faults")


def fault_config_from_arguments(args: argparse.Namespace) -> FaultConfig | None:
    """The :class:`FaultConfig` of parsed flags (see :func:`add_fault_arguments`); None if all off."""
    config = FaultConfig(
        latency=args.latency,
        rate_limit=args.rate_limit,
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
        truncate_downloads=args.truncate_downloads,
        seed=args.fault_seed,
    )
    return config if config.active else None
