"""The webhook events of the mock: what fires them, and what they carry.

A webhook added with ``create_webhook`` fires for the tasks of its project, when one of its
``types`` happens through the API: ``COMPLETED`` when a task is submitted
(``annotate_task`` with ``nextStage=true``), ``UPDATED`` when it is saved
(``annotate_task`` without it), ``ACCEPTED`` when a reviewer accepts it (``review_task``
with ``Accepted``). The test-data API (``label_task``, ...) and label imports fire nothing.

The body is the spec's ``WebhookEvent``: the task's export record (see
:func:`ango_hub.mock.files.export_records.task_record`) as the task is once the call is done,
compact JSON, signed with the webhook's secret (``X-Hub-Signature``, see
:func:`ango_hub.webhooks.sign`). The bodies are built under the store's lock, while the
call is handled; they are sent afterwards by :mod:`ango_hub.mock.webhooks.delivery`.
"""

from __future__ import annotations

import json

from ango_hub.webhooks import sign

from ..files.export_records import task_record
from ..state import MockState
from ..state.base import Json
from .delivery import WebhookDelivery

__all__ = ["fire_webhooks"]


def fire_webhooks(state: MockState, task: Json, event: str) -> int:
    """Send ``event`` about ``task`` to every webhook of its project that listens to it.

    Returns how many deliveries were queued (none are waited for).
    """
    with state.lock:
        hooks = [hook for hook in state.webhooks.list(task["project"]) if event in hook.get("types", [])]
        if not hooks:
            return 0
        project = state.projects.documents[task["project"]]
        record = task_record(state, project, task)
        body = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        now = state.timestamp()
        dispatcher = state.webhooks.dispatcher
        for hook in hooks:
            dispatcher.submit(
                WebhookDelivery(
                    webhook_id=hook["_id"],
                    url=hook["url"],
                    event=event,
                    project_id=task["project"],
                    task_id=task["_id"],
                    body=body,
                    signature=sign(body, hook.get("secret") or ""),
                    created_at=now,
                )
            )
        return len(hooks)
