"""The pytest plugin ``ango_hub.testing``: its entry point and its fixtures, run by pytester."""

from __future__ import annotations

import asyncio
import re
import textwrap
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from ango_hub.testing import MockHub

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parents[2]

USER_TESTS = """
import httpx
import pytest

import ango_hub
from ango_hub.mock.faults import FaultConfig
from ango_hub.mock.state import MockState


def test_the_client_talks_to_the_session_mock(ango_client, ango_mock):
    assert isinstance(ango_client, ango_hub.Client)
    assert ango_client.base_url == ango_mock.base_url
    assert ango_mock.base_url.startswith("http://127.0.0.1:")
    assert isinstance(ango_mock.state, MockState)
    assert ango_mock.app.state.mock is ango_mock.state
    names = {project.name for project in ango_client.projects.list_page(limit=10).projects}
    assert names == {"Vehicle detection", "News NER", "Product photos"}


def test_the_session_mock_is_shared(ango_mock, ango_client):
    headers = {"apikey": ango_mock.api_key}
    assert httpx.get(ango_mock.base_url + "/storages", headers=headers).status_code == 200


def test_the_factory_makes_separate_mocks(ango_mock_factory, ango_mock):
    empty = ango_mock_factory(seed=None, tasks=25)
    assert empty.base_url != ango_mock.base_url
    with empty.client() as hub:
        (project,) = hub.projects.list_page().projects
        assert project.name == "Load test"
        assert hub.tasks.list_page(project.id, limit=100).total == 25
    failing = ango_mock_factory(faults=FaultConfig(error_rate=1), api_key="another-key")
    with failing.client(max_retries=0) as hub, pytest.raises(ango_hub.InternalServerError):
        hub.projects.list_page()
"""


def plugin_args() -> list[str]:
    """Load the plugin by name only when its entry point is not installed (a stale install)."""
    installed = any(point.value == "ango_hub.testing" for point in entry_points(group="pytest11"))
    return [] if installed else ["-p", "ango_hub.testing"]


def run_user_suite(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run the user's suite in a process of its own, as a user's pytest run would.

    Not ``runpytest()`` in-process: pytester restores ``sys.modules`` after an in-process
    run, so the modules first imported inside it (httpx's and httpcore's deferred ones)
    would be imported again as new classes by the tests that run after it, and httpx would
    no longer recognise httpcore's exceptions (a dropped connection then escapes as a raw
    ``httpcore.RemoteProtocolError`` in tests/mock/test_mock_host.py).
    """
    return pytester.runpytest_subprocess(*args, timeout=300)


def test_the_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {"ango_hub": "ango_hub.testing"}


def test_fixtures_work_in_a_user_test_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = run_user_suite(pytester, "-p", "no:cacheprovider", *plugin_args())
    result.assert_outcomes(passed=3)


def test_factory_mocks_stop_after_the_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_stop="""
import socket
from urllib.parse import urlsplit

import pytest

ADDRESSES = []


def test_start(ango_mock_factory):
    url = urlsplit(ango_mock_factory(seed=None).base_url)
    ADDRESSES.append((url.hostname, url.port))
    socket.create_connection(ADDRESSES[0], timeout=2).close()


def test_stopped():
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(ADDRESSES[0], timeout=2)
"""
    )
    result = run_user_suite(pytester, "-p", "no:cacheprovider", *plugin_args())
    result.assert_outcomes(passed=2)


def test_mock_hub_gives_an_async_client(ango_mock: MockHub) -> None:
    async def main() -> int | None:
        async with ango_mock.async_client(max_retries=0) as hub:
            page = await hub.projects.list_page()
            return page.total if isinstance(page.total, int) else None

    # The session's mock is shared: other tests may have added projects to the demo's 3.
    with ango_mock.client(max_retries=0) as hub:
        expected = hub.projects.list_page().total
    assert isinstance(expected, int)
    assert expected >= 3
    assert asyncio.run(main()) == expected


STRICTNESS_TESTS = """
import httpx


def refuses(mock):
    project_id = next(p["_id"] for p in mock.state.projects.list() if p["name"] == "News NER")
    url = f"{mock.base_url}/project/{project_id}/tasks"
    response = httpx.get(url, params={"stage": "Review"}, headers={"apikey": mock.api_key})
    return response.status_code == 400


def test_session_mock(ango_mock):
    assert ango_mock.strict is EXPECTED
    assert refuses(ango_mock) is EXPECTED


def test_factory_default_and_override(ango_mock_factory):
    assert ango_mock_factory().strict is EXPECTED
    assert refuses(ango_mock_factory(strict=True))
    assert not refuses(ango_mock_factory(strict=False))
"""


@pytest.mark.parametrize(
    ("ini", "args", "expected"),
    [
        ("", [], False),
        ("[pytest]\nango_mock_strict = true\n", [], True),
        ("", ["--ango-mock-strict"], True),
    ],
    ids=["lenient by default", "ini option", "command-line flag"],
)
def test_strict_mode_option(pytester: pytest.Pytester, ini: str, args: list[str], expected: bool) -> None:
    if ini:
        pytester.makeini(ini)
    pytester.makepyfile(test_strictness=STRICTNESS_TESTS.replace("EXPECTED", str(expected)))
    result = run_user_suite(pytester, "-p", "no:cacheprovider", *plugin_args(), *args)
    result.assert_outcomes(passed=2)


def documented_examples() -> list[str]:
    """The Python examples of the plugin's docs: the module docstring and the README section."""
    import ango_hub.testing

    docstring = textwrap.dedent(ango_hub.testing.__doc__ or "")
    from_docstring = [
        textwrap.dedent(block)
        for block in re.findall(r"::\n\n((?:    .*\n|\n)+)", docstring)
        if "def test_" in block
    ]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your pipeline against the mock", 1)[1].split("\n## ", 1)[0]
    from_readme = [
        block for block in re.findall(r"```python\n(.*?)```", section, flags=re.S) if "def test_" in block
    ]
    return from_docstring + from_readme


def test_the_documented_examples_run(pytester: pytest.Pytester) -> None:
    examples = documented_examples()
    assert len(examples) >= 4
    for number, example in enumerate(examples):
        pytester.makepyfile(**{f"test_documented_{number}": example})
    result = run_user_suite(pytester, "-p", "no:cacheprovider", *plugin_args())
    tests = sum(example.count("\ndef test_") + example.startswith("def test_") for example in examples)
    result.assert_outcomes(passed=tests)


WEBHOOK_TESTS = """
import httpx

from ango_hub.webhooks import SIGNATURE_HEADER


def test_my_handler_gets_the_submitted_task(ango_mock_factory, ango_webhook_receiver):
    mock = ango_mock_factory(seed=None)
    project_id = mock.state.add_project("Hooks", stages=["Label"])
    [task_id] = mock.state.add_tasks(project_id, 1)
    with mock.client() as hub:
        hub.projects.create_webhook(
            project_id, ango_webhook_receiver.url, ["COMPLETED"], secret=ango_webhook_receiver.secret
        )
        hub.labels.annotate(task_id, {"objects": []}, next_stage=True)
    [event] = ango_webhook_receiver.wait(1)
    assert event.task.task_id == task_id
    [delivery] = mock.wait_for_deliveries(1)
    assert (delivery.event, delivery.outcome) == ("COMPLETED", "delivered")


def test_the_receiver_refuses_unsigned_requests(ango_webhook_receiver):
    response = httpx.post(ango_webhook_receiver.url, content=b"{}", headers={SIGNATURE_HEADER: "0" * 40})
    assert response.status_code == 401
    assert ango_webhook_receiver.events == []
    assert [request.status for request in ango_webhook_receiver.requests] == [401]
"""


def test_the_webhook_receiver_fixture_works_in_a_user_test_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_hooks=WEBHOOK_TESTS)
    result = run_user_suite(pytester, "-p", "no:cacheprovider", *plugin_args())
    result.assert_outcomes(passed=2)
