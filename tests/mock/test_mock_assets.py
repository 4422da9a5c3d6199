"""Assets, batches, attachments and storages in the mock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ango_hub.mock import create_app, serve_in_thread
from ango_hub.mock.state import DEFAULT_STORAGE_ID

API_KEY = "test-key-assets"


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    app = create_app(api_key=API_KEY, validate_responses=True)
    with (
        serve_in_thread(app) as base_url,
        httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client,
    ):
        yield client


def new_project(client: httpx.Client, urls: int) -> str:
    project_id = str(client.post("/project", json={"name": "Assets"}).json()["data"]["project"]["_id"])
    assets = [{"data": f"https://bucket.test/img-{index:02d}.jpg"} for index in range(urls)]
    if assets:
        assert client.post(f"/project/{project_id}/cloud", json={"assets": assets}).status_code == 200
    return project_id


def assets_of(client: httpx.Client, project_id: str, **params: Any) -> dict[str, Any]:
    response = client.get(f"/project/{project_id}/assets", params=params)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def test_list_assets_pages_and_filters(client: httpx.Client) -> None:
    project_id = new_project(client, urls=12)
    first, second = assets_of(client, project_id, limit=5), assets_of(client, project_id, limit=5, page=3)
    assert (first["total"], len(first["assets"]), len(second["assets"])) == (12, 5, 2)
    everything = assets_of(client, project_id, limit=100)["assets"]
    target = everything[4]
    by_id = assets_of(client, project_id, filters=json.dumps({"_id": target["_id"]}))
    assert [asset["externalId"] for asset in by_id["assets"]] == ["img-04.jpg"]
    by_external = assets_of(client, project_id, filters=json.dumps({"externalId": "img-07.jpg"}))
    assert by_external["total"] == 1
    assert assets_of(client, project_id, filters=json.dumps({"isPreLabeled": False}))["total"] == 12
    bad = client.get(f"/project/{project_id}/assets", params={"filters": json.dumps({"isPreLabeled": "no"})})
    assert (
        bad.json()["message"]
        == "Invalid query parameter 'filters' at 'isPreLabeled': 'no' is not of type 'boolean'"
    )


def test_create_batches_in_all_three_shapes(client: httpx.Client) -> None:
    project_id = new_project(client, urls=0)
    url = f"/batches/{project_id}"
    one = client.post(url, json={"name": "First"}).json()["data"]["project"]
    documented = client.post(url, json={"batches": "Second"}).json()["data"]["project"]
    assert (one["name"], documented["name"]) == ("First", "Second")
    assert client.get(url).json()["data"]["batches"] == [one, documented]
    again = client.post(url, json={"name": "First"})
    assert again.json()["message"] == "Invalid request body at 'name': batch 'First' already exists"
    replaced = client.post(url, json={"batches": [{"_id": one["_id"], "name": "First"}, {"name": "Third"}]})
    batches = replaced.json()["data"]["batches"]
    assert [batch["name"] for batch in batches] == ["First", "Third"]
    assert batches[0] == one
    assert client.get(url).json()["data"]["batches"] == batches
    unknown = client.post(url, json={"batches": [{"_id": "000000000000000000000000", "name": "X"}]})
    assert unknown.status_code == 404
    assert client.post(url, json={"batches": []}).status_code == 400
    assert client.post(url, json={}).status_code == 400


def test_assign_batches_by_id_or_name(client: httpx.Client) -> None:
    project_id = new_project(client, urls=4)
    one = client.post(f"/batches/{project_id}", json={"name": "One"}).json()["data"]["project"]
    client.post(f"/batches/{project_id}", json={"name": "Two"})
    asset_ids = [asset["_id"] for asset in assets_of(client, project_id)["assets"]]
    body = {"projectId": project_id, "assets": asset_ids[:3], "batches": [one["_id"]]}
    assert client.post("/assignBatches", json=body).json()["data"] == {"assets": 3}
    assert client.post("/assignBatches", json={"assets": asset_ids[1], "batches": "Two"}).json()["data"] == {
        "assets": 1
    }
    in_both = assets_of(client, project_id, filters=json.dumps({"batches": [one["_id"], "Two"]}))
    assert [asset["_id"] for asset in in_both["assets"]] == [asset_ids[1]]
    assert assets_of(client, project_id, filters=json.dumps({"batches": ["One"]}))["total"] == 3
    tasks = client.get(
        f"/project/{project_id}/tasks", params={"filter": json.dumps({"batches": {"$in": ["Two"]}})}
    )
    assert tasks.json()["data"]["total"] == 1
    assert client.post("/assignBatches", json={**body, "batches": ["Nope"]}).status_code == 404
    assert (
        client.post("/assignBatches", json={**body, "assets": ["000000000000000000000000"]}).status_code
        == 404
    )


def test_replacing_batches_removes_dropped_ones_from_assets(client: httpx.Client) -> None:
    project_id = new_project(client, urls=1)
    keep = client.post(f"/batches/{project_id}", json={"name": "Keep"}).json()["data"]["project"]
    drop = client.post(f"/batches/{project_id}", json={"name": "Drop"}).json()["data"]["project"]
    asset_id = assets_of(client, project_id)["assets"][0]["_id"]
    client.post("/assignBatches", json={"assets": [asset_id], "batches": [keep["_id"], drop["_id"]]})
    client.post(f"/batches/{project_id}", json={"batches": [keep]})
    assert assets_of(client, project_id)["assets"][0]["batches"] == [keep["_id"]]


def test_attachments(client: httpx.Client) -> None:
    project_id = new_project(client, urls=2)
    body: dict[str, Any] = {
        "project": project_id,
        "attachments": [
            {
                "externalId": "img-01.jpg",
                "attachments": [
                    {"type": "IMAGE", "value": "https://example.test/side.jpg"},
                    {"type": "TEXT", "value": "Some sample text"},
                ],
            }
        ],
    }
    assert client.post("/attachments", json=body).json()["data"] == {"attachments": 2}
    asset = assets_of(client, project_id, filters=json.dumps({"externalId": "img-01.jpg"}))["assets"][0]
    assert asset["attachments"] == body["attachments"][0]["attachments"]
    unknown = {**body, "attachments": [{**body["attachments"][0], "externalId": "ghost.jpg"}]}
    response = client.post("/attachments", json=unknown)
    assert response.status_code == 404  # a reference to nothing, as an unknown project is
    assert response.json()["message"] == f"Unknown externalId(s) in project {project_id}: 'ghost.jpg'"
    wrong_type = {
        **body,
        "attachments": [{"externalId": "img-01.jpg", "attachments": [{"type": "PDF", "value": "x"}]}],
    }
    assert client.post("/attachments", json=wrong_type).status_code == 400


def test_storages(client: httpx.Client) -> None:
    storages = client.get("/storages").json()["data"]["storages"]
    assert [storage["_id"] for storage in storages] == [DEFAULT_STORAGE_ID]
    assert client.get("/storages", params={"_id": DEFAULT_STORAGE_ID}).json()["data"]["storages"] == storages
    assert client.get("/storages", params={"_id": "other"}).json()["data"]["storages"] == []
    missing = client.post("/project", json={"name": "S"}).json()["data"]["project"]["_id"]
    response = client.post(
        f"/project/{missing}/cloud", json={"assets": [{"data": "https://x/a", "storage": "nope"}]}
    )
    assert response.status_code == 404
    assert response.json()["message"] == "Storage not found: nope"


def test_attachments_in_the_current_reference_form(client: httpx.Client) -> None:
    """`assetId` instead of `externalId`, one `attachmentUrl`/`attachmentType` per item (these
    failed with a 500 before the contract tests reached the operation's success path)."""
    project_id = new_project(client, urls=2)
    assets = assets_of(client, project_id)["assets"]
    body = {
        "project": project_id,
        "attachments": [
            {
                "assetId": assets[0]["_id"],
                "attachmentUrl": "https://example.test/a.pdf",
                "attachmentType": "pdf",
            },
            {
                "externalId": "img-01.jpg",
                "attachmentUrl": "https://example.test/b.png",
                "attachmentType": "image",
            },
        ],
    }
    response = client.post("/attachments", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"attachments": 2}
    first, second = assets_of(client, project_id)["assets"]
    # A type the older `{type, value}` attachments have is shown with them; any other is kept as sent.
    assert (first["attachments"], first["fileAttachments"]) == (
        [],
        [{"attachmentUrl": "https://example.test/a.pdf", "attachmentType": "pdf"}],
    )
    assert second["attachments"] == [{"type": "IMAGE", "value": "https://example.test/b.png"}]
    unknown = client.post("/attachments", json={"project": project_id, "attachments": [{"assetId": "ghost"}]})
    assert unknown.status_code == 404
    assert unknown.json()["message"] == f"Unknown externalId(s) in project {project_id}: 'ghost'"


def test_import_labels_under_labels(client: httpx.Client) -> None:
    """The current reference's `labels` (a list) instead of `jsonContent` (failed with a 500)."""
    project_id = new_project(client, urls=1)
    rows = [{"externalId": "img-00.jpg", "classifications": [{"schemaId": "c", "answer": "yes"}]}]
    response = client.post("/import/labels", json={"project": project_id, "labels": rows})
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"imported": 1}
    (task,) = client.get(f"/project/{project_id}/tasks", params={"includeAnswer": True}).json()["data"][
        "tasks"
    ]
    assert task["answer"]["classifications"] == rows[0]["classifications"]
