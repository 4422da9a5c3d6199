"""Cloud storages connected to the organization, and the files of their (pretend) buckets.

Credentials are checked for presence (see :func:`create_storage`), then dropped: the mock
never stores or returns them.

Every bucket of a connected storage holds the same pretend tree of files (see
:mod:`ango_hub.mock.files.uploads`), with deterministic sizes and dates. ``list_storage_files``
lists the files under a prefix (recursively, like an S3 listing), with signed URLs on the
mock unless ``getSignedUrls=false``. ``explore_files`` lists one folder: its sub-folders
(on the first page only) and its files, :data:`EXPLORE_PAGE_SIZE` at a time
(``scrollToken`` is the next page's token, null on the last page); with ``upload: true`` it
imports the chosen ``files`` of the folder (names in the folder, or full keys; every file of
the folder when left out, filtered by ``extensions``) into ``projectId`` as assets whose
``data`` is the file's bucket URL and whose external id is the file name. A file that is
not in the folder is an unknown reference: 404 naming it, and nothing is imported.
"""

from __future__ import annotations

import base64
import binascii
import json

from ..files.storage_urls import file_url
from ..files.uploads import BucketFile, bucket_files, storage_file_url
from ..state import MockState
from ..web.errors import bad_request, unknown_reference
from ..web.handling import Json, handler, name_list
from ..web.validation import OperationRequest
from ._references import check_new_external_ids, resolve_batches

__all__ = [
    "EXPLORE_PAGE_SIZE",
    "create_storage",
    "delete_storage",
    "explore_files",
    "list_storage_files",
    "list_storages",
]

EXPLORE_PAGE_SIZE = 10
_DEFAULT_REGION = "eu-central-1"


@handler
def list_storages(state: MockState, request: OperationRequest) -> Json:
    """Every storage, or only the one with ``_id`` (an unknown id gives an empty list)."""
    wanted = request.query.get("_id")
    storages = [storage for storage in state.storages.list() if wanted is None or storage["_id"] == wanted]
    return {"storages": [state.storages.view(storage) for storage in storages]}


_PROVIDERS = {"aws": "AWS", "gcs": "GCP", "azure": "AZURE"}


@handler
def create_storage(state: MockState, request: OperationRequest) -> Json:
    """Connect a storage (credentials checked, never kept); ``region`` defaults to eu-central-1.

    The provider is ``provider`` (AWS, GCP, AZURE) or ``type`` (aws, gcs, azure); both may be
    sent if they agree. AWS takes ``publicKey`` and ``privateKey``, or ``credentials``; GCP
    takes ``credentials``, a JSON object or a string holding one; AZURE takes ``credentials``.
    A ``bucket``, when sent, is kept on the storage.
    """
    body: Json = request.body
    provider = _provider(body)
    credentials = body.get("credentials")
    if provider == "AWS":
        missing = [key for key in ("publicKey", "privateKey") if not body.get(key)]
        if missing and not credentials:
            raise bad_request(
                f"Invalid request body: an AWS storage needs {name_list(missing)} (or 'credentials')"
            )
    elif not credentials:
        raise bad_request(f"Invalid request body: a {provider} storage needs 'credentials'")
    elif provider == "GCP" and isinstance(credentials, str):
        try:
            decoded = json.loads(credentials)
        except ValueError:
            decoded = None
        if not isinstance(decoded, dict):
            raise bad_request(
                "Invalid request body at 'credentials': expected a service account's JSON object"
            )
    storage = state.storages.add(body["name"], provider, body.get("region") or _DEFAULT_REGION)
    if body.get("bucket"):
        storage["bucket"] = body["bucket"]
    return {"storage": state.storages.view(storage)}


def _provider(body: Json) -> str:
    from_type = _PROVIDERS.get(body["type"]) if "type" in body else None
    provider = body.get("provider")
    if provider is not None and from_type is not None and provider != from_type:
        raise bad_request(
            f"Invalid request body: 'provider' {provider!r} and 'type' {body['type']!r} disagree"
        )
    chosen = provider or from_type
    if chosen is None:
        raise bad_request("Invalid request body: give the storage's 'provider' (or 'type')")
    return str(chosen)


@handler
def delete_storage(state: MockState, request: OperationRequest) -> Json:
    """Disconnect a storage. Disconnecting it again succeeds again; an unknown one is 404.

    Assets imported from it keep their URLs; new imports naming it answer 404.
    """
    state.storages.delete(request.path["storageId"])
    return {"message": "Storage deleted successfully"}


def _file_view(file: BucketFile) -> Json:
    return {"key": file.key, "size": file.size, "lastModified": file.last_modified}


@handler
def list_storage_files(state: MockState, request: OperationRequest) -> Json:
    """The files of a bucket whose key starts with ``path``, sorted by key (see the module docstring)."""
    storage = state.storages.require(request.path["storageId"])
    query = request.query
    bucket = query["bucketName"]
    prefix = query.get("path", "").lstrip("/")
    files = []
    for file in bucket_files(storage["_id"], bucket):
        if not file.key.startswith(prefix):
            continue
        view = _file_view(file)
        if query.get("getSignedUrls", True):
            view["url"] = storage_file_url(state, request.base_url, storage["_id"], bucket, file.key)
        files.append(view)
    return {"files": files}


def _folder_of(body: Json) -> str:
    folder = str(body.get("folder") or "").lstrip("/")
    return folder if not folder or folder.endswith("/") else folder + "/"


def _scroll_token(folder: str, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{offset}:{folder}".encode()).decode("ascii")


def _offset(token: str | None, folder: str) -> int:
    if not token:
        return 0
    try:
        offset_text, _sep, token_folder = (
            base64.urlsafe_b64decode(token.encode("ascii")).decode().partition(":")
        )
    except (ValueError, UnicodeError, binascii.Error):
        offset_text, token_folder = "", ""
    if not offset_text.isdigit() or token_folder != folder:
        raise unknown_reference("Invalid request body at 'scrollToken': not a token of this folder")
    return int(offset_text)


@handler
def explore_files(state: MockState, request: OperationRequest) -> Json:
    """List a folder of a bucket, or import its files (see the module docstring)."""
    body: Json = request.body
    storage = state.storages.require(body["storageId"])
    bucket = body["bucket"]
    folder = _folder_of(body)
    everything = bucket_files(storage["_id"], bucket)
    below = [file.key[len(folder) :] for file in everything if file.key.startswith(folder)]
    files = [
        file for file in everything if file.key.startswith(folder) and "/" not in file.key[len(folder) :]
    ]
    folders = sorted({folder + rest.split("/", 1)[0] + "/" for rest in below if "/" in rest})
    if body.get("upload"):
        return {"assets": _import(state, storage, bucket, folder, files, body)}
    extensions = _extensions(body)
    if extensions:
        files = [file for file in files if _extension(file.key) in extensions]
    offset = _offset(body.get("scrollToken"), folder)
    page = files[offset : offset + EXPLORE_PAGE_SIZE]
    following = offset + EXPLORE_PAGE_SIZE
    return {
        "folders": folders if offset == 0 else [],
        "files": [_file_view(file) for file in page],
        "scrollToken": _scroll_token(folder, following) if following < len(files) else None,
    }


def _extension(key: str) -> str:
    name = key.rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _extensions(body: Json) -> set[str]:
    return {
        (extension if extension.startswith(".") else "." + extension).lower()
        for extension in body.get("extensions", [])
        if extension
    }


def _import(
    state: MockState, storage: Json, bucket: str, folder: str, files: list[BucketFile], body: Json
) -> int:
    if not body.get("projectId"):
        raise bad_request("Invalid request body: 'upload' needs a 'projectId'")
    project = state.projects.require(body["projectId"])
    by_key = {file.key: file for file in files}
    if "files" in body:
        chosen: list[BucketFile] = []
        unknown: list[str] = []
        for name in body["files"]:
            file = by_key.get(name) or by_key.get(folder + name.lstrip("/"))
            if file is None:
                unknown.append(name)
            else:
                chosen.append(file)
        if unknown:
            raise unknown_reference(
                f"Invalid request body at 'files': not in folder {folder or '/'!r} of bucket {bucket!r}: "
                f"{name_list(unknown)}"
            )
    else:
        extensions = _extensions(body)
        chosen = [file for file in files if not extensions or _extension(file.key) in extensions]
    chosen = list({file.key: file for file in chosen}.values())
    batches = resolve_batches(project, body.get("batches", []), "Invalid request body at 'batches'")
    names = [file.key.rsplit("/", 1)[-1] for file in chosen]
    check_new_external_ids(state, project, names)
    for file, name in zip(chosen, names, strict=True):
        state.create_asset(
            project,
            data=file_url(storage, bucket, file.key),
            external_id=name,
            batches=batches,
            storage=storage["_id"],
        )
    return len(chosen)
