"""Projects in the mock: create, list, read, update, members, templates, instructions, delete."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ango_hub.mock import MockState, create_app, mock_state, serve_in_thread

API_KEY = "test-key-projects"
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
LABEL_SET: dict[str, Any] = {
    "tools": [
        {
            "title": "Vehicle",
            "tool": "bounding-box",
            "required": False,
            "schemaId": "4b8ac18a570747f87b27025",
            "color": "#9c27b0",
            "shortcutKey": "h",
            "classifications": [
                {
                    "title": "Type",
                    "tool": "radio",
                    "schemaId": "ae40cb11c104045c1a31698",
                    "options": [
                        {"value": "Car", "schemaId": "27504d2d08f05b9944aa713"},
                        {"value": "Truck", "schemaId": "c734a046cbee0646886a067"},
                    ],
                }
            ],
        },
        {"title": "Road", "tool": "polygon", "schemaId": "9a1b2c3d4e5f6a7b8c9d0e1", "color": None},
    ],
    "classifications": [
        {
            "title": "Weather",
            "tool": "checkbox",
            "schemaId": "0f1e2d3c4b5a69788796a5b",
            "options": [{"value": "Rain"}, {"value": "Fog"}],
            "parentOptionId": None,
        }
    ],
    "relations": [{"title": "Tows", "tool": "one-to-one", "schemaId": "aa11bb22cc33dd44ee55ff6"}],
}


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, MockState]]:
    app = create_app(api_key=API_KEY, validate_responses=True)
    with serve_in_thread(app) as base_url:
        yield base_url, mock_state(app)


@pytest.fixture(scope="module")
def client(server: tuple[str, MockState]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server[0], headers={"apikey": API_KEY}, timeout=10) as client:
        yield client


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = client.post("/project", json={"name": "A project", **body})
    assert response.status_code == 200, response.text
    project: dict[str, Any] = response.json()["data"]["project"]
    return project


def test_created_project_appears_in_the_list(client: httpx.Client) -> None:
    before = client.get("/listProjects").json()["data"]["total"]
    project = create(client, name="Listed", description="For the list")
    assert re.fullmatch(r"[0-9a-f]{24}", project["_id"])
    assert TIMESTAMP.match(project["createdAt"])
    assert project["deleted"] is False
    assert [stage["id"] for stage in project["stages"]] == ["Start", "Label", "Complete"]
    listed = client.get("/listProjects", params={"limit": 1000}).json()["data"]
    assert listed["total"] == before + 1
    summary = next(item for item in listed["projects"] if item["_id"] == project["_id"])
    assert summary == {
        "_id": project["_id"],
        "name": "Listed",
        "description": "For the list",
        "organization": project["organization"],
        "createdAt": project["createdAt"],
    }


def test_list_projects_pages_and_sorts(client: httpx.Client) -> None:
    for index in range(3):
        create(client, name=f"Paged {index}")
    total = client.get("/listProjects").json()["data"]["total"]
    seen: list[str] = []
    page = 1
    while True:
        data = client.get("/listProjects", params={"page": page, "limit": 2, "sort": "name"}).json()["data"]
        assert data["total"] == total
        if not data["projects"]:
            break
        seen.extend(project["name"] for project in data["projects"])
        page += 1
    assert len(seen) == total
    assert seen == sorted(seen)
    newest = client.get("/listProjects", params={"limit": 1}).json()["data"]["projects"][0]
    assert newest["name"] == "Paged 2"  # default sort: -createdAt, ties in creation order


def test_label_set_round_trips_unchanged(client: httpx.Client) -> None:
    project = create(client)
    response = client.post(f"/project/{project['_id']}", json={"categorySchema": LABEL_SET})
    assert response.status_code == 200, response.text
    assert response.json()["data"]["project"]["categorySchema"] == LABEL_SET
    again = client.get(f"/project/{project['_id']}").json()["data"]["project"]
    assert again["categorySchema"] == LABEL_SET
    assert again["name"] == "A project"


def test_label_set_given_at_creation(client: httpx.Client) -> None:
    project = create(client, categorySchema=LABEL_SET, type="ango")
    assert client.get(f"/project/{project['_id']}").json()["data"]["project"]["categorySchema"] == LABEL_SET


def test_invalid_label_set_is_refused(client: httpx.Client) -> None:
    project = create(client)
    bad = {"tools": [{"title": "Blob", "tool": "blob"}]}
    response = client.post(f"/project/{project['_id']}", json={"categorySchema": bad})
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid request body at 'categorySchema/tools/0/tool'")


def test_update_settings_and_workflow(client: httpx.Client) -> None:
    project = create(client)
    stages = [
        {"id": "Start", "name": "Start", "type": "Start", "next": ["Label"]},
        {"id": "Label", "name": "Label", "type": "Label", "next": ["Review"]},
        {"id": "Review", "name": "Review", "type": "Review", "next": ["Complete"]},
        {"id": "Complete", "name": "Complete", "type": "Complete", "next": []},
    ]
    body = {
        "name": "Renamed",
        "stages": stages,
        "benchmarkEnabled": True,
        "benchmarkRatio": 10,
        "benchmarkCutoff": True,
    }
    updated = client.post(f"/project/{project['_id']}", json=body).json()["data"]["project"]
    assert updated["name"] == "Renamed"
    assert updated["stages"] == stages
    assert (updated["benchmarkEnabled"], updated["benchmarkRatio"], updated["benchmarkCutoff"]) == (
        True,
        10,
        True,
    )
    assert updated["description"] == project["description"]
    assert client.post(f"/project/{project['_id']}", json={}).status_code == 400
    assert client.post(f"/project/{project['_id']}", json={"benchmarkRatio": 101}).status_code == 400
    broken = [{"id": "Start", "next": ["Nowhere"]}]
    response = client.post(f"/project/{project['_id']}", json={"stages": broken})
    assert response.status_code == 400
    assert (
        response.json()["message"] == "Invalid request body at 'stages/0/next': unknown stage id(s) 'Nowhere'"
    )


def test_members_are_added(client: httpx.Client) -> None:
    project = create(client)
    url = f"/project/{project['_id']}/assigned"
    client.post(url, json={"role": "Labeler", "assignees": ["l1@example.com", "l2@example.com"]})
    members = client.post(url, json={"role": "Reviewer", "assignees": ["l2@example.com"]}).json()["data"][
        "project"
    ]
    assert members["assignedTo"] == [
        {"assignee": "l1@example.com", "role": "Labeler"},
        {"assignee": "l2@example.com", "role": "Reviewer"},
    ]
    assert client.post(url, json={"role": "Boss", "assignees": ["x@example.com"]}).status_code == 400


def test_asset_builder_template_is_stored(client: httpx.Client) -> None:
    project = create(client)
    body = {
        "name": "Rows",
        "template": "<div>{{column1}}</div>",
        "selectedExternalId": "column1",
        "batchColumn": "batch",
        "dataConfig": {"column1": {"type": "image", "storage": "Public", "includeInExport": False}},
        "preLabelConfig": {},
    }
    template = client.post(f"/project/{project['_id']}/assetBuilderTemplates", json=body).json()["data"][
        "template"
    ]
    assert template["name"] == "Rows"
    assert re.fullmatch(r"[0-9a-f]{24}", template["_id"])
    stored = client.get(f"/project/{project['_id']}").json()["data"]["project"]["assetBuilderTemplates"]
    assert stored == [template]
    bad = {**body, "dataConfig": {"column1": {"type": "hologram"}}}
    assert client.post(f"/project/{project['_id']}/assetBuilderTemplates", json=bad).status_code == 400


def test_instructions_upload(client: httpx.Client, server: tuple[str, MockState]) -> None:
    project = create(client)
    pdf = b"%PDF-1.4 instructions" * 10
    response = client.post(
        f"/project/{project['_id']}/instructions", files={"file": ("guide.pdf", pdf, "application/pdf")}
    )
    assert response.status_code == 200, response.text
    url = response.json()["data"]["project"]["instructions"]
    assert url.startswith("https://")
    assert url.endswith("guide.pdf")
    record = server[1].files.instructions[project["_id"]]
    assert (record.filename, record.size, record.content_type) == ("guide.pdf", len(pdf), "application/pdf")
    storages = client.get("/storages").json()["data"]["storages"]
    in_bucket = client.post(
        f"/project/{project['_id']}/instructions",
        params={"storageId": storages[0]["_id"], "bucket": "my-bucket"},
        files={"file": ("guide.pdf", pdf, "application/pdf")},
    ).json()["data"]["project"]["instructions"]
    assert in_bucket.startswith("https://my-bucket.")
    missing = client.post(
        f"/project/{project['_id']}/instructions",
        params={"storageId": "nope"},
        files={"file": ("g.pdf", pdf)},
    )
    assert missing.status_code == 404


def test_delete_is_soft(client: httpx.Client, server: tuple[str, MockState]) -> None:
    project = create(client, name="Doomed")
    client.post(f"/project/{project['_id']}/cloud", json={"assets": [{"data": "https://x.test/a.jpg"}]})
    task_id = client.get(f"/project/{project['_id']}/tasks").json()["data"]["tasks"][0]["_id"]
    response = client.delete(f"/project/{project['_id']}")
    assert response.json() == {"status": "success", "data": {"message": "Project deleted successfully"}}
    assert client.get(f"/project/{project['_id']}").status_code == 404
    assert client.get(f"/task/{task_id}").status_code == 404
    listed = client.get("/listProjects", params={"limit": 1000}).json()["data"]["projects"]
    assert project["_id"] not in {item["_id"] for item in listed}
    assert server[1].projects.documents[project["_id"]]["deleted"] is True
    assert client.delete(f"/project/{project['_id']}").status_code == 200  # idempotent
    assert client.delete("/project/000000000000000000000000").status_code == 404
