"""``ango_hub.mock.delivery``, a documented import path: re-exports :mod:`ango_hub.mock.webhooks.delivery`
(how the mock sends webhooks: :class:`WebhookDelivery`)."""

from __future__ import annotations

from .webhooks.delivery import DeliveryOutcome, WebhookDelivery, WebhookDispatcher

__all__ = ["DeliveryOutcome", "WebhookDelivery", "WebhookDispatcher"]
