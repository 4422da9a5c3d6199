"""Documented examples validate against the spec's schemas.

* ``tests/fixtures/docs/<Schema>--<source>-<n>.json``: JSON examples copied from the
  documentation (see ``SOURCES.md`` there), each checked against the component schema its
  name gives; a JSON array for an object schema is a list of examples, checked one by one.
* ``tests/fixtures/docs-invalid/``: documented examples that are wrong (see ``SOURCES.md``
  there); the spec must keep refusing them.
* Every ``example``/``examples`` written in the spec itself (request and response bodies,
  parameters) is checked against the schema beside it, so the spec never documents a
  payload it would refuse.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ango_hub.mock.web.spec import ApiSpec

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "docs"
SPEC = ApiSpec.load(ROOT / "openapi" / "ango-hub.yaml")
METHODS = ("get", "put", "post", "delete", "patch")


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*.json"))


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.mark.parametrize("path", _fixtures(), ids=lambda path: path.stem)
def test_documented_example_validates(path: Path) -> None:
    schema_name = path.stem.split("--", 1)[0]
    schemas = SPEC.document["components"]["schemas"]
    assert schema_name in schemas, f"{path.name}: no schema {schema_name!r} in the spec"
    instance = json.loads(path.read_text(encoding="utf-8"))
    schema = SPEC.schema(schema_name)
    # A JSON array whose schema is not an array schema is a list of examples (SOURCES.md).
    items = instance if isinstance(instance, list) and schema.get("type") != "array" else [instance]
    problems = [problem for item in items for problem in SPEC.violations(item, _ref(schema_name))]
    assert not problems, f"{path.name} does not validate against {schema_name}:\n" + "\n".join(
        problem.describe(schema_name) for problem in problems
    )


INVALID = ROOT / "tests" / "fixtures" / "docs-invalid"


@pytest.mark.parametrize("path", sorted(INVALID.glob("*.json")), ids=lambda path: path.stem)
def test_documentation_errors_are_refused(path: Path) -> None:
    schema_name = path.stem.split("--", 1)[0]
    instance = json.loads(path.read_text(encoding="utf-8"))
    assert SPEC.violations(instance, _ref(schema_name)), (
        f"{path.name} should not validate against {schema_name}"
    )


def test_fixtures_cover_the_main_resources() -> None:
    names = {path.stem.split("--", 1)[0] for path in _fixtures()}
    for required in ("Project", "Task", "Answer", "CategorySchema", "ErrorResponse"):
        assert any(name == required or name.startswith(required) for name in names), required


def _embedded_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every example written in the spec."""
    document = SPEC.document

    def media_examples(where: str, media: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
        schema = media.get("schema")
        if schema is None:
            return
        if "example" in media:
            yield where, schema, media["example"]
        for name, example in media.get("examples", {}).items():
            yield f"{where} [{name}]", schema, SPEC.resolve(example)["value"]

    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            where = f"{method.upper()} {path}"
            body = SPEC.resolve(operation.get("requestBody", {}))
            for media_type, media in body.get("content", {}).items():
                if media_type == "application/json":
                    yield from media_examples(f"{where} request", media)
            for status, response in operation.get("responses", {}).items():
                for media_type, media in SPEC.resolve(response).get("content", {}).items():
                    if media_type == "application/json":
                        yield from media_examples(f"{where} {status}", media)
            for param in [*item.get("parameters", []), *operation.get("parameters", [])]:
                param = SPEC.resolve(param)
                for media in param.get("content", {}).values():
                    yield from media_examples(f"{where} parameter {param['name']}", media)
    for name, response in document["components"].get("responses", {}).items():
        for media in response.get("content", {}).values():
            yield from media_examples(f"components/responses/{name}", media)


EMBEDDED = list(_embedded_examples())


@pytest.mark.parametrize(("where", "schema", "example"), EMBEDDED, ids=[where for where, _, _ in EMBEDDED])
def test_spec_example_validates(where: str, schema: dict[str, Any], example: Any) -> None:
    problems = SPEC.violations(example, schema)
    assert not problems, f"{where}: " + "; ".join(problem.describe("example") for problem in problems)


def test_spec_has_examples() -> None:
    assert len(EMBEDDED) >= 40
