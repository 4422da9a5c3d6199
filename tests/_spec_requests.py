"""Check a recorded HTTP request against the OpenAPI document, as the mock Ango Hub would.

:func:`check_request` takes one entry of ``tests/fixtures/sdk_requests.json`` (a request
exactly as the official SDK puts it on the wire) and answers which operation of the spec
it reaches and what, if anything, the spec refuses in it:

* routing: the path (without the servers' ``/v2`` prefix) is matched against the path
  templates (``{name}`` is one non-empty segment), literal segments winning over templated
  ones as in :mod:`ango_hub.mock.app`; the method must be declared on the matched path;
* query: every parameter the server would parse (``parse_qsl(..., keep_blank_values=True)``)
  must be declared; values, required parameters and ``content: application/json``
  parameters are checked by :func:`ango_hub.mock.web.validation.parse_request` itself, on a
  Starlette request built from the recorded query string;
* body: JSON bodies go through ``parse_request`` too. Form bodies (multipart and
  url-encoded) are checked here against the body schema, because the mock's multipart
  reader knows only file parts: plain fields are coerced to their property's type
  (JSON-decoded when the ``encoding`` says ``application/json``), file parts must be
  ``format: binary`` properties, and the whole form is validated with
  :meth:`ango_hub.mock.web.spec.ApiSpec.violations`.

Nothing here reads or writes files but :func:`load_entries`; no server is started.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from starlette.requests import Request

from ango_hub.mock.web.errors import ApiError
from ango_hub.mock.web.spec import ApiSpec, BodySpec, Operation
from ango_hub.mock.web.validation import parse_request

__all__ = ["RequestCheck", "check_request", "entry_id", "load_entries", "match_operation"]

Json = dict[str, Any]

_TEMPLATE = re.compile(r"\{([^{}/]+)\}")
_INTEGER = re.compile(r"^[+-]?\d+$")
_TRUE = {"true", "True", "1"}
_FALSE = {"false", "False", "0"}
_JSON = "application/json"
_MULTIPART = "multipart/form-data"
_URLENCODED = "application/x-www-form-urlencoded"
#: Body violations listed per request before the rest are summed up.
_MAX_LISTED = 25


@dataclass
class RequestCheck:
    """What the spec makes of one request.

    ``operation_id`` is None when no operation matches (``missing`` then says so);
    ``problems`` lists every refusal, each one sentence naming the parameter or field.
    """

    operation_id: str | None = None
    missing: bool = False
    problems: list[str] = field(default_factory=list)


def load_entries(path: Path) -> list[Json]:
    """Read the fixture file: a JSON list of recorded requests."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise ValueError(f"{path} must hold a JSON list")
    return entries


def entry_id(entry: Mapping[str, Any]) -> str:
    """Return ``"<sdk_method>[<variant>]"``, the test id of an entry."""
    return f"{entry['sdk_method']}[{entry['variant']}]"


def base_path(spec: ApiSpec) -> str:
    """Return the path of the first server URL (``/v2``), without a trailing slash."""
    servers = spec.document.get("servers") or [{"url": "/"}]
    return urlsplit(servers[0]["url"]).path.rstrip("/")


# -- routing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Route:
    path: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    rank: tuple[int, ...]
    operations: Mapping[str, Operation]


def _routes(spec: ApiSpec) -> list[_Route]:
    by_path: dict[str, dict[str, Operation]] = {}
    for operation in spec.operations:
        by_path.setdefault(operation.path, {})[operation.method.upper()] = operation
    routes = []
    for path, operations in by_path.items():
        names = tuple(_TEMPLATE.findall(path))
        regex = ""
        for index, literal in enumerate(_TEMPLATE.split(path)):
            # split() alternates literal text and parameter names.
            regex += re.escape(literal) if index % 2 == 0 else "([^/]+)"
        # Literal segments before templated ones, as the mock sorts its routes.
        rank = tuple(1 if _TEMPLATE.search(segment) else 0 for segment in path.strip("/").split("/"))
        routes.append(_Route(path, re.compile(regex + r"\Z"), names, rank, operations))
    return sorted(routes, key=lambda route: route.rank)


def match_operation(spec: ApiSpec, method: str, path: str) -> tuple[Operation, dict[str, str]] | str:
    """Return the operation ``method path`` reaches and its path parameters, or why none does.

    ``path`` is relative to the server URL (no ``/v2``). A path matched by two templates of
    the same rank that both declare ``method`` is ambiguous and reported as such.
    """
    method = method.upper()
    matched: list[tuple[_Route, dict[str, str]]] = []
    for route in _routes(spec):
        found = route.pattern.match(path)
        if found is not None:
            matched.append((route, dict(zip(route.names, found.groups(), strict=True))))
    if not matched:
        return f"no path of the spec matches {path}"
    with_method = [(route, params) for route, params in matched if method in route.operations]
    if not with_method:
        declared = "; ".join(f"{route.path}: {', '.join(sorted(route.operations))}" for route, _ in matched)
        return f"{method} is not declared on the matching path(s) ({declared})"
    best, params = with_method[0]
    ties = [route.path for route, _ in with_method[1:] if route.rank == best.rank]
    if ties:
        return f"{path} is ambiguous: it matches {best.path} and {', '.join(ties)}"
    return best.operations[method], params


# -- the request --------------------------------------------------------------------------


def check_request(spec: ApiSpec, entry: Mapping[str, Any]) -> RequestCheck:
    """Check one recorded request (an entry of the fixture file) against ``spec``."""
    result = RequestCheck()
    prefix = base_path(spec)
    clean_path: str = entry["clean_path"]
    if prefix and not (clean_path == prefix or clean_path.startswith(prefix + "/")):
        result.missing = True
        result.problems.append(f"the path {clean_path} is outside the API base path {prefix}")
        return result
    relative = clean_path[len(prefix) :] or "/"
    found = match_operation(spec, entry["method"], relative)
    if isinstance(found, str):
        result.missing = True
        result.problems.append(f"operation missing from the spec: {found}")
        return result
    operation, path_params = found
    result.operation_id = operation.operation_id

    query: str = entry.get("query") or ""
    declared = {param.name for param in operation.parameters if param.location == "query"}
    ignored = set(entry.get("ignored_query", []))
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name not in declared and name not in ignored:
            result.problems.append(f"undeclared query parameter {name!r} (the SDK sends {value!r})")

    content = _body_content(spec, operation)
    body_kind, body_problems = _body_kind(entry, content, operation)
    result.problems.extend(body_problems)

    # Path and query parameters, and a JSON body, through the mock's own validator.
    json_body = body_kind == _JSON and _JSON in content
    checked = dataclasses.replace(
        operation,
        body=BodySpec(operation.body.required if operation.body else False, _JSON, content[_JSON]["schema"])
        if json_body
        else None,
    )
    raw_body = json.dumps(entry["body"]).encode("utf-8") if json_body else b""
    message = asyncio.run(_parse(spec, checked, path_params, entry, raw_body))
    if message is not None and json_body and message.startswith("Invalid request body"):
        # parse_request names the most relevant violation; list them all.
        schema = content[_JSON]["schema"]
        result.problems.extend(_body_violations(spec, entry["body"], schema) or [message])
    elif message is not None:
        result.problems.append(message)

    if body_kind in (_MULTIPART, _URLENCODED) and body_kind in content:
        result.problems.extend(_form_problems(spec, entry, body_kind, content[body_kind]))
    return result


def _body_violations(spec: ApiSpec, body: Any, schema: Json) -> list[str]:
    """Every violation of ``schema`` by ``body``, one per location, at most ``_MAX_LISTED``."""
    first: dict[str, str] = {}
    for violation in spec.violations(body, schema):
        first.setdefault(violation.path, violation.describe("Invalid request body"))
    listed = list(first.values())
    if len(listed) > _MAX_LISTED:
        listed = [*listed[:_MAX_LISTED], f"... and {len(listed) - _MAX_LISTED} more location(s)"]
    return listed


def _body_content(spec: ApiSpec, operation: Operation) -> dict[str, Json]:
    """Return the operation's request body media types (``{}`` when it declares no body)."""
    raw = spec.document["paths"][operation.path][operation.method].get("requestBody")
    if raw is None:
        return {}
    return {
        media: dict(spec.resolve(media_object))
        for media, media_object in spec.resolve(raw)["content"].items()
    }


def _body_kind(
    entry: Mapping[str, Any], content: Mapping[str, Json], operation: Operation
) -> tuple[str | None, list[str]]:
    """Return the media type of the SDK's body (None: no body) and any mismatch with the spec."""
    if entry.get("multipart") is not None:
        kind: str | None = _MULTIPART
    elif entry.get("form") is not None:
        kind = _URLENCODED
    elif entry.get("body") is not None:
        kind = _JSON
    else:
        kind = None
    problems = []
    if kind is None:
        if operation.body is not None and operation.body.required:
            declared = ", ".join(content)
            problems.append(f"the SDK sends no body, the spec requires one ({declared})")
    elif not content:
        shown = f"{kind}: {json.dumps(entry.get('body'))[:120]}" if kind == _JSON else kind
        problems.append(f"the SDK sends a body ({shown}), the operation declares no requestBody")
    elif kind not in content:
        problems.append(f"the SDK sends {kind}, the spec's requestBody takes only {', '.join(content)}")
    return kind, problems


async def _parse(
    spec: ApiSpec, operation: Operation, path_params: dict[str, str], entry: Mapping[str, Any], body: bytes
) -> str | None:
    """Run ``parse_request`` on a Starlette request made from the entry; return its refusal."""
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    headers = [(b"host", b"testserver")]
    if body:
        headers.append((b"content-type", _JSON.encode()))
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": entry["method"],
        "scheme": "http",
        "server": ("testserver", 80),
        "root_path": "",
        "path": entry["clean_path"],
        "raw_path": entry["path"].encode("utf-8"),
        "query_string": (entry.get("query") or "").encode("utf-8"),
        "headers": headers,
    }
    try:
        await parse_request(spec, operation, Request(scope, receive), path_params)
    except ApiError as exc:
        return exc.message
    return None


# -- form bodies --------------------------------------------------------------------------


def _form_problems(spec: ApiSpec, entry: Mapping[str, Any], kind: str, media: Json) -> list[str]:
    """Check the fields (and file parts) of a multipart or url-encoded body against the schema."""
    schema = media.get("schema", {})
    resolved = spec.resolve(schema)
    properties: dict[str, Any] = resolved.get("properties", {})
    encoding: dict[str, Any] = media.get("encoding", {})
    if kind == _MULTIPART:
        fields: dict[str, str] = entry["multipart"]["fields"]
        files: list[str] = entry["multipart"]["files"]
    else:
        fields, files = entry["form"], []
    problems: list[str] = []
    instance: dict[str, Any] = {}
    for name, value in fields.items():
        prop = spec.resolve(properties.get(name, {}))
        if _is_file(spec, prop):
            problems.append(f"form field {name!r} is a plain value ({value!r}), the spec expects a file")
            continue
        content_type = str(encoding.get(name, {}).get("contentType", ""))
        if content_type.startswith(_JSON):
            try:
                instance[name] = json.loads(value)
            except ValueError as exc:
                problems.append(f"form field {name!r} is not valid JSON ({exc}): {value!r}")
            continue
        instance[name] = _coerce(prop, value)
    for name in files:
        prop = spec.resolve(properties.get(name, {}))
        if name in properties and not _is_file(spec, prop):
            problems.append(f"form part {name!r} is a file, the spec declares a non-file field")
            continue
        instance[name] = ["<file>"] if prop.get("type") == "array" else "<file>"
    for violation in spec.violations(instance, schema):
        problems.append(violation.describe(f"Invalid {kind} body"))
    return problems


def _is_file(spec: ApiSpec, prop: Mapping[str, Any]) -> bool:
    if prop.get("type") == "array":
        return _is_file(spec, spec.resolve(prop.get("items", {})))
    return prop.get("type") == "string" and prop.get("format") in ("binary", "base64")


def _coerce(prop: Mapping[str, Any], value: str) -> Any:
    """Turn a form value into its property's type, as a server would; leave it when it cannot."""
    kind = prop.get("type")
    if kind == "integer" and _INTEGER.match(value.strip()):
        return int(value)
    if kind == "number":
        try:
            return float(value)
        except ValueError:
            return value
    if kind == "boolean" and value in _TRUE | _FALSE:
        return value in _TRUE
    return value
