"""`make contract`'s own checks: what the run must reach, and the hooks that make it reach it.

``scripts/contract.py`` fails the run when an operation of the spec never answered 2xx to
positive data, or when no link led the stateful phase to a link's target; the hooks of
``scripts/contract_hooks.py`` give positive cases ids that exist. These tests feed the
checks made-up reports, and hold the hooks to every operation of the spec.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"


def load(name: str) -> ModuleType:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(f"_contract_{name}", SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def contract() -> ModuleType:
    return load("contract")


@pytest.fixture(scope="module")
def hooks() -> Iterator[ModuleType]:
    """The hooks module, loaded for the test and taken out of schemathesis again afterwards
    (loading it registers its hooks and its event handler for the whole process)."""
    from schemathesis.cli.ext.handlers import CUSTOM_HANDLERS
    from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

    module = load("contract_hooks")
    yield module
    GLOBAL_HOOK_DISPATCHER.unregister(module.before_call)
    GLOBAL_HOOK_DISPATCHER.unregister(module.after_call)
    # (schemathesis.cli.handler() keeps the class and leaves None in the module)
    CUSTOM_HANDLERS[:] = [handler for handler in CUSTOM_HANDLERS if handler.__module__ != module.__name__]


def everything_reached(contract: ModuleType) -> dict[str, Any]:
    labels, links = contract.spec_operations()
    return {
        "positive": {label: {"200": 3, "404": 1} for label in labels.values()},
        "stateful": {},
        "links": {link: 1 for link, _target in links},
        "scenarios": 10,
    }


def test_a_run_that_reached_everything_passes(
    contract: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    report = everything_reached(contract)
    assert contract.check(report) == []
    labels, links = contract.spec_operations()
    out = capsys.readouterr().out
    assert f"Operations that answered 2xx to positive data: {len(labels)}/{len(labels)}" in out
    assert f"Links of the spec followed by the stateful phase: {len(links)}/{len(links)}" in out


def test_an_operation_that_answered_only_404_fails(contract: ModuleType) -> None:
    report = everything_reached(contract)
    report["positive"]["GET /task/{taskId}"] = {"404": 25}
    report["positive"]["POST /storages"] = {"400": 3}
    del report["positive"]["GET /mask"]
    assert contract.check(report) == [
        "GET /mask never answered 2xx to positive data (statuses: none)",
        "GET /task/{taskId} answered only 404 to positive data (25 cases)",
        "POST /storages never answered 2xx to positive data (statuses: {400: 3})",
    ]


def test_a_link_target_never_reached_fails(contract: ModuleType) -> None:
    report = everything_reached(contract)
    _labels, links = contract.spec_operations()
    to_review = [link for link, target in links if target == "POST /review/{taskId}"]
    assert to_review, "the spec has links to review_task"
    for link in to_review:
        del report["links"][link]
    # A link that is not in the spec (an inferred one) does not count.
    report["links"]["GET /x -> [200] Y -> POST /review/{taskId}"] = 4
    assert contract.check(report) == ["no link of the spec led the stateful phase to POST /review/{taskId}"]


def test_runs_add_up(contract: ModuleType) -> None:
    first = {"positive": {"GET /a": {"404": 2}}, "stateful": {}, "links": {"l1": 1}, "scenarios": 3}
    second = {
        "positive": {"GET /a": {"200": 1}},
        "stateful": {"GET /a": {"200": 5}},
        "links": {"l1": 2},
        "scenarios": 4,
    }
    assert contract.merge([first, second]) == {
        "positive": {"GET /a": {"404": 2, "200": 1}},
        "stateful": {"GET /a": {"200": 5}},
        "links": {"l1": 3},
        "scenarios": 7,
    }


def test_every_link_of_the_spec_names_an_operation_and_what_it_sets(contract: ModuleType) -> None:
    labels, links = contract.spec_operations()
    assert len(links) >= 50
    targets = {target for _link, target in links}
    # The operations the issue found without a link, and the ones the stateful phase never reached.
    for label in (
        "GET /export",
        "GET /exportV3",
        "GET /mask",
        "POST /task/assign",
        "POST /webhook",
        "POST /annotate/{taskId}",
        "POST /review/{taskId}",
        "GET /taskHistory/{taskHistoryId}",
        "POST /issues",
    ):
        assert label in targets, label
    assert targets <= set(labels.values())


def spec_operations() -> dict[str, dict[str, Any]]:
    document = yaml.safe_load((ROOT / "openapi" / "ango-hub.yaml").read_text(encoding="utf-8"))
    operations = {}
    for item in document["paths"].values():
        for method in ("get", "post", "put", "delete", "patch"):
            if method in item:
                operation = item[method]
                operation["_parameters"] = [*item.get("parameters", []), *operation.get("parameters", [])]
                operations[operation["operationId"]] = operation
    return operations


#: Operations that name nothing that must exist (their references, if any, are optional filters).
NAME_NOTHING = {
    "list_projects",
    "create_project",
    "create_storage",
    "create_llm",
    "send_plugin_response",
    "list_organization_members",
    "list_organization_invites",
}


def test_the_hooks_give_real_ids_to_every_operation_that_names_something(hooks: ModuleType) -> None:
    """A new operation that takes an id needs a realizer in scripts/contract_hooks.py, else
    its positive cases stop at the id lookup and `make contract` fails (only 404s)."""
    operations = spec_operations()
    missing = sorted(set(operations) - set(hooks.REALIZERS) - NAME_NOTHING)
    assert not missing, f"operations without a realizer in scripts/contract_hooks.py: {missing}"
    assert set(hooks.REALIZERS) <= set(operations), "realizers of operations the spec does not have"
    assert set(hooks.REALIZERS) >= hooks.DESTRUCTIVE


def test_keep_known_keeps_what_a_link_gave(hooks: ModuleType) -> None:
    original = {
        "project": "known-project",
        "items": [{"externalId": "random"}, {"externalId": "known-asset"}],
    }
    realized = {"project": "demo", "items": [{"externalId": "a.jpg"}, {"externalId": "b.jpg"}], "extra": 1}
    known = {"known-project", "known-asset"}
    assert hooks._keep_known(original, realized, known) == {
        "project": "known-project",
        "items": [{"externalId": "a.jpg"}, {"externalId": "known-asset"}],
        "extra": 1,
    }


def test_a_link_value_applies_only_when_it_names_something(hooks: ModuleType) -> None:
    # A link from get_task (reached after create_issue) to get_mask took the objectId of the
    # answer's first object, "" there, and sent `annotation=` (minLength 1): a 400 to a case
    # schemathesis counts as positive. An empty value is replaced like an unknown one.
    original = {"task": "known-task", "annotation": ""}
    realized = {"task": "mask-task", "annotation": "mask-1"}
    assert hooks._keep_known(original, realized, {"known-task", ""}) == {
        "task": "known-task",
        "annotation": "mask-1",
    }
    world = object.__new__(hooks.World)
    world.known = set()
    world.remember("a1", "", "b2")
    assert world.known == {"a1", "b2"}
