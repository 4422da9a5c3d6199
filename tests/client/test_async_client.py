"""``AsyncClient``: the same surface as ``Client``, and what only asyncio brings.

The scenarios shared with ``Client`` (every operation, paging 20,000 tasks, retries under
fault injection, the API-key canary, unknown fields and enum values) run for both clients
in their own modules; this one checks that the two surfaces are the same and the parts
that differ: ownership of the connection pool, ``raw_responses`` per task, the rate
limiter waiting with ``asyncio.sleep``, ``with_options``.
"""

from __future__ import annotations

import asyncio
import importlib.abc
import inspect
import sys
import time

import httpx
import pytest
from _async_bridge import RESOURCES
from _hostile import HostileServer, always, json_response

from ango_hub import AsyncClient, AuthenticationError, Client
from ango_hub._ratelimit import RateLimiter
from ango_hub.pagination import AsyncPaginator, Paginator

PROJECTS = {"status": "success", "data": {"projects": [], "total": 0}}


def public_methods(resource: object) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(resource, callable)
        if not name.startswith("_")
    }


def test_same_resources_methods_and_parameters() -> None:
    sync = Client(api_key="k", base_url="http://127.0.0.1:9/v2")
    async_ = AsyncClient(api_key="k", base_url="http://127.0.0.1:9/v2")
    for name in RESOURCES:
        sync_methods = public_methods(getattr(sync, name))
        async_methods = public_methods(getattr(async_, name))
        assert sync_methods.keys() == async_methods.keys(), name
        for method, signature in sync_methods.items():
            other = async_methods[method]
            assert list(signature.parameters) == list(other.parameters), f"{name}.{method}"
            coroutine = inspect.iscoroutinefunction(getattr(getattr(async_, name), method))
            returns = str(other.return_annotation)
            lazy = "Paginator" in returns or "AsyncIterator" in returns
            # Every method is awaited, except the listings that return a paginator and the
            # readers that return an async iterator (``async for`` over them).
            assert coroutine != lazy, f"{name}.{method}"
    assert isinstance(sync.tasks.list("p"), Paginator)
    assert isinstance(async_.tasks.list("p"), AsyncPaginator)


def counting_client(**options: object) -> tuple[AsyncClient, list[float]]:
    times: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        times.append(time.monotonic())
        return httpx.Response(200, json=PROJECTS)

    hub = AsyncClient(
        api_key="k",
        base_url="http://127.0.0.1:9/v2",
        transport=httpx.MockTransport(handler),
        **options,  # type: ignore[arg-type]
    )
    return hub, times


def test_closes_its_own_pool_but_not_a_borrowed_one() -> None:
    async def main() -> None:
        async with AsyncClient(api_key="k", base_url="http://127.0.0.1:9/v2") as hub:
            own = hub._http
        assert own.is_closed
        borrowed = httpx.AsyncClient()
        async with AsyncClient(api_key="k", base_url="http://127.0.0.1:9/v2", http_client=borrowed):
            pass
        assert not borrowed.is_closed
        await borrowed.aclose()

    asyncio.run(main())


def test_raw_responses_are_per_task() -> None:
    async def main() -> tuple[int, int]:
        hub, _ = counting_client()

        async def other_task() -> None:
            await hub.projects.list_page()

        with hub.raw_responses() as mine:
            await hub.projects.list_page(page=2)
            # A task started outside the block does not report into it.
            with hub.raw_responses() as theirs:
                pass
            await asyncio.create_task(other_task())
        await hub.close()
        assert mine[0].request.url.params["page"] == "2"
        assert mine[0].request.headers["apikey"] == "[redacted]"
        return len(mine), len(theirs)

    mine, theirs = asyncio.run(main())
    # The task created inside the block copies the context: its call is collected too.
    assert (mine, theirs) == (2, 0)


def test_requests_per_minute_spaces_calls_without_blocking_the_loop() -> None:
    # The limiter reads a clock of the test's own, which moves only when the client sleeps:
    # the waits are exact whatever the machine's load (no timing in the assertion).
    async def main() -> tuple[list[float], int, int]:
        hub, sent = counting_client(requests_per_minute=1200)  # one request every 50 ms
        now = [0.0]
        hub._limiter = RateLimiter(1200, clock=lambda: now[0])
        waits: list[float] = []
        ticks = 0

        async def sleep(seconds: float) -> None:
            waits.append(seconds)
            now[0] += seconds
            await asyncio.sleep(0)  # what asyncio.sleep does: let the loop run other tasks

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0)
                ticks += 1

        hub._sleep = sleep
        background = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        ticks_before = ticks
        for _ in range(5):
            await hub.projects.list_page()
        background.cancel()
        await hub.close()
        return waits, len(sent), ticks - ticks_before

    waits, requests, ticks = asyncio.run(main())
    assert requests == 5
    assert waits == pytest.approx([0.05] * 4)  # the first goes at once, each next 50 ms later
    assert ticks >= 4, "the limiter must wait with the client's async sleep, not block the event loop"
    assert AsyncClient(api_key="k")._sleep is asyncio.sleep


def test_with_options_shares_the_pool() -> None:
    async def main() -> None:
        hub, _ = counting_client()
        quick = hub.with_options(timeout=1.5, max_retries=0)
        assert isinstance(quick, AsyncClient)
        assert quick.max_retries == 0
        assert quick._http is hub._http
        with hub.raw_responses() as responses:
            await quick.projects.list_page()
        assert responses[0].request.extensions["timeout"]["read"] == 1.5
        await quick.close()
        assert not hub._http.is_closed
        await hub.close()
        assert hub._http.is_closed

    asyncio.run(main())


def test_repr_and_errors_hide_the_key() -> None:
    key = "async-canary-0123456789abcdef"

    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"status": "fail", "message": "Invalid API key"})

    async def main() -> None:
        hub = AsyncClient(
            api_key=key, base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(refuse)
        )
        assert key not in repr(hub)
        assert key not in repr(hub.tasks)
        with pytest.raises(AuthenticationError) as info:
            await hub.projects.list_page()
        assert key not in str(info.value)
        assert key not in repr(info.value.response.request.headers)
        await hub.close()

    asyncio.run(main())


class ImportSearches(importlib.abc.MetaPathFinder):
    """A finder first on ``sys.meta_path`` that only records: Python consults the finders
    for a module that is not in ``sys.modules`` (a first import, or one that fails)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        self.names.append(name)

    def __enter__(self) -> ImportSearches:
        sys.meta_path.insert(0, self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.meta_path.remove(self)


def test_requests_search_for_no_module() -> None:
    """After the first request, a request imports nothing, and above all fails no import.

    httpcore asks which async library runs (``import sniffio``) each time it sets up a lock,
    several times an ``AsyncClient`` request; anyio >= 4.16 no longer installs sniffio, and
    each failed import searches every entry of ``sys.path`` again (about 270 µs a request).
    ``AsyncClient`` marks a missing sniffio as such once (``AsyncLibrary.settle``), so that
    it is never looked for again; an installed one is imported once.
    """
    with HostileServer(always(json_response(200, PROJECTS))) as server:

        async def calls() -> list[str]:
            async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
                await hub.projects.list_page()  # the first imports what requests need
                with ImportSearches() as searches:
                    for _ in range(3):
                        await hub.projects.list_page()
            return searches.names

        assert asyncio.run(calls()) == []
        with Client(api_key="k", base_url=server.base_url) as hub:
            hub.projects.list_page()
            with ImportSearches() as searches:
                for _ in range(3):
                    hub.projects.list_page()
        assert searches.names == []
