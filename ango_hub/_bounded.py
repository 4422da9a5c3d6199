"""Run a function over items with at most ``limit`` calls at once; results come in order.

Two twins, as :mod:`ango_hub.pagination` has: :class:`BoundedMap` (threads, for ``Client``)
and :class:`AsyncBoundedMap` (tasks, for ``AsyncClient``). The asynchronous source of the
client (``ango_hub/_async/``) iterates ``AsyncBoundedMap``; ``scripts/unasync.py`` turns
that into ``BoundedMap`` for the synchronous client, so the code that differs between the
two lives here, once each.

Use it as a context manager around the iteration::

    async with AsyncBoundedMap(send, items, 4) as results:
        async for result in results:
            ...

A window of ``limit`` calls runs ahead of the consumer: when the oldest finishes, its
result is yielded and the next item starts. ``func`` should return its failures as values
(an exception it raises ends the iteration). Leaving the block, on an error or early,
cancels what has not finished (tasks are cancelled; threads finish the call they are in,
and nothing new starts) before it returns; after a Ctrl-C, the calls in flight are not waited
for (daemon threads: :mod:`ango_hub._threads`).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import Generic, Self, TypeVar

from ._threads import DaemonThreads, interrupts
from ._validation import check_int

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["AsyncBoundedMap", "BoundedMap"]


class BoundedMap(Generic[T, R]):
    """``func(item)`` for each item, ``limit`` threads at a time, results in order."""

    def __init__(self, func: Callable[[T], R], items: Iterable[T], limit: int) -> None:
        check_int("max_concurrency", limit, minimum=1)
        self._func = func
        self._items = items
        self._limit = limit
        self._window: deque[Future[R]] = deque()
        self._pool: DaemonThreads | None = None

    def __enter__(self) -> Self:
        if self._limit > 1:
            self._pool = DaemonThreads(self._limit, "ango-hub-bulk")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc_info: object) -> None:
        for future in self._window:
            future.cancel()
        self._window.clear()
        if self._pool is not None:
            # The calls in flight are waited for, unless this is a Ctrl-C (or SystemExit): then
            # their daemon threads end with them, and the interpreter does not wait for them.
            self._pool.shutdown(wait=not interrupts(exc_type), cancel_futures=True)
            self._pool = None

    def __iter__(self) -> Iterator[R]:
        if self._pool is None:
            for item in self._items:
                yield self._func(item)
            return
        window = self._window
        for item in self._items:
            window.append(self._pool.submit(self._func, item))
            if len(window) >= self._limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


class AsyncBoundedMap(Generic[T, R]):
    """``await func(item)`` for each item, ``limit`` tasks at a time, results in order."""

    def __init__(self, func: Callable[[T], Awaitable[R]], items: Iterable[T], limit: int) -> None:
        check_int("max_concurrency", limit, minimum=1)
        self._func = func
        self._items = items
        self._limit = limit
        self._window: deque[asyncio.Future[R]] = deque()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        window = list(self._window)
        self._window.clear()
        for task in window:
            task.cancel()
        if window:
            await asyncio.gather(*window, return_exceptions=True)

    async def __aiter__(self) -> AsyncIterator[R]:
        window = self._window
        for item in self._items:
            window.append(asyncio.ensure_future(self._func(item)))
            if len(window) >= self._limit:
                yield await window.popleft()
        while window:
            yield await window.popleft()
