"""Label sets, answers and bulk imports through the client, against the mock Ango Hub.

What the builders emit is what the server stores and gives back, byte for byte; invalid
label sets and answers are refused before any request; a bulk import is chunked, isolates
the rows the server refuses, and reports every row's outcome (sync and async clients).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _async_bridge import client_for

from ango_hub import Client
from ango_hub.annotations import AnnotationError, Classification, LabelImportRow, TaskAnswer, ToolObject
from ango_hub.import_reports import LabelImportError
from ango_hub.label_set import LabelSet, LabelSetError, Radio, RelationType, Text, Tool
from ango_hub.mock import create_app, mock_state
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.server import serve_in_thread
from ango_hub.mock.state import MockState
from ango_hub_api.models import CloudAsset
from ango_hub_api.types import UNSET

API_KEY = "label-workflow-key"


def vehicles() -> LabelSet:
    return (
        LabelSet()
        .tool(
            "Vehicle",
            Tool.BOUNDING_BOX,
            classifications=[
                Radio("Color", ["Red", "Blue", "Other"], classifications=[Text("Which", when="Other")])
            ],
        )
        .tool("Road", Tool.POLYGON)
        .classification(Radio("Weather", ["Sunny", "Rainy"]))
        .relation("Tows", RelationType.ONE_TO_ONE)
    )


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@pytest.fixture(params=["sync", "async"])
def served(request: pytest.FixtureRequest) -> Iterator[tuple[Client, MockState, str]]:
    """A fresh demo mock and a client for it: ``Client``, or ``AsyncClient`` behind the same calls."""
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
    with (
        serve_in_thread(app) as base_url,
        client_for(request.param, api_key=API_KEY, base_url=base_url) as client,
    ):
        yield client, mock_state(app), base_url


def project_with_assets(hub: Client, count: int) -> tuple[str, LabelSet]:
    label_set = vehicles()
    project = hub.projects.create("Label workflow", category_schema=label_set)
    assets = [
        CloudAsset(data=f"https://bucket.example/{i}.jpg", external_id=f"img-{i:03d}") for i in range(count)
    ]
    if assets:
        hub.assets.import_cloud(project.id, assets)
    return project.id, label_set


def raw_project(base_url: str, project_id: str) -> dict[str, Any]:
    response = httpx.get(f"{base_url}/project/{project_id}", headers={"apikey": API_KEY})
    response.raise_for_status()
    project: dict[str, Any] = response.json()["data"]["project"]
    return project


def test_label_set_is_stored_and_returned_unchanged(served: tuple[Client, MockState, str]) -> None:
    hub, _state, base_url = served
    project_id, label_set = project_with_assets(hub, 0)
    assert canonical(raw_project(base_url, project_id)["categorySchema"]) == canonical(label_set.to_dict())
    fetched = hub.projects.get(project_id)
    assert LabelSet.from_category_schema(fetched.category_schema) == label_set
    assert hub.projects.get_label_set(project_id) == label_set
    empty = hub.projects.create("No label set")
    assert hub.projects.get_label_set(empty.id).to_dict() == LabelSet().to_dict()
    assert LabelSet.from_category_schema(UNSET) == LabelSet()

    changed = LabelSet.from_category_schema(fetched.category_schema).tool("Person", Tool.POINT)
    hub.projects.set_label_set(project_id, changed, project_type="image")
    assert canonical(raw_project(base_url, project_id)["categorySchema"]) == canonical(changed.to_dict())
    assert [str(change) for change in label_set.diff(changed)] == ['+ tools "Person": point']


def test_answer_is_stored_and_returned_unchanged(served: tuple[Client, MockState, str]) -> None:
    hub, _state, _base_url = served
    project_id, label_set = project_with_assets(hub, 1)
    task_id = hub.tasks.list_page(project_id).tasks[0].id
    car = ToolObject.bounding_box(
        10, 20, 100, 50, title="Vehicle", label_set=label_set.to_dict(), object_id="car"
    )
    truck = ToolObject.bounding_box(
        200, 20, 150, 80, title="Vehicle", label_set=label_set.to_dict(), object_id="t"
    )
    answer = TaskAnswer(
        objects=[car, truck],
        classifications=[Classification.radio("Sunny", title="Weather", label_set=label_set.to_dict())],
    )
    hub.tasks.annotate(task_id, answer, label_set=label_set)
    task = hub.tasks.get(task_id, include_answer=True)
    assert task.answer is not None
    stored = task.answer.to_dict()
    # Sent under "objects", read back under "tools", as the API documents task answers.
    assert canonical(stored["tools"]) == canonical(answer.to_dict()["objects"])
    assert canonical(stored["classifications"]) == canonical(answer.to_dict()["classifications"])
    assert TaskAnswer.from_model(task.answer).objects == answer.objects


def test_invalid_label_set_and_answer_are_refused_before_any_request() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"no request expected, got {request.method} {request.url}")

    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(refuse))
    broken = (
        LabelSet()
        .tool("Vehicle", Tool.BOUNDING_BOX)
        .tool("Vehicle", Tool.BOUNDING_BOX)
        .classification(Radio("Empty", []))
    )
    with pytest.raises(LabelSetError) as info:
        hub.projects.create("Broken", category_schema=broken)
    assert len(info.value.problems) == 2
    with pytest.raises(LabelSetError, match="not supported"):
        hub.projects.set_label_set("p1", vehicles(), project_type="pdf")
    wrong = TaskAnswer(objects=[ToolObject.point(1, 2, schema_id="no-such-tool", object_id="o1")])
    with pytest.raises(AnnotationError, match='schemaId "no-such-tool"'):
        hub.tasks.annotate("t1", wrong, label_set=vehicles())
    rows = [
        LabelImportRow.from_answer(wrong, external_id="a.jpg"),
        LabelImportRow.from_answer(TaskAnswer(), external_id="b.jpg"),
        {"objects": []},
    ]
    with pytest.raises(AnnotationError) as errors:
        hub.labels.import_("p1", rows, label_set=vehicles())
    message = str(errors.value)
    assert "rows[0].objects[0]" in message
    assert "rows[2]: needs an externalId, a dataUrl, an assetId or the asset's data URL" in message
    assert "rows[1]" not in message


def rows_for(label_set: LabelSet, external_ids: list[str]) -> list[LabelImportRow]:
    schema = label_set.to_dict()
    return [
        LabelImportRow.from_answer(
            TaskAnswer(objects=[ToolObject.bounding_box(1, 2, 3 + i, 4, title="Vehicle", label_set=schema)]),
            external_id=external_id,
        )
        for i, external_id in enumerate(external_ids)
    ]


def test_bulk_import_in_chunks_isolates_refused_rows(served: tuple[Client, MockState, str]) -> None:
    hub, state, _base_url = served
    project_id, label_set = project_with_assets(hub, 23)
    ids = [f"img-{i:03d}" for i in range(23)]
    ids[4] = "missing-1"
    ids[17] = "missing-2"
    progress: list[tuple[int, int]] = []
    report = hub.labels.import_(
        project_id,
        rows_for(label_set, ids),
        label_set=label_set,
        chunk_size=10,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert len(report) == 23
    assert [row.key for row in report.rows] == ids
    assert {row.key for row in report.failed} == {"missing-1", "missing-2"}
    assert all("missing" in (row.error or "") for row in report.failed)
    assert report.count("imported") == 21
    assert not report.ok
    assert progress == [(10, 23), (20, 23), (23, 23)]
    # Three chunks; each refused chunk of 10 (404: an external ID the project does not have)
    # was halved until its bad row was alone: rows 0-9 took 8 more requests (bad row 4: 5+5,
    # 2+3, 1+2, 1+1), rows 10-19 took 6 (bad row 17: 5+5, 2+3, 1+2); the first 404 asked
    # once whether the project exists (1).
    assert report.requests == 3 + 8 + 6 + 1
    assert report.summary() == "21 imported, 2 failed of 23 rows in 18 requests"
    retry = report.rows_to_retry(rows_for(label_set, ids))
    assert [row.external_id for row in retry] == ["missing-1", "missing-2"]
    labelled = [task for task in state.tasks.list(project_id) if (task.get("answer") or {}).get("objects")]
    assert len(labelled) == 21


def test_a_missing_project_is_not_halved(served: tuple[Client, MockState, str]) -> None:
    # A 404 for the project itself (not for a row): the chunk ends, as any other error.
    hub, _state, _base_url = served
    rows = rows_for(vehicles(), [f"img-{i:03d}" for i in range(8)])
    with pytest.raises(LabelImportError, match="Project not found") as info:
        hub.labels.import_("ffffffffffffffffffffffff", rows, chunk_size=4)
    report = info.value.report
    assert [row.status for row in report.rows] == ["failed"] * 4 + ["not_sent"] * 4
    assert report.requests == 2  # the chunk, and the one question whether the project exists
    report = hub.labels.import_("ffffffffffffffffffffffff", rows, chunk_size=4, on_error="continue")
    assert [row.status for row in report.rows] == ["failed"] * 8
    assert report.requests == 2 + 1  # asked once per import


def test_a_404_ends_the_chunk_when_whether_the_project_exists_is_not_known() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        if request.method == "GET":  # the question whether the project exists fails
            return httpx.Response(500, json={"status": "error", "message": "down"})
        return httpx.Response(404, json={"status": "fail", "message": "Unknown externalId(s): 'b'"})

    transport = httpx.MockTransport(answer)
    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=transport, max_retries=0)
    report = hub.labels.import_("p1", [{"externalId": "a"}, {"externalId": "b"}], on_error="continue")
    # The rows were refused (404), not maybe processed: "failed", never "unknown".
    assert [row.status for row in report.rows] == ["failed", "failed"]
    assert all("Unknown externalId" in (row.error or "") for row in report.rows)
    assert seen == ["POST /v2/import/labels", "GET /v2/project/p1"]
    assert report.requests == 2


def test_bulk_import_stops_or_goes_on_after_server_errors() -> None:
    app = create_app(api_key=API_KEY, seed="demo", faults=FaultConfig(error_rate=1.0, seed=3))
    rows = rows_for(vehicles(), ["a.jpg", "b.jpg", "c.jpg"])
    with serve_in_thread(app) as base_url, Client(api_key=API_KEY, base_url=base_url, max_retries=0) as hub:
        with pytest.raises(LabelImportError) as info:
            hub.labels.import_("p1", rows, chunk_size=2)
        report = info.value.report
        # A 500 may come after the server processed the chunk: its rows are "unknown".
        assert [row.status for row in report.rows] == ["unknown", "unknown", "not_sent"]
        assert "items 0-1" in str(info.value)
        assert "0 imported, 2 unknown, 1 not sent of 3 rows" in str(info.value)
        assert report.rows_to_retry(rows) == rows[2:]
        assert report.rows_to_retry(rows, include_unknown=True) == rows  # label rows replace answers
        with pytest.raises(ValueError, match="expected the 3 items"):
            report.rows_to_retry(rows[:2])
        report = hub.labels.import_("p1", rows, chunk_size=2, on_error="continue")
        assert [row.status for row in report.rows] == ["unknown", "unknown", "unknown"]
        assert report.requests == 2


def test_rows_the_server_does_not_confirm_are_reported() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "success", "data": {"imported": 1}})

    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2", transport=httpx.MockTransport(answer))
    report = hub.labels.import_("p1", [{"externalId": "a"}, {"externalId": "b"}])
    assert [row.status for row in report.rows] == ["unconfirmed", "unconfirmed"]
    assert (
        report.rows[0].error
        == "the server confirmed 1 of the 2 items sent with this one and did not say which"
    )


def test_import_arguments_are_checked() -> None:
    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2")
    with pytest.raises(ValueError, match="chunk_size"):
        hub.labels.import_("p1", [{"externalId": "a"}], chunk_size=0)
    with pytest.raises(ValueError, match="on_error"):
        hub.labels.import_("p1", [{"externalId": "a"}], on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of rows"):
        hub.labels.import_("p1", {"externalId": "a"})  # type: ignore[arg-type]


def test_a_classification_shared_by_several_tools_is_picked_by_its_path() -> None:
    schema = (
        vehicles()
        .tool("Truck", Tool.BOUNDING_BOX, classifications=[Radio("Color", ["Red", "Blue"])])
        .to_dict()
    )
    with pytest.raises(ValueError, match="2 classifications") as info:
        Classification.radio("Red", title="Color", label_set=schema)
    assert str(info.value) == (
        '2 classifications are titled "Color": give the schemaId, or the path of one of them: '
        "'Vehicle > Color', 'Truck > Color'"
    )
    truck = Classification.radio("Red", title="Truck > Color", label_set=schema)
    vehicle = Classification.radio("Red", title="Vehicle > Color", label_set=schema)
    assert truck.title == vehicle.title == "Color"
    assert truck.schema_id != vehicle.schema_id
    with pytest.raises(ValueError, match='no classification at the path "Bus > Color"'):
        Classification.radio("Red", title="Bus > Color", label_set=schema)


def test_rows_can_name_their_asset_by_id(served: tuple[Client, MockState, str]) -> None:
    hub, state, _base_url = served
    project_id, label_set = project_with_assets(hub, 2)
    asset_ids = [asset["_id"] for asset in state.assets.list(project_id)]
    schema = label_set.to_dict()
    answer = TaskAnswer(objects=[ToolObject.bounding_box(5, 5, 9, 9, title="Vehicle", label_set=schema)])
    rows = [LabelImportRow.from_answer(answer, asset_id=asset_id) for asset_id in asset_ids]
    report = hub.labels.import_(project_id, rows)
    assert [row.key for row in report.rows] == asset_ids
    assert report.ok
