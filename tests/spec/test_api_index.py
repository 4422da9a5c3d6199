"""``api.md``, the operation index, names every operation of the spec and only what exists.

``scripts/api_index.py`` writes it (``make generate``) from the spec, the client's code and
the mock's handlers; ``make check-generated`` fails when it is stale. These tests read the
committed page against the spec and the running code: one line per ``operationId`` with
its route, methods that ``Client`` and ``AsyncClient`` have, a handler the mock registers
for that very operation, links that lead to files.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from ango_hub import AsyncClient, Client

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "ango-hub.yaml"
INDEX = ROOT / "api.md"
SCRIPTS = ROOT / "scripts"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ROW = re.compile(r"^\| `(?P<operation>\w+)` \| `(?P<route>[^`]+)` \| (?P<methods>.*) \| (?P<handler>.*) \|$")
METHOD = re.compile(r"\[`hub\.(\w+)\.(\w+)`\]\(([^)]+)\)")
HANDLER = re.compile(r"^\[`([\w.]+)`\]\(([^)]+)\)$")


def spec_routes() -> dict[str, str]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def index_rows() -> dict[str, re.Match[str]]:
    rows: dict[str, re.Match[str]] = {}
    for line in INDEX.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            assert match["operation"] not in rows, f"{match['operation']} has two lines in api.md"
            rows[match["operation"]] = match
    return rows


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """``scripts/api_index.py``, loaded as a module."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location("_api_index", SCRIPTS / "api_index.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_operation_of_the_spec_has_its_line_with_its_route() -> None:
    routes = spec_routes()
    rows = index_rows()
    missing = sorted(set(routes) - set(rows))
    assert not missing, f"operations of the spec missing from api.md (run `make generate`): {missing}"
    assert not sorted(set(rows) - set(routes)), "api.md names operations the spec does not have"
    wrong = {operation: row["route"] for operation, row in rows.items() if row["route"] != routes[operation]}
    assert not wrong, f"routes in api.md that differ from the spec: {wrong}"


@pytest.mark.parametrize("client_class", [Client, AsyncClient], ids=["Client", "AsyncClient"])
def test_every_method_named_exists_on_both_clients(client_class: type[Client] | type[AsyncClient]) -> None:
    client = client_class(api_key="index-test-key", base_url="http://127.0.0.1:9/v2")
    rows = index_rows()
    without = [operation for operation, row in rows.items() if not METHOD.search(row["methods"])]
    assert not without, f"operations that api.md gives no method for: {without}"
    absent = [
        f"hub.{resource}.{name}"
        for row in rows.values()
        for resource, name, _ in METHOD.findall(row["methods"])
        if not callable(getattr(getattr(client, resource, None), name, None))
    ]
    assert not absent, f"methods named in api.md that {client_class.__name__} does not have: {absent}"


def test_every_handler_named_is_the_mocks_handler_of_that_operation(script: ModuleType) -> None:
    """The function api.md names is where it says, and the mock registers it for that operation."""
    registered = script.mock_handlers()
    assert set(registered) == set(spec_routes())
    for operation, row in index_rows().items():
        match = HANDLER.match(row["handler"])
        assert match, f"{operation}: no handler in api.md ({row['handler']})"
        dotted, path = match.groups()
        module_name, _, name = f"ango_hub.mock.{dotted}".rpartition(".")
        function = getattr(importlib.import_module(module_name), name)
        assert name == operation, f"{operation}: api.md names {dotted}"
        assert function is registered[operation], f"{operation}: api.md names {dotted}"
        assert (ROOT / path).resolve() == Path(function.__code__.co_filename).resolve(), operation


def test_every_link_leads_to_a_file() -> None:
    targets = set(re.findall(r"\]\(([^)#]+)\)", INDEX.read_text(encoding="utf-8")))
    assert targets
    assert not sorted(target for target in targets if not (ROOT / target).is_file())


def test_the_committed_index_is_a_fresh_rendering(script: ModuleType) -> None:
    text, problems = script.render()
    assert not problems
    assert text == INDEX.read_text(encoding="utf-8"), "api.md is out of date: run `make generate`"


@pytest.mark.parametrize("operation", ["list_tasks", "list_assets", "get_upload_url", "import_cloud_assets"])
def test_operations_sent_through_an_owned_engine_are_listed(operation: str) -> None:
    """``hub.assets.upload_many`` sends these through ``self._uploads`` (an ``AsyncUploads``
    made in ``Assets.__init__``), which reads the project through local aliases
    (``assets = self._client.assets``): the index follows both."""
    methods = {
        (resource, method) for resource, method, _ in METHOD.findall(index_rows()[operation]["methods"])
    }
    assert ("assets", "upload_many") in methods
