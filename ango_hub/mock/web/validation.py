"""Validation of incoming requests against their operation in the OpenAPI document.

Before any handler runs, :func:`parse_request` checks and converts, from the spec:

* path and query parameters: strings are coerced to the schema's type (integers, numbers,
  booleans spelled ``true/false/True/False/1/0``), defaults are applied, and the value is
  validated (``minimum``, ``maxLength``, ``enum``, ...). Parameters declared with
  ``content: application/json`` are JSON-decoded first, then validated;
* JSON request bodies: the content type, UTF-8, JSON syntax (``NaN`` and ``Infinity`` are
  refused) and the schema;
* multipart bodies: the parts the schema requires (``file``, one or more ``files``), that
  file properties (``format: binary``) are files and the other properties plain fields
  (coerced and validated like query parameters, defaults applied), and no undeclared part
  when the schema forbids additional properties. The content of a file part is kept for the
  handler up to :data:`MAX_KEPT_FILE_BYTES`.

Every problem raises :class:`~ango_hub.mock.web.errors.ApiError` (400) naming the field.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from .errors import bad_request
from .spec import ApiSpec, BodySpec, Operation, Parameter

__all__ = ["MAX_KEPT_FILE_BYTES", "OperationRequest", "UploadedFile", "parse_request"]

_INTEGER = re.compile(r"^[+-]?\d+$")
_TRUE = {"true", "True", "1"}
_FALSE = {"false", "False", "0"}

#: File parts up to this size keep their content (``UploadedFile.content``); larger ones not.
MAX_KEPT_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart body, as the handlers see it.

    ``content`` holds the bytes of files up to :data:`MAX_KEPT_FILE_BYTES`, else None.
    """

    filename: str
    content_type: str
    size: int
    content: bytes | None = field(default=None, repr=False, compare=False)


@dataclass
class OperationRequest:
    """A validated request, ready for a handler.

    ``path`` and ``query`` hold the declared parameters, converted to their schema's type
    (query parameters that were not sent hold their schema's default, or are absent);
    ``body`` is the decoded JSON body (None when there is none); ``files`` the file parts of
    a multipart body by part name, ``form`` its plain fields (converted to their schema's
    type, defaults applied); ``base_url`` the server's root URL, ending with ``/``.
    """

    operation_id: str
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    files: dict[str, list[UploadedFile]] = field(default_factory=dict)
    form: dict[str, Any] = field(default_factory=dict)
    base_url: str = "http://testserver/"
    spec: ApiSpec | None = None


async def parse_request(
    spec: ApiSpec,
    operation: Operation,
    request: Request,
    path_params: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Validate ``request`` against ``operation`` and return what the handler needs.

    ``path_params`` are the path parameters by their names in the spec (default: the
    request's own ``path_params``).
    """
    raw_path = request.path_params if path_params is None else path_params
    parsed = OperationRequest(operation_id=operation.operation_id, base_url=str(request.base_url), spec=spec)
    for param in operation.parameters:
        if param.location == "path":
            raw = raw_path.get(param.name)
            if raw is not None:
                parsed.path[param.name] = _parameter_value(spec, param, [raw], "path parameter")
        elif param.location == "query":
            values = request.query_params.getlist(param.name)
            if values:
                parsed.query[param.name] = _parameter_value(spec, param, values, "query parameter")
            elif param.required:
                raise bad_request(f"Missing required query parameter '{param.name}'")
            else:
                default = _default(spec, param.schema)
                if default is not None:
                    parsed.query[param.name] = default
    if operation.body is not None:
        if operation.body.media_type == "multipart/form-data":
            parsed.files, parsed.form = await _multipart_body(spec, operation.body, request)
        else:
            parsed.body = await _json_body(spec, operation.body, request)
    return parsed


# -- parameters ---------------------------------------------------------------------------


def _parameter_value(spec: ApiSpec, param: Parameter, values: list[str], kind: str) -> Any:
    subject = f"Invalid {kind} '{param.name}'"
    if param.json_encoded:
        try:
            value = json.loads(values[-1], parse_constant=_refuse_constant)
        except ValueError as exc:
            raise bad_request(f"{subject}: not valid JSON ({exc})") from None
    else:
        value = _coerce(spec, spec.resolve(param.schema), values, subject)
    violation = spec.violation(value, param.schema, mode="request")
    if violation is not None:
        raise bad_request(violation.describe(subject))
    return value


def _coerce(spec: ApiSpec, schema: Any, values: list[str], subject: str) -> Any:
    kind = schema.get("type") if isinstance(schema, dict) else None
    if kind == "array":
        items = spec.resolve(schema.get("items", {}))
        return [_coerce_one(items, value, subject) for value in values]
    return _coerce_one(schema, values[-1], subject)


def _coerce_one(schema: Any, value: str, subject: str) -> Any:
    kind = schema.get("type") if isinstance(schema, dict) else None
    if kind == "integer":
        if not _INTEGER.match(value.strip()):
            raise bad_request(f"{subject}: {value!r} is not a valid integer")
        return int(value)
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise bad_request(f"{subject}: {value!r} is not a valid number") from None
        if not math.isfinite(number):
            raise bad_request(f"{subject}: {value!r} is not a finite number")
        return number
    if kind == "boolean":
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        raise bad_request(f"{subject}: {value!r} is not a valid boolean (use true or false)")
    return value


def _default(spec: ApiSpec, schema: Any) -> Any:
    if not isinstance(schema, dict):
        return None
    if "default" in schema:
        return schema["default"]
    if "$ref" in schema:
        return _default(spec, spec.resolve(schema))
    return None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


# -- bodies -------------------------------------------------------------------------------


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def _json_body(spec: ApiSpec, body: BodySpec, request: Request) -> Any:
    raw = await request.body()
    if not raw.strip():
        if body.required:
            raise bad_request("Request body is required (application/json)")
        return None
    media_type = _media_type(request)
    if media_type != "application/json" and not media_type.endswith("+json"):
        shown = media_type or "none"
        raise bad_request(f"Unsupported Content-Type '{shown}': this operation takes application/json")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("Request body is not valid UTF-8") from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as exc:
        raise bad_request(f"Malformed JSON in request body: {exc}") from None
    violation = spec.violation(value, body.schema, mode="request")
    if violation is not None:
        raise bad_request(violation.describe("Invalid request body"))
    return value


async def _multipart_body(
    spec: ApiSpec, body: BodySpec, request: Request
) -> tuple[dict[str, list[UploadedFile]], dict[str, Any]]:
    media_type = _media_type(request)
    accepted = {"multipart/form-data"} | {
        other for other in body.media_types if other == "application/x-www-form-urlencoded"
    }
    if media_type not in accepted:
        shown = media_type or "none"
        raise bad_request(
            f"Unsupported Content-Type '{shown}': this operation takes {' or '.join(sorted(accepted))}"
        )
    try:
        form = await request.form()
    except HTTPException as exc:
        raise bad_request(f"Malformed multipart body: {exc.detail}") from None
    except (ValueError, KeyError, AssertionError) as exc:
        raise bad_request(f"Malformed multipart body: {exc}") from None
    try:
        return await _read_parts(spec, body.schema_for(media_type), form)
    finally:
        await form.close()


async def _read_parts(
    spec: ApiSpec, body_schema: Any, form: FormData
) -> tuple[dict[str, list[UploadedFile]], dict[str, Any]]:
    schema = spec.resolve(body_schema)
    properties: dict[str, Any] = schema.get("properties", {})
    if schema.get("additionalProperties") is False:
        unknown = sorted({name for name in form if name not in properties})
        if unknown:
            raise bad_request(f"Unexpected form part(s): {', '.join(repr(name) for name in unknown)}")
    for name in schema.get("required", []):
        if not form.getlist(name):
            raise bad_request(f"Missing required form part '{name}'")
    files: dict[str, list[UploadedFile]] = {}
    fields: dict[str, Any] = {}
    for name, raw_prop in properties.items():
        prop = spec.resolve(raw_prop)
        parts = form.getlist(name)
        if not _is_file_property(spec, prop):
            if parts:
                fields[name] = _form_field(spec, name, raw_prop, prop, parts)
            else:
                default = _default(spec, raw_prop)
                if default is not None:
                    fields[name] = default
            continue
        if not parts:
            continue
        many = prop.get("type") == "array"
        if not many and len(parts) > 1:
            raise bad_request(f"Invalid form part '{name}': expected one file, got {len(parts)}")
        min_items = int(prop.get("minItems", 0))
        if many and len(parts) < min_items:
            raise bad_request(f"Invalid form part '{name}': expected at least {min_items} file(s)")
        uploaded: list[UploadedFile] = []
        for part in parts:
            if not isinstance(part, UploadFile):
                raise bad_request(f"Invalid form part '{name}': expected a file, got a plain field")
            uploaded.append(await _uploaded(part))
        files[name] = uploaded
    return files, fields


def _is_file_property(spec: ApiSpec, prop: Any) -> bool:
    """A property holding a file (``format: binary``), or an array of files."""
    if not isinstance(prop, dict):
        return False
    if prop.get("type") == "array":
        return _is_file_property(spec, spec.resolve(prop.get("items", {})))
    return prop.get("format") == "binary"


def _form_field(spec: ApiSpec, name: str, raw_prop: Any, prop: Any, parts: list[Any]) -> Any:
    subject = f"Invalid form field '{name}'"
    if any(isinstance(part, UploadFile) for part in parts):
        raise bad_request(f"{subject}: expected a plain field, got a file")
    values = [str(part) for part in parts]
    if prop.get("type") != "array" and len(values) > 1:
        raise bad_request(f"{subject}: expected one value, got {len(values)}")
    value = _coerce(spec, prop, values, subject)
    violation = spec.violation(value, raw_prop, mode="request")
    if violation is not None:
        raise bad_request(violation.describe(subject))
    return value


async def _uploaded(part: UploadFile) -> UploadedFile:
    size = part.size
    content: bytes | None = None
    if size is None or size <= MAX_KEPT_FILE_BYTES:
        await part.seek(0)
        data = await part.read()
        size = len(data)
        content = data if size <= MAX_KEPT_FILE_BYTES else None
    return UploadedFile(
        filename=part.filename or "upload",
        content_type=part.content_type or "application/octet-stream",
        size=size,
        content=content,
    )
