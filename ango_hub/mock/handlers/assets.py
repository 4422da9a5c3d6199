"""Assets: list, upload (multipart), import from cloud URLs, attachments, deletion.

Every new asset gets one task in the project's entry stage. External ids are unique in a
project (among the assets that are not deleted): an upload or import that repeats one (of
the project, or of the request itself) fails with 400 naming them, and nothing is created.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from ..errors import bad_request, conflict, not_found, unknown_reference
from ..queries import page_of
from ..state import FileRecord, MockState
from ..validation import OperationRequest
from .common import Json, name_list
from .storage_urls import file_url
from .uploads import keep_uploaded_file

__all__ = [
    "check_new_external_ids",
    "create_attachments",
    "delete_assets",
    "import_cloud_assets",
    "list_assets",
    "resolve_batches",
    "upload_assets",
]

CREATED = "Successfully created."


def list_assets(state: MockState, request: OperationRequest) -> Json:
    """One page of a project's assets (creation order), with the number of matching assets.

    ``filters`` (``AssetFilter``): ``_id``, ``externalId`` and ``isPreLabeled`` must be
    equal; ``batches`` lists batches (ids or names) the asset must all be in.
    """
    project = state.project(request.path["projectId"])
    filters: Json = request.query.get("filters") or {}
    required_batches: set[str] = set()
    if "batches" in filters:
        required_batches = {
            (state.find_batch(project, ref) or {"_id": ref})["_id"] for ref in filters["batches"]
        }
    matching = [
        asset
        for asset in state.project_assets(project["_id"])
        if all(
            asset.get(key) == filters[key] for key in ("_id", "externalId", "isPreLabeled") if key in filters
        )
        and required_batches.issubset(asset["batches"])
    ]
    page = page_of(matching, request.query["page"], request.query["limit"])
    return {"assets": [state.asset_view(asset) for asset in page], "total": len(matching)}


def resolve_batches(project: Json, references: Iterable[str], subject: str) -> list[str]:
    """Return the ids of batches given by id or name, or fail with 400 naming the unknown ones."""
    references = list(references)
    found = [MockState.find_batch(project, reference) for reference in references]
    unknown = [reference for reference, batch in zip(references, found, strict=True) if batch is None]
    if unknown:
        raise unknown_reference(f"{subject}: unknown batch(es) {name_list(unknown)}")
    return list(dict.fromkeys(batch["_id"] for batch in found if batch is not None))


def check_new_external_ids(state: MockState, project: Json, external_ids: list[str]) -> None:
    """Fail with 400 naming the external ids the project already has, or that repeat."""
    existing = {asset["externalId"] for asset in state.project_assets(project["_id"])}
    seen: set[str] = set()
    duplicates: list[str] = []
    for external_id in external_ids:
        if external_id in existing or external_id in seen:
            duplicates.append(external_id)
        seen.add(external_id)
    if duplicates:
        raise conflict(
            f"Duplicate externalId(s) in project {project['_id']}: {name_list(dict.fromkeys(duplicates))}"
        )


def upload_assets(state: MockState, request: OperationRequest) -> Json:
    """Create one asset per ``files`` part; its external id is the file name.

    The asset's ``data`` is a (pretend) URL in Ango's bucket; the mock keeps the file's
    content under it, so that ``get_signed_url`` can serve it.
    """
    project = state.project(request.path["projectId"])
    uploads = request.files["files"]
    check_new_external_ids(state, project, [upload.filename for upload in uploads])
    for upload in uploads:
        suffix = PurePosixPath(upload.filename).suffix
        url = file_url(None, None, f"uploaded-data-{secrets.token_hex(4)}{quote(suffix)}")
        asset, _task = state.add_asset(project, data=url, external_id=upload.filename)
        state.uploads[asset["_id"]] = FileRecord(upload.filename, upload.content_type, upload.size, url)
        keep_uploaded_file(state, project_id=project["_id"], kind="assets", address=url, upload=upload)
    return {"assets": CREATED}


def _external_id_of(url: str) -> str:
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    return name or url


def import_cloud_assets(state: MockState, request: OperationRequest) -> Json:
    """Create assets from URLs; ``externalId`` defaults to the file name of the URL.

    The ``batches`` query parameter (ids or names) applies to every asset, in addition to
    each asset's own ``batches``. A named ``storage`` must be connected (404 otherwise).
    """
    project = state.project(request.path["projectId"])
    body: Json = request.body
    common = resolve_batches(project, request.query.get("batches", []), "Invalid query parameter 'batches'")
    prepared: list[dict[str, Any]] = []
    for index, item in enumerate(body["assets"]):
        if item.get("storage"):
            state.storage(item["storage"])
        own = resolve_batches(
            project, item.get("batches", []), f"Invalid request body at 'assets/{index}/batches'"
        )
        # A multi-image asset (``dataset``) is shown by its first image.
        data = item.get("data") or item["dataset"][0]
        prepared.append(
            {
                "data": data,
                "external_id": item.get("externalId") or _external_id_of(data),
                "batches": [*common, *own],
                "storage": item.get("storage"),
                "context_data": item.get("contextData"),
                "metadata": item.get("metadata"),
                "attachments": item.get("attachments"),
                "priority": body.get("priority", 0),
            }
        )
    check_new_external_ids(state, project, [item["external_id"] for item in prepared])
    for item in prepared:
        state.add_asset(project, **item)
    return {"assets": CREATED}


def create_attachments(state: MockState, request: OperationRequest) -> Json:
    """Append attachments to assets found by ``externalId``; answers how many were added.

    Unknown external ids fail the whole request with 400 naming them.
    """
    body: Json = request.body
    project = state.project(body["project"])
    by_external_id = {asset["externalId"]: asset for asset in state.project_assets(project["_id"])}
    unknown = [item["externalId"] for item in body["attachments"] if item["externalId"] not in by_external_id]
    if unknown:
        raise bad_request(f"Unknown externalId(s) in project {project['_id']}: {name_list(unknown)}")
    added = 0
    for item in body["attachments"]:
        by_external_id[item["externalId"]]["attachments"].extend(item["attachments"])
        added += len(item["attachments"])
    return {"attachments": added}


def delete_assets(state: MockState, request: OperationRequest) -> Json:
    """Soft-delete assets of the project with their tasks (and the tasks' issues).

    They disappear from ``list_assets``, ``list_tasks``, exports and metrics, and their
    external ids may be used again. ``project`` in the body (the official SDK repeats the
    path's project there) is ignored: the path decides. Unknown assets, or assets of
    another project, answer 404 and nothing is deleted. Assets deleted before are accepted
    again; the answer counts every distinct asset listed, so that a retry answers alike.
    """
    project = state.project(request.path["projectId"])
    body: Json = request.body
    assets = []
    for asset_id in dict.fromkeys(body["assets"]):
        asset = state.assets.get(asset_id)
        if asset is None or asset["project"] != project["_id"]:
            raise not_found("Asset", asset_id)
        assets.append(asset)
    for asset in assets:
        if not asset["deleted"]:
            state.delete_asset(asset)
    return {"assets": len(assets)}
