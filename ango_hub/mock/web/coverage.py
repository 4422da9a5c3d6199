"""Which properties of the spec's response schemas the mock actually sends.

A response field the spec declares but the mock never sends is a field no test of the client
ever parses: :class:`FieldCoverage` records, for every success answer the mock sends, which
properties of the operation's response schema were present, and says which were never sent.
``create_app(coverage=FieldCoverage())`` records every answer of that app;
``tests/mock/test_field_coverage.py`` drives every operation against one and fails on a property
that is never sent and not in its list of exceptions (each with its reason).

A property is named by the nearest named schema of the spec and its path inside it:
``Task.reviewStatus``, ``Project.labelValidation.rules[*].name`` for an inline object, so a
schema used by several operations (``Task`` in ``get_task``, ``list_tasks``, ...) is covered
once any of them sends the property. The schemas come from ``ango_hub_api/response_schemas.json``
(see :mod:`ango_hub.drift._schema`). A property counts as sent when its key is in an answer,
whatever its value (``null`` included); the properties of an item schema count only when a
list has items, and those of one option of a ``oneOf``/``anyOf`` only when a value takes that
option. ``writeOnly`` properties are never in an answer and are left out.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any

from ango_hub.drift._schema import SpecAnswers, spec_answers

__all__ = ["FieldCoverage", "Property", "response_properties"]

Json = dict[str, Any]
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$-]*$")
#: Success statuses whose JSON answers are covered.
_SUCCESS = ("200", "201")


@dataclass(frozen=True, order=True, slots=True)
class Property:
    """One property of a response schema: its nearest named schema and its path inside it."""

    #: The named schema of the spec (``Task``).
    schema: str
    #: The path from that schema (``reviewStatus``, ``labelValidation.rules[*].name``).
    path: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.path}"


def _child(path: str, name: str) -> str:
    key = name if _IDENTIFIER.match(name) else json.dumps(name)
    return f"{path}.{key}" if path else key


def _ref_name(schema: Json) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


class _Walker:
    """Walks response schemas: every property they declare, or those a value has."""

    def __init__(self, answers: SpecAnswers) -> None:
        self.answers = answers
        self.schemas = answers.schemas

    # -- every property a schema declares (the universe) ------------------------------------

    def declared(
        self, schema: Json, owner: str, path: str, out: dict[Property, None], seen: set[str]
    ) -> None:
        name = _ref_name(schema)
        if name is not None:
            if name not in seen:
                seen.add(name)
                self.declared(self.schemas.get(name, {}), name, "", out, seen)
            return
        for key in ("allOf", "anyOf", "oneOf"):
            for option in schema.get(key, []):
                self.declared(option, owner, path, out, seen)
        for field, item in schema.get("properties", {}).items():
            if item.get("writeOnly"):
                continue
            where = _child(path, field)
            out[Property(owner, where)] = None
            self.declared(item, owner, where, out, seen)
        if isinstance(schema.get("items"), dict):
            self.declared(schema["items"], owner, f"{path}[*]", out, seen)
        if isinstance(schema.get("additionalProperties"), dict):
            self.declared(schema["additionalProperties"], owner, f"{path}{{*}}", out, seen)

    # -- the properties a value has -----------------------------------------------------------

    def present(self, value: Any, schema: Json, owner: str, path: str, out: set[Property]) -> None:
        name = _ref_name(schema)
        if name is not None:
            self.present(value, self.schemas.get(name, {}), name, "", out)
            return
        for member in schema.get("allOf", []):
            self.present(value, member, owner, path, out)
        for key in ("anyOf", "oneOf"):
            options: list[Json] = schema.get(key, [])
            if options:
                chosen = self.option_of(value, options)
                if chosen is not None:
                    self.present(value, chosen, owner, path, out)
        if isinstance(value, dict):
            properties: Json = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            for field, item in value.items():
                if field in properties:
                    where = _child(path, field)
                    out.add(Property(owner, where))
                    self.present(item, properties[field], owner, where, out)
                elif isinstance(extra, dict):
                    self.present(item, extra, owner, f"{path}{{*}}", out)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for item in value:
                self.present(item, schema["items"], owner, f"{path}[*]", out)

    def option_of(self, value: Any, options: list[Json]) -> Json | None:
        """The option of a ``oneOf``/``anyOf`` a value takes: one it fits, most of its keys declared."""
        fitting = [option for option in options if self.answers.fits(value, option)]
        if not fitting:
            # A value with a drift of its own (an undeclared field): the option of its type.
            fitting = [option for option in options if self.answers.compatible(value, option)]
        if not fitting:
            return None
        if not isinstance(value, dict):
            return fitting[0]
        return max(fitting, key=lambda option: len(self.keys_of(option) & set(value)))

    def keys_of(self, schema: Json) -> set[str]:
        name = _ref_name(schema)
        if name is not None:
            return self.keys_of(self.schemas.get(name, {}))
        keys = set(schema.get("properties", {}))
        for member in schema.get("allOf", []):
            keys |= self.keys_of(member)
        return keys


def _success_schemas(operation: Json) -> list[Json]:
    """The JSON schemas of an operation's success answers."""
    found: list[Json] = []
    for status in _SUCCESS:
        for media, schema in (operation["responses"].get(status) or {}).items():
            if "json" in media and isinstance(schema, dict):
                found.append(schema)
    return found


def response_properties(answers: SpecAnswers | None = None) -> dict[Property, tuple[str, ...]]:
    """Every property of the spec's success answers, with the operations whose answers may hold it."""
    answers = answers or spec_answers()
    walker = _Walker(answers)
    where: dict[Property, list[str]] = {}
    for operation_id, operation in answers.operations.items():
        declared: dict[Property, None] = {}
        for schema in _success_schemas(operation):
            walker.declared(schema, "", "$", declared, set())
        for prop in declared:
            where.setdefault(prop, []).append(operation_id)
    return {prop: tuple(where[prop]) for prop in sorted(where)}


class FieldCoverage:
    """The properties of the response schemas that the mock's answers held (thread-safe).

    Pass one to ``create_app(coverage=...)``: every success answer with a JSON body is recorded.
    """

    def __init__(self, answers: SpecAnswers | None = None) -> None:
        self._answers = answers or spec_answers()
        self._walker = _Walker(self._answers)
        self._lock = threading.Lock()
        self._sent: set[Property] = set()
        self._answered: set[str] = set()

    def record(self, operation_id: str, body: Any) -> None:
        """Note the properties of ``body``, a success answer to ``operation_id``."""
        operation = self._answers.operations.get(operation_id)
        if operation is None:
            return
        found: set[Property] = set()
        for schema in _success_schemas(operation)[:1]:
            self._walker.present(body, schema, "", "$", found)
        with self._lock:
            self._sent |= found
            self._answered.add(operation_id)

    @property
    def sent(self) -> frozenset[Property]:
        """The properties some answer held."""
        with self._lock:
            return frozenset(self._sent)

    @property
    def answered(self) -> frozenset[str]:
        """The operations that sent a success answer."""
        with self._lock:
            return frozenset(self._answered)

    def never_sent(self) -> dict[Property, tuple[str, ...]]:
        """The properties no answer held, with the operations whose answers may hold them."""
        sent = self.sent
        return {prop: ops for prop, ops in response_properties(self._answers).items() if prop not in sent}

    def report(self, exceptions: dict[str, str] | None = None) -> str:
        """A readable report: how many properties were sent, and each one never sent (and why)."""
        exceptions = exceptions or {}
        every = response_properties(self._answers)
        missing = self.never_sent()
        sent = len(every) - len(missing)
        lines = [f"The mock sent {sent} of the {len(every)} properties of the response schemas."]
        unexplained = [prop for prop in missing if str(prop) not in exceptions]
        explained = [prop for prop in missing if str(prop) in exceptions]
        if unexplained:
            lines.append(f"Never sent ({len(unexplained)}), each answered by:")
            lines += [f"  {prop}  ({', '.join(missing[prop])})" for prop in unexplained]
        if explained:
            lines.append(f"Never sent, with a reason ({len(explained)}):")
            lines += [f"  {prop}: {exceptions[str(prop)]}" for prop in explained]
        return "\n".join(lines)
