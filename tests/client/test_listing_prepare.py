"""A listing sends its first request before it imports what parsing the answers needs.

The models of the answers (and attrs) take tens of milliseconds to import: a listing imports
them while its first requests are in flight (the paginators' ``prepare``), not before sending
them. Structural checks of a fresh interpreter (which modules are loaded when the first request
is written, and when its answer is read), against the mock over real HTTP, and of the
paginators' ``prepare`` contract with fetch and parse functions of the test's own.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import pytest

from ango_hub.pagination import AsyncPaginator, Paginator
from ango_hub.testing import MockHub

#: What the answers' parse needs and building a request does not.
HEAVY = [
    "attrs",
    "ango_hub_api.client",
    "ango_hub_api.models.task",
    "ango_hub_api.models.task_list_response",
]

PROBE = """
import asyncio, json, sys
import httpcore._async.http11 as async_http11
import httpcore._sync.http11 as sync_http11
from ango_hub import AsyncClient, Client

HEAVY = {heavy!r}
seen = {{"written": None, "reading": None}}

def note(moment):
    if seen[moment] is None:
        seen[moment] = [name for name in HEAVY if name in sys.modules]

def wrap_sync(name, moment, after):
    original = getattr(sync_http11.HTTP11Connection, name)
    def wrapped(self, *args, **kwargs):
        if not after:
            note(moment)
        result = original(self, *args, **kwargs)
        if after:
            note(moment)
        return result
    setattr(sync_http11.HTTP11Connection, name, wrapped)

def wrap_async(name, moment, after):
    original = getattr(async_http11.AsyncHTTP11Connection, name)
    async def wrapped(self, *args, **kwargs):
        if not after:
            note(moment)
        result = await original(self, *args, **kwargs)
        if after:
            note(moment)
        return result
    setattr(async_http11.AsyncHTTP11Connection, name, wrapped)

# "written": right after the first request's body is written (before the client hears of it);
# "reading": when the client starts reading the first answer.
wrap_sync("_send_request_body", "written", True)
wrap_sync("_receive_response_headers", "reading", False)
wrap_async("_send_request_body", "written", True)
wrap_async("_receive_response_headers", "reading", False)

options = dict(api_key={api_key!r}, base_url={base_url!r})
if {use_async!r}:
    async def main():
        async with AsyncClient(**options) as hub:
            return [task.id async for task in hub.tasks.list({project!r}, limit=2, max_concurrency={n})]
    ids = asyncio.run(main())
else:
    with Client(**options) as hub:
        ids = [task.id for task in hub.tasks.list({project!r}, limit=2, max_concurrency={n})]
seen["ids"] = ids
seen["after"] = [name for name in HEAVY if name in sys.modules]
print(json.dumps(seen))
"""


def probe(mock: MockHub, project: str, *, use_async: bool, n: int) -> dict[str, Any]:
    code = PROBE.format(
        heavy=HEAVY, api_key=mock.api_key, base_url=mock.base_url, project=project, use_async=use_async, n=n
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    seen: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return seen


@pytest.fixture(scope="module")
def listed(ango_mock: MockHub) -> tuple[str, list[str]]:
    """A project of the demo with more than one page of 2 tasks, and its task IDs in order."""
    with ango_mock.client() as hub:
        for project in hub.projects.list():
            ids = [task.id for task in hub.tasks.list(project.id, limit=2)]
            if len(ids) > 4:
                return project.id, ids
    raise AssertionError("no demo project with more than 4 tasks")


@pytest.mark.parametrize(("use_async", "n"), [(False, 1), (False, 3), (True, 1), (True, 3)])
def test_the_first_request_goes_out_before_the_answer_models_are_imported(
    ango_mock: MockHub, listed: tuple[str, list[str]], use_async: bool, n: int
) -> None:
    project, ids = listed
    seen = probe(ango_mock, project, use_async=use_async, n=n)
    assert seen["written"] == []
    assert seen["after"] == HEAVY
    assert seen["ids"] == ids  # every task once, in order


def test_one_page_at_a_time_the_models_are_imported_before_the_answer_is_read(
    ango_mock: MockHub, listed: tuple[str, list[str]]
) -> None:
    # Client, max_concurrency=1: imported in the iterating thread once the request is written
    # (the client reports the write), before the answer is read, so no thread is involved.
    project, _ids = listed
    seen = probe(ango_mock, project, use_async=False, n=1)
    assert seen["reading"] == HEAVY


def _pages(count: int, limit: int) -> dict[int, list[int]]:
    return {number: list(range((number - 1) * limit, number * limit)) for number in range(1, count + 1)}


@pytest.mark.parametrize("n", [1, 3])
def test_prepare_is_called_once_before_the_first_parse(n: int) -> None:
    pages = _pages(4, 2)
    events: list[str] = []

    def fetch(number: int, limit: int) -> tuple[list[int], int]:
        events.append(f"fetch {number}")
        return pages.get(number, []), 8

    def parse(answer: tuple[list[int], int]) -> tuple[list[int], int]:
        events.append("parse")
        return answer

    listing = Paginator(
        fetch, parse=parse, limit=2, max_concurrency=n, prepare=lambda: events.append("prepare")
    )
    assert list(listing) == list(range(8))
    assert events.count("prepare") == 1
    assert events.index("prepare") < events.index("parse")
    assert events.index("fetch 1") < events.index("prepare")


@pytest.mark.parametrize("n", [1, 3])
def test_async_prepare_is_called_once_after_the_first_requests_start_before_the_first_parse(n: int) -> None:
    pages = _pages(4, 2)
    events: list[str] = []

    async def fetch(number: int, limit: int) -> tuple[list[int], int]:
        events.append(f"fetch {number}")
        await asyncio.sleep(0.01)
        return pages.get(number, []), 8

    def parse(answer: tuple[list[int], int]) -> tuple[list[int], int]:
        events.append("parse")
        return answer

    async def main() -> list[int]:
        listing = AsyncPaginator(
            fetch, parse=parse, limit=2, max_concurrency=n, prepare=lambda: events.append("prepare")
        )
        return [item async for item in listing]

    assert asyncio.run(main()) == list(range(8))
    assert events.count("prepare") == 1
    assert events.index("prepare") < events.index("parse")
    # The first N requests were started before it.
    assert events[:n] == [f"fetch {number}" for number in range(1, n + 1)]
    assert events.index("prepare") >= n


def test_a_prepare_that_fails_leaves_the_error_to_the_parse() -> None:
    def prepare() -> None:
        raise ImportError("no module named 'broken'")

    def fetch(number: int, limit: int) -> tuple[list[int], int]:
        return ([1, 2] if number == 1 else []), 2

    listing = Paginator(fetch, parse=lambda answer: answer, limit=2, prepare=prepare)
    assert list(listing) == [1, 2]


def test_ctrl_c_while_preparing_is_not_swallowed() -> None:
    def prepare() -> None:
        raise KeyboardInterrupt

    def fetch(number: int, limit: int) -> tuple[list[int], int]:
        return [1, 2], 4

    listing = Paginator(fetch, parse=lambda answer: answer, limit=2, prepare=prepare)
    with pytest.raises(KeyboardInterrupt):
        list(listing)


def test_listing_with_the_client_needs_nothing_imported_by_hand(ango_mock: MockHub) -> None:
    # total and first_page() go through the same first fetch.
    with ango_mock.client() as hub:
        project = hub.projects.list_page(limit=1).projects[0]
        listing = hub.tasks.list(project.id, limit=2)
        assert isinstance(listing.total, int)
        assert [task.id for task in listing] == [task.id for task in hub.tasks.list(project.id, limit=50)]
