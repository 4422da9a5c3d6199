"""Files served by the mock itself: presigned uploads, signed reads, and pretend buckets.

Two routes outside ``/v2``, without API key:

* ``/mock/uploads/<token>/<name>``: a file of the mock's own store (see
  :class:`~ango_hub.mock.state.StoredFile`). ``get_upload_url`` answers this address with a
  query string ``?expires=<unix time>&signature=<hex>``; ``PUT`` on it stores the request
  body (at most ``state.files.max_file_bytes``, 413 beyond; kept in memory, 507 when the
  store is full), only with a valid, unexpired signature (403 otherwise). ``GET`` reads the
  file back: the address itself is readable (the mock's bucket is public-read), and a signed
  URL from ``get_signed_url`` too (its signature, when there is one, must be valid). The
  token is unguessable; the name must be the one given to ``get_upload_url``.
* ``/mock/storage-files/<storageId>/<bucket>/<key>?expires=...&signature=...``: a file of a
  connected storage's pretend bucket (``list_storage_files``, ``explore_files`` and
  ``get_signed_url`` hand these out); the signature is required. The content is made up,
  but always the same for the same storage, bucket and key.

Every connected storage has, in every bucket, the same pretend tree of files
(:data:`BUCKET_KEYS`); sizes and modification times are derived from a hash of the storage
id, the bucket and the key, so listings are deterministic.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import mimetypes
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..state import MockState, StoredFile, format_timestamp
from ..web.errors import ApiError, error_body
from ..web.validation import UploadedFile

__all__ = [
    "BUCKET_KEYS",
    "SIGNED_URL_TTL",
    "STORAGE_FILE_ROUTE",
    "UPLOAD_ROUTE",
    "BucketFile",
    "bucket_file_content",
    "bucket_files",
    "keep_uploaded_file",
    "parse_storage_url",
    "read_url",
    "storage_file_endpoint",
    "storage_file_url",
    "token_of_address",
    "upload_address",
    "upload_endpoint",
    "upload_url",
]

#: The routes (Starlette templates) of the two kinds of files.
UPLOAD_ROUTE = "/mock/uploads/{token}/{name:path}"
STORAGE_FILE_ROUTE = "/mock/storage-files/{storage_id}/{bucket}/{key:path}"
_UPLOAD_PREFIX = "/mock/uploads/"
#: How long presigned and signed URLs are valid (seconds).
SIGNED_URL_TTL = 3600

#: The files of every pretend bucket.
BUCKET_KEYS: tuple[str, ...] = (
    "README.txt",
    *(f"images/image-{index:04d}.jpg" for index in range(1, 13)),
    *(f"images/night/night-{index:04d}.jpg" for index in range(1, 5)),
    *(f"documents/report-{index:04d}.pdf" for index in range(1, 4)),
    *(f"conversations/chat-{index:04d}.json" for index in range(1, 3)),
)
_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
_AWS_HOST = re.compile(r"^(?P<bucket>.+)\.s3\.(?P<region>[a-z0-9-]+)\.amazonaws\.com$")
_AZURE_HOST = re.compile(r"^(?P<bucket>[^.]+)\.blob\.core\.windows\.net$")


# -- signatures ---------------------------------------------------------------------------


def _signature(state: MockState, purpose: str, subject: str, expires: int) -> str:
    message = f"{purpose}\n{subject}\n{expires}".encode()
    return hmac.new(state.files.signing_key, message, hashlib.sha256).hexdigest()


def _signed_query(state: MockState, purpose: str, subject: str) -> str:
    expires = int(state.now().timestamp()) + SIGNED_URL_TTL
    return f"expires={expires}&signature={_signature(state, purpose, subject, expires)}"


def _check_signature(state: MockState, purpose: str, subject: str, request: Request) -> str | None:
    """Return why the request's signature is refused, or None when it is valid."""
    expires_text = request.query_params.get("expires", "")
    signature = request.query_params.get("signature", "")
    if not expires_text.isdigit() or not signature:
        return "The URL is not signed"
    expires = int(expires_text)
    expected = _signature(state, purpose, subject, expires)
    if not hmac.compare_digest(signature.encode("ascii", "replace"), expected.encode("ascii")):
        return "The URL's signature does not match"
    if state.now().timestamp() > expires:
        return "The URL has expired"
    return None


# -- the mock's own files -----------------------------------------------------------------


def upload_address(base_url: str, token: str, name: str) -> str:
    """Return the address of a stored file: ``<root>/mock/uploads/<token>/<name>``."""
    return f"{base_url.rstrip('/')}{_UPLOAD_PREFIX}{token}/{quote(name, safe='')}"


def upload_url(state: MockState, stored: StoredFile) -> str:
    """Return the presigned URL that accepts a PUT of ``stored`` (its address + signature)."""
    return f"{stored.address}?{_signed_query(state, 'put', stored.token)}"


def read_url(state: MockState, base_url: str, stored: StoredFile) -> str:
    """Return a signed URL on the mock that reads ``stored``."""
    address = upload_address(base_url, stored.token, stored.name)
    return f"{address}?{_signed_query(state, 'get', stored.token)}"


def token_of_address(url: str) -> str | None:
    """Return the token of a ``/mock/uploads/<token>/<name>`` URL (any host), else None."""
    path = urlsplit(url).path
    if not path.startswith(_UPLOAD_PREFIX):
        return None
    token = path[len(_UPLOAD_PREFIX) :].split("/", 1)[0]
    return token or None


# -- pretend buckets ----------------------------------------------------------------------


@dataclass(frozen=True)
class BucketFile:
    """A file of a pretend bucket."""

    key: str
    size: int
    last_modified: str


def _digest(storage_id: str, bucket: str, key: str) -> bytes:
    return hashlib.sha256(f"{storage_id}/{bucket}/{key}".encode()).digest()


def bucket_file_content(storage_id: str, bucket: str, key: str) -> bytes:
    """Return the made-up content of a file of a pretend bucket (any key has one)."""
    digest = _digest(storage_id, bucket, key)
    if key.endswith(".json"):
        turns = 1 + digest[0] % 4
        conversation = []
        for turn in range(turns):
            conversation.append({"role": "user", "content": f"Question {turn + 1} about {key}?"})
            conversation.append({"role": "assistant", "content": f"Answer {turn + 1} from {bucket}."})
        return json.dumps(conversation, indent=2).encode()
    line = f"Mock file {key} of bucket {bucket} (storage {storage_id})\n".encode()
    return line * (1 + digest[0] % 64)


@lru_cache(maxsize=256)
def bucket_files(storage_id: str, bucket: str) -> tuple[BucketFile, ...]:
    """Return the files of a pretend bucket of a storage, sorted by key."""
    files = []
    for key in sorted(BUCKET_KEYS):
        digest = _digest(storage_id, bucket, key)
        moment = _EPOCH + timedelta(seconds=int.from_bytes(digest[1:5], "big") % (90 * 86400))
        size = len(bucket_file_content(storage_id, bucket, key))
        files.append(BucketFile(key=key, size=size, last_modified=format_timestamp(moment)))
    return tuple(files)


def storage_file_url(state: MockState, base_url: str, storage_id: str, bucket: str, key: str) -> str:
    """Return a signed URL on the mock that reads a file of a storage's pretend bucket."""
    subject = f"{storage_id}/{bucket}/{key}"
    path = f"/mock/storage-files/{quote(storage_id, safe='')}/{quote(bucket, safe='')}/{quote(key)}"
    return f"{base_url.rstrip('/')}{path}?{_signed_query(state, 'storage', subject)}"


def parse_storage_url(url: str) -> tuple[str, str | None, str, str] | None:
    """Split a bucket URL into ``(provider, region, bucket, key)``, or None.

    Understands the shapes :func:`~ango_hub.mock.files.storage_urls.file_url` makes:
    ``https://<bucket>.s3.<region>.amazonaws.com/<key>`` (AWS),
    ``https://storage.googleapis.com/<bucket>/<key>`` (GCP) and
    ``https://<bucket>.blob.core.windows.net/<key>`` (AZURE).
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = unquote(parts.path).lstrip("/")
    aws = _AWS_HOST.match(host)
    if aws is not None and path:
        return "AWS", aws.group("region"), aws.group("bucket"), path
    azure = _AZURE_HOST.match(host)
    if azure is not None and path:
        return "AZURE", None, azure.group("bucket"), path
    if host == "storage.googleapis.com" and "/" in path:
        bucket, key = path.split("/", 1)
        if bucket and key:
            return "GCP", None, bucket, key
    return None


# -- the routes ---------------------------------------------------------------------------


def _error(status: int, message: str) -> Response:
    return JSONResponse(error_body(status, message), status_code=status)


def _guess_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"The file is larger than the mock's limit of {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise ApiError(413, f"The file is larger than the mock's limit of {limit} bytes")
    return bytes(body)


def upload_endpoint(state: MockState) -> Callable[[Request], Awaitable[Response]]:
    """``PUT`` (presigned) and ``GET`` of the mock's own files (see the module docstring)."""

    async def endpoint(request: Request) -> Response:
        token = request.path_params["token"]
        stored = state.files.get(token)
        if stored is None or request.path_params["name"] != stored.name:
            return _error(404, f"File not found: {request.url.path}")
        if request.method == "PUT":
            refused = _check_signature(state, "put", token, request)
            if refused is not None:
                return _error(403, refused)
            try:
                content = await _read_limited(request, state.files.max_file_bytes)
                content_type = request.headers.get("content-type") or _guess_type(stored.name)
                state.files.put_content(token, content, content_type)
            except ApiError as exc:
                return _error(exc.status, exc.message)
            return Response(status_code=200, headers={"ETag": f'"{hashlib.md5(content).hexdigest()}"'})
        if "signature" in request.query_params:
            refused = _check_signature(state, "get", token, request)
            if refused is not None:
                return _error(403, refused)
        with state.lock:
            content_or_none, content_type = stored.content, stored.content_type
        if content_or_none is None:
            return _error(404, f"File not uploaded yet: {request.url.path}")
        return Response(content_or_none, media_type=content_type)

    return endpoint


def storage_file_endpoint(state: MockState) -> Callable[[Request], Awaitable[Response]]:
    """``GET`` of a file of a storage's pretend bucket, with a signed URL."""

    async def endpoint(request: Request) -> Response:
        storage_id = request.path_params["storage_id"]
        bucket = request.path_params["bucket"]
        key = request.path_params["key"]
        refused = _check_signature(state, "storage", f"{storage_id}/{bucket}/{key}", request)
        if refused is not None:
            return _error(403, refused)
        if state.storages.get(storage_id) is None:
            return _error(404, f"Storage not found: {storage_id}")
        return Response(bucket_file_content(storage_id, bucket, key), media_type=_guess_type(key))

    return endpoint


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
    state.files.add(stored)
    try:
        state.files.put_content(stored.token, upload.content, upload.content_type)
    except ApiError:
        state.files.forget(stored.token)
        return None
    return stored
