"""Presigned upload URLs and signed read URLs (the files are served by :mod:`ango_hub.mock.files`).

``get_upload_url`` registers a file of the project and answers a presigned URL on the mock,
``<root>/mock/uploads/<token>/<name>?expires=...&signature=...``; its address (without the
query string) is the file's URL, usable as the ``data`` of a cloud import. ``get_signed_url``
takes the file's URL as ``name`` or ``url`` (400 without either, or with two different
ones; a query string on it is ignored) and answers a readable URL for:

* a file of the mock's store: uploaded to a presigned URL (the upload must have happened),
  or sent with ``upload_assets``, ``upload_instructions`` or ``create_chat_assets``; with
  ``project``, it must belong to that project;
* a file of a connected storage's pretend bucket, given by its bucket URL
  (``https://<bucket>.s3.<region>.amazonaws.com/<key>``, ...): a file of the pretend tree
  (see :mod:`ango_hub.mock.files`), or the ``data`` of an asset (of ``project``, when given)
  imported from that storage. With ``storageId`` only that storage is considered, else
  every connected storage of the URL's provider (and region).

Anything else answers 404, as does an unknown ``project`` or ``storageId``. ``type`` is
checked against the spec but changes nothing.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit, urlunsplit

from ..errors import ApiError, bad_request, not_found
from ..files import (
    bucket_files,
    parse_storage_url,
    read_url,
    storage_file_url,
    token_of_address,
    upload_address,
    upload_url,
)
from ..state import MockState, StoredFile
from ..validation import OperationRequest, UploadedFile
from .common import Json

__all__ = ["get_signed_url", "get_upload_url", "keep_uploaded_file"]


def keep_uploaded_file(
    state: MockState,
    *,
    project_id: str,
    kind: str,
    address: str,
    upload: UploadedFile,
    storage_id: str | None = None,
) -> StoredFile | None:
    """Keep the content of a file sent with a request under ``address``, when possible.

    Files whose content was not kept (too large) or that do not fit in the store are not
    kept: None. The request still succeeds; only ``get_signed_url`` will not know them.
    """
    if upload.content is None:
        return None
    stored = StoredFile(
        token=secrets.token_urlsafe(24),
        name=upload.filename,
        address=address,
        project_id=project_id,
        kind=kind,
        storage_id=storage_id,
        created_at=state.timestamp(),
        content_type=upload.content_type,
    )
    state.add_file(stored)
    try:
        state.put_file_content(stored.token, upload.content, upload.content_type)
    except ApiError:
        state.forget_file(stored.token)
        return None
    return stored


def get_upload_url(state: MockState, request: OperationRequest) -> Json:
    """Register a file of ``project`` named ``name``; answer its presigned PUT URL on the mock."""
    query = request.query
    project = state.project(query["project"])
    storage_id = query.get("storageId")
    if storage_id is not None:
        state.storage(storage_id)
    token = secrets.token_urlsafe(24)
    stored = state.add_file(
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


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def get_signed_url(state: MockState, request: OperationRequest) -> Json:
    """A readable URL for a file the mock knows (see the module docstring), else 404."""
    query = request.query
    given = [query[key] for key in ("name", "url") if key in query]
    if not given:
        raise bad_request("Missing query parameter: give the file's 'name' or 'url'")
    if len(given) == 2 and _without_query(given[0]) != _without_query(given[1]):
        raise bad_request("Invalid query parameters: 'name' and 'url' name different files")
    name = given[0]
    project = state.project(query["project"]) if "project" in query else None
    storage_id = query.get("storageId")
    only = state.storage(storage_id) if storage_id is not None else None
    address = _without_query(name)
    token = token_of_address(address)
    stored = state.file_by_token(token) if token is not None else state.file_by_address(address)
    if stored is not None:
        if stored.content is None or (project is not None and stored.project_id != project["_id"]):
            raise not_found("File", name)
        return {"signedUrl": read_url(state, request.base_url, stored)}
    parsed = parse_storage_url(address)
    if parsed is None:
        raise not_found("File", name)
    provider, region, bucket, key = parsed
    candidates = [only] if only is not None else list(state.storages.values())
    projects = [project] if project is not None else state.visible_projects()
    asset_storages = {
        asset.get("storage")
        for each in projects
        for asset in state.project_assets(each["_id"])
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
