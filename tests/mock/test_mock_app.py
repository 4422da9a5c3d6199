"""The mock's HTTP layer: routes from the spec, authentication, validation, errors."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from ango_hub.mock import ApiSpec, MissingHandlerError, SpecNotFoundError, create_app, serve_in_thread
from ango_hub.mock.handlers import HANDLER_MODULES, HANDLERS, handler_modules
from ango_hub.mock.web.spec import default_spec_path

API_KEY = "test-key-app"
SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "ango-hub.yaml"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
    with serve_in_thread(app) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def spec() -> ApiSpec:
    return ApiSpec.load(SPEC_PATH)


@pytest.fixture(scope="module")
def project_id(client: httpx.Client) -> str:
    projects = client.get("/listProjects").json()["data"]["projects"]
    return str(next(project["_id"] for project in projects if project["name"] == "Vehicle detection"))


def assert_error(response: httpx.Response, status: int, message: str | None = None) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == ("error" if status >= 500 else "fail")
    assert isinstance(body["message"], str)
    if message is not None:
        assert body["message"] == message
    return str(body["message"])


# -- authentication -----------------------------------------------------------------------


def test_missing_api_key_is_401(base_url: str) -> None:
    response = httpx.get(f"{base_url}/listProjects")
    assert_error(response, 401, "Invalid API KEY")


def test_wrong_api_key_is_401(base_url: str) -> None:
    response = httpx.get(f"{base_url}/storages", headers={"apikey": "not-the-key"})
    assert_error(response, 401, "Invalid API KEY")


def test_spec_is_served_without_key(base_url: str) -> None:
    root = base_url.removesuffix("/v2")
    response = httpx.get(f"{root}/openapi.yaml")
    assert response.status_code == 200
    assert response.content == SPEC_PATH.read_bytes()
    assert yaml.load(response.text, Loader=yaml.CSafeLoader)["openapi"].startswith("3.0")


# -- validation ---------------------------------------------------------------------------


def test_bad_limit_names_the_field(client: httpx.Client) -> None:
    assert_error(
        client.get("/listProjects", params={"limit": 0}),
        400,
        "Invalid query parameter 'limit': 0 is less than the minimum of 1",
    )
    assert_error(
        client.get("/listProjects", params={"limit": 1001}),
        400,
        "Invalid query parameter 'limit': 1001 is greater than the maximum of 1000",
    )
    assert_error(
        client.get("/listProjects", params={"limit": "ten"}),
        400,
        "Invalid query parameter 'limit': 'ten' is not a valid integer",
    )


def test_booleans_accept_both_spellings(client: httpx.Client, project_id: str) -> None:
    for spelling in ("true", "True", "1"):
        tasks = client.get(f"/project/{project_id}/tasks", params={"includeAnswer": spelling}).json()["data"]
        assert all("answer" in task for task in tasks["tasks"])
    for spelling in ("false", "False", "0"):
        tasks = client.get(f"/project/{project_id}/tasks", params={"includeAnswer": spelling}).json()["data"]
        assert all("answer" not in task for task in tasks["tasks"])
    message = assert_error(client.get(f"/project/{project_id}/tasks", params={"includeAnswer": "yes"}), 400)
    assert "'includeAnswer'" in message


def test_bad_body_names_the_field(client: httpx.Client, project_id: str) -> None:
    response = client.post(f"/project/{project_id}/cloud", json={"assets": [{"data": 5}]})
    message = assert_error(response, 400)
    assert message == "Invalid request body at 'assets/0/data': 5 is not of type 'string'"
    message = assert_error(client.post("/project", json={"description": "no name"}), 400)
    assert message == "Invalid request body: 'name' is a required property"
    message = assert_error(client.post("/project", json={"name": ""}), 400)
    assert message.startswith("Invalid request body at 'name':")


def test_malformed_json_is_400(client: httpx.Client) -> None:
    headers = {"content-type": "application/json"}
    message = assert_error(client.post("/project", content=b'{"name": ', headers=headers), 400)
    assert message.startswith("Malformed JSON in request body")
    assert_error(
        client.post("/project", content=b"\xff\xfe\x00", headers=headers),
        400,
        "Request body is not valid UTF-8",
    )
    message = assert_error(client.post("/project", content=b'{"name": NaN}', headers=headers), 400)
    assert message.startswith("Malformed JSON")
    message = assert_error(
        client.post("/project", content=b"name=x", headers={"content-type": "text/plain"}), 400
    )
    assert "Content-Type 'text/plain'" in message
    assert_error(client.post("/project"), 400, "Request body is required (application/json)")


def test_json_encoded_query_parameters_are_validated(client: httpx.Client, project_id: str) -> None:
    url = f"/project/{project_id}/tasks"
    message = assert_error(client.get(url, params={"filter": "{stage"}), 400)
    assert message.startswith("Invalid query parameter 'filter': not valid JSON")
    message = assert_error(
        client.get(url, params={"filter": json.dumps({"createdAt": {"$gt": "yesterday"}})}), 400
    )
    assert message == "Invalid query parameter 'filter' at 'createdAt/$gt': 'yesterday' is not a 'date-time'"
    message = assert_error(client.get(url, params={"batches": '"not a list"'}), 400)
    assert message.startswith("Invalid query parameter 'batches'")


def test_missing_required_query_parameter(client: httpx.Client) -> None:
    assert_error(client.get("/export"), 400, "Missing required query parameter 'project'")


def test_path_parameter_enum(client: httpx.Client, project_id: str) -> None:
    message = assert_error(client.get(f"/{project_id}/overview/Velocity"), 400)
    assert message.startswith("Invalid path parameter 'metric': 'Velocity' is not one of")


def test_multipart_parts_are_checked(client: httpx.Client, project_id: str) -> None:
    url = f"/project/{project_id}/upload"
    assert_error(client.post(url, data={"other": "x"}, files=[("x", ("a.png", b"1"))]), 400)
    assert_error(
        client.post(url, files=[("other", ("a.png", b"1"))]),
        400,
        "Unexpected form part(s): 'other'",
    )
    message = assert_error(client.post(url, json={"files": []}), 400)
    assert "multipart/form-data" in message
    assert_error(
        client.post(
            f"/project/{project_id}/instructions", data={"file": "not a file"}, files=[("x", ("a", b""))]
        ),
        400,
    )
    assert_error(
        client.post(f"/project/{project_id}/instructions", files=[("doc", ("i.pdf", b"%PDF"))]),
        400,
        "Unexpected form part(s): 'doc'",
    )


# -- routing and errors -------------------------------------------------------------------


def test_unknown_ids_are_404(client: httpx.Client) -> None:
    assert_error(
        client.get("/project/000000000000000000000000"), 404, "Project not found: 000000000000000000000000"
    )
    assert_error(
        client.get("/task/0123456789abcdef01234567"), 404, "Task not found: 0123456789abcdef01234567"
    )
    assert_error(client.get("/taskHistory/nope"), 404, "Task history not found: nope")
    assert_error(client.get("/nope/overview/AssetSize"), 404, "Project not found: nope")


def test_unknown_route_is_404_and_wrong_method_405(client: httpx.Client) -> None:
    assert_error(client.get("/no/such/route"), 404)
    assert_error(client.get("/listProjects/extra"), 404)
    response = client.put("/project", json={"name": "x"})
    assert_error(response, 405)
    assert response.headers["allow"] == "POST"


def test_literal_paths_win_over_templates(client: httpx.Client, project_id: str) -> None:
    assert "projects" in client.get("/listProjects").json()["data"]
    assert "storages" in client.get("/storages").json()["data"]
    metric = client.get(f"/{project_id}/overview/AnnotationStatus").json()["data"]
    assert metric["metric"] == "AnnotationStatus"
    assert sum(metric["counts"].values()) == 100
    # /task/assign is POST only; a GET there is get_task with taskId "assign".
    assert_error(client.get("/task/assign"), 404, "Task not found: assign")


def test_every_operation_has_a_handler(spec: ApiSpec) -> None:
    operation_ids = {operation.operation_id for operation in spec.operations}
    assert len(operation_ids) == len(spec.operations), "duplicate operationIds in the spec"
    missing = sorted(operation_ids - set(HANDLERS))
    assert not missing, f"operations without a mock handler (add them in ango_hub/mock/handlers/): {missing}"
    assert operation_ids == set(HANDLERS)


def test_each_handler_is_in_the_module_of_its_tag(spec: ApiSpec) -> None:
    """Adding an operation touches one handler module: the one named after its tag."""
    misplaced = {
        operation.operation_id: f"handlers/{HANDLER_MODULES[operation.operation_id]}.py, tag {operation.tags}"
        for operation in spec.operations
        if len(operation.tags) != 1 or HANDLER_MODULES[operation.operation_id] != operation.tags[0]
    }
    assert not misplaced, f"handlers outside the module of their operation's (one) tag: {misplaced}"


def test_each_handler_module_is_a_tag_with_handlers(spec: ApiSpec) -> None:
    tags = {tag["name"] for tag in spec.document["tags"]}
    assert set(handler_modules()) == tags
    assert set(HANDLER_MODULES.values()) == tags, "a handler module without any handler"


def test_an_operation_without_handler_is_refused(tmp_path: Path) -> None:
    document: dict[str, Any] = yaml.load(SPEC_PATH.read_bytes(), Loader=yaml.CSafeLoader)
    document["paths"]["/brandNew"] = {
        "get": {
            "operationId": "brand_new_operation",
            "tags": ["plugins"],
            "responses": {"200": {"description": "ok"}},
        }
    }
    path = tmp_path / "spec.yaml"
    path.write_text(json.dumps(document))  # JSON is YAML, and much faster to write and read
    with pytest.raises(
        MissingHandlerError, match=r"brand_new_operation \(in ango_hub/mock/handlers/plugins\.py\)"
    ):
        create_app(spec_path=path)


def test_a_missing_spec_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SpecNotFoundError, match=r"nope\.yaml"):
        create_app(spec_path=tmp_path / "nope.yaml")
    assert default_spec_path() == SPEC_PATH


def test_unknown_seed_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown seed 'galaxy'"):
        create_app(seed="galaxy")


# -- responses conform to the spec --------------------------------------------------------


def test_responses_conform_to_the_spec(client: httpx.Client, spec: ApiSpec, project_id: str) -> None:
    tasks = client.get(f"/project/{project_id}/tasks", params={"includeAnswer": True}).json()["data"]["tasks"]
    calls = {
        "list_projects": client.get("/listProjects"),
        "get_project": client.get(f"/project/{project_id}"),
        "list_tasks": client.get(f"/project/{project_id}/tasks", params={"includeAnswer": True, "limit": 50}),
        "get_task": client.get(f"/task/{tasks[0]['_id']}", params={"includeAnswer": True}),
        "list_assets": client.get(f"/project/{project_id}/assets", params={"limit": 50}),
        "list_batches": client.get(f"/batches/{project_id}"),
        "list_storages": client.get("/storages"),
        "get_metric": client.get(f"/{project_id}/overview/AnswerDistribution"),
        "get_project_performance": client.post(f"/performance/{project_id}", json={}),
        "export_project": client.get("/export", params={"project": project_id}),
    }
    for operation_id, response in calls.items():
        assert response.status_code == 200, (operation_id, response.text)
        schema = spec.response_schema(operation_id, 200)
        assert schema is not None
        assert spec.violations(response.json(), schema) == [], operation_id
    error = client.get("/project/unknown")
    error_schema = spec.response_schema("get_project", 404)
    assert error_schema is not None
    assert spec.violation(error.json(), error_schema) is None


def test_the_validator_catches_a_bad_response(spec: ApiSpec) -> None:
    schema = spec.response_schema("get_task", 200)
    assert schema is not None
    bad = {"status": "success", "data": {"task": {"_id": "x", "createdAt": "last Tuesday"}}}
    violation = spec.violation(bad, schema)
    assert violation is not None
    assert violation.path == "data/task/createdAt"


# -- in-process, through ASGI -------------------------------------------------------------


def test_asgi_transport() -> None:
    app = create_app(api_key=API_KEY)

    async def scenario() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock/v2") as client:
            denied = await client.get("/storages")
            created = await client.post("/project", json={"name": "Async"}, headers={"apikey": API_KEY})
            listed = await client.get("/listProjects", headers={"apikey": API_KEY})
            return [denied, created, listed]

    denied, created, listed = asyncio.run(scenario())
    assert denied.status_code == 401
    assert created.json()["data"]["project"]["name"] == "Async"
    assert listed.json()["data"]["total"] == 1
