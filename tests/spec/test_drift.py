"""The drift report (``ango-hub verify``, ``ango_hub.verify``) and ``validate_responses``.

Against the mock (which answers as the spec says), its perturbing mode (four documented
drifts, see ``ango_hub.mock.perturb``) and small servers of the tests' own; every request
is recorded on the server side.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from _hostile import CANARY

import ango_hub
from ango_hub import APIResponseValidationError, AsyncClient, Client
from ango_hub.drift import DriftReport, Finding, NotAReadError
from ango_hub.drift._plan import Call
from ango_hub.drift._schema import spec_answers
from ango_hub.mock import create_app
from ango_hub.mock.perturb import PERTURBATIONS
from ango_hub.mock.server import serve_in_thread

ASGI = Callable[
    [dict[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


@dataclass
class Served:
    base_url: str
    api_key: str
    requests: list[tuple[str, str]] = field(default_factory=list)

    @property
    def methods(self) -> set[str]:
        return {method for method, _ in self.requests}


def _recording(app: ASGI, log: list[tuple[str, str]]) -> ASGI:
    async def wrapper(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            log.append((scope["method"], scope["path"]))
        await app(scope, receive, send)

    return wrapper


@contextmanager
def serve(app: ASGI, api_key: str = CANARY) -> Iterator[Served]:
    served = Served("", api_key)
    with serve_in_thread(_recording(app, served.requests)) as base_url:
        served.base_url = base_url
        yield served


@pytest.fixture
def mock() -> Iterator[Served]:
    with serve(create_app(api_key=CANARY, seed="demo")) as served:
        yield served


@pytest.fixture
def perturbed_mock() -> Iterator[Served]:
    with serve(create_app(api_key=CANARY, seed="demo", perturb=True)) as served:
        yield served


def run_cli(served: Served, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANGO_API_KEY": served.api_key}
    env.pop("ANGO_HUB_REGION", None)
    return subprocess.run(
        [sys.executable, "-m", "ango_hub.cli", "--base-url", served.base_url, "verify", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


# -- ango-hub verify against the mock ----------------------------------------------------


def test_verify_against_the_mock_reports_nothing(mock: Served) -> None:
    result = run_cli(mock, "--format", "json", "--requests-per-minute", "6000")
    report = json.loads(result.stdout)
    assert (result.returncode, report["findings"]) == (0, []), result.stderr
    called = {call["operation_id"] for call in report["calls"]}
    assert {"list_projects", "get_project", "list_tasks", "get_task", "list_assets", "list_batches"} <= called
    assert {"list_issues", "get_metric", "list_organization_members", "list_storages"} <= called
    assert all(call["outcome"] == "ok" for call in report["calls"])
    # Every GET operation of the spec is called or listed as skipped, with a reason.
    skipped = {skip["operation_id"]: skip["reason"] for skip in report["skipped"]}
    gets = {op for op, spec in spec_answers().operations.items() if spec["method"] == "GET"}
    assert called | set(skipped) == gets
    assert "export" in skipped["export_project"]
    assert mock.methods == {"GET"}
    assert len(mock.requests) == len(report["calls"]) == report["requests"]
    assert CANARY not in result.stdout + result.stderr


def test_verify_reports_each_perturbation_once_with_its_path(perturbed_mock: Served) -> None:
    result = run_cli(perturbed_mock, "--format", "json", "--requests-per-minute", "6000")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    found = sorted((f["operation_id"], f["kind"], f["path"]) for f in findings)
    assert found == sorted((p.operation_id, p.kind, p.path) for p in PERTURBATIONS)
    assert perturbed_mock.methods == {"GET"}
    assert CANARY not in result.stdout + result.stderr


def test_the_markdown_report_names_the_paths_and_can_be_written_to_a_file(
    perturbed_mock: Served, tmp_path: Any
) -> None:
    output = tmp_path / "drift.md"
    result = run_cli(perturbed_mock, "--output", str(output), "--requests-per-minute", "6000")
    assert result.returncode == 1
    text = output.read_text(encoding="utf-8")
    for perturbation in PERTURBATIONS:
        assert f"`{perturbation.path}`" in text
    assert "### GET operations not called" in text
    assert CANARY not in text
    # Counts in words: "4 differences", "20 GET requests", "4 findings" (never "(s)").
    assert f"{len(PERTURBATIONS)} differences from the spec" in text
    assert re.search(r"\d+ GET requests \(bound", text), text[:400]
    assert result.stdout == f"Wrote the report to {output}: {len(PERTURBATIONS)} findings\n"


def test_max_requests_bounds_the_run(mock: Served) -> None:
    result = run_cli(mock, "--format", "json", "--max-requests", "3", "--requests-per-minute", "6000")
    report = json.loads(result.stdout)
    assert result.returncode == 0
    assert len(mock.requests) == 3 == len(report["calls"]) == report["requests"]
    reasons = {skip["operation_id"]: skip["reason"] for skip in report["skipped"]}
    assert "request bound (3)" in reasons["list_assets"]


def test_usage_and_network_errors_have_their_exit_codes(mock: Served) -> None:
    assert run_cli(mock, "--max-requests", "0").returncode == 2
    assert mock.requests == []
    refused = Served("http://127.0.0.1:9/v2", CANARY)
    result = run_cli(refused, "--format", "json")
    assert result.returncode == 3
    report = json.loads(result.stdout)
    assert [call["outcome"] for call in report["calls"]] == ["failed"]
    assert report["requests"] == 0  # refused connections: no request reached a server
    assert (
        "run stopped" in {skip["operation_id"]: skip["reason"] for skip in report["skipped"]}["get_project"]
    )


# -- the request bound counts HTTP requests, retries included ------------------------------


def _rate_limiting(every: int) -> ASGI:
    """Answers 429 (``Retry-After: 0``) to every ``every``-th request, counting from the first;
    ``listProjects`` as the spec says to the others, and 404 to the rest."""
    received = 0
    project = {"_id": "p1", "name": "P", "organization": "o1"}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        nonlocal received
        received += 1
        headers = [(b"content-type", b"application/json")]
        if (received - 1) % every == 0:
            status, body = 429, b'{"status":"fail","message":"slow down"}'
            headers.append((b"retry-after", b"0"))
        elif scope["path"] == "/v2/listProjects":
            status = 200
            body = json.dumps({"status": "success", "data": {"projects": [project], "total": 1}}).encode()
        else:
            status, body = 404, b'{"status":"fail","message":"nope"}'
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def test_max_requests_bounds_http_requests_when_every_answer_is_a_429() -> None:
    # The client retries a 429 twice: a bound on calls would let 3 calls send 9 requests.
    with serve(_rate_limiting(every=1)) as served:
        result = run_cli(served, "--format", "json", "--max-requests", "3", "--requests-per-minute", "6000")
        received = len(served.requests)
        markdown = run_cli(served, "--max-requests", "3", "--requests-per-minute", "6000").stdout
    report = json.loads(result.stdout)
    assert received == 3 == report["requests"]
    assert [(call["operation_id"], call["status"]) for call in report["calls"]] == [("list_projects", 429)]
    assert result.returncode == 3
    reasons = {skip["operation_id"]: skip["reason"] for skip in report["skipped"]}
    assert "request bound (3)" in reasons["list_llms"]
    assert "3 GET requests (bound 3, retries included) for 1 call;" in markdown
    assert len(served.requests) == 6


@pytest.mark.parametrize("max_requests", [1, 2, 5])
def test_verify_counts_what_the_server_received(max_requests: int) -> None:
    # Every other request is answered 429, then its retry gets the answer.
    with (
        serve(_rate_limiting(every=2)) as served,
        Client(api_key=CANARY, base_url=served.base_url) as hub,
    ):
        report = ango_hub.verify(hub, max_requests=max_requests)
    assert len(served.requests) == report.requests == max_requests
    assert len(report.calls) == (max_requests + 1) // 2
    assert report.calls[0].operation_id == "list_projects"
    assert report.calls[0].status == (429 if max_requests == 1 else 200)
    assert f"{max_requests} GET request" in report.to_markdown()
    assert report.to_dict()["requests"] == max_requests


def test_verify_async_counts_retries_against_the_bound() -> None:
    async def main(base_url: str) -> DriftReport:
        async with AsyncClient(api_key=CANARY, base_url=base_url) as hub:
            return await ango_hub.verify_async(hub, max_requests=3)

    with serve(_rate_limiting(every=1)) as served:
        report = asyncio.run(main(served.base_url))
        assert len(served.requests) == report.requests == 3
    assert [call.status for call in report.calls] == [429]


# -- ango_hub.verify --------------------------------------------------------------------


def test_verify_returns_a_typed_report(perturbed_mock: Served) -> None:
    with Client(api_key=CANARY, base_url=perturbed_mock.base_url) as hub:
        report = ango_hub.verify(hub, max_requests=10)
    assert isinstance(report, DriftReport)
    assert all(isinstance(finding, Finding) for finding in report.findings)
    assert (report.ok, report.exit_code, len(report.calls)) == (False, 1, 10)
    enum = next(finding for finding in report.findings if finding.kind == "enum-value")
    # Both list_tasks calls (with and without answers) saw it in every task: one finding.
    assert enum.path == "$.data.tasks[*].type"
    assert enum.example == '"perturbed"'
    assert enum.count > 1


def test_verify_async(mock: Served) -> None:
    async def main() -> DriftReport:
        async with AsyncClient(api_key=CANARY, base_url=mock.base_url) as hub:
            return await ango_hub.verify_async(hub, max_requests=5)

    report = asyncio.run(main())
    assert (report.exit_code, len(report.calls), report.requests) == (0, 5, 5)
    assert len(mock.requests) == 5


def test_verify_never_sends_anything_but_a_get(mock: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    def post(self: Call) -> dict[str, Any]:
        return {"method": "POST", "url": self.path, "json": {}}

    monkeypatch.setattr(Call, "request", post)
    with Client(api_key=CANARY, base_url=mock.base_url) as hub, pytest.raises(NotAReadError, match="GET"):
        ango_hub.verify(hub)
    assert mock.requests == []


# -- a server of the test's own ------------------------------------------------------------


def _own_server() -> ASGI:
    """list_projects as the spec says; get_project a 418; list_tasks not JSON; the rest 404."""
    project = {"_id": "p1", "name": "P", "organization": "o1"}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope["path"]
        status, content_type, body = 404, "application/json", b'{"status":"fail","message":"nope"}'
        if path == "/v2/listProjects":
            status, body = 200, json.dumps({"status": "success", "data": {"projects": [project]}}).encode()
        elif path == "/v2/project/p1":
            status, body = 418, json.dumps({"status": "fail", "message": f"teapot {CANARY}"}).encode()
        elif path == "/v2/project/p1/tasks":
            status, body = 200, b"<html>maintenance</html>"
        elif path == "/v2/project/p1/assets":
            status, content_type, body = 200, "text/plain", b"assets"
        headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def test_status_codes_and_bodies_the_spec_does_not_list() -> None:
    with (
        serve(_own_server()) as served,
        Client(api_key=CANARY, base_url=served.base_url, max_retries=0) as hub,
    ):
        report = ango_hub.verify(hub)
    found = {(f.operation_id, f.kind) for f in report.findings}
    assert found == {
        ("get_project", "status-code"),
        ("list_tasks", "not-json"),
        ("list_assets", "media-type"),
    }
    status = next(f for f in report.findings if f.kind == "status-code")
    assert (status.path, status.example) == ("$", "418")
    assert report.exit_code == 1
    errors = [call for call in report.calls if call.outcome == "error"]
    assert errors
    assert all(call.status == 404 for call in errors)
    assert served.methods == {"GET"}
    assert CANARY not in report.to_json() + report.to_markdown()


# -- validate_responses --------------------------------------------------------------------


def test_validate_responses_raise_names_the_path(perturbed_mock: Served) -> None:
    with Client(api_key=CANARY, base_url=perturbed_mock.base_url, validate_responses="raise") as hub:
        project_id = hub.with_options(validate_responses=None).projects.list_page().projects[0].id
        with pytest.raises(APIResponseValidationError, match=r"\$\.data\.project\.perturbedField") as caught:
            hub.projects.get(project_id)
        assert caught.value.status_code == 200
        assert hub.batches.list(project_id) is not None  # an answer as the spec says passes


def test_validate_responses_warn_logs_each_finding_once(
    perturbed_mock: Served, caplog: pytest.LogCaptureFixture
) -> None:
    with Client(api_key=CANARY, base_url=perturbed_mock.base_url) as plain:
        project_id = plain.projects.list_page().projects[0].id
    caplog.set_level(logging.WARNING, logger="ango_hub")
    with Client(api_key=CANARY, base_url=perturbed_mock.base_url, validate_responses="warn") as hub:
        first = hub.projects.get(project_id)
        hub.with_options(timeout=30).projects.get(project_id)  # a copy shares what was logged
    records = [r for r in caplog.records if "perturbedField" in r.getMessage()]
    assert len(records) == 1
    assert "$.data.project.perturbedField" in records[0].getMessage()
    assert first.id == project_id


def test_validate_responses_is_checked_and_off_by_default() -> None:
    with pytest.raises(ValueError, match="validate_responses"):
        Client(api_key="k", validate_responses="loud")  # type: ignore[arg-type]
    hub = Client(api_key="k")
    assert hub.validate_responses is None
    assert hub.with_options(validate_responses="warn").validate_responses == "warn"
    assert hub.with_options(timeout=5).validate_responses is None


def _loaded_after(code: str, modules: list[str]) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {modules!r} if m in sys.modules]))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


CALL = (
    "import httpx\nfrom ango_hub import Client\n"
    "body = {'status': 'success', 'data': {'projects': [], 'total': 0}}\n"
    "hub = Client(api_key='k', base_url='http://127.0.0.1:9/v2', transport=httpx.MockTransport("
    "lambda request: httpx.Response(200, json=body)){options})\n"
    "hub.projects.list_page()\n"
)


def test_no_schema_is_loaded_unless_validation_is_on() -> None:
    drift = ["ango_hub.drift._schema", "ango_hub.drift._runtime"]
    assert _loaded_after(CALL.replace("{options}", ""), drift) == []
    assert _loaded_after(CALL.replace("{options}", ", validate_responses='warn'"), drift) == drift


# -- the checker ---------------------------------------------------------------------------


def _check(operation_id: str, value: Any) -> list[Finding]:
    return spec_answers().check_value(operation_id, 200, value, "application/json")


def _task(**fields: Any) -> dict[str, Any]:
    return {"status": "success", "data": {"task": {"_id": "t1", **fields}}}


def test_open_enums_accept_new_values_and_closed_ones_do_not() -> None:
    assert _check("get_task", _task(status="Archived")) == []  # Task.status is open
    [finding] = _check("get_task", _task(type="new-kind"))
    assert (finding.kind, finding.path, finding.example) == ("enum-value", "$.data.task.type", '"new-kind"')


def test_choices_nulls_and_types() -> None:
    assert _check("get_task", _task(project={"_id": "p"})) == []  # oneOf: string | ProjectRef
    [finding] = _check("get_task", _task(project=5))
    assert finding.kind == "type"
    assert "ProjectRef" in finding.expected
    [finding] = _check("get_task", _task(externalId=None))
    assert (finding.kind, finding.expected, finding.example) == ("type", "string", "null")


def test_secret_values_never_show() -> None:
    findings = _check("get_task", _task(apiKey=CANARY, extra={"token": CANARY, "n": 1}))
    assert {finding.path for finding in findings} == {"$.data.task.apiKey", "$.data.task.extra"}
    assert all(CANARY not in (finding.example or "") for finding in findings)
    assert {finding.example for finding in findings} == {"[redacted]", '{"token": "[redacted]", "n": 1}'}


def test_examples_are_truncated() -> None:
    [finding] = _check("get_task", _task(long="x" * 500))
    assert finding.example is not None
    assert len(finding.example) <= 80
    assert finding.example.endswith("...")


def test_the_request_is_built_from_the_spec_only_for_get() -> None:
    call = Call("get_project", "GET /project/{projectId}", "/project/a%2Fb")
    assert call.request() == {"method": "GET", "url": "/project/a%2Fb", "params": {}}
    assert isinstance(httpx.URL("http://h" + call.path), httpx.URL)


def test_the_examples_of_docs_verify_run_against_the_perturbed_mock(
    perturbed_mock: Served, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import re
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "verify.md"
    blocks = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) == 2
    monkeypatch.setenv("ANGO_API_KEY", perturbed_mock.api_key)
    monkeypatch.setenv("ANGO_HUB_BASE_URL", perturbed_mock.base_url)
    monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
    caplog.set_level(logging.WARNING, logger="ango_hub")
    namespace: dict[str, Any] = {}
    for block in blocks:
        exec(compile(block, str(doc), "exec"), namespace)
    assert namespace["report"].exit_code == 1
    assert "`$.data.total`" in namespace["markdown"]
    assert [r.getMessage() for r in caplog.records if "$.data.total" in r.getMessage()]
