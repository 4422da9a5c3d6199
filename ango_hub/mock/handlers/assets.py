"""Assets: list, upload (multipart), import from cloud URLs, chat assets, attachments,
deletion, presigned upload URLs and signed read URLs.

Every new asset gets one task in the project's entry stage. External ids are unique in a
project (among the assets that are not deleted): an upload or import that repeats one (of
the project, or of the request itself) fails with 409 naming them, and nothing is created.

``create_chat_assets`` creates one asset per conversation (see :mod:`ango_hub.mock.files.chat`
for what the form says), each kept as a JSON file whose URL is the asset's ``data``.

``get_upload_url`` registers a file of the project and answers a presigned URL on the mock,
``<root>/mock/uploads/<token>/<name>?expires=...&signature=...``; its address (without the
query string) is the file's URL, usable as the ``data`` of a cloud import. ``get_signed_url``
takes the file's URL as ``name`` or ``url`` (400 without either, or with two different
ones; a query string on it is ignored) and answers a readable URL for:

* a file of the mock's store: uploaded to a presigned URL (the upload must have happened),
  or sent with ``upload_assets``, ``upload_instructions`` or ``create_chat_assets``; with
  ``project``, it must belong to that project;
* a picture of a demo asset (``<root>/mock/demo-images/...``, see
  :mod:`ango_hub.mock.files.demo_images`), with ``project`` and ``storageId`` (when given) those
  of an asset showing it: its address, readable without signature;
* a file of a connected storage's pretend bucket, given by its bucket URL
  (``https://<bucket>.s3.<region>.amazonaws.com/<key>``, ...): a file of the pretend tree
  (see :mod:`ango_hub.mock.files.uploads`), or the ``data`` of an asset (of ``project``, when given)
  imported from that storage. With ``storageId`` only that storage is considered, else
  every connected storage of the URL's provider (and region).

Anything else answers 404, as does an unknown ``project`` or ``storageId``. ``type`` is
checked against the spec but changes nothing.
"""

from __future__ import annotations

import json
import secrets
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from ..files.chat import chat_asset_names, conversations, llm_config
from ..files.storage_urls import file_url
from ..files.uploads import (
    bucket_files,
    keep_uploaded_file,
    parse_storage_url,
    read_url,
    storage_file_url,
    token_of_address,
    upload_address,
    upload_url,
)
from ..state import FileRecord, MockState, StoredFile, copy_json, find_batch
from ..web.errors import ApiError, bad_request, not_found, unknown_reference
from ..web.handling import Json, handler, name_list
from ..web.own_urls import MOCK_ORIGIN, public_url, stored_url
from ..web.validation import OperationRequest
from ._queries import page_of
from ._references import check_new_external_ids, resolve_batches

__all__ = [
    "create_attachments",
    "create_chat_assets",
    "delete_assets",
    "get_signed_url",
    "get_upload_url",
    "import_cloud_assets",
    "list_assets",
    "upload_assets",
]

CREATED = "Successfully created."


@handler
def list_assets(state: MockState, request: OperationRequest) -> Json:
    """One page of a project's assets (creation order), with the number of matching assets.

    ``filters`` (``AssetFilter``): ``_id``, ``externalId`` and ``isPreLabeled`` must be
    equal; ``batches`` lists batches (ids or names) the asset must all be in.
    """
    project = state.projects.require(request.path["projectId"])
    filters: Json = request.query.get("filters") or {}
    required_batches: set[str] = set()
    if "batches" in filters:
        required_batches = {(find_batch(project, ref) or {"_id": ref})["_id"] for ref in filters["batches"]}
    matching = [
        asset
        for asset in state.assets.list(project["_id"])
        if all(
            asset.get(key) == filters[key] for key in ("_id", "externalId", "isPreLabeled") if key in filters
        )
        and required_batches.issubset(asset["batches"])
    ]
    page = page_of(matching, request.query["page"], request.query["limit"])
    return {"assets": [state.assets.view(asset) for asset in page], "total": len(matching)}


@handler
def upload_assets(state: MockState, request: OperationRequest) -> Json:
    """Create one asset per ``files`` part; its external id is the file name.

    The asset's ``data`` is a (pretend) URL in Ango's bucket; the mock keeps the file's
    content under it, so that ``get_signed_url`` can serve it.
    """
    project = state.projects.require(request.path["projectId"])
    uploads = request.files["files"]
    check_new_external_ids(state, project, [upload.filename for upload in uploads])
    for upload in uploads:
        suffix = PurePosixPath(upload.filename).suffix
        url = file_url(None, None, f"uploaded-data-{secrets.token_hex(4)}{quote(suffix)}")
        asset, _task = state.create_asset(project, data=url, external_id=upload.filename)
        state.files.uploads[asset["_id"]] = FileRecord(upload.filename, upload.content_type, upload.size, url)
        keep_uploaded_file(state, project_id=project["_id"], kind="assets", address=url, upload=upload)
    return {"assets": CREATED}


def _external_id_of(url: str) -> str:
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    return name or url


@handler
def import_cloud_assets(state: MockState, request: OperationRequest) -> Json:
    """Create assets from URLs; ``externalId`` defaults to the file name of the URL.

    The ``batches`` query parameter (ids or names) applies to every asset, in addition to
    each asset's own ``batches``. A named ``storage`` must be connected (404 otherwise).
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    common = resolve_batches(project, request.query.get("batches", []), "Invalid query parameter 'batches'")
    prepared: list[dict[str, Any]] = []
    for index, item in enumerate(body["assets"]):
        if item.get("storage"):
            state.storages.require(item["storage"])
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
        state.create_asset(project, **item)
    return {"assets": CREATED}


@handler
def create_attachments(state: MockState, request: OperationRequest) -> Json:
    """Append attachments to assets found by ``externalId`` (or ``assetId``); answers how many
    were added.

    An item holds a list under ``attachments`` (the SDK, the older pages: ``{type, value}``
    with type ``IMAGE``, ``VIDEO`` or ``TEXT``), or one attachment as ``attachmentUrl`` and
    ``attachmentType`` (the current reference). The latter joins the asset's ``attachments``
    as ``{type, value}`` when its type is one of those three (in any case); any other type
    (the reference shows ``pdf`` and ``document``) has no place there, and is kept as sent
    in the asset's ``fileAttachments``. Assets the project does not have fail the whole
    request with 404 naming them (a reference to nothing, as an unknown project is), and
    nothing is added.
    """
    body: Json = request.body
    project = state.projects.require(body["project"])
    assets = state.assets.list(project["_id"])
    by_external_id = {asset["externalId"]: asset for asset in assets}
    by_id = {asset["_id"]: asset for asset in assets}
    found: list[tuple[Json, Json]] = []
    unknown: list[str] = []
    for item in body["attachments"]:
        if "externalId" in item:
            asset, reference = by_external_id.get(item["externalId"]), item["externalId"]
        else:
            asset, reference = by_id.get(item["assetId"]), item["assetId"]
        if asset is None:
            unknown.append(reference)
        else:
            found.append((asset, item))
    if unknown:
        raise unknown_reference(f"Unknown externalId(s) in project {project['_id']}: {name_list(unknown)}")
    added = 0
    for asset, item in found:
        listed = copy_json(item.get("attachments", []))
        asset["attachments"].extend(listed)
        added += len(listed)
        if "attachmentUrl" in item:
            kind = str(item.get("attachmentType", "")).upper()
            if kind in _ATTACHMENT_TYPES:
                asset["attachments"].append({"type": kind, "value": item["attachmentUrl"]})
            else:
                kept = {key: item[key] for key in ("attachmentUrl", "attachmentType") if key in item}
                asset.setdefault("fileAttachments", []).append(kept)
            added += 1
    return {"attachments": added}


#: The attachment types of the older pages' ``{type, value}`` attachments.
_ATTACHMENT_TYPES = ("IMAGE", "VIDEO", "TEXT")


@handler
def delete_assets(state: MockState, request: OperationRequest) -> Json:
    """Soft-delete assets of the project with their tasks (and the tasks' issues).

    They disappear from ``list_assets``, ``list_tasks``, exports and metrics, and their
    external ids may be used again. ``project`` in the body (the official SDK repeats the
    path's project there) is ignored: the path decides. Unknown assets, or assets of
    another project, answer 404 and nothing is deleted. Assets deleted before are accepted
    again; the answer counts every distinct asset listed, so that a retry answers alike.
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    assets = []
    for asset_id in dict.fromkeys(body["assets"]):
        asset = state.assets.documents.get(asset_id)  # deleted before: accepted again
        if asset is None or asset["project"] != project["_id"]:
            raise not_found("Asset", asset_id)
        assets.append(asset)
    for asset in assets:
        if not asset["deleted"]:
            state.delete_asset(asset)
    return {"assets": len(assets)}


@handler
def create_chat_assets(state: MockState, request: OperationRequest) -> Json:
    """Create chat assets, one per conversation (see :mod:`ango_hub.mock.files.chat`)."""
    project = state.projects.require(request.path["projectId"])
    form = request.form  # a `projectId` field (the official SDK repeats the path's) is ignored
    storage_id = form.get("storageId") or None
    storage = state.storages.require(storage_id) if storage_id is not None else None
    chat_llm = llm_config(state, form.get("llmConfig"))
    chats = conversations(request)
    names = chat_asset_names(state, project, form.get("namingStrategy"), len(chats))
    check_new_external_ids(state, project, names)
    addresses = [file_url(storage, form.get("bucket"), f"{project['_id']}/chat/{name}") for name in names]
    kept: list[str] = []
    try:
        for name, address, conversation in zip(names, addresses, chats, strict=True):
            stored = state.files.add(
                StoredFile(
                    token=secrets.token_urlsafe(24),
                    name=name,
                    address=address,
                    project_id=project["_id"],
                    kind="assets",
                    storage_id=storage_id,
                    created_at=state.timestamp(),
                    content_type="application/json",
                )
            )
            kept.append(stored.token)
            content = json.dumps(conversation, ensure_ascii=False).encode("utf-8")
            state.files.put_content(stored.token, content, "application/json")
    except ApiError:
        for token in kept:
            state.files.forget(token)
        raise
    priority = int(form.get("priority", 0))
    for name, address in zip(names, addresses, strict=True):
        asset, _task = state.create_asset(
            project, data=address, external_id=name, storage=storage_id, priority=priority
        )
        if chat_llm is not None:
            asset["llmConfig"] = chat_llm
    return {"assets": {"assetsCreated": len(names)}}


@handler
def get_upload_url(state: MockState, request: OperationRequest) -> Json:
    """Register a file of ``project`` named ``name``; answer its presigned PUT URL on the mock."""
    query = request.query
    project = state.projects.require(query["project"])
    storage_id = query.get("storageId")
    if storage_id is not None:
        state.storages.require(storage_id)
    token = secrets.token_urlsafe(24)
    stored = state.files.add(
        StoredFile(
            token=token,
            name=query["name"],
            address=upload_address(request.base_url, token, query["name"]),
            project_id=project["_id"],
            kind=query["type"],
            storage_id=storage_id,
            created_at=state.timestamp(),
        )
    )
    return {"uploadUrl": upload_url(state, stored)}


def _demo_image_url(state: MockState, own: str, project: Json | None, storage: Json | None) -> Json:
    """The public URL of a demo image: the picture of an asset (of ``project``, from
    ``storage``, when given), readable without signature."""
    projects = [project] if project is not None else state.projects.list()
    storages = {
        asset.get("storage")
        for each in projects
        for asset in state.assets.list(each["_id"])
        if asset["data"] == own
    }
    if not storages or (storage is not None and storage["_id"] not in storages):
        raise not_found("File", public_url(own))
    return {"signedUrl": public_url(own)}


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


@handler
def get_signed_url(state: MockState, request: OperationRequest) -> Json:
    """A readable URL for a file the mock knows (see the module docstring), else 404."""
    query = request.query
    given = [query[key] for key in ("name", "url") if key in query]
    if not given:
        raise bad_request("Missing query parameter: give the file's 'name' or 'url'")
    if len(given) == 2 and _without_query(given[0]) != _without_query(given[1]):
        raise bad_request("Invalid query parameters: 'name' and 'url' name different files")
    name = given[0]
    project = state.projects.require(query["project"]) if "project" in query else None
    storage_id = query.get("storageId")
    only = state.storages.require(storage_id) if storage_id is not None else None
    address = _without_query(name)
    own = stored_url(address)
    if state.files.demo_image(urlsplit(own).path) is not None and own.startswith(MOCK_ORIGIN):
        return _demo_image_url(state, own, project, only)
    token = token_of_address(address)
    stored = state.files.get(token) if token is not None else state.files.by_address(address)
    if stored is not None:
        if stored.content is None or (project is not None and stored.project_id != project["_id"]):
            raise not_found("File", name)
        return {"signedUrl": read_url(state, request.base_url, stored)}
    parsed = parse_storage_url(address)
    if parsed is None:
        raise not_found("File", name)
    provider, region, bucket, key = parsed
    candidates = [only] if only is not None else state.storages.list()
    projects = [project] if project is not None else state.projects.list()
    asset_storages = {
        asset.get("storage")
        for each in projects
        for asset in state.assets.list(each["_id"])
        if asset["data"] == address
    }
    for storage in candidates:
        if storage.get("provider") != provider:
            continue
        if region is not None and storage.get("region") != region:
            continue
        known = any(file.key == key for file in bucket_files(storage["_id"], bucket))
        if known or storage["_id"] in asset_storages:
            return {"signedUrl": storage_file_url(state, request.base_url, storage["_id"], bucket, key)}
    raise not_found("File", name)
