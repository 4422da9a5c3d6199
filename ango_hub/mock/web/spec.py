"""The OpenAPI document the mock is built from, and validation of values against its schemas.

:class:`ApiSpec` loads ``openapi/ango-hub.yaml``, lists its operations (path, method,
parameters, request body) and validates JSON values against any schema of the document
with ``openapi_schema_validator.OAS30Validator``. ``$ref`` pointers such as
``#/components/schemas/Task`` are resolved against the whole document, which is held in a
``referencing`` registry. The app validates requests with it, and the tests validate the
app's responses with the very same code.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import yaml
from jsonschema.exceptions import ValidationError, best_match
from openapi_schema_validator import OAS30ReadValidator, OAS30Validator, OAS30WriteValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

__all__ = [
    "HTTP_METHODS",
    "ApiSpec",
    "BodySpec",
    "Operation",
    "Parameter",
    "SchemaViolation",
    "SpecNotFoundError",
    "default_spec_path",
]

Json = dict[str, Any]

SPEC_FILENAME = "ango-hub.yaml"
#: The base URI the document is registered under, so that ``#/components/...`` resolves.
SPEC_URI = "urn:ango-hub:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_MAX_MESSAGE = 400
#: Validators are cached by schema; the document has a few hundred schemas.
_MAX_VALIDATORS = 2048


#: What a value is validated as: a request (``writeOnly`` may be required), a response
#: (``writeOnly`` must be absent), or either.
ValidationMode = Literal["any", "request", "response"]
_VALIDATORS: dict[str, Any] = {
    "any": OAS30Validator,
    "request": OAS30WriteValidator,
    "response": OAS30ReadValidator,
}


class SpecNotFoundError(FileNotFoundError):
    """Neither the repository's ``openapi/ango-hub.yaml`` nor the packaged copy exists."""


def default_spec_path() -> Path:
    """Return the path of the OpenAPI document the mock serves by default.

    The repository file ``openapi/ango-hub.yaml`` (two levels above the ``ango_hub.mock``
    package) comes first; an installed package may instead ship a copy as
    ``ango_hub/mock/ango-hub.yaml``.
    """
    package_dir = Path(__file__).resolve().parent.parent  # ango_hub/mock, this module is in web/
    candidates = [package_dir.parent.parent / "openapi" / SPEC_FILENAME, package_dir / SPEC_FILENAME]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(candidate) for candidate in candidates)
    raise SpecNotFoundError(f"The Ango Hub OpenAPI document was not found (tried: {tried})")


@dataclass(frozen=True)
class SchemaViolation:
    """Why a value does not match a schema: where (``assets/0/data``, empty at the root) and what."""

    path: str
    message: str

    def describe(self, subject: str) -> str:
        """Return ``"<subject> at '<path>': <message>"``, or without the path at the root."""
        where = f" at '{self.path}'" if self.path else ""
        return f"{subject}{where}: {self.message}"


@dataclass(frozen=True)
class Parameter:
    """A path or query parameter of an operation, with its ``$ref`` resolved."""

    name: str
    location: str
    required: bool
    schema: Json
    json_encoded: bool
    """True when the parameter is declared with ``content: application/json``."""


@dataclass(frozen=True)
class BodySpec:
    """The request body of an operation: its media type and schema."""

    required: bool
    media_type: str
    schema: Json
    #: Every media type the operation accepts, the preferred (``media_type``) first.
    media_types: tuple[str, ...] = ()
    #: The schema of each accepted media type.
    schemas: tuple[tuple[str, Json], ...] = ()

    def schema_for(self, media_type: str) -> Json:
        """The schema of ``media_type`` (the preferred one's if it is not listed)."""
        return dict(self.schemas).get(media_type, self.schema)


@dataclass(frozen=True)
class Operation:
    """One operation of the document (one path and method)."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: BodySpec | None
    responses: Json
    tags: tuple[str, ...] = ()
    """The operation's tags; the first names the handler module (``ango_hub/mock/handlers/<tag>.py``)."""


class ApiSpec:
    """An OpenAPI 3.0 document: its operations, ``$ref`` resolution and schema validation."""

    def __init__(self, document: Json, raw: bytes, path: Path | None = None) -> None:
        self.document = document
        self.raw = raw
        self.path = path
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(document, default_specification=DRAFT4)
        )
        self._validators: dict[tuple[int, ValidationMode], tuple[Json, Any]] = {}
        self.operations = tuple(self._read_operations())

    @classmethod
    def load(cls, path: Path | None = None) -> ApiSpec:
        """Read the document at ``path`` (default: :func:`default_spec_path`)."""
        spec_path = path if path is not None else default_spec_path()
        try:
            raw = spec_path.read_bytes()
        except FileNotFoundError:
            raise SpecNotFoundError(f"The OpenAPI document {spec_path} does not exist") from None
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(raw, Loader=loader)  # a safe loader, C-accelerated when available
        if not isinstance(document, dict) or "paths" not in document:
            raise ValueError(f"{spec_path} is not an OpenAPI document")
        # YAML may hold values JSON does not (dates); the validator wants plain JSON.
        document = json.loads(json.dumps(document, default=str))
        return cls(document, raw, spec_path)

    # -- lookups --------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """Follow a chain of local ``$ref`` pointers (``#/components/...``) and return the target."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                raise ValueError(f"Cannot resolve $ref {ref!r}")
            seen.add(ref)
            node = self.document
            for token in ref[2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    def schema(self, name: str) -> Json:
        """Return ``#/components/schemas/<name>``."""
        return cast(Json, self.document["components"]["schemas"][name])

    def operation(self, operation_id: str) -> Operation:
        """Return the operation with this ``operationId``."""
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(operation_id)

    def response_schema(self, operation_id: str, status: int | str) -> Json | None:
        """Return the JSON schema of an operation's response with this status, if it has one."""
        responses = self.operation(operation_id).responses
        response = responses.get(str(status), responses.get("default"))
        if response is None:
            return None
        content = self.resolve(response).get("content", {})
        media = content.get("application/json")
        return None if media is None else cast(Json, media.get("schema"))

    # -- validation -----------------------------------------------------------------------

    def violation(
        self, instance: Any, schema: Mapping[str, Any], *, mode: ValidationMode = "any"
    ) -> SchemaViolation | None:
        """Validate ``instance`` against ``schema`` (a schema of this document).

        ``mode`` is ``"request"`` for what a client sends (``writeOnly`` properties may be
        required, ``readOnly`` ones must not be sent), ``"response"`` for what the server
        answers (``writeOnly`` properties, such as secrets, must never appear), or ``"any"``.

        Returns the most relevant violation (``jsonschema.best_match``), or None when valid.
        ``date-time`` and the other formats the validator knows are checked. Validators are
        cached per schema object, so pass long-lived schemas (the document's, or constants).
        """
        error = best_match(self._validator(schema, mode).iter_errors(instance))
        if error is None:
            return None
        return _violation(error)

    def violations(
        self, instance: Any, schema: Mapping[str, Any], *, mode: ValidationMode = "any"
    ) -> list[SchemaViolation]:
        """Return every violation of ``schema`` by ``instance`` (empty when valid)."""
        return [_violation(error) for error in self._validator(schema, mode).iter_errors(instance)]

    def _validator(self, schema: Mapping[str, Any], mode: ValidationMode = "any") -> Any:
        cached = self._validators.get((id(schema), mode))
        if cached is not None and cached[0] is schema:
            return cached[1]
        validator_class = _VALIDATORS[mode]
        validator = validator_class(
            _anchor_refs(schema),
            registry=self._registry,
            format_checker=validator_class.FORMAT_CHECKER,
        )
        if len(self._validators) >= _MAX_VALIDATORS:  # only throwaway schemas get this far
            self._validators.clear()
        # Keep the schema alive with its validator, so that its id() is not reused.
        self._validators[(id(schema), mode)] = (cast(Json, schema), validator)
        return validator

    # -- reading the document -------------------------------------------------------------

    def _read_operations(self) -> Iterator[Operation]:
        for path, path_item in self.document["paths"].items():
            common = path_item.get("parameters", [])
            for method in HTTP_METHODS:
                raw = path_item.get(method)
                if raw is None:
                    continue
                operation_id = raw.get("operationId")
                if not operation_id:
                    raise ValueError(f"{method.upper()} {path} has no operationId")
                yield Operation(
                    operation_id=operation_id,
                    method=method,
                    path=path,
                    parameters=tuple(self._parameters(common, raw.get("parameters", []))),
                    body=self._body(raw.get("requestBody")),
                    responses=raw.get("responses", {}),
                    tags=tuple(str(tag) for tag in raw.get("tags", [])),
                )

    def _parameters(self, common: list[Any], own: list[Any]) -> Iterator[Parameter]:
        merged: dict[tuple[str, str], Json] = {}
        for raw in [*common, *own]:
            param = self.resolve(raw)
            merged[(param["name"], param["in"])] = param
        for (name, location), param in merged.items():
            if "content" in param:
                schema = param["content"].get("application/json", {}).get("schema", {})
                json_encoded = True
            else:
                schema = param.get("schema", {})
                json_encoded = False
            yield Parameter(
                name=name,
                location=location,
                required=bool(param.get("required", location == "path")),
                schema=schema,
                json_encoded=json_encoded,
            )

    def _body(self, raw: Any) -> BodySpec | None:
        if raw is None:
            return None
        body = self.resolve(raw)
        content: Json = body.get("content", {})
        if not content:
            return None
        media_type = next(iter(content))
        return BodySpec(
            required=bool(body.get("required", False)),
            media_type=media_type,
            schema=content[media_type].get("schema", {}),
            media_types=tuple(content),
            schemas=tuple((name, media.get("schema", {})) for name, media in content.items()),
        )


def _anchor_refs(schema: Mapping[str, Any]) -> Json:
    """Copy ``schema`` with local ``$ref`` pointers made absolute (``urn:ango-hub:openapi#/...``).

    A schema taken out of the document has no base URI of its own: its ``#/components/...``
    pointers must name the document. Pointers inside the referenced schemas resolve against
    the document by themselves.
    """

    def anchor(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: (
                    SPEC_URI + value
                    if key == "$ref" and isinstance(value, str) and value.startswith("#")
                    else anchor(value)
                )
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [anchor(item) for item in node]
        return node

    return cast(Json, anchor(copy.deepcopy(dict(schema))))


def _violation(error: ValidationError, within: ValidationError | None = None) -> SchemaViolation:
    """Describe an error; a choice between named shapes is described by its shapes.

    ``best_match`` descends into the branches of a ``oneOf``/``anyOf``, and the branch it
    picks may not be the one the sender meant. When the choice's branches have titles (the
    providers of a storage): if the value names one branch (none of its ``enum`` values
    fails), its own error is given, with the branch's title; otherwise the shapes are
    listed. A long ``pattern`` is named by its schema's description rather than shown.
    ``within`` is a choice already described: only the choices below it count.
    """
    choice = next((ancestor for ancestor in _lineage(error, within) if _titled_choice(ancestor)), None)
    if choice is not None:
        chosen = _chosen_branch(choice)
        if chosen is not None:
            title, inner = chosen
            described = _violation(inner, within=choice)
            return SchemaViolation(path=described.path, message=f"{described.message} (as {title})")
        error = choice
        shapes = [
            f"{branch['title']} ({branch['description']})"
            if branch.get("description")
            else str(branch["title"])
            for branch in error.validator_value
        ]
        message = "fits none of the shapes it may take: " + "; ".join(shapes)
    elif _required_choice(error):
        needs = [" and ".join(repr(name) for name in branch["required"]) for branch in error.validator_value]
        message = f"needs {', or '.join(needs)}"
    elif error.validator == "pattern" and len(str(error.validator_value)) > _LONG_PATTERN:
        expected = error.schema.get("description") if isinstance(error.schema, dict) else None
        message = f"{error.instance!r} is not in the expected form" + (f": {expected}" if expected else "")
    else:
        message = error.message
    path = "/".join(str(part) for part in error.absolute_path)
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 3] + "..."
    return SchemaViolation(path=path, message=message)


def _chosen_branch(choice: ValidationError) -> tuple[str, ValidationError] | None:
    """The one branch of a titled choice that the value names (none of its ``enum`` checks
    fails), with its most relevant error; None unless exactly one branch is named.

    The branches of a storage differ by ``provider``: a body that says ``GCP`` chose the GCP
    branch, and what is wrong is what that branch says.
    """
    by_branch: dict[int, list[ValidationError]] = {}
    for inner in choice.context or []:
        index = inner.relative_schema_path[0] if inner.relative_schema_path else None
        if isinstance(index, int):
            by_branch.setdefault(index, []).append(inner)
    named = [
        index
        for index, errors in by_branch.items()
        if not any(nested.validator == "enum" for error in errors for nested in _descendants(error))
    ]
    if len(named) != 1:
        return None
    best = best_match(by_branch[named[0]])
    if best is None:
        return None
    return str(choice.validator_value[named[0]]["title"]), best


def _descendants(error: ValidationError) -> list[ValidationError]:
    found = [error]
    for inner in error.context or []:
        found.extend(_descendants(inner))
    return found


#: Patterns longer than this are described, not shown, in messages.
_LONG_PATTERN = 60


def _lineage(error: ValidationError, within: ValidationError | None = None) -> list[ValidationError]:
    """The error and the errors it is a branch of, innermost first (up to ``within``, excluded)."""
    chain: list[ValidationError] = []
    current: ValidationError | None = error
    while current is not None and current is not within:
        chain.append(current)
        current = current.parent
    return chain


def _required_choice(error: ValidationError) -> bool:
    """A choice between sets of required properties (``anyOf: [{required: [a]}, ...]``)."""
    branches = error.validator_value
    return (
        error.validator in ("oneOf", "anyOf")
        and isinstance(branches, list)
        and bool(branches)
        and all(isinstance(branch, dict) and branch.get("required") for branch in branches)
    )


def _titled_choice(error: ValidationError) -> bool:
    branches = error.validator_value
    return (
        error.validator in ("oneOf", "anyOf")
        and isinstance(branches, list)
        and bool(branches)
        and all(isinstance(branch, dict) and "title" in branch for branch in branches)
    )
