"""A pytest plugin: test code that talks to Ango Hub against the mock, over real HTTP.

Installed with ``pip install ango-hub[mock]`` (the plugin is registered under the
``pytest11`` entry point ``ango_hub``), it provides three fixtures:

* ``ango_mock`` (session): a :class:`MockHub` serving the demo organization on
  ``127.0.0.1`` (a free port) for the whole test session. Its store is shared by every
  test of the session: use ``ango_mock_factory`` for a mock of your own;
* ``ango_client`` (function): an :class:`ango_hub.Client` for ``ango_mock``, closed after
  the test;
* ``ango_mock_factory`` (function): call it (``seed=``, ``tasks=``, ``faults=``,
  ``api_key=``, ``validate_responses=``) for a fresh mock of your own, served separately
  and stopped after the test::

      from ango_hub.mock.faults import FaultConfig

      def test_survives_rate_limits(ango_mock_factory):
          mock = ango_mock_factory(faults=FaultConfig(rate_limit=5))
          with mock.client(max_retries=5) as hub:
              ...

The mock's dependencies (Starlette, uvicorn, ...) are imported only when a fixture is
used, so that the plugin does not get in the way of test suites without the ``mock`` extra.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import pytest

from ango_hub import AsyncClient, Client

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from ango_hub.mock.faults import FaultConfig
    from ango_hub.mock.state import MockState

__all__ = [
    "ANGO_MOCK_API_KEY",
    "MockFactory",
    "MockHub",
    "ango_client",
    "ango_mock",
    "ango_mock_factory",
    "start_mock",
]

#: The API key of the mocks the fixtures start (unless ``api_key=`` says otherwise).
ANGO_MOCK_API_KEY = "ango-mock-api-key"


@dataclass(frozen=True)
class MockHub:
    """A mock Ango Hub being served: where it is, its key, its store and its app."""

    base_url: str
    """The API root, ``http://127.0.0.1:<port>/v2``."""
    api_key: str = field(repr=False)
    """The only API key it accepts."""
    state: MockState = field(repr=False)
    """Its in-memory store (:class:`ango_hub.mock.MockState`): look, or change it, from tests."""
    app: Starlette = field(repr=False)
    """The ASGI app (``create_app``'s result)."""

    def client(self, **options: Any) -> Client:
        """Return a new :class:`ango_hub.Client` for this mock (``options``: ``max_retries``, ...)."""
        return Client(api_key=self.api_key, base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        """Return a new :class:`ango_hub.AsyncClient` for this mock (``async with`` it in the test)."""
        return AsyncClient(api_key=self.api_key, base_url=self.base_url, **options)


class MockFactory(Protocol):
    """What ``ango_mock_factory`` is: call it for a new mock, served until the test ends."""

    def __call__(
        self,
        *,
        seed: str | None = "demo",
        tasks: int | None = None,
        faults: FaultConfig | None = None,
        api_key: str = ANGO_MOCK_API_KEY,
        validate_responses: bool = False,
    ) -> MockHub: ...


def start_mock(
    stack: ExitStack,
    *,
    seed: str | None = "demo",
    tasks: int | None = None,
    faults: FaultConfig | None = None,
    api_key: str = ANGO_MOCK_API_KEY,
    validate_responses: bool = False,
) -> MockHub:
    """Serve a new mock on 127.0.0.1 in a background thread until ``stack`` closes.

    The arguments are those of :func:`ango_hub.mock.create_app`, but ``seed`` defaults to
    ``"demo"`` (None: an organization without projects).
    """
    try:
        from ango_hub.mock import create_app, mock_state
        from ango_hub.mock.server import serve_in_thread
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise RuntimeError(
            f"The Ango Hub mock needs the 'mock' extra: pip install 'ango-hub[mock]' ({exc})"
        ) from exc
    app = create_app(
        api_key=api_key, seed=seed, tasks=tasks, faults=faults, validate_responses=validate_responses
    )
    base_url = stack.enter_context(serve_in_thread(app))
    return MockHub(base_url=base_url, api_key=api_key, state=mock_state(app), app=app)


@pytest.fixture(scope="session")
def ango_mock() -> Iterator[MockHub]:
    """A mock Ango Hub with the demo organization, served for the whole session."""
    with ExitStack() as stack:
        yield start_mock(stack)


@pytest.fixture
def ango_client(ango_mock: MockHub) -> Iterator[Client]:
    """An :class:`ango_hub.Client` pointed at ``ango_mock``; closed after the test."""
    with ango_mock.client() as client:
        yield client


@pytest.fixture
def ango_mock_factory() -> Iterator[MockFactory]:
    """Call it for a fresh mock (``seed=``, ``tasks=``, ``faults=``, ...); all stop after the test."""
    with ExitStack() as stack:
        factory: MockFactory = functools.partial(start_mock, stack)
        yield factory
