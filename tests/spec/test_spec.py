"""The curated spec: complete for the documented endpoints, and well-formed for generation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "ango-hub.yaml"
METHODS = ("get", "put", "post", "delete", "patch")

# Every operation documented in the reference pages of shared/api-docs (paths under /v2).
DOCUMENTED = [
    ("get", "/listProjects"),
    ("post", "/project"),
    ("get", "/project/{projectId}"),
    ("post", "/project/{projectId}"),
    ("delete", "/project/{projectId}"),
    ("post", "/project/{projectId}/assigned"),
    ("post", "/project/{projectId}/assetBuilderTemplates"),
    ("post", "/performance/{projectId}"),
    ("post", "/project/{projectId}/instructions"),
    ("get", "/project/{projectId}/tasks"),
    ("get", "/task/{taskId}"),
    ("get", "/taskHistory/{taskHistoryId}"),
    ("post", "/task/assign"),
    ("post", "/project/{projectId}/requeueTasks"),
    ("get", "/project/{projectId}/assets"),
    ("post", "/project/{projectId}/upload"),
    ("post", "/project/{projectId}/cloud"),
    ("post", "/attachments"),
    ("get", "/batches/{projectId}"),
    ("post", "/batches/{projectId}"),
    ("post", "/assignBatches"),
    ("post", "/issues"),
    ("get", "/storages"),
    ("get", "/{projectId}/overview/{metric}"),
    ("get", "/exportV3"),
    ("post", "/annotate/{taskId}"),
    ("post", "/import/labels"),
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, item[method])
        for path, item in spec["paths"].items()
        for method in METHODS
        if method in item
    ]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_spec_is_valid_openapi_303(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.0.3"
    validate(spec)


def test_servers_cover_every_region(spec: dict[str, Any]) -> None:
    assert [server["url"] for server in spec["servers"]] == [
        "https://imeritapi.ango.ai/v2",
        "https://us-api.ango.ai/v2",
        "https://in-api.ango.ai/v2",
        "https://testapi.ango.ai/v2",
    ]
    assert spec["security"] == [{"apiKey": []}]
    assert spec["components"]["securitySchemes"]["apiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "apikey",
        "description": spec["components"]["securitySchemes"]["apiKey"]["description"],
    }


@pytest.mark.parametrize(("method", "path"), DOCUMENTED)
def test_documented_operation_present(spec: dict[str, Any], method: str, path: str) -> None:
    assert path in spec["paths"], f"{path} is missing"
    assert method in spec["paths"][path], f"{method.upper()} {path} is missing"


def test_every_operation_is_complete(spec: dict[str, Any]) -> None:
    problems: list[str] = []
    seen_ids: set[str] = set()
    tags = {tag["name"] for tag in spec["tags"]}
    for method, path, op in operations(spec):
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId", "")
        if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", op_id):
            problems.append(f"{where}: operationId {op_id!r} is not snake_case")
        if op_id in seen_ids:
            problems.append(f"{where}: duplicate operationId {op_id}")
        seen_ids.add(op_id)
        for field in ("summary", "description", "tags"):
            if not op.get(field):
                problems.append(f"{where}: no {field}")
        if not set(op.get("tags", [])) <= tags:
            problems.append(f"{where}: unknown tag in {op.get('tags')}")
        responses = op.get("responses", {})
        ok = responses.get("200")
        if ok is None:
            problems.append(f"{where}: no 200 response")
        else:
            media_type, media = next(iter(ok["content"].items()))
            schema = media["schema"]
            binary = media_type != "application/json" and schema == {"type": "string", "format": "binary"}
            if "$ref" not in schema and not binary:
                problems.append(f"{where}: the 200 response is not a named schema (or a binary file)")
        for status in ("400", "401", "403", "404", "429", "500"):
            response = responses.get(status)
            if response is None:
                problems.append(f"{where}: no {status} response")
                continue
            body = resolve(spec, response)["content"]["application/json"]["schema"]
            if body != {"$ref": "#/components/schemas/ErrorResponse"}:
                problems.append(f"{where}: the {status} response is not an ErrorResponse")
    assert not problems, "\n".join(problems)


def test_no_bare_object_schemas_in_success_envelopes(spec: dict[str, Any]) -> None:
    """Each success envelope's `data` is a named schema with declared properties or free-form on purpose."""
    schemas = spec["components"]["schemas"]
    for name, schema in schemas.items():
        if name.endswith("Response") and "data" in schema.get("properties", {}):
            assert schema["required"] == ["status", "data"], name
            data = resolve(spec, schema["properties"]["data"])
            assert data.get("properties") or data.get("additionalProperties") is True, name


def test_error_response_shape(spec: dict[str, Any]) -> None:
    error = spec["components"]["schemas"]["ErrorResponse"]
    assert error["required"] == ["status", "message"]
    assert resolve(spec, error["properties"]["status"])["enum"] == ["fail", "error"]


def test_annotate_is_a_post_with_a_body(spec: dict[str, Any]) -> None:
    """The documentation says GET, but the sample sends a body: the wire is POST."""
    item = spec["paths"]["/annotate/{taskId}"]
    assert "get" not in item
    assert item["post"]["requestBody"]["required"] is True
    assert "follows the wire" in item["post"]["description"]


def test_page_and_limit_constraints(spec: dict[str, Any]) -> None:
    page = spec["components"]["parameters"]["Page"]["schema"]
    assert page["minimum"] == 1
    for path in ("/listProjects", "/project/{projectId}/tasks", "/project/{projectId}/assets"):
        params = spec["paths"][path]["get"]["parameters"]
        limit = next(p for p in params if p.get("name") == "limit")
        assert limit["schema"]["minimum"] == 1
        assert limit["schema"]["maximum"] == 1000
