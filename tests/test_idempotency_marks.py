"""The resources retry exactly the operations the spec marks ``x-idempotent: true``.

The request pipeline repeats a non-GET request after a timeout or a 5xx only when the
resource method says ``idempotent=True``. This test reads every ``_send(...)`` call of the
async resources (the source of both clients) and checks the flag against the spec, so a
new mark in the spec (or a new method) cannot be forgotten.
"""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "ango-hub.yaml"
SOURCES = sorted((ROOT / "ango_hub" / "_async" / "resources").glob("*.py"))
METHODS = ("get", "put", "post", "delete", "patch")


def spec_marks() -> dict[str, tuple[str, bool]]:
    """operationId -> (HTTP method, marked idempotent)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: (method, bool(operation.get("x-idempotent")))
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    }


def resource_flags() -> dict[str, set[bool]]:
    """operationId -> the idempotent= values its ``_send`` calls pass (False when absent)."""
    flags: dict[str, set[bool]] = {}
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "_send" or len(node.args) < 2:
                continue
            parser = node.args[1]
            assert isinstance(parser, ast.Attribute), ast.dump(parser)
            assert isinstance(parser.value, ast.Name), ast.dump(parser)
            flag = next((k.value for k in node.keywords if k.arg == "idempotent"), None)
            value = isinstance(flag, ast.Constant) and flag.value is True
            flags.setdefault(parser.value.id, set()).add(value)
    return flags


def test_every_send_matches_the_spec_mark() -> None:
    marks = spec_marks()
    flags = resource_flags()
    assert set(flags) <= set(marks), f"unknown operations: {set(flags) - set(marks)}"
    wrong = {
        operation_id: (marks[operation_id], sorted(values))
        for operation_id, values in flags.items()
        if marks[operation_id][0] != "get" and values != {marks[operation_id][1]}
    }
    assert wrong == {}, "idempotent= differs from the spec's x-idempotent (operation: (spec, resources))"


def test_the_check_sees_the_marked_operations() -> None:
    marked = {
        operation_id for operation_id, (method, mark) in spec_marks().items() if mark and method != "get"
    }
    assert len(marked) >= 10
    flags = resource_flags()
    assert marked <= set(flags), f"marked operations no resource sends: {marked - set(flags)}"
