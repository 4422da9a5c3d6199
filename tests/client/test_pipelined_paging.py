"""Pipelined paging, seen from a server of the test's own: the next page's request goes out while
a page is read, the fetchers stay at most ``max_concurrency`` pages ahead (at most N + 1 pages of
bytes held), an early ``break`` leaves no fetch running, and an error of page k comes after the
items of the pages before it. Each for ``Client`` (threads) and ``AsyncClient`` (tasks).

No timing is asserted: the server records which pages it was asked for and which requests are
still open; the tests wait for events (with a generous bound) and then look at those records.
"""

from __future__ import annotations

import asyncio
import json
import select
import socket
import threading
import time
from collections.abc import AsyncIterable, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from ango_hub import AsyncClient, BadRequestError, Client
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.behaviours.loadtest import load_test_project_id
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.server import serve_in_thread
from ango_hub.pagination import Paginator
from ango_hub_api.models.task import Task

#: The longest a test waits for something the client should do at once.
PATIENCE = 10.0
#: How long a paused reader leaves the fetchers to (wrongly) run ahead before the count is read.
SETTLE = 0.15


class PageServer:
    """``GET /v2/project/p/tasks``: ``pages`` pages of ``limit`` tasks (``t<page>-<i>``) over HTTP/1.1.

    It records the page of every request in arrival order (``asked``), how many requests
    are open (arrived, neither answered nor given up by the client: ``open``) and which pages were
    asked for when the first answer went out (``before_first_answer``). ``delay`` is waited
    before each answer; pages from ``hold_from`` on are held until ``release`` is set or the
    client hangs up; page ``fail`` is answered 400; with ``gather``, no answer goes out before
    that many requests have arrived (or ``PATIENCE`` has passed). ``content(page)``, when given,
    tells a page's IDs and reported total (a listing that shrinks or grows); ``statuses[page]``
    lists the error statuses page ``page`` is answered first, one a request (then its content);
    the connection of a request for a page in ``drop`` is closed without an answer.
    """

    def __init__(
        self,
        pages: int,
        limit: int,
        *,
        delay: float = 0.0,
        hold_from: int | None = None,
        fail: int | None = None,
        gather: int = 0,
        content: Callable[[int], tuple[list[str], int | None]] | None = None,
        statuses: dict[int, list[int]] | None = None,
        drop: frozenset[int] = frozenset(),
    ) -> None:
        self.pages = pages
        self.limit = limit
        self.delay = delay
        self.hold_from = hold_from
        self.fail = fail
        self.gather = gather
        self.content = content
        self.statuses = {page: list(answers) for page, answers in (statuses or {}).items()}
        self.drop = drop
        self.asked: list[int] = []
        self.before_first_answer: list[int] | None = None
        self.open = 0
        self.hung_up = 0
        self.release = threading.Event()
        self.changed = threading.Condition()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._http.server_address[1]}/v2"

    def ids(self, *pages: int) -> list[str]:
        return [f"t{page}-{i}" for page in pages for i in range(self.limit)]

    def wait_for(self, condition: Callable[[], bool]) -> bool:
        """Wait (at most ``PATIENCE``) until ``condition()`` holds; whether it does."""
        with self.changed:
            return self.changed.wait_for(condition, timeout=PATIENCE)

    def asked_for(self, page: int) -> bool:
        """Wait until page ``page`` is asked for (a page past the last: at once)."""
        return page > self.pages or self.wait_for(lambda: page in self.asked)

    def asked_at_least(self, count: int) -> bool:
        """Wait until ``count`` requests have arrived."""
        return self.wait_for(lambda: len(self.asked) >= count)

    def asked_through(self, last: int) -> bool:
        """Wait until the requests for pages 1 to ``last`` have all arrived (in any order: with
        several connections, a page asked for later may arrive before one asked for earlier)."""
        return self.wait_for(lambda: set(range(1, last + 1)) <= set(self.asked))

    def __enter__(self) -> PageServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(PATIENCE)

    def _answering(self) -> None:
        """Hold an answer until ``gather`` requests have arrived; note the first answer."""
        if self.gather:
            self.wait_for(lambda: len(self.asked) >= self.gather)
        with self.changed:
            if self.before_first_answer is None:
                self.before_first_answer = sorted(self.asked)

    def _page(self, page: int) -> tuple[int, dict[str, object]]:
        """The status and body of the answer to a request for ``page``."""
        with self.changed:
            queued = self.statuses.get(page)
            status = queued.pop(0) if queued else None
        if status is not None:
            return status, {"status": "fail", "message": f"page {page}: {status}"}
        if page == self.fail:
            return 400, {"status": "fail", "message": f"page {page} is refused"}
        if self.content is not None:
            ids, total = self.content(page)
        else:
            ids = self.ids(page) if page <= self.pages else []
            total = self.pages * self.limit
        data: dict[str, object] = {"tasks": [{"_id": task_id} for task_id in ids]}
        if total is not None:
            data["total"] = total
        return 200, {"status": "success", "data": data}

    def _record(self, page: int | None, opened: int) -> None:
        with self.changed:
            if page is not None:
                self.asked.append(page)
            self.open += opened
            self.changed.notify_all()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                page = int(query["page"][0])
                server._record(page, +1)
                try:
                    if server.hold_from is not None and page >= server.hold_from:
                        while not server.release.wait(0.01):
                            if _hung_up(self.connection):
                                server.hung_up += 1
                                self.close_connection = True
                                return
                    if server.delay:
                        time.sleep(server.delay)
                    server._answering()
                    if page in server.drop:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    self._answer(page)
                finally:
                    server._record(None, -1)

            def _answer(self, page: int) -> None:
                status, body = server._page(page)
                content = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    if status == 429:
                        self.send_header("Retry-After", "0")
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)
                except OSError:  # the client is gone
                    self.close_connection = True

        return Handler


def _hung_up(connection: socket.socket) -> bool:
    """Whether the client closed this connection (readable, and nothing to read)."""
    readable, _, _ = select.select([connection], [], [], 0)
    return bool(readable) and connection.recv(1, socket.MSG_PEEK) == b""


def others() -> list[asyncio.Task[object]]:
    """The tasks of the running event loop but the current one."""
    return [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]


def page_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("ango-hub-page")]


# -- the next request goes out while a page is read ----------------------------------------------


def test_the_next_page_is_asked_for_while_a_page_is_read() -> None:
    with PageServer(pages=4, limit=2) as server, Client(api_key="k", base_url=server.base_url) as hub:
        ids: list[str] = []
        for task in hub.tasks.list("p", limit=2):
            if len(ids) % 2 == 0:  # the first item of page k: page k + 1 is asked for already
                page = len(ids) // 2 + 1
                assert server.asked_for(page + 1), page
            ids.append(task.id)
    assert ids == server.ids(1, 2, 3, 4)
    assert server.asked == [1, 2, 3, 4]


def test_the_next_page_is_asked_for_while_a_page_is_read_async() -> None:
    async def main(server: PageServer) -> list[str]:
        ids: list[str] = []
        async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
            async for task in hub.tasks.list("p", limit=2):
                if len(ids) % 2 == 0:
                    page = len(ids) // 2 + 1
                    # Blocking the event loop on purpose: the request must be out already, not
                    # waiting for the loop's next turn (which reading a page does not give).
                    assert server.asked_for(page + 1), page
                ids.append(task.id)
        return ids

    with PageServer(pages=4, limit=2) as server:
        assert asyncio.run(main(server)) == server.ids(1, 2, 3, 4)
    assert server.asked == [1, 2, 3, 4]


# -- at most N pages ahead ------------------------------------------------------------------------


def assert_at_most_ahead(server: PageServer, page: int, max_concurrency: int) -> None:
    """While page ``page`` is read, the pages after it that were asked for are at most
    ``max_concurrency`` (so at most N + 1 pages of bytes are held), and at least as many as exist."""
    asked = sorted(server.asked)
    assert asked == list(range(1, len(asked) + 1)), asked  # each page once, none skipped
    assert min(page + max_concurrency, server.pages) <= len(asked) <= page + max_concurrency, (page, asked)


@pytest.mark.parametrize("max_concurrency", [1, 3, 8])
def test_the_fetchers_stay_at_most_n_pages_ahead(max_concurrency: int) -> None:
    with PageServer(pages=8, limit=2) as server, Client(api_key="k", base_url=server.base_url) as hub:
        ids: list[str] = []
        for task in hub.tasks.list("p", limit=2, max_concurrency=max_concurrency):
            if len(ids) % 2 == 0:  # the reader pauses at the first item of each page
                page = len(ids) // 2 + 1
                assert server.asked_through(min(page + max_concurrency, server.pages))
                time.sleep(SETTLE)  # room for the fetchers to run further ahead, if they would
                assert_at_most_ahead(server, page, max_concurrency)
            ids.append(task.id)
    assert ids == server.ids(*range(1, 9))


@pytest.mark.parametrize("max_concurrency", [1, 3, 8])
def test_the_fetchers_stay_at_most_n_pages_ahead_async(max_concurrency: int) -> None:
    async def main(server: PageServer) -> list[str]:
        ids: list[str] = []
        async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
            async for task in hub.tasks.list("p", limit=2, max_concurrency=max_concurrency):
                if len(ids) % 2 == 0:
                    page = len(ids) // 2 + 1
                    expected = set(range(1, min(page + max_concurrency, server.pages) + 1))
                    for _ in range(int(PATIENCE / 0.01)):
                        if expected <= set(server.asked):  # arrived, in whatever order
                            break
                        await asyncio.sleep(0.01)
                    await asyncio.sleep(SETTLE)  # the event loop runs: the fetch tasks could go on
                    assert_at_most_ahead(server, page, max_concurrency)
                ids.append(task.id)
        return ids

    with PageServer(pages=8, limit=2) as server:
        assert asyncio.run(main(server)) == server.ids(*range(1, 9))


# -- each request in the iterating side's context of the moment it is asked for ----------------------


def collected_pages(responses: list[httpx.Response]) -> list[int]:
    return [int(response.request.url.params["page"]) for response in responses]


def test_each_fetch_runs_in_the_iterating_threads_context_of_its_time() -> None:
    # raw_responses() entered while page 2 is read: page 3 was asked for when page 2 was taken,
    # before the block; pages 4 and 5 are asked for inside it (each as the page before it is
    # taken), so they are collected, whichever thread sends them.
    with PageServer(pages=5, limit=2) as server, Client(api_key="k", base_url=server.base_url) as hub:
        listing = iter(hub.tasks.list("p", limit=2))
        ids = [next(listing).id for _ in range(3)]  # the first item of page 2
        with hub.raw_responses() as responses:
            ids.extend(task.id for task in listing)
    assert ids == server.ids(1, 2, 3, 4, 5)
    assert collected_pages(responses) == [4, 5]


def test_each_fetch_runs_in_the_iterating_tasks_context_of_its_time_async() -> None:
    async def main(server: PageServer) -> tuple[list[str], list[int]]:
        async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
            listing = aiter(hub.tasks.list("p", limit=2))
            ids = [(await anext(listing)).id for _ in range(3)]
            with hub.raw_responses() as responses:
                ids.extend([task.id async for task in listing])
            return ids, collected_pages(responses)

    with PageServer(pages=5, limit=2) as server:
        ids, pages = asyncio.run(main(server))
        assert ids == server.ids(1, 2, 3, 4, 5)
        assert pages == [4, 5]


# -- an early break ---------------------------------------------------------------------------------


def test_a_break_leaves_no_fetch_running() -> None:
    # Client cannot interrupt a blocking read: the requests in flight are waited for (the server
    # answers them after a short delay), the others are never sent.
    with (
        PageServer(pages=10, limit=1, delay=0.2) as server,
        Client(api_key="k", base_url=server.base_url) as hub,
    ):
        for task in hub.tasks.list("p", limit=1, max_concurrency=3):
            if task.id == "t2-0":
                assert server.asked_at_least(5)  # pages 3 to 5 in flight
                break
        assert page_threads() == []
        assert server.wait_for(lambda: server.open == 0)  # each request in flight was answered
        asked = list(server.asked)
        time.sleep(SETTLE)
        assert server.asked == asked
        assert sorted(asked) == [1, 2, 3, 4, 5]


def test_a_break_leaves_no_fetch_running_async() -> None:
    # AsyncClient cancels the requests in flight: their connections are closed at once.
    async def main(server: PageServer) -> None:
        async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
            async for task in hub.tasks.list("p", limit=1, max_concurrency=3):
                if task.id == "t2-0":
                    assert server.asked_at_least(5)  # held: in flight
                    break
            # asyncio closes the abandoned generator in a task of its own, which cancels the fetches.
            for _ in range(100):
                if not others():
                    break
                await asyncio.sleep(0)
            assert others() == []
            assert server.wait_for(lambda: server.open == 0)
            assert server.hung_up == 3
            server.release.set()
            await asyncio.sleep(SETTLE)
            assert sorted(server.asked) == [1, 2, 3, 4, 5]

    with PageServer(pages=10, limit=1, hold_from=3) as server:
        asyncio.run(main(server))


async def collect(listing: AsyncIterable[Task], ids: list[str]) -> None:
    async for task in listing:
        ids.append(task.id)


# -- errors where they belong -----------------------------------------------------------------------


@pytest.mark.parametrize("max_concurrency", [1, 3])
def test_an_error_of_page_k_comes_after_the_items_before_it(max_concurrency: int) -> None:
    with PageServer(pages=6, limit=2, fail=3) as server, Client(api_key="k", base_url=server.base_url) as hub:
        ids: list[str] = []
        listing = hub.tasks.list("p", limit=2, max_concurrency=max_concurrency)
        with pytest.raises(BadRequestError, match="page 3 is refused"):
            ids.extend(task.id for task in listing)
        assert ids == server.ids(1, 2)
        assert page_threads() == []


@pytest.mark.parametrize("max_concurrency", [1, 3])
def test_an_error_of_page_k_comes_after_the_items_before_it_async(max_concurrency: int) -> None:
    async def main(server: PageServer) -> list[str]:
        ids: list[str] = []
        async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
            listing = hub.tasks.list("p", limit=2, max_concurrency=max_concurrency)
            with pytest.raises(BadRequestError, match="page 3 is refused"):
                await collect(listing, ids)
            assert others() == []
        return ids

    with PageServer(pages=6, limit=2, fail=3) as server:
        assert asyncio.run(main(server)) == server.ids(1, 2)


# -- faults: 429s, 5xx and dropped connections ------------------------------------------------------

KEY = "pipelined-paging-key"


@pytest.fixture(scope="module")
def faulty_mock() -> Iterator[tuple[str, str]]:
    faults = FaultConfig(rate_limit=40, error_rate=0.2, drop_rate=0.1, seed=5)
    app = create_app(api_key=KEY, seed="demo", tasks=1200, faults=faults)
    with serve_in_thread(app) as base_url:
        yield base_url, load_test_project_id(mock_state(app))


@pytest.mark.parametrize("max_concurrency", [1, 3])
def test_every_item_once_despite_429s_5xx_and_dropped_connections(
    faulty_mock: tuple[str, str], max_concurrency: int
) -> None:
    base_url, project_id = faulty_mock
    waits: list[float] = []

    def short_sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(min(seconds, 0.05))

    with Client(api_key=KEY, base_url=base_url, max_retries=10) as hub:
        hub._sleep = short_sleep
        with hub.raw_responses() as responses:
            listing = hub.tasks.list(project_id, limit=50, max_concurrency=max_concurrency)
            ids = [task.id for task in listing]
    assert len(ids) == len(set(ids)) == 1200
    assert waits, "the faults should have made the client retry"
    # The fetch threads send on behalf of the iterating thread: raw_responses() sees every
    # answer, retried ones included.
    assert sum(response.status_code == 200 for response in responses) >= 1200 // 50


@pytest.mark.parametrize("max_concurrency", [1, 3])
def test_every_item_once_despite_429s_5xx_and_dropped_connections_async(
    faulty_mock: tuple[str, str], max_concurrency: int
) -> None:
    base_url, project_id = faulty_mock
    waits: list[float] = []

    async def short_sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(min(seconds, 0.05))

    async def main() -> list[str]:
        async with AsyncClient(api_key=KEY, base_url=base_url, max_retries=10) as hub:
            hub._sleep = short_sleep
            listing = hub.tasks.list(project_id, limit=50, max_concurrency=max_concurrency)
            return [task.id async for task in listing]

    ids = asyncio.run(main())
    assert len(ids) == len(set(ids)) == 1200
    assert waits, "the faults should have made the client retry"


# -- max_concurrency=N: the first N pages are asked for at once ---------------------------------------

FLAVOURS = ["Client", "AsyncClient"]


def listing_ids(
    flavour: str, server: PageServer, ids: list[str], *, max_retries: int = 2, **options: int
) -> None:
    """Every ID of ``tasks.list("p", **options)``, appended to ``ids`` as they come (so that the
    items before an error are seen); no fetch is left running afterwards."""
    if flavour == "Client":
        try:
            with Client(api_key="k", base_url=server.base_url, max_retries=max_retries) as hub:
                ids.extend(task.id for task in hub.tasks.list("p", **options))
        finally:
            assert page_threads() == []
        return

    async def main() -> None:
        async with AsyncClient(api_key="k", base_url=server.base_url, max_retries=max_retries) as hub:
            try:
                await collect(hub.tasks.list("p", **options), ids)
            finally:
                assert others() == []

    asyncio.run(main())


def listing_pages(flavour: str, server: PageServer, **options: int) -> list[list[str]]:
    """The IDs of each page of ``tasks.list("p", **options).pages()``."""
    if flavour == "Client":
        with Client(api_key="k", base_url=server.base_url) as hub:
            return [[task.id for task in page] for page in hub.tasks.list("p", **options).pages()]

    async def main() -> list[list[str]]:
        async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
            return [[task.id for task in page] async for page in hub.tasks.list("p", **options).pages()]

    return asyncio.run(main())


def counted(items: int, limit: int) -> Callable[[int], tuple[list[str], int | None]]:
    """The pages of a listing of ``items`` tasks (``t0`` ...), ``limit`` a page."""

    def content(page: int) -> tuple[list[str], int | None]:
        first = (page - 1) * limit
        return [f"t{i}" for i in range(first, min(first + limit, items))], items

    return content


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("max_concurrency", [1, 4])
def test_the_first_n_pages_are_asked_for_before_any_answer(flavour: str, max_concurrency: int) -> None:
    # The server answers nothing before N requests have arrived (or its patience ran out).
    with PageServer(pages=6, limit=2, gather=max_concurrency) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, limit=2, max_concurrency=max_concurrency)
    assert server.before_first_answer == list(range(1, max_concurrency + 1))
    assert ids == server.ids(*range(1, 7))
    assert sorted(server.asked) == list(range(1, 8 if max_concurrency > 1 else 7))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("items", [0, 1, 2, 3, 4, 5, 8])
def test_a_listing_shorter_than_n_pages_yields_exactly_its_items(flavour: str, items: int) -> None:
    # 4 pages asked for at once: the pages past the end are asked for (at most 3 requests too
    # many) but never yielded, empty or not.
    content = counted(items, 2)
    with PageServer(pages=0, limit=2, content=content) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, limit=2, max_concurrency=4)
    assert ids == [f"t{i}" for i in range(items)]
    asked = [1, 2, 3, 4] + ([5] if items == 8 else [])
    if flavour == "Client":
        assert sorted(server.asked) == asked
    else:  # the requests past the end are cancelled when the listing ends: some may not be sent
        assert sorted(server.asked) == sorted(set(server.asked))
        assert set(server.asked) <= set(asked)
    with PageServer(pages=0, limit=2, content=content) as server:
        pages = listing_pages(flavour, server, limit=2, max_concurrency=4)
    expected = [[f"t{i}" for i in range(first, min(first + 2, items))] for first in range(0, items, 2)]
    assert pages == (expected or [[]])  # the first page is yielded, even empty


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("failing", [3, 4])
def test_a_page_past_the_first_pages_total_that_fails_ends_the_listing(flavour: str, failing: int) -> None:
    # Two full pages; page 3 (asked for to see whether the listing grew) or page 4 (asked for
    # with the first page, before the total was known) is refused: the listing is complete.
    with PageServer(pages=2, limit=2, fail=failing) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, limit=2, max_concurrency=4)
    assert ids == server.ids(1, 2)
    if flavour == "Client":
        assert sorted(server.asked) == [1, 2, 3, 4]
    else:  # page 4 is cancelled when the listing ends: it may not have been sent
        assert sorted(server.asked) in ([1, 2, 3], [1, 2, 3, 4])


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_page_past_the_end_whose_connection_drops_ends_the_listing(flavour: str) -> None:
    with PageServer(pages=1, limit=2, content=counted(3, 2), drop=frozenset({3, 4})) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, max_retries=0, limit=2, max_concurrency=4)
    assert ids == ["t0", "t1", "t2"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_failing_page_a_later_total_reaches_is_raised_after_the_items_before_it(flavour: str) -> None:
    # The first page says 2 pages, the second that the listing grew to 4: page 3 is needed.
    def content(page: int) -> tuple[list[str], int | None]:
        return {1: (["a", "b"], 4), 2: (["c", "d"], 8)}.get(page, ([f"x{page}", f"y{page}"], 8))

    with PageServer(pages=0, limit=2, content=content, fail=3) as server:
        ids: list[str] = []
        with pytest.raises(BadRequestError, match="page 3 is refused"):
            listing_ids(flavour, server, ids, limit=2, max_concurrency=3)
    assert ids == ["a", "b", "c", "d"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_failing_needed_page_asked_for_with_the_first_is_raised(flavour: str) -> None:
    with PageServer(pages=6, limit=2, fail=2) as server:
        ids: list[str] = []
        with pytest.raises(BadRequestError, match="page 2 is refused"):
            listing_ids(flavour, server, ids, limit=2, max_concurrency=4)
    assert ids == server.ids(1)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_429s_on_the_pages_asked_for_with_the_first_are_retried(flavour: str) -> None:
    with PageServer(pages=6, limit=2, statuses={1: [429], 2: [429, 429], 4: [429]}) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, limit=2, max_concurrency=4)
    assert ids == server.ids(*range(1, 7))
    assert sorted(server.asked) == [1, 1, 2, 2, 2, 3, 4, 4, 5, 6, 7]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_429_past_the_end_without_retries_left_ends_the_listing(flavour: str) -> None:
    with PageServer(pages=2, limit=2, statuses={3: [429], 4: [429]}) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, max_retries=0, limit=2, max_concurrency=4)
    assert ids == server.ids(1, 2)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_listing_that_shrank_ends_at_its_first_empty_page(flavour: str) -> None:
    # The first page says 5 pages; by the time the others are read, 3 tasks are left.
    def content(page: int) -> tuple[list[str], int | None]:
        return {1: (["a", "b"], 10), 2: (["c"], 3)}.get(page, ([], 3))

    with PageServer(pages=0, limit=2, content=content) as server:
        pages = listing_pages(flavour, server, limit=2, max_concurrency=4)
    assert pages == [["a", "b"], ["c"]]
    with PageServer(pages=0, limit=2, content=lambda page: content(page) if page < 2 else ([], 2)) as server:
        pages = listing_pages(flavour, server, limit=2, max_concurrency=4)
    assert pages == [["a", "b"]]
    # Page 2 ends it: pages 3 to 5 are not read, and at most N pages after it were asked for.
    assert sorted(server.asked) == sorted(set(server.asked))
    assert set(server.asked) <= set(range(1, 7))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_listing_that_grew_past_the_first_n_pages_is_followed_to_its_end(flavour: str) -> None:
    # The first page says 2 pages; there are 7 by the time the others are read.
    def content(page: int) -> tuple[list[str], int | None]:
        total = 4 if page == 1 else 13
        return counted(13, 2)(page)[0], total

    with PageServer(pages=0, limit=2, content=content) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, limit=2, max_concurrency=3)
    assert ids == [f"t{i}" for i in range(13)]
    assert sorted(server.asked) == list(range(1, 8))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_listing_without_a_total_is_read_to_its_short_page(flavour: str) -> None:
    with PageServer(pages=0, limit=2, content=lambda page: (counted(11, 2)(page)[0], None)) as server:
        ids: list[str] = []
        listing_ids(flavour, server, ids, limit=2, max_concurrency=3)
    assert ids == [f"t{i}" for i in range(11)]
    assert sorted(server.asked) == list(range(1, 7))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_the_total_asked_first_costs_one_request_and_is_not_asked_again(flavour: str) -> None:
    with PageServer(pages=5, limit=2) as server:
        if flavour == "Client":
            with Client(api_key="k", base_url=server.base_url) as hub:
                listing = hub.tasks.list("p", limit=2, max_concurrency=4)
                assert listing.total == 10
                assert server.asked == [1]
                ids = [task.id for task in listing]
        else:

            async def main() -> list[str]:
                async with AsyncClient(api_key="k", base_url=server.base_url) as hub:
                    listing = hub.tasks.list("p", limit=2, max_concurrency=4)
                    assert await listing.total == 10
                    assert server.asked == [1]
                    return [task.id async for task in listing]

            ids = asyncio.run(main())
    assert ids == server.ids(*range(1, 6))
    assert sorted(server.asked) == [1, 2, 3, 4, 5, 6]


# -- Client: a page is parsed once the next page's request is written --------------------------------


def record_writes(monkeypatch: pytest.MonkeyPatch, events: list[str]) -> None:
    """Append ``written <page>`` to ``events`` once httpcore has written each listing request."""
    import httpcore._backends.sync as sync_backend

    write = sync_backend.SyncStream.write

    def recorded_write(self: sync_backend.SyncStream, buffer: bytes, timeout: float | None = None) -> None:
        write(self, buffer, timeout)
        if buffer.startswith(b"GET "):
            page = parse_qs(urlsplit(buffer.split(b" ")[1].decode()).query)["page"][0]
            events.append(f"written {page}")

    monkeypatch.setattr(sync_backend.SyncStream, "write", recorded_write)


def record_parses(listing: Paginator[Task], events: list[str]) -> None:
    """Append ``parsed <page>`` to ``events`` as ``listing`` starts to parse each page."""
    parse = listing._parse

    def recorded_parse(answer: httpx.Response) -> tuple[list[Task], int | None]:
        events.append(f"parsed {answer.request.url.params['page']}")
        return parse(answer)

    listing._parse = recorded_parse


@pytest.mark.parametrize("max_concurrency", [1, 3])
def test_a_page_is_parsed_once_the_next_pages_request_is_written(
    monkeypatch: pytest.MonkeyPatch, max_concurrency: int
) -> None:
    # Both threads need the GIL: a parse that took it before the fetch thread wrote the next
    # request would hold that request back. Recorded in order: each request once httpcore has
    # written it, each parse as it starts (the wait for the write made unbounded for the test).
    import ango_hub.pagination as pagination

    monkeypatch.setattr(pagination, "_SEND_WAIT", PATIENCE)
    events: list[str] = []
    record_writes(monkeypatch, events)
    with PageServer(pages=6, limit=2) as server, Client(api_key="k", base_url=server.base_url) as hub:
        listing = hub.tasks.list("p", limit=2, max_concurrency=max_concurrency)
        record_parses(listing, events)
        ids = [task.id for task in listing]
    assert ids == server.ids(*range(1, 7))
    for page in range(2, 7 - max_concurrency):
        assert events.index(f"written {page + max_concurrency}") < events.index(f"parsed {page}"), events


def test_a_page_is_parsed_while_the_next_request_waits_for_the_rate_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The iterating thread is woken for a page once the next page's request is written; a
    # request that first waits for the client's rate limit (0.25 s here) says so at once
    # (report_waiting), so the page is parsed and read during that wait, not after it.
    events: list[str] = []
    record_writes(monkeypatch, events)
    with (
        PageServer(pages=4, limit=2) as server,
        Client(api_key="k", base_url=server.base_url, requests_per_minute=240) as hub,
    ):
        listing = hub.tasks.list("p", limit=2)
        record_parses(listing, events)
        ids = [task.id for task in listing]
    assert ids == server.ids(1, 2, 3, 4)
    for page in (2, 3):
        assert events.index(f"parsed {page}") < events.index(f"written {page + 1}"), events
