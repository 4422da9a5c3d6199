"""Storages and files in the mock: connecting storages, pretend bucket listings, the file
explorer, presigned uploads and signed URLs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from _responses import ok

from ango_hub.mock import MockState
from ango_hub.mock.files.uploads import BUCKET_KEYS

API_KEY = "test-key-storage-files"
SECRET = "very-secret-private-key-5678"


@pytest.fixture(scope="module")
def anonymous() -> Iterator[httpx.Client]:
    """A client without API key, for the mock's file URLs."""
    with httpx.Client(timeout=10) as client:
        yield client


def new_storage(client: httpx.Client, name: str = "files") -> str:
    body = {
        "name": name,
        "provider": "AWS",
        "publicKey": "AKIA1",
        "privateKey": SECRET,
        "region": "us-east-2",
    }
    return str(ok(client.post("/storages", json=body))["storage"]["_id"])


def new_project(client: httpx.Client, name: str = "Files") -> str:
    return str(ok(client.post("/project", json={"name": name}))["project"]["_id"])


def without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


# -- storages -----------------------------------------------------------------------------


def test_create_storage_never_echoes_credentials(client: httpx.Client, server: tuple[str, MockState]) -> None:
    body = {"name": "my-aws", "provider": "AWS", "publicKey": "AKIAEXAMPLE", "privateKey": SECRET}
    created = client.post("/storages", json=body)
    assert SECRET not in created.text
    assert "AKIAEXAMPLE" not in created.text
    storage = ok(created)["storage"]
    assert (storage["name"], storage["provider"], storage["region"]) == ("my-aws", "AWS", "eu-central-1")
    listed = client.get("/storages", params={"_id": storage["_id"]})
    assert SECRET not in listed.text
    assert ok(listed)["storages"] == [storage]
    assert SECRET not in json.dumps(server[1].storages.documents)
    missing = client.post("/storages", json={"name": "x", "provider": "AWS", "publicKey": "AKIA"})
    assert missing.status_code == 400
    assert "'privateKey'" in missing.json()["message"]
    bad_gcp = client.post("/storages", json={"name": "g", "provider": "GCP", "credentials": "not json"})
    assert bad_gcp.status_code == 400
    gcp = {"name": "g", "provider": "GCP", "credentials": json.dumps({"type": "service_account"})}
    assert ok(client.post("/storages", json=gcp))["storage"]["provider"] == "GCP"
    assert client.post("/storages", json={"name": "a", "provider": "AZURE"}).status_code == 400
    reference = {"name": "r", "type": "gcs", "bucket": "raw", "credentials": {"private_key": SECRET}}
    created = client.post("/storages", json=reference)
    assert SECRET not in created.text
    assert (ok(created)["storage"]["provider"], ok(created)["storage"]["bucket"]) == ("GCP", "raw")
    mismatch = {"name": "m", "type": "aws", "provider": "GCP", "credentials": "{}"}
    assert client.post("/storages", json=mismatch).status_code == 400
    assert client.post("/storages", json={"name": "n"}).status_code == 400
    assert client.post("/storages", json={"name": "a", "provider": "DROPBOX"}).status_code == 400


SHAPES = (
    "fits none of the shapes it may take: "
    "AWS (`provider: AWS` (or `type: aws`) with `publicKey` and `privateKey`, or `credentials`); "
    "GCP (`provider: GCP` (or `type: gcs`) with the service account's key in `credentials`); "
    "Azure (`provider: AZURE` (or `type: azure`) with the connection string in `credentials`)"
)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"provider": "AWS"},
            "Invalid request body: needs 'publicKey' and 'privateKey', or 'credentials' (as AWS)",
        ),
        ({"provider": "AWS", "publicKey": "AKIA", "privateKey": None}, None),
        ({"type": "gcs"}, "Invalid request body: 'credentials' is a required property (as GCP)"),
        (
            {"provider": "GCP", "credentials": '{"type": 1}'},
            "Invalid request body at 'credentials': '{\"type\": 1}' is not in the expected form: "
            "the key's JSON, an object of strings (as GCP)",
        ),
        ({"provider": "AZURE", "credentials": ""}, None),
        ({"provider": "AWS", "type": "gcs", "credentials": "x"}, f"Invalid request body: {SHAPES}"),
        ({}, f"Invalid request body: {SHAPES}"),
    ],
    ids=[
        "aws-no-keys",
        "aws-null-key",
        "gcs-no-credentials",
        "gcp-not-a-key",
        "azure-empty",
        "disagree",
        "none",
    ],
)
def test_the_credentials_a_storage_needs_depend_on_its_provider(
    client: httpx.Client, body: dict[str, Any], message: str | None
) -> None:
    """The spec says it (a `oneOf` by provider), so the mock's validation refuses before the handler."""
    response = client.post("/storages", json={"name": "s", **body})
    assert response.status_code == 400, response.text
    if message is not None:
        assert response.json()["message"] == message


def test_delete_storage(client: httpx.Client) -> None:
    storage_id = new_storage(client, "short-lived")
    assert ok(client.delete(f"/storages/{storage_id}"))["message"] == "Storage deleted successfully"
    assert ok(client.get("/storages", params={"_id": storage_id}))["storages"] == []
    ok(client.delete(f"/storages/{storage_id}"))
    assert client.delete("/storages/unknown").status_code == 404
    listing = client.get(f"/storages/{storage_id}/files", params={"bucketName": "b"})
    assert listing.status_code == 404
    project_id = new_project(client)
    imported = client.post(
        f"/project/{project_id}/cloud",
        json={"assets": [{"data": "https://b.test/x.jpg", "storage": storage_id}]},
    )
    assert imported.status_code == 404


# -- pretend buckets ----------------------------------------------------------------------


def test_list_storage_files(client: httpx.Client, anonymous: httpx.Client) -> None:
    storage_id = new_storage(client)
    url = f"/storages/{storage_id}/files"
    everything = ok(client.get(url, params={"bucketName": "photos"}))["files"]
    assert [file["key"] for file in everything] == sorted(BUCKET_KEYS)
    again = ok(client.get(url, params={"bucketName": "photos"}))["files"]
    assert [{**file, "url": ""} for file in again] == [{**file, "url": ""} for file in everything]
    assert all(file["url"].startswith("http://") for file in everything)
    images = ok(client.get(url, params={"bucketName": "photos", "path": "images/"}))["files"]
    assert len(images) == 16
    assert all(file["key"].startswith("images/") for file in images)
    night = ok(
        client.get(url, params={"bucketName": "photos", "path": "images/night", "getSignedUrls": False})
    )
    assert [file["key"] for file in night["files"]] == [
        f"images/night/night-{i:04d}.jpg" for i in range(1, 5)
    ]
    assert all("url" not in file for file in night["files"])
    first = images[0]
    content = anonymous.get(first["url"])
    assert content.status_code == 200
    assert len(content.content) == first["size"]
    assert anonymous.get(first["url"].replace("signature=", "signature=0")).status_code == 403
    assert anonymous.get(without_query(first["url"])).status_code == 403
    assert client.get(url, params={"bucketName": ""}).status_code == 400
    assert client.get("/storages/unknown/files", params={"bucketName": "b"}).status_code == 404


def test_explore_files_pages_and_folders(client: httpx.Client) -> None:
    storage_id = new_storage(client)
    base = {"bucket": "photos", "storageId": storage_id}
    root = ok(client.post("/file-explorer", json=base))
    assert root["folders"] == ["conversations/", "documents/", "images/"]
    assert [file["key"] for file in root["files"]] == ["README.txt"]
    assert root["scrollToken"] is None
    first = ok(client.post("/file-explorer", json={**base, "folder": "images"}))
    assert first["folders"] == ["images/night/"]
    assert len(first["files"]) == 10
    assert first["scrollToken"]
    second = ok(
        client.post("/file-explorer", json={**base, "folder": "images/", "scrollToken": first["scrollToken"]})
    )
    assert (second["folders"], len(second["files"]), second["scrollToken"]) == ([], 2, None)
    keys = [file["key"] for file in first["files"] + second["files"]]
    assert keys == [f"images/image-{i:04d}.jpg" for i in range(1, 13)]
    wrong = client.post(
        "/file-explorer", json={**base, "folder": "documents/", "scrollToken": first["scrollToken"]}
    )
    assert wrong.status_code == 404
    only_pdf = ok(client.post("/file-explorer", json={**base, "folder": "documents/", "extensions": ["pdf"]}))
    assert len(only_pdf["files"]) == 3
    none = ok(client.post("/file-explorer", json={**base, "folder": "documents/", "extensions": [".jpg"]}))
    assert none["files"] == []
    assert client.post("/file-explorer", json={**base, "storageId": "unknown"}).status_code == 404


def test_explore_files_imports_into_a_project(client: httpx.Client, anonymous: httpx.Client) -> None:
    storage_id = new_storage(client)
    project_id = new_project(client)
    batch = ok(client.post(f"/batches/{project_id}", json={"name": "Night"}))["project"]
    base = {"bucket": "photos", "storageId": storage_id, "upload": True}
    assert client.post("/file-explorer", json={**base, "folder": "images/night/"}).status_code == 400
    chosen = {
        **base,
        "folder": "images/night/",
        "projectId": project_id,
        "files": ["night-0001.jpg", "images/night/night-0002.jpg"],
        "batches": ["Night"],
    }
    assert ok(client.post("/file-explorer", json=chosen)) == {"assets": 2}
    assets = ok(client.get(f"/project/{project_id}/assets"))["assets"]
    assert [asset["externalId"] for asset in assets] == ["night-0001.jpg", "night-0002.jpg"]
    assert assets[0]["data"] == "https://photos.s3.us-east-2.amazonaws.com/images/night/night-0001.jpg"
    assert assets[0]["storage"] == storage_id
    assert assets[0]["batches"] == [batch["_id"]]
    assert ok(client.get(f"/project/{project_id}/tasks"))["total"] == 2
    rest = {**base, "folder": "images/night/", "projectId": project_id}
    duplicate = client.post("/file-explorer", json=rest)
    assert duplicate.status_code == 409
    assert "Duplicate externalId" in duplicate.json()["message"]
    # A file that is not in the folder is an unknown reference, as the spec says.
    unknown = client.post("/file-explorer", json={**rest, "files": ["nope.jpg"]})
    assert unknown.status_code == 404
    assert unknown.json()["message"] == (
        "Invalid request body at 'files': not in folder 'images/night/' of bucket 'photos': 'nope.jpg'"
    )
    # The imported file can be read through a signed URL.
    signed = ok(
        client.get(
            "/getSignedUrl", params={"name": assets[0]["data"], "project": project_id, "type": "assets"}
        )
    )
    assert anonymous.get(signed["signedUrl"]).status_code == 200


def test_signed_urls_of_demo_assets(client: httpx.Client, anonymous: httpx.Client) -> None:
    projects = ok(client.get("/listProjects"))["projects"]
    vehicles = next(project["_id"] for project in projects if project["name"] == "Vehicle detection")
    asset = ok(client.get(f"/project/{vehicles}/assets", params={"limit": 1}))["assets"][0]
    params = {"name": asset["data"], "project": vehicles, "type": "assets"}
    signed = ok(client.get("/getSignedUrl", params=params))["signedUrl"]
    assert anonymous.get(signed).status_code == 200
    assert ok(client.get("/getSignedUrl", params={**params, "storageId": asset["storage"]}))["signedUrl"]
    other = ok(client.get("/storages"))["storages"][1]["_id"]
    assert client.get("/getSignedUrl", params={**params, "storageId": other}).status_code == 404
    unknown = {**params, "name": "https://elsewhere.test/cat.jpg"}
    assert client.get("/getSignedUrl", params=unknown).status_code == 404
    assert client.get("/getSignedUrl", params={**params, "project": "nope"}).status_code == 404
    assert client.get("/getSignedUrl", params={**params, "type": "videos"}).status_code == 400
    # The current reference sends only `url`; `name` and `url` must agree.
    by_url = ok(client.get("/getSignedUrl", params={"url": asset["data"]}))["signedUrl"]
    assert anonymous.get(by_url).status_code == 200
    assert client.get("/getSignedUrl", params={"project": vehicles}).status_code == 400
    both = {**params, "url": "https://elsewhere.test/dog.jpg"}
    assert client.get("/getSignedUrl", params=both).status_code == 400


# -- presigned uploads --------------------------------------------------------------------


def test_upload_url_round_trip(client: httpx.Client, anonymous: httpx.Client) -> None:
    project_id = new_project(client, "Uploads")
    params = {"name": "0f1e2d3c.jpg", "project": project_id, "type": "assets"}
    upload_url = ok(client.get("/getUploadUrl", params=params))["uploadUrl"]
    address = without_query(upload_url)
    assert address.startswith(str(client.base_url).removesuffix("/v2/") + "/mock/uploads/")
    assert address.endswith("/0f1e2d3c.jpg")
    sign = {"name": address, "project": project_id, "type": "assets"}
    assert client.get("/getSignedUrl", params=sign).status_code == 404  # not uploaded yet
    payload = bytes(range(256)) * 40
    assert anonymous.put(address, content=payload).status_code == 403  # no signature
    assert anonymous.put(upload_url.replace("signature=", "signature=f"), content=payload).status_code == 403
    put = anonymous.put(upload_url, content=payload, headers={"Content-Type": "image/jpeg"})
    assert put.status_code == 200, put.text
    imported = client.post(f"/project/{project_id}/cloud", json={"assets": [{"data": address}]})
    assert imported.status_code == 200, imported.text
    asset = ok(client.get(f"/project/{project_id}/assets"))["assets"][0]
    assert (asset["data"], asset["externalId"]) == (address, "0f1e2d3c.jpg")
    signed = ok(client.get("/getSignedUrl", params={**sign, "name": asset["data"]}))["signedUrl"]
    read = anonymous.get(signed)
    assert read.status_code == 200
    assert read.content == payload
    assert read.headers["content-type"] == "image/jpeg"
    assert anonymous.get(address).content == payload
    assert anonymous.get(signed.replace("signature=", "signature=0")).status_code == 403
    other_project = new_project(client, "Someone else's")
    assert client.get("/getSignedUrl", params={**sign, "project": other_project}).status_code == 404
    # A presigned URL passed unencoded: its own query arrives as extra parameters.
    raw = client.get(f"/getSignedUrl?name={upload_url}&project={project_id}&type=assets")
    assert anonymous.get(ok(raw)["signedUrl"]).content == payload
    # A second PUT replaces the content.
    assert anonymous.put(upload_url, content=b"v2").status_code == 200
    assert anonymous.get(signed).content == b"v2"
    assert anonymous.get(address.replace("0f1e2d3c.jpg", "other.jpg")).status_code == 404
    assert client.get("/getUploadUrl", params={**params, "project": "nope"}).status_code == 404
    assert client.get("/getUploadUrl", params={**params, "storageId": "nope"}).status_code == 404


def test_upload_size_limit(
    client: httpx.Client, anonymous: httpx.Client, server: tuple[str, MockState]
) -> None:
    state = server[1]
    project_id = new_project(client, "Big files")
    params = {"name": "big.bin", "project": project_id, "type": "assets"}
    upload_url = ok(client.get("/getUploadUrl", params=params))["uploadUrl"]
    state.files.max_file_bytes = 1000
    try:
        too_big = anonymous.put(upload_url, content=b"x" * 1001)
        assert too_big.status_code == 413
        assert anonymous.put(upload_url, content=b"x" * 1000).status_code == 200
    finally:
        state.files.max_file_bytes = MockState.MAX_FILE_BYTES


def test_uploaded_and_chat_files_are_signed_then_purged(
    client: httpx.Client, anonymous: httpx.Client
) -> None:
    project_id = new_project(client, "Purge my files")
    uploaded = client.post(
        f"/project/{project_id}/upload", files=[("files", ("scan.png", b"PNGDATA", "image/png"))]
    )
    assert uploaded.status_code == 200, uploaded.text
    asset = ok(client.get(f"/project/{project_id}/assets"))["assets"][0]
    sign = {"name": asset["data"], "project": project_id, "type": "assets"}
    signed = ok(client.get("/getSignedUrl", params=sign))["signedUrl"]
    assert anonymous.get(signed).content == b"PNGDATA"
    upload_url = ok(
        client.get("/getUploadUrl", params={"name": "a.txt", "project": project_id, "type": "assets"})
    )
    assert anonymous.put(upload_url["uploadUrl"], content=b"hello").status_code == 200
    name = ok(client.get(f"/project/{project_id}"))["project"]["name"]
    refused = client.post(f"/project/{project_id}/purge", json={"confirmName": "wrong"})
    assert refused.status_code == 409
    purged = ok(client.post(f"/project/{project_id}/purge", json={"confirmName": name}))
    assert purged["message"] == "Project purged (2 file(s) deleted)"
    assert anonymous.get(signed).status_code == 404
    assert anonymous.get(without_query(upload_url["uploadUrl"])).status_code == 404
    assert client.get(f"/project/{project_id}").status_code == 404
    assert client.post(f"/project/{project_id}/purge", json={"confirmName": name}).status_code == 404
