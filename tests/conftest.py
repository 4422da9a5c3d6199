"""Shared fixtures: a mock Ango Hub served over real HTTP on 127.0.0.1, and clients for it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ango_hub import Client
from ango_hub.mock import MockState, create_app, mock_state
from ango_hub.mock.server import serve_in_thread

# The tests' helpers (``_hostile``, ...) sit in this folder and a few test modules reuse
# another group's module (the field coverage runs the flow of ``test_client_all_operations``):
# every group is importable by module name, however a run selects its files.
_TESTS = Path(__file__).resolve().parent
for _group in sorted(
    path for path in _TESTS.iterdir() if path.is_dir() and not path.name.startswith((".", "_"))
):
    if (_group / "__init__.py").exists() or _group.name == "fixtures":
        continue
    if str(_group) not in sys.path:
        sys.path.append(str(_group))

MOCK_API_KEY = "test-api-key-0123456789"


@pytest.fixture(scope="session")
def mock_base_url() -> Iterator[str]:
    """Base URL (``http://127.0.0.1:<port>/v2``) of a mock Ango Hub with the demo organization."""
    with serve_in_thread(create_app(api_key=MOCK_API_KEY, seed="demo", validate_responses=True)) as base_url:
        yield base_url


@pytest.fixture
def hub(mock_base_url: str) -> Iterator[Client]:
    """A client pointed at the mock server."""
    with Client(api_key=MOCK_API_KEY, base_url=mock_base_url, max_retries=0) as client:
        yield client


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, MockState]]:
    """A mock of the demo organization for one test module (responses validated).

    Its API key is the module's ``API_KEY``; the fixture gives the base URL and the store.
    """
    api_key = getattr(request.module, "API_KEY", MOCK_API_KEY)
    app = create_app(api_key=api_key, seed="demo", validate_responses=True)
    with serve_in_thread(app) as base_url:
        yield base_url, mock_state(app)


@pytest.fixture(scope="module")
def client(server: tuple[str, MockState], request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    """A plain ``httpx.Client`` for the module's mock, with its API key."""
    api_key = getattr(request.module, "API_KEY", MOCK_API_KEY)
    with httpx.Client(base_url=server[0], headers={"apikey": api_key}, timeout=10) as http:
        yield http
