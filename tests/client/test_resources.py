"""The generated operation table is the spec's: one entry per operationId, same method,
path and safety to repeat (a GET, or ``x-idempotent: true``).

``ango_hub`` reaches the generated modules only through this table (checked below), and
the pipeline retries exactly the operations it marks ``idempotent``; that every entry is
called by a resource method is checked at run time by ``test_client_all_operations.py``.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import yaml

from ango_hub_api.operation import Operation
from ango_hub_api.operations import OPERATION_IDS, OPERATIONS_BY_TAG

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "ango-hub.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SAFE_METHODS = ("get", "head", "options")


def spec_operations() -> dict[str, tuple[str, str, bool]]:
    """operationId -> (METHOD, path, safe to repeat)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: (
            method.upper(),
            path,
            method in SAFE_METHODS or bool(operation.get("x-idempotent")),
        )
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def table() -> dict[str, Operation[..., object]]:
    entries: dict[str, Operation[..., object]] = {}
    for tag, operation_ids in OPERATIONS_BY_TAG.items():
        module = importlib.import_module(f"ango_hub_api.operations.{tag}")
        for operation_id in operation_ids:
            entries[operation_id] = getattr(module, operation_id)
    return entries


def test_the_table_has_every_operation_of_the_spec_and_no_other() -> None:
    assert sorted(OPERATION_IDS) == sorted(spec_operations())
    assert sorted(table()) == sorted(spec_operations())


def test_each_entry_matches_the_spec() -> None:
    spec = spec_operations()
    for operation_id, operation in table().items():
        assert operation.operation_id == operation_id
        assert (operation.method, operation.path, operation.idempotent) == spec[operation_id], operation_id


def test_an_entry_builds_its_request_from_the_generated_module() -> None:
    from ango_hub_api.operations import tasks

    request = tasks.get_task.request("t1", include_answer=True)
    assert request.operation is tasks.get_task
    assert request.kwargs == {"method": "get", "url": "/task/t1", "params": {"includeAnswer": True}}
    assert repr(tasks.get_task) == "<Operation get_task: GET /task/{taskId}>"


def test_handwritten_code_reaches_generated_operations_only_through_the_table() -> None:
    private = re.compile(r"\b_get_kwargs\b|\b_parse_response\b|ango_hub_api\.api\b")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("ango_hub", "examples")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if private.search(line)
    ]
    assert offenders == []


def test_with_json_derives_a_request_and_leaves_the_built_one_as_it_is() -> None:
    from ango_hub_api.models.asset_files_upload import AssetFilesUpload
    from ango_hub_api.models.project_create import ProjectCreate
    from ango_hub_api.operations import assets, projects

    built = projects.create_project.request(body=ProjectCreate(name="p", description="d"))
    before = {**built.kwargs, "json": dict(built.kwargs["json"])}
    derived = built.with_json({"categorySchema": {"tools": []}}, name="q")
    assert derived.operation is projects.create_project
    assert derived.kwargs["json"] == {"name": "q", "description": "d", "categorySchema": {"tools": []}}
    assert list(derived.kwargs["json"]) == ["name", "description", "categorySchema"]  # the builder's order
    assert built.kwargs == before
    with pytest.raises(ValueError, match="upload_assets does not send a JSON body"):
        assets.upload_assets.request("p1", body=AssetFilesUpload(files=[])).with_json(x=1)
