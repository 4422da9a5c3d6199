"""Shared fixtures: a mock Ango Hub served over real HTTP on 127.0.0.1, and clients for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ango_hub import Client
from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread

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
