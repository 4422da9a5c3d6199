"""The load-test project (``create_app(tasks=N)``, ``--tasks N``): its content, and paging
through 20,000 tasks with the client."""

from __future__ import annotations

import gc
from collections import Counter

import pytest

import ango_hub
from ango_hub.mock import create_app, mock_state, serve_in_thread
from ango_hub.mock.behaviours.loadtest import LOAD_TEST_BATCHES, LOAD_TEST_PROJECT, add_load_test
from ango_hub.mock.state import MockState
from ango_hub.mock.state.seed import DEMO_PROJECT_NAMES, apply_seed

API_KEY = "test-key-size"


def load_test(state: MockState) -> dict[str, object]:
    return next(project for project in state.projects.list() if project["name"] == LOAD_TEST_PROJECT)


def test_load_test_project_content() -> None:
    state = MockState()
    apply_seed(state, "demo")
    project = add_load_test(state, 10)
    names = [project["name"] for project in state.projects.list()]
    assert names == [*DEMO_PROJECT_NAMES, LOAD_TEST_PROJECT]
    assert [batch["name"] for batch in project["batches"]] == list(LOAD_TEST_BATCHES)
    tasks = state.tasks.list(project["_id"])
    assert len(tasks) == 10
    views = [state.tasks.view(task) for task in tasks]
    assert [view["externalId"] for view in views[:2]] == ["load-000001.jpg", "load-000002.jpg"]
    first, second = (batch["_id"] for batch in project["batches"])
    assert Counter(view["batches"][0] for view in views) == {first: 5, second: 5}
    complete = [task for task in tasks if task["status"] == "Completed"]
    assert [task["stage"] for task in complete] == ["Complete"] * 4  # tasks 1, 4, 7 and 10
    assert all(len(state.histories.list(task["_id"])) == 1 for task in complete)
    assert all(task["answer"]["classifications"][0]["title"] == "Quality" for task in complete)
    assert {task["stage"] for task in tasks if task not in complete} == {"Label"}
    assert tasks[0]["createdAt"] == "2025-02-01T08:00:00.000Z"
    assert tasks[1]["createdAt"] == "2025-02-01T08:00:01.000Z"


def test_load_test_is_deterministic_and_unique() -> None:
    def build() -> list[str]:
        state = MockState()
        apply_seed(state, "demo")
        project = add_load_test(state, 50)
        return [task["_id"] for task in state.tasks.list(project["_id"])]

    first = build()
    assert build() == first
    assert len(set(first)) == 50
    assert all(len(task_id) == 24 and int(task_id, 16) >= 0 for task_id in first)


@pytest.mark.parametrize("bad", [0, -3])
def test_load_test_needs_a_positive_count(bad: int) -> None:
    with pytest.raises(ValueError, match="tasks must be 1 or more"):
        create_app(tasks=bad)


def test_the_store_lock_pauses_the_garbage_collector_while_held() -> None:
    state = MockState()
    assert gc.isenabled()
    with state.lock:
        assert not gc.isenabled()
        with state.lock:  # re-entrant
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with state.lock:
            pass
        assert not gc.isenabled()  # it only resumes what it paused
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):
        state.lock.release()


def test_client_pages_through_20000_tasks_exactly_once() -> None:
    app = create_app(api_key=API_KEY, seed="demo", tasks=20_000)
    state = mock_state(app)
    project_id = str(load_test(state)["_id"])
    with (
        serve_in_thread(app) as base_url,
        ango_hub.Client(api_key=API_KEY, base_url=base_url, max_retries=0) as hub,
    ):
        seen: list[str] = []
        total = None
        for page in range(1, 21):
            listed = hub.tasks.list_page(project_id, page=page, limit=1000)
            total = listed.total
            seen.extend(task.id for task in listed.tasks)
        assert hub.tasks.list_page(project_id, page=21, limit=1000).tasks == []
    assert total == 20_000
    assert len(seen) == 20_000
    assert len(set(seen)) == 20_000


def test_load_test_project_id() -> None:
    from ango_hub.mock import create_app, mock_state
    from ango_hub.mock.behaviours.loadtest import load_test_project_id

    state = mock_state(create_app(api_key="k", seed="demo", tasks=3))
    assert state.projects.documents[load_test_project_id(state)]["name"] == LOAD_TEST_PROJECT
    with pytest.raises(LookupError, match="no Load test project"):
        load_test_project_id(mock_state(create_app(api_key="k", seed="demo")))
