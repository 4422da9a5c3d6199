"""Every request the official SDK (``ango`` 1.4.10) sends is an operation of the spec, and valid.

``tests/fixtures/sdk_requests.json`` lists each distinct request of the SDK's ``SDK`` class
(public and private methods, and the variants of their arguments that change the wire) and
of its plugin helpers (``plugins.py``, ``plugin_logger.py`` with ``CONNECTOR=REST``). Each
entry holds the request as it travels: the method, the path as the SDK writes it (``path``,
with its ``//`` and trailing ``/`` quirks) and normalized (``clean_path``), the raw query
string exactly as sent (the SDK's own formatting, ``str(True)``, ``json.dumps`` separators,
and the re-quoting ``requests`` 2.x / ``urllib3`` 2.x apply to unsafe characters), the
``content_type``, and the body: ``body`` (JSON), ``multipart`` (``fields`` and the names of
the file parts) or ``form`` (url-encoded fields). ``notes`` say how the SDK built it.
Requests to third parties (the PUT to a presigned upload URL, the download of an export
link) carry ``"external": true`` and are not checked.

The entries were recorded by running the real SDK with ``requests.Session.send`` and
``urllib.request.urlretrieve`` replaced by a recorder answering canned responses, so the
query strings and bodies are byte-for-byte what ``requests`` prepared (``fields`` of
``get_tasks`` is a set, recorded with ``PYTHONHASHSEED=0``; ``schemaId``/colors of the label
set are the SDK's random ``uuid4().hex``/colors, seeded).

For each non-external entry, :func:`_spec_requests.check_request` (``tests/_spec_requests.py``)
asserts that the clean path and method reach exactly one operation (literal segments win over templated
ones, as in the mock), that every query parameter is declared and validates (with the
mock's own ``parse_request``: integer and boolean coercion, ``content: application/json``
parameters JSON-decoded), and that the body validates against the requestBody schema.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from _spec_requests import check_request, entry_id, load_entries

from ango_hub.mock.web.spec import ApiSpec

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "sdk_requests.json"
ENTRIES = load_entries(FIXTURE)
API_ENTRIES = [entry for entry in ENTRIES if not entry.get("external")]

#: The methods of ``imerit_ango.sdk.SDK`` 1.4.10 that send a request themselves (methods that
#: only delegate, such as ``exportV3``, ``get_batches`` or ``get_asset_builder_templates``,
#: send the same wire as one listed here), plus the plugin classes that PUT a file themselves.
SDK_METHODS = {
    "_annotate_task",
    "_get_signed_url",
    "_get_upload_url",
    "_plugin_log",
    "_plugin_response",
    "add_comment_to_issue",
    "add_members_to_project",
    "annotate_task",
    "assign_batches",
    "assign_task",
    "clone_project",
    "create_asset_builder_template",
    "create_attachment",
    "create_batch",
    "create_batches",
    "create_issue",
    "create_label_set",
    "create_llm",
    "create_project",
    "create_storage",
    "delete_assets",
    "delete_issue",
    "delete_llm",
    "delete_organization_invites",
    "delete_organization_members",
    "delete_project",
    "delete_storage",
    "export",
    "export_plugin",
    "file_explorer",
    "get_assets",
    "get_issues",
    "get_llms",
    "get_metrics",
    "get_organization_invites",
    "get_organization_members",
    "get_project",
    "get_project_performance",
    "get_storages",
    "get_task",
    "get_task_history",
    "get_tasks",
    "import_labels",
    "invite_members_to_org",
    "list_projects",
    "list_storage_files",
    "purge_project",
    "requeue_tasks",
    "rerun_webhook",
    "review_task",
    "send_notification",
    "set_tasks_as_benchmark",
    "update_benchmark_settings",
    "update_issue",
    "update_label_validation",
    "update_organization_members_role",
    "update_tasks_priority",
    "update_workflow_stages",
    "upload_brush_array",
    "upload_chat_assets",
    "upload_files",
    "upload_files_cloud",
    "upload_instructions",
}
REQUIRED_KEYS = {
    "sdk_method",
    "variant",
    "method",
    "path",
    "clean_path",
    "query",
    "body",
    "multipart",
    "notes",
}
OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")


@pytest.fixture(scope="module")
def spec() -> ApiSpec:
    """The OpenAPI document the mock serves (``openapi/ango-hub.yaml``)."""
    return ApiSpec.load()


def test_fixture_entries_are_well_formed() -> None:
    """Each entry has the documented keys, a unique id, and a clean path derived from its path."""
    ids = [entry_id(entry) for entry in ENTRIES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for entry in ENTRIES:
        name = entry_id(entry)
        assert entry.keys() >= REQUIRED_KEYS, f"{name}: missing {sorted(REQUIRED_KEYS - entry.keys())}"
        assert entry["method"] in {"GET", "POST", "PUT", "DELETE"}, name
        assert not entry["query"].startswith("?"), name
        bodies = [key for key in ("body", "multipart", "form") if entry.get(key) is not None]
        assert len(bodies) <= 1, f"{name}: more than one body ({bodies})"
        if entry.get("external"):
            assert entry["url"].startswith("https://"), name
            continue
        assert entry["path"].startswith("/v2/"), name
        assert entry["clean_path"] == (re.sub(r"/{2,}", "/", entry["path"]).rstrip("/") or "/"), name


def test_fixture_ids_look_real() -> None:
    """Ids in paths are realistic 24-hex object ids (not placeholders)."""
    for entry in API_ENTRIES:
        segments = entry["clean_path"].split("/")
        placeholders = [segment for segment in segments if "<" in segment or "{" in segment]
        assert not placeholders, f"{entry_id(entry)}: placeholder in {entry['clean_path']}"
    assert any(
        OBJECT_ID.match(segment) for entry in API_ENTRIES for segment in entry["clean_path"].split("/")
    )


def test_every_sdk_method_is_covered() -> None:
    """Every method of the SDK that sends a request has at least one entry, and no unknown one."""
    recorded = {entry["sdk_method"] for entry in ENTRIES}
    assert SDK_METHODS - recorded == set(), "SDK methods without an entry"
    assert recorded - SDK_METHODS == set(), "entries of unknown SDK methods"


@pytest.mark.parametrize("entry", API_ENTRIES, ids=entry_id)
def test_sdk_request_matches_the_spec(spec: ApiSpec, entry: dict[str, Any]) -> None:
    """The request reaches exactly one operation, and its query and body validate against it."""
    result = check_request(spec, entry)
    if result.problems:
        query = f"?{entry['query']}" if entry["query"] else ""
        target = f" -> {result.operation_id}" if result.operation_id else ""
        details = "\n  - ".join(result.problems)
        pytest.fail(
            f"{entry_id(entry)}: {entry['method']} {entry['path']}{query}{target}\n  - {details}",
            pytrace=False,
        )
