"""Lazy iteration over the pages of a list operation.

``client.tasks.list(project_id)`` returns a :class:`Paginator` (with ``AsyncClient``, an
:class:`AsyncPaginator`, iterated with ``async for``): iterating it yields every task,
fetching pages of ``limit`` items as they are needed; ``.pages()`` yields the pages
themselves (with the total the API reports). Paging stops on the reported total or on a
short page, never by waiting for an error.

With ``max_concurrency`` above 1, the first page is fetched alone to learn the total,
then the remaining pages are fetched in parallel (at most ``max_concurrency`` requests at
once: threads for ``Paginator``, tasks for ``AsyncPaginator``) and still yielded in order.
Items are de-duplicated by ID, so an item that moves from one page to the next while the
listing runs (offset paging) is yielded once.

``progress`` is a callback ``progress(items so far, total)`` called after each page, or
``True`` / ``"always"`` for a tqdm bar on stderr counting the items against the reported
total, with the pages in its postfix (see :mod:`ango_hub._progress`). A bar is closed when the
iteration ends, fails, or is abandoned (a ``break``: when the iterator is closed or collected).

A listing that would take long logs one warning (on the ``ango_hub`` logger) when its
first page arrives, naming a faster path: ``tasks.list`` hands its paginator a
:class:`SlowListingHint`, and when the reported total needs more than
``SLOW_LISTING_MINUTES`` (5) minutes of further requests at the client's
``requests_per_minute`` (or at the published limit of 100 requests a minute when it has
none), the warning names ``hub.exports.iter_records(project_id, ...)``.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._constants import PUBLISHED_REQUESTS_PER_MINUTE, SLOW_LISTING_MINUTES
from ._progress import ShowProgress, close_progress, progress_callback
from ._validation import check_int

__all__ = [
    "AsyncPageFetcher",
    "AsyncPaginator",
    "Page",
    "PageFetcher",
    "PageProgress",
    "Paginator",
    "SlowListingHint",
]

logger = logging.getLogger("ango_hub")

T = TypeVar("T")

#: Called with (items yielded so far, total or None) after each page.
PageProgress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing."""

    items: list[T]
    #: Page number, from 1.
    number: int
    limit: int
    #: Items on all pages, as the API reports it (None when it does not).
    total: int | None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


#: Fetches page ``number`` of ``limit`` items: returns the items and the reported total.
PageFetcher = Callable[[int, int], tuple[list[T], int | None]]
AsyncPageFetcher = Callable[[int, int], Awaitable[tuple[list[T], int | None]]]


@dataclass(frozen=True)
class SlowListingHint:
    """What a paginator needs to foresee a long listing, and the faster path to name."""

    #: What is listed, for the message: ``"tasks of project 6f..."``.
    what: str
    #: The faster path: ``"hub.exports.iter_records(project_id, ...)"``.
    alternative: str
    #: The client's ``requests_per_minute``; None: the published limit (100 a minute).
    requests_per_minute: float | None = None


def _warn_if_slow(first: Page[T], limit: int, hint: SlowListingHint) -> None:
    """Log one warning when the pages after ``first`` would take more than a few minutes."""
    if first.total is None or _is_last(first, limit):
        return
    remaining = max(math.ceil(first.total / limit) - first.number, 0)
    rate = hint.requests_per_minute or PUBLISHED_REQUESTS_PER_MINUTE
    minutes = remaining / rate
    if minutes <= SLOW_LISTING_MINUTES:
        return
    limit_source = (
        "the client's requests_per_minute"
        if hint.requests_per_minute
        else "the published rate limit; set requests_per_minute= on the client if yours differs"
    )
    logger.warning(
        "Listing the %s items (%s) will take about %.0f minutes: %d more requests of %d at %g a minute "
        "(%s). An export streams them in one download: %s.",
        f"{first.total:,}",
        hint.what,
        minutes,
        remaining,
        limit,
        rate,
        limit_source,
        hint.alternative,
    )


def _item_key(item: object) -> object:
    identifier = getattr(item, "id", None)
    return identifier if isinstance(identifier, str) else id(item)


def _check_arguments(start_page: int, max_concurrency: int) -> None:
    check_int("max_concurrency", max_concurrency, minimum=1)
    check_int("start_page", start_page, minimum=1)


def _is_last(page: Page[T], limit: int) -> bool:
    """Whether no page follows ``page``: it is short, or it reaches the reported total."""
    if len(page.items) < limit:
        return True
    return page.total is not None and page.number * limit >= page.total


def _last_page_number(first: Page[T], limit: int) -> int:
    assert first.total is not None
    return max(math.ceil(first.total / limit), first.number)


class _Deduplicator(Generic[T]):
    """Drops items seen on an earlier page (by ID) and reports progress after each page."""

    def __init__(self, progress: PageProgress | None) -> None:
        self._seen: set[object] = set()
        self._progress = progress
        self.count = 0

    def new_items(self, page: Page[T]) -> list[T]:
        fresh: list[T] = []
        for item in page.items:
            key = _item_key(item)
            if key not in self._seen:
                self._seen.add(key)
                fresh.append(item)
        self.count += len(fresh)
        return fresh

    def page_done(self, page: Page[T]) -> None:
        if self._progress is not None:
            self._progress(self.count, page.total)


Fetcher = TypeVar("Fetcher")


class _PaginatorBase(Generic[T, Fetcher]):
    """What both paginators hold: the fetch function, the page size, the first page."""

    def __init__(
        self,
        fetch: Fetcher,
        *,
        limit: int,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        unit: str = "item",
        slow_hint: SlowListingHint | None = None,
    ) -> None:
        _check_arguments(start_page, max_concurrency)
        self._fetch = fetch
        self._slow_hint = slow_hint
        self.limit = limit
        self.start_page = start_page
        self.max_concurrency = max_concurrency
        self._progress = progress_callback(
            progress, f"{unit}s", unit=unit, page_size=limit, start_page=start_page
        )
        self._first: Page[T] | None = None

    def __repr__(self) -> str:
        # getattr: a paginator whose arguments were refused is half built (and a traceback
        # rendered with its locals reprs it).
        limit = getattr(self, "limit", "?")
        concurrency = getattr(self, "max_concurrency", "?")
        return f"{type(self).__name__}(limit={limit}, max_concurrency={concurrency})"

    def _remember(self, page: Page[T]) -> Page[T]:
        if page.number == self.start_page:
            if self._first is None and self._slow_hint is not None:
                _warn_if_slow(page, self.limit, self._slow_hint)
            self._first = page
        return page


class Paginator(_PaginatorBase[T, PageFetcher[T]]):
    """Every item of a list operation, fetched lazily page by page.

    >>> for task in hub.tasks.list(project_id, limit=100):     # doctest: +SKIP
    ...     print(task.id)
    >>> hub.tasks.list(project_id).total                        # doctest: +SKIP
    20000
    """

    def _page(self, number: int) -> Page[T]:
        if number == self.start_page and self._first is not None:
            return self._first
        items, total = self._fetch(number, self.limit)
        return self._remember(Page(items=items, number=number, limit=self.limit, total=total))

    @property
    def total(self) -> int | None:
        """The number of items on all pages, as the API reports it (fetches the first page)."""
        return self.first_page().total

    def first_page(self) -> Page[T]:
        """The first page (fetched once, then kept)."""
        return self._page(self.start_page)

    def pages(self) -> Iterator[Page[T]]:
        """Every page, in order."""
        first = self.first_page()
        yield first
        if _is_last(first, self.limit):
            return
        if self.max_concurrency == 1 or first.total is None:
            page = first
            while not _is_last(page, self.limit):
                page = self._page(page.number + 1)
                yield page
            return
        yield from self._concurrent_pages(first)

    def _concurrent_pages(self, first: Page[T]) -> Iterator[Page[T]]:
        last = _last_page_number(first, self.limit)
        final = first
        with ThreadPoolExecutor(max_workers=self.max_concurrency, thread_name_prefix="ango-hub-page") as pool:
            window: deque[Future[Page[T]]] = deque()
            try:
                for number in range(first.number + 1, last + 1):
                    window.append(pool.submit(self._page, number))
                    if len(window) >= self.max_concurrency:
                        final = window.popleft().result()
                        yield final
                while window:
                    final = window.popleft().result()
                    yield final
            finally:
                for future in window:
                    future.cancel()
        # The total grew while listing (the last page came back full): go on one page at a
        # time until a short page.
        while len(final.items) >= self.limit:
            final = self._page(final.number + 1)
            if not final.items:
                return
            yield final

    def __iter__(self) -> Iterator[T]:
        dedupe: _Deduplicator[T] = _Deduplicator(self._progress)
        try:
            for page in self.pages():
                yield from dedupe.new_items(page)
                dedupe.page_done(page)
        finally:
            close_progress(self._progress)

    def to_list(self) -> list[T]:
        """Every item, in a list (this loads them all in memory: prefer iterating)."""
        return list(self)


class AsyncPaginator(_PaginatorBase[T, AsyncPageFetcher[T]]):
    """Every item of a list operation of ``AsyncClient``, fetched lazily page by page.

    >>> async for task in hub.tasks.list(project_id, limit=100):   # doctest: +SKIP
    ...     print(task.id)
    >>> await hub.tasks.list(project_id).total                   # doctest: +SKIP
    20000
    """

    async def _page(self, number: int) -> Page[T]:
        if number == self.start_page and self._first is not None:
            return self._first
        items, total = await self._fetch(number, self.limit)
        return self._remember(Page(items=items, number=number, limit=self.limit, total=total))

    @property
    def total(self) -> Awaitable[int | None]:
        """The number of items on all pages as the API reports it: ``await paginator.total``.

        Fetches the first page (once; iterating afterwards does not fetch it again).
        """
        return self._total()

    async def _total(self) -> int | None:
        return (await self.first_page()).total

    async def first_page(self) -> Page[T]:
        """The first page (fetched once, then kept)."""
        return await self._page(self.start_page)

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page, in order (``async for page in paginator.pages()``)."""
        first = await self.first_page()
        yield first
        if _is_last(first, self.limit):
            return
        if self.max_concurrency == 1 or first.total is None:
            page = first
            while not _is_last(page, self.limit):
                page = await self._page(page.number + 1)
                yield page
            return
        async for page in self._concurrent_pages(first):
            yield page

    async def _concurrent_pages(self, first: Page[T]) -> AsyncIterator[Page[T]]:
        last = _last_page_number(first, self.limit)
        final = first
        window: deque[asyncio.Task[Page[T]]] = deque()
        try:
            for number in range(first.number + 1, last + 1):
                window.append(asyncio.ensure_future(self._page(number)))
                if len(window) >= self.max_concurrency:
                    final = await window.popleft()
                    yield final
            while window:
                final = await window.popleft()
                yield final
        finally:
            for task in window:
                task.cancel()
            if window:
                await asyncio.gather(*window, return_exceptions=True)
        # The total grew while listing (the last page came back full): go on one page at a
        # time until a short page.
        while len(final.items) >= self.limit:
            final = await self._page(final.number + 1)
            if not final.items:
                return
            yield final

    async def __aiter__(self) -> AsyncIterator[T]:
        # After ``async for ... break`` the bar is closed when asyncio finalizes this generator:
        # its hook schedules aclose() once the loop drops it, so at the next await.
        dedupe: _Deduplicator[T] = _Deduplicator(self._progress)
        try:
            async for page in self.pages():
                for item in dedupe.new_items(page):
                    yield item
                dedupe.page_done(page)
        finally:
            close_progress(self._progress)

    async def to_list(self) -> list[T]:
        """Every item, in a list (this loads them all in memory: prefer iterating)."""
        return [item async for item in self]
