"""Lazy iteration over the pages of a list operation.

``client.tasks.list(project_id)`` returns a :class:`Paginator` (with ``AsyncClient``, an
:class:`AsyncPaginator`, iterated with ``async for``): iterating it yields every task,
fetching pages of ``limit`` items as they are needed; ``.pages()`` yields the pages
themselves (with the total the API reports). Paging stops on the reported total or on a
short page, never by waiting for an error.

Fetching is split from parsing. One page at a time (``max_concurrency=1``, the default), the
first page is fetched and parsed alone (it tells the total); from then on the next page's
request goes out as soon as the current page's bytes have arrived, and the current page is
parsed while that request is in flight: a background thread fetches for ``Paginator`` (the
thread that brings a page the iterating thread already waits for sends the next request
itself, at once), tasks for ``AsyncPaginator``. With ``max_concurrency=N`` the requests for the
first N pages go out at once, before the total is known (a listing shorter than N pages costs
up to N - 1 requests past its end, whose answers are dropped, errors included), and the N
fetchers only fetch bytes (at most N requests at once) while the iterating side parses, so a
parse never holds a fetch back. Pages are still yielded in order, each exactly once, and the
fetchers stay at most N pages ahead of the page being read: at most N + 1 pages of bytes are
held. (After a first page that reports no total, each page is parsed before the next one is
asked for.) An error of page k is raised after the items of the pages before it; with
``max_concurrency`` above 1, an error of a page past every total reported before it (asked for
before the total was known, or to see whether the listing grew) ends the listing instead. An
empty page after the first ends the listing. Closing the iterator (a
``break``) cancels the fetches in flight: an ``AsyncPaginator``'s tasks at once; a
``Paginator``'s requests not yet sent, and it waits for those already sent (at most N, each
bounded by the client's timeouts) so that no thread is left running, unless it is closed by
Ctrl-C: its fetch threads are daemon threads (:mod:`ango_hub._threads`), which neither the
paginator nor the interpreter's exit waits for. Items are de-duplicated by ID, so an item
that moves from one page to the next while the listing runs (offset paging) is yielded once.

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

import contextlib
import contextvars
import functools
import logging
import math
import threading
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Coroutine, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from ._constants import PUBLISHED_REQUESTS_PER_MINUTE, SLOW_LISTING_MINUTES
from ._progress import ShowProgress, close_progress, progress_callback
from ._sending import SENDING
from ._threads import DaemonThreads, interrupts
from ._validation import check_int

if TYPE_CHECKING:
    # Imported where used: a Client's listing (threads) does not need asyncio, which takes
    # about 10 ms to import.
    import asyncio

__all__ = [
    "AsyncPageFetcher",
    "AsyncPaginator",
    "Page",
    "PageFetcher",
    "PageParser",
    "PageProgress",
    "Paginator",
    "SlowListingHint",
]

logger = logging.getLogger("ango_hub")

T = TypeVar("T")
Raw = TypeVar("Raw")

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
#: Turns what a fetch returned (given ``parse=``: the answer, unparsed) into the items and the total.
PageParser = Callable[[Raw], tuple[list[T], int | None]]


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


def _parsed_already(answer: Any) -> tuple[list[Any], int | None]:
    """The parse of a paginator made without ``parse=``: its fetch returns the items and the total."""
    return cast(tuple[list[Any], int | None], answer)


class _Plan:
    """Which pages to ask for, learnt from each page as it is parsed (in order, the first page first).

    Before the first page is parsed, the ``speculate`` pages from ``start`` on (the first one
    included) are asked for: with ``max_concurrency=N > 1`` the first N pages go out at once,
    before the total is known; those of them past the end are never read (at most N - 1
    requests past the end of a listing shorter than N pages). A first page that is short or
    reaches the total it reports ends the listing.

    One page in flight at a time (``probe=False``): a page ends the listing when it is short
    or reaches the total it reports, and its total tells how far to ask ahead (the request for
    the page after it goes out before it is parsed, unless its predecessor's total said it was
    the last one). Several at a time (``probe=True``): every page up to the reported total is
    fetched, then, while the last page comes back full (the listing grew), one more page at a
    time until a short one; when the total says the last page is full, the page after it is
    asked for with the others rather than after them (without a total: one page at a time
    after the first N, each once the page before it came back full). An empty page (past the
    end: the listing ended where a total said, or shrank) ends the listing without being
    yielded; so does a page that fails past every total reported before it (:meth:`past_end`).
    """

    def __init__(self, start: int, limit: int, *, probe: bool, speculate: int = 0) -> None:
        self._limit = limit
        self._probe = probe
        #: The next page to ask for.
        self._following = start
        #: The last page asked for before the first page is learnt.
        self._speculated = start + speculate - 1
        #: Whether the first page was learnt.
        self._started = False
        #: The last page known to have items.
        self._last = start
        self._total: int | None = None
        #: The last page a reported total reaches (None: no page reported a total).
        self._reported_last: int | None = None
        #: No page follows the last one learnt.
        self.ended = False

    def next(self) -> int | None:
        """The number of the next page to ask for, or None while no further page is known to be needed."""
        if not self._started:
            end = self._speculated
        else:
            end = self._last
            if self._probe and self._total is not None and self._total >= self._last * self._limit:
                end += 1  # the last page will be full: whether the listing grew is asked at once
        if self.ended or self._following > end:
            return None
        number = self._following
        self._following += 1
        return number

    def learn(self, page: Page[Any]) -> bool:
        """Take in a parsed page (in order); return whether it is yielded."""
        limit = self._limit
        #: The last page the total this page reports reaches (None: it reports none).
        reaches = None if page.total is None else math.ceil(page.total / limit)
        if reaches is not None:
            self._reported_last = max(self._reported_last or reaches, reaches)
        if not self._started:
            self._started = True
            self._following = max(self._following, page.number + 1)
            self._last = page.number if reaches is None else max(reaches, page.number)
            if _is_last(page, limit):  # short, or it reaches its total: as one page at a time
                self.ended = True
                return True
        if not self._probe:
            if _is_last(page, limit):
                self.ended = True
            else:
                self._last = page.number + 1 if reaches is None else reaches
            return True
        if not page.items:  # past the end: the first page's total, or the listing shrank
            self.ended = True
            return False
        if reaches is not None:
            self._total = page.total
            self._last = max(self._last, reaches)
        if page.number >= self._last:
            if len(page.items) >= limit:
                self._last = page.number + 1
            else:
                self.ended = True
        return True

    def past_end(self, number: int) -> bool:
        """Whether page ``number``, which failed, ends the listing instead of failing it.

        It does when several pages are fetched at a time, a page before it reported a total and no
        total reported so far reaches it: it was asked for before the first page told the total,
        or to see whether the listing grew past it (one page at a time it would not have been
        asked for at all).
        """
        return (
            self._probe and self._started and self._reported_last is not None and number > self._reported_last
        )


class _ThreadFetches:
    """The fetches of a ``Paginator`` in background threads, and the pages they bring, in order.

    At most ``n`` pages are asked for and not yet taken by the iterating thread (in flight, or
    arrived and waiting): with the page it parses, at most ``n + 1`` pages of bytes are held.
    A place is freed when the iterating thread takes a page; when it is already waiting for the
    page that arrives, the fetch thread that brought it takes it on its behalf and sends the next
    request itself, at once: no hand-off to another thread stands between one answer and the next
    request. The iterating thread is woken for the page once that request is written, or waits
    for a rate limit (:mod:`ango_hub._sending`), or its fetch has failed, so that neither its
    wake-up nor its parse takes the GIL before the write (a fetch whose client does not report
    its sends wakes it at once). Everything here is guarded by one lock, ``plan`` included.
    """

    def __init__(self, fetch: Callable[[int], Any], plan: _Plan, n: int) -> None:
        self._fetch = fetch
        self._plan = plan
        self._n = n
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        #: Pages asked for and not taken yet, in the order asked (the order they are read in).
        self._asked: deque[int] = deque()
        #: Pages arrived and not taken yet: (page, (True, answer) or (False, exception)).
        self._results: dict[int, tuple[bool, Any]] = {}
        #: The page the iterating thread waits for, and a copy of its context (for a next fetch).
        self._waiting_for: int | None = None
        self._context: contextvars.Context | None = None
        #: The page a fetch thread took for the waiting iterating thread.
        self._handed: int | None = None
        #: (page handed over, page whose request is being sent): the iterating thread starts on the
        #: first once the second's request is written.
        self._holding: tuple[int, int] | None = None
        #: The fetch function reports when its requests start to go out (learnt from the first).
        self._reports_sends = False
        self._closed = False
        #: The ``sent`` events of the fetches started by the last ``fill`` (for ``wait_sent``).
        self._sends: list[threading.Event] = []
        # Daemon threads: after a Ctrl-C the interpreter does not wait for the requests in flight.
        self._pool = DaemonThreads(n, "ango-hub-page")

    def fill(self) -> None:
        """Start a fetch for each free place that the plan has a page for; each has sent its
        request (or waits for the network) when this returns."""
        self._sends.clear()
        while True:
            with self._lock:
                if len(self._asked) >= self._n or (number := self._plan.next()) is None:
                    return
                self._asked.append(number)
            started, sent = threading.Event(), threading.Event()
            self._sends.append(sent)
            # In a copy of this thread's context, so that raw_responses() here sees them.
            self._pool.submit(self._run, number, contextvars.copy_context(), started, sent)
            # Parsing holds the GIL: a fetch thread that has to wait for it sends its request
            # only at the next switch (up to 5 ms later), or once the page is parsed. Waiting
            # here lets it run at once, until its request is written.
            started.wait(_START_WAIT)
            if self._reports_sends:
                sent.wait(_SEND_WAIT)

    def wait_sent(self, timeout: float) -> None:
        """Wait (``timeout`` seconds at most) until the requests of the fetches the last ``fill``
        started are written (or failed), or until a page has arrived."""
        sends = list(self._sends)
        with self._lock:
            self._arrived.wait_for(
                lambda: bool(self._results) or all(sent.is_set() for sent in sends), timeout
            )

    def take(self) -> tuple[int, bool, Any] | None:
        """The next page asked for, once it has arrived: (number, True, answer) or (number, False,
        the exception its fetch raised); None when no page is asked for."""
        with self._lock:
            if not self._asked:
                return None
            number = self._asked[0]
            if number not in self._results:
                self._waiting_for = number
                self._context = contextvars.copy_context()
                try:
                    while number not in self._results:
                        self._arrived.wait()
                finally:
                    self._waiting_for = self._context = None
            if self._holding is not None and self._holding[0] == number:
                self._arrived.wait_for(lambda: self._holding is None, _SEND_WAIT)
                self._holding = None
            if self._handed == number:
                self._handed = None  # the fetch thread took it off ``_asked`` already
            else:
                self._asked.popleft()
            ok, answer = self._results.pop(number)
        return number, ok, answer

    def learn(self, page: Page[Any]) -> bool:
        """``plan.learn(page)``, under the lock the fetch threads consult the plan with."""
        with self._lock:
            return self._plan.learn(page)

    def past_end(self, number: int) -> bool:
        """``plan.past_end(number)``, under the same lock."""
        with self._lock:
            return self._plan.past_end(number)

    def close(self, *, wait: bool) -> None:
        """Cancel the fetches not started; wait for those in flight when ``wait``."""
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)

    def _run(
        self,
        number: int,
        context: contextvars.Context,
        started: threading.Event,
        sent: threading.Event | None,
    ) -> None:
        """A fetch thread's work: page ``number``, then the next ones while the iterating
        thread waits for each page as it arrives."""
        started.set()
        following: int | None = number
        while following is not None:
            number = following
            try:
                outcome: tuple[bool, Any] = (True, context.run(self._fetch_reporting, number, sent))
            except BaseException as exc:  # raised in the iterating thread, when it takes this page
                outcome = (False, exc)
            if sent is not None:
                sent.set()  # if it failed before sending
            sent = None
            with self._lock:
                self._results[number] = outcome
                if self._holding is not None and self._holding[1] == number:
                    self._holding = None  # it ended before its request was reported sent
                following = None
                if self._waiting_for == number:
                    self._asked.popleft()
                    self._handed = number
                    self._waiting_for = None
                    if outcome[0] and not self._closed and self._context is not None:
                        context = self._context
                        if len(self._asked) < self._n and (following := self._plan.next()) is not None:
                            self._asked.append(following)
                            if self._reports_sends:
                                self._holding = (number, following)
                if self._holding is None or self._holding[0] != number:
                    # Else ``_sent`` wakes the iterating thread once that request is written (or
                    # this thread, if its fetch ends first): woken now, it would take the GIL
                    # while this thread sends the request.
                    self._arrived.notify()

    def _fetch_reporting(self, number: int, sent: threading.Event | None) -> Any:
        """``fetch(number)``, told (in this context) to report once its request is written."""
        SENDING.set(functools.partial(self._sent, number, sent))
        return self._fetch(number)

    def _sent(self, number: int, sent: threading.Event | None) -> None:
        """The request of page ``number`` is written (in the fetch thread)."""
        if sent is not None:
            sent.set()
        with self._lock:
            self._reports_sends = True
            if self._holding is not None and self._holding[1] == number:
                self._holding = None
                self._arrived.notify()
            elif sent is not None:
                self._arrived.notify()  # for wait_sent


#: At most this many seconds the iterating thread waits for a fetch thread to start.
_START_WAIT = 1.0
#: At most this many seconds the iterating thread waits for a fetch's request to be written.
_SEND_WAIT = 0.02
#: At most this many turns of the event loop are given to new fetches to send their requests.
_SEND_TURNS = 64
#: At most this many seconds a listing waits for its first requests to be written (or for a
#: page to arrive) before it calls ``prepare``.
_PREPARE_WAIT = 1.0


class _PaginatorBase(Generic[T]):
    """What both paginators hold: the fetch and parse functions, the page size, the first page."""

    def __init__(
        self,
        fetch: Callable[[int, int], Any],
        parse: PageParser[Any, T] | None,
        *,
        limit: int,
        start_page: int,
        max_concurrency: int,
        progress: PageProgress | ShowProgress | None,
        unit: str,
        slow_hint: SlowListingHint | None,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        _check_arguments(start_page, max_concurrency)
        self._fetch = fetch
        self._parse: PageParser[Any, T] = parse if parse is not None else _parsed_already
        self._slow_hint = slow_hint
        #: Called once, while the first requests are in flight (then None).
        self._prepare = prepare
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

    def _parsed(self, number: int, answer: Any) -> Page[T]:
        """Page ``number`` from what its fetch returned."""
        items, total = self._parse(answer)
        return self._remember(Page(items=items, number=number, limit=self.limit, total=total))

    def _parsed_or_none(self, number: int, answer: Any, past_end: Callable[[int], bool]) -> Page[T] | None:
        """Page ``number`` from what its fetch returned; None when it is an error (a status
        ``parse`` raises for) of a page ``past_end`` says ends the listing."""
        try:
            return self._parsed(number, answer)
        except Exception:
            if past_end(number):
                return None
            raise

    def _plan(self, first: Page[T] | None) -> _Plan:
        """The plan of a pipelined listing: after ``first``, or (None) from the first N pages."""
        probe = self.max_concurrency > 1
        if first is None:
            return _Plan(self.start_page, self.limit, probe=probe, speculate=self.max_concurrency)
        plan = _Plan(first.number, self.limit, probe=probe)
        plan.learn(first)
        return plan

    def _prepared(self) -> None:
        """Call ``prepare`` (once): what the parse needs, loaded while the first requests are in
        flight. An error is left for the parse to raise (it needs the same)."""
        prepare, self._prepare = self._prepare, None
        if prepare is not None:
            with contextlib.suppress(Exception):
                prepare()

    def _remember(self, page: Page[T]) -> Page[T]:
        if page.number == self.start_page:
            if self._first is None and self._slow_hint is not None:
                _warn_if_slow(page, self.limit, self._slow_hint)
            self._first = page
        return page


class Paginator(_PaginatorBase[T]):
    """Every item of a list operation, fetched lazily page by page.

    >>> for task in hub.tasks.list(project_id, limit=100):     # doctest: +SKIP
    ...     print(task.id)
    >>> hub.tasks.list(project_id).total                        # doctest: +SKIP
    20000

    ``fetch(number, limit)`` returns the page's items and reported total; or, given
    ``parse``, the page's answer unparsed, which ``parse`` turns into them later, in the
    iterating thread (so that a page is parsed while the next one is fetched). ``prepare``
    (with ``parse``) is called once, in the iterating thread, when the first requests are
    written and before their answers are parsed: what the parse needs (``tasks.list`` imports
    the models of its answers) is loaded while they are in flight, not before they are sent;
    an exception it raises is dropped (the parse raises its own).

    ``max_concurrency=N`` (1 by default: one request at a time) sends the requests for the
    first N pages at once, before the total is known, then keeps N pages in flight; a listing
    shorter than N pages costs up to N - 1 requests past its end, whose answers (and errors)
    are dropped. ``total`` and ``first_page()`` send one request.
    """

    @overload
    def __init__(
        self,
        fetch: PageFetcher[T],
        *,
        limit: int,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        unit: str = "item",
        slow_hint: SlowListingHint | None = None,
    ) -> None: ...

    @overload
    def __init__(
        self,
        fetch: Callable[[int, int], Raw],
        *,
        parse: PageParser[Raw, T],
        limit: int,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        unit: str = "item",
        slow_hint: SlowListingHint | None = None,
        prepare: Callable[[], object] | None = None,
    ) -> None: ...

    def __init__(
        self,
        fetch: Callable[[int, int], Any],
        *,
        parse: PageParser[Any, T] | None = None,
        limit: int,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        unit: str = "item",
        slow_hint: SlowListingHint | None = None,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(
            fetch,
            parse,
            limit=limit,
            start_page=start_page,
            max_concurrency=max_concurrency,
            progress=progress,
            unit=unit,
            slow_hint=slow_hint,
            prepare=prepare,
        )

    def _page(self, number: int) -> Page[T]:
        if number == self.start_page and self._first is not None:
            return self._first
        if self._prepare is None:
            return self._parsed(number, self._fetch(number, self.limit))
        # Prepared in this thread once the request is written, before its answer is read (the
        # client reports the write: ango_hub/_sending.py); no thread that could outlive a Ctrl-C.
        token = SENDING.set(self._prepared)
        try:
            answer = self._fetch(number, self.limit)
        finally:
            SENDING.reset(token)
        self._prepared()  # a fetch that reported no write
        return self._parsed(number, answer)

    @property
    def total(self) -> int | None:
        """The number of items on all pages, as the API reports it (fetches the first page)."""
        return self.first_page().total

    def first_page(self) -> Page[T]:
        """The first page (fetched once, then kept)."""
        return self._page(self.start_page)

    def pages(self) -> Generator[Page[T], None, None]:
        """Every page, in order."""
        if self.max_concurrency > 1 and self._first is None:
            yield from self._pipelined(None)  # the first N pages asked for at once
            return
        first = self.first_page()
        if first.total is not None and not _is_last(first, self.limit):
            yield from self._pipelined(first)
            return
        # Last already, or nothing says how many pages follow: each page is parsed before
        # the next one is asked for.
        page = first
        yield page
        while not _is_last(page, self.limit):
            page = self._page(page.number + 1)
            yield page

    def _pipelined(self, first: Page[T] | None) -> Generator[Page[T], None, None]:
        """``first``, then the pages after it (None: the first page too, with the N - 1 after it
        asked for at once): fetched by background threads, parsed here."""
        plan = self._plan(first)
        fetches = _ThreadFetches(self._fetch_page, plan, self.max_concurrency)
        interrupted = False
        try:
            fetches.fill()
            if self._prepare is not None:  # while the first requests are in flight
                fetches.wait_sent(_PREPARE_WAIT)
                self._prepared()
            if first is not None:
                yield first
            while (taken := fetches.take()) is not None:
                number, ok, answer = taken
                del taken
                if not ok:  # this page's error, after the items of the pages before it
                    if fetches.past_end(number):
                        return
                    raise answer
                fetches.fill()  # the freed place goes to the next page before this one is parsed
                page = self._parsed_or_none(number, answer, fetches.past_end)
                del answer  # its bytes are not kept while the page is read
                if page is None or not fetches.learn(page):
                    return
                fetches.fill()  # what this page told (the total of a first page: the pages after the first N)
                yield page
                if plan.ended:
                    return
        except BaseException as exc:
            interrupted = interrupts(type(exc))
            raise
        finally:
            # Requests not sent yet are cancelled; those in flight are waited for (a blocking
            # read cannot be interrupted), so that no thread is left running; but Ctrl-C is not
            # held up by them (daemon threads, each ending with its request, or with the process).
            fetches.close(wait=not interrupted)

    def _fetch_page(self, number: int) -> Any:
        return self._fetch(number, self.limit)

    def __iter__(self) -> Iterator[T]:
        dedupe: _Deduplicator[T] = _Deduplicator(self._progress)
        pages = self.pages()
        try:
            for page in pages:
                yield from dedupe.new_items(page)
                dedupe.page_done(page)
        finally:
            close_progress(self._progress)
            pages.close()  # then the fetches in flight are cancelled or waited for

    def to_list(self) -> list[T]:
        """Every item, in a list (this loads them all in memory: prefer iterating)."""
        return list(self)


class _Steps(Coroutine[Any, Any, Any]):
    """An awaitable run as a task, counting the steps the event loop gives it."""

    def __init__(self, awaitable: Awaitable[Any]) -> None:
        self._inner = awaitable.__await__()
        self.steps = 0
        # What a task's repr shows.
        self.__qualname__ = getattr(awaitable, "__qualname__", type(awaitable).__qualname__)

    def send(self, value: Any) -> Any:
        self.steps += 1
        return self._inner.send(value)

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        self.steps += 1
        if val is None and tb is None:
            return self._inner.throw(typ)
        return self._inner.throw(typ, val, tb)  # pragma: no cover - asyncio throws one exception

    def close(self) -> None:
        self._inner.close()

    def __await__(self) -> Generator[Any, None, Any]:
        return (yield from self._inner)


async def _until_waiting(started: list[_Steps]) -> None:
    """Let new fetch tasks run until each waits on something outside (its answer, a backoff).

    A task only starts when the event loop gets a turn, and parsing a page gives it none: without
    this, the next page's request would go out after the page is parsed and read, not while.
    Each turn gives every ready task one step; a turn in which none of them moved means they
    all wait (a request sent waits for its answer).
    """
    import asyncio

    for _ in range(_SEND_TURNS):
        before = [fetch.steps for fetch in started]
        await asyncio.sleep(0)
        if all(fetch.steps == steps for fetch, steps in zip(started, before, strict=True)):
            return


class AsyncPaginator(_PaginatorBase[T]):
    """Every item of a list operation of ``AsyncClient``, fetched lazily page by page.

    >>> async for task in hub.tasks.list(project_id, limit=100):   # doctest: +SKIP
    ...     print(task.id)
    >>> await hub.tasks.list(project_id).total                   # doctest: +SKIP
    20000

    ``fetch(number, limit)`` returns (awaits) the page's items and reported total; or, given
    ``parse``, the page's answer unparsed, which ``parse`` turns into them later, in the
    iterating task (so that a page is parsed while the next one is fetched). ``prepare`` (with
    ``parse``) is called once, in the event loop, when the first requests are written (or one
    of them is answered) and before their answers are parsed, as for ``Paginator``.

    ``max_concurrency=N`` (1 by default: one request at a time) sends the requests for the
    first N pages at once, before the total is known, then keeps N pages in flight; a listing
    shorter than N pages costs up to N - 1 requests past its end, whose answers (and errors)
    are dropped. ``total`` and ``first_page()`` send one request.
    """

    @overload
    def __init__(
        self,
        fetch: AsyncPageFetcher[T],
        *,
        limit: int,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        unit: str = "item",
        slow_hint: SlowListingHint | None = None,
    ) -> None: ...

    @overload
    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Raw]],
        *,
        parse: PageParser[Raw, T],
        limit: int,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        unit: str = "item",
        slow_hint: SlowListingHint | None = None,
        prepare: Callable[[], object] | None = None,
    ) -> None: ...

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Any]],
        *,
        parse: PageParser[Any, T] | None = None,
        limit: int,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        unit: str = "item",
        slow_hint: SlowListingHint | None = None,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(
            fetch,
            parse,
            limit=limit,
            start_page=start_page,
            max_concurrency=max_concurrency,
            progress=progress,
            unit=unit,
            slow_hint=slow_hint,
            prepare=prepare,
        )

    async def _page(self, number: int) -> Page[T]:
        if number == self.start_page and self._first is not None:
            return self._first
        return self._parsed(number, await self._fetch(number, self.limit))

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

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page, in order (``async for page in paginator.pages()``)."""
        if self._first is None and (self.max_concurrency > 1 or self._prepare is not None):
            async with contextlib.aclosing(self._pipelined(None)) as pipelined:  # the first N pages at once
                async for page in pipelined:
                    yield page
            return
        first = await self.first_page()
        if first.total is not None and not _is_last(first, self.limit):
            async with contextlib.aclosing(self._pipelined(first)) as pipelined:
                async for page in pipelined:
                    yield page
            return
        # Last already, or nothing says how many pages follow: each page is parsed before
        # the next one is asked for.
        page = first
        yield page
        while not _is_last(page, self.limit):
            page = await self._page(page.number + 1)
            yield page

    async def _pipelined(self, first: Page[T] | None) -> AsyncGenerator[Page[T], None]:
        """``first``, then the pages after it (None: the first page too, with the N - 1 after it
        asked for at once): fetched by tasks, parsed here."""
        import asyncio

        plan = self._plan(first)
        window: deque[tuple[int, asyncio.Task[Any]]] = deque()
        #: The first requests not yet written (while ``prepare`` waits for them), and the
        #: future that is done once none is left, or one of them is answered.
        unsent: set[int] = set()
        first_sent: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def sent(number: int, *_: object) -> None:
            unsent.discard(number)
            if not unsent and not first_sent.done():
                first_sent.set_result(None)

        def answered(_: object) -> None:
            if not first_sent.done():
                first_sent.set_result(None)

        async def fetch_ahead() -> None:
            started: list[_Steps] = []
            while len(window) < self.max_concurrency and (number := plan.next()) is not None:
                fetch = _Steps(self._fetch(number, self.limit))
                if self._prepare is None:
                    task = asyncio.ensure_future(fetch)
                else:  # told when its request is written (the task runs in a copy of this context)
                    unsent.add(number)
                    token = SENDING.set(functools.partial(sent, number))
                    try:
                        task = asyncio.ensure_future(fetch)
                    finally:
                        SENDING.reset(token)
                    task.add_done_callback(answered)
                window.append((number, task))
                started.append(fetch)
            if started:
                await _until_waiting(started)

        try:
            await fetch_ahead()
            if self._prepare is not None:
                # What the parse needs is loaded once the first requests are written, while
                # they are answered (in the event loop, as it would be on the first parse).
                await asyncio.wait({first_sent}, timeout=_PREPARE_WAIT)
                self._prepared()
            if first is not None:
                yield first
            while window:
                number, pending = window.popleft()
                try:
                    answer = await pending
                except Exception:  # this page's error, after the items of the pages before it
                    if plan.past_end(number):
                        return
                    raise
                finally:
                    del pending
                await fetch_ahead()  # the freed place goes to the next page before this one is parsed
                page = self._parsed_or_none(number, answer, plan.past_end)
                del answer  # its bytes are not kept while the page is read
                if page is None or not plan.learn(page):
                    return
                # What this page told (the total of a first page: the pages after the first N).
                await fetch_ahead()
                yield page
                if plan.ended:
                    return
        finally:
            for _, task in window:
                task.cancel()
            if window:
                await asyncio.gather(*(task for _, task in window), return_exceptions=True)

    async def __aiter__(self) -> AsyncIterator[T]:
        # After ``async for ... break`` the bar is closed when asyncio finalizes this generator:
        # its hook schedules aclose() once the loop drops it, so at the next await.
        dedupe: _Deduplicator[T] = _Deduplicator(self._progress)
        pages = self.pages()
        try:
            async for page in pages:
                for item in dedupe.new_items(page):
                    yield item
                dedupe.page_done(page)
        finally:
            close_progress(self._progress)
            await pages.aclose()  # then the fetches in flight are cancelled

    async def to_list(self) -> list[T]:
        """Every item, in a list (this loads them all in memory: prefer iterating)."""
        return [item async for item in self]
