"""Issues in the mock: list with filters, update, comments, delete, and their tasks' counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _responses import ok

from ango_hub.mock import create_app, serve_in_thread
from ango_hub.mock.state import OWNER_EMAIL, OWNER_ID

API_KEY = "test-key-issues"


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
    with (
        serve_in_thread(app) as base_url,
        httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def vehicles(client: httpx.Client) -> str:
    projects = client.get("/listProjects").json()["data"]["projects"]
    return str(next(project["_id"] for project in projects if project["name"] == "Vehicle detection"))


def issues_of(client: httpx.Client, project_id: str, **params: str) -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = ok(client.get("/issues", params={"project": project_id, **params}))[
        "issues"
    ]
    return issues


def new_task(client: httpx.Client, name: str) -> tuple[str, dict[str, Any]]:
    """A new project with one task in Label; returns the project id and the task."""
    project_id = str(ok(client.post("/project", json={"name": name}))["project"]["_id"])
    ok(client.post(f"/project/{project_id}/cloud", json={"assets": [{"data": "https://bucket.test/a.jpg"}]}))
    task = ok(client.get(f"/project/{project_id}/tasks"))["tasks"][0]
    return project_id, task


def open_count(client: httpx.Client, task_id: str) -> int:
    return int(ok(client.get(f"/task/{task_id}"))["task"]["openIssuesCount"])


def test_list_the_demo_issues_with_filters(client: httpx.Client, vehicles: str) -> None:
    issues = issues_of(client, vehicles)
    assert len(issues) == 2
    assert {issue["stage"] for issue in issues} == {"Review"}
    assert [issue["createdAt"] for issue in issues] == sorted(issue["createdAt"] for issue in issues)
    first = issues[0]
    assert [issue["_id"] for issue in issues_of(client, vehicles, labelTask=first["labelTask"])] == [
        first["_id"]
    ]
    assert [issue["_id"] for issue in issues_of(client, vehicles, asset=first["asset"])] == [first["_id"]]
    assert len(issues_of(client, vehicles, stage="Review")) == 2
    assert issues_of(client, vehicles, stage="Label") == []
    assert len(issues_of(client, vehicles, createdBy=OWNER_ID)) == 2
    assert len(issues_of(client, vehicles, createdBy=OWNER_EMAIL)) == 2
    assert issues_of(client, vehicles, createdBy="alice@example.com") == []
    assert client.get("/issues", params={"project": "nope"}).status_code == 404
    assert client.get("/issues").status_code == 400


def test_update_comment_and_delete(client: httpx.Client) -> None:
    project_id, task = new_task(client, "Issues")
    created = ok(
        client.post("/issues", json={"content": "Too loose", "labelTask": task["_id"], "position": "[1, 2]"})
    )
    issue = created["issue"]
    assert (issue["status"], issue["comments"]) == ("Open", [])
    assert open_count(client, task["_id"]) == 1

    resolved = ok(client.post(f"/issues/{issue['_id']}", json={"status": "Resolved", "content": "Fixed box"}))
    assert (resolved["issue"]["status"], resolved["issue"]["content"]) == ("Resolved", "Fixed box")
    assert open_count(client, task["_id"]) == 0
    assert ok(client.get(f"/task/{task['_id']}"))["task"]["issues"][0]["status"] == "Resolved"
    ok(client.post(f"/issues/{issue['_id']}", json={"status": "Open"}))
    assert open_count(client, task["_id"]) == 1
    assert client.post(f"/issues/{issue['_id']}", json={}).status_code == 400

    comment = {"content": "Please check again.", "contentMentions": ["carol@example.com"]}
    commented = ok(client.post(f"/issues/{issue['_id']}/comment", json=comment))["issue"]
    ok(client.post(f"/issues/{issue['_id']}/comment", json={"content": "Second"}))
    listed = issues_of(client, project_id)
    assert [item["_id"] for item in listed] == [issue["_id"]]
    comments = listed[0]["comments"]
    assert [item["content"] for item in comments] == ["Please check again.", "Second"]
    assert comments[0]["contentMentions"] == ["carol@example.com"]
    assert comments[0]["createdBy"] == OWNER_ID
    assert commented["comments"][0] == comments[0]
    assert client.post(f"/issues/{issue['_id']}/comment", json={"content": ""}).status_code == 400

    wrong_project = client.delete(f"/issues/{issue['_id']}", params={"project": "not-the-project"})
    assert wrong_project.status_code == 404
    other_project, _other_task = new_task(client, "Other")
    assert client.delete(f"/issues/{issue['_id']}", params={"project": other_project}).status_code == 404
    assert client.delete(f"/issues/{issue['_id']}").status_code == 400
    deleted = ok(client.delete(f"/issues/{issue['_id']}", params={"project": project_id}))
    assert deleted["message"] == "Issue deleted successfully"
    assert issues_of(client, project_id) == []
    assert open_count(client, task["_id"]) == 0
    assert ok(client.get(f"/task/{task['_id']}"))["task"]["issues"] == []
    ok(client.delete(f"/issues/{issue['_id']}", params={"project": project_id}))
    assert client.post(f"/issues/{issue['_id']}", json={"status": "Open"}).status_code == 404
    assert client.post(f"/issues/{issue['_id']}/comment", json={"content": "x"}).status_code == 404
    assert client.post("/issues/unknown", json={"status": "Open"}).status_code == 404


def test_issues_of_deleted_assets_disappear(client: httpx.Client) -> None:
    project_id, task = new_task(client, "Issues on deleted assets")
    ok(client.post("/issues", json={"content": "Blurry", "labelTask": task["_id"]}))
    assert len(issues_of(client, project_id)) == 1
    ok(client.request("DELETE", f"/project/{project_id}/assets", json={"assets": [task["asset"]["_id"]]}))
    assert issues_of(client, project_id) == []
