"""A webhook receiver for tests: :func:`ango_hub.webhooks.webhook_app` served on 127.0.0.1,
recording what reaches it (the pytest fixture ``ango_webhook_receiver`` gives one)."""

from __future__ import annotations

import contextvars
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ango_hub.webhooks import webhook_app

from ..server import serve_in_thread

if TYPE_CHECKING:
    from ango_hub_api.models.webhook_event import WebhookEvent

__all__ = ["ReceivedRequest", "WebhookReceiver", "serve_webhook_receiver"]

#: The events of the request being served (the handler runs in its context, or a copy of it).
_REQUEST_EVENTS: contextvars.ContextVar[list[WebhookEvent]] = contextvars.ContextVar("_REQUEST_EVENTS")


@dataclass(frozen=True)
class ReceivedRequest:
    """One request that reached the receiver, whatever it was answered."""

    method: str
    path: str
    headers: dict[str, str] = field(repr=False)
    """Header names in lower case."""
    body: bytes = field(repr=False)
    status: int
    """What the receiver answered: 200 (accepted), 401 (bad signature), 400, 405, ..."""


class WebhookReceiver:
    """Receives webhooks at :attr:`url`, checks them with :attr:`secret`, records them.

    :attr:`events` holds the verified events (``WebhookEvent``), :attr:`requests` every
    request (refused ones too, with the status answered); :meth:`wait` waits for events.
    :meth:`fail_next` makes the next requests fail (to see a sender retry).
    """

    def __init__(self, secret: str | None = None, path: str = "/hook") -> None:
        self.secret: str = secret if secret is not None else secrets.token_hex(16)
        """The secret to give the webhook (``create_webhook(..., secret=receiver.secret)``)."""
        self.path = path
        self.url = ""
        """Where it listens (``http://127.0.0.1:<port>/hook``), once served."""
        self._condition = threading.Condition()
        self._events: list[WebhookEvent] = []
        self._requests: list[ReceivedRequest] = []
        self._failures: list[int] = []
        self._inner = webhook_app(self._record_event, secret=self.secret, path=path)

    @property
    def events(self) -> list[WebhookEvent]:
        """The verified events received, oldest first."""
        with self._condition:
            return list(self._events)

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Every request received, oldest first."""
        with self._condition:
            return list(self._requests)

    def fail_next(self, count: int = 1, status: int = 503) -> None:
        """Answer the next ``count`` requests with ``status`` without looking at them."""
        with self._condition:
            self._failures.extend([status] * count)

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[WebhookEvent]:
        """Wait until ``count`` events in all were received; return :attr:`events`.

        Raises ``TimeoutError`` after ``timeout`` seconds, saying what did arrive.
        """
        deadline = time.monotonic() + timeout
        with self._condition:
            while len(self._events) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    refused = [request.status for request in self._requests if request.status != 200]
                    raise TimeoutError(
                        f"{len(self._events)} webhook event(s) received within {timeout} s, {count} expected"
                        f" ({len(refused)} request(s) refused, statuses {refused[:10]})"
                    )
                self._condition.wait(left)
            return list(self._events)

    def _record_event(self, event: WebhookEvent) -> None:
        # Kept with its request, recorded once the answer is sent (see __call__).
        _REQUEST_EVENTS.get().append(event)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """The ASGI app: :func:`~ango_hub.webhooks.webhook_app`, with every request recorded."""
        if scope["type"] != "http":
            await self._inner(scope, receive, send)
            return
        chunks: list[bytes] = []
        answered: list[int] = []
        events: list[WebhookEvent] = []
        recorded = False

        def record() -> None:
            # Before the last byte of the answer leaves: a sender that has its answer finds
            # the request in :attr:`requests` (no race with a test reading it at once).
            nonlocal recorded
            if recorded:
                return
            recorded = True
            headers = {
                bytes(k).decode("latin-1").lower(): bytes(v).decode("latin-1") for k, v in scope["headers"]
            }
            request = ReceivedRequest(
                method=scope["method"],
                path=scope["path"],
                headers=headers,
                body=b"".join(chunks),
                status=answered[0] if answered else 500,
            )
            with self._condition:
                self._requests.append(request)
                self._events.extend(events)
                self._condition.notify_all()

        async def recording_receive() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        async def recording_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                answered.append(message["status"])
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                record()
            await send(message)

        _REQUEST_EVENTS.set(events)
        with self._condition:
            failure = self._failures.pop(0) if self._failures else None
        try:
            if failure is None:
                await self._inner(scope, recording_receive, recording_send)
            else:
                while (await recording_receive()).get("more_body", False):
                    pass
                await recording_send({"type": "http.response.start", "status": failure, "headers": []})
                await recording_send({"type": "http.response.body", "body": b""})
        finally:
            record()


@contextmanager
def serve_webhook_receiver(secret: str | None = None, path: str = "/hook") -> Iterator[WebhookReceiver]:
    """Serve a new :class:`WebhookReceiver` on a free port of 127.0.0.1 for the ``with`` block."""
    receiver = WebhookReceiver(secret, path)
    with serve_in_thread(receiver) as base_url:
        receiver.url = base_url.rsplit("/v2", 1)[0] + path
        yield receiver
