"""An answer of the API against the spec: every place where it says something the spec does not.

The schemas come from ``ango_hub_api/response_schemas.json``, which ``scripts/generate.py``
writes from the spec next to the generated package (no YAML and no JSON Schema library at
run time). The checker reads the keywords the spec uses in answers: ``type``,
``properties``, ``required``, ``additionalProperties``, ``enum``, ``items``, ``$ref``,
``oneOf``/``anyOf``/``allOf``, ``nullable`` and ``format: date-time``.

It reports, rather than stops at the first problem: every finding names its JSON path (array
items as ``[*]``, so that one drift in a list of 100 items is one finding counted 100
times), the nearest named schema, what the spec expects and an example of what came
(truncated; secret values hidden). An enum the spec declares open (``anyOf: [<enum>,
{type: string}]``, as ``Task.status``) accepts any string: a new value there is no drift.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime
from importlib import resources
from typing import Any, Literal

__all__ = ["KINDS", "Finding", "FindingKind", "SpecAnswers", "example_of", "spec_answers"]

FindingKind = Literal[
    "undeclared-field",
    "enum-value",
    "type",
    "required-missing",
    "format",
    "status-code",
    "media-type",
    "not-json",
]
#: Every kind of finding, with what it means.
KINDS: dict[str, str] = {
    "undeclared-field": "a field the spec does not declare",
    "enum-value": "a value the spec's enum does not list",
    "type": "a value of another type than the spec's",
    "required-missing": "a field the spec requires is missing",
    "format": "a string not in the spec's format (date-time)",
    "status-code": "a status code the spec does not list for the operation",
    "media-type": "a media type the spec does not list for the status",
    "not-json": "a body that is not JSON where the spec says JSON",
}

_EXAMPLE_LENGTH = 80
_REDACTED = "[redacted]"
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$-]*$")
Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Finding:
    """One way an answer differs from the spec."""

    #: What differs (see ``KINDS``).
    kind: FindingKind
    #: The operation whose answer it is (the spec's operationId).
    operation_id: str
    #: Where, as a JSON path: ``$.data.projects[*].newField`` (``$`` for the status or the body).
    path: str
    #: What the spec expects there (``integer``, ``one of: TODO, Completed``, ``not declared``).
    expected: str
    #: What came, JSON, truncated to 80 characters, secret values as ``[redacted]`` (None: nothing).
    example: str | None = None
    #: The nearest named schema of the spec around the path (``""``: none).
    schema: str = ""
    #: The HTTP status of the answer.
    status: int | None = None
    #: How many times it was seen (in the items of a list, in several answers).
    count: int = 1

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two findings the same: the operation, the path and the kind."""
        return (self.operation_id, self.path, self.kind)

    def describe(self) -> str:
        """One line for a log or a report: ``get_task: $.data.x: undeclared field (...)``."""
        got = "" if self.example is None else f"; got {self.example}"
        where = f" of {self.schema}" if self.schema else ""
        return f"{self.operation_id}: {self.path}{where}: {KINDS[self.kind]} (expected {self.expected}{got})"


def example_of(value: Any, *, secret: bool = False) -> str:
    """``value`` as short JSON for a report: secret values (and secret-looking keys) hidden."""
    if secret:
        return _REDACTED
    from ango_hub_api.types import redact_secrets

    text = json.dumps(redact_secrets(value), ensure_ascii=False, default=str)
    return text if len(text) <= _EXAMPLE_LENGTH else text[: _EXAMPLE_LENGTH - 3] + "..."


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def _is(value: Any, kind: str) -> bool:
    actual = _type_of(value)
    return actual == kind or (kind == "number" and actual == "integer")


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if _IDENTIFIER.match(name) else f"{path}[{json.dumps(name)}]"


def _is_datetime(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


class _Checker:
    """Walks one answer along its schema, collecting findings (not yet counted)."""

    def __init__(self, schemas: dict[str, Json], operation_id: str, status: int | None) -> None:
        self.schemas = schemas
        self.operation_id = operation_id
        self.status = status

    def finding(self, kind: FindingKind, path: str, expected: str, example: str | None, name: str) -> Finding:
        return Finding(kind, self.operation_id, path, expected, example, name, self.status)

    def resolve(self, schema: Json) -> tuple[Json, str | None]:
        """The schema a ``$ref`` names (and its name), or ``schema`` itself."""
        seen = 0
        name = None
        while "$ref" in schema and seen < 50:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            schema = self.schemas.get(name, {})
            seen += 1
        return schema, name

    def describe_type(self, schema: Json) -> str:
        target, name = self.resolve(schema)
        for key in ("anyOf", "oneOf"):
            if key in target:
                return " | ".join(self.describe_type(option) for option in target[key])
        kind = target.get("type", "object" if "properties" in target else "any")
        return f"{name} ({kind})" if name else str(kind)

    def compatible(self, value: Any, schema: Json) -> bool:
        """Whether ``value`` has the type ``schema`` asks for (its first level only)."""
        target, _ = self.resolve(schema)
        if value is None and target.get("nullable"):
            return True
        for key in ("anyOf", "oneOf"):
            if key in target:
                return any(self.compatible(value, option) for option in target[key])
        if "allOf" in target:
            return all(self.compatible(value, option) for option in target["allOf"])
        if "type" in target:
            return _is(value, target["type"])
        return not ("properties" in target and not isinstance(value, dict))

    def merged(self, schema: Json) -> Json:
        """An ``allOf`` as one schema: the union of its members' properties and requirements."""
        out: Json = {key: value for key, value in schema.items() if key != "allOf"}
        for member in schema["allOf"]:
            part, _ = self.resolve(member)
            if "allOf" in part:
                part = self.merged(part)
            for key, value in part.items():
                if key == "properties":
                    out["properties"] = {**out.get("properties", {}), **value}
                elif key == "required":
                    out["required"] = [*out.get("required", []), *value]
                elif key == "additionalProperties":
                    previous = out.get("additionalProperties", False)
                    out[key] = value if previous is False else previous
                else:
                    out.setdefault(key, value)
        return out

    def check(self, value: Any, schema: Json, path: str, name: str, secret: bool = False) -> list[Finding]:
        """The findings of ``value`` against ``schema`` at ``path`` (inside schema ``name``)."""
        if "$ref" in schema:
            target, ref_name = self.resolve(schema)
            return self.check(value, target, path, ref_name or name, secret)
        secret = secret or bool(schema.get("x-secret"))
        if "allOf" in schema:
            return self.check(value, self.merged(schema), path, name, secret)
        if value is None and schema.get("nullable"):
            return []
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self.choice(value, schema, key, path, name, secret)
        kind = schema.get("type")
        if kind is None and "properties" in schema:
            kind = "object"
        if kind is not None and not _is(value, kind):
            return [self.finding("type", path, str(kind), example_of(value, secret=secret), name)]
        if kind is None and value is None:
            return []
        if "enum" in schema and value not in schema["enum"]:
            listed = ", ".join(str(item) for item in schema["enum"])
            return [
                self.finding("enum-value", path, f"one of: {listed}", example_of(value, secret=secret), name)
            ]
        if isinstance(value, str) and schema.get("format") == "date-time" and not _is_datetime(value):
            return [self.finding("format", path, "date-time", example_of(value, secret=secret), name)]
        if isinstance(value, dict) and kind == "object":
            return self.check_object(value, schema, path, name)
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            found: list[Finding] = []
            for item in value:
                found += self.check(item, schema["items"], f"{path}[*]", name, secret)
            return found
        return []

    def check_object(self, value: Json, schema: Json, path: str, name: str) -> list[Finding]:
        found: list[Finding] = []
        properties: Json = schema.get("properties", {})
        found += [
            self.finding("required-missing", _child(path, field), "present", None, name)
            for field in schema.get("required", [])
            if field not in value
        ]
        extra = schema.get("additionalProperties", False)
        for field, item in value.items():
            where = _child(path, field)
            if field in properties:
                found += self.check(item, properties[field], where, name)
            elif isinstance(extra, dict):
                found += self.check(item, extra, where, name)
            elif extra is not True:
                from ango_hub_api.types import is_secret_name

                secret = is_secret_name(field)
                found.append(
                    self.finding(
                        "undeclared-field", where, "not declared", example_of(item, secret=secret), name
                    )
                )
        return found

    def choice(self, value: Any, schema: Json, key: str, path: str, name: str, secret: bool) -> list[Finding]:
        """``anyOf``/``oneOf``: no finding if one option fits; else those of the nearest option."""
        options: list[Json] = schema[key]
        results = [self.check(value, option, path, name, secret) for option in options]
        if any(not result for result in results):
            return []
        near = [
            result for option, result in zip(options, results, strict=True) if self.compatible(value, option)
        ]
        if not near:
            expected = " | ".join(self.describe_type(option) for option in options)
            return [self.finding("type", path, expected, example_of(value, secret=secret), name)]
        if all(
            len(result) == 1 and result[0].kind == "enum-value" and result[0].path == path for result in near
        ):
            listed = "; ".join(result[0].expected.removeprefix("one of: ") for result in near)
            return [replace(near[0][0], expected=f"one of: {listed}")]
        return min(near, key=len)


def _declared(responses: dict[str, Any], status: int) -> dict[str, Any] | None:
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            declared: dict[str, Any] = responses[key] or {}
            return declared
    return None


@dataclass(frozen=True)
class SpecAnswers:
    """The operations of the spec and the schemas of their answers (``response_schemas.json``)."""

    operations: dict[str, Json]
    schemas: dict[str, Json]

    def check_value(self, operation_id: str, status: int, value: Any, media_type: str) -> list[Finding]:
        """The findings of a decoded JSON body against the schema of this status and media type."""
        declared = _declared(self.operations[operation_id]["responses"], status) or {}
        schema = declared.get(media_type)
        if not isinstance(schema, dict):
            return []
        return count(_Checker(self.schemas, operation_id, status).check(value, schema, "$", ""))

    def compatible(self, value: Any, schema: Json) -> bool:
        """Whether ``value`` has the type ``schema`` asks for (its first level only)."""
        return _Checker(self.schemas, "", None).compatible(value, schema)

    def fits(self, value: Any, schema: Json) -> bool:
        """Whether ``value`` conforms to ``schema`` (a schema of ``schemas``, or a ``$ref`` to one)."""
        return not _Checker(self.schemas, "", None).check(value, schema, "$", "")

    def check(self, operation_id: str, status: int, content_type: str, content: bytes) -> list[Finding]:
        """The findings of an answer: its status, its media type and its body.

        Raises ``KeyError`` for an operationId the spec does not have.
        """
        operation = self.operations[operation_id]
        responses: dict[str, Any] = operation["responses"]
        declared = _declared(responses, status)
        if declared is None:
            listed = ", ".join(responses)
            return [Finding("status-code", operation_id, "$", f"one of: {listed}", str(status), "", status)]
        media = content_type.split(";", 1)[0].strip().lower()
        if not declared:
            return []
        if media not in declared:
            listed = ", ".join(declared)
            return [Finding("media-type", operation_id, "$", listed, json.dumps(media or None), "", status)]
        if "json" not in media:
            return []
        try:
            value = json.loads(content)
        except ValueError:
            excerpt = content[:40].decode("utf-8", "replace")
            return [Finding("not-json", operation_id, "$", "JSON", json.dumps(excerpt), "", status)]
        return self.check_value(operation_id, status, value, media)


def count(findings: list[Finding]) -> list[Finding]:
    """``findings`` with each (operation, path, kind) once, counted, in first-seen order."""
    merged: dict[tuple[str, str, str], Finding] = {}
    for finding in findings:
        previous = merged.get(finding.key)
        merged[finding.key] = (
            finding if previous is None else replace(previous, count=previous.count + finding.count)
        )
    return list(merged.values())


@functools.cache
def spec_answers() -> SpecAnswers:
    """The answers of the spec, read once from ``ango_hub_api/response_schemas.json``."""
    text = resources.files("ango_hub_api").joinpath("response_schemas.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return SpecAnswers(operations=data["operations"], schemas=data["schemas"])
