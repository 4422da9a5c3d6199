"""``ango_hub.webhooks``: signatures, events, and the ASGI receiver (over HTTP, in process)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from typing import Any

import httpx
import pytest

import ango_hub
from ango_hub.webhooks import (
    MAX_BODY_BYTES,
    SIGNATURE_HEADER,
    WebhookEvent,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_event,
    sign,
    verify_signature,
    webhook_app,
)

SECRET = "s3cret-of-the-hook"
EVENT = {
    "asset": "https://example.com/a.jpg",
    "externalId": "a.jpg",
    "metadata": {"width": 10},
    "batches": ["First"],
    "task": {
        "taskId": "t1",
        "stage": "Review",
        "stageId": "s1",
        "updatedAt": "2025-01-02T03:04:05.000Z",
        "tools": [],
        "classifications": [],
        "relations": [],
    },
    "somethingNew": 1,
}
BODY = json.dumps(EVENT).encode()


def test_sign_is_the_hex_hmac_sha1_of_the_body() -> None:
    expected = hmac.new(SECRET.encode(), BODY, hashlib.sha1).hexdigest()
    assert sign(BODY, SECRET) == expected == sign(BODY, SECRET.encode())
    assert len(expected) == 40
    assert not expected.startswith("sha1=")


def test_a_good_signature_verifies_in_any_case() -> None:
    verify_signature(BODY, sign(BODY, SECRET), SECRET)
    verify_signature(BODY, sign(BODY, SECRET).upper(), SECRET.encode())
    verify_signature(bytearray(BODY), sign(BODY, SECRET), SECRET)


@pytest.mark.parametrize(
    ("body", "header", "secret", "message"),
    [
        (BODY + b" ", sign(BODY, SECRET), SECRET, "does not match"),
        (BODY, sign(BODY, "another secret"), SECRET, "does not match"),
        (BODY, None, SECRET, "no X-Hub-Signature header"),
        (BODY, "", SECRET, "no X-Hub-Signature header"),
        (BODY, "sha1=" + sign(BODY, SECRET), SECRET, "without 'sha1='"),
        (BODY, sign(BODY, SECRET)[:39], SECRET, "malformed"),
        (BODY, "z" * 40, SECRET, "malformed"),
    ],
    ids=["tampered body", "wrong secret", "missing", "empty", "sha1= prefix", "short", "not hex"],
)
def test_bad_signatures_are_refused_without_leaking(
    body: bytes, header: str | None, secret: str, message: str
) -> None:
    with pytest.raises(WebhookSignatureError, match=message) as caught:
        verify_signature(body, header, secret)
    assert isinstance(caught.value, ango_hub.AngoHubError)
    text = str(caught.value)
    assert SECRET not in text
    assert sign(body, secret) not in text.lower()


def test_inputs_of_the_wrong_type_are_refused() -> None:
    with pytest.raises(TypeError, match="raw bytes of the request"):
        verify_signature(BODY.decode(), sign(BODY, SECRET), SECRET)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="header must be a str"):
        verify_signature(BODY, sign(BODY, SECRET).encode(), SECRET)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="secret must not be empty"):
        verify_signature(BODY, sign(BODY, ""), "")
    with pytest.raises(TypeError, match="secret must be a str or bytes"):
        verify_signature(BODY, sign(BODY, SECRET), 42)  # type: ignore[arg-type]


def test_parse_event_gives_the_typed_model_and_keeps_unknown_fields() -> None:
    event = parse_event(BODY)
    assert isinstance(event, WebhookEvent)
    assert event.external_id == "a.jpg"
    assert event.task.task_id == "t1"  # type: ignore[union-attr]
    assert event.to_dict()["somethingNew"] == 1


def test_an_event_is_an_export_record_for_the_export_helpers() -> None:
    """The spec's WebhookEvent is a bare $ref to ExportAsset: one class, so what reads an
    export record (``export_tasks``, ``task_answer``, a function typed for ExportAsset) reads
    an event too (openapi-python-client alone would generate a copy that mypy refuses there)."""
    from ango_hub.export_archive import export_tasks, task_answer
    from ango_hub_api.models.export_asset import ExportAsset
    from ango_hub_api.models.export_asset_metadata import ExportAssetMetadata
    from ango_hub_api.models.webhook_event_metadata import WebhookEventMetadata

    event: ExportAsset = parse_event(BODY)
    assert WebhookEvent is ExportAsset
    assert WebhookEventMetadata is ExportAssetMetadata
    assert isinstance(event.metadata, ExportAssetMetadata)
    [task] = export_tasks(event)
    assert task.task_id == "t1"
    assert list(task_answer(task).objects) == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({"task": "a string"}).encode(), "wrong type"),
    ],
)
def test_parse_event_refuses_what_is_not_an_event(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message):
        parse_event(body)


# -- the ASGI app, over HTTP in process ------------------------------------------------------


def post(
    app: Any, body: bytes, headers: dict[str, str], *, method: str = "POST", path: str = "/hook"
) -> httpx.Response:
    async def main() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            return await client.request(method, path, content=body, headers=headers)

    return asyncio.run(main())


def signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    return {SIGNATURE_HEADER: sign(body, secret), "Content-Type": "application/json"}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync handler", "async handler"])
def test_the_app_calls_the_handler_with_verified_events(asynchronous: bool) -> None:
    received: list[WebhookEvent] = []

    def handle(event: WebhookEvent) -> None:
        received.append(event)

    async def handle_async(event: WebhookEvent) -> None:
        received.append(event)

    app = webhook_app(handle_async if asynchronous else handle, secret=SECRET, path="/hook")
    response = post(app, BODY, signed(BODY))
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert [event.task.task_id for event in received] == ["t1"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (BODY + b" ", signed(BODY), 401),
        (BODY, signed(BODY, "wrong secret"), 401),
        (BODY, {"Content-Type": "application/json"}, 401),
        (BODY, {SIGNATURE_HEADER: "nothex"}, 401),
        (b"[]", signed(b"[]"), 400),
        (b"{oops", signed(b"{oops"), 400),
    ],
    ids=["tampered body", "wrong secret", "missing header", "malformed header", "not an object", "not JSON"],
)
def test_the_app_refuses_bad_requests_without_calling_the_handler(
    body: bytes, headers: dict[str, str], status: int
) -> None:
    called: list[WebhookEvent] = []
    app = webhook_app(called.append, secret=SECRET, path="/hook")
    response = post(app, body, headers)
    assert response.status_code == status
    assert response.json()["status"] == "error"
    assert SECRET not in response.text
    assert sign(body, SECRET) not in response.text
    assert called == []


def test_the_app_answers_405_404_and_413() -> None:
    app = webhook_app(lambda event: None, secret=SECRET, path="/hook", max_body_bytes=100)
    wrong_method = post(app, b"", {}, method="GET")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    assert post(app, BODY, signed(BODY), path="/elsewhere").status_code == 404
    assert post(app, BODY, signed(BODY)).status_code == 413  # BODY is longer than 100 bytes
    assert MAX_BODY_BYTES == 10 * 1024 * 1024


def test_a_failing_handler_answers_500_without_details(caplog: pytest.LogCaptureFixture) -> None:
    def handle(event: WebhookEvent) -> None:
        raise RuntimeError("database password is hunter2")

    app = webhook_app(handle, secret=SECRET, path="/hook")
    with caplog.at_level(logging.ERROR, logger="ango_hub.webhooks"):
        response = post(app, BODY, signed(BODY))
    assert response.status_code == 500
    assert "hunter2" not in response.text
    assert "The webhook handler failed" in caplog.text


def test_the_app_checks_its_configuration() -> None:
    with pytest.raises(ValueError, match="secret must not be empty"):
        webhook_app(lambda event: None, secret="")
    with pytest.raises(ValueError, match="path must start"):
        webhook_app(lambda event: None, secret=SECRET, path="hook")
    with pytest.raises(TypeError, match="handler must be callable"):
        webhook_app("not a function", secret=SECRET)  # type: ignore[arg-type]
