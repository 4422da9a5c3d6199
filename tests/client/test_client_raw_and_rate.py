"""Raw HTTP responses of any call, and the client-side request rate limit."""

from __future__ import annotations

import asyncio
import gc
import itertools
import threading
import time
import weakref

import httpx
import pytest
from _hostile import HostileServer, always, json_response

from ango_hub import AsyncClient, Client
from ango_hub._ratelimit import RateLimiter

PROJECTS = {"status": "success", "data": {"projects": [], "total": 0}}


def counting_client(**options: object) -> tuple[Client, list[float]]:
    times: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        times.append(time.monotonic())
        return httpx.Response(200, json=PROJECTS, headers={"x-request-id": f"r{len(times)}"})

    client = Client(
        api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler), **options
    )  # type: ignore[arg-type]
    return client, times


def test_raw_responses_give_status_and_headers() -> None:
    client, _ = counting_client()
    with client.raw_responses() as responses:
        client.projects.list_page()
        with client.raw_responses() as inner:
            client.projects.list_page(page=2)
    client.projects.list_page(page=3)  # not captured any more
    assert [r.headers["x-request-id"] for r in responses] == ["r1", "r2"]
    assert [r.headers["x-request-id"] for r in inner] == ["r2"]
    assert responses[0].status_code == 200
    assert responses[1].request.url.params["page"] == "2"
    assert "apikey" not in repr(responses[0])


def test_raw_responses_include_retried_attempts() -> None:
    answers = iter(
        [httpx.Response(503, json={"status": "error", "message": "busy"}), httpx.Response(200, json=PROJECTS)]
    )
    client = Client(
        api_key="k",
        base_url="http://127.0.0.1:9/v2",
        transport=httpx.MockTransport(lambda request: next(answers)),
    )
    client._sleep = lambda seconds: None
    with client.raw_responses() as responses:
        client.projects.list_page()
    assert [r.status_code for r in responses] == [503, 200]


def test_raw_responses_are_per_thread() -> None:
    client, _ = counting_client()
    with client.raw_responses() as responses:
        worker = threading.Thread(target=client.projects.list_page)
        worker.start()
        worker.join()
    assert responses == []


def test_rate_limiter_spaces_calls() -> None:
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(120, clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        limiter.acquire()
    assert waits == [0.5, 0.5, 0.5]
    now[0] += 10  # idle time does not build up a burst beyond one request
    limiter.acquire()
    limiter.acquire()
    assert waits[-1] == 0.5
    with pytest.raises(ValueError, match="requests_per_minute"):
        RateLimiter(0)


def test_client_requests_per_minute() -> None:
    # The client's limiter reads a clock of the test's own that moves only when the client
    # sleeps: the spacing is exact whatever the machine's load.
    client, times = counting_client(requests_per_minute=1200)  # one request every 50 ms
    now = [0.0]
    client._limiter = RateLimiter(1200, clock=lambda: now[0])
    sent_at: list[float] = []
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    client._sleep = sleep
    for _ in range(5):
        client.projects.list_page()
        sent_at.append(now[0])
    assert len(times) == 5
    assert waits == pytest.approx([0.05] * 4)  # the first goes at once, each next 50 ms later
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent_at)]
    assert gaps == pytest.approx([0.05] * 4)
    assert Client(api_key="k")._sleep is time.sleep


def test_an_answer_is_freed_as_soon_as_it_is_dropped() -> None:
    """No reference cycle is left behind by a request: an answer (and the objects of its
    exchange) is freed when its last reference goes, not by the cyclic garbage collector
    some requests later; its body stays readable as long as it is kept."""

    def freed_at_once(collected: list[httpx.Response]) -> bool:
        answer = weakref.ref(collected[0])
        assert collected[0].json() == PROJECTS
        assert b"".join(collected[0].iter_bytes()) == collected[0].content
        collected.clear()
        return answer() is None

    gc.disable()  # what is freed below is freed by reference counting alone
    try:
        with HostileServer(always(json_response(200, PROJECTS))) as server:
            with Client(api_key="k", base_url=server.base_url) as client:
                with client.raw_responses() as responses:
                    client.projects.list_page()
                assert freed_at_once(responses)

            async def list_page() -> list[httpx.Response]:
                async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
                    with hub.raw_responses() as collected:
                        await hub.projects.list_page()
                return collected

            assert freed_at_once(asyncio.run(list_page()))
    finally:
        gc.enable()
