"""The Starlette application of the mock Ango Hub, with its routes built from the spec.

For every path and method of the OpenAPI document, :func:`create_app` registers a route at
``/v2`` + path and dispatches it to the handler of the operation's ``operationId``. The
spellings the official SDK writes are served directly, as the API serves them: a doubled
slash after the prefix (``/v2//project/<id>/rerun-webhook``) and a trailing slash
(``/v2/storages/``, ``/v2/llms/``) reach the same operation, without a redirect. A
request goes through, in order: routing (unknown path: 404, wrong method: 405), the
``apikey`` header (401), validation against the spec (400, see
:mod:`ango_hub.mock.web.validation`), then the handler, under the store's lock. Successes
answer ``{"status": "success", "data": ...}``; failures the spec's ``ErrorResponse``.

Besides the API, the app serves:

* ``GET /openapi.yaml``: the document itself (no API key);
* ``GET /mock/exports/<id>.zip``: prepared exports (no API key; the id is unguessable);
* ``PUT``/``GET /mock/uploads/<token>/<name>``: files uploaded to the URLs of
  ``get_upload_url`` (no API key; see :mod:`ango_hub.mock.files.uploads`);
* ``GET /mock/storage-files/<storageId>/<bucket>/<key>``: files of the pretend buckets of
  connected storages, with signed URLs (no API key; see :mod:`ango_hub.mock.files.uploads`);
* ``GET /mock/demo-images/<folder>/<name>.png``: the pictures of the demo assets, drawn by
  the mock (no API key; see :mod:`ango_hub.mock.files.demo_images`).

URLs of the mock's own files are shown with the root URL each request reached the mock at
(see :mod:`ango_hub.mock.web.own_urls`).
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .behaviours.faults import FaultConfig, install_faults
from .behaviours.loadtest import add_load_test
from .behaviours.perturb import perturbed
from .files.archive import EXPORT_PATH, archive_validators, byte_range, iter_file, write_archive
from .files.demo_images import DEMO_IMAGE_ROUTE, demo_image_endpoint
from .files.uploads import STORAGE_FILE_ROUTE, UPLOAD_ROUTE, storage_file_endpoint, upload_endpoint
from .handlers import HANDLERS
from .state import MockState
from .state.seed import apply_seed
from .web.errors import ApiError, error_body
from .web.handling import Handler, RawBody
from .web.own_urls import served_at
from .web.spec import ApiSpec, Operation, default_spec_path
from .web.validation import parse_request

if TYPE_CHECKING:
    from .web.coverage import FieldCoverage

__all__ = ["API_PREFIX", "MissingHandlerError", "create_app", "mock_state"]

#: The path prefix of the API, as in the spec's server URLs.
API_PREFIX = "/v2"
DEFAULT_API_KEY = "mock-api-key"

logger = logging.getLogger("ango_hub.mock")

_TEMPLATE = re.compile(r"\{([^{}/]+)\}")


class MissingHandlerError(RuntimeError):
    """An operation of the spec has no handler in the mock."""


def create_app(
    *,
    api_key: str = DEFAULT_API_KEY,
    seed: str | None = None,
    spec_path: Path | None = None,
    validate_responses: bool = False,
    tasks: int | None = None,
    faults: FaultConfig | None = None,
    strict: bool = False,
    perturb: bool = False,
    coverage: FieldCoverage | None = None,
) -> Starlette:
    """Build the mock Ango Hub.

    ``api_key`` is the only key accepted in the ``apikey`` header. ``seed`` fills the
    organization: None leaves it empty but for one storage, ``"demo"`` loads the demo
    organization (see :mod:`ango_hub.mock.state.seed`). ``spec_path`` is the OpenAPI document
    (default: :func:`ango_hub.mock.web.spec.default_spec_path`). With ``validate_responses``,
    every success body is checked against the operation's response schema, and a body that
    does not conform becomes a 500 error (the tests turn this on).

    ``tasks`` adds, on top of the seed, a ``Load test`` project with that many tasks (see
    :mod:`ango_hub.mock.behaviours.loadtest`). ``faults`` injects latency, rate limits, errors, dropped
    connections and truncated downloads (see :mod:`ango_hub.mock.behaviours.faults`). ``strict``
    refuses, with a 400, what the real service refuses beyond the spec: answers and label
    imports that do not fit the project's label set, stages the project does not have (see
    :mod:`ango_hub.mock.behaviours.strict`; ``mock_state(app).strict`` turns it on or off later).
    ``perturb`` makes four operations answer what the spec does not say, one documented
    way each, to try drift checks on (see :mod:`ango_hub.mock.behaviours.perturb`). ``coverage``
    records the properties of the response schemas that each success answer holds (see
    :mod:`ango_hub.mock.web.coverage`).

    The store is ``app.state.mock`` (see :func:`mock_state`) and the document
    ``app.state.spec``: loaded once per version of its file and shared, with the validators it
    caches, by every app built from that file (read it, never change it). Raises
    :class:`MissingHandlerError` when an operation of the document has no handler (a function
    named after it, marked with :func:`ango_hub.mock.web.handling.handler`, in the handler module of
    its tag).
    """
    spec = _shared_spec(spec_path)
    missing = [operation for operation in spec.operations if operation.operation_id not in HANDLERS]
    if missing:
        where = ", ".join(
            f"{operation.operation_id} (in ango_hub/mock/handlers/{_module_of(operation)}.py)"
            for operation in missing
        )
        raise MissingHandlerError(f"The mock has no handler for operation(s): {where}")
    state = MockState(strict=strict)
    apply_seed(state, seed)
    if tasks is not None:
        add_load_test(state, tasks)
    context = _Context(spec, state, api_key.encode("utf-8"), validate_responses, perturb, coverage)
    app = Starlette(
        routes=_routes(context),
        exception_handlers={HTTPException: _http_error},
        middleware=[Middleware(_SlashTolerance)],
    )
    app.state.mock = state
    app.state.spec = spec
    if faults is not None and faults.active:
        install_faults(app, faults, api_prefix=API_PREFIX)
    return app


#: The documents loaded so far, by path and version of the file: an app's document is read-only, so
#: the apps of one file share it, with the validators it caches (most of a new app's cost).
_SPECS: dict[tuple[Path, int, int], ApiSpec] = {}
_SPECS_LOCK = threading.Lock()


def _shared_spec(spec_path: Path | None) -> ApiSpec:
    """The document at ``spec_path`` (default: the packaged one), loaded once per version of the file."""
    path = (spec_path if spec_path is not None else default_spec_path()).resolve()
    try:
        stat = path.stat()
    except OSError:
        return ApiSpec.load(path)  # raises the error that says what is wrong
    key = (path, stat.st_mtime_ns, stat.st_size)
    with _SPECS_LOCK:
        spec = _SPECS.get(key)
        if spec is None:
            spec = ApiSpec.load(path)
            for stale in [other for other in _SPECS if other[0] == path]:
                del _SPECS[stale]
            _SPECS[key] = spec
        return spec


def _module_of(operation: Operation) -> str:
    """The handler module of an operation: its first tag's."""
    return operation.tags[0] if operation.tags else "<tag>"


def mock_state(app: Starlette) -> MockState:
    """Return the store of an app made by :func:`create_app`."""
    state = app.state.mock
    if not isinstance(state, MockState):
        raise TypeError("This app was not made by ango_hub.mock.create_app")
    return state


@dataclass(frozen=True)
class _Context:
    spec: ApiSpec
    state: MockState
    api_key: bytes = field(repr=False)  # never shown, not even in a repr
    validate_responses: bool = False
    perturb: bool = False
    coverage: FieldCoverage | None = None

    def authorized(self, request: Request) -> bool:
        provided = request.headers.get("apikey")
        return provided is not None and secrets.compare_digest(provided.encode("latin-1"), self.api_key)


def _routes(context: _Context) -> list[Route]:
    by_path: dict[str, dict[str, Operation]] = {}
    for operation in context.spec.operations:
        by_path.setdefault(operation.path, {})[operation.method.upper()] = operation
    routes = [
        Route("/openapi.yaml", _spec_endpoint(context.spec), methods=["GET"]),
        Route(EXPORT_PATH, _export_endpoint(context.state), methods=["GET"]),
        Route(UPLOAD_ROUTE, upload_endpoint(context.state), methods=["GET", "PUT"]),
        Route(STORAGE_FILE_ROUTE, storage_file_endpoint(context.state), methods=["GET"]),
        Route(DEMO_IMAGE_ROUTE, demo_image_endpoint(context.state), methods=["GET"]),
    ]
    # Literal segments before templated ones: /listProjects is never taken for /{projectId}/...
    for path in sorted(by_path, key=_literal_first):
        route_path, names = _starlette_path(path)
        operations = by_path[path]
        routes.append(
            Route(
                API_PREFIX + route_path,
                _operation_endpoint(context, operations, names),
                methods=list(operations),
            )
        )
    return routes


class _SlashTolerance:
    """Route the official SDK's path spellings to the spec's paths (ASGI middleware).

    Under the API prefix, ``/v2//x`` is routed as ``/v2/x`` and ``/v2/x/`` as ``/v2/x``:
    the SDK posts to ``/v2//project/<id>/rerun-webhook``, ``/v2/storages/`` and
    ``/v2/llms/``. Only literal slashes of the raw path count (an encoded ``%2F`` in an id
    stays what it is), and empty segments elsewhere are left alone.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope = _tolerant_path(scope)
        await self.app(scope, receive, send)


_PREFIX = API_PREFIX.encode("ascii")


def _tolerant_path(scope: Scope) -> Scope:
    raw: bytes = scope.get("raw_path") or scope["path"].encode("utf-8")
    path, separator, query = raw.partition(b"?")  # some servers keep the query in raw_path
    cleaned = path
    if cleaned.startswith(_PREFIX + b"//"):
        cleaned = _PREFIX + b"/" + cleaned[len(_PREFIX) :].lstrip(b"/")
    if cleaned.startswith(_PREFIX + b"/") and len(cleaned) > len(_PREFIX) + 1 and cleaned.endswith(b"/"):
        cleaned = cleaned[:-1]
    if cleaned == path:
        return scope
    return {
        **scope,
        "path": unquote(cleaned.decode("latin-1")),
        "raw_path": cleaned + separator + query,
    }


def _literal_first(path: str) -> list[int]:
    return [1 if _TEMPLATE.search(segment) else 0 for segment in path.strip("/").split("/")]


def _starlette_path(path: str) -> tuple[str, dict[str, str]]:
    """Turn ``/a/{name}`` into ``/a/{p0}`` (any spec name is a valid regex group then)."""
    names: dict[str, str] = {}

    def alias(match: re.Match[str]) -> str:
        key = f"p{len(names)}"
        names[key] = match.group(1)
        return "{" + key + "}"

    return _TEMPLATE.sub(alias, path), names


def _operation_endpoint(
    context: _Context, operations: dict[str, Operation], names: dict[str, str]
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        operation = operations[method]
        if not context.authorized(request):
            return _error(401, "Invalid API KEY")
        path_params = {names[key]: value for key, value in request.path_params.items() if key in names}
        try:
            parsed = await parse_request(context.spec, operation, request, path_params)
            return _run(context, operation, HANDLERS[operation.operation_id], parsed)
        except ApiError as exc:
            return _error(exc.status, exc.message)
        except ClientDisconnect:
            # The client went away while its request was read (e.g. it timed out): nothing
            # was done, and nobody is left to answer.
            return Response(status_code=499)
        except Exception:
            logger.exception("The mock failed on %s", operation.operation_id)
            return _error(500, f"The mock failed on {operation.operation_id}")

    return endpoint


def _run(context: _Context, operation: Operation, handler: Handler, parsed: Any) -> Response:
    with context.state.lock, served_at(parsed.base_url):
        result = handler(context.state, parsed)
        if isinstance(result, RawBody):
            return _raw(context, operation, result)
        payload = {"status": "success", "data": result}
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if context.validate_responses:
        schema = context.spec.response_schema(operation.operation_id, 200)
        violation = None if schema is None else context.spec.violation(payload, schema, mode="response")
        if violation is not None:
            message = violation.describe(f"The mock's response to {operation.operation_id} does not conform")
            logger.error("%s", message)
            return _error(500, message)
    if context.coverage is not None:
        context.coverage.record(operation.operation_id, payload)
    if context.perturb:
        changed = perturbed(operation.operation_id, payload)
        if changed is not None:
            body = json.dumps(changed, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, media_type="application/json")


def _raw(context: _Context, operation: Operation, result: RawBody) -> Response:
    """A response that is not JSON; its media type must be one the spec declares for 200."""
    if context.validate_responses:
        response = context.spec.resolve(operation.responses.get("200", {}))
        declared = response.get("content", {}) if isinstance(response, dict) else {}
        if result.media_type not in declared:
            message = (
                f"The mock's response to {operation.operation_id} does not conform: "
                f"media type {result.media_type!r} is not declared"
            )
            logger.error("%s", message)
            return _error(500, message)
    return Response(result.content, media_type=result.media_type)


def _spec_endpoint(spec: ApiSpec) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        return Response(spec.raw, media_type="application/yaml")

    return endpoint


def _export_endpoint(state: MockState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        export_id = request.path_params["export_id"]
        job = state.exports.get(export_id)
        if job is None:
            return _error(404, f"Export not found: {export_id}")
        archive = await run_in_threadpool(write_archive, job)
        size, etag, last_modified = await run_in_threadpool(archive_validators, job, archive)
        headers = {
            "Content-Disposition": f'attachment; filename="export-{job.project_id}.zip"',
            "Accept-Ranges": "bytes",
            "ETag": etag,
            "Last-Modified": last_modified,
        }
        wanted = byte_range(
            request.headers.get("range"),
            request.headers.get("if-range"),
            size=size,
            etag=etag,
            last_modified=last_modified,
        )
        if wanted is None:
            headers["Content-Length"] = str(size)
            return StreamingResponse(iter_file(archive), media_type="application/zip", headers=headers)
        first, last = wanted
        if first >= size:
            archive.close()
            headers["Content-Range"] = f"bytes */{size}"
            return _error(416, f"Range not satisfiable: the archive has {size} bytes", headers)
        archive.seek(first)
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        headers["Content-Length"] = str(last - first + 1)
        return StreamingResponse(
            iter_file(archive, limit=last - first + 1),
            status_code=206,
            media_type="application/zip",
            headers=headers,
        )

    return endpoint


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(error_body(status, message), status_code=status, headers=headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own errors (unknown route, wrong method, bad multipart) as ``ErrorResponse``."""
    if not isinstance(exc, HTTPException):  # pragma: no cover - registered for HTTPException only
        return _error(500, "Internal error")
    if exc.status_code == 404:
        message = f"Not found: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        message = f"Method {request.method} not allowed on {request.url.path}"
    else:
        message = exc.detail
    return _error(exc.status_code, message, dict(exc.headers) if exc.headers else None)
