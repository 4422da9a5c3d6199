"""TaskQuery and AssetQuery: each operator and builder method against the wire format, the
official SDK's filters read back byte for byte, errors on bad input, and built filters
sent through the client to the mock Ango Hub."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from ango_hub import Client, filters
from ango_hub.filters import AssetQuery, TaskQuery, format_timestamp
from ango_hub.mock import MockState
from ango_hub.mock.web.spec import ApiSpec
from ango_hub_api.models.asset_filter import AssetFilter as AssetFilterModel
from ango_hub_api.models.task_filter import TaskFilter as TaskFilterModel

API_KEY = "test-key-filters"
ROOT = Path(__file__).resolve().parents[2]
SPEC = ApiSpec.load(ROOT / "openapi" / "ango-hub.yaml")
SDK_REQUESTS = json.loads((ROOT / "tests" / "fixtures" / "sdk_requests.json").read_text())
MAY = datetime(2024, 5, 1, tzinfo=UTC)
JUNE = datetime(2024, 6, 1, tzinfo=UTC)


def _sdk_filters(parameter: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for request in SDK_REQUESTS:
        query = urllib.parse.parse_qs(request["query"])
        if parameter in query:
            found.append((f"{request['sdk_method']}:{request['variant']}", json.loads(query[parameter][0])))
    return found


TASK_FILTERS = _sdk_filters("filter")
ASSET_FILTERS = _sdk_filters("filters")


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _valid(value: Any, schema: str) -> bool:
    return not SPEC.violations(value, {"$ref": f"#/components/schemas/{schema}"})


# --- the official SDK's wire filters ---------------------------------------------------------


def test_the_sdk_fixtures_have_filters() -> None:
    assert len(TASK_FILTERS) >= 3
    assert len(ASSET_FILTERS) >= 3


@pytest.mark.parametrize(("name", "wire"), TASK_FILTERS, ids=[name for name, _ in TASK_FILTERS])
def test_sdk_task_filter_round_trips(name: str, wire: dict[str, Any]) -> None:
    query = TaskQuery.from_dict(wire)
    assert _dump(query.to_dict()) == _dump(wire)
    assert _dump(dict(query)) == _dump(wire)
    assert _dump(TaskQuery.from_model(query.to_model()).to_dict()) == _dump(wire)
    assert _valid(query.to_dict(), "TaskFilter")


@pytest.mark.parametrize(("name", "wire"), ASSET_FILTERS, ids=[name for name, _ in ASSET_FILTERS])
def test_sdk_asset_filter_round_trips(name: str, wire: dict[str, Any]) -> None:
    query = AssetQuery.from_dict(wire)
    assert _dump(query.to_dict()) == _dump(wire)
    assert _dump(AssetQuery.from_model(query.to_model()).to_dict()) == _dump(wire)
    assert _valid(query.to_dict(), "AssetFilter")


def test_the_builder_reproduces_the_sdk_filter_with_every_field() -> None:
    wire = dict(TASK_FILTERS)["get_tasks:task_filter_all_fields"]
    built = (
        TaskQuery()
        .not_stage("Complete")
        .string("batches", nin=["6634a1f9c2b94e0012a7f3e6"])
        .status("TODO")
        .review_status("Accepted")
        .task_type("default")
        .string("assignee", regex="@example.com$")
        .external_id("img_001.jpg", "img_002.jpg")
        .created_between(MAY, JUNE)
        .updated_after(datetime(2024, 5, 15, 12, 30, tzinfo=UTC))
        .created_by("labeler@example.com")
        .string("updated_by", exists=True)
        .priority_between(1, 5)
        .number("duration", gt=0)
        .number("totalDuration", lt=3600.5)
        .with_open_issues(False)
        .draft(False)
        .skipped(False)
        .benchmark()
    )
    assert _dump(built.to_dict()) == _dump(wire)
    assert list(built) == list(wire)


def test_the_builder_reproduces_the_sdk_stage_and_batch_filter() -> None:
    wire = dict(TASK_FILTERS)["get_tasks:task_filter"]
    stages = ["0b5c7d3e-9a41-4f1e-8c2a-6d7e5f4a3b21", "5e2f8a1c-3b4d-4c6e-9f7a-8b1c2d3e4f50"]
    assert TaskQuery().stage(*stages).batch("6634a1f9c2b94e0012a7f3e5").to_dict() == wire


# --- each operator and method ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "wire"),
    [
        (TaskQuery().string("status", eq="TODO"), {"status": {"$eq": "TODO"}}),
        (TaskQuery().string("status", ne="TODO"), {"status": {"$ne": "TODO"}}),
        (TaskQuery().string("stage", in_=["A"]), {"stage": {"$in": ["A"]}}),
        (TaskQuery().string("stage", nin=["A", "B"]), {"stage": {"$nin": ["A", "B"]}}),
        (TaskQuery().string("externalId", regex="^img"), {"externalId": {"$regex": "^img"}}),
        (TaskQuery().string("assignee", exists=True), {"assignee": {"$exists": True}}),
        (TaskQuery().number("priority", eq=2), {"priority": {"$eq": 2}}),
        (TaskQuery().number("priority", ne=0), {"priority": {"$ne": 0}}),
        (TaskQuery().number("duration", gt=1.5, lte=9), {"duration": {"$gt": 1.5, "$lte": 9}}),
        (TaskQuery().number("open_issues_count", gte=1, lt=3), {"openIssuesCount": {"$gte": 1, "$lt": 3}}),
        (TaskQuery().date("createdAt", gt=MAY), {"createdAt": {"$gt": "2024-05-01T00:00:00.000Z"}}),
        (TaskQuery().date("updated_at", lte=JUNE), {"updatedAt": {"$lte": "2024-06-01T00:00:00.000Z"}}),
        (TaskQuery().flag("isDraft", True), {"isDraft": {"$eq": True}}),
        (TaskQuery().stage("Label"), {"stage": {"$in": ["Label"]}}),
        (TaskQuery().stage("Label", "Review"), {"stage": {"$in": ["Label", "Review"]}}),
        (TaskQuery().not_stage("Label"), {"stage": {"$ne": "Label"}}),
        (TaskQuery().not_stage("Label", "Review"), {"stage": {"$nin": ["Label", "Review"]}}),
        (TaskQuery().batch("b1", "b2"), {"batches": {"$in": ["b1", "b2"]}}),
        (TaskQuery().status("TODO", "Completed"), {"status": {"$in": ["TODO", "Completed"]}}),
        (TaskQuery().review_status("Rejected"), {"reviewStatus": {"$eq": "Rejected"}}),
        (TaskQuery().task_type("benchmark"), {"type": {"$eq": "benchmark"}}),
        (TaskQuery().assignee("a@x.com"), {"assignee": {"$eq": "a@x.com"}}),
        (TaskQuery().unassigned(), {"assignee": {"$exists": False}}),
        (TaskQuery().external_id("a.jpg"), {"externalId": {"$eq": "a.jpg"}}),
        (TaskQuery().created_by("a@x.com"), {"createdBy": {"$eq": "a@x.com"}}),
        (TaskQuery().updated_by("a@x.com", "b@x.com"), {"updatedBy": {"$in": ["a@x.com", "b@x.com"]}}),
        (TaskQuery().is_in("type", "default"), {"type": {"$eq": "default"}}),
        (TaskQuery().is_not("type", "default", "consensus"), {"type": {"$nin": ["default", "consensus"]}}),
        (
            TaskQuery().created_between(MAY, JUNE),
            {"createdAt": {"$gte": "2024-05-01T00:00:00.000Z", "$lt": "2024-06-01T00:00:00.000Z"}},
        ),
        (TaskQuery().created_after(MAY), {"createdAt": {"$gt": "2024-05-01T00:00:00.000Z"}}),
        (TaskQuery().created_after(MAY, inclusive=True), {"createdAt": {"$gte": "2024-05-01T00:00:00.000Z"}}),
        (TaskQuery().created_before(MAY), {"createdAt": {"$lt": "2024-05-01T00:00:00.000Z"}}),
        (
            TaskQuery().created_before(MAY, inclusive=True),
            {"createdAt": {"$lte": "2024-05-01T00:00:00.000Z"}},
        ),
        (
            TaskQuery().updated_between(MAY, JUNE),
            {"updatedAt": {"$gte": "2024-05-01T00:00:00.000Z", "$lt": "2024-06-01T00:00:00.000Z"}},
        ),
        (TaskQuery().updated_after(MAY), {"updatedAt": {"$gt": "2024-05-01T00:00:00.000Z"}}),
        (
            TaskQuery().updated_before(JUNE, inclusive=True),
            {"updatedAt": {"$lte": "2024-06-01T00:00:00.000Z"}},
        ),
        (TaskQuery().priority(3), {"priority": {"$eq": 3}}),
        (TaskQuery().priority_between(1, 2), {"priority": {"$gte": 1, "$lte": 2}}),
        (TaskQuery().with_open_issues(), {"openIssuesCount": {"$gt": 0}}),
        (TaskQuery().with_open_issues(False), {"openIssuesCount": {"$eq": 0}}),
        (TaskQuery().draft(), {"isDraft": {"$eq": True}}),
        (TaskQuery().skipped(False), {"isSkipped": {"$eq": False}}),
        (TaskQuery().benchmark(), {"isBenchmark": {"$eq": True}}),
        (TaskQuery(), {}),
    ],
    ids=lambda value: json.dumps(value.to_dict() if isinstance(value, TaskQuery) else value)[:60],
)
def test_each_operator_and_method_wire_format(query: TaskQuery, wire: dict[str, Any]) -> None:
    assert query.to_dict() == wire
    assert _valid(query.to_dict(), "TaskFilter")
    assert isinstance(query.to_model(), TaskFilterModel)


def test_conditions_on_one_field_merge_and_queries_are_immutable() -> None:
    base = TaskQuery().created_after(MAY)
    ranged = base.created_before(JUNE)
    assert base.to_dict() == {"createdAt": {"$gt": "2024-05-01T00:00:00.000Z"}}
    assert ranged.to_dict() == {
        "createdAt": {"$gt": "2024-05-01T00:00:00.000Z", "$lt": "2024-06-01T00:00:00.000Z"}
    }
    assert base.created_after(JUNE).to_dict() == {"createdAt": {"$gt": "2024-06-01T00:00:00.000Z"}}
    # A plain stage ID (the spec's other form of stage) merges as $eq.
    assert TaskQuery.from_dict({"stage": "Label"}).not_stage("Review").to_dict() == {
        "stage": {"$eq": "Label", "$ne": "Review"}
    }
    assert repr(TaskQuery().status("TODO")) == 'TaskQuery({"status": {"$eq": "TODO"}})'
    assert TaskQuery().status("TODO") == {"status": {"$eq": "TODO"}}


def test_timestamps() -> None:
    assert (
        format_timestamp(datetime(2024, 5, 1, 12, 30, 15, 123999, tzinfo=UTC)) == "2024-05-01T12:30:15.123Z"
    )
    # Naive datetimes are taken as UTC; aware ones are converted to UTC; a date is midnight UTC.
    assert format_timestamp(datetime(2024, 5, 1, 12, 0)) == "2024-05-01T12:00:00.000Z"
    assert format_timestamp(datetime(2024, 5, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))) == (
        "2024-05-01T12:00:00.000Z"
    )
    assert format_timestamp(date(2024, 5, 1)) == "2024-05-01T00:00:00.000Z"
    # The generated DateRange rewrites timestamps; from_model puts them back in the API's form.
    model = TaskQuery().created_after(MAY).to_model()
    assert model.to_dict()["createdAt"] == {"$gt": "2024-05-01T00:00:00+00:00"}
    assert TaskQuery.from_model(model).to_dict() == {"createdAt": {"$gt": "2024-05-01T00:00:00.000Z"}}


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: TaskQuery().stage(), "stage must not be empty"),
        (lambda: TaskQuery().status(), "status: give at least one value"),
        (lambda: TaskQuery().string("stage", in_=[]), r"stage \$in must not be empty"),
        (lambda: TaskQuery().string("stage", in_="Label"), r"stage \$in must be a list of strings"),
        (lambda: TaskQuery().status(""), "status must be a non-empty string"),
        (lambda: TaskQuery().string("status"), "status: give at least one operator"),
        (lambda: TaskQuery().created_between(JUNE, MAY), "the start must be before the end"),
        (lambda: TaskQuery().created_between(MAY, MAY), "the start must be before the end"),
        (lambda: TaskQuery().created_after(JUNE).created_before(MAY), "the start must be before the end"),
        (lambda: TaskQuery().priority_between(5, 1), r"no value is \$gte 5 and \$lte 1"),
        (lambda: TaskQuery().priority(True), "priority \\$eq must be a number"),
        (lambda: TaskQuery().number("duration", gt=float("nan")), "must be a finite number"),
        (lambda: TaskQuery().number("status", eq=1), "status is a string field, not a number field"),
        (lambda: TaskQuery().string("colour", eq="red"), "unknown task filter field 'colour'"),
        (lambda: TaskQuery().flag("isDraft", 1), "isDraft must be True or False"),
        (lambda: TaskQuery().created_after("2024-05-01"), "expected a datetime or a date"),
        (lambda: TaskQuery.from_dict({"stage": {"$gt": "A"}}), r"stage does not take the operator '\$gt'"),
        (lambda: TaskQuery.from_dict({"createdAt": {"$gt": "yesterday"}}), "must be an ISO 8601 timestamp"),
        (lambda: TaskQuery.from_dict({"isDraft": {"$eq": "no"}}), "isDraft \\$eq must be True or False"),
        (lambda: TaskQuery.from_dict({"status": {}}), "status must be an operator object"),
        (lambda: TaskQuery.from_dict({"asset": {"$eq": "x"}}), "unknown task filter field 'asset'"),
        (lambda: AssetQuery().in_batches(), "batches must not be empty"),
        (lambda: AssetQuery().external_id(""), "externalId must be a non-empty string"),
        (lambda: AssetQuery().pre_labeled("yes"), "isPreLabeled must be True or False"),
        (lambda: AssetQuery.from_dict({"stage": "x"}), "unknown asset filter field 'stage'"),
    ],
)
def test_bad_input_raises_a_clear_value_error(build: Any, message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        build()


def test_asset_query_methods() -> None:
    query = AssetQuery().asset_id("a1").external_id("img 001.jpg").pre_labeled().in_batches("b1", "b2")
    wire = {"_id": "a1", "externalId": "img 001.jpg", "isPreLabeled": True, "batches": ["b1", "b2"]}
    assert query.to_dict() == wire
    assert _valid(wire, "AssetFilter")
    assert isinstance(query.to_model(), AssetFilterModel)
    assert AssetQuery().pre_labeled(False).to_dict() == {"isPreLabeled": False}
    assert repr(AssetQuery().external_id("x")) == 'AssetQuery({"externalId": "x"})'


# --- through the client, against the mock -----------------------------------------------------


@pytest.fixture(scope="module")
def hub_client(server: tuple[str, MockState]) -> Iterator[Client]:
    with Client(api_key=API_KEY, base_url=server[0], max_retries=0) as client:
        yield client


@pytest.fixture(scope="module")
def vehicles(hub_client: Client) -> str:
    return next(project.id for project in hub_client.projects.list() if project.name == "Vehicle detection")


def _external_ids(hub: Client, project_id: str, query: TaskQuery) -> list[str]:
    data = hub.tasks.list_page(project_id, limit=200, filters=query)
    tasks = [str(task.external_id) for task in data.tasks]
    assert data.total == len(tasks)
    return tasks


def test_built_task_filters_select_the_expected_tasks(hub_client: Client, vehicles: str) -> None:
    assert len(_external_ids(hub_client, vehicles, TaskQuery())) == 100
    assert len(_external_ids(hub_client, vehicles, TaskQuery().stage("Review"))) == 15
    assert len(_external_ids(hub_client, vehicles, TaskQuery().stage("Label", "Review"))) == 55
    assert len(_external_ids(hub_client, vehicles, TaskQuery().not_stage("Label"))) == 60
    alice = _external_ids(hub_client, vehicles, TaskQuery().stage("Label").assignee("alice@example.com"))
    assert len(alice) == 10
    assert len(_external_ids(hub_client, vehicles, TaskQuery().stage("Label").unassigned())) == 30
    # The demo's tasks are created 7 minutes apart from 2025-01-15 09:00 UTC.
    start = datetime(2025, 1, 15, 9, 0, tzinfo=UTC)
    first_ten = _external_ids(
        hub_client, vehicles, TaskQuery().created_between(start, start + timedelta(minutes=70))
    )
    assert sorted(first_ten) == [f"street-{index:04d}.jpg" for index in range(1, 11)]
    # Naive datetimes are UTC: the same range, spelled naive.
    naive = TaskQuery().created_between(datetime(2025, 1, 15, 9, 0), datetime(2025, 1, 15, 10, 10))
    assert sorted(_external_ids(hub_client, vehicles, naive)) == sorted(first_ten)
    picked = TaskQuery().external_id("street-0001.jpg", "street-0099.jpg")
    assert sorted(_external_ids(hub_client, vehicles, picked)) == ["street-0001.jpg", "street-0099.jpg"]
    # The generated model is accepted too.
    assert hub_client.tasks.list_page(vehicles, filters=TaskQuery().stage("Review").to_model()).total == 15


def test_built_asset_filters_select_the_expected_assets(hub_client: Client, vehicles: str) -> None:
    batches = {batch.name: batch.id for batch in hub_client.batches.list(vehicles)}
    city = hub_client.assets.list_page(
        vehicles, limit=100, filters=AssetQuery().in_batches(batches["City streets"])
    )
    assert city.total == 50
    one = hub_client.assets.list_page(vehicles, filters=AssetQuery().external_id("street-0042.jpg"))
    assert [asset.external_id for asset in one.assets] == ["street-0042.jpg"]


def _spec_filter_examples() -> list[tuple[str, str, dict[str, Any]]]:
    """Every example of a task or asset filter in the spec (parameters and schemas)."""
    import yaml

    spec = yaml.safe_load((ROOT / "openapi" / "ango-hub.yaml").read_text(encoding="utf-8"))
    found: list[tuple[str, str, dict[str, Any]]] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            media = node.get("content")
            content = media.get("application/json") if isinstance(media, dict) else None
            content = content if isinstance(content, dict) else {}
            schema = content.get("schema")
            ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
            for kind in ("TaskFilter", "AssetFilter"):
                if ref.endswith("/" + kind) and isinstance(content.get("example"), dict):
                    found.append((kind, where, content["example"]))
            if str(node.get("$ref", "")).endswith(("/TaskFilter", "/AssetFilter")) and isinstance(
                node.get("example"), dict
            ):
                found.append((node["$ref"].rsplit("/", 1)[1], where, node["example"]))
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(spec, "")
    return found


SPEC_FILTER_EXAMPLES = _spec_filter_examples()


def test_the_spec_has_filter_examples() -> None:
    assert len(SPEC_FILTER_EXAMPLES) >= 2


@pytest.mark.parametrize(
    ("kind", "where", "example"), SPEC_FILTER_EXAMPLES, ids=[w for _, w, _ in SPEC_FILTER_EXAMPLES]
)
def test_spec_filter_examples_round_trip(kind: str, where: str, example: dict[str, Any]) -> None:
    builder = TaskQuery if kind == "TaskFilter" else AssetQuery
    assert json.dumps(builder.from_dict(example).to_dict(), sort_keys=True) == json.dumps(
        example, sort_keys=True
    )


@pytest.mark.parametrize(("old", "builder"), [("TaskFilter", TaskQuery), ("AssetFilter", AssetQuery)])
def test_the_former_names_of_the_builders_still_import_with_a_deprecation_warning(
    old: str, builder: type[TaskQuery] | type[AssetQuery]
) -> None:
    """``ango_hub.filters.TaskFilter``/``AssetFilter`` (the generated models' names) are the
    builders, with a ``DeprecationWarning`` naming the new name and pointing at the caller."""
    assert old not in filters.__all__
    message = rf"ango_hub\.filters\.{old} is deprecated: use ango_hub\.filters\.{builder.__name__}"
    user_code = compile(f"from ango_hub.filters import {old}", "user_code.py", "exec")
    namespace: dict[str, Any] = {}
    with pytest.warns(DeprecationWarning, match=message) as caught:
        exec(user_code, namespace)
    assert namespace[old] is builder
    assert [warning.filename for warning in caught] == ["user_code.py"]
    with pytest.warns(DeprecationWarning, match=message) as caught:
        attribute = getattr(filters, old)
    assert attribute is builder
    assert [warning.filename for warning in caught] == [__file__]
    with pytest.raises(AttributeError, match="TaskFilters"):
        _ = filters.TaskFilters  # type: ignore[attr-defined]


# --- what a newcomer tripped over --------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "wire"),
    [
        (lambda: TaskQuery().is_in("stage", ["Label"]), {"stage": {"$eq": "Label"}}),
        (lambda: TaskQuery().is_in("stage", ("Label", "Review")), {"stage": {"$in": ["Label", "Review"]}}),
        (lambda: TaskQuery().is_in("stage", {"Review", "Label"}), {"stage": {"$in": ["Label", "Review"]}}),
        (lambda: TaskQuery().is_not("stage", ["Label", "Review"]), {"stage": {"$nin": ["Label", "Review"]}}),
        (lambda: TaskQuery().stage(["Label", "Review"]), {"stage": {"$in": ["Label", "Review"]}}),
        (lambda: TaskQuery().assignee(["a@example.com"]), {"assignee": {"$eq": "a@example.com"}}),
        (lambda: TaskQuery().batch(["b1", "b2"]), {"batches": {"$in": ["b1", "b2"]}}),
        (lambda: AssetQuery().in_batches(["b1", "b2"]), {"batches": ["b1", "b2"]}),
    ],
)
def test_methods_taking_several_values_also_take_them_as_one_list(build: Any, wire: dict[str, Any]) -> None:
    assert build().to_dict() == wire


def test_values_given_both_ways_at_once_are_refused_with_how_to_give_them() -> None:
    with pytest.raises(ValueError, match=r"stage: give the values as separate arguments .* or as one list"):
        TaskQuery().is_in("stage", "Label", ["Review"])


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: TaskQuery().status("DONE"),
            r"status 'DONE' is not one of the documented values \(Completed, TODO\)",
        ),
        (lambda: TaskQuery().status("todo"), r"did you mean 'TODO'\?"),
        (
            lambda: TaskQuery().is_in("status", ["TODO", "Done"]),
            r"status 'Done' is not one of the documented",
        ),
        (lambda: TaskQuery().string("status", ne="Finished"), r"status 'Finished'"),
        (
            lambda: TaskQuery().review_status("Approved"),
            r"reviewStatus 'Approved' .*Accepted, Fixed, Rejected, Todo",
        ),
        (lambda: TaskQuery().task_type("normal"), r"type 'normal' .*benchmark, consensus, default"),
    ],
)
def test_an_undocumented_value_of_an_enum_field_warns_at_the_callers_line(build: Any, message: str) -> None:
    with pytest.warns(UserWarning, match=message) as caught:
        build()
    assert [warning.filename for warning in caught] == [__file__]


def test_documented_values_and_fields_without_documented_values_do_not_warn() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        TaskQuery().status("TODO", "Completed").review_status("Accepted").task_type("default")
        TaskQuery().stage("Anything").assignee("ann@example.com").string("status", regex="^T")


def test_an_undocumented_status_is_still_sent_and_matches_nothing(hub_client: Client, vehicles: str) -> None:
    todo = hub_client.tasks.list_page(vehicles, filters=TaskQuery().status("TODO")).total
    completed = hub_client.tasks.list_page(vehicles, filters=TaskQuery().status("Completed")).total
    assert isinstance(todo, int)
    assert todo > 0
    assert todo + (completed or 0) == 100
    with pytest.warns(UserWarning, match="status 'DONE'"):
        done = TaskQuery().status("DONE")
    assert hub_client.tasks.list_page(vehicles, filters=done).total == 0
