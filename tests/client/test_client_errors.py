"""Error mapping and retries of the request pipeline, over an in-process transport."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from ango_hub import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ango_hub._base_client import ValidateResponses
from ango_hub._retry import retry_delay

BASE = "http://127.0.0.1:9/v2"
KEY = "top-secret-api-key"
PROJECTS = {"status": "success", "data": {"projects": [], "total": 0}}

Handler = Callable[[httpx.Request], httpx.Response]


def make_client(handler: Handler, *, max_retries: int = 2) -> tuple[Client, list[float]]:
    client = Client(
        api_key=KEY, base_url=BASE, transport=httpx.MockTransport(handler), max_retries=max_retries
    )
    sleeps: list[float] = []
    client._sleep = sleeps.append
    return client, sleeps


def sequence(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = responses[min(len(seen), len(responses)) - 1]
        if isinstance(item, Exception):
            raise item
        return item

    return handler, seen


def fail(status: int, message: str = "nope", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"status": "fail", "message": message}, headers=headers)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (418, APIStatusError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_codes_map_to_errors(status: int, error: type[APIStatusError]) -> None:
    handler, _ = sequence(fail(status, "Invalid project: 123."))
    client, _ = make_client(handler, max_retries=0)
    with pytest.raises(error) as info:
        client.projects.get("6167dfee2a810d000e9d313f")
    exc = info.value
    assert type(exc) is error
    assert exc.status_code == status
    assert exc.message == "Invalid project: 123."
    assert exc.method == "GET"
    assert exc.url == f"{BASE}/project/6167dfee2a810d000e9d313f"
    assert KEY not in str(exc)
    assert KEY not in repr(exc.args)


@pytest.mark.parametrize("validate_responses", [None, "raise"])
@pytest.mark.parametrize(
    "body",
    [
        {"status": "fail", "message": "Invalid API KEY"},
        # Parses as the success model (whose status accepts any string), and says it failed.
        {"status": "error", "message": "Invalid API KEY", "data": {"projects": [], "total": 0}},
    ],
    ids=["not-the-success-model", "parses-as-the-success-model"],
)
def test_fail_status_with_http_200_is_an_error(
    body: dict[str, object], validate_responses: ValidateResponses
) -> None:
    handler, _ = sequence(httpx.Response(200, json=body))
    client = Client(
        api_key=KEY,
        base_url=BASE,
        transport=httpx.MockTransport(handler),
        validate_responses=validate_responses,
    )
    with pytest.raises(APIStatusError, match="Invalid API KEY"):
        client.projects.list_page()


def test_non_json_error_body_is_quoted() -> None:
    handler, _ = sequence(httpx.Response(502, text="<html>Bad gateway</html>"))
    client, _ = make_client(handler, max_retries=0)
    with pytest.raises(InternalServerError, match="Bad gateway"):
        client.projects.list_page()


def test_success_body_not_matching_the_spec() -> None:
    handler, _ = sequence(httpx.Response(200, json={"status": "success", "data": {"nothing": 1}}))
    client, _ = make_client(handler)
    with pytest.raises(APIResponseValidationError, match="does not match"):
        client.projects.list_page()


def test_unknown_fields_and_enum_values_are_kept() -> None:
    body = {
        "status": "success",
        "data": {
            "project": {
                "_id": "p1",
                "name": "P",
                "type": "hologram",
                "brandNewField": {"x": 1},
                "categorySchema": {"tools": [{"tool": "laser-lasso", "title": "New"}]},
            }
        },
    }
    handler, _ = sequence(httpx.Response(200, json=body))
    client, _ = make_client(handler)
    project = client.projects.get("p1")
    assert project.type_ == "hologram"
    assert project["brandNewField"] == {"x": 1}
    assert project.category_schema
    assert project.category_schema.tools
    assert project.category_schema.tools[0].tool == "laser-lasso"


def test_get_is_retried_on_5xx_with_backoff() -> None:
    handler, seen = sequence(fail(503), fail(500), httpx.Response(200, json=PROJECTS))
    client, sleeps = make_client(handler)
    assert client.projects.list_page().total == 0
    assert len(seen) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


def test_retries_give_up_after_max_retries() -> None:
    handler, seen = sequence(fail(503))
    client, sleeps = make_client(handler, max_retries=2)
    with pytest.raises(InternalServerError):
        client.projects.list_page()
    assert len(seen) == 3
    assert len(sleeps) == 2


def test_retry_after_is_honoured() -> None:
    handler, _ = sequence(fail(429, headers={"Retry-After": "3"}), httpx.Response(200, json=PROJECTS))
    client, sleeps = make_client(handler)
    client.projects.list_page()
    assert sleeps == [3.0]


def test_too_long_retry_after_is_not_waited_for() -> None:
    handler, seen = sequence(fail(429, headers={"Retry-After": "3600"}))
    client, sleeps = make_client(handler)
    with pytest.raises(RateLimitError):
        client.projects.list_page()
    assert sleeps == []
    assert len(seen) == 1


def test_post_is_not_retried_on_5xx_but_is_on_429() -> None:
    handler, seen = sequence(fail(500))
    client, _ = make_client(handler)
    with pytest.raises(InternalServerError):
        client.projects.create("New project")
    assert len(seen) == 1

    created = {"status": "success", "data": {"project": {"_id": "p1", "name": "New project"}}}
    handler, seen = sequence(fail(429, headers={"Retry-After": "0"}), httpx.Response(200, json=created))
    client, _ = make_client(handler)
    assert client.projects.create("New project").id == "p1"
    assert len(seen) == 2
    assert json.loads(seen[1].content) == {"name": "New project"}


def test_idempotent_post_is_retried_on_5xx() -> None:
    project = {"status": "success", "data": {"project": {"_id": "p1", "name": "Renamed"}}}
    handler, seen = sequence(fail(502), httpx.Response(200, json=project))
    client, _ = make_client(handler)
    from ango_hub_api.models import ProjectUpdate

    assert client.projects.update("p1", ProjectUpdate(name="Renamed")).name == "Renamed"
    assert len(seen) == 2


def test_connection_refused_is_retried_then_raised() -> None:
    handler, seen = sequence(httpx.ConnectError("refused"))
    client, sleeps = make_client(handler)
    with pytest.raises(APIConnectionError, match="ConnectError"):
        client.projects.create("x")  # even a POST: nothing reached the server
    assert len(seen) == 3
    assert len(sleeps) == 2


def test_read_timeout_on_post_is_not_retried() -> None:
    handler, seen = sequence(httpx.ReadTimeout("slow"))
    client, _ = make_client(handler)
    with pytest.raises(APITimeoutError, match="timed out"):
        client.projects.create("x")
    assert len(seen) == 1


def test_api_key_sent_in_header_only() -> None:
    sent_keys: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_keys.append(request.headers.get("apikey"))
        seen.append(request)
        return httpx.Response(200, json=PROJECTS)

    seen: list[httpx.Request] = []
    client, _ = make_client(handler)
    client.projects.list_page(page=2, limit=50)
    request = seen[0]
    assert sent_keys == [KEY]
    # Once sent, the request kept by the response no longer holds the key.
    assert request.headers["apikey"] == "[redacted]"
    assert KEY not in str(request.url)
    assert dict(request.url.params) == {"page": "2", "limit": "50"}


def test_json_filters_are_encoded_in_the_query() -> None:
    body = {"status": "success", "data": {"tasks": [], "total": 0}}
    handler, seen = sequence(httpx.Response(200, json=body))
    client, _ = make_client(handler)
    client.tasks.list_page("p1", filters={"stage": {"$in": ["Label"]}}, fields=["_id", "stage"])
    params = seen[0].url.params
    assert json.loads(params["filter"]) == {"stage": {"$in": ["Label"]}}
    assert params["fields"] == "_id,stage"
    assert params["includeAnswer"] == "false"


def test_retry_delay_schedule() -> None:
    assert retry_delay(0, rand=lambda: 0.0) == 0.5
    assert retry_delay(3, rand=lambda: 0.0) == 4.0
    assert retry_delay(10, rand=lambda: 0.0) == 8.0
    assert retry_delay(10, rand=lambda: 1.0) == 6.0
    assert retry_delay(0, httpx.Headers({"retry-after-ms": "250"})) == 0.25
    assert retry_delay(0, httpx.Headers({"retry-after": "121"})) is None
