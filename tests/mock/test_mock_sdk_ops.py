"""Operations of the official SDK in the mock: cloning, label validation, webhooks,
benchmarks, priorities, task history, reviews, chat assets and asset deletion."""

from __future__ import annotations

import json
import struct
import zlib
from typing import Any

import httpx
import pytest
from _responses import fail, ok

from ango_hub.mock import MockState
from ango_hub.mock.state import OWNER_ID

API_KEY = "test-key-sdk-ops"
ANSWER: dict[str, Any] = {
    "objects": [],
    "classifications": [{"schemaId": "c", "answer": "yes"}],
    "relations": [],
}
REVIEW_WORKFLOW = [
    {"id": "Start", "type": "Start", "next": ["Label"]},
    {"id": "Label", "type": "Label", "next": ["Review"]},
    {"id": "Review", "type": "Review", "next": ["Complete"]},
    {"id": "Complete", "type": "Complete", "next": []},
]


@pytest.fixture(scope="module")
def vehicles(client: httpx.Client) -> str:
    projects = client.get("/listProjects").json()["data"]["projects"]
    return str(next(project["_id"] for project in projects if project["name"] == "Vehicle detection"))


def new_project(client: httpx.Client, urls: int = 0, stages: list[dict[str, Any]] | None = None) -> str:
    project_id = str(ok(client.post("/project", json={"name": "SDK ops"}))["project"]["_id"])
    if stages is not None:
        ok(client.post(f"/project/{project_id}", json={"stages": stages}))
    if urls:
        assets = [{"data": f"https://bucket.test/img-{index:02d}.jpg"} for index in range(urls)]
        ok(client.post(f"/project/{project_id}/cloud", json={"assets": assets}))
    return project_id


def tasks_of(client: httpx.Client, project_id: str) -> list[dict[str, Any]]:
    tasks: list[dict[str, Any]] = ok(client.get(f"/project/{project_id}/tasks", params={"limit": 1000}))[
        "tasks"
    ]
    return tasks


# -- projects -----------------------------------------------------------------------------


def test_clone_project(client: httpx.Client, vehicles: str) -> None:
    source = ok(client.get(f"/project/{vehicles}"))["project"]
    everything = ok(client.post(f"/project/{vehicles}/clone", json={}))["project"]
    assert everything["name"] == "Vehicle detection copy"
    assert everything["_id"] != vehicles
    assert everything["categorySchema"] == source["categorySchema"]
    assert everything["stages"] == source["stages"]
    assert everything["assignedTo"] == source["assignedTo"]
    assert [batch["name"] for batch in everything["batches"]] == ["City streets", "Highway"]
    assert {batch["_id"] for batch in everything["batches"]}.isdisjoint(b["_id"] for b in source["batches"])
    assert (everything["description"], everything["assetCount"]) == (source["description"], 0)
    assert ok(client.get(f"/project/{everything['_id']}/tasks"))["total"] == 0
    flags = {"categorySchema": False, "assignedTo": False, "batches": False, "workflow": False}
    bare = ok(client.post(f"/project/{vehicles}/clone", json={**flags, "projectGeneralSettings": False}))[
        "project"
    ]
    assert bare["categorySchema"] == {"tools": [], "classifications": [], "relations": []}
    assert [stage["id"] for stage in bare["stages"]] == ["Start", "Label", "Complete"]
    assert (bare["assignedTo"], bare["batches"], bare["description"]) == ([], [], "")
    names = [
        project["name"] for project in ok(client.get("/listProjects", params={"limit": 100}))["projects"]
    ]
    assert names.count("Vehicle detection copy") == 2
    fail(client.post("/project/nope/clone", json={}), 404)
    fail(client.post(f"/project/{vehicles}/clone", json={"workflow": "yes"}), 400)


def test_label_validation(client: httpx.Client) -> None:
    project_id = new_project(client)
    function = "function validate(answer) { return { isValid: true }; }"
    body = {"customValidationEnabled": True, "validationFunction": function}
    project = ok(client.post(f"/project/{project_id}/labelValidation", json=body))["project"]
    assert (project["customValidationEnabled"], project["validationFunction"]) == (True, function)
    ok(client.post(f"/project/{project_id}/labelValidation", json={"customValidationEnabled": False}))
    stored = ok(client.get(f"/project/{project_id}"))["project"]
    assert (stored["customValidationEnabled"], stored["validationFunction"]) == (False, function)
    unchanged = ok(client.post(f"/project/{project_id}/labelValidation", json={}))["project"]
    assert unchanged["validationFunction"] == function
    fail(client.post(f"/project/{project_id}/labelValidation", json={"customValidationEnabled": "on"}), 400)
    clone = ok(client.post(f"/project/{project_id}/clone", json={}))["project"]
    assert clone["validationFunction"] == function


def test_rerun_webhook(client: httpx.Client, server: tuple[str, MockState]) -> None:
    stages = [
        {"id": "Start", "type": "Start", "next": ["Hook"]},
        {"id": "Hook", "name": "Notify", "type": "Webhook", "next": ["Complete"]},
        {"id": "Complete", "type": "Complete", "next": []},
    ]
    project_id = new_project(client, urls=3, stages=stages)
    assert {task["stage"] for task in tasks_of(client, project_id)} == {"Hook"}
    rerun = ok(client.post(f"/project/{project_id}/rerun-webhook", json={"stageId": "Hook"}))
    assert rerun["message"] == "Webhook triggered for 3 task(s)"
    assert server[1].records.webhook_runs[-1]["project"] == project_id
    assert len(server[1].records.webhook_runs[-1]["tasks"]) == 3
    ok(client.post(f"/project/{project_id}/rerun-webhook", json={"stageId": "Notify"}))
    assert "not a Webhook stage" in fail(
        client.post(f"/project/{project_id}/rerun-webhook", json={"stageId": "Complete"}), 409
    )
    fail(client.post(f"/project/{project_id}/rerun-webhook", json={"stageId": "Nope"}), 404)
    # The official SDK writes the path with a double slash: served as it is, no redirect.
    doubled = client.post(f"{server[0]}//project/{project_id}/rerun-webhook", json={"stageId": "Hook"})
    assert doubled.url.raw_path.startswith(b"/v2//project/")
    assert ok(doubled)["message"] == "Webhook triggered for 3 task(s)"


@pytest.mark.parametrize("collection", ["storages", "llms"])
def test_trailing_slash_spellings_are_served_directly(
    client: httpx.Client, server: tuple[str, MockState], collection: str
) -> None:
    """The official SDK posts to ``/storages/`` and ``/llms/``: answered there, not redirected (307)."""
    body = (
        {"name": "slash", "provider": "AWS", "publicKey": "AKIA", "privateKey": "s", "region": "eu-west-1"}
        if collection == "storages"
        else {"name": "slash", "provider": "openai", "model": "gpt-4o", "configuration": {"apiKey": "sk-x"}}
    )
    created = client.post(f"{server[0]}/{collection}/", json=body)
    assert created.status_code == 200, (created.status_code, created.text)
    assert not created.history
    (kind,) = [key for key in ok(created) if key in ("storage", "llm")]
    listed = ok(client.get(f"{server[0]}/{collection}/", params={"_id": ok(created)[kind]["_id"]}))
    assert [item["name"] for item in listed[collection]] == ["slash"]
    # Elsewhere an empty segment is still no route.
    fail(client.get(f"{server[0]}/project//tasks"), 404)


def test_create_webhook(client: httpx.Client, server: tuple[str, MockState]) -> None:
    """``POST /webhook`` (SDK documentation page): stored with its secret, which is never shown."""
    project_id = new_project(client)
    body = {
        "url": "https://hooks.test/a",
        "types": ["ACCEPTED", "UPDATED"],
        "secret": "s3cret",
        "project": project_id,
    }
    hooks = ok(client.post("/webhook", json=body))["webhooks"]
    assert [(hook["url"], hook["types"], hook["project"]) for hook in hooks] == [
        ("https://hooks.test/a", ["ACCEPTED", "UPDATED"], project_id)
    ]
    assert "s3cret" not in json.dumps(hooks)
    (stored,) = server[1].webhooks.list(project_id)
    assert stored["secret"] == "s3cret"
    # The same URL again replaces the webhook; another URL adds one.
    ok(client.post("/webhook", json={**body, "types": ["COMPLETED"]}))
    hooks = ok(client.post("/webhook", json={**body, "url": "https://hooks.test/b"}))["webhooks"]
    assert [(hook["url"], hook["types"]) for hook in hooks] == [
        ("https://hooks.test/a", ["COMPLETED"]),
        ("https://hooks.test/b", ["ACCEPTED", "UPDATED"]),
    ]
    fail(client.post("/webhook", json={**body, "types": ["DELETED"]}), 400)
    fail(client.post("/webhook", json={**body, "types": []}), 400)
    fail(client.post("/webhook", json={**body, "project": "0" * 24}), 404)


# -- tasks --------------------------------------------------------------------------------


def test_benchmark_tasks(client: httpx.Client) -> None:
    project_id = new_project(client, urls=3)
    tasks = tasks_of(client, project_id)
    url = f"/project/{project_id}/benchmark-tasks"
    chosen = [tasks[0]["_id"], tasks[2]["_id"], tasks[0]["_id"]]
    assert ok(client.post(url, json={"tasks": chosen})) == {"tasks": 2}
    flags = [task["isBenchmark"] for task in tasks_of(client, project_id)]
    assert flags == [True, False, True]
    assert ok(client.post(url, json={"tasks": chosen})) == {"tasks": 2}
    ok(client.post(url, json={"tasks": [tasks[0]["_id"]], "isBenchmark": False}))
    assert [task["isBenchmark"] for task in tasks_of(client, project_id)] == [False, False, True]
    other = new_project(client, urls=1)
    foreign = tasks_of(client, other)[0]["_id"]
    fail(client.post(url, json={"tasks": [tasks[1]["_id"], foreign]}), 404)
    assert not tasks_of(client, project_id)[1]["isBenchmark"]
    fail(client.post(url, json={"tasks": []}), 400)


def test_update_tasks_priority(client: httpx.Client) -> None:
    project_id = new_project(client, urls=4)
    url = f"/project/{project_id}/updatePriority"
    assert ok(client.post(url, json={"priority": 5})) == {"tasks": 4}
    assert {task["priority"] for task in tasks_of(client, project_id)} == {5}
    chosen = {
        "priority": 9,
        "filters": {"externalIds": ["img-01.jpg"], "taskIds": [tasks_of(client, project_id)[3]["_id"]]},
    }
    assert ok(client.post(url, json=chosen)) == {"tasks": 2}
    assert [task["priority"] for task in tasks_of(client, project_id)] == [5, 9, 5, 9]
    assets = ok(client.get(f"/project/{project_id}/assets"))["assets"]
    assert [asset["priority"] for asset in assets] == [5, 9, 5, 9]
    fail(client.post(url, json={"priority": 1.5}), 400)
    fail(client.post(url, json={}), 400)


def test_list_task_history(client: httpx.Client, vehicles: str) -> None:
    completed = ok(
        client.get(
            f"/project/{vehicles}/tasks", params={"filter": json.dumps({"stage": "Complete"}), "limit": 1}
        )
    )["tasks"][0]
    history = ok(client.get(f"/task/{completed['_id']}/history"))["taskHistory"]
    assert [record["stage"] for record in history] == ["Label", "Review"]
    assert history[0]["completedAt"] < history[1]["completedAt"]
    assert all(record["task"] == completed["_id"] for record in history)
    single = ok(client.get(f"/taskHistory/{history[0]['_id']}"))["taskHistory"]
    assert single == history[0]
    project_id = new_project(client, urls=1)
    task_id = tasks_of(client, project_id)[0]["_id"]
    assert ok(client.get(f"/task/{task_id}/history"))["taskHistory"] == []
    ok(client.post(f"/annotate/{task_id}", json={"answer": ANSWER}))
    ok(client.post(f"/annotate/{task_id}", params={"nextStage": True}, json={"answer": ANSWER}))
    assert len(ok(client.get(f"/task/{task_id}/history"))["taskHistory"]) == 2
    fail(client.get("/task/unknown/history"), 404)


def test_review_accept_and_reject(client: httpx.Client) -> None:
    project_id = new_project(client, urls=3, stages=REVIEW_WORKFLOW)
    tasks = tasks_of(client, project_id)
    assert "is not in a Review stage (it is in 'Label')" in fail(
        client.post(f"/review/{tasks[0]['_id']}", json={"reviewStatus": "Accepted"}), 409
    )
    for task in tasks:
        ok(client.post(f"/annotate/{task['_id']}", params={"nextStage": True}, json={"answer": ANSWER}))
    assert {task["stage"] for task in tasks_of(client, project_id)} == {"Review"}

    accepted = ok(client.post(f"/review/{tasks[0]['_id']}", json={"reviewStatus": "Accepted"}))["task"]
    assert (accepted["stage"], accepted["status"], accepted["review"]["status"]) == (
        "Complete",
        "Completed",
        "Accepted",
    )
    assert accepted["answer"] == {
        "tools": ANSWER["objects"],
        **{k: v for k, v in ANSWER.items() if k != "objects"},
    }
    assert accepted["completedBy"] == OWNER_ID
    history = ok(client.get(f"/task/{tasks[0]['_id']}/history"))["taskHistory"]
    assert [(record["stage"], record.get("reviewStatus")) for record in history] == [
        ("Label", None),
        ("Review", "Accepted"),
    ]

    rejected = ok(client.post(f"/review/{tasks[1]['_id']}", json={"reviewStatus": "Rejected"}))["task"]
    assert (rejected["stage"], rejected["status"], rejected["review"]["status"]) == (
        "Label",
        "TODO",
        "Rejected",
    )
    assert rejected["answer"]["tools"] == ANSWER["objects"]
    pct = {"reviewStatus": "Todo", "pctDetails": {"frame": 3}}
    todo = ok(client.post(f"/review/{tasks[2]['_id']}", json=pct))["task"]
    assert (todo["stage"], todo["review"]) == ("Review", {"status": "Todo", "pctDetails": {"frame": 3}})
    stages = {task["_id"]: task["stage"] for task in tasks_of(client, project_id)}
    assert [stages[task["_id"]] for task in tasks] == ["Complete", "Label", "Review"]
    fail(client.post(f"/review/{tasks[2]['_id']}", json={"reviewStatus": "Maybe"}), 400)
    fail(client.post("/review/unknown", json={"reviewStatus": "Accepted"}), 404)


def test_review_in_the_demo_workflow(client: httpx.Client, vehicles: str) -> None:
    waiting = ok(
        client.get(
            f"/project/{vehicles}/tasks", params={"filter": json.dumps({"stage": "Review"}), "limit": 2}
        )
    )["tasks"]
    accepted = ok(client.post(f"/review/{waiting[0]['_id']}", json={"reviewStatus": "Accepted"}))["task"]
    rejected = ok(client.post(f"/review/{waiting[1]['_id']}", json={"reviewStatus": "Rejected"}))["task"]
    assert (accepted["stage"], rejected["stage"]) == ("Complete", "Label")


# -- assets -------------------------------------------------------------------------------


def test_delete_assets_hides_assets_and_tasks(client: httpx.Client) -> None:
    project_id = new_project(client, urls=5)
    assets = ok(client.get(f"/project/{project_id}/assets"))["assets"]
    doomed = [assets[1]["_id"], assets[3]["_id"]]
    doomed_tasks = [task["_id"] for task in tasks_of(client, project_id) if task["asset"]["_id"] in doomed]
    url = f"/project/{project_id}/assets"
    assert ok(client.request("DELETE", url, json={"project": project_id, "assets": doomed})) == {"assets": 2}
    remaining = ok(client.get(url))
    assert remaining["total"] == 3
    assert doomed[0] not in {asset["_id"] for asset in remaining["assets"]}
    tasks = ok(client.get(f"/project/{project_id}/tasks"))
    assert tasks["total"] == 3
    assert not set(doomed_tasks) & {task["_id"] for task in tasks["tasks"]}
    fail(client.get(f"/task/{doomed_tasks[0]}"), 404)
    assert ok(client.get(f"/project/{project_id}"))["project"]["assetCount"] == 3
    assert ok(client.request("DELETE", url, json={"assets": doomed})) == {"assets": 2}  # a retry
    # The external id is free again.
    ok(
        client.post(
            f"/project/{project_id}/cloud", json={"assets": [{"data": "https://bucket.test/img-01.jpg"}]}
        )
    )
    assert ok(client.get(url))["total"] == 4
    other = new_project(client, urls=1)
    foreign = ok(client.get(f"/project/{other}/assets"))["assets"][0]["_id"]
    fail(client.request("DELETE", url, json={"assets": [assets[0]["_id"], foreign]}), 404)
    assert ok(client.get(url))["total"] == 4
    # The body's project is ignored: the path decides (the official SDK repeats it there).
    assert (
        ok(client.request("DELETE", url, json={"project": other, "assets": [assets[0]["_id"]]}))["assets"]
        == 1
    )
    fail(client.request("DELETE", url, json={"assets": []}), 400)


def test_create_empty_chat_assets(client: httpx.Client) -> None:
    project_id = new_project(client)
    url = f"/project/{project_id}/chat"
    form = {
        "numberOfConversations": "3",
        "priority": "2",
        "namingStrategy": json.dumps({"type": "sequential"}),
    }
    created = ok(client.post(url, data=form, files=[("unused", ("", b""))]))
    assert created == {"assets": {"assetsCreated": 3}}
    assets = ok(client.get(f"/project/{project_id}/assets"))["assets"]
    assert [asset["externalId"] for asset in assets] == ["chat-0001.json", "chat-0002.json", "chat-0003.json"]
    assert {asset["priority"] for asset in assets} == {2}
    assert "llmConfig" not in assets[0]
    assert ok(client.get(f"/project/{project_id}/tasks"))["total"] == 3
    again = ok(client.post(url, data={**form, "numberOfConversations": "1"}, files=[("unused", ("", b""))]))
    assert again["assets"]["assetsCreated"] == 1
    names = [asset["externalId"] for asset in ok(client.get(f"/project/{project_id}/assets"))["assets"]]
    assert names[-1] == "chat-0004.json"
    signed = ok(
        client.get(
            "/getSignedUrl", params={"name": assets[0]["data"], "project": project_id, "type": "assets"}
        )
    )
    assert httpx.get(signed["signedUrl"]).json() == []
    bad = [
        ({"numberOfConversations": "many"}, 400),
        ({"numberOfConversations": "1001"}, 400),
        ({"numberOfConversations": "1", "namingStrategy": json.dumps({"type": "alphabetical"})}, 400),
        ({"numberOfConversations": "1", "namingStrategy": "{not json"}, 400),
        ({"numberOfConversations": "1", "priority": "high"}, 400),
        ({"numberOfConversations": "1", "llmConfig": json.dumps({"id": "unknown"})}, 404),
        ({"numberOfConversations": "1", "storageId": "unknown"}, 404),
        ({"priority": "1"}, 400),
    ]
    for fields, status in bad:
        fail(client.post(url, data=fields, files=[("unused", ("", b""))]), status)


def test_create_chat_assets_from_a_file(client: httpx.Client) -> None:
    project_id = new_project(client)
    llm = ok(
        client.post(
            "/llms",
            json={"name": "Chat", "provider": "openrouter", "model": "m", "configuration": {"apiKey": "k"}},
        )
    )["llm"]
    conversations = [
        [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}],
        [{"role": "user", "content": "2 + 2?"}],
    ]
    storage = ok(client.get("/storages"))["storages"][0]
    form = {
        "projectId": project_id,
        "numberOfConversations": "10",
        "llmConfig": json.dumps({"id": llm["_id"]}),
        "storageId": storage["_id"],
        "bucket": "chats",
    }
    upload = [("file", ("conversations.json", json.dumps(conversations).encode(), "application/json"))]
    created = ok(client.post(f"/project/{project_id}/chat", data=form, files=upload))
    assert created["assets"]["assetsCreated"] == 2
    assets = ok(client.get(f"/project/{project_id}/assets"))["assets"]
    assert all(asset["llmConfig"] == {"id": llm["_id"]} for asset in assets)
    assert all(asset["storage"] == storage["_id"] for asset in assets)
    assert assets[0]["data"].startswith("https://chats.s3.eu-central-1.amazonaws.com/")
    params = {"name": assets[1]["data"], "project": project_id, "type": "assets"}
    signed = ok(client.get("/getSignedUrl", params=params))["signedUrl"]
    assert httpx.get(signed).json() == conversations[1]
    wrapped = [
        ("file", ("c.json", json.dumps({"conversations": conversations[:1]}).encode(), "application/json"))
    ]
    assert (
        ok(client.post(f"/project/{project_id}/chat", data=form, files=wrapped))["assets"]["assetsCreated"]
        == 1
    )
    for content in (b"{}", b"[]", b"not json", b"\xff\xfe"):
        bad = [("file", ("c.json", content, "application/json"))]
        fail(client.post(f"/project/{project_id}/chat", data=form, files=bad), 400)
    ok(client.delete(f"/llms/{llm['_id']}"))
    fail(client.post(f"/project/{project_id}/chat", data=form, files=upload), 404)


# -- masks --------------------------------------------------------------------------------


def decode_grayscale_png(data: bytes) -> list[bytes]:
    """Rows of an 8-bit grayscale PNG without filters (what the mock writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks = 8, {}
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        chunks[kind] = data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, color) == (8, 0)
    raw = zlib.decompress(chunks[b"IDAT"])
    rows = [raw[row * (width + 1) : (row + 1) * (width + 1)] for row in range(height)]
    assert all(row[0] == 0 for row in rows)
    return [row[1:] for row in rows]


def test_get_mask_of_a_segmentation(client: httpx.Client) -> None:
    schema = {"tools": [{"tool": "segmentation", "title": "Area", "schemaId": "area"}]}
    project_id = str(
        ok(client.post("/project", json={"name": "Masks", "categorySchema": schema}))["project"]["_id"]
    )
    asset = {"data": "https://bucket.test/m.png", "metadata": {"width": 12, "height": 8}}
    ok(client.post(f"/project/{project_id}/cloud", json={"assets": [asset]}))
    task_id = tasks_of(client, project_id)[0]["_id"]
    zone = {"region": [[1, 1], [9, 1], [9, 7], [1, 7]], "holes": [[[3, 3], [5, 3], [5, 5], [3, 5]]]}
    box = {"objectId": "box", "schemaId": "b", "bounding-box": {"x": 0, "y": 0, "width": 2, "height": 2}}
    answer = {"objects": [{"objectId": "seg", "schemaId": "area", "segmentation": {"zones": [zone]}}, box]}
    ok(client.post(f"/annotate/{task_id}", json={"answer": answer}))
    response = client.get("/mask", params={"task": task_id, "annotation": "seg"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    rows = decode_grayscale_png(response.content)
    assert (len(rows), len(rows[0])) == (8, 12)
    assert (rows[0][0], rows[1][1], rows[6][8], rows[4][4], rows[4][2], rows[7][8], rows[1][9]) == (
        0, 255, 255, 0, 255, 0, 0,
    )  # fmt: skip
    assert sum(value == 255 for row in rows for value in row) == 8 * 6 - 2 * 2
    no_mask = client.get("/mask", params={"task": task_id, "annotation": "box"})
    assert no_mask.status_code == 404
    assert no_mask.json()["message"] == (
        "Mask not found: box (a bounding-box object has none: only segmentation and brush objects do)"
    )
    assert client.get("/mask", params={"task": task_id, "annotation": "nope"}).status_code == 404
    assert client.get("/mask", params={"task": "nope", "annotation": "seg"}).status_code == 404
    assert client.get("/mask", params={"task": task_id}).status_code == 400


def test_get_mask_of_a_brush(client: httpx.Client) -> None:
    schema = {"tools": [{"tool": "brush", "title": "Paint", "schemaId": "paint"}]}
    project_id = str(
        ok(client.post("/project", json={"name": "Brush", "categorySchema": schema}))["project"]["_id"]
    )
    ok(client.post(f"/project/{project_id}/cloud", json={"assets": [{"data": "https://bucket.test/b.png"}]}))
    task_id = tasks_of(client, project_id)[0]["_id"]
    answer = {"objects": [{"objectId": "stroke", "schemaId": "paint"}]}
    ok(client.post(f"/annotate/{task_id}", json={"answer": answer}))
    assert client.get("/mask", params={"task": task_id, "annotation": "stroke"}).status_code == 404
    params = {"name": "brush.png", "project": project_id, "type": "brushes"}
    upload_url = ok(client.get("/getUploadUrl", params=params))["uploadUrl"]
    png = b"\x89PNG\r\n\x1a\nbrush-bytes"
    assert httpx.put(upload_url, content=png).status_code == 200
    ok(client.post(f"/annotate/{task_id}", json={"answer": answer, "brushDataUrl": upload_url.split("?")[0]}))
    mask = client.get("/mask", params={"task": task_id, "annotation": "stroke"})
    assert (mask.status_code, mask.content) == (200, png)


def test_requeue_with_the_reference_option_names(client: httpx.Client) -> None:
    project_id = new_project(client, urls=1)
    task = tasks_of(client, project_id)[0]
    ok(
        client.post(
            "/task/assign",
            json={"project": project_id, "tasks": [task["_id"]], "stage": "Label", "user": "bob@example.com"},
        )
    )
    ok(client.post(f"/annotate/{task['_id']}", json={"answer": ANSWER}))
    options = {"resetAnswer": True, "unassign": True}
    ok(client.post(f"/project/{project_id}/requeueTasks", json={"toStageId": "Label", "options": options}))
    requeued = ok(client.get(f"/task/{task['_id']}", params={"includeAnswer": True}))["task"]
    assert (requeued["assignee"], requeued["answer"]["classifications"]) == (None, [])
