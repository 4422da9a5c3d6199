"""Per-call settings with ``Client.with_options``."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from ango_hub import APITimeoutError, Client, InternalServerError
from ango_hub.mock import create_app
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.server import serve_in_thread

KEY = "options-test-key"


@pytest.fixture(scope="module")
def slow_mock() -> Iterator[str]:
    with serve_in_thread(create_app(api_key=KEY, seed="demo", faults=FaultConfig(latency=0.3))) as base_url:
        yield base_url


def test_timeout_for_some_calls_only(slow_mock: str) -> None:
    with Client(api_key=KEY, base_url=slow_mock, max_retries=0) as hub:
        hurried = hub.with_options(timeout=0.05)
        with pytest.raises(APITimeoutError):
            hurried.projects.list_page()
        assert hub.projects.list_page().total  # the original keeps its own timeout
        assert hurried.timeout == 0.05
        assert hurried.projects._client is hurried


def test_max_retries_for_some_calls_only() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500, json={"status": "error", "message": "down"})

    hub = Client(
        api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler), max_retries=3
    )
    hub._sleep = lambda seconds: None
    with pytest.raises(InternalServerError):
        hub.with_options(max_retries=0).projects.list_page()
    assert len(seen) == 1
    with pytest.raises(InternalServerError):
        hub.projects.list_page()
    assert len(seen) == 1 + 4
    with pytest.raises(ValueError, match="max_retries"):
        hub.with_options(max_retries=-1)


def test_closing_a_copy_keeps_the_shared_pool_open(slow_mock: str) -> None:
    hub = Client(api_key=KEY, base_url=slow_mock)
    with hub.with_options(max_retries=1):
        pass
    assert hub.projects.get("50f244556f25e2a25a921187").name == "Vehicle detection"
    hub.close()


def test_export_preparation_gets_a_long_timeout_unless_told_otherwise() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"status": "success", "data": {"exportPath": "https://b.example/e.zip"}}
        )

    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler))
    with hub.raw_responses() as responses:
        hub.exports.create("p1")
        hub.exports.create("p1", timeout=5)
        hub.with_options(timeout=30).exports.create("p1")
    reads = [response.request.extensions["timeout"]["read"] for response in responses]
    assert reads == [600.0, 5, 30]


def test_export_date_ranges_use_the_api_timestamp_format() -> None:
    import datetime as dt
    import json

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"status": "success", "data": {"exportPath": "https://b.example/e.zip"}}
        )

    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler))
    paris = dt.timezone(dt.timedelta(hours=2))
    with hub.raw_responses() as responses:
        hub.exports.create(
            "p1",
            created_at=(dt.datetime(2024, 5, 1, 12, 0, 0, 123456), None),
            updated_at=(None, dt.datetime(2024, 5, 2, 2, 0, tzinfo=paris)),
        )
    params = responses[0].request.url.params
    assert json.loads(params["createdAt"]) == {"$gt": "2024-05-01T12:00:00.123Z"}
    assert json.loads(params["updatedAt"]) == {"$lt": "2024-05-02T00:00:00.000Z"}
    with pytest.raises(ValueError, match="after the end"):
        hub.exports.create("p1", created_at=(dt.datetime(2024, 2, 1), dt.datetime(2024, 1, 1)))
