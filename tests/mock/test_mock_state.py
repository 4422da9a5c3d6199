"""The mock's store and its seeds: contents, determinism, thread safety."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from ango_hub.mock import MockState, create_app, mock_state, serve_in_thread
from ango_hub.mock.state import DEFAULT_STORAGE_ID, format_timestamp, parse_timestamp
from ango_hub.mock.state.seed import DEMO_PROJECT_NAMES, apply_seed
from ango_hub.mock.web.errors import ApiError


def demo() -> MockState:
    state = MockState()
    apply_seed(state, "demo")
    return state


def snapshot(state: MockState) -> str:
    stores = (state.projects, state.assets, state.tasks, state.histories, state.issues, state.storages)
    return json.dumps([*(store.documents for store in stores), state.users.documents], sort_keys=True)


def test_demo_seed_contents() -> None:
    state = demo()
    projects = {project["name"]: project for project in state.projects.list()}
    assert tuple(projects) == DEMO_PROJECT_NAMES
    assert len(state.storages.list()) == 2
    assert len(state.tasks.documents) == 200
    counts = {
        name: Counter(task["stage"] for task in state.tasks.list(p["_id"])) for name, p in projects.items()
    }
    assert counts["Vehicle detection"] == {"Complete": 45, "Label": 40, "Review": 15}
    assert counts["News NER"] == {"Complete": 30, "Label": 40}
    assert counts["Product photos"] == {"Complete": 10, "Label": 20}
    vehicle_schema = projects["Vehicle detection"]["categorySchema"]
    assert [(tool["title"], tool["tool"]) for tool in vehicle_schema["tools"]] == [
        ("Vehicle", "bounding-box"),
        ("Road", "polygon"),
    ]
    nested = vehicle_schema["tools"][0]["classifications"][0]
    assert (nested["title"], nested["tool"]) == ("Type", "radio")
    assert [option["value"] for option in nested["options"]] == ["Car", "Truck", "Bus"]
    assert vehicle_schema["classifications"][0]["tool"] == "checkbox"
    assert {tool["tool"] for tool in projects["News NER"]["categorySchema"]["tools"]} == {"ner"}
    for task in state.tasks.documents.values():
        annotated = bool(task["answer"]["objects"] or task["answer"]["classifications"])
        assert annotated == (task["stage"] in ("Complete", "Review"))
        assert (task["status"] == "Completed") == (task["stage"] == "Complete")
    assert len(state.issues.list()) == 2


def test_demo_ner_spans_point_at_their_entities() -> None:
    state = demo()
    ner = next(project for project in state.projects.list() if project["name"] == "News NER")
    titles = {tool["schemaId"]: tool["title"] for tool in ner["categorySchema"]["tools"]}
    checked = 0
    for task in state.tasks.list(ner["_id"]):
        text = state.assets.documents[task["asset"]]["data"]
        for obj in task["answer"]["objects"]:
            span = text[obj["ner"]["start"] : obj["ner"]["end"]]
            assert span[:1].isalpha(), (titles[obj["schemaId"]], span)
            checked += 1
    assert checked == 90


def test_demo_seed_is_deterministic() -> None:
    assert snapshot(demo()) == snapshot(demo())
    ids = [project["_id"] for project in demo().projects.list()]
    assert ids == ["50f244556f25e2a25a921187", "916092616e107e22fa7199d6", "41b1118065decf1a2d269048"]


def test_new_objects_after_the_seed_get_random_ids() -> None:
    first, second = demo(), demo()
    one = first.projects.create("Later")
    other = second.projects.create("Later")
    assert one["_id"] != other["_id"]
    assert len(one["_id"]) == 24
    int(one["_id"], 16)


def test_empty_seed_has_one_storage() -> None:
    state = MockState()
    apply_seed(state, None)
    assert state.projects.list() == []
    assert [storage["_id"] for storage in state.storages.list()] == [DEFAULT_STORAGE_ID]


def test_lookups_raise_404() -> None:
    state = MockState()
    with pytest.raises(ApiError) as caught:
        state.projects.require("abc")
    assert (caught.value.status, caught.value.message) == (404, "Project not found: abc")
    with pytest.raises(ApiError, match="Task not found: t"):
        state.tasks.require("t")


def test_timestamps() -> None:
    moment = datetime(2025, 1, 15, 10, 30, 0, 479_999, tzinfo=UTC)
    assert format_timestamp(moment) == "2025-01-15T10:30:00.479Z"
    assert format_timestamp(moment.astimezone(timezone(timedelta(hours=2)))) == "2025-01-15T10:30:00.479Z"
    assert parse_timestamp("2025-01-15T10:30:00.479Z") == moment.replace(microsecond=479_000)
    assert parse_timestamp("2025-01-15T10:30:00") == datetime(2025, 1, 15, 10, 30, tzinfo=UTC)
    assert parse_timestamp("soon") is None
    assert parse_timestamp(5) is None


def test_concurrent_requests_keep_the_store_consistent() -> None:
    app = create_app(api_key="k")
    state = mock_state(app)
    project = state.projects.create("Busy")
    workers, per_worker = 6, 10
    errors: list[str] = []

    with serve_in_thread(app) as base_url:

        def work(worker: int) -> None:
            with httpx.Client(base_url=base_url, headers={"apikey": "k"}, timeout=10) as client:
                for index in range(per_worker):
                    asset = {"data": f"https://bucket.test/{worker}-{index}.jpg"}
                    response = client.post(f"/project/{project['_id']}/cloud", json={"assets": [asset]})
                    if response.status_code != 200:
                        errors.append(response.text)
                    # The test thread changes the store directly meanwhile.
                    state.projects.create_batch(project, f"batch-{worker}-{index}")

        threads = [threading.Thread(target=work, args=(worker,)) for worker in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with httpx.Client(base_url=base_url, headers={"apikey": "k"}) as client:
            listed = client.get(f"/project/{project['_id']}/tasks", params={"limit": 1000}).json()["data"]
    assert errors == []
    assert listed["total"] == len(listed["tasks"]) == workers * per_worker
    assert len({task["asset"]["externalId"] for task in listed["tasks"]}) == workers * per_worker
    assert len(project["batches"]) == workers * per_worker


def test_every_store_shares_the_lock_and_clock() -> None:
    state = MockState(clock=lambda: datetime(2025, 3, 1, tzinfo=UTC))
    stores = [field.name for field in dataclasses.fields(state.stores)]
    assert set(stores) == {
        "users", "invites", "storages", "projects", "assets", "tasks", "histories",
        "issues", "files", "exports", "llms", "webhooks", "records",
    }  # fmt: skip
    for name in stores:
        store = getattr(state.stores, name)
        assert store.lock is state.lock, name
        # state.<entity> are the stores themselves.
        assert getattr(state, name) is store, name
    # One clock: a deterministic block changes the ids and the time of every store.
    ids = iter(f"{number:024x}" for number in range(1, 100))
    with state.deterministic(lambda: next(ids), lambda: datetime(2030, 1, 1, tzinfo=UTC)):
        project = state.projects.create("P")
        asset, task = state.create_asset(project, data="https://x.test/a.jpg", external_id="a.jpg")
        issue = state.create_issue(task, {"content": "c"})
    assert [project["_id"], asset["_id"], task["_id"], issue["_id"]] == [f"{n:024x}" for n in (1, 2, 3, 4)]
    assert {project["createdAt"], task["createdAt"], issue["createdAt"]} == {"2030-01-01T00:00:00.000Z"}
    assert state.timestamp() == "2025-03-01T00:00:00.000Z"


def test_the_lock_held_by_a_test_blocks_every_store() -> None:
    state = MockState()
    entered = threading.Event()
    done: list[str] = []

    def other_thread() -> None:
        entered.set()
        state.stores.storages.add("late", "AWS", "eu-west-1")
        done.append("added")

    with state.lock:
        worker = threading.Thread(target=other_thread)
        worker.start()
        entered.wait(5)
        worker.join(0.2)
        assert done == []  # the storage store waits for the state's one lock
    worker.join(5)
    assert done == ["added"]
