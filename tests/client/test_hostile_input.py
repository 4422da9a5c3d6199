"""Hostile input: ids, names, keys and base URLs that try to send a request where it should not go.

Every operation of the spec whose path takes an ID is found in the generated operation table
(``OPERATIONS_BY_TAG`` and each ``Operation.path``) and mapped to the resource methods that
fill that path (:data:`CALLS`): a new operation fails ``test_every_path_operation_is_mapped``
until it is added. Each of them is called with hostile IDs against a ``HostileServer`` that
records the raw request target: the ID reaches the server inside its own path segment
(percent-encoded, the path asserted byte for byte) or is refused with ``ValueError`` before
any request. IDs of the wrong type are refused with ``TypeError``, again before any request.

Every test runs with ``Client`` and ``AsyncClient``, with a canary API key: the canary
evidence (every logger at DEBUG, every expected exception with its chain and its traceback
with locals) must not hold it anywhere (``_hostile.canary_run``).
"""

from __future__ import annotations

import importlib
import itertools
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from _async_bridge import client_for
from _hostile import CANARY, Evidence, HostileServer, RawRequest, always, canary_run, fail_response, leaks

from ango_hub import AngoHubError, AsyncClient, Client
from ango_hub.pagination import AsyncPaginator, Paginator
from ango_hub_api.models import (
    AssetBuilderTemplateCreate,
    ChatAssetsCreate,
    CloudAsset,
    IssueUpdate,
    LabelValidationUpdate,
    Metric,
    OrganizationRole,
    ProjectRole,
    ProjectUpdate,
    ReviewStatus,
    Stage,
)
from ango_hub_api.operations import OPERATIONS_BY_TAG

#: A hostile value for each way an ID could escape its path segment.
HOSTILE_IDS = {
    "dot": ".",
    "dot-dot": "..",
    "slash": "a/b",
    "question-mark": "a?b",
    "hash": "a#b",
    "encoded-dot-dot": "%2e%2e",
    "space": " ",
    "inner-space": "a b",
    "10MB": "x" * (10 * 1024 * 1024),
}
#: Values that may never reach the server: they would leave their segment (or are no ID).
MUST_BE_REFUSED = {"dot", "dot-dot", "space", "10MB"}

Call = Callable[[Client, Any, Path], object]


def _first(listing: Any) -> object:
    return next(iter(listing), None)


#: For each operation with a path parameter: calls of resource methods that put ``value``
#: into that path (every method that fills it, so that each one's checks are exercised).
CALLS: dict[str, list[Call]] = {
    # assets
    "list_assets": [
        lambda hub, v, _: hub.assets.list_page(v),
        lambda hub, v, _: _first(hub.assets.list(v)),
    ],
    "delete_assets": [lambda hub, v, _: hub.assets.delete(v, ["a1"])],
    "upload_assets": [
        lambda hub, v, tmp: hub.assets.upload(v, [tmp / "cat.jpg"]),
        lambda hub, v, tmp: hub.assets.upload_many(
            v, [tmp / "cat.jpg"], on_error="continue", method="multipart", skip_existing=False
        ),
    ],
    "import_cloud_assets": [
        lambda hub, v, _: hub.assets.import_cloud(v, [CloudAsset(data="https://b.example/x.jpg")]),
        lambda hub, v, _: hub.assets.import_cloud_many(
            v, [CloudAsset(data="https://b.example/x.jpg")], on_error="continue"
        ),
    ],
    "create_chat_assets": [lambda hub, v, _: hub.assets.create_chat_assets(v, ChatAssetsCreate())],
    # batches
    "list_batches": [lambda hub, v, _: hub.batches.list(v)],
    "create_batches": [lambda hub, v, _: hub.batches.create(v, "batch")],
    # issues
    "update_issue": [lambda hub, v, _: hub.issues.update(v, IssueUpdate(content="x"))],
    "delete_issue": [lambda hub, v, _: hub.issues.delete("p1", v)],
    "add_issue_comment": [lambda hub, v, _: hub.issues.comment(v, "a comment")],
    # labels
    "annotate_task": [
        lambda hub, v, _: hub.labels.annotate(v, {"objects": []}),
        lambda hub, v, _: hub.tasks.annotate(v, {"objects": []}),
    ],
    # llms
    "delete_llm": [lambda hub, v, _: hub.llms.delete(v)],
    # metrics
    "get_project_performance": [lambda hub, v, _: hub.metrics.performance(v)],
    "get_metric": [lambda hub, v, _: hub.metrics.get(v, Metric.ANNOTATIONSTATUS)],
    # organization
    "list_organization_members": [lambda hub, v, _: hub.organization.list_members(v)],
    "update_organization_member_roles": [
        lambda hub, v, _: hub.organization.set_roles(v, {"a@example.com": OrganizationRole.ADMIN})
    ],
    "remove_organization_members": [lambda hub, v, _: hub.organization.remove_members(v, ["a@example.com"])],
    "list_organization_invites": [lambda hub, v, _: hub.organization.list_invites(v)],
    "invite_organization_members": [
        lambda hub, v, _: hub.organization.invite(v, ["a@example.com"], OrganizationRole.MEMBER)
    ],
    "delete_organization_invites": [lambda hub, v, _: hub.organization.delete_invites(v, ["a@example.com"])],
    # plugins
    "rerun_webhook": [lambda hub, v, _: hub.plugins.rerun_webhook(v, "Webhook")],
    # projects
    "get_project": [
        lambda hub, v, _: hub.projects.get(v),
        lambda hub, v, _: hub.projects.get_label_set(v),
    ],
    "update_project": [
        lambda hub, v, _: hub.projects.update(v, ProjectUpdate(name="x")),
        lambda hub, v, _: hub.projects.set_label_set(
            v, {"tools": [], "classifications": [], "relations": []}
        ),
        lambda hub, v, _: hub.projects.set_stages(v, [Stage(id="Start")]),
    ],
    "delete_project": [lambda hub, v, _: hub.projects.delete(v)],
    "add_project_members": [
        lambda hub, v, _: hub.projects.add_members(v, ["a@example.com"], ProjectRole.LABELER)
    ],
    "create_asset_builder_template": [
        lambda hub, v, _: hub.projects.create_asset_builder_template(v, AssetBuilderTemplateCreate(name="t"))
    ],
    "upload_instructions": [lambda hub, v, _: hub.projects.upload_instructions(v, b"%PDF-1.4")],
    "clone_project": [lambda hub, v, _: hub.projects.clone(v)],
    "purge_project": [lambda hub, v, _: hub.projects.purge(v, confirm_name="name")],
    "update_label_validation": [
        lambda hub, v, _: hub.projects.update_label_validation(
            v, LabelValidationUpdate(custom_validation_enabled=True)
        )
    ],
    # storages
    "delete_storage": [lambda hub, v, _: hub.storages.delete(v)],
    "list_storage_files": [lambda hub, v, _: hub.storages.list_files(v, "bucket")],
    # tasks
    "list_tasks": [
        lambda hub, v, _: hub.tasks.list_page(v),
        lambda hub, v, _: _first(hub.tasks.list(v)),
    ],
    "get_task": [lambda hub, v, _: hub.tasks.get(v)],
    "get_task_history": [lambda hub, v, _: hub.tasks.get_history(v)],
    "requeue_tasks": [lambda hub, v, _: hub.tasks.requeue(v, "Label")],
    "set_benchmark_tasks": [lambda hub, v, _: hub.tasks.set_benchmark(v, ["t1"])],
    "update_tasks_priority": [lambda hub, v, _: hub.tasks.set_priority(v, 1)],
    "list_task_history": [lambda hub, v, _: hub.tasks.list_history(v)],
    "review_task": [lambda hub, v, _: hub.tasks.review(v, ReviewStatus.ACCEPTED)],
}

#: Operations whose other path parameters are not IDs (the metric: an enum, checked on its own).
NOT_ID_PARAMETERS = {"get_metric": {"metric"}}


def path_operations() -> dict[str, Any]:
    """Every operation of the generated table whose path has a parameter."""
    found: dict[str, Any] = {}
    for tag, operation_ids in OPERATIONS_BY_TAG.items():
        module = importlib.import_module(f"ango_hub_api.operations.{tag}")
        for operation_id in operation_ids:
            operation = getattr(module, operation_id)
            if "{" in operation.path:
                found[operation_id] = operation
    return found


PATH_OPERATIONS = path_operations()


#: Bulk imports: a 404 (here every answer) makes them ask once whether the project exists
#: (``get_project``, whose path carries the same ID) before deciding it refused the rows.
ASKS_FOR_THE_PROJECT = {("upload_assets", 1), ("import_cloud_assets", 1)}


def expected_path(operation: Any, value: str) -> str:
    """The raw path the server must receive: ``value`` percent-encoded in the ID's segment."""
    path = operation.path
    names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
    fixed = {"metric": Metric.ANNOTATIONSTATUS.value}
    for name in names:
        path = path.replace("{" + name + "}", fixed.get(name, quote(value, safe="")))
    return "/v2" + path


@pytest.fixture(autouse=True)
def evidence() -> Iterator[Evidence]:
    """The canary run: at the end of each test, the key must be nowhere."""
    with canary_run() as collected:
        yield collected


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    """Answers every request 404 in the API's envelope, and records what arrived."""
    with HostileServer(always(fail_response(404, "no such thing")), lifetime=300.0) as hostile:
        yield hostile


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "cat.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    return tmp_path


def outcome(call: Callable[[], object]) -> ValueError | AngoHubError | None:
    """What ``call`` raised: a ``ValueError`` (refused before sending), an ``AngoHubError``, or None."""
    try:
        call()
    except (ValueError, AngoHubError) as exc:
        return exc
    return None


def hub_for(flavour: str, server: HostileServer) -> Client:
    return client_for(flavour, api_key=CANARY, base_url=server.base_url, max_retries=0, timeout=5.0)


def test_every_path_operation_is_mapped() -> None:
    """A new operation with an ID in its path fails here until its resource methods are listed."""
    assert sorted(PATH_OPERATIONS) == sorted(CALLS)


def test_the_server_sees_the_key_and_encoded_ids(
    flavour: str, server: HostileServer, evidence: Evidence
) -> None:
    """The scenario is real: the canary key is sent, and a plain ID arrives as it is."""
    before = len(server.arrivals)
    with hub_for(flavour, server) as hub:
        evidence.expect(AngoHubError, lambda: hub.projects.get("plain-id"))
        evidence.add_object("client", hub)
        evidence.add_object("client.projects", hub.projects)
    arrived = server.arrivals[before:]
    assert [(r.method, r.target) for r in arrived] == [("GET", "/v2/project/plain-id")]
    assert arrived[0].header("apikey") == CANARY


@pytest.mark.parametrize("name", list(HOSTILE_IDS))
def test_hostile_ids_stay_in_their_segment(
    flavour: str, name: str, server: HostileServer, files: Path, evidence: Evidence
) -> None:
    value = HOSTILE_IDS[name]
    checked = 0
    with hub_for(flavour, server) as hub:
        for operation_id, calls in CALLS.items():
            operation = PATH_OPERATIONS[operation_id]
            for index, call in enumerate(calls):
                where = f"{operation_id}[{index}] with {name}"
                before = len(server.arrivals)
                exc = outcome(lambda: call(hub, value, files))  # noqa: B023 (called at once)
                arrived: list[RawRequest] = server.arrivals[before:]
                if isinstance(exc, ValueError):
                    assert arrived == [], f"{where}: refused after sending"
                else:
                    if exc is not None:
                        evidence.exceptions.append((where, exc))
                    assert name not in MUST_BE_REFUSED, f"{where}: reached the server as {arrived[:1]}"
                    expected = [(operation.method, expected_path(operation, value))]
                    if (operation_id, index) in ASKS_FOR_THE_PROJECT:
                        project = PATH_OPERATIONS["get_project"]
                        expected.append((project.method, expected_path(project, value)))
                    assert [(r.method, r.path) for r in arrived] == expected, where
                checked += 1
    assert checked == sum(len(calls) for calls in CALLS.values())


@pytest.mark.parametrize("wrong", [123, None, b"bytes", ["a"]], ids=["int", "none", "bytes", "list"])
def test_ids_of_the_wrong_type_are_refused(
    flavour: str, wrong: object, server: HostileServer, files: Path, evidence: Evidence
) -> None:
    before = len(server.arrivals)
    with hub_for(flavour, server) as hub:
        for operation_id, calls in CALLS.items():
            for index, call in enumerate(calls):
                evidence.expect(TypeError, lambda: call(hub, wrong, files))  # noqa: B023 (called at once)
                assert len(server.arrivals) == before, f"{operation_id}[{index}] sent a request"


#: Names and texts of the resource methods (not path IDs): a non-str is a TypeError, before sending.
TEXT_CALLS: dict[str, Callable[[Client, Any], object]] = {
    "projects.create(name)": lambda hub, v: hub.projects.create(v),
    "projects.purge(confirm_name)": lambda hub, v: hub.projects.purge("p1", confirm_name=v),
    "batches.create(name)": lambda hub, v: hub.batches.create("p1", v),
    "batches.assign(batches)": lambda hub, v: hub.batches.assign("p1", ["a1"], [v]),
    "issues.create(task_id)": lambda hub, v: hub.issues.create(v, "content", position=[1, 2]),
    "issues.create(content)": lambda hub, v: hub.issues.create("t1", v, position=[1, 2]),
    "issues.comment(content)": lambda hub, v: hub.issues.comment("i1", v),
    "issues.list(project_id)": lambda hub, v: hub.issues.list(v),
    "organization.notify(message)": lambda hub, v: hub.organization.notify(["a@example.com"], v),
    "organization.set_roles(email)": lambda hub, v: hub.organization.set_roles(
        "o1", {v: OrganizationRole.ADMIN}
    ),
    "tasks.assign(stage)": lambda hub, v: hub.tasks.assign("p1", ["t1"], stage=v, email="a@example.com"),
    "tasks.requeue(to_stage_id)": lambda hub, v: hub.tasks.requeue("p1", v),
    "plugins.rerun_webhook(stage_id)": lambda hub, v: hub.plugins.rerun_webhook("p1", v),
    "labels.get_mask(task_id)": lambda hub, v: hub.labels.get_mask(v, "o1"),
    "labels.get_mask(object_id)": lambda hub, v: hub.labels.get_mask("t1", v),
    "labels.get_mask(task_id, no object)": lambda hub, v: hub.labels.get_mask(v),
    "labels.upload_mask(task_id)": lambda hub, v: hub.labels.upload_mask(v, {"Road": [[True]]}),
    "labels.import_(project_id)": lambda hub, v: hub.labels.import_(v, [{"externalId": "x"}]),
    "assets.get_upload_url(file_name)": lambda hub, v: hub.assets.get_upload_url("p1", v),
    "assets.create_attachments(project_id)": lambda hub, v: hub.assets.create_attachments(v, []),
    "storages.list(storage_id)": lambda hub, v: hub.storages.list(storage_id=v),
    "llms.list(llm_id)": lambda hub, v: hub.llms.list(llm_id=v),
    "exports.create(project_id)": lambda hub, v: hub.exports.create(v),
    "exports.download(url)": lambda hub, v: hub.exports.download(v, "never.zip"),
    "projects.create_webhook(project_id)": lambda hub, v: hub.projects.create_webhook(
        v, "https://hooks.example/x", ["COMPLETED"]
    ),
    "projects.create_webhook(url)": lambda hub, v: hub.projects.create_webhook("p1", v, ["COMPLETED"]),
    "tasks.assign_one(task_id)": lambda hub, v: hub.tasks.assign_one(v, email="a@example.com"),
    "tasks.assign_one(user_id)": lambda hub, v: hub.tasks.assign_one("t1", user_id=v),
    "tasks.assign_one(email)": lambda hub, v: hub.tasks.assign_one("t1", email=v),
}


@pytest.mark.parametrize("call", list(TEXT_CALLS))
def test_names_of_the_wrong_type_are_refused(
    flavour: str, call: str, server: HostileServer, evidence: Evidence
) -> None:
    """``projects.create(123)`` used to raise ``AttributeError``: a ``TypeError``, before sending."""
    before = len(server.arrivals)
    with hub_for(flavour, server) as hub:
        evidence.expect(TypeError, lambda: TEXT_CALLS[call](hub, 123))
    assert len(server.arrivals) == before


def test_an_over_long_query_is_a_value_error(flavour: str, server: HostileServer, evidence: Evidence) -> None:
    """A filter too long for any URL is refused before sending (it was a raw ``httpx.InvalidURL``)."""
    before = len(server.arrivals)
    with hub_for(flavour, server) as hub:
        too_long = {"externalId": {"$in": ["x" * 100] * 1000}}
        exc = evidence.expect(ValueError, lambda: hub.tasks.list_page("p1", filters=too_long))
    assert "too long" in str(exc)
    assert len(server.arrivals) == before


# -- the client's own settings ------------------------------------------------------------------


BAD_KEYS = {
    "nul": "BADKEY\x00-3c1d",
    "vertical-tab": "BADKEY\x0b-3c1d",
    "inner-space": "BADKEY -3c1d",
    "tab": "BADKEY\t-3c1d",
    "delete": "BADKEY\x7f-3c1d",
    "non-ascii": "BADKEY\u00e9-3c1d",
    "zero-width": "BADKEY\u200b-3c1d",
}


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize("name", list(BAD_KEYS))
def test_api_keys_must_be_printable_ascii(client_class: type[Client | AsyncClient], name: str) -> None:
    """Refused at construction, and the message never quotes the key (nor a part of it)."""
    key = BAD_KEYS[name]
    with pytest.raises(ValueError, match="printable ASCII") as info:
        client_class(api_key=key, base_url="http://127.0.0.1:9/v2")
    exc = info.value
    texts = [str(exc), repr(exc), repr(exc.args), "".join(traceback.format_exception(exc))]
    assert not any("3c1d" in text or "BADKEY" in text for text in texts)


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize("key", [b"bytes-key", 12345], ids=["bytes", "int"])
def test_api_keys_must_be_strings(client_class: type[Client | AsyncClient], key: object) -> None:
    with pytest.raises(TypeError, match="api_key must be a string"):
        client_class(api_key=key, base_url="http://127.0.0.1:9/v2")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:9/v2?",
        "http://127.0.0.1:9/v2#",
        "http://127.0.0.1:9/v2?a=1",
        "http://127.0.0.1:9/v2#top",
        "http://127.0.0.1:9/v2/../v1",
        "http://127.0.0.1:9/v2/./x",
        "http://127.0.0.1:9/v 2",
        "http://127.0.0.1:9/v2\x00",
    ],
)
@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_base_urls_with_a_query_fragment_or_odd_path_are_refused(
    client_class: type[Client | AsyncClient], base_url: str, evidence: Evidence
) -> None:
    """Refused at construction; the traceback (with locals) of the refusal does not show the key."""
    exc = evidence.expect(ValueError, lambda: client_class(api_key=CANARY, base_url=base_url))
    assert "base_url" in str(exc)


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_base_urls_with_credentials_are_refused_without_quoting_them(
    client_class: type[Client | AsyncClient], evidence: Evidence
) -> None:
    exc = evidence.expect(
        ValueError,
        lambda: client_class(api_key=CANARY, base_url="https://robot:hunter2@imeritapi.ango.ai/v2"),
    )
    assert "user name or password" in str(exc)
    assert "hunter2" not in str(exc)


# -- reprs that must not fail while a traceback is rendered -------------------------------------


def _render_with_locals(exc: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


@pytest.mark.parametrize("paginator_class", [Paginator, AsyncPaginator])
@pytest.mark.parametrize(
    "arguments", [{"start_page": 0}, {"max_concurrency": 0}, {"max_concurrency": "4"}], ids=str
)
def test_paginator_repr_when_its_arguments_were_refused(
    paginator_class: type[Any], arguments: dict[str, Any], evidence: Evidence
) -> None:
    """``traceback.TracebackException(capture_locals=True)`` reprs the half-built paginator."""
    exc = evidence.expect(
        ValueError, lambda: paginator_class(lambda page, size: ([], 0), limit=10, **arguments)
    )
    rendered = _render_with_locals(exc)
    assert paginator_class.__name__ in rendered


def test_listing_with_refused_concurrency_renders_with_locals(
    flavour: str, server: HostileServer, evidence: Evidence
) -> None:
    with hub_for(flavour, server) as hub:
        exc = evidence.expect(ValueError, lambda: hub.tasks.list("p1", max_concurrency=0))
    assert "max_concurrency" in _render_with_locals(exc)


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize(
    "options",
    [{"max_retries": -1}, {"region": "mars"}, {"base_url": "ftp://x/v2"}, {"deadline": 0}, {"deadline": "1"}],
    ids=str,
)
def test_refused_client_settings_render_with_locals_and_no_key(
    client_class: type[Client | AsyncClient], options: dict[str, Any], evidence: Evidence
) -> None:
    """The half-built client's repr works, and no frame's locals show the key."""
    exc = evidence.expect((ValueError, TypeError), lambda: client_class(api_key=CANARY, **options))
    assert client_class.__name__ in _render_with_locals(exc)


def test_environment_key_not_in_tracebacks_with_locals(
    monkeypatch: pytest.MonkeyPatch, evidence: Evidence
) -> None:
    """``os.environ`` is never a local variable of the configuration code (its repr holds the key)."""
    monkeypatch.setenv("ANGO_API_KEY", CANARY)
    monkeypatch.delenv("ANGO_HUB_BASE_URL", raising=False)
    monkeypatch.setenv("ANGO_HUB_REGION", "mars")
    exc = evidence.expect(ValueError, Client)
    assert not leaks(_render_with_locals(exc))


def test_every_hostile_value_was_tried() -> None:
    """The parametrization covers the values the issue lists (and the product is not empty)."""
    assert {".", "..", "a/b", "a?b", "a#b", "%2e%2e", " "} <= set(HOSTILE_IDS.values())
    assert max(map(len, HOSTILE_IDS.values())) >= 10 * 1024 * 1024
    assert len(list(itertools.product(CALLS, HOSTILE_IDS))) > 100
