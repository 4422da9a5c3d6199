"""The mock's typed test-data API (``MockState.add_project`` and the rest): what it arranges
is what the API answers, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ango_hub.annotations import Classification, TaskAnswer, ToolObject
from ango_hub.label_set import LabelSet, Radio, Tool
from ango_hub.mock import MockState, TaskSpec, create_app, mock_state, serve_in_thread
from ango_hub.mock.state import ORGANIZATION_ID

API_KEY = "test-data-key"


@pytest.fixture(scope="module")
def mock() -> Iterator[tuple[httpx.Client, MockState]]:
    app = create_app(api_key=API_KEY, seed=None, validate_responses=True)
    with (
        serve_in_thread(app) as base_url,
        httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client,
    ):
        yield client, mock_state(app)


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


def vehicles() -> LabelSet:
    return LabelSet().tool("Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Type", ["Car", "Bus"])])


def test_add_project_with_label_set_workflow_members_and_batches(
    mock: tuple[httpx.Client, MockState],
) -> None:
    client, state = mock
    project_id = state.add_project(
        "Arranged",
        label_set=vehicles(),
        stages=["Label", "Review"],
        members={"alice@example.com": "Labeler", "carol@example.com": "Reviewer"},
        batches=["Day", "Night"],
    )
    project = data(client.get(f"/project/{project_id}"))["project"]
    assert project["name"] == "Arranged"
    assert [tool["title"] for tool in project["categorySchema"]["tools"]] == ["Vehicle"]
    assert [(stage["id"], stage["type"], stage["next"]) for stage in project["stages"]] == [
        ("Start", "Start", ["Label"]),
        ("Label", "Label", ["Review"]),
        ("Review", "Review", ["Complete"]),
        ("Complete", "Complete", []),
    ]
    assert project["assignedTo"] == [
        {"assignee": "alice@example.com", "role": "Labeler"},
        {"assignee": "carol@example.com", "role": "Reviewer"},
    ]
    assert [batch["name"] for batch in data(client.get(f"/batches/{project_id}"))["batches"]] == [
        "Day",
        "Night",
    ]
    members = data(client.get(f"/organization/{ORGANIZATION_ID}/users"))["users"]
    assert {"alice@example.com", "carol@example.com"} <= {member["email"] for member in members}


def test_add_tasks_by_count_numbers_them_after_the_existing_ones(
    mock: tuple[httpx.Client, MockState],
) -> None:
    client, state = mock
    project_id = state.add_project("Counted")
    first = state.add_tasks(project_id, 3)
    second = state.add_tasks(project_id, 2, batches=["Later"], stage="Complete", assignee="bob@example.com")
    listed = data(client.get(f"/project/{project_id}/tasks", params={"limit": 10}))
    assert listed["total"] == 5
    assert [task["_id"] for task in listed["tasks"]] == first + second
    assert [task["externalId"] for task in listed["tasks"]] == [f"task-{n:04d}.jpg" for n in range(1, 6)]
    later = listed["tasks"][3]
    assert (later["stage"], later["status"], later["assignee"]) == (
        "Complete",
        "Completed",
        "bob@example.com",
    )
    (batch,) = data(client.get(f"/batches/{project_id}"))["batches"]
    assert later["batches"] == [batch["_id"]]
    assert batch["name"] == "Later"
    assert listed["tasks"][0]["stage"] == "Label"
    assert listed["tasks"][0]["assignee"] is None


def test_add_tasks_from_specs_with_answers(mock: tuple[httpx.Client, MockState]) -> None:
    client, state = mock
    label_set = vehicles().to_dict()
    project_id = state.add_project("Specs", label_set=label_set, stages=["Label", "Review"])
    vehicle = label_set["tools"][0]
    kind = vehicle["classifications"][0]
    answer = TaskAnswer(
        objects=[
            ToolObject.bounding_box(
                1,
                2,
                30,
                40,
                schema_id=vehicle["schemaId"],
                object_id="box-1",
                classifications=[
                    Classification.radio(kind["options"][1]["schemaId"], schema_id=kind["schemaId"])
                ],
            )
        ]
    )
    task_ids = state.add_tasks(
        project_id,
        [
            TaskSpec("https://bucket.example/street-1.jpg", stage="Review", answer=answer, priority=2),
            TaskSpec(external_id="note.txt", data="A text asset", metadata={"lang": "en"}),
            "https://bucket.example/street-2.jpg",
        ],
    )
    first = data(client.get(f"/task/{task_ids[0]}"))["task"]
    assert first["externalId"] == "street-1.jpg"
    assert first["stage"] == "Review"
    assert first["priority"] == 2
    assert [obj["objectId"] for obj in first["answer"]["tools"]] == ["box-1"]
    history = data(client.get(f"/task/{task_ids[0]}/history"))["taskHistory"]
    assert [record["stage"] for record in history] == ["Label"]
    second = data(client.get(f"/task/{task_ids[1]}"))["task"]
    assert (second["externalId"], second["asset"]["data"]) == ("note.txt", "A text asset")
    assets = data(client.get(f"/project/{project_id}/assets"))["assets"]
    assert assets[1]["metadata"] == {"lang": "en"}
    assert data(client.get(f"/task/{task_ids[2]}"))["task"]["externalId"] == "street-2.jpg"


def test_add_assets_returns_asset_ids(mock: tuple[httpx.Client, MockState]) -> None:
    client, state = mock
    project_id = state.add_project("Assets")
    asset_ids = state.add_assets(project_id, ["https://bucket.example/a.jpg", TaskSpec(batches=["B"])])
    listed = data(client.get(f"/project/{project_id}/assets"))
    assert [asset["_id"] for asset in listed["assets"]] == asset_ids
    assert [asset["externalId"] for asset in listed["assets"]] == ["a.jpg", "task-0001.jpg"]


def test_label_task_submit_and_history(mock: tuple[httpx.Client, MockState]) -> None:
    client, state = mock
    project_id = state.add_project("Labelled", stages=["Label", "Review"])
    (task_id,) = state.add_tasks(project_id, 1)
    history_id = state.label_task(
        task_id, {"objects": [], "classifications": []}, submit=True, by="dan@example.com"
    )
    task = data(client.get(f"/task/{task_id}"))["task"]
    assert task["stage"] == "Review"
    record = data(client.get(f"/taskHistory/{history_id}"))["taskHistory"]
    assert record["task"] == task_id
    assert record["stage"] == "Label"
    assert record["completedBy"] == state.users.require("dan@example.com")["_id"]


def test_issues_storages_llms_members_and_invites(mock: tuple[httpx.Client, MockState]) -> None:
    client, state = mock
    project_id = state.add_project("Organization")
    (task_id,) = state.add_tasks(project_id, 1)
    issue_id = state.add_issue(task_id, "Too dark", position="[1, 2]")
    resolved_id = state.add_issue(task_id, "Fixed", status="Resolved")
    issues = data(client.get("/issues", params={"project": project_id}))["issues"]
    assert [(issue["_id"], issue["status"]) for issue in issues] == [
        (issue_id, "Open"),
        (resolved_id, "Resolved"),
    ]
    assert data(client.get(f"/task/{task_id}"))["task"]["openIssuesCount"] == 1
    storage_id = state.connect_storage("Images", provider="GCP", region="europe-west1")
    (storage,) = data(client.get("/storages", params={"_id": storage_id}))["storages"]
    assert (storage["name"], storage["provider"]) == ("Images", "GCP")
    llm_id = state.add_llm("Chat model")
    assert [llm["_id"] for llm in data(client.get("/llms"))["llms"]] == [llm_id]
    user_id = state.add_member("erin@example.com", role="admin", project_id=project_id, project_role="Lead")
    members = {
        member["email"]: member
        for member in data(client.get(f"/organization/{ORGANIZATION_ID}/users"))["users"]
    }
    assert members["erin@example.com"]["_id"] == user_id
    assert members["erin@example.com"]["organizationRole"] == "admin"
    project = data(client.get(f"/project/{project_id}"))["project"]
    assert {"assignee": "erin@example.com", "role": "Lead"} in project["assignedTo"]
    invite_id = state.add_invite("frank@example.com", project_id=project_id)
    invites = data(client.get(f"/organization/{ORGANIZATION_ID}/invites", params={"status": "pending"}))[
        "invites"
    ]
    assert [invite["_id"] for invite in invites] == [invite_id]
    assert state.add_batch(project_id, "One") == state.add_batch(project_id, "One")


def test_the_test_data_api_refuses_what_cannot_be(mock: tuple[httpx.Client, MockState]) -> None:
    _client, state = mock
    project_id = state.add_project("Refusals", stages=["Label"])
    with pytest.raises(ValueError, match=r"has no stage 'Review' \(stages: 'Start', 'Label', 'Complete'\)"):
        state.add_tasks(project_id, 1, stage="Review")
    state.add_tasks(project_id, [TaskSpec(external_id="a.jpg")])
    with pytest.raises(ValueError, match=r"already has an asset 'a\.jpg'"):
        state.add_tasks(project_id, [TaskSpec(external_id="b.jpg"), TaskSpec(external_id="a.jpg")])
    assert len(state.tasks.list(project_id)) == 1, "all or nothing"
    with pytest.raises(ValueError, match="0 or more"):
        state.add_tasks(project_id, -1)
    with pytest.raises(ValueError, match="already a member"):
        state.add_invite("owner@example.com")
    from ango_hub.mock.web.errors import ApiError

    with pytest.raises(ApiError, match="Project not found: nope"):
        state.add_tasks("nope", 1)


def test_task_spec_sets_any_field_of_the_task_and_the_asset() -> None:
    """A test of a field, a new one included, sets it through the typed test data."""
    from ango_hub import Client

    app = create_app(api_key="spec-key-0123456789", seed=None)
    state = mock_state(app)
    project_id = state.add_project("Fields")
    spec = TaskSpec(
        external_id="a.jpg",
        task_fields={"isBenchmark": True, "duration": 12.5, "brandNewField": {"x": 1}},
        asset_fields={"brandNewAssetField": "y"},
    )
    state.add_tasks(project_id, [spec])
    with serve_in_thread(app) as base_url, Client(api_key="spec-key-0123456789", base_url=base_url) as hub:
        task = hub.tasks.list_page(project_id).tasks[0]
    assert task.is_benchmark is True
    assert task.duration == 12.5
    assert task["brandNewField"] == {"x": 1}
    with pytest.raises(ValueError, match="the mock owns them"):
        state.add_tasks(project_id, [TaskSpec(task_fields={"_id": "x"})])
