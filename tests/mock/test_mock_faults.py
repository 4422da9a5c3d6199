"""Fault injection in the mock: rate limits, errors, dropped connections, truncated downloads,
latency, and the command-line flags that turn them on."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

import ango_hub
from ango_hub.mock import create_app, mock_state, serve_in_thread
from ango_hub.mock.__main__ import main
from ango_hub.mock.faults import ConnectionDroppedError, FaultConfig, FaultMiddleware
from ango_hub.mock.state import MockState

API_KEY = "test-key-faults"
REPO = Path(__file__).resolve().parents[2]


@contextmanager
def serve(faults: FaultConfig, *, seed: str | None = "demo") -> Iterator[tuple[str, MockState]]:
    app = create_app(api_key=API_KEY, seed=seed, faults=faults)
    with serve_in_thread(app) as base_url:
        yield base_url, mock_state(app)


def project_id(state: MockState, name: str = "Vehicle detection") -> str:
    return str(next(project["_id"] for project in state.projects.list() if project["name"] == name))


# -- the configuration ----------------------------------------------------------------------


def test_faults_are_off_by_default() -> None:
    config = FaultConfig()
    assert not config.active
    assert config.error_statuses == (500,)
    assert FaultConfig(truncate_downloads=True).active
    assert FaultConfig(rate_limit=0.5).active


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"latency": -0.1}, "latency"),
        ({"latency_jitter": float("inf")}, "latency_jitter"),
        ({"rate_limit": 0}, "rate_limit"),
        ({"error_rate": 1.5}, "error_rate"),
        ({"drop_rate": -0.5}, "drop_rate"),
        ({"error_statuses": (429,)}, "error_statuses"),
        ({"error_statuses": ()}, "error_statuses"),
    ],
)
def test_fault_config_rejects_bad_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FaultConfig(**options)


# -- rate limits --------------------------------------------------------------------------


def test_rate_limit_answers_429_with_retry_after_then_recovers() -> None:
    with serve(FaultConfig(rate_limit=2)) as (base_url, _state), httpx.Client(timeout=10) as http:
        headers = {"apikey": API_KEY}
        statuses = [http.get(f"{base_url}/listProjects", headers=headers).status_code for _ in range(2)]
        assert statuses == [200, 200]
        limited = http.get(f"{base_url}/listProjects", headers=headers)
        assert limited.status_code == 429
        body = limited.json()
        assert body["status"] == "fail"
        assert body["message"].startswith("Too many requests, ")
        retry_after = limited.headers["Retry-After"]
        assert retry_after.isdigit()
        assert int(retry_after) >= 1
        # Another key has a bucket of its own; the spec itself is never limited.
        assert http.get(f"{base_url}/listProjects", headers={"apikey": "other"}).status_code == 401
        root = base_url.removesuffix("/v2")
        assert all(http.get(f"{root}/openapi.yaml").status_code == 200 for _ in range(5))
        time.sleep(int(retry_after))
        assert http.get(f"{base_url}/listProjects", headers=headers).status_code == 200


def test_client_retries_turn_a_rate_limited_paging_job_into_a_complete_result() -> None:
    statuses: Counter[int] = Counter()

    def count(response: httpx.Response) -> None:
        statuses[response.status_code] += 1

    with (
        serve(FaultConfig(rate_limit=20)) as (base_url, state),
        httpx.Client(timeout=10, event_hooks={"response": [count]}) as http,
        ango_hub.Client(api_key=API_KEY, base_url=base_url, max_retries=5, http_client=http) as hub,
    ):
        vehicles = project_id(state)
        seen: list[str] = []
        page = 1
        while True:
            listed = hub.tasks.list_page(vehicles, page=page, limit=2)
            seen.extend(task.id for task in listed.tasks)
            assert isinstance(listed.total, int)
            if page * 2 >= listed.total:
                break
            page += 1
    assert len(seen) == 100
    assert len(set(seen)) == 100
    assert set(seen) == {task["_id"] for task in state.tasks.list(vehicles)}
    assert statuses[429] >= 1  # the limit was hit, and the retries got past it
    assert statuses[200] == 50


# -- server errors and dropped connections ------------------------------------------------


def test_error_rate_one_answers_500_with_an_error_response() -> None:
    with serve(FaultConfig(error_rate=1)) as (base_url, _state), httpx.Client(timeout=10) as http:
        response = http.get(f"{base_url}/listProjects", headers={"apikey": API_KEY})
        assert response.status_code == 500
        body = response.json()
        assert body["status"] == "error"
        assert isinstance(body["message"], str)
        assert body["message"]
        assert "Retry-After" not in response.headers
        assert http.get(base_url.removesuffix("/v2") + "/openapi.yaml").status_code == 200
        with (
            ango_hub.Client(api_key=API_KEY, base_url=base_url, max_retries=0) as hub,
            pytest.raises(ango_hub.InternalServerError),
        ):
            hub.projects.list_page()


def test_a_503_comes_with_retry_after() -> None:
    faults = FaultConfig(error_rate=1, error_statuses=(503,))
    with serve(faults) as (base_url, _state), httpx.Client(timeout=10) as http:
        response = http.get(f"{base_url}/storages", headers={"apikey": API_KEY})
        assert response.status_code == 503
        assert response.json()["status"] == "error"
        assert response.headers["Retry-After"] == "1"


def test_faults_are_reproducible_with_a_seed() -> None:
    def statuses() -> list[int]:
        with (
            serve(FaultConfig(error_rate=0.5, seed=7), seed=None) as (base_url, _state),
            httpx.Client(timeout=10, headers={"apikey": API_KEY}) as http,
        ):
            return [http.get(f"{base_url}/storages").status_code for _ in range(16)]

    first = statuses()
    assert set(first) == {200, 500}
    assert statuses() == first


def test_drop_rate_one_closes_the_connection_without_a_response() -> None:
    with serve(FaultConfig(drop_rate=1)) as (base_url, _state), httpx.Client(timeout=10) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(f"{base_url}/listProjects", headers={"apikey": API_KEY})
        with pytest.raises(httpx.TransportError):
            http.post(f"{base_url}/project", headers={"apikey": API_KEY}, json={"name": "Dropped"})
        assert http.get(base_url.removesuffix("/v2") + "/openapi.yaml").status_code == 200
        with (
            ango_hub.Client(api_key=API_KEY, base_url=base_url, max_retries=0) as hub,
            pytest.raises(ango_hub.APIConnectionError),
        ):
            hub.projects.list_page()


def test_without_uvicorn_a_drop_raises() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:  # pragma: no cover - never reached
        raise AssertionError("the request should not be handled")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:  # pragma: no cover - nothing is sent
        raise AssertionError(f"nothing should be sent, got {message}")

    middleware = FaultMiddleware(app, FaultConfig(drop_rate=1))
    scope = {"type": "http", "method": "GET", "path": "/v2/storages", "headers": []}
    with pytest.raises(ConnectionDroppedError):
        asyncio.run(middleware(scope, receive, send))


def test_latency_delays_api_requests_only() -> None:
    with serve(FaultConfig(latency=0.3)) as (base_url, _state), httpx.Client(timeout=10) as http:
        started = time.monotonic()
        assert http.get(f"{base_url}/storages", headers={"apikey": API_KEY}).status_code == 200
        assert time.monotonic() - started >= 0.3
    # Not the mock's own files: with a minute of latency, the spec still comes well within
    # the client's timeout (a margin of 50 s, not a measurement).
    with serve(FaultConfig(latency=60)) as (base_url, _state), httpx.Client(timeout=10) as http:
        assert http.get(base_url.removesuffix("/v2") + "/openapi.yaml").status_code == 200


# -- truncated downloads ------------------------------------------------------------------


def test_truncated_download_announces_the_full_length_and_stops_halfway() -> None:
    with serve(FaultConfig(truncate_downloads=True)) as (base_url, state), httpx.Client(timeout=10) as http:
        listed = http.get(
            f"{base_url}/export", params={"project": project_id(state)}, headers={"apikey": API_KEY}
        )
        link = listed.json()["data"]["exportPath"]
        chunks: list[bytes] = []
        with http.stream("GET", link) as response:
            assert response.status_code == 200
            length = int(response.headers["content-length"])
            with pytest.raises(httpx.RemoteProtocolError):
                chunks.extend(response.iter_bytes())
        received = sum(len(chunk) for chunk in chunks)
        assert 0 < received < length
        assert received == length // 2


def test_client_download_of_a_truncated_export_resumes_with_a_range(tmp_path: Path) -> None:
    """The mock cuts whole answers only: the resume (a 206) brings the rest of the archive."""
    with (
        serve(FaultConfig(truncate_downloads=True)) as (base_url, state),
        ango_hub.Client(api_key=API_KEY, base_url=base_url, max_retries=1) as hub,
    ):
        link = hub.exports.create(project_id(state, "Product photos"))
        destination = tmp_path / "exports" / "photos.zip"
        with hub.raw_responses() as responses:
            hub.exports.download(link, destination)
    # The dropped answer is not listed (it never completed); the resume is.
    (resumed,) = responses
    assert resumed.status_code == 206
    size = len(destination.read_bytes())
    assert resumed.headers["content-range"] == f"bytes {size // 2}-{size - 1}/{size}"
    assert resumed.request.headers["range"] == f"bytes={size // 2}-"
    assert resumed.request.headers["if-range"] == resumed.headers["etag"]
    assert zipfile.ZipFile(destination).testzip() is None
    assert list(destination.parent.iterdir()) == [destination]


def test_client_download_of_a_truncated_export_fails_and_leaves_no_file(tmp_path: Path) -> None:
    with (
        serve(FaultConfig(truncate_downloads=True)) as (base_url, state),
        ango_hub.Client(api_key=API_KEY, base_url=base_url, max_retries=0) as hub,
    ):
        link = hub.exports.create(project_id(state, "Product photos"))
        destination = tmp_path / "exports" / "photos.zip"
        with pytest.raises(ango_hub.APIConnectionError, match="Downloading the export failed"):
            hub.exports.download(link, destination)
    assert not destination.exists()
    assert list(destination.parent.iterdir()) == []  # no partial file either


# -- the command line ---------------------------------------------------------------------


@contextmanager
def cli(*args: str) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "ango_hub.mock", "--port", "0", "--api-key", API_KEY, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:"), process.communicate(timeout=10)
        yield base_url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _out, err = process.communicate(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err


def test_cli_rate_limit_and_tasks_flags() -> None:
    with cli("--rate-limit", "1", "--tasks", "30") as base_url, httpx.Client(timeout=10) as http:
        listed = http.get(f"{base_url}/listProjects", params={"limit": 10}, headers={"apikey": API_KEY})
        assert listed.status_code == 200
        names = {project["name"] for project in listed.json()["data"]["projects"]}
        assert names == {"Vehicle detection", "News NER", "Product photos", "Load test"}
        limited = http.get(f"{base_url}/listProjects", headers={"apikey": API_KEY})
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1


def test_cli_error_drop_and_latency_flags() -> None:
    with (
        cli("--error-rate", "1", "--latency", "0.2", "--fault-seed", "3") as base_url,
        httpx.Client(timeout=10) as http,
    ):
        started = time.monotonic()
        response = http.get(f"{base_url}/storages", headers={"apikey": API_KEY})
        assert time.monotonic() - started >= 0.2
        assert response.status_code == 500
        assert response.json()["status"] == "error"
    with cli("--drop-rate", "1", "--truncate-downloads") as base_url, httpx.Client(timeout=10) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(f"{base_url}/storages", headers={"apikey": API_KEY})
        assert http.get(base_url.removesuffix("/v2") + "/openapi.yaml").status_code == 200


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--latency", "-1"], "argument --latency: must be 0 or more seconds"),
        (["--rate-limit", "0"], "argument --rate-limit: must be more than 0"),
        (["--rate-limit", "fast"], "argument --rate-limit: not a number"),
        (["--error-rate", "1.5"], "argument --error-rate: must be a probability between 0 and 1"),
        (["--drop-rate", "-0.1"], "argument --drop-rate: must be a probability between 0 and 1"),
        (["--drop-rate", "nan"], "argument --drop-rate: not a finite number"),
        (["--fault-seed", "x"], "argument --fault-seed: invalid int value"),
        (["--tasks", "0"], "argument --tasks: must be 1 or more"),
        (["--tasks", "many"], "argument --tasks: not an integer"),
    ],
)
def test_cli_rejects_bad_fault_values(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--port", "0", *args])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err
