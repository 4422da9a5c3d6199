"""``ango_hub.mock.receiver``, a documented import path: re-exports :mod:`ango_hub.mock.webhooks.receiver`
(a webhook receiver for tests: :class:`WebhookReceiver`)."""

from __future__ import annotations

from .webhooks.receiver import ReceivedRequest, WebhookReceiver, serve_webhook_receiver

__all__ = ["ReceivedRequest", "WebhookReceiver", "serve_webhook_receiver"]
