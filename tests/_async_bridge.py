"""Drive an ``AsyncClient`` from synchronous test code, to run one scenario with both clients.

``BlockingAsyncClient(AsyncClient(...))`` looks like a ``Client``: each resource method
call runs the coroutine of the ``AsyncClient`` to completion on a private event loop, and
an ``AsyncPaginator`` comes back as a blocking iterator (``for``, ``.pages()``,
``.total``). Every request still goes through ``AsyncClient``, ``httpx.AsyncClient`` and
the ``AsyncPaginator``: only the waiting for it is synchronous.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import typing
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from types import TracebackType
from typing import Any, Self

from ango_hub import AsyncClient, Client
from ango_hub._sync.resources._base import Resource
from ango_hub.pagination import AsyncPaginator, Page


def _resource_names() -> list[str]:
    # The resources are cached properties, created on first access: look at the class.
    attributes = [
        name
        for name, member in vars(Client).items()
        if not name.startswith("_") and isinstance(member, functools.cached_property | property)
    ]
    with Client(api_key="k", base_url="http://127.0.0.1:9/v2") as client:
        names = [name for name in attributes if isinstance(getattr(client, name), Resource)]
    if not names:
        raise RuntimeError("Client has no resource attributes: the tests over RESOURCES would check nothing")
    return names


#: The attributes of a client that are resources (``projects``, ``tasks``, ...), in order.
RESOURCES = _resource_names()


class _BlockingPaginator:
    def __init__(self, paginator: AsyncPaginator[Any], runner: asyncio.Runner) -> None:
        self._paginator = paginator
        self._runner = runner

    def _drain(self, iterator: AsyncIterator[Any]) -> Iterator[Any]:
        async def step() -> Any:
            return await anext(iterator)

        while True:
            try:
                yield self._runner.run(step())
            except StopAsyncIteration:
                return

    def __iter__(self) -> Iterator[Any]:
        return self._drain(aiter(self._paginator))

    def pages(self) -> Iterator[Page[Any]]:
        return self._drain(self._paginator.pages())

    @property
    def total(self) -> int | None:
        return self._runner.run(self._paginator._total())

    def first_page(self) -> Page[Any]:
        return self._runner.run(self._paginator.first_page())

    def to_list(self) -> list[Any]:
        return self._runner.run(self._paginator.to_list())


def _blocking_generator(generator: AsyncGenerator[Any, None], runner: asyncio.Runner) -> Iterator[Any]:
    """An async generator as a generator; closing it closes the async generator (``aclose``)."""

    async def step() -> Any:
        return await anext(generator)

    try:
        while True:
            try:
                yield runner.run(step())
            except StopAsyncIteration:
                return
    finally:
        runner.run(generator.aclose())


class _BlockingResource:
    def __init__(self, resource: object, runner: asyncio.Runner) -> None:
        self._resource = resource
        self._runner = runner

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._resource, name)
        if not callable(attribute):
            return attribute

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attribute(*args, **kwargs)
            if inspect.iscoroutine(result):
                return self._runner.run(result)
            if isinstance(result, AsyncPaginator):
                return _BlockingPaginator(result, self._runner)
            if inspect.isasyncgen(result):
                return _blocking_generator(result, self._runner)
            return result

        return call


class BlockingAsyncClient:
    """An ``AsyncClient`` behind the synchronous surface of ``Client`` (for tests)."""

    def __init__(self, client: AsyncClient) -> None:
        self.async_client = client
        self._runner = asyncio.Runner()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.async_client, name)
        if name.startswith("_") or callable(attribute) or isinstance(attribute, str | int | float):
            return attribute
        return _BlockingResource(attribute, self._runner)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "_sleep":
            # Tests replace Client._sleep with a plain function: wrap it for asyncio.
            async def sleep(seconds: float) -> None:
                value(seconds)

            self.async_client._sleep = sleep
            return
        super().__setattr__(name, value)

    def with_options(self, **options: Any) -> BlockingAsyncClient:
        """``AsyncClient.with_options``, driven on this client's event loop (its connections')."""
        copy = object.__new__(BlockingAsyncClient)
        copy.async_client = self.async_client.with_options(**options)
        copy._runner = self._runner
        return copy

    def close(self) -> None:
        self._runner.run(self.async_client.close())
        self._runner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def client_for(flavour: str, **options: Any) -> Client:
    """A ``Client`` (``"sync"``), or an ``AsyncClient`` behind the same calls (``"async"``)."""
    if flavour == "async":
        return typing.cast(Client, BlockingAsyncClient(AsyncClient(**options)))
    return Client(**options)
