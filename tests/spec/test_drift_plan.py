"""What ``verify`` calls comes from the spec: a GET operation with a link from another GET is
planned from that link with no edit of ``ango_hub/drift/_plan.py``, and a GET operation that
still cannot be called fails a test that names it (issue 24)."""

from __future__ import annotations

import copy
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from ango_hub import Client, verify
from ango_hub.drift import _run
from ango_hub.drift._plan import NOT_READ_ONLY, UNCALLABLE
from ango_hub.drift._schema import SpecAnswers, spec_answers
from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread

ROOT = Path(__file__).resolve().parents[2]
KEY = "drift-plan-key-0123456789"

#: GET operations the demo organization cannot reach although a plan exists, and why.
NEEDS_DATA = {
    "get_mask": "planned from a segmentation or brush object of a task's answer; the demo "
    "organization's answers have none",
}


def _generate() -> Any:
    """``scripts/generate.py`` as a module (what writes ``response_schemas.json``)."""
    spec = importlib.util.spec_from_file_location("ango_generate", ROOT / "scripts" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("ango_generate", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def demo() -> Iterator[str]:
    with serve_in_thread(create_app(api_key=KEY, seed="demo")) as base_url:
        yield base_url


def test_every_get_operation_is_called_or_its_reason_is_listed(demo: str) -> None:
    with Client(api_key=KEY, base_url=demo) as hub:
        report = verify(hub, max_requests=10_000)
    called = {call.operation_id for call in report.calls}
    skipped = {skip.operation_id: skip.reason for skip in report.skipped}
    explained = set(NOT_READ_ONLY) | set(UNCALLABLE) | set(NEEDS_DATA)
    unexplained = {op: reason for op, reason in skipped.items() if op not in explained}
    assert not unexplained, (
        "verify cannot call these GET operations: "
        + "; ".join(f"{op} ({reason})" for op, reason in sorted(unexplained.items()))
        + ". Add a link to each in openapi/ango-hub.yaml from the GET operation whose answer gives "
        "its parameters (CONTRIBUTING.md, 'Adding an operation or a field', step 1), or, if no "
        "answer can, name it in UNCALLABLE of ango_hub/drift/_plan.py with the reason."
    )
    gets = {op for op, spec in spec_answers().operations.items() if spec["method"] == "GET"}
    assert called | set(skipped) == gets
    assert all(call.outcome == "ok" for call in report.calls), report.calls


def test_a_new_get_with_a_link_is_called_with_no_hand_edit(
    demo: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "ango-hub.yaml").read_text(encoding="utf-8"))
    spec = copy.deepcopy(spec)
    spec["paths"]["/task/{taskId}/comments"] = {
        "get": {
            "operationId": "list_task_comments",
            "tags": ["tasks"],
            "summary": "A GET this test adds",
            "parameters": [{"name": "taskId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {
                "200": {
                    "description": "The comments.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "status": {"type": "string"},
                                    "data": {
                                        "type": "object",
                                        "properties": {
                                            "comments": {"type": "array", "items": {"type": "string"}}
                                        },
                                    },
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    list_tasks = spec["paths"]["/project/{projectId}/tasks"]["get"]["responses"]["200"]
    list_tasks.setdefault("links", {})["ListTaskComments"] = {
        "operationId": "list_task_comments",
        "parameters": {"taskId": "$response.body#/data/tasks/0/_id"},
    }
    compiled = _generate().response_schemas(spec)
    answers = SpecAnswers(operations=compiled["operations"], schemas=compiled["schemas"])
    get_ids = [*_run._get_operation_ids(), "list_task_comments"]
    monkeypatch.setattr(_run, "spec_answers", lambda: answers)
    monkeypatch.setattr(_run, "_get_operation_ids", lambda: get_ids)

    seen: list[str] = []
    app = create_app(api_key=KEY, seed="demo")

    async def with_comments(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].endswith("/comments"):
            seen.append(scope["path"])
            body = b'{"status": "success", "data": {"comments": []}}'
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    with serve_in_thread(with_comments) as base_url, Client(api_key=KEY, base_url=base_url) as hub:
        report = verify(hub, max_requests=10_000)
        # The link reads the first task of the first listing: of the first project listed.
        first_project = hub.projects.list_page(page=1, limit=10).projects[0].id
        first_task = hub.tasks.list_page(first_project, limit=10).tasks[0].id
    (call,) = [call for call in report.calls if call.operation_id == "list_task_comments"]
    assert not report.findings, report.findings
    assert (call.outcome, call.request) == ("ok", "GET /task/{taskId}/comments")
    assert seen == [f"/v2/task/{first_task}/comments"]
