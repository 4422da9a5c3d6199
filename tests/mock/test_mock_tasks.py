"""Tasks in the mock: creation with assets, listing (pages, filters, sort, fields),
annotation, history, assignment, requeueing, issues and label imports."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from ango_hub.mock import MockState
from ango_hub.mock.state import parse_timestamp

API_KEY = "test-key-tasks"
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
ANSWER: dict[str, Any] = {
    "objects": [
        {
            "objectId": "7719679ed20f149af886359",
            "schemaId": "4b8ac18a570747f87b27025",
            "title": "Vehicle",
            "bounding-box": {"x": 50.3, "y": 30.4, "width": 120.005, "height": 135.345},
            "classifications": [{"schemaId": "ae40cb11c104045c1a31698", "answer": "27504d2d08f05b9944aa713"}],
            "metadata": {"createdAt": 1634199268359, "createdBy": "import"},
        }
    ],
    "classifications": [{"schemaId": "0f1e2d3c4b5a69788796a5b", "answer": ["a", "b"]}],
    "relations": [],
}
#: ``ANSWER`` as task reads show it: the objects under ``tools``.
SHOWN: dict[str, Any] = {"tools": ANSWER["objects"], **{k: v for k, v in ANSWER.items() if k != "objects"}}


@pytest.fixture(scope="module")
def state(server: tuple[str, MockState]) -> MockState:
    return server[1]


@pytest.fixture(scope="module")
def vehicles(client: httpx.Client) -> str:
    projects = client.get("/listProjects").json()["data"]["projects"]
    return str(next(project["_id"] for project in projects if project["name"] == "Vehicle detection"))


def new_project(client: httpx.Client, urls: int = 0, **body: Any) -> str:
    project_id = str(client.post("/project", json={"name": "Tasks", **body}).json()["data"]["project"]["_id"])
    if urls:
        assets = [{"data": f"https://bucket.test/images/img-{index:03d}.jpg"} for index in range(urls)]
        response = client.post(f"/project/{project_id}/cloud", json={"assets": assets})
        assert response.status_code == 200, response.text
    return project_id


def tasks_of(client: httpx.Client, project_id: str, **params: Any) -> dict[str, Any]:
    response = client.get(f"/project/{project_id}/tasks", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


# -- creation -----------------------------------------------------------------------------


def test_cloud_import_creates_assets_and_tasks(client: httpx.Client) -> None:
    project_id = new_project(client)
    batch = client.post(f"/batches/{project_id}", json={"name": "Imported"}).json()["data"]["project"]
    body = {
        "assets": [
            {"data": "https://bucket.test/a/cat%20one.jpg"},
            {"data": "https://bucket.test/a/dog.jpg", "externalId": "dog-1", "metadata": {"width": 10}},
        ],
        "priority": 3,
    }
    response = client.post(
        f"/project/{project_id}/cloud", params={"batches": json.dumps([batch["_id"]])}, json=body
    )
    assert response.json() == {"status": "success", "data": {"assets": "Successfully created."}}
    assets = client.get(f"/project/{project_id}/assets").json()["data"]
    assert assets["total"] == 2
    assert [asset["externalId"] for asset in assets["assets"]] == ["cat one.jpg", "dog-1"]
    assert all(asset["batches"] == [batch["_id"]] for asset in assets["assets"])
    assert assets["assets"][1]["metadata"] == {"width": 10}
    data = tasks_of(client, project_id, includeAnswer=True)
    assert data["total"] == 2
    task = data["tasks"][0]
    assert re.fullmatch(r"[0-9a-f]{24}", task["_id"])
    assert task["project"] == project_id
    assert task["asset"] == {
        "_id": assets["assets"][0]["_id"],
        "externalId": "cat one.jpg",
        "data": "https://bucket.test/a/cat%20one.jpg",
    }
    assert (task["status"], task["stage"], task["review"]) == ("TODO", "Label", {"status": "Todo"})
    assert task["answer"] == {"tools": [], "classifications": [], "relations": []}
    assert task["priority"] == 3
    assert TIMESTAMP.match(task["createdAt"])
    duplicate = client.post(
        f"/project/{project_id}/cloud", json={"assets": [{"data": "https://x.test/dog-1"}]}
    )
    assert duplicate.status_code == 409
    assert duplicate.json()["message"].endswith("'dog-1'")
    unknown_batch = client.post(
        f"/project/{project_id}/cloud",
        params={"batches": '["nope"]'},
        json={"assets": [{"data": "https://x/y"}]},
    )
    assert unknown_batch.json()["message"] == "Invalid query parameter 'batches': unknown batch(es) 'nope'"


def test_upload_creates_assets_and_tasks(client: httpx.Client, state: MockState) -> None:
    project_id = new_project(client)
    files = [
        ("files", ("one.png", b"\x89PNG" * 5, "image/png")),
        ("files", ("two.txt", b"hello", "text/plain")),
    ]
    response = client.post(f"/project/{project_id}/upload", files=files)
    assert response.status_code == 200, response.text
    tasks = tasks_of(client, project_id)["tasks"]
    assert [task["asset"]["externalId"] for task in tasks] == ["one.png", "two.txt"]
    assert state.files.uploads[tasks[1]["asset"]["_id"]].size == 5
    sizes = client.get(f"/{project_id}/overview/AssetSize").json()["data"]
    assert sizes["total"] == 2
    assert sizes["totalBytes"] == 25
    assert sizes["counts"] == {"image": 1, "text": 1}


# -- listing ------------------------------------------------------------------------------


def test_paging_returns_every_task_once(client: httpx.Client, vehicles: str) -> None:
    seen: list[str] = []
    page = 1
    while True:
        data = client.get(f"/project/{vehicles}/tasks", params={"page": page, "limit": 7}).json()["data"]
        assert data["total"] == 100
        if not data["tasks"]:
            break
        assert len(data["tasks"]) <= 7
        seen.extend(task["_id"] for task in data["tasks"])
        page += 1
    assert page == 16  # 15 pages of 7 (the last one has 2), then an empty one
    assert len(seen) == len(set(seen)) == 100


def test_paging_with_a_sort_and_a_filter(client: httpx.Client, vehicles: str) -> None:
    query = {"filter": json.dumps({"stage": {"$in": ["Label", "Review"]}}), "sort": "-createdAt"}
    seen: list[dict[str, Any]] = []
    for page in range(1, 10):
        data = client.get(f"/project/{vehicles}/tasks", params={**query, "page": page, "limit": 7}).json()[
            "data"
        ]
        assert data["total"] == 55
        seen.extend(data["tasks"])
    assert len({task["_id"] for task in seen}) == 55
    created = [task["createdAt"] for task in seen]
    assert created == sorted(created, reverse=True)


def test_filter_by_stage(client: httpx.Client, vehicles: str) -> None:
    complete = tasks_of(client, vehicles, filter=json.dumps({"stage": {"$in": ["Complete"]}}))
    assert complete["total"] == len(complete["tasks"]) == 45
    assert {task["stage"] for task in complete["tasks"]} == {"Complete"}
    assert {task["status"] for task in complete["tasks"]} == {"Completed"}
    assert tasks_of(client, vehicles, filter=json.dumps({"stage": "Review"}))["total"] == 15
    assert tasks_of(client, vehicles, filter=json.dumps({"stage": {"$ne": "Label"}}))["total"] == 60
    assert (
        tasks_of(client, vehicles, filter=json.dumps({"stage": {"$nin": ["Label", "Review"]}}))["total"] == 45
    )
    # Deprecated parameters
    assert tasks_of(client, vehicles, stage="Review")["total"] == 15
    assert tasks_of(client, vehicles, **{"status[eq]": "Completed"})["total"] == 45


def test_the_filter_under_its_reference_name(client: httpx.Client, vehicles: str) -> None:
    """`filters` (the current reference's name) filters as `filter` does; with both, the
    conditions add up (the mock ignored `filters` before)."""
    assert tasks_of(client, vehicles, filters=json.dumps({"stage": "Review"}))["total"] == 15
    accepted = json.dumps({"reviewStatus": {"$eq": "Accepted"}})
    assert (
        tasks_of(client, vehicles, filters=json.dumps({"stage": "Complete"}), filter=accepted)["total"] == 45
    )
    assert tasks_of(client, vehicles, filters=json.dumps({"stage": "Review"}), filter=accepted)["total"] == 0


def test_filter_by_created_at_range(client: httpx.Client, vehicles: str, state: MockState) -> None:
    created = sorted(task["createdAt"] for task in state.tasks.list(vehicles))
    low, high = created[10], created[29]
    inclusive = tasks_of(client, vehicles, filter=json.dumps({"createdAt": {"$gte": low, "$lte": high}}))
    assert inclusive["total"] == 20
    exclusive = tasks_of(client, vehicles, filter=json.dumps({"createdAt": {"$gt": low, "$lt": high}}))
    assert exclusive["total"] == 18
    # Another ISO spelling of the same instant (microseconds, +00:00) means the same.
    moment = parse_timestamp(low)
    assert moment is not None
    spelled = moment.isoformat(timespec="microseconds")
    assert tasks_of(client, vehicles, filter=json.dumps({"createdAt": {"$gte": spelled}}))["total"] == 90
    for task in inclusive["tasks"]:
        assert low <= task["createdAt"] <= high


def test_filter_by_other_fields(client: httpx.Client, vehicles: str, state: MockState) -> None:
    tasks = state.tasks.list(vehicles)
    alice = sum(1 for task in tasks if task["assignee"] == "alice@example.com")
    assert (
        tasks_of(client, vehicles, filter=json.dumps({"assignee": {"$eq": "alice@example.com"}}))["total"]
        == alice
    )
    unassigned = sum(1 for task in tasks if task["assignee"] is None)
    assert (
        tasks_of(client, vehicles, filter=json.dumps({"assignee": {"$exists": False}}))["total"] == unassigned
    )
    batches = client.get(f"/batches/{vehicles}").json()["data"]["batches"]
    city = next(batch for batch in batches if batch["name"] == "City streets")
    assert tasks_of(client, vehicles, filter=json.dumps({"batches": {"$in": [city["_id"]]}}))["total"] == 50
    assert tasks_of(client, vehicles, filter=json.dumps({"batches": {"$eq": "Highway"}}))["total"] == 50
    assert tasks_of(client, vehicles, batches=json.dumps([city["_id"]]))["total"] == 50
    regex = tasks_of(client, vehicles, filter=json.dumps({"externalId": {"$regex": "^street-000[1-5]"}}))
    assert regex["total"] == 5
    high = sum(1 for task in tasks if task["priority"] >= 1)
    assert tasks_of(client, vehicles, filter=json.dumps({"priority": {"$gte": 1}}))["total"] == high
    assert tasks_of(client, vehicles, filter=json.dumps({"reviewStatus": {"$eq": "Accepted"}}))["total"] == 45
    assert tasks_of(client, vehicles, filter=json.dumps({"isBenchmark": {"$eq": False}}))["total"] == 100
    bad = client.get(
        f"/project/{vehicles}/tasks", params={"filter": json.dumps({"externalId": {"$regex": "("}})}
    )
    assert bad.status_code == 400
    assert "'filter' at 'externalId/$regex'" in bad.json()["message"]


def test_answer_and_fields(client: httpx.Client, vehicles: str) -> None:
    plain = tasks_of(client, vehicles, limit=3)["tasks"]
    assert all("answer" not in task for task in plain)
    with_answer = tasks_of(client, vehicles, limit=3, includeAnswer="true")["tasks"]
    assert all("answer" in task for task in with_answer)
    chosen = tasks_of(client, vehicles, limit=3, fields="stage,assignee")["tasks"]
    assert all(set(task) == {"_id", "project", "asset", "stage", "assignee"} for task in chosen)
    with_fields = tasks_of(client, vehicles, limit=3, fields="stage,answer")["tasks"]
    assert all(set(task) == {"_id", "project", "asset", "stage", "answer"} for task in with_fields)


# -- one task -----------------------------------------------------------------------------


def test_huge_durations_never_add_up_to_a_null_total(client: httpx.Client) -> None:
    """Two durations near the largest double (schema-valid numbers) add up to infinity, which
    JSON cannot carry: the task's total and the time metrics stay numbers (found by the
    contract run's fuzzing)."""
    project_id = new_project(client, urls=2)
    for task in tasks_of(client, project_id)["tasks"]:
        for _ in range(2):
            response = client.post(f"/annotate/{task['_id']}", json={"answer": ANSWER, "duration": 1.7e308})
            assert response.status_code == 200, response.text
            assert isinstance(response.json()["data"]["task"]["totalDuration"], float)
        shown = client.get(f"/task/{task['_id']}").json()["data"]["task"]
        assert isinstance(shown["totalDuration"], float), shown["totalDuration"]
    metric = client.get(f"/{project_id}/overview/TimePerTask")
    assert metric.status_code == 200, metric.text
    data = metric.json()["data"]
    assert all(isinstance(data[key], float) for key in ("averageDuration", "totalDuration")), data


def test_annotate_then_get_returns_the_same_answer(client: httpx.Client) -> None:
    """Requests send the objects as ``objects``; task reads show them as ``tools``, as every
    documented task answer does, and the answer comes whatever ``includeAnswer`` says (the
    official SDK asks with ``includeAnswer=False`` and then reads ``answer["tools"]``)."""
    project_id = new_project(client, urls=2)
    task_id = tasks_of(client, project_id)["tasks"][0]["_id"]
    response = client.post(f"/annotate/{task_id}", json={"answer": ANSWER, "duration": 1500})
    assert response.status_code == 200, response.text
    assert response.json()["data"]["task"]["answer"] == SHOWN
    for params in ({"includeAnswer": "true"}, {}, {"includeAnswer": "False"}, {"includeAnswer": "false"}):
        task = client.get(f"/task/{task_id}", params=params).json()["data"]["task"]
        assert task["answer"] == SHOWN, params
    assert (task["stage"], task["status"], task["duration"]) == ("Label", "TODO", 1500)
    history_id = response.json()["data"]["taskHistoryId"]
    history = client.get(f"/taskHistory/{history_id}").json()["data"]["taskHistory"]
    assert (history["task"], history["stageId"], history["answer"], history["duration"]) == (
        task_id,
        "Label",
        SHOWN,
        1500,
    )
    # An answer sent with the response spelling (tools) is the same answer.
    client.post(f"/annotate/{task_id}", json={"answer": SHOWN})
    assert client.get(f"/task/{task_id}").json()["data"]["task"]["answer"] == SHOWN


def test_annotate_with_next_stage_completes(client: httpx.Client) -> None:
    project_id = new_project(client, urls=1)
    task_id = tasks_of(client, project_id)["tasks"][0]["_id"]
    submitted = client.post(f"/annotate/{task_id}", params={"nextStage": True}, json={"answer": ANSWER})
    task = submitted.json()["data"]["task"]
    assert (task["stage"], task["status"]) == ("Complete", "Completed")
    assert TIMESTAMP.match(task["completedAt"])
    assert tasks_of(client, project_id, filter=json.dumps({"stage": "Complete"}))["total"] == 1
    bad = client.post(f"/annotate/{task_id}", json={"answer": {"objects": [{"bounding-box": {"x": 1}}]}})
    assert bad.status_code == 400
    assert bad.json()["message"].startswith("Invalid request body at 'answer/objects/0/bounding-box'")
    assert client.post("/annotate/000000000000000000000000", json={"answer": ANSWER}).status_code == 404


def test_assign_tasks(client: httpx.Client) -> None:
    project_id = new_project(client, urls=3)
    task_ids = [task["_id"] for task in tasks_of(client, project_id)["tasks"]]
    client.post(f"/annotate/{task_ids[2]}", params={"nextStage": True}, json={"answer": ANSWER})
    body = {"project": project_id, "tasks": task_ids, "stage": "Label", "user": "ann@example.com"}
    assigned = client.post("/task/assign", json=body).json()["data"]
    assert assigned == {"tasks": 2, "assets": "Successfully created."}  # the documented answer, and a count
    assignees = [task.get("assignee") for task in tasks_of(client, project_id)["tasks"]]
    assert assignees == ["ann@example.com", "ann@example.com", None]
    assert client.post("/task/assign", json={**body, "tasks": ["nope"]}).status_code == 404
    assert client.post("/task/assign", json={**body, "stage": "Nowhere"}).status_code == 404


def test_assign_one_task_by_user_id_or_email(client: httpx.Client, state: MockState) -> None:
    """The SDK documentation page's form: ``{task, user: <user id>}`` or ``{task, username: <e-mail>}``,
    for one task in whatever stage."""
    project_id = new_project(client, urls=2)
    first, second = (task["_id"] for task in tasks_of(client, project_id)["tasks"])
    client.post(f"/annotate/{second}", params={"nextStage": True}, json={"answer": ANSWER})  # to Complete
    bob = state.users.ensure("bob.one@example.com")
    assert client.post("/task/assign", json={"task": first, "user": bob["_id"]}).json()["data"] == {
        "tasks": 1,
        "assets": "Successfully created.",
    }
    assert (
        client.post("/task/assign", json={"task": second, "username": "eve@example.com"}).status_code == 200
    )
    assignees = {task["_id"]: task.get("assignee") for task in tasks_of(client, project_id)["tasks"]}
    assert assignees == {first: "bob.one@example.com", second: "eve@example.com"}
    assert client.post("/task/assign", json={"task": first, "user": "0" * 24}).status_code == 404
    assert client.post("/task/assign", json={"task": "nope", "user": bob["_id"]}).status_code == 404
    assert client.post("/task/assign", json={"task": first}).status_code == 400
    both = {"task": first, "user": bob["_id"], "project": project_id, "tasks": [first], "stage": "Label"}
    assert client.post("/task/assign", json=both).status_code == 400


def test_requeue_tasks(client: httpx.Client, state: MockState) -> None:
    project_id = new_project(client, urls=4)
    tasks = tasks_of(client, project_id)["tasks"]
    for task in tasks[:3]:
        client.post(f"/annotate/{task['_id']}", params={"nextStage": True}, json={"answer": ANSWER})
    body = {
        "toStageId": "Label",
        "filters": {"externalIds": [tasks[0]["asset"]["externalId"]], "taskIds": [tasks[1]["_id"]]},
        "options": {"removeAnnotations": True, "removeStageHistory": True},
    }
    assert client.post(f"/project/{project_id}/requeueTasks", json=body).json()["data"] == {"tasks": 2}
    after = {task["_id"]: task for task in tasks_of(client, project_id, includeAnswer=True)["tasks"]}
    assert [after[task["_id"]]["stage"] for task in tasks] == ["Label", "Label", "Complete", "Label"]
    assert after[tasks[0]["_id"]]["answer"] == {"tools": [], "classifications": [], "relations": []}
    assert after[tasks[0]["_id"]]["status"] == "TODO"
    assert after[tasks[2]["_id"]]["answer"] == SHOWN
    assert state.histories.list(tasks[0]["_id"]) == []
    everything = client.post(f"/project/{project_id}/requeueTasks", json={"toStageId": "Complete"})
    assert everything.json()["data"] == {"tasks": 4}
    assert tasks_of(client, project_id, **{"status[eq]": "Completed"})["total"] == 4
    assert (
        client.post(f"/project/{project_id}/requeueTasks", json={"toStageId": "Nowhere"}).status_code == 404
    )


def test_issue_counts_on_its_task(client: httpx.Client, state: MockState) -> None:
    project_id = new_project(client, urls=1)
    task_id = tasks_of(client, project_id)["tasks"][0]["_id"]
    response = client.post(
        "/issues", json={"content": "Box too loose", "labelTask": task_id, "position": "[50, 120]"}
    )
    assert response.status_code == 200, response.text
    issue = response.json()["data"]["issue"]
    assert (issue["labelTask"], issue["status"], issue["position"]) == (task_id, "Open", "[50, 120]")
    client.post("/issues", json={"content": "Wrong type", "labelTask": task_id, "objectId": "abc"})
    task = client.get(f"/task/{task_id}").json()["data"]["task"]
    assert task["openIssuesCount"] == 2
    assert [item["_id"] for item in task["issues"]][:1] == [issue["_id"]]
    assert client.post("/issues", json={"content": "x", "labelTask": "nope"}).status_code == 404
    both = client.post(
        "/issues", json={"content": "x", "labelTask": task_id, "position": "[1,1]", "objectId": "a"}
    )
    assert both.status_code == 400


def test_import_labels(client: httpx.Client) -> None:
    project_id = new_project(client, urls=3)
    labels = [
        {"externalId": "img-000.jpg", "objects": ANSWER["objects"], "classifications": []},
        {"dataUrl": "https://bucket.test/images/img-001.jpg", "classifications": ANSWER["classifications"]},
    ]
    response = client.post("/import/labels", json={"project": project_id, "jsonContent": labels})
    assert response.json() == {"status": "success", "data": {"imported": 2}}
    tasks = tasks_of(client, project_id, includeAnswer=True)["tasks"]
    assert tasks[0]["answer"] == {"tools": ANSWER["objects"], "classifications": [], "relations": []}
    assert tasks[1]["answer"]["classifications"] == ANSWER["classifications"]
    assert [task["isPreLabeled"] for task in tasks] == [True, True, False]
    as_string = json.dumps([{"externalId": "img-002.jpg", "classifications": []}])
    assert (
        client.post("/import/labels", json={"project": project_id, "jsonContent": as_string}).status_code
        == 200
    )
    prelabeled = client.get(f"/project/{project_id}/assets", params={"filters": '{"isPreLabeled": true}'})
    assert prelabeled.json()["data"]["total"] == 3
    unknown = client.post(
        "/import/labels", json={"project": project_id, "jsonContent": [{"externalId": "ghost"}]}
    )
    assert unknown.status_code == 404
    assert unknown.json()["message"] == f"Unknown externalId(s) in project {project_id}: 'ghost'"
    broken = client.post("/import/labels", json={"project": project_id, "jsonContent": "[{"})
    assert broken.json()["message"].startswith("Invalid request body at 'jsonContent': not valid JSON")
    wrong = client.post("/import/labels", json={"project": project_id, "jsonContent": '[{"objects": 1}]'})
    assert wrong.json()["message"].startswith("Invalid request body at 'jsonContent/0/objects'")


def test_metrics_follow_the_state(client: httpx.Client) -> None:
    project_id = new_project(client, urls=5)
    tasks = tasks_of(client, project_id)["tasks"]
    for task in tasks[:2]:
        client.post(
            f"/annotate/{task['_id']}", params={"nextStage": True}, json={"answer": ANSWER, "duration": 10}
        )
    status = client.get(f"/{project_id}/overview/AnnotationStatus").json()["data"]
    assert status["counts"] == {"TODO": 3, "Completed": 2}
    stages = client.get(f"/{project_id}/overview/LabelStageGroups").json()["data"]["stages"]
    assert {stage["stageId"]: stage["count"] for stage in stages} == {"Start": 0, "Label": 3, "Complete": 2}
    distribution = client.get(f"/{project_id}/overview/AnswerDistribution").json()["data"]
    assert distribution["tools"][0]["count"] == 2
    performance = client.post(
        f"/performance/{project_id}", json={"startDate": "2000-01-01T00:00:00.000Z"}
    ).json()
    (stats,) = performance["data"]["performance"].values()
    assert (stats["submitted"], stats["totalDuration"], stats["tasks"]) == (2, 20, 2)
    future = client.post(
        f"/performance/{project_id}", json={"interval": ["2999-01-01T00:00:00Z", "2999-01-02T00:00:00Z"]}
    )
    assert future.json()["data"]["performance"] == {}


def test_import_labels_keyed_by_data(client: httpx.Client) -> None:
    """The import-format page's rotated-box, segmentation and tree-dropdown examples name the
    asset by its URL under ``data``."""
    project_id = new_project(client, urls=2)
    rotated = {
        "schemaId": "c1229e4944937f9ac0a1022",
        "title": "Top Left",
        "rotated-bounding-box": {"width": 100, "height": 100, "x": 100, "y": 100, "rotation": -12},
    }
    labels = [{"data": "https://bucket.test/images/img-001.jpg", "objects": [rotated]}]
    response = client.post("/import/labels", json={"project": project_id, "jsonContent": labels})
    assert response.json() == {"status": "success", "data": {"imported": 1}}
    tasks = tasks_of(client, project_id, includeAnswer=True)["tasks"]
    assert [task["answer"]["tools"] for task in tasks] == [[], [rotated]]
    unknown = [{"data": "https://bucket.test/images/nowhere.jpg", "objects": []}]
    refused = client.post("/import/labels", json={"project": project_id, "jsonContent": unknown})
    assert refused.status_code == 404  # a reference to nothing
    assert "nowhere.jpg" in refused.json()["message"]
