"""The mock delivers webhooks: signed events reach a receiver built with ``ango_hub.webhooks``."""

from __future__ import annotations

import json
import socket

import httpx
import pytest
from _hostile import CANARY, leaks

from ango_hub.mock.receiver import WebhookReceiver
from ango_hub.mock.state import MockState
from ango_hub.testing import MockFactory, MockHub
from ango_hub.webhooks import SIGNATURE_HEADER, parse_event, sign, verify_signature


def arrange(mock: MockHub, stages: list[str] | None = None) -> tuple[str, list[str]]:
    project_id = mock.state.add_project("Hooks", stages=stages or ["Label", "Review"])
    return project_id, mock.state.add_tasks(project_id, 2)


def test_a_submitted_task_reaches_the_receiver_signed(
    ango_mock_factory: MockFactory, ango_webhook_receiver: WebhookReceiver
) -> None:
    mock = ango_mock_factory(seed=None, api_key=CANARY, validate_responses=True)
    project_id, (task_id, _) = arrange(mock)
    receiver = ango_webhook_receiver
    with mock.client() as hub:
        hub.projects.create_webhook(project_id, receiver.url, ["COMPLETED"], secret=receiver.secret)
        hub.labels.annotate(task_id, {"objects": [], "classifications": []})  # a save: not COMPLETED
        hub.labels.annotate(task_id, {"objects": [], "classifications": []}, next_stage=True)
    [event] = receiver.wait(1)
    assert event.task.task_id == task_id  # type: ignore[union-attr]
    assert event.task.stage == "Review"  # type: ignore[union-attr]  # where the submit took it
    [request] = receiver.requests
    assert request.status == 200
    assert request.headers["content-type"] == "application/json"
    verify_signature(request.body, request.headers[SIGNATURE_HEADER.lower()], receiver.secret)
    [delivery] = mock.wait_for_deliveries(1)
    assert (delivery.event, delivery.url, delivery.task_id) == ("COMPLETED", receiver.url, task_id)
    assert (delivery.outcome, delivery.status, delivery.attempts) == ("delivered", 200, 1)
    assert delivery.body == request.body
    # The body is the task's export record: what an export of the project holds for it.
    assert json.loads(delivery.body)["task"]["taskId"] == task_id
    everything = repr(receiver.requests) + str(request.headers) + request.body.decode() + repr(delivery)
    assert not leaks(everything)
    assert CANARY not in request.body.decode()


def test_each_trigger_type_fires_for_its_webhooks_only(
    ango_mock_factory: MockFactory, ango_webhook_receiver: WebhookReceiver
) -> None:
    mock = ango_mock_factory(seed=None)
    project_id, (first, second) = arrange(mock)
    other_project, _ = arrange(mock)
    receiver = ango_webhook_receiver
    with mock.client() as hub:
        hub.projects.create_webhook(
            project_id, receiver.url, ["COMPLETED", "UPDATED", "ACCEPTED"], secret=receiver.secret
        )
        hub.labels.annotate(first, {"objects": []})
        hub.labels.annotate(first, {"objects": []}, next_stage=True)
        hub.tasks.review(first, "Todo")  # not an acceptance: nothing
        hub.tasks.review(first, "Accepted")
        [other_task] = mock.state.tasks.list(other_project)[:1]
        hub.labels.annotate(other_task["_id"], {"objects": []})  # another project: nothing
    mock.state.label_task(second, {"objects": []})  # the test-data API fires nothing
    deliveries = mock.wait_for_deliveries(3)
    assert [(d.event, d.task_id, d.outcome) for d in deliveries] == [
        ("UPDATED", first, "delivered"),
        ("COMPLETED", first, "delivered"),
        ("ACCEPTED", first, "delivered"),
    ]
    assert len(receiver.wait(3)) == 3


def refused_by_receiver(receiver: WebhookReceiver, body: bytes, headers: dict[str, str]) -> int:
    response = httpx.post(receiver.url, content=body, headers=headers, timeout=10)
    return response.status_code


def test_tampered_wrongly_signed_and_unsigned_events_are_refused(
    ango_mock_factory: MockFactory, ango_webhook_receiver: WebhookReceiver
) -> None:
    mock = ango_mock_factory(seed=None)
    project_id, (task_id, _) = arrange(mock)
    receiver = ango_webhook_receiver
    with mock.client() as hub:
        hub.projects.create_webhook(project_id, receiver.url, ["UPDATED"], secret=receiver.secret)
        hub.labels.annotate(task_id, {"objects": []})
    [delivery] = mock.wait_for_deliveries(1)
    genuine = delivery.body
    tampered = genuine.replace(task_id.encode(), b"f" * len(task_id))
    assert tampered != genuine
    json_type = {"Content-Type": "application/json"}
    assert refused_by_receiver(receiver, tampered, {**json_type, SIGNATURE_HEADER: delivery.signature}) == 401
    wrong = sign(genuine, "not the secret")
    assert refused_by_receiver(receiver, genuine, {**json_type, SIGNATURE_HEADER: wrong}) == 401
    assert refused_by_receiver(receiver, genuine, json_type) == 401
    assert [request.status for request in receiver.requests] == [200, 401, 401, 401]
    assert len(receiver.events) == 1


def test_a_webhook_with_another_secret_is_refused_by_the_receiver(
    ango_mock_factory: MockFactory, ango_webhook_receiver: WebhookReceiver
) -> None:
    mock = ango_mock_factory(seed=None)
    project_id, (task_id, _) = arrange(mock)
    with mock.client() as hub:
        hub.projects.create_webhook(project_id, ango_webhook_receiver.url, ["UPDATED"], secret="other")
        hub.labels.annotate(task_id, {"objects": []})
    [delivery] = mock.wait_for_deliveries(1)
    # 401 is final: the mock retries only connection errors and 5xx answers.
    assert (delivery.outcome, delivery.status, delivery.attempts) == ("failed", 401, 1)
    assert ango_webhook_receiver.events == []


def test_5xx_answers_are_retried(
    ango_mock_factory: MockFactory, ango_webhook_receiver: WebhookReceiver
) -> None:
    mock = ango_mock_factory(seed=None)
    mock.state.webhooks.dispatcher.backoff = (0.0,)
    project_id, (task_id, _) = arrange(mock)
    receiver = ango_webhook_receiver
    receiver.fail_next(2, status=503)
    with mock.client() as hub:
        hub.projects.create_webhook(project_id, receiver.url, ["UPDATED"], secret=receiver.secret)
        hub.labels.annotate(task_id, {"objects": []})
    [delivery] = mock.wait_for_deliveries(1)
    assert (delivery.outcome, delivery.status, delivery.attempts) == ("delivered", 200, 3)
    assert [request.status for request in receiver.requests] == [503, 503, 200]
    assert len({request.body for request in receiver.requests}) == 1
    [event] = receiver.events
    assert event.task.task_id == task_id  # type: ignore[union-attr]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_unreachable_urls_fail_after_bounded_attempts(ango_mock_factory: MockFactory) -> None:
    mock = ango_mock_factory(seed=None)
    dispatcher = mock.state.webhooks.dispatcher
    dispatcher.backoff = (0.0,)
    project_id, (task_id, _) = arrange(mock)
    url = f"http://127.0.0.1:{closed_port()}/hook"
    with mock.client() as hub:
        hub.projects.create_webhook(project_id, url, ["UPDATED"], secret="s")
        # The answer does not depend on the delivery.
        assert hub.labels.annotate(task_id, {"objects": []}).task.id == task_id
    [delivery] = mock.wait_for_deliveries(1)
    assert delivery.outcome == "failed"
    assert delivery.attempts == dispatcher.max_attempts == 3
    assert delivery.status is None
    assert "ConnectError" in (delivery.error or "")


def test_urls_that_are_not_http_are_never_called() -> None:
    state = MockState()
    project_id = state.add_project("Hooks", stages=["Label"])
    [task_id] = state.add_tasks(project_id, 1)
    hook = state.webhooks.create(project_id)
    hook.update(url="file:///etc/passwd", types=["UPDATED"])
    from ango_hub.mock.webhooks.events import fire_webhooks

    assert fire_webhooks(state, state.tasks.documents[task_id], "UPDATED") == 1
    [delivery] = state.wait_for_webhook_deliveries(1, timeout=5)
    assert (delivery.outcome, delivery.attempts) == ("refused", 0)
    assert "not an http(s) URL" in (delivery.error or "")


def test_the_event_is_the_spec_s_webhook_event(ango_mock_factory: MockFactory) -> None:
    mock = ango_mock_factory(seed="demo", validate_responses=True)
    project = next(p for p in mock.state.projects.list() if p["name"] == "Vehicle detection")
    task = mock.state.tasks.list(project["_id"])[0]
    url = f"http://127.0.0.1:{closed_port()}/hook"
    mock.state.webhooks.dispatcher.max_attempts = 1
    with mock.client() as hub:
        hub.projects.create_webhook(project["_id"], url, ["UPDATED"], secret="s")
        hub.labels.annotate(task["_id"], {"objects": []})
    [delivery] = mock.wait_for_deliveries(1)
    spec = mock.app.state.spec
    violation = spec.violation(
        json.loads(delivery.body), spec.document["components"]["schemas"]["WebhookEvent"]
    )
    assert violation is None
    assert parse_event(delivery.body).task.task_id == task["_id"]  # type: ignore[union-attr]


def test_waiting_for_deliveries_that_never_come_times_out(ango_mock_factory: MockFactory) -> None:
    mock = ango_mock_factory(seed=None)
    with pytest.raises(TimeoutError, match="0 webhook deliveries finished"):
        mock.wait_for_deliveries(1, timeout=0.05)
