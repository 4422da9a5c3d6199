"""The organization in the mock: members, roles, invitations, notifications, LLM
configurations and plugin records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _responses import fail, ok

from ango_hub.mock import MockState, create_app, mock_state, serve_in_thread
from ango_hub.mock.state import ORGANIZATION_ID, OWNER_EMAIL

API_KEY = "test-key-organization"
ORG = f"/organization/{ORGANIZATION_ID}"
LLM_SECRET = "sk-test-secret-never-echoed-1234"


@pytest.fixture
def fresh() -> Iterator[tuple[httpx.Client, MockState]]:
    """A demo organization of its own, for tests that remove members."""
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
    with (
        serve_in_thread(app) as base_url,
        httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client,
    ):
        yield client, mock_state(app)


def members(client: httpx.Client) -> dict[str, dict[str, Any]]:
    return {user["email"]: user for user in ok(client.get(f"{ORG}/users"))["users"]}


def project_id(client: httpx.Client, name: str) -> str:
    projects = ok(client.get("/listProjects"))["projects"]
    return str(next(project["_id"] for project in projects if project["name"] == name))


# -- organization id ----------------------------------------------------------------------


def test_the_organization_id_is_visible_in_both_seeds(client: httpx.Client) -> None:
    projects = ok(client.get("/listProjects"))["projects"]
    storages = ok(client.get("/storages"))["storages"]
    assert {item["organization"] for item in [*projects, *storages]} == {ORGANIZATION_ID}
    empty = create_app(api_key=API_KEY, validate_responses=True)
    with serve_in_thread(empty) as base_url:
        response = httpx.get(f"{base_url}/storages", headers={"apikey": API_KEY})
        organization_id = ok(response)["storages"][0]["organization"]
        users = ok(httpx.get(f"{base_url}/organization/{organization_id}/users", headers={"apikey": API_KEY}))
    assert organization_id == ORGANIZATION_ID
    assert [(user["email"], user["organizationRole"]) for user in users["users"]] == [(OWNER_EMAIL, "admin")]


def test_another_organization_is_404(client: httpx.Client) -> None:
    other = "/organization/000000000000000000000000"
    assert fail(client.get(f"{other}/users"), 404) == "Organization not found: 000000000000000000000000"
    assert fail(client.get(f"{other}/invites"), 404).startswith("Organization not found")
    body = {"users": [{"email": "alice@example.com", "organizationRole": "admin"}]}
    fail(client.post(f"{other}/users", json=body), 404)
    fail(client.post(f"{other}/invites", json={"to": ["x@example.com"], "organizationRole": "member"}), 404)


# -- members ------------------------------------------------------------------------------


def test_demo_members_match_the_project_members(client: httpx.Client) -> None:
    found = members(client)
    assert list(found) == [
        OWNER_EMAIL,
        "alice@example.com",
        "bob@example.com",
        "carol@example.com",
        "dave@example.com",
    ]
    assert found[OWNER_EMAIL]["organizationRole"] == "admin"
    assert found["dave@example.com"]["organizationRole"] == "admin"
    assert found["alice@example.com"]["organizationRole"] == "member"
    assert "lastActiveAt" in found["alice@example.com"]
    for project in ok(client.get("/listProjects"))["projects"]:
        assigned = ok(client.get(f"/project/{project['_id']}"))["project"]["assignedTo"]
        assert {member["assignee"] for member in assigned} <= set(found)


def test_new_project_members_join_the_organization(client: httpx.Client) -> None:
    vehicles = project_id(client, "Vehicle detection")
    body = {"assignees": ["gina@example.com"], "role": "Labeler"}
    ok(client.post(f"/project/{vehicles}/assigned", json=body))
    assert members(client)["gina@example.com"]["organizationRole"] == "member"


def test_update_roles(client: httpx.Client) -> None:
    body = {"users": [{"email": "carol@example.com", "organizationRole": "admin"}]}
    result = ok(client.post(f"{ORG}/users", json=body))
    assert (result["updated"], result["failed"]) == (1, 0)
    assert result["results"] == [
        {"email": "carol@example.com", "success": True, "message": "Role set to admin"}
    ]
    assert members(client)["carol@example.com"]["organizationRole"] == "admin"
    # The current reference's names are accepted; Admin and Member are stored as the SDK's.
    mixed = {
        "users": [
            {"email": "carol@example.com", "organizationRole": "Member"},
            {"email": "bob@example.com", "organizationRole": "Guest"},
            {"email": "nobody@example.com", "organizationRole": "admin"},
            {"email": OWNER_EMAIL, "organizationRole": "member"},
        ]
    }
    result = ok(client.post(f"{ORG}/users", json=mixed))
    assert (result["updated"], result["failed"]) == (2, 2)
    assert [item["success"] for item in result["results"]] == [True, True, False, False]
    assert result["results"][2]["message"] == "Not a member of the organization"
    assert result["results"][3]["message"] == "The owner of the API key stays admin"
    found = members(client)
    assert (found["carol@example.com"]["organizationRole"], found["bob@example.com"]["organizationRole"]) == (
        "member",
        "Guest",
    )
    assert found[OWNER_EMAIL]["organizationRole"] == "admin"
    ok(
        client.post(
            f"{ORG}/users", json={"users": [{"email": "bob@example.com", "organizationRole": "member"}]}
        )
    )
    wrong = {"users": [{"email": "carol@example.com", "organizationRole": "owner"}]}
    assert client.post(f"{ORG}/users", json=wrong).status_code == 400
    assert client.post(f"{ORG}/users", json={"users": []}).status_code == 400


def test_remove_members(fresh: tuple[httpx.Client, MockState]) -> None:
    client, state = fresh
    vehicles = project_id(client, "Vehicle detection")
    alice_tasks = ok(
        client.get(
            f"/project/{vehicles}/tasks",
            params={"limit": 1000, "filter": json.dumps({"assignee": {"$eq": "alice@example.com"}})},
        )
    )["tasks"]
    assert any(task["status"] == "TODO" for task in alice_tasks)
    removed = ok(client.request("DELETE", f"{ORG}/users", json={"users": ["alice@example.com"]}))
    assert removed["message"] == "1 member(s) removed from the organization"
    assert "alice@example.com" not in members(client)
    for project in ok(client.get("/listProjects"))["projects"]:
        assigned = ok(client.get(f"/project/{project['_id']}"))["project"]["assignedTo"]
        assert "alice@example.com" not in {member["assignee"] for member in assigned}
    left = [
        task
        for task in state.tasks.list(vehicles)
        if task["assignee"] == "alice@example.com" and task["status"] != "Completed"
    ]
    assert left == []
    # A retry succeeds again; unknown e-mails and the owner are refused.
    ok(client.request("DELETE", f"{ORG}/users", json={"users": ["alice@example.com"]}))
    message = fail(client.request("DELETE", f"{ORG}/users", json={"users": ["zed@example.com"]}), 404)
    assert "'zed@example.com'" in message
    fail(client.request("DELETE", f"{ORG}/users", json={"users": [OWNER_EMAIL]}), 400)
    fail(client.request("DELETE", f"{ORG}/users", json={"users": []}), 400)


# -- invitations --------------------------------------------------------------------------


def test_demo_invites_and_status_filter(client: httpx.Client) -> None:
    invites = ok(client.get(f"{ORG}/invites"))["invites"]
    statuses = {invite["email"]: invite["status"] for invite in invites}
    assert statuses.items() >= {("erin@example.com", "pending"), ("frank@example.com", "expired")}
    pending = ok(client.get(f"{ORG}/invites", params={"status": "pending"}))["invites"]
    assert {invite["status"] for invite in pending} == {"pending"}
    assert "erin@example.com" in {invite["email"] for invite in pending}
    fail(client.get(f"{ORG}/invites", params={"status": "lost"}), 400)


def test_create_list_and_delete_invites(client: httpx.Client) -> None:
    vehicles = project_id(client, "Vehicle detection")
    body = {
        "to": ["hank@example.com", "ivy@example.com"],
        "organizationRole": "member",
        "projectAssignments": [{"projectId": vehicles, "projectRole": "Reviewer"}],
    }
    sent = ok(client.post(f"{ORG}/invites", json=body))["invites"]
    assert [(invite["email"], invite["status"]) for invite in sent] == [
        ("hank@example.com", "pending"),
        ("ivy@example.com", "pending"),
    ]
    assert sent[0]["projectAssignments"] == body["projectAssignments"]
    # Inviting again renews the pending invitation (same id, new role).
    again = ok(client.post(f"{ORG}/invites", json={"to": ["hank@example.com"], "organizationRole": "Admin"}))
    assert (again["invites"][0]["_id"], again["invites"][0]["organizationRole"]) == (sent[0]["_id"], "admin")
    pending = ok(client.get(f"{ORG}/invites", params={"status": "pending"}))["invites"]
    assert [invite["email"] for invite in pending].count("hank@example.com") == 1
    # Members cannot be invited; projects must exist.
    member = {"to": ["bob@example.com"], "organizationRole": "member"}
    assert "'bob@example.com'" in fail(client.post(f"{ORG}/invites", json=member), 400)
    ghost = {**body, "projectAssignments": [{"projectId": "nope", "projectRole": "Labeler"}]}
    fail(client.post(f"{ORG}/invites", json=ghost), 404)
    deleted = ok(client.request("DELETE", f"{ORG}/invites", json={"invites": ["hank@example.com"]}))
    assert deleted["message"] == "1 invitation(s) deleted"
    emails = [invite["email"] for invite in ok(client.get(f"{ORG}/invites"))["invites"]]
    assert "hank@example.com" not in emails
    assert "ivy@example.com" in emails
    ok(client.request("DELETE", f"{ORG}/invites", json={"invites": ["hank@example.com"]}))
    unknown = fail(client.request("DELETE", f"{ORG}/invites", json={"invites": ["never@example.com"]}), 404)
    assert "'never@example.com'" in unknown


# -- notifications ------------------------------------------------------------------------


def test_notifications_go_to_members_only(client: httpx.Client, server: tuple[str, MockState]) -> None:
    state = server[1]
    body = {
        "receivers": ["alice@example.com", "bob@example.com"],
        "title": "New batch",
        "message": "200 new images are waiting.",
        "clickableLink": "https://hub.example.com/projects/1",
    }
    assert ok(client.post("/notifications", json=body))["message"] == "Notification sent to 2 member(s)"
    stored = state.records.notifications[-1]
    assert (stored["receivers"], stored["title"], stored["clickableLink"]) == (
        body["receivers"],
        "New batch",
        body["clickableLink"],
    )
    count = len(state.records.notifications)
    outsiders = {**body, "receivers": ["alice@example.com", "mallory@example.com", "trent@example.com"]}
    message = fail(client.post("/notifications", json=outsiders), 404)
    assert message == (
        "Invalid request body at 'receivers': not members of the organization: "
        "'mallory@example.com', 'trent@example.com'"
    )
    assert len(state.records.notifications) == count
    bad_link = {**body, "clickableLink": "javascript:alert(1)"}
    fail(client.post("/notifications", json=bad_link), 400)


# -- LLM configurations -------------------------------------------------------------------


def test_llm_configurations_never_return_the_key(client: httpx.Client, server: tuple[str, MockState]) -> None:
    body = {
        "name": "Test GPT",
        "provider": "openai",
        "model": "gpt-4o",
        "isStreamable": True,
        "configuration": {"apiKey": LLM_SECRET, "baseUrl": "https://llm.example.com"},
    }
    created = client.post("/llms", json=body)
    assert LLM_SECRET not in created.text
    llm = ok(created)["llm"]
    assert (llm["name"], llm["provider"], llm["model"], llm["isStreamable"]) == (
        "Test GPT",
        "openai",
        "gpt-4o",
        True,
    )
    assert "configuration" not in llm
    listed = client.get("/llms")
    assert LLM_SECRET not in listed.text
    names = [item["name"] for item in ok(listed)["llms"]]
    assert names[0] == "Demo chat model"
    assert "Test GPT" in names
    assert [item["_id"] for item in ok(client.get("/llms", params={"_id": llm["_id"]}))["llms"]] == [
        llm["_id"]
    ]
    assert LLM_SECRET not in json.dumps(server[1].llms.documents)
    fail(client.post("/llms", json={**body, "configuration": {}}), 400)
    fail(client.post("/llms", json={**body, "provider": "acme"}), 400)
    assert ok(client.delete(f"/llms/{llm['_id']}"))["message"] == "LLM configuration deleted successfully"
    assert ok(client.get("/llms", params={"_id": llm["_id"]}))["llms"] == []
    ok(client.delete(f"/llms/{llm['_id']}"))
    fail(client.delete("/llms/unknown"), 404)


# -- plugins ------------------------------------------------------------------------------


def test_plugin_logs_and_responses_are_stored(client: httpx.Client, server: tuple[str, MockState]) -> None:
    state = server[1]
    line = {"level": "INFO", "msg": "Processed 10 tasks", "organization": ORGANIZATION_ID, "session": "s-1"}
    assert ok(client.post("/pluginLog", json={**line, "extra": 42}))["message"] == "Log stored"
    assert state.records.plugin_logs[-1]["msg"] == "Processed 10 tasks"
    assert state.records.plugin_logs[-1]["extra"] == 42
    fail(client.post("/pluginLog", json={**line, "organization": "someone-else"}), 404)
    fail(client.post("/pluginLog", json={"level": "INFO"}), 400)
    ok(client.post("/pluginLog", json={"message": "Reference style", "taskId": "t-1", "metadata": {"a": 1}}))
    assert state.records.plugin_logs[-1]["message"] == "Reference style"
    result = {"session": "s-1", "response": {"ok": True, "count": 3}, "error": False}
    assert ok(client.post("/pluginResponse", json=result))["message"] == "Response received"
    assert state.records.plugin_responses[-1]["response"] == {"ok": True, "count": 3}
    fail(client.post("/pluginResponse", json={"response": 1}), 400)
