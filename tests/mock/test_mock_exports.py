"""Exports in the mock: the link, the zip archive it serves (in the documented shape: one
record per task, the answer flattened into ``task`` with the objects under ``tools``), and
its filters."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import httpx
import pytest

from ango_hub.mock import MockState
from ango_hub.mock.state import ORGANIZATION_ID

API_KEY = "test-key-exports"
ANSWER: dict[str, Any] = {
    "objects": [
        {
            "objectId": "o1",
            "schemaId": "s1",
            "title": "Vehicle",
            "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4},
            "metadata": {"createdAt": 1700000000000, "createdBy": "import"},
        }
    ],
    "classifications": [],
    "relations": [],
}
#: The answer as exported: flattened into the task, the objects under ``tools``.
EXPORTED = {"tools": ANSWER["objects"], "classifications": [], "relations": []}


@pytest.fixture(scope="module")
def annotated(client: httpx.Client) -> tuple[str, str]:
    """A project of three tasks, the first annotated and submitted to Complete."""
    project_id = client.post("/project", json={"name": "Export me"}).json()["data"]["project"]["_id"]
    assets = [
        {"data": f"https://bucket.test/e-{index}.jpg", "metadata": {"index": index}} for index in range(3)
    ]
    client.post(f"/project/{project_id}/cloud", json={"assets": assets})
    task_id = client.get(f"/project/{project_id}/tasks").json()["data"]["tasks"][0]["_id"]
    client.post(f"/annotate/{task_id}", params={"nextStage": True}, json={"answer": ANSWER, "duration": 42})
    return project_id, task_id


def download(client: httpx.Client, path: str = "/export", **params: Any) -> tuple[str, bytes]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    link = response.json()["data"]["exportPath"]
    archive = httpx.get(link, timeout=10)  # no API key: the link is the secret
    assert archive.status_code == 200
    assert archive.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(archive.content)) as bundle:
        assert bundle.testzip() is None
        (name,) = bundle.namelist()
        return name, bundle.read(name)


def test_export_link_points_at_the_mock(client: httpx.Client, server: tuple[str, MockState]) -> None:
    project_id = client.get("/listProjects").json()["data"]["projects"][0]["_id"]
    link = client.get("/export", params={"project": project_id}).json()["data"]["exportPath"]
    root = server[0].removesuffix("/v2")
    assert link.startswith(f"{root}/mock/exports/")
    assert link.endswith(".zip")
    assert len(link.rsplit("/", 1)[1]) > 30


def test_export_zip_holds_the_annotated_task(client: httpx.Client, annotated: tuple[str, str]) -> None:
    project_id, task_id = annotated
    name, content = download(client, project=project_id)
    assert name == "export.json"
    records = json.loads(content)
    assert len(records) == 3  # every stage when `stage` is not given
    record = next(record for record in records if record["task"]["taskId"] == task_id)
    assert set(record) == {"asset", "externalId", "metadata", "batches", "task"}
    assert record["externalId"] == "e-0.jpg"
    assert record["asset"] == "https://bucket.test/e-0.jpg"
    assert (record["metadata"], record["batches"]) == ({"index": 0}, [])
    task = record["task"]
    assert {key: task[key] for key in EXPORTED} == EXPORTED
    assert "answer" not in task
    assert "objects" not in task
    assert (task["stage"], task["stageId"], task["totalDuration"], task["updatedBy"]) == (
        "Complete",
        "Complete",
        42,
        "owner@example.com",
    )
    (history,) = task["stageHistory"]
    assert (history["stageId"], history["duration"], history["completedBy"]) == (
        "Label",
        42,
        "owner@example.com",
    )
    assert {key: history[key] for key in EXPORTED} == EXPORTED
    others = [record["task"] for record in records if record["task"]["taskId"] != task_id]
    assert [(other["tools"], other["stageHistory"]) for other in others] == [([], [])] * 2


def test_export_filters_and_options(client: httpx.Client, annotated: tuple[str, str]) -> None:
    project_id, task_id = annotated
    _name, content = download(
        client,
        "/exportV3",
        project=project_id,
        stage='["Complete"]',
        includeMetadata=False,
        includeHistory=False,
    )
    (record,) = json.loads(content)
    assert record["task"]["taskId"] == task_id
    assert "metadata" not in record["task"]["tools"][0]
    assert "stageHistory" not in record["task"]
    _name, content = download(
        client, project=project_id, createdAt=json.dumps({"$gt": "2999-01-01T00:00:00Z"})
    )
    assert json.loads(content) == []
    _name, content = download(
        client, project=project_id, updatedAt=json.dumps({"$gt": "2000-01-01T00:00:00.000000Z"})
    )
    assert len(json.loads(content)) == 3


def test_export_ndjson(client: httpx.Client, annotated: tuple[str, str]) -> None:
    project_id, _task_id = annotated
    name, content = download(client, project=project_id, format="ndjson", stage='["Label"]')
    assert name == "export.ndjson"
    lines = content.decode().splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["task"]["stageId"] == "Label" for line in lines)


def test_export_of_the_demo_project(client: httpx.Client) -> None:
    projects = client.get("/listProjects").json()["data"]["projects"]
    vehicles = next(project["_id"] for project in projects if project["name"] == "Vehicle detection")
    batches = client.get(f"/batches/{vehicles}").json()["data"]["batches"]
    _name, content = download(client, project=vehicles, stage='["Complete"]')
    records = json.loads(content)
    assert len(records) == 45
    assert all(record["task"]["tools"] for record in records)
    assert all(len(record["task"]["stageHistory"]) == 2 for record in records)
    _name, content = download(
        client, project=vehicles, stage='["Complete"]', batches=json.dumps([batches[0]["_id"]])
    )
    assert {tuple(record["batches"]) for record in json.loads(content)} == {("City streets",)}
    _name, content = download(client, project=vehicles, type="issue")
    issues = json.loads(content)
    assert len(issues) == 2
    assert all(issue["status"] == "Open" and issue["externalId"].startswith("street-") for issue in issues)


def test_export_is_a_snapshot(client: httpx.Client, annotated: tuple[str, str]) -> None:
    project_id, _task_id = annotated
    link = client.get("/export", params={"project": project_id}).json()["data"]["exportPath"]
    client.post(f"/project/{project_id}/cloud", json={"assets": [{"data": "https://bucket.test/late.jpg"}]})
    with zipfile.ZipFile(io.BytesIO(httpx.get(link).content)) as bundle:
        assert len(json.loads(bundle.read("export.json"))) == 3


def test_unknown_export_and_project(client: httpx.Client, server: tuple[str, MockState]) -> None:
    root = server[0].removesuffix("/v2")
    missing = httpx.get(f"{root}/mock/exports/not-an-export.zip")
    assert missing.status_code == 404
    assert missing.json() == {"status": "fail", "message": "Export not found: not-an-export"}
    response = client.get("/export", params={"project": "nope"})
    assert response.status_code == 404
    assert response.json()["message"] == "Project not found: nope"
    bad_format = client.get("/export", params={"project": "nope", "format": "csv"})
    assert bad_format.status_code == 400


def test_export_filters_of_the_sdk_documentation(client: httpx.Client, annotated: tuple[str, str]) -> None:
    """``assignee`` (tasks completed by these users, by ID or e-mail) and ``completedAt[gt]``
    / ``completedAt[lt]``, as the SDK documentation page's ``export`` sends them."""
    project_id, task_id = annotated
    owner = next(
        user
        for user in client.get(f"/organization/{ORGANIZATION_ID}/users").json()["data"]["users"]
        if user["email"] == "owner@example.com"
    )

    def exported(**params: Any) -> list[str]:
        _name, content = download(client, project=project_id, **params)
        return [record["task"]["taskId"] for record in json.loads(content)]

    assert exported(assignee=json.dumps([owner["_id"]])) == [task_id]
    assert exported(assignee=json.dumps(["owner@example.com"])) == [task_id]
    assert exported(assignee=json.dumps(["alice@example.com"])) == []
    # Python's isoformat() without a time zone, as the older SDK sends it (taken as UTC).
    assert exported(**{"completedAt[gt]": "2000-01-01T00:00:00"}) == [task_id]
    assert exported(**{"completedAt[gt]": "2999-01-01T00:00:00.000Z"}) == []
    assert exported(**{"completedAt[lt]": "2999-01-01T00:00:00.000Z"}) == [task_id]
    assert (
        exported(**{"completedAt[gt]": "2000-01-01T00:00:00Z", "completedAt[lt]": "2001-01-01T00:00:00Z"})
        == []
    )


def test_export_archive_answers_ranges_guarded_by_its_etag(
    client: httpx.Client, annotated: tuple[str, str]
) -> None:
    """The same bytes on every request, a strong ETag, and 206/200/416 as RFC 9110 says."""
    project_id, _task_id = annotated
    link = client.get("/export", params={"project": project_id}).json()["data"]["exportPath"]
    whole = httpx.get(link, timeout=10)
    again = httpx.get(link, timeout=10)
    assert whole.content == again.content
    etag = whole.headers["etag"]
    assert etag.startswith('"')
    assert etag == again.headers["etag"]
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["content-length"] == str(len(whole.content))
    size = len(whole.content)

    part = httpx.get(link, headers={"Range": "bytes=100-", "If-Range": etag}, timeout=10)
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-{size - 1}/{size}"
    assert part.content == whole.content[100:]
    middle = httpx.get(link, headers={"Range": "bytes=10-19"}, timeout=10)
    assert (middle.status_code, middle.content) == (206, whole.content[10:20])
    by_date = httpx.get(
        link, headers={"Range": "bytes=5-", "If-Range": whole.headers["last-modified"]}, timeout=10
    )
    assert (by_date.status_code, by_date.content) == (206, whole.content[5:])

    changed = httpx.get(link, headers={"Range": "bytes=100-", "If-Range": '"other"'}, timeout=10)
    assert (changed.status_code, changed.content) == (200, whole.content)
    past = httpx.get(link, headers={"Range": f"bytes={size}-"}, timeout=10)
    assert past.status_code == 416
    assert past.headers["content-range"] == f"bytes */{size}"
