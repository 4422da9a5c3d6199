"""Retries against the mock's fault injection, over real HTTP.

Each test serves a mock Ango Hub with a ``FaultConfig`` (rate limit, injected 5xx errors,
dropped connections, latency) and counts on the server side every request that reached it
(an ASGI wrapper around the app, outside the fault middleware). ``Client._sleep`` is
replaced to record the delays the client asked for; where the mock's token bucket must
refill before the retry, the fake also sleeps for real (briefly).

Every test runs twice: with ``Client``, and with ``AsyncClient`` (driven through
``BlockingAsyncClient``, so the same lines exercise the async pipeline).

What is shown: exponential backoff with jitter, ``Retry-After`` honoured (and one that is
too long not waited for), no retry of a non-idempotent POST after a 5xx, a timeout or a
dropped connection, a retried idempotent POST (``x-idempotent`` in the spec), a retried
429 even for a non-idempotent POST, and the error raised when retries run out.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx
import pytest
from _async_bridge import client_for
from starlette.types import ASGIApp, Receive, Scope, Send

from ango_hub import (
    APIConnectionError,
    APITimeoutError,
    Client,
    InternalServerError,
    RateLimitError,
)
from ango_hub._constants import INITIAL_RETRY_DELAY
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.server import serve_in_thread
from ango_hub.mock.state import MockState
from ango_hub.mock.web.spec import ApiSpec
from ango_hub_api.models.project_update import ProjectUpdate

API_KEY = "retries-faults-key"
MAX_RETRIES = 3


class CountingApp:
    """ASGI wrapper recording (method, path) of every HTTP request that reaches the server.

    It passes ``send`` through untouched: the fault middleware needs the server's own
    ``send`` to drop a connection.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            with self._lock:
                self.requests.append((scope["method"], scope["path"]))
        await self.app(scope, receive, send)

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return sum(1 for seen in self.requests if seen == (method, "/v2" + path))


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """``RecordingTransport`` for ``AsyncClient``."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.answers: list[tuple[str, int, str | None]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.answers.append((request.method, response.status_code, response.headers.get("retry-after")))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

    def retry_afters(self) -> list[float]:
        return [float(value) for _method, status, value in self.answers if status == 429 and value]


@pytest.fixture(autouse=True, params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run each test with ``Client`` and with ``AsyncClient``."""
    global FLAVOUR
    FLAVOUR = request.param
    yield request.param
    FLAVOUR = "sync"


FLAVOUR = "sync"


class RecordingTransport(httpx.BaseTransport):
    """The client's transport: real HTTP, recording the status and ``Retry-After`` of each answer."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.answers: list[tuple[str, int, str | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.answers.append((request.method, response.status_code, response.headers.get("retry-after")))
        return response

    def close(self) -> None:
        self.inner.close()

    def retry_afters(self) -> list[float]:
        return [float(value) for _method, status, value in self.answers if status == 429 and value]


@dataclass
class Served:
    client: Client
    server: CountingApp
    state: MockState
    transport: RecordingTransport | AsyncRecordingTransport
    base_url: str
    sleeps: list[float] = field(default_factory=list)


@contextmanager
def serve(
    faults: FaultConfig,
    *,
    max_retries: int = MAX_RETRIES,
    timeout: float = 10.0,
    real_sleep: Callable[[float], float] | None = None,
) -> Iterator[Served]:
    """A mock with ``faults`` and a client for it whose sleeps are recorded (not slept).

    ``real_sleep(delay)`` gives the seconds to really sleep for a recorded ``delay``.
    """
    app = create_app(api_key=API_KEY, seed="demo", faults=faults)
    server = CountingApp(app)
    with serve_in_thread(server) as base_url:
        transport = AsyncRecordingTransport() if FLAVOUR == "async" else RecordingTransport()
        client = client_for(
            FLAVOUR,
            api_key=API_KEY,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            transport=transport,
        )
        served = Served(client, server, mock_state(app), transport, base_url)

        def fake_sleep(delay: float) -> None:
            served.sleeps.append(delay)
            if real_sleep is not None:
                time.sleep(real_sleep(delay))

        client._sleep = fake_sleep
        with client:
            yield served


def project_id(state: MockState) -> str:
    return str(next(project["_id"] for project in state.projects.list()))


def drain_rate_limit(served: Served) -> None:
    """Spend the API key's tokens (with plain requests) until the mock answers 429."""
    with httpx.Client(timeout=10) as http:
        for _ in range(20):
            response = http.get(f"{served.base_url}/listProjects", headers={"apikey": API_KEY})
            if response.status_code == 429:
                return
    pytest.fail("the mock never rate limited")


def assert_backoff(sleeps: list[float], retries: int) -> None:
    """Exponential backoff: retry i waits INITIAL_RETRY_DELAY * 2**i minus up to 25 % jitter."""
    assert len(sleeps) == retries
    for attempt, delay in enumerate(sleeps):
        ceiling = INITIAL_RETRY_DELAY * 2**attempt
        assert 0.75 * ceiling <= delay <= ceiling, (attempt, delay)
    assert sleeps == sorted(sleeps)
    assert len(set(sleeps)) == len(sleeps)  # strictly growing


def test_spec_marks_update_idempotent_and_create_not() -> None:
    """The two POSTs used below: the spec says which one may be repeated."""
    paths = ApiSpec.load().document["paths"]
    assert paths["/project/{projectId}"]["post"]["operationId"] == "update_project"
    assert paths["/project/{projectId}"]["post"].get("x-idempotent") is True
    assert paths["/project"]["post"]["operationId"] == "create_project"
    assert "x-idempotent" not in paths["/project"]["post"]


# -- 429: Retry-After ---------------------------------------------------------------------------


# A bucket of 2 requests that refills one every 0.5 s: after draining it, the next request is
# answered 429 with "Retry-After: 1"; the fake sleep waits 0.6 s so that the retry gets a token.
RATE = FaultConfig(rate_limit=2)


def test_rate_limited_get_waits_for_retry_after_then_succeeds() -> None:
    with serve(RATE, real_sleep=lambda delay: 0.6) as served:
        drain_rate_limit(served)
        page = served.client.projects.list_page()
        assert page.total == 3
        assert served.transport.answers[0][1] == 429
        assert served.transport.answers[-1][1] == 200
        # The client waited exactly what the server asked for, not its own backoff.
        assert served.sleeps == served.transport.retry_afters() == [1.0]


def test_rate_limited_post_is_retried_and_runs_once() -> None:
    """A 429 means the request was not processed: even a non-idempotent POST is retried."""
    with serve(RATE, real_sleep=lambda delay: 0.6) as served:
        before = len(served.state.projects.list())
        drain_rate_limit(served)
        project = served.client.projects.create("Created through a 429")
        assert project.name == "Created through a 429"
        assert served.server.count("POST", "/project") == 2
        assert [status for _method, status, _ra in served.transport.answers] == [429, 200]
        assert served.sleeps == [1.0]
        assert len(served.state.projects.list()) == before + 1


def test_rate_limit_retries_run_out_with_rate_limit_error() -> None:
    # One request every 20 s: each retry is answered 429 with Retry-After 19 or 20, which the
    # client is willing to wait (up to 120 s); the fake sleep does not wait at all.
    with serve(FaultConfig(rate_limit=0.05)) as served:
        served.client.projects.list_page()  # takes the only token
        with pytest.raises(RateLimitError) as info:
            served.client.projects.list_page()
    assert info.value.status_code == 429
    assert served.server.count("GET", "/listProjects") == 1 + MAX_RETRIES + 1
    asked = served.transport.retry_afters()
    assert len(asked) == MAX_RETRIES + 1
    assert all(15 <= value <= 20 for value in asked)
    assert served.sleeps == asked[:MAX_RETRIES]  # the last 429 is raised, not waited for


def test_too_long_retry_after_is_raised_at_once() -> None:
    # One request every 1000 s: Retry-After is about 1000 s, beyond MAX_RETRY_AFTER (120 s).
    with serve(FaultConfig(rate_limit=0.001)) as served:
        served.client.projects.list_page()
        with pytest.raises(RateLimitError):
            served.client.projects.list_page()
    assert served.server.count("GET", "/listProjects") == 2
    assert served.sleeps == []
    assert served.transport.retry_afters()[0] > 120


# -- 5xx: backoff, idempotency ----------------------------------------------------------------


ERRORS = FaultConfig(error_rate=1.0, seed=1)


def test_get_on_500_backs_off_then_raises_internal_server_error() -> None:
    with serve(ERRORS) as served, pytest.raises(InternalServerError) as info:
        served.client.projects.list_page()
    assert info.value.status_code == 500
    assert "error_rate" in info.value.message
    assert served.server.count("GET", "/listProjects") == MAX_RETRIES + 1
    assert_backoff(served.sleeps, MAX_RETRIES)


def test_503_retry_after_wins_over_backoff() -> None:
    faults = FaultConfig(error_rate=1.0, error_statuses=(503,), seed=1)
    with serve(faults) as served, pytest.raises(InternalServerError) as info:
        served.client.tasks.list_page(project_id(served.state))
    assert info.value.status_code == 503
    assert served.sleeps == [1.0] * MAX_RETRIES


def test_non_idempotent_post_is_not_retried_on_500() -> None:
    with serve(ERRORS) as served:
        with pytest.raises(InternalServerError):
            served.client.projects.create("Never retried")
        assert served.server.count("POST", "/project") == 1
        assert served.sleeps == []
        assert all(project["name"] != "Never retried" for project in served.state.projects.list())


def test_idempotent_post_is_retried_on_500() -> None:
    with serve(ERRORS) as served:
        pid = project_id(served.state)
        with pytest.raises(InternalServerError):
            served.client.projects.update(pid, ProjectUpdate(name="Renamed"))
        assert served.server.count("POST", f"/project/{pid}") == MAX_RETRIES + 1
        assert_backoff(served.sleeps, MAX_RETRIES)


def test_max_retries_zero_sends_once() -> None:
    with serve(ERRORS, max_retries=0) as served, pytest.raises(InternalServerError):
        served.client.projects.list_page()
    assert served.server.count("GET", "/listProjects") == 1
    assert served.sleeps == []


# -- no answer at all: dropped connections, timeouts -------------------------------------------


DROPS = FaultConfig(drop_rate=1.0, seed=1)


def test_dropped_get_is_retried_then_raises_connection_error() -> None:
    with serve(DROPS) as served, pytest.raises(APIConnectionError) as info:
        served.client.projects.list_page()
    exc = info.value
    assert not isinstance(exc, APITimeoutError)
    assert isinstance(exc.__cause__, httpx.TransportError)
    assert exc.method == "GET"
    assert served.server.count("GET", "/listProjects") == MAX_RETRIES + 1
    assert_backoff(served.sleeps, MAX_RETRIES)


def test_dropped_non_idempotent_post_is_not_retried() -> None:
    with serve(DROPS) as served:
        with pytest.raises(APIConnectionError) as info:
            served.client.projects.create("Maybe created")
        assert not isinstance(info.value, APITimeoutError)
        assert served.server.count("POST", "/project") == 1
        assert served.sleeps == []


def test_dropped_idempotent_post_is_retried() -> None:
    with serve(DROPS) as served:
        pid = project_id(served.state)
        with pytest.raises(APIConnectionError):
            served.client.projects.update(pid, ProjectUpdate(name="Renamed"))
        assert served.server.count("POST", f"/project/{pid}") == MAX_RETRIES + 1


SLOW = FaultConfig(latency=0.3)


def test_timed_out_get_is_retried_then_raises_timeout_error() -> None:
    with serve(SLOW, max_retries=1, timeout=0.1) as served:
        with pytest.raises(APITimeoutError) as info:
            served.client.projects.list_page()
        assert isinstance(info.value.__cause__, httpx.TimeoutException)
        assert served.server.count("GET", "/listProjects") == 2
        assert_backoff(served.sleeps, 1)


def test_timed_out_non_idempotent_post_is_not_retried() -> None:
    """The server may still carry out a POST that timed out: sending it again could duplicate it."""
    with serve(SLOW, max_retries=1, timeout=0.1) as served:
        with pytest.raises(APITimeoutError):
            served.client.projects.create("Slow project")
        assert served.server.count("POST", "/project") == 1
        assert served.sleeps == []


def test_per_call_latency_within_timeout_succeeds_without_retry() -> None:
    with serve(FaultConfig(latency=0.05), timeout=2.0) as served:
        assert served.client.projects.list_page().total == 3
    assert served.sleeps == []
    assert served.server.count("GET", "/listProjects") == 1
