"""The gaps between the documentation and the spec (issue "Fidelity"), each checked.

Wire shapes with a recording transport (what the client sends), behaviour through real HTTP
against the mock, and the spec's own declarations (documented fields, constraints, secrets,
the decisions written into operation descriptions).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from ango_hub import Client
from ango_hub.annotations import AnnotationError, LabelImportRow, TaskAnswer, ToolObject
from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread
from ango_hub_api.models import (
    CloudAsset,
    Project,
    ProjectResponse,
    Task,
    TaskAssign,
    TaskResponse,
    TaskStatus,
    UserSummary,
    WebhookType,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "ango-hub.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
DOCS = ROOT / "tests" / "fixtures" / "docs"
KEY = "fidelity-test-key"


def recording_client(answer: dict[str, Any]) -> tuple[Client, list[httpx.Request]]:
    """A client whose every request is recorded and answered ``{"status": "success", "data": answer}``."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "success", "data": answer})

    return Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(handler)), sent


@pytest.fixture(scope="module")
def hub() -> Iterator[Client]:
    with (
        serve_in_thread(create_app(api_key=KEY, seed="demo", validate_responses=True)) as base_url,
        Client(api_key=KEY, base_url=base_url, max_retries=0) as client,
    ):
        yield client


# -- create_webhook ---------------------------------------------------------------------------


def test_create_webhook_sends_the_documented_body() -> None:
    client, sent = recording_client({"webhooks": []})
    client.projects.create_webhook(
        "p1", "https://hooks.example.com/h", ["ACCEPTED", WebhookType.UPDATED], secret="s"
    )
    (request,) = sent
    assert (request.method, request.url.path) == ("POST", "/v2/webhook")
    assert json.loads(request.content) == {
        "url": "https://hooks.example.com/h",
        "types": ["ACCEPTED", "UPDATED"],
        "secret": "s",
        "project": "p1",
    }
    with pytest.raises(ValueError, match="DELETED"):
        client.projects.create_webhook("p1", "https://hooks.example.com/h", ["DELETED"])
    with pytest.raises(ValueError, match="http"):
        client.projects.create_webhook("p1", "hooks.example.com", ["ACCEPTED"])
    with pytest.raises(TypeError, match="single string"):
        client.projects.create_webhook("p1", "https://hooks.example.com/h", "ACCEPTED")
    with pytest.raises(ValueError, match="empty"):
        client.projects.create_webhook("p1", "https://hooks.example.com/h", [])
    assert len(sent) == 1


# -- export filters ---------------------------------------------------------------------------


def test_export_filters_of_the_sdk_page_go_on_the_wire_as_documented() -> None:
    client, sent = recording_client({"exportPath": "https://b.example/e.zip"})
    client.exports.create(
        "p1",
        assignees=["u1", "u2"],
        completed_at=(dt.datetime(2022, 12, 1), dt.datetime(2022, 12, 31, 23, 0, tzinfo=dt.UTC)),
    )
    client.exports.create("p1", completed_at=(None, dt.datetime(2023, 1, 1)), v3=True)
    first, second = (request.url.params for request in sent)
    assert json.loads(first["assignee"]) == ["u1", "u2"]
    assert (first["completedAt[gt]"], first["completedAt[lt]"]) == (
        "2022-12-01T00:00:00.000Z",
        "2022-12-31T23:00:00.000Z",
    )
    assert (sent[1].url.path, "completedAt[gt]" in second, second["completedAt[lt]"]) == (
        "/v2/exportV3",
        False,
        "2023-01-01T00:00:00.000Z",
    )
    with pytest.raises(ValueError, match="after the end"):
        client.exports.create("p1", completed_at=(dt.datetime(2023, 2, 1), dt.datetime(2023, 1, 1)))
    with pytest.raises(ValueError, match="start, an end or both"):
        client.exports.create("p1", completed_at=(None, None))
    with pytest.raises(TypeError, match="single string"):
        client.exports.create("p1", assignees="u1")
    assert len(sent) == 2


# -- one-task assignment ------------------------------------------------------------------------


def test_assign_one_sends_the_sdk_page_form() -> None:
    client, sent = recording_client({"assets": "Successfully created."})
    assert client.tasks.assign_one("t1", user_id="u1").assets == "Successfully created."
    client.tasks.assign_one("t1", email="ann@example.com")
    assert [json.loads(request.content) for request in sent] == [
        {"task": "t1", "user": "u1"},
        {"task": "t1", "username": "ann@example.com"},
    ]
    for wrong in ({}, {"user_id": "u1", "email": "ann@example.com"}):
        with pytest.raises(ValueError, match="exactly one"):
            client.tasks.assign_one("t1", **wrong)
    assert len(sent) == 2


def test_the_two_assignment_forms_are_one_schema() -> None:
    assign = SCHEMAS["TaskAssign"]
    assert assign["anyOf"] == [
        {"required": ["project", "tasks", "stage"]},
        {"required": ["task", "user"]},
        {"required": ["task", "username"]},
    ]
    assert TaskAssign.from_dict({"task": "t1", "username": "a@example.com"}).username == "a@example.com"


# -- documented fields --------------------------------------------------------------------------


def test_documented_project_fields_are_typed() -> None:
    legacy = ProjectResponse.from_dict(
        json.loads((DOCS / "ProjectResponse--legacy-api-methods-1.json").read_text(encoding="utf-8"))
    ).data.project
    assert legacy.v == 0
    assert isinstance(legacy.user, UserSummary)
    assert legacy.user.api_key == "API-KEY-HERE"
    assert "apiKey" not in legacy.user.additional_properties
    created = ProjectResponse.from_dict(
        json.loads((DOCS / "ProjectResponse--sdk-docs-1.json").read_text(encoding="utf-8"))
    ).data.project
    assert isinstance(created, Project)
    assert created.ai_assistance.to_dict() == {"cocoRelations": []}
    assert (created.v, created.additional_properties) == (0, {})


def test_documented_task_fields_and_statuses() -> None:
    task = TaskResponse.from_dict(
        json.loads((DOCS / "TaskResponse--legacy-api-methods-1.json").read_text(encoding="utf-8"))
    ).data.task
    assert (task.v, task.status) == (0, TaskStatus.COMPLETED)
    assert Task.from_dict({"_id": "t", "status": "In Review"}).status == "In Review"  # open to new values
    assert {status.value for status in TaskStatus} == {"TODO", "Completed"}


def test_the_user_api_key_is_declared_a_secret() -> None:
    """For the hardening issue: every property holding a secret carries ``x-secret: true``."""
    secrets = {
        f"{name}.{prop}"
        for name, schema in SCHEMAS.items()
        for prop, value in schema.get("properties", {}).items()
        if value.get("x-secret")
    }
    assert secrets == {
        "UserSummary.apiKey",
        "WebhookCreate.secret",
        "StorageCreate.privateKey",
        "StorageCreate.credentials",
        "LlmConfiguration.apiKey",
    }
    api_key = SCHEMAS["UserSummary"]["properties"]["apiKey"]
    assert (api_key["format"], api_key.get("writeOnly")) == ("password", None)  # it comes in responses
    assert SCHEMAS["WebhookCreate"]["properties"]["secret"]["writeOnly"] is True


# -- constraints ---------------------------------------------------------------------------------


@pytest.mark.parametrize("category", ["ToolCategory", "ClassificationCategory", "RelationCategory"])
def test_shortcut_keys_and_colours_are_constrained_alike(hub: Client, category: str) -> None:
    properties = SCHEMAS[category]["properties"]
    assert (
        properties["shortcutKey"]["pattern"]
        == SCHEMAS["ToolCategory"]["properties"]["shortcutKey"]["pattern"]
    )
    assert properties["color"]["pattern"] == "^(#[0-9A-Fa-f]{6})?$"
    project = hub.projects.create(f"Constraints {category}")
    key = {
        "ToolCategory": "tools",
        "ClassificationCategory": "classifications",
        "RelationCategory": "relations",
    }
    kind = {
        "ToolCategory": "bounding-box",
        "ClassificationCategory": "radio",
        "RelationCategory": "one-to-one",
    }

    def label_set(**display: Any) -> httpx.Response:
        entry = {"tool": kind[category], "title": "T", "schemaId": "t", **display}
        body = {
            "categorySchema": {"tools": [], "classifications": [], "relations": [], key[category]: [entry]}
        }
        return httpx.post(f"{hub.base_url}/project/{project.id}", json=body, headers={"apikey": KEY})

    for accepted in (
        {"shortcutKey": "p", "color": "#9C27b0"},
        {"shortcutKey": "ctrl+7", "color": None},
        {"shortcutKey": ""},
    ):
        assert label_set(**accepted).status_code == 200, accepted
    for refused in ({"shortcutKey": "ctrl+a"}, {"shortcutKey": "F1"}, {"color": "#fff"}, {"color": "red"}):
        response = label_set(**refused)
        assert response.status_code == 400, refused
        assert next(iter(refused)) in response.json()["message"]


def test_hosts_and_headers_are_noted() -> None:
    description = SPEC["info"]["description"]
    assert "https://api.ango.ai" in description
    assert "Content-Type: application/json" in description
    (path,) = [
        p for p in SPEC["paths"]["/storages/{storageId}/files"]["get"]["parameters"] if p["name"] == "path"
    ]
    assert path["allowEmptyValue"] is True


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/import/labels", "post"),
        ("/storages", "get"),
        ("/issues", "post"),
        ("/attachments", "post"),
        ("/exportV3", "get"),
        ("/taskHistory/{taskHistoryId}", "get"),
        ("/batches/{projectId}", "get"),
    ],
)
def test_operations_with_an_undocumented_answer_say_so(path: str, method: str) -> None:
    description = " ".join(SPEC["paths"][path][method]["description"].split())
    assert "give no response body" in description or "gives no response body" in description


def test_the_include_answer_and_tools_decisions_are_documented() -> None:
    get_task = " ".join(SPEC["paths"]["/task/{taskId}"]["get"]["description"].split())
    assert "whether or not `includeAnswer` is sent" in get_task
    assert "`tools`" in get_task
    assert "name them `tools`" in " ".join(SCHEMAS["Answer"]["description"].split())


# -- label import rows keyed by data --------------------------------------------------------------


def test_label_import_rows_keyed_by_data(hub: Client) -> None:
    """The import-format page's rotated-box, segmentation and tree-dropdown rows name the
    asset by its URL under ``data``: sent as they are, matched by the mock."""
    project = hub.projects.create("Rows keyed by data")
    urls = [f"https://b.example/rotated-{index}.jpg" for index in range(2)]
    hub.assets.import_cloud(
        project.id, [CloudAsset(data=url, external_id=f"r{index}.jpg") for index, url in enumerate(urls)]
    )
    box = ToolObject.rotated_box(100, 100, 100, 100, -12, schema_id="rbb", object_id="o1")
    row = LabelImportRow(data=urls[0], objects=[box])
    report = hub.labels.import_(project.id, [row, {"data": urls[1], "objects": []}])
    assert [(result.key, result.status) for result in report.rows] == [(url, "imported") for url in urls]
    listing = hub.tasks.list_page(project.id, include_answer=True, filters={"externalId": {"$eq": "r0.jpg"}})
    (task,) = listing.tasks
    assert TaskAnswer.from_model(task.answer).objects == (box,)
    with pytest.raises(AnnotationError, match="needs an externalId"):
        hub.labels.import_(project.id, [{"objects": []}])
