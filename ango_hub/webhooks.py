"""Receive Ango Hub's webhooks: check their signature, read their body, serve them.

Ango Hub POSTs the label of a task (a :class:`WebhookEvent`: one record of the export
format, the asset's fields and the task under ``task``) to a webhook's URL when one of its
trigger types happens in its project (``COMPLETED``: an annotator submits, ``UPDATED``:
they save, ``ACCEPTED``: a reviewer accepts). The body is signed: the ``X-Hub-Signature``
header holds the HMAC-SHA1 of the raw body keyed with the webhook's secret, as 40
hexadecimal characters (no ``sha1=`` prefix).

* :func:`verify_signature` checks a body against its header (constant time), raising
  :class:`WebhookSignatureError`;
* :func:`parse_event` reads a body into a :class:`WebhookEvent`, raising
  :class:`WebhookPayloadError`;
* :func:`webhook_app` is a small ASGI app doing both and calling your function; serve it
  with any ASGI server (uvicorn, hypercorn) or mount it in an ASGI framework. It needs
  nothing beyond the core install.
* :func:`sign` computes a signature (to test a receiver).

The signature covers the body only: Ango Hub sends no timestamp or delivery id, so a
replayed request verifies. Make handlers idempotent (see ``docs/webhooks.md``).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import inspect
import json
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

from ._errors import AngoHubError

if TYPE_CHECKING:
    from ango_hub_api.models.webhook_event import WebhookEvent

__all__ = [
    "MAX_BODY_BYTES",
    "SIGNATURE_HEADER",
    "WebhookError",
    "WebhookEvent",
    "WebhookHandler",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "parse_event",
    "sign",
    "verify_signature",
    "webhook_app",
]

#: The header that carries the signature.
SIGNATURE_HEADER = "X-Hub-Signature"
#: The largest body :func:`webhook_app` reads (bytes); larger ones are answered 413.
MAX_BODY_BYTES = 10 * 1024 * 1024

logger = logging.getLogger("ango_hub.webhooks")

_HEX_SHA1 = re.compile(r"[0-9a-fA-F]{40}")


def __getattr__(name: str) -> Any:
    # The generated model is imported on first use: ``import ango_hub.webhooks`` stays cheap.
    if name == "WebhookEvent":
        from ango_hub_api.models.webhook_event import WebhookEvent

        return WebhookEvent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class WebhookError(AngoHubError):
    """A webhook request that cannot be accepted."""


class WebhookSignatureError(WebhookError):
    """The ``X-Hub-Signature`` header is missing, malformed, or does not match the body.

    The message says which; it never holds the secret or the expected signature.
    """


class WebhookPayloadError(WebhookError):
    """The body of a webhook request is not a webhook event (not JSON, not an object, wrong types)."""


def _body_bytes(body: object) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        raise TypeError(
            "body must be the raw bytes of the request, as received (e.g. `await request.body()`, "
            "Flask's `request.get_data()`), not a str: the signature covers the exact bytes sent, "
            "and a decoded or re-serialized body may differ from them"
        )
    raise TypeError(f"body must be bytes, got {type(body).__name__}")


def _secret_bytes(secret: object, *, allow_empty: bool) -> bytes:
    if isinstance(secret, str):
        key = secret.encode("utf-8")
    elif isinstance(secret, bytes | bytearray):
        key = bytes(secret)
    else:
        raise TypeError(f"secret must be a str or bytes, got {type(secret).__name__}")
    if not key and not allow_empty:
        raise ValueError(
            "secret must not be empty: give the webhook's secret (an empty one lets anybody sign)"
        )
    return key


def sign(body: bytes, secret: str | bytes) -> str:
    """The ``X-Hub-Signature`` of ``body``: its HMAC-SHA1 keyed with ``secret`` (a str is
    UTF-8 encoded), as 40 lowercase hexadecimal characters."""
    return hmac.new(_secret_bytes(secret, allow_empty=True), _body_bytes(body), hashlib.sha1).hexdigest()


def verify_signature(body: bytes, header: str | None, secret: str | bytes) -> None:
    """Check that ``header`` (the ``X-Hub-Signature`` value) signs ``body`` with ``secret``.

    ``body`` is the raw request body (bytes: a ``str`` is a ``TypeError``, since decoding
    or re-serializing may change the bytes that were signed). The comparison takes constant
    time. Returns None when the signature matches; raises :class:`WebhookSignatureError`
    when the header is missing (None or empty), malformed (not 40 hexadecimal characters),
    or does not match. ``ValueError`` for an empty secret.
    """
    data = _body_bytes(body)
    key = _secret_bytes(secret, allow_empty=False)
    if header is not None and not isinstance(header, str):
        raise TypeError(f"header must be a str or None, got {type(header).__name__}")
    if header is None or not header.strip():
        raise WebhookSignatureError(
            f"The request has no {SIGNATURE_HEADER} header: it was not signed by Ango Hub "
            "(or a proxy dropped the header)"
        )
    value = header.strip()
    if not _HEX_SHA1.fullmatch(value):
        hint = (
            " (Ango Hub sends the bare digest, without 'sha1=')" if value.lower().startswith("sha1=") else ""
        )
        raise WebhookSignatureError(
            f"The {SIGNATURE_HEADER} header is malformed: expected 40 hexadecimal characters, "
            f"got {len(value)} characters{hint}"
        )
    expected = hmac.new(key, data, hashlib.sha1).hexdigest()
    if not hmac.compare_digest(expected.encode("ascii"), value.lower().encode("ascii")):
        raise WebhookSignatureError(
            f"The {SIGNATURE_HEADER} signature does not match the body: the body was changed, "
            "or it was signed with another secret"
        )


def parse_event(body: bytes | str) -> WebhookEvent:
    """Read a webhook body (JSON) into a :class:`WebhookEvent` (fields it does not know are kept).

    Verify the signature first (:func:`verify_signature`). Raises
    :class:`WebhookPayloadError` when the body is not UTF-8 JSON, not a JSON object, or has
    a field of the wrong type.
    """
    from ango_hub_api.models.webhook_event import WebhookEvent

    if isinstance(body, bytes | bytearray | memoryview):
        try:
            text = bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WebhookPayloadError(
                f"The webhook body is not UTF-8 text: {exc.reason} at byte {exc.start}"
            ) from None
    elif isinstance(body, str):
        text = body
    else:
        raise TypeError(f"body must be bytes, got {type(body).__name__}")
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise WebhookPayloadError(f"The webhook body is not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise WebhookPayloadError(
            f"The webhook body is not a JSON object (a webhook event), but a {type(document).__name__}"
        )
    try:
        return WebhookEvent.from_dict(document)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookPayloadError(
            "The webhook body is not a webhook event: a field has the wrong type"
            f" ({type(exc).__name__}: {exc})"
        ) from None


#: What :func:`webhook_app` calls with each verified event: a function or a coroutine function.
WebhookHandler = Callable[["WebhookEvent"], Awaitable[object] | object]

_Scope = MutableMapping[str, Any]
_Message = MutableMapping[str, Any]
_Receive = Callable[[], Awaitable[_Message]]
_Send = Callable[[_Message], Awaitable[None]]
ASGIApp = Callable[[_Scope, _Receive, _Send], Awaitable[None]]


class _TooLargeError(Exception):
    pass


def webhook_app(
    handler: WebhookHandler,
    *,
    secret: str | bytes,
    path: str = "/",
    max_body_bytes: int = MAX_BODY_BYTES,
) -> ASGIApp:
    """An ASGI app that receives Ango Hub's webhooks at ``path`` and calls ``handler(event)``.

    For each ``POST`` to ``path`` it reads the body (at most ``max_body_bytes``, else
    413), checks its ``X-Hub-Signature`` with ``secret`` (401 when missing, malformed or
    wrong: the handler is not called), parses it into a :class:`WebhookEvent` (400 when
    it is not one), then calls ``handler`` and answers 200 ``{"status": "ok"}`` once it
    returns. The handler runs **before** the answer, so keep it short (store or enqueue
    the event, work on it elsewhere): the sender waits. A coroutine function is awaited; a
    plain function runs in a worker thread (the event loop stays free). An exception in
    the handler answers 500 with no detail (it is logged on the ``ango_hub.webhooks``
    logger). Other methods answer 405, other paths 404. Error answers are JSON
    ``{"status": "error", "message": ...}`` and never hold the secret or a signature.

    Plain ASGI: serve it with uvicorn (``uvicorn.run(app)``), or mount it in Starlette or
    FastAPI. Lifespan events are accepted.
    """
    if not callable(handler):
        raise TypeError(f"handler must be callable, got {type(handler).__name__}")
    key = _secret_bytes(secret, allow_empty=False)
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"path must start with '/', got {path!r}")
    if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int) or max_body_bytes < 1:
        raise ValueError(f"max_body_bytes must be a positive int, got {max_body_bytes!r}")
    is_async = inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(
        getattr(handler, "__call__", None)  # noqa: B004 - an instance with an async __call__
    )

    async def app(scope: _Scope, receive: _Receive, send: _Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["path"] != path:
            await _answer(send, 404, "error", f"Not found: {scope['path']}")
            return
        if scope["method"] != "POST":
            await _answer(send, 405, "error", "Only POST is accepted", allow=True)
            return
        try:
            body = await _read_body(scope, receive, max_body_bytes)
        except _TooLargeError:
            await _answer(send, 413, "error", f"The body is larger than {max_body_bytes} bytes")
            return
        header = _header(scope, SIGNATURE_HEADER)
        try:
            verify_signature(body, header, key)
            event = parse_event(body)
        except WebhookSignatureError as exc:
            await _answer(send, 401, "error", str(exc))
            return
        except WebhookPayloadError as exc:
            await _answer(send, 400, "error", str(exc))
            return
        try:
            if is_async:
                await handler(event)  # type: ignore[misc]
            else:
                await asyncio.to_thread(handler, event)
        except Exception:
            logger.exception("The webhook handler failed")
            await _answer(send, 500, "error", "The webhook handler failed")
            return
        await _answer(send, 200, "ok", None)

    return app


async def _lifespan(receive: _Receive, send: _Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _header(scope: _Scope, name: str) -> str | None:
    wanted = name.lower().encode("latin-1")
    for key, value in scope.get("headers", []):
        if key.lower() == wanted:
            return bytes(value).decode("latin-1")
    return None


async def _read_body(scope: _Scope, receive: _Receive, limit: int) -> bytes:
    declared = _header(scope, "content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise _TooLargeError
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLargeError
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _answer(
    send: _Send, status: int, outcome: str, message: str | None, *, allow: bool = False
) -> None:
    payload: dict[str, str] = {"status": outcome}
    if message is not None:
        payload["message"] = message
    content = json.dumps(payload).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(content)).encode("ascii"))]
    if allow:
        headers.append((b"allow", b"POST"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})
