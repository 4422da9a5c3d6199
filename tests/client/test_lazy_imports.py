"""Importing the client costs little more than importing httpx: the models, the resources,
``AsyncClient`` (and asyncio) and attrs are imported on first use, not up front.

These are structural checks (which modules a fresh interpreter has loaded), not timings:
the figures are measured by ``make bench``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ango_hub.testing import MockHub


def loaded_after(code: str, modules: list[str]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has imported after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {modules!r} if m in sys.modules]))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


HEAVY = [
    "attrs",
    "asyncio",
    "ango_hub._async._client",
    "ango_hub._sync.resources.tasks",
    "ango_hub_api.client",
    "ango_hub_api.models.task",
    "ango_hub_api.operations.tasks",
]


def test_building_a_client_imports_no_model_resource_or_async_client() -> None:
    assert loaded_after("from ango_hub import Client\nClient(api_key='k')", HEAVY) == []


#: What ``import ango_hub`` and building a ``Client`` may import beyond what bare httpx (``import
#: httpx; httpx.Client()``) has imported: the client's own core modules and two small modules of
#: the standard library. Anything else is imported where it is used.
BEYOND_HTTPX = {
    "ango_hub",
    "ango_hub._base_client",
    "ango_hub._config",
    "ango_hub._constants",
    "ango_hub._deadline",
    "ango_hub._error_text",
    "ango_hub._errors",
    "ango_hub._lazy",
    "ango_hub._ratelimit",
    "ango_hub._retry",
    "ango_hub._sending",  # a ContextVar: a Client listing's fetch thread tells when its request is written
    "ango_hub._sync",
    "ango_hub._sync._client",
    "ango_hub._urls",  # the API root, parsed once: each request's URL is made from it
    "ango_hub._validation",
    "ango_hub._version",
    "contextvars",  # a ContextVar per client (its raw_responses captures)
    "_contextvars",
    "gc",  # built in
}
#: Imported on first use, not with the client: error pages (``html``: unescaping an HTML error
#: page's title), the models and their dates (attrs, dateutil), the resources, ``inspect``.
DEFERRED = [
    "html",
    "html.entities",
    "inspect",
    "attrs",
    "dateutil",
    "ango_hub_api",
    "ango_hub._sync.resources",
    "ango_hub.pagination",
]


def modules_added_by(code: str) -> set[str]:
    """The modules a fresh interpreter imports running ``code`` after ``import httpx;
    httpx.Client()``, with httpx's command line (click, rich: not in a core install) blocked."""
    probe = (
        "import json, sys\n"
        "sys.modules['httpx._main'] = None  # as in a core install: httpx without its command line\n"
        "import httpx\nhttpx.Client()\nbefore = set(sys.modules)\n"
        f"{code}\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    added: list[str] = json.loads(result.stdout.splitlines()[-1])
    return set(added)


def test_building_a_client_imports_little_beyond_bare_httpx() -> None:
    added = modules_added_by("import ango_hub\nango_hub.Client(api_key='k')")
    assert added - BEYOND_HTTPX == set()
    assert "ango_hub._sync._client" in added  # the probe does build a client


def test_what_a_constructed_client_does_not_need_is_deferred() -> None:
    added = modules_added_by("import ango_hub\nango_hub.Client(api_key='k')")
    assert [name for name in DEFERRED if name in added] == []


def test_deferred_modules_come_with_their_first_use() -> None:
    code = (
        "import httpx, ango_hub\n"
        "from ango_hub._error_text import body_excerpt\n"
        "page = httpx.Response(502, headers={'content-type': 'text/html'},"
        " content=b'<html><title>Bad &amp; gateway</title></html>')\n"
        "assert 'Bad & gateway' in body_excerpt(page)\n"
    )
    added = modules_added_by(code)
    assert "html" in added


def test_a_resource_is_imported_when_first_used() -> None:
    code = "from ango_hub import Client\nhub = Client(api_key='k')\nhub.tasks"
    # Not asyncio: ango_hub.pagination holds both paginators, but imports it for AsyncPaginator only.
    # Nor the generated modules of its operations: each operation imports its own on first use.
    # Nor attrs, the models or ``ango_hub_api.client``: they come with the first parse (a listing
    # imports them while its first request is in flight: test_listing_prepare.py).
    assert loaded_after(code, HEAVY) == [
        "ango_hub._sync.resources.tasks",
        "ango_hub_api.operations.tasks",
    ]


def test_building_a_request_imports_neither_attrs_nor_the_models_of_its_answers() -> None:
    code = (
        "from ango_hub import Client\nhub = Client(api_key='k')\n"
        "from ango_hub_api.operations import tasks\n"
        "request = tasks.list_tasks.request('p', page=2, limit=10)\n"
        "assert request.kwargs['params']['page'] == 2"
    )
    assert loaded_after(code, HEAVY) == ["ango_hub_api.operations.tasks"]
    # The operation imports them when asked (a paginator does, while its requests are in flight).
    code += "\nassert 'TaskListResponse' in [model.__name__ for model in tasks.list_tasks.import_models()]"
    assert loaded_after(code, HEAVY) == ["attrs", "ango_hub_api.models.task", "ango_hub_api.operations.tasks"]


def test_a_listing_of_client_imports_neither_asyncio_nor_the_answer_builders() -> None:
    # A listing's first use: the resource, its paginator, a request (refused: nothing listens on
    # port 9). The builders of answers and label sets come with the calls that send them.
    code = (
        "from ango_hub import APIConnectionError, Client\n"
        "hub = Client(api_key='k', base_url='http://127.0.0.1:9/v2', max_retries=0)\n"
        "try:\n    next(iter(hub.tasks.list('p', max_concurrency=2)))\n"
        "except APIConnectionError:\n    pass"
    )
    builders = ["ango_hub.annotations", "ango_hub.label_set", "ango_hub._payloads"]
    assert loaded_after(code, ["asyncio", "ango_hub.pagination", *builders]) == ["ango_hub.pagination"]


def test_reading_a_project_imports_neither_the_builders_nor_the_paginator(ango_mock: MockHub) -> None:
    # ``projects.get`` is a request and a parse: the label set and answer builders (and the
    # annotations package behind them), the paginator and the plugin operations come with the
    # methods that use them.
    with ango_mock.client() as hub:
        project = hub.projects.list_page(limit=1).projects[0]
    code = (
        "from ango_hub import Client\n"
        f"hub = Client(api_key={ango_mock.api_key!r}, base_url={ango_mock.base_url!r})\n"
        f"assert hub.projects.get({project.id!r}).name == {project.name!r}"
    )
    deferred = [
        "ango_hub.annotations",
        "ango_hub.label_set",
        "ango_hub._payloads",
        "ango_hub.pagination",
        "ango_hub_api.operations.plugins",
        # The tag's other operations: their generated modules and the models of their answers.
        "ango_hub_api.api.projects.list_projects",
        "ango_hub_api.api.projects.create_asset_builder_template",
        "ango_hub_api.models.asset_builder_template_response",
    ]
    assert loaded_after(code, [*deferred, "ango_hub_api.api.projects.get_project"]) == [
        "ango_hub_api.api.projects.get_project"
    ]
    # The methods that need them still find them.
    code = (
        "from ango_hub import Client\n"
        f"hub = Client(api_key={ango_mock.api_key!r}, base_url={ango_mock.base_url!r})\n"
        f"hub.projects.get_label_set({project.id!r})\n"
        "assert list(hub.projects.list(limit=2))"
    )
    assert loaded_after(code, deferred) == [
        "ango_hub.label_set",
        "ango_hub.pagination",
        "ango_hub_api.api.projects.list_projects",
    ]


def test_async_client_is_imported_on_first_use() -> None:
    assert loaded_after("from ango_hub import AsyncClient", ["ango_hub._async._client"]) == [
        "ango_hub._async._client"
    ]


def test_the_command_line_help_imports_neither_httpx_nor_the_client() -> None:
    code = (
        "import sys\nfrom ango_hub.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    )
    assert loaded_after(code, ["httpx", "attrs", "ango_hub._sync._client"]) == []


def test_the_command_line_version_imports_neither_httpx_nor_the_client() -> None:
    code = "from ango_hub.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    assert loaded_after(code, ["httpx", "attrs", "ango_hub._sync._client"]) == []


@pytest.mark.parametrize("name", ["Task", "AnnotationObject", "CategorySchema"])
def test_models_resolve_on_first_use(name: str) -> None:
    code = f"from ango_hub_api.models import {name}\nassert {name}.__name__ == {name!r}"
    assert loaded_after(code, ["ango_hub_api.models.project", "ango_hub_api.client"]) == []


def test_unknown_names_are_attribute_errors() -> None:
    import ango_hub
    import ango_hub_api.models

    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = ango_hub.Nope  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = ango_hub_api.models.Nope  # type: ignore[attr-defined]
    assert "Client" in dir(ango_hub)
    assert "Task" in dir(ango_hub_api.models)


def test_the_old_import_reports_path_still_works_with_a_deprecation_warning() -> None:
    code = (
        "import warnings\nwarnings.simplefilter('error')\n"
        "try:\n    import ango_hub.imports\nexcept DeprecationWarning as exc:\n    print('warned:', exc)\n"
        "warnings.simplefilter('ignore')\nfrom ango_hub.imports import ImportReport\n"
        "from ango_hub.import_reports import ImportReport as New\nassert ImportReport is New"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "warned: ango_hub.imports is deprecated: import from ango_hub.import_reports" in result.stdout


def test_tqdm_is_imported_only_for_a_bar(ango_mock: MockHub) -> None:
    assert loaded_after("import ango_hub\nfrom ango_hub import Client, AsyncClient", ["tqdm"]) == []
    client = (
        "from ango_hub import Client\n"
        f"hub = Client(api_key={ango_mock.api_key!r}, base_url={ango_mock.base_url!r})"
    )
    # Listings without progress, with a callback, and with progress=True when stderr is not
    # a terminal (the probe's stderr is a pipe): no bar, no tqdm.
    for progress in ("None", "lambda done, total: None", "True"):
        code = f"{client}\nassert list(hub.projects.list(limit=2, progress={progress}))"
        assert loaded_after(code, ["tqdm"]) == [], progress
    # A bar that is drawn imports it (the check above can fail).
    forced = f"{client}\nassert list(hub.projects.list(limit=2, progress='always'))"
    assert loaded_after(forced, ["tqdm"]) == ["tqdm"]
