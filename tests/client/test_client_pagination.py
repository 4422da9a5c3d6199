"""Paging through whole listings: every item exactly once, sync and async, concurrent, faults or not."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest

from ango_hub import AsyncClient, Client
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.behaviours.loadtest import load_test_project_id
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.server import serve_in_thread
from ango_hub.pagination import AsyncPaginator, Paginator

KEY = "pagination-test-key"
LOAD_TASKS = 20_000


def load_project_id(app: object) -> str:
    return load_test_project_id(mock_state(app))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def load_mock() -> Iterator[tuple[str, str]]:
    app = create_app(api_key=KEY, seed="demo", tasks=LOAD_TASKS)
    with serve_in_thread(app) as base_url:
        yield base_url, load_project_id(app)


@pytest.mark.parametrize("max_concurrency", [1, 4])
def test_every_task_exactly_once(load_mock: tuple[str, str], max_concurrency: int) -> None:
    base_url, project_id = load_mock
    progress: list[tuple[int, int | None]] = []
    with Client(api_key=KEY, base_url=base_url) as hub:
        listing = hub.tasks.list(
            project_id,
            limit=1000,
            max_concurrency=max_concurrency,
            progress=lambda n, t: progress.append((n, t)),
        )
        ids = [task.id for task in listing]
        assert listing.total == LOAD_TASKS
    assert len(ids) == LOAD_TASKS
    assert len(set(ids)) == LOAD_TASKS
    assert progress[-1] == (LOAD_TASKS, LOAD_TASKS)
    assert [count for count, _ in progress] == sorted(count for count, _ in progress)
    assert len(progress) == LOAD_TASKS // 1000


def test_pages_and_total(load_mock: tuple[str, str]) -> None:
    base_url, project_id = load_mock
    with Client(api_key=KEY, base_url=base_url) as hub:
        listing = hub.tasks.list(project_id, limit=1000, filters={"status": {"$eq": "Completed"}})
        pages = list(listing.pages())
        total = listing.total
        assert total is not None
        assert 0 < total < LOAD_TASKS
        assert sum(len(page) for page in pages) == total
        assert [page.number for page in pages] == list(range(1, len(pages) + 1))
        projects = hub.projects.list(limit=2)
        assert len(list(projects)) == projects.total
        assets = hub.assets.list(project_id, limit=1000, max_concurrency=2)
        assert len({asset.id for asset in assets}) == LOAD_TASKS


def test_complete_despite_rate_limits_and_server_errors() -> None:
    faults = FaultConfig(rate_limit=40, error_rate=0.25, seed=7)
    app = create_app(api_key=KEY, seed="demo", tasks=1500, faults=faults)
    project_id = load_project_id(app)
    waits: list[float] = []

    def short_sleep(seconds: float) -> None:
        # Record the client's backoff, but wait only long enough for the mock's bucket to refill.
        waits.append(seconds)
        time.sleep(min(seconds, 0.05))

    with serve_in_thread(app) as base_url, Client(api_key=KEY, base_url=base_url, max_retries=10) as hub:
        hub._sleep = short_sleep
        for concurrency in (1, 3):
            ids = [task.id for task in hub.tasks.list(project_id, limit=100, max_concurrency=concurrency)]
            assert len(ids) == 1500
            assert len(set(ids)) == 1500
    assert waits, "the faults should have made the client retry"


def fake_listing(pages: dict[int, list[str]], total: int | None) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        tasks = [{"_id": task_id} for task_id in pages.get(number, [])]
        data: dict[str, object] = {"tasks": tasks}
        if total is not None:
            data["total"] = total
        return httpx.Response(200, json={"status": "success", "data": data})

    return Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler))


def test_stops_on_a_short_page_without_a_total() -> None:
    hub = fake_listing({1: ["a", "b"], 2: ["c", "d"], 3: ["e"]}, total=None)
    assert [task.id for task in hub.tasks.list("p", limit=2)] == ["a", "b", "c", "d", "e"]


def test_an_item_shifted_to_the_next_page_is_yielded_once() -> None:
    # A task was inserted before "b" while listing: "b" shows up on both pages.
    hub = fake_listing({1: ["a", "b"], 2: ["b", "c"], 3: ["d"]}, total=5)
    assert [task.id for task in hub.tasks.list("p", limit=2, max_concurrency=2)] == ["a", "b", "c", "d"]


def test_listing_that_grew_is_followed_to_its_end() -> None:
    # The first page said 4 items, but there are 5 by the time page 2 is read.
    hub = fake_listing({1: ["a", "b"], 2: ["c", "d"], 3: ["e"]}, total=4)
    assert [task.id for task in hub.tasks.list("p", limit=2, max_concurrency=3)] == ["a", "b", "c", "d", "e"]


def test_arguments_are_checked_before_any_request() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(refuse))
    with pytest.raises(ValueError, match="limit"):
        hub.tasks.list("p", limit=0)
    with pytest.raises(ValueError, match="max_concurrency"):
        hub.tasks.list("p", max_concurrency=0)
    with pytest.raises(ValueError, match="project_id"):
        hub.assets.list("")
    listing = hub.tasks.list("p")
    assert isinstance(listing, Paginator)
    assert "k" not in repr(listing)


# -- the same with AsyncClient ------------------------------------------------------------------


@pytest.mark.parametrize("max_concurrency", [1, 4])
def test_async_every_task_exactly_once(load_mock: tuple[str, str], max_concurrency: int) -> None:
    base_url, project_id = load_mock
    progress: list[tuple[int, int | None]] = []

    async def main() -> tuple[list[str], int | None]:
        async with AsyncClient(api_key=KEY, base_url=base_url) as hub:
            listing = hub.tasks.list(
                project_id,
                limit=1000,
                max_concurrency=max_concurrency,
                progress=lambda n, t: progress.append((n, t)),
            )
            assert isinstance(listing, AsyncPaginator)
            ids = [task.id async for task in listing]
            return ids, await listing.total

    ids, total = asyncio.run(main())
    assert total == LOAD_TASKS
    assert len(ids) == LOAD_TASKS
    assert len(set(ids)) == LOAD_TASKS
    assert progress[-1] == (LOAD_TASKS, LOAD_TASKS)
    assert len(progress) == LOAD_TASKS // 1000


def test_async_pages_match_the_sync_pages(load_mock: tuple[str, str]) -> None:
    base_url, project_id = load_mock
    query = {"status": {"$eq": "Completed"}}
    with Client(api_key=KEY, base_url=base_url) as hub:
        expected = [
            [task.id for task in page]
            for page in hub.tasks.list(project_id, limit=500, filters=query).pages()
        ]

    async def main() -> list[list[str]]:
        async with AsyncClient(api_key=KEY, base_url=base_url) as hub:
            listing = hub.tasks.list(project_id, limit=500, filters=query, max_concurrency=3)
            return [[task.id for task in page] async for page in listing.pages()]

    assert asyncio.run(main()) == expected
    assert len(expected) > 1


def test_async_complete_despite_rate_limits_and_server_errors() -> None:
    faults = FaultConfig(rate_limit=40, error_rate=0.25, seed=11)
    app = create_app(api_key=KEY, seed="demo", tasks=1500, faults=faults)
    project_id = load_project_id(app)
    waits: list[float] = []

    async def short_sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(min(seconds, 0.05))

    async def main(base_url: str) -> None:
        async with AsyncClient(api_key=KEY, base_url=base_url, max_retries=10) as hub:
            hub._sleep = short_sleep
            for concurrency in (1, 3):
                listing = hub.tasks.list(project_id, limit=100, max_concurrency=concurrency)
                ids = [task.id async for task in listing]
                assert len(ids) == 1500
                assert len(set(ids)) == 1500

    with serve_in_thread(app) as base_url:
        asyncio.run(main(base_url))
    assert waits, "the faults should have made the client retry"


def fake_async_listing(pages: dict[int, list[str]], total: int | None, delay: float = 0.0) -> AsyncClient:
    in_flight = [0, 0]  # now, most

    async def handler(request: httpx.Request) -> httpx.Response:
        in_flight[0] += 1
        in_flight[1] = max(in_flight)
        try:
            await asyncio.sleep(delay)
        finally:
            in_flight[0] -= 1
        number = int(request.url.params["page"])
        data: dict[str, object] = {"tasks": [{"_id": task_id} for task_id in pages.get(number, [])]}
        if total is not None:
            data["total"] = total
        return httpx.Response(200, json={"status": "success", "data": data})

    hub = AsyncClient(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler))
    hub.most_in_flight = in_flight  # type: ignore[attr-defined]
    return hub


def test_async_concurrency_is_bounded_and_order_kept() -> None:
    pages = {n: [f"t{n}-{i}" for i in range(2)] for n in range(1, 21)}

    async def main() -> tuple[list[str], int]:
        async with fake_async_listing(pages, total=40, delay=0.01) as hub:
            ids = [task.id async for task in hub.tasks.list("p", limit=2, max_concurrency=4)]
            return ids, hub.most_in_flight[1]  # type: ignore[attr-defined]

    ids, most = asyncio.run(main())
    assert ids == [task_id for n in range(1, 21) for task_id in pages[n]]
    assert 1 < most <= 4


def test_async_shifted_item_once_and_grown_listing_followed() -> None:
    async def main() -> tuple[list[str], list[str]]:
        async with fake_async_listing({1: ["a", "b"], 2: ["b", "c"], 3: ["d"]}, total=5) as hub:
            shifted = [task.id async for task in hub.tasks.list("p", limit=2, max_concurrency=2)]
        async with fake_async_listing({1: ["a", "b"], 2: ["c", "d"], 3: ["e"]}, total=4) as hub:
            grown = [task.id async for task in hub.tasks.list("p", limit=2, max_concurrency=3)]
        return shifted, grown

    assert asyncio.run(main()) == (["a", "b", "c", "d"], ["a", "b", "c", "d", "e"])


def test_async_early_break_leaves_no_pending_request() -> None:
    pages = {n: [f"t{n}"] for n in range(1, 11)}

    async def main() -> None:
        async with fake_async_listing(pages, total=10, delay=0.01) as hub:
            listing = hub.tasks.list("p", limit=1, max_concurrency=4)
            iterator = aiter(listing)
            assert (await anext(iterator)).id == "t1"
            await iterator.aclose()  # type: ignore[attr-defined]
            pending = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            assert pending == []

    asyncio.run(main())


def test_async_arguments_are_checked_before_any_request() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    async def main() -> None:
        hub = AsyncClient(
            api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(refuse)
        )
        with pytest.raises(ValueError, match="limit"):
            hub.tasks.list("p", limit=0)
        with pytest.raises(ValueError, match="max_concurrency"):
            hub.tasks.list("p", max_concurrency=0)
        with pytest.raises(ValueError, match="task_id"):
            await hub.tasks.get("")
        with pytest.raises(ValueError, match="page"):
            await hub.projects.list_page(page=0)
        await hub.close()

    asyncio.run(main())
