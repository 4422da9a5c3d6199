"""The mock's state in the client's shape: ``state.<entity>`` are the stores (``get``,
``require``, ``list``, ``view``), handlers use them, ``MockState`` keeps what spans entities,
and the names it had before still work, with a ``DeprecationWarning``."""

from __future__ import annotations

import ast
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ango_hub.mock import MockState, create_app, mock_state, serve_in_thread
from ango_hub.mock.state import DocumentStore, find_stage
from ango_hub.mock.state._deprecated import DeprecatedAliases
from ango_hub.mock.web.errors import ApiError

MOCK = Path(__file__).resolve().parents[2] / "ango_hub" / "mock"
API_KEY = "stores-key"
DOCUMENT_STORES = (
    "users", "invites", "storages", "projects", "assets", "tasks", "histories",
    "issues", "files", "exports", "llms", "webhooks",
)  # fmt: skip


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[httpx.Client, MockState]]:
    app = create_app(api_key=API_KEY, seed=None)
    with (
        serve_in_thread(app) as base_url,
        httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client,
    ):
        yield client, mock_state(app)


def test_every_entity_is_a_store_with_get_and_require() -> None:
    state = MockState()
    for name in DOCUMENT_STORES:
        store = getattr(state, name)
        assert isinstance(store, DocumentStore), name
        assert store is getattr(state.stores, name)
        assert store.get("nothing-here") is None
        with pytest.raises(ApiError) as caught:
            store.require("nothing-here")
        assert (caught.value.status, caught.value.message) == (404, f"{store.kind} not found: nothing-here")


def test_require_is_the_404_a_handler_answers(served: tuple[httpx.Client, MockState]) -> None:
    client, state = served
    project_id = state.add_project("Answers")
    [task_id] = state.add_tasks(project_id, 1)
    for path, store, missing in (
        ("/project/{}", state.projects, "no-project"),
        ("/task/{}", state.tasks, "no-task"),
        ("/storages/{}/files?bucketName=b", state.storages, "no-storage"),
    ):
        with pytest.raises(ApiError) as caught:
            store.require(missing)
        answer = client.get(path.format(missing))
        assert answer.status_code == caught.value.status == 404
        assert answer.json()["message"] == caught.value.message
    assert state.tasks.require(task_id)["_id"] == task_id


def test_deleted_documents_are_out_of_sight_but_kept(served: tuple[httpx.Client, MockState]) -> None:
    client, state = served
    project_id = state.add_project("Deleted soon", stages=["Label", "Review"])
    [task_id] = state.add_tasks(project_id, 1)
    issue_id = state.add_issue(task_id, "Look")
    task = state.tasks.require(task_id)
    asset_id = task["asset"]
    assert [each["_id"] for each in state.tasks.list(project_id)] == [task_id]
    assert [each["_id"] for each in state.assets.list(project_id)] == [asset_id]
    assert [each["_id"] for each in state.issues.list(task_id=task_id)] == [issue_id]
    assert client.delete(f"/project/{project_id}").status_code == 200
    assert state.projects.get(project_id) is None
    assert (state.tasks.get(task_id), state.assets.get(asset_id), state.issues.get(issue_id)) == (None,) * 3
    assert state.tasks.list(project_id) == state.assets.list(project_id) == []
    assert state.issues.list(project_id=project_id) == []
    assert project_id not in {project["_id"] for project in state.projects.list()}
    assert state.projects.documents[project_id]["deleted"] is True
    assert state.tasks.documents[task_id]["deleted"] is True


def test_views_are_what_the_api_answers(served: tuple[httpx.Client, MockState]) -> None:
    client, state = served
    project_id = state.add_project("Views")
    [task_id] = state.add_tasks(project_id, 1)
    history_id = state.label_task(task_id, {"objects": [], "classifications": []})
    task = state.tasks.require(task_id)
    assert client.get(f"/task/{task_id}").json()["data"]["task"] == state.tasks.view(task)
    assert client.get(f"/project/{project_id}").json()["data"]["project"] == state.projects.view(
        state.projects.require(project_id)
    )
    answered = client.get(f"/taskHistory/{history_id}").json()["data"]["taskHistory"]
    assert answered == state.histories.view(state.histories.require(history_id))
    assert [history["_id"] for history in state.histories.list(task_id)] == [history_id]
    listed = client.get(f"/project/{project_id}/assets").json()["data"]["assets"]
    assert listed == [state.assets.view(asset) for asset in state.assets.list(project_id)]
    # A view is a copy: changing it changes nothing stored.
    state.tasks.view(task)["stage"] = "Elsewhere"
    assert task["stage"] == "Label"


def test_organization_views_are_what_the_api_answers(served: tuple[httpx.Client, MockState]) -> None:
    client, state = served
    state.add_invite("frank@example.com")
    state.add_llm("Chat")
    state.connect_storage("Bucket")
    organization = f"/organization/{state.organization_id}"
    for path, key, store in (
        (f"{organization}/users", "users", state.users),
        (f"{organization}/invites", "invites", state.invites),
        ("/llms", "llms", state.llms),
        ("/storages", "storages", state.storages),
    ):
        answered = client.get(path).json()["data"][key]
        assert answered == [store.view(document) for document in store.list()], path
    invite = state.invites.list()[0]
    assert "invitedBy" in invite
    assert "invitedBy" not in state.invites.view(invite)


def test_users_are_found_by_id_or_email() -> None:
    state = MockState()
    user_id = state.add_member("erin@example.com")
    assert state.users.require(user_id) is state.users.require("erin@example.com")
    assert state.users.ensure("erin@example.com")["_id"] == user_id


def test_every_deprecated_name_warns_and_gives_its_replacement() -> None:
    state = MockState()
    project_id = state.add_project("Old names")
    [task_id] = state.add_tasks(project_id, 1)
    names = [name for name, value in vars(DeprecatedAliases).items() if hasattr(value, "shown")]
    assert len(names) >= 45
    for name in names:
        with pytest.warns(DeprecationWarning, match=rf"MockState\.{name} is deprecated: use "):
            getattr(state, name)
    with pytest.warns(DeprecationWarning, match="state.tasks.require"):
        assert state.task(task_id) is state.tasks.require(task_id)
    with pytest.warns(DeprecationWarning, match="state.create_asset"):
        asset, task = state.add_asset(state.projects.require(project_id), data="x", external_id="x")
    assert task["asset"] == asset["_id"]
    with pytest.warns(DeprecationWarning, match="state.records.notifications"):
        assert state.notifications is state.records.notifications
    with pytest.warns(DeprecationWarning, match="ango_hub.mock.state.find_stage"):
        assert MockState.find_stage is find_stage
    fresh = MockState()
    with pytest.warns(DeprecationWarning, match=r"state\.storages\.add_default"):
        assert fresh.with_default_storage() is fresh
    assert len(fresh.storages.list()) == 1


def test_reading_a_store_as_the_dict_it_was_warns() -> None:
    state = MockState()
    project_id = state.add_project("Dicts")
    with pytest.warns(DeprecationWarning, match=r"reading MockState\.projects as a dict is deprecated"):
        assert state.projects[project_id]["name"] == "Dicts"
    dict_access = r"as a dict is deprecated: it is a store now"
    with pytest.warns(DeprecationWarning, match=dict_access):
        assert list(state.projects.values()) == [state.projects.require(project_id)]
    with pytest.warns(DeprecationWarning, match=dict_access):
        assert project_id in state.projects
    with pytest.warns(DeprecationWarning, match=r"MockState\.users as a dict"):
        assert len(state.users) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert state.projects.documents[project_id] is state.projects.require(project_id)


def test_the_mock_state_keeps_only_what_spans_entities() -> None:
    """``MockState`` is the stores plus what spans several kinds of entity: at most 400 lines."""
    lines = (MOCK / "state" / "mock_state.py").read_text().count("\n")
    assert lines <= 400, f"mock_state.py has {lines} lines"


def _deprecated_uses(path: Path) -> list[str]:
    names = {name for name, value in vars(DeprecatedAliases).items() if hasattr(value, "shown")}
    names.add("with_default_storage")
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Attribute) or node.attr not in names:
            continue
        holder = node.value
        held = holder.attr if isinstance(holder, ast.Attribute) else getattr(holder, "id", "")
        if held in ("state", "MockState"):
            found.append(f"{path.relative_to(MOCK)}:{node.lineno}: .{node.attr}")
    return found


def test_the_mock_uses_the_stores_not_the_deprecated_names() -> None:
    """Handlers and helpers use ``state.tasks.require(task_id)`` and friends."""
    modules = [path for path in sorted(MOCK.rglob("*.py")) if path.name != "_deprecated.py"]
    assert len(modules) > 40
    assert [use for path in modules for use in _deprecated_uses(path)] == []
