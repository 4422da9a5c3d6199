"""The mock answers every documented field: the response-schema properties it never sends.

One mock (demo seed, responses validated, :class:`~ango_hub.mock.coverage.FieldCoverage`
recording) serves the flow of ``tests/client/test_client_all_operations.py`` (every operation,
through the client), then reads of a project and tasks arranged with the typed test-data
API to hold the optional fields the flow does not (every kind of label-set entry, every
kind of annotation, the settings of a project). The test fails naming each property of a
response schema that no answer held, unless :data:`EXCEPTIONS` gives its reason.

A new response field: the mock sends it (its store's document or view; optional data
through ``TaskSpec(task_fields=...)``, ``add_project(project_fields=...)`` and the like,
arranged in :func:`arrange`), or, if only the real service can say it, an entry here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from test_client_all_operations import API_KEY, OPERATIONS, Ctx

from ango_hub import Client
from ango_hub.mock import MockState, TaskSpec, create_app, mock_state
from ango_hub.mock.coverage import FieldCoverage, response_properties
from ango_hub.mock.server import serve_in_thread

#: Properties the mock never sends, each with its reason: ``"Schema.path"``, or ``"Schema"``
#: for every property of a schema. Keep it short: a field the mock forgot is a fix of the mock.
#: Each is one of two documented forms of an answer (older and current reference pages, or
#: the two options of a ``oneOf``) where the mock answers the other form.
EXCEPTIONS: dict[str, str] = {
    "Answer.objects": "the mock shows answer objects under `tools`, as task answers do; "
    "`objects` is the older spelling",
    "AssetsCreatedCounts": 'the mock answers the older `"Successfully created."` the official SDK '
    "documents; the counts are the current reference's form",
    "AttachmentsData.project": "the mock answers the count under `attachments`; `project` holds the "
    "current reference's counts",
    "AttachmentsImported": "the current reference's counts under `data.project`; the mock answers "
    "`attachments`",
    "ImportLabelsData.project": "the current reference's sentence; the mock answers the count, `imported`",
    "Invite.to": "the current reference's spelling of `email`, which the mock sends",
    "IssueListData.issue": "the current reference's key; the mock answers under `issues`, as the SDK reads",
    "MentionedUser": "the mock keeps `contentMentions` as the e-mails the request sent (the string form)",
    "ProjectRef": "the mock names a task's project by its ID (the string form of `Task.project`)",
    "RequeueModified": "the current reference's form; the mock answers the count, `tasks`",
    "RequeueTasksData.modifiedCount": "the current reference's form; the mock answers the count, `tasks`",
    "UserSummary": "older answers embed the creator; the mock gives its ID, as current answers do "
    "(and never an API key)",
}


@pytest.fixture(scope="module")
def covered(tmp_path_factory: pytest.TempPathFactory) -> FieldCoverage:
    coverage = FieldCoverage()
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True, coverage=coverage)
    with serve_in_thread(app) as base_url:
        with Client(api_key=API_KEY, base_url=base_url, max_retries=0) as hub:
            ctx: Ctx = {"tmp_path": tmp_path_factory.mktemp("flow")}
            for operation in OPERATIONS.values():
                operation.call(hub, ctx)
        with httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as http:
            read_arranged(http, arrange(mock_state(app)))
    return coverage


def excepted(prop: str) -> bool:
    return prop in EXCEPTIONS or prop.split(".", 1)[0] in EXCEPTIONS


# -- what the flow does not send: arranged with the typed test-data API -----------------------

OPTION = {"value": "Car", "schemaId": "option-car"}
TREE = [
    {
        "title": "Vehicle",
        "key": "0",
        "value": "vehicle",
        "schemaId": "tree-vehicle",
        "children": [{"title": "Car", "key": "0-0", "value": "car", "schemaId": "tree-car", "children": []}],
    }
]
CLASSIFICATION: dict[str, Any] = {
    "schemaId": "kind",
    "title": "Kind",
    "tool": "tree-dropdown",
    "required": False,
    "columnField": False,
    "color": "#4caf50",
    "shortcutKey": "k",
    "classifications": [],
    "options": [OPTION],
    "treeOptions": TREE,
    "parentOptionId": None,
    "regex": None,
    "frameSpecific": False,
    "showDropdown": True,
    "richText": False,
    "exportName": "kind",
    "displayName": "Kind",
    "abbreviatedName": "K",
    "attributeType": "tree",
    "defaultValue": False,
}
LABEL_SET: dict[str, Any] = {
    "tools": [
        {
            "schemaId": "box",
            "title": "Box",
            "tool": "bounding-box",
            "required": False,
            "columnField": False,
            "color": "#9c27b0",
            "shortcutKey": "b",
            "classifications": [CLASSIFICATION],
            "options": [OPTION],
        }
    ],
    "classifications": [CLASSIFICATION],
    "relations": [
        {
            "schemaId": "tows",
            "title": "Tows",
            "tool": "one-to-one",
            "required": False,
            "columnField": False,
            "color": "#2196f3",
            "shortcutKey": "t",
            "classifications": [CLASSIFICATION],
            "options": [OPTION],
        }
    ],
}
META = {"createdAt": "2024-05-01T10:00:00.000Z", "createdBy": "owner@example.com"}
NESTED_ANSWER = {
    "schemaId": "kind",
    "title": "Kind",
    "objectId": "kind-1",
    "answer": "car",
    "classifications": [],
    "metadata": META,
}
RECT = {"x1": 1, "y1": 2, "x2": 30, "y2": 40, "width": 29, "height": 38}
POLYGON = [[0, 0], [10, 0], [10, 10]]
ANSWER: dict[str, Any] = {
    "objects": [
        {
            "objectId": "o1",
            "schemaId": "box",
            "title": "Box",
            "bounding-box": {"x": 1, "y": 2, "width": 3, "height": 4},
            "classifications": [NESTED_ANSWER],
            "lock": False,
            "page": 1,
            "metadata": META,
            "interpolationStopped": False,
        },
        {
            "objectId": "o2",
            "schemaId": "box",
            "rotated-bounding-box": {
                "x": 1,
                "y": 2,
                "width": 3,
                "height": 4,
                "rotation": 15,
                "corners": [[1, 2], [4, 2], [4, 6], [1, 6]],
            },
        },
        {"objectId": "o3", "schemaId": "box", "polygon": POLYGON},
        {"objectId": "o4", "schemaId": "box", "polyline": [[0, 0], [5, 5]]},
        {"objectId": "o5", "schemaId": "box", "point": [3, 4]},
        {"objectId": "o6", "schemaId": "box", "ner": {"start": 0, "end": 5}},
        {
            "objectId": "o7",
            "schemaId": "box",
            "segmentation": {"zones": [{"region": POLYGON, "holes": [[[2, 2], [3, 2], [3, 3]]]}]},
        },
        {
            "objectId": "o8",
            "schemaId": "box",
            "pdf": {
                "position": {"boundingRect": RECT, "rects": [RECT], "pageNumber": 1},
                "content": {"text": "Invoice", "image": "data:image/png;base64,AA=="},
            },
        },
        {
            "objectId": "o9",
            "schemaId": "box",
            "pdf": {**RECT, "pageNumber": 2, "text": "Total"},
        },
    ],
    "classifications": [NESTED_ANSWER],
    "relations": [
        {
            "schemaId": "tows",
            "title": "Tows",
            "objectId": "r1",
            "from": "o1",
            "to": "o2",
            "direction": "straight",
            "group": ["o1", "o2"],
            "classifications": [NESTED_ANSWER],
        }
    ],
}
PROJECT_FIELDS: dict[str, Any] = {
    "queueVersion": 2,
    "ocrLanguage": "eng",
    "idleTimeout": 300,
    "projectPlugins": {},
    "pluginPresets": [],
    "errorCodesEnabled": True,
    "errorSchema": {},
    "exportStorageId": "65a1b2c3d4e5f60718293a41",
    "exportStorageBucket": "exports",
    "exportStoragePath": "vehicle-detection/",
    "exportStorageEnabled": True,
    "taskSkipEnabled": True,
    "unassignSkippedTask": False,
    "gcSyncEnabled": False,
}


def arrange(state: MockState) -> dict[str, Any]:
    """A project, tasks and an issue holding the optional fields; their ids."""
    project_id = state.add_project("Every field", label_set=LABEL_SET, project_fields=PROJECT_FIELDS)
    state.add_batch(project_id, "Night", description="Taken after dark", color="#FF5733")
    (task_id,) = state.add_tasks(
        project_id,
        [
            TaskSpec(
                answer=ANSWER,
                task_fields={
                    "sample": {"isSample": True, "updatedAt": "2024-05-01T10:00:00.000Z"},
                    "brushDataUrl": "https://mock-assets.example.com/brush.png",
                    "medicalBrushDataUrl": "https://mock-assets.example.com/brush.nrrd",
                    "__v": 0,
                },
            )
        ],
    )
    state.add_issue(task_id, "The box is too wide", object_id="o1")
    storage_id = state.connect_storage("every-field-storage")
    return {"project": project_id, "task": task_id, "storage": storage_id}


def read_arranged(http: httpx.Client, ids: dict[str, Any]) -> None:
    """Read what :func:`arrange` made, through the API."""
    project, task = ids["project"], ids["task"]
    for path, params in (
        (f"/project/{project}", {}),
        (f"/task/{task}", {}),
        (f"/project/{project}/tasks", {}),
        (f"/batches/{project}", {}),
        ("/issues", {"project": project}),
    ):
        response = http.get(path, params=params)
        assert response.status_code == 200, response.text
    template = {
        "name": "Row card",
        "template": "<p>{{text}}</p>",
        "batchColumn": "batch",
        "selectedExternalId": "id",
        "dataConfig": {"text": {"type": "text", "storage": ids["storage"], "includeInExport": True}},
        "preLabelConfig": {},
        "config": {},
    }
    for path, body in (
        (f"/project/{project}/assetBuilderTemplates", template),
        (f"/batches/{project}", {"batches": [{"name": "Night"}, {"name": "Day"}]}),
        (
            "/file-explorer",
            {"storageId": ids["storage"], "bucket": "every-field", "folder": "images/", "upload": True}
            | {"projectId": project},
        ),
    ):
        response = http.post(path, json=body)
        assert response.status_code == 200, response.text


# -- the tests ----------------------------------------------------------------------------


def test_every_response_property_is_sent(covered: FieldCoverage) -> None:
    missing = [str(prop) for prop in covered.never_sent() if not excepted(str(prop))]
    assert not missing, (
        f"{len(missing)} properties of response schemas that the mock never sends: make the mock "
        "send each (see CONTRIBUTING, 'Adding an operation or a field'), or give the reason in "
        f"EXCEPTIONS of {Path(__file__).name}.\n{covered.report(EXCEPTIONS)}"
    )


def test_every_exception_is_still_needed(covered: FieldCoverage) -> None:
    every = {str(prop) for prop in response_properties()}
    schemas = {name.split(".", 1)[0] for name in every}
    unknown = [name for name in EXCEPTIONS if name not in every and name not in schemas]
    assert not unknown, f"EXCEPTIONS names what no response schema has: {unknown}"
    sent = {str(prop) for prop in covered.sent}
    stale = [
        name
        for name in EXCEPTIONS
        if name in sent or any(prop.startswith(name + ".") for prop in sent if name in schemas)
    ]
    assert not stale, f"EXCEPTIONS names properties the mock now sends (remove them): {stale}"


def test_every_operation_answered(covered: FieldCoverage) -> None:
    """Every operation with a JSON success answer sent one (the flow reached them all)."""
    json_answers = {operation for props in response_properties().values() for operation in props}
    assert json_answers - covered.answered == set()
