"""The API key never shows: not in a log line, a repr, an exception's text or a traceback.

A client with a distinctive canary key talks to mock Ango Hubs over real HTTP: one that
accepts the key, one that expects another key (401), and mocks injecting faults (429 and
500 with retries, a dropped connection, a timeout, a truncated download). Logging is
captured at DEBUG for the root logger and explicitly for ``ango_hub``, ``httpx`` and
``httpcore``. Every string the run produces is collected: each log record (formatted, with
its message, its raw ``msg`` and ``args``, and any traceback), the reprs of the client and
its resources, and for each exception (and its chained causes) its ``repr``, ``str``,
``args``, ``traceback.format_exception``, ``vars`` and the ``repr``/``str`` of its response,
the response's request and URL, and the httpx request of a transport error. None may hold
the canary.

Every scenario runs with ``Client`` and with ``AsyncClient`` (through ``BlockingAsyncClient``).

Three places that used to leak are tested on their own at the end: the headers of the
request an error's response keeps (httpx masks only ``Authorization``, not ``apikey``, in
reprs), the request of the httpx error chained to a connection error, and a traceback
rendered with its local variables. The client now adds the key through an ``httpx.Auth``
whose repr hides it and blanks it in every request once sent.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from _async_bridge import RESOURCES, client_for

from ango_hub import (
    AngoHubError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.server import serve_in_thread
from ango_hub.mock.state import MockState
from ango_hub_api.models.project_update import ProjectUpdate

CANARY = "canary-KEY-7f3a9c"
#: Fragments that must not show either (a key cut short, or only its end, still leaks).
FRAGMENTS = (CANARY, "KEY-7f3a9c", CANARY.upper(), CANARY.encode().hex())
OTHER_KEY = "the-mock-expects-another-key"
LOGGERS = ("ango_hub", "ango_hub.mock", "httpx", "httpcore", "httpcore.connection", "httpcore.http11")


def leaks(text: str) -> bool:
    return any(fragment in text for fragment in FRAGMENTS)


class Evidence:
    """Every string produced by a scenario, with where it came from."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, source: str, value: Any) -> None:
        self.items.append((source, value if isinstance(value, str) else repr(value)))

    def add_object(self, source: str, value: Any) -> None:
        self.add(f"repr({source})", repr(value))
        self.add(f"str({source})", str(value))

    def add_records(self, records: list[logging.LogRecord]) -> None:
        formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
        for index, record in enumerate(records):
            where = f"log[{index}] {record.name}"
            self.add(f"{where} formatted", formatter.format(record))
            self.add(f"{where} message", record.getMessage())
            self.add(f"{where} msg", str(record.msg))
            self.add(f"{where} args", repr(record.args))
            if record.exc_info and record.exc_info[1] is not None:
                self.add_exception(f"{where} exc_info", record.exc_info[1])

    def add_exception(self, source: str, exc: BaseException) -> None:
        self.add(f"{source} format_exception", "".join(traceback.format_exception(exc)))
        self.add(f"{source} format_exception_only", "".join(traceback.format_exception_only(exc)))
        seen: set[int] = set()
        current: BaseException | None = exc
        depth = 0
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            where = f"{source} chain[{depth}] {type(current).__name__}"
            self.add_object(where, current)
            self.add(f"{where}.args", repr(current.args))
            self.add(f"{where} vars", repr(vars(current)))
            for name in ("message", "method", "url", "status_code"):
                if hasattr(current, name):
                    self.add(f"{where}.{name}", repr(getattr(current, name)))
            response = getattr(current, "response", None)
            if isinstance(response, httpx.Response):
                self.add_object(f"{where}.response", response)
                self.add(f"{where}.response.text", response.text)
                self.add(f"{where}.response.headers", repr(response.headers))
                self.add_object(f"{where}.response.request", response.request)
                self.add_object(f"{where}.response.request.url", response.request.url)
            if isinstance(current, httpx.HTTPError):
                try:
                    request = current.request
                except RuntimeError:  # not set on this error
                    request = None
                if request is not None:
                    self.add_object(f"{where}.request", request)
                    self.add_object(f"{where}.request.url", request.url)
            current = current.__cause__ or current.__context__
            depth += 1

    def leaked(self) -> list[str]:
        return [f"{source}: {text[:300]}" for source, text in self.items if leaks(text)]

    def assert_clean(self) -> None:
        assert self.items, "nothing was collected"
        assert self.leaked() == []


@pytest.fixture
def evidence(caplog: pytest.LogCaptureFixture) -> Iterator[Evidence]:
    """An Evidence collector; at the end it takes every log record and asserts no leak."""
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    collected = Evidence()
    yield collected
    records = caplog.get_records("setup") + caplog.get_records("call")
    assert any(record.name.startswith("httpcore") for record in records), "httpcore was not captured"
    collected.add_records(records)
    collected.assert_clean()


@contextmanager
def hub(
    *,
    server_key: str = CANARY,
    faults: FaultConfig | None = None,
    max_retries: int = 2,
    timeout: float = 10.0,
) -> Iterator[tuple[Client, MockState, str]]:
    """A served mock expecting ``server_key`` and a client with the canary key; sleeps are skipped."""
    app = create_app(api_key=server_key, seed="demo", faults=faults)
    with serve_in_thread(app) as base_url:
        client = make_client(base_url=base_url, max_retries=max_retries, timeout=timeout)
        client._sleep = lambda _delay: None
        with client:
            yield client, mock_state(app), base_url


FLAVOUR = "sync"


@pytest.fixture(autouse=True, params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run each scenario with ``Client`` and with ``AsyncClient``."""
    global FLAVOUR
    FLAVOUR = request.param
    yield request.param
    FLAVOUR = "sync"


def make_client(**options: Any) -> Client:
    """A client with the canary key: a ``Client``, or an ``AsyncClient`` behind the same calls."""
    return client_for(FLAVOUR, api_key=CANARY, **options)


def retry_logs(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The client's retry messages (so that the retry log lines were produced, and checked)."""
    return [r.getMessage() for r in caplog.records if r.name == "ango_hub" and "retry" in r.getMessage()]


def project_id(state: MockState) -> str:
    return str(next(project["_id"] for project in state.projects.list()))


def raised(evidence: Evidence, name: str, error: type[AngoHubError], call: Any) -> AngoHubError:
    """Run ``call``, expect ``error``, add the exception to the evidence and return it."""
    with pytest.raises(error) as info:
        call()
    evidence.add_exception(name, info.value)
    return info.value


# -- the scenarios ------------------------------------------------------------------------------


def test_detector_finds_the_canary() -> None:
    """The checks below would see the key if it were there."""
    probe = Evidence()
    probe.add("header", repr(httpx.Headers({"apikey": CANARY})))
    probe.add("tail", "...KEY-7f3a9c")
    assert len(probe.leaked()) == 2


def test_successful_calls(evidence: Evidence) -> None:
    with hub() as (client, state, _base_url):
        pid = project_id(state)
        # The mock accepted the canary: it was really sent with every request.
        assert client.projects.list_page().total == 3
        project = client.projects.get(pid)
        tasks = client.tasks.list_page(pid, limit=2)
        created = client.projects.create("Redaction check")
        updated = client.projects.update(created.id, ProjectUpdate(name="Redaction check 2"))
        evidence.add_object("client", client)
        for name in RESOURCES:
            evidence.add_object(f"client.{name}", getattr(client, name))
        evidence.add("client.base_url", client.base_url)
        for value in (project, tasks, created, updated):
            evidence.add_object(type(value).__name__, value)


def test_wrong_key_401(evidence: Evidence) -> None:
    with hub(server_key=OTHER_KEY) as (client, _state, _base_url):
        exc = raised(evidence, "401", AuthenticationError, client.projects.list_page)
        assert isinstance(exc, APIStatusError)
        assert exc.status_code == 401
        raised(evidence, "401 POST", AuthenticationError, lambda: client.projects.create("x"))
        evidence.add_object("client", client)


def test_not_found_404_and_bad_request_400(evidence: Evidence) -> None:
    with hub() as (client, state, _base_url):
        raised(evidence, "404", NotFoundError, lambda: client.projects.get("000000000000000000000000"))
        raised(
            evidence,
            "400",
            BadRequestError,
            lambda: client.tasks.list_page(project_id(state), filters={"bogus": 1}),
        )


def test_rate_limited_429_with_retries(evidence: Evidence, caplog: pytest.LogCaptureFixture) -> None:
    # One request every 20 s: the second call is answered 429 (Retry-After 20) on every try.
    with hub(faults=FaultConfig(rate_limit=0.05)) as (client, _state, _base_url):
        client.projects.list_page()
        exc = raised(evidence, "429", RateLimitError, client.projects.list_page)
        assert isinstance(exc, APIStatusError)
        assert exc.response.headers["retry-after"]
    assert len(retry_logs(caplog)) == 2


def test_server_error_500_with_retries(evidence: Evidence, caplog: pytest.LogCaptureFixture) -> None:
    with hub(faults=FaultConfig(error_rate=1.0, seed=3)) as (client, state, _base_url):
        raised(evidence, "500 GET", InternalServerError, lambda: client.projects.get(project_id(state)))
        raised(evidence, "500 POST", InternalServerError, lambda: client.projects.create("x"))
    assert len(retry_logs(caplog)) == 2  # the GET only


def test_dropped_connection(evidence: Evidence, caplog: pytest.LogCaptureFixture) -> None:
    with hub(faults=FaultConfig(drop_rate=1.0, seed=3)) as (client, _state, _base_url):
        exc = raised(evidence, "drop GET", APIConnectionError, client.projects.list_page)
        assert isinstance(exc.__cause__, httpx.TransportError)
        raised(evidence, "drop POST", APIConnectionError, lambda: client.projects.create("x"))
    assert len(retry_logs(caplog)) == 2  # the GET only


def test_timeout(evidence: Evidence, caplog: pytest.LogCaptureFixture) -> None:
    with hub(faults=FaultConfig(latency=0.3), max_retries=1, timeout=0.1) as (client, _state, _base_url):
        exc = raised(evidence, "timeout", APITimeoutError, client.projects.list_page)
        assert isinstance(exc.__cause__, httpx.TimeoutException)
    assert len(retry_logs(caplog)) == 1


def test_connection_refused(evidence: Evidence) -> None:
    with hub() as (_client, _state, base_url):
        pass  # the server is gone now: its port refuses connections
    with make_client(base_url=base_url, max_retries=1) as client:
        client._sleep = lambda _delay: None
        raised(evidence, "refused", APIConnectionError, client.projects.list_page)


def test_export_download(evidence: Evidence, tmp_path: Path) -> None:
    with hub() as (client, state, base_url):
        pid = project_id(state)
        archive = client.exports.export(pid, tmp_path / "export.zip")
        assert archive.is_file()
        link = client.exports.create(pid)
        evidence.add("export link", link)
        missing = base_url.removesuffix("/v2") + "/mock/exports/no-such-export.zip"
        raised(
            evidence,
            "download 404",
            NotFoundError,
            lambda: client.exports.download(missing, tmp_path / "m.zip"),
        )
    # max_retries=0: no resume either (a resume completes it, see test_mock_faults.py).
    with hub(faults=FaultConfig(truncate_downloads=True), max_retries=0) as (client, state, _base_url):
        link = client.exports.create(project_id(state))
        raised(
            evidence,
            "truncated download",
            APIConnectionError,
            lambda: client.exports.download(link, tmp_path / "t.zip"),
        )


def test_response_not_matching_the_spec(evidence: Evidence) -> None:
    """Errors built from a success body that does not parse (over an in-process transport)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/listProjects"):
            return httpx.Response(200, json={"status": "success", "data": {"nothing": 1}})
        return httpx.Response(200, text="<html>not json</html>", headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    with Client(api_key=CANARY, base_url="http://127.0.0.1:9/v2", transport=transport) as client:
        raised(evidence, "spec mismatch", APIResponseValidationError, client.projects.list_page)
        raised(evidence, "not json", APIResponseValidationError, lambda: client.projects.get("p1"))
        # The logs of this test come from the MockTransport; add one real request for httpcore.
        with hub() as (served, _state, _base_url):
            served.projects.list_page()


# -- known leaks ----------------------------------------------------------------------------------


def _status_error() -> APIStatusError:
    with hub(server_key=OTHER_KEY) as (client, _state, _base_url), pytest.raises(AuthenticationError) as info:
        client.projects.list_page()
    return info.value


def test_no_leak_response_request_headers() -> None:
    exc = _status_error()
    assert not leaks(repr(exc.response.request.headers))
    assert not leaks(repr(dict(exc.response.request.headers)))


def _connection_error() -> APIConnectionError:
    with hub() as (_client, _state, base_url):
        pass
    with (
        Client(api_key=CANARY, base_url=base_url, max_retries=0) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.projects.list_page()
    return info.value


def test_no_leak_traceback_with_locals() -> None:
    exc = _connection_error()
    with_locals = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    assert not leaks(with_locals)


def test_no_leak_transport_error_request_headers() -> None:
    exc = _connection_error()
    cause = exc.__cause__
    assert isinstance(cause, httpx.HTTPError)
    assert not leaks(repr(cause.request.headers))
