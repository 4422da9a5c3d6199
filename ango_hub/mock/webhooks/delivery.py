"""How the mock sends webhooks: signed POSTs from a background thread, retried, logged.

:class:`WebhookDispatcher` takes :class:`WebhookDelivery` records (``submit``, which never
blocks: the API answer does not wait for a delivery) and POSTs each body to its URL from
one worker thread, in the order submitted, with ``Content-Type: application/json`` and
``X-Hub-Signature``. A delivery is tried at most :attr:`WebhookDispatcher.max_attempts`
times: again after a connection error, a timeout or a 5xx answer, waiting
:attr:`WebhookDispatcher.backoff` seconds between attempts; any other answer ends it.
Timeouts are short, redirects are not followed, proxies from the environment are not
used. URLs that are not ``http``/``https`` with a host are refused without a request, and
at most :attr:`WebhookDispatcher.max_pending` deliveries wait (later ones are dropped),
so that webhooks pointing anywhere (the contract tests create them with random URLs)
never flood anybody.

Every delivery is logged (:attr:`WebhookDispatcher.deliveries`, the most recent
:attr:`WebhookDispatcher.max_logged`) with its outcome; :meth:`WebhookDispatcher.wait`
lets a test wait for deliveries to finish without sleeping.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Literal

import httpx

__all__ = ["DeliveryOutcome", "WebhookDelivery", "WebhookDispatcher"]

logger = logging.getLogger("ango_hub.mock")

#: ``pending`` (waiting or being sent), ``delivered`` (a 2xx answer), ``failed`` (another
#: answer, or no answer after every attempt), ``refused`` (not an http(s) URL), ``dropped``
#: (too many deliveries waiting).
DeliveryOutcome = Literal["pending", "delivered", "failed", "refused", "dropped"]


@dataclass
class WebhookDelivery:
    """One webhook event sent (or to be sent) to one webhook."""

    webhook_id: str
    """The ``_id`` of the webhook."""
    url: str
    event: str
    """The trigger type: ``COMPLETED``, ``UPDATED`` or ``ACCEPTED``."""
    project_id: str
    task_id: str
    body: bytes = field(repr=False)
    """The exact bytes POSTed (a ``WebhookEvent``, JSON)."""
    signature: str = field(repr=False)
    """The ``X-Hub-Signature`` sent with it."""
    created_at: str
    attempts: int = 0
    """Requests sent so far."""
    status: int | None = None
    """The status code of the last answer (None: no answer)."""
    outcome: DeliveryOutcome = "pending"
    error: str | None = None
    """Why the last attempt failed, when it did."""

    @property
    def finished(self) -> bool:
        """Whether nothing more will be sent for it."""
        return self.outcome != "pending"


class WebhookDispatcher:
    """Sends webhook deliveries from a worker thread, started on the first delivery."""

    #: Requests per delivery at most.
    max_attempts = 3
    #: Seconds to wait before the second, third, ... attempt.
    backoff: tuple[float, ...] = (0.2, 1.0)
    #: Timeouts of one request.
    timeout = httpx.Timeout(5.0, connect=2.0)
    #: Deliveries waiting at most; later ones are dropped.
    max_pending = 1000
    #: Deliveries kept in the log (the oldest finished ones are forgotten first).
    max_logged = 10_000

    def __init__(self, transport: httpx.BaseTransport | None = None) -> None:
        self._transport = transport
        self._queue: queue.Queue[WebhookDelivery | None] = queue.Queue()
        self._condition = threading.Condition()
        self._log: list[WebhookDelivery] = []
        self._finished = 0
        self._worker: threading.Thread | None = None
        self._closed = False

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """The logged deliveries, oldest first (a copy of the list; the records are live)."""
        with self._condition:
            return list(self._log)

    def submit(self, delivery: WebhookDelivery) -> None:
        """Log ``delivery`` and queue it for sending (never blocks)."""
        with self._condition:
            self._log.append(delivery)
            if len(self._log) > self.max_logged:
                del self._log[: len(self._log) - self.max_logged]
            problem = _url_problem(delivery.url)
            if problem is not None:
                self._finish(delivery, "refused", problem)
                return
            if self._closed or self._queue.qsize() >= self.max_pending:
                self._finish(delivery, "dropped", "too many deliveries waiting (or the mock stopped)")
                return
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="ango-mock-webhooks", daemon=True)
                self._worker.start()
            self._queue.put(delivery)

    def wait(self, count: int, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until ``count`` deliveries in all have finished (delivered or not); return the log.

        Raises ``TimeoutError`` (saying how many finished) after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._finished < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"{self._finished} webhook deliveries finished within {timeout} s,"
                        f" {count} were expected ({len(self._log)} logged)"
                    )
                self._condition.wait(left)
            return list(self._log)

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker once the deliveries already queued are done (or ``timeout`` passes)."""
        with self._condition:
            self._closed = True
            worker = self._worker
        if worker is not None:
            self._queue.put(None)
            worker.join(timeout)

    def _finish(self, delivery: WebhookDelivery, outcome: DeliveryOutcome, error: str | None) -> None:
        # Called with the condition held.
        delivery.outcome = outcome
        delivery.error = error
        self._finished += 1
        self._condition.notify_all()

    def _run(self) -> None:
        with httpx.Client(
            timeout=self.timeout, follow_redirects=False, trust_env=False, transport=self._transport
        ) as client:
            while True:
                delivery = self._queue.get()
                if delivery is None:
                    return
                try:
                    self._deliver(client, delivery)
                except Exception as exc:  # pragma: no cover - a bug; never stop the worker
                    logger.exception("The mock failed to deliver a webhook")
                    with self._condition:
                        if not delivery.finished:
                            self._finish(delivery, "failed", f"the mock failed: {type(exc).__name__}")

    def _deliver(self, client: httpx.Client, delivery: WebhookDelivery) -> None:
        headers = {
            "Content-Type": "application/json",
            "X-Hub-Signature": delivery.signature,
            "User-Agent": "ango-hub-mock-webhooks",
        }
        while True:
            with self._condition:
                delivery.attempts += 1
            status: int | None = None
            error: str | None = None
            try:
                response = client.post(delivery.url, content=delivery.body, headers=headers)
                status = response.status_code
            except Exception as exc:  # any failure to send is a failed attempt
                # Not only httpx.HTTPError: a transport's own errors (httpcore's, when a test
                # runner re-imported it) must be retried alike, not end the delivery.
                error = f"{type(exc).__name__}: {exc}"
            retry = status is None or status >= 500
            with self._condition:
                delivery.status = status
                if status is not None and 200 <= status < 300:
                    self._finish(delivery, "delivered", None)
                    return
                if not retry or delivery.attempts >= self.max_attempts or self._closed:
                    self._finish(delivery, "failed", error or f"answered {status}")
                    return
                delivery.error = error or f"answered {status}"
            time.sleep(self.backoff[min(delivery.attempts - 1, len(self.backoff) - 1)])


def _url_problem(url: str) -> str | None:
    """Why the mock will not send to ``url`` (None when it will)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "not a valid URL"
    if parsed.scheme not in ("http", "https"):
        return f"not an http(s) URL (scheme {parsed.scheme!r})"
    if not parsed.host:
        return "the URL has no host"
    return None
