"""Exports: ``/export`` and ``/exportV3`` prepare an export and answer a link to its zip.

The records are taken from the store when the export is asked for (later changes do not
show in it, as with the real service); the zip itself is written when the link is
downloaded (see :mod:`ango_hub.mock.archive`). The link points at the mock itself,
``<server root>/mock/exports/<unguessable id>.zip``, and needs no API key.

A task export (``type=task``, the default) holds one record per task, shaped like Ango's
export::

    {
      "externalId": "street-0001.jpg",
      "asset": "<the asset's data: URL or text>",
      "dataUrl": "<the same>",
      "assetId": "<asset id>",
      "batches": ["<batch name>", ...],
      "metadata": {...},            # the asset's metadata, when it has some
      "contextData": {...},         # likewise
      "task": {
        "_id": "<task id>", "taskId": "<task id>",
        "stage": "<stage name>", "stageId": "<stage id>",
        "status": "Completed", "type": "default", "assignee": "a@example.com" | null,
        "reviewStatus": "Accepted", "isBenchmark": false, "openIssuesCount": 0,
        "duration": 4141, "totalDuration": 4141,
        "createdAt": "...", "updatedAt": "...", "updatedBy"?: "...",
        "completedAt"?: "...", "completedBy"?: "...",
        "answer": {"objects": [...], "classifications": [...], "relations": [...]},
        "stageHistory": [{"_id", "stage", "stageId", "answer", "duration",
                          "completedBy", "completedAt"}, ...]   # with includeHistory
      }
    }

``includeMetadata=false`` drops the ``metadata`` of the answer's objects and
classifications; ``includeOnlyKeyFrames``, ``includeIdleBlurDurations``, ``sendEmail`` and
``doNotNotify`` change nothing. Filters: ``stage`` (ids or names; all stages when not
given), ``batches`` (ids or names, any of them), ``taskTypes``, ``updatedAt`` and
``createdAt`` ranges.

An issue export (``type=issue``) holds the project's issues (with the ``externalId`` of
their asset), filtered by ``stage`` and ``createdAt``.
"""

from __future__ import annotations

import copy
import secrets
from typing import Any

from ..queries import matches
from ..state import ExportJob, MockState
from ..validation import OperationRequest
from .common import Json
from .issues import issue_view
from .tasks import task_conditions

__all__ = ["EXPORT_PATH", "export_project", "export_project_v3"]

#: Where the mock serves prepared exports (a route outside ``/v2``, without authentication).
EXPORT_PATH = "/mock/exports/{export_id}.zip"

_TASK_FIELDS = (
    "status",
    "type",
    "assignee",
    "isBenchmark",
    "openIssuesCount",
    "duration",
    "totalDuration",
    "createdAt",
    "updatedAt",
    "updatedBy",
    "completedAt",
    "completedBy",
)


def export_project(state: MockState, request: OperationRequest) -> Json:
    """Prepare an export of the project's tasks or issues; answer the link to its zip."""
    project = state.project(request.query["project"])
    query = request.query
    if query.get("type", "task") == "issue":
        records = _issue_records(state, project, query)
    else:
        records = _task_records(state, project, query)
    export_id = secrets.token_urlsafe(24)
    job = ExportJob(
        export_id=export_id,
        project_id=project["_id"],
        kind=query.get("type", "task"),
        file_format=query.get("format", "json"),
        records=tuple(records),
        created_at=state.timestamp(),
    )
    state.add_export(job)
    path = EXPORT_PATH.format(export_id=export_id)
    return {"exportPath": request.base_url.rstrip("/") + path}


def export_project_v3(state: MockState, request: OperationRequest) -> Json:
    """The documented export path: the same as :func:`export_project`."""
    return export_project(state, request)


def _task_records(state: MockState, project: Json, query: Json) -> list[Json]:
    conditions: Json = {}
    if "stage" in query:
        conditions["stage"] = {"$in": query["stage"]}
    if "batches" in query:
        conditions["batches"] = {"$in": query["batches"]}
    if "taskTypes" in query:
        conditions["type"] = {"$in": query["taskTypes"]}
    for key in ("updatedAt", "createdAt"):
        if key in query:
            conditions[key] = query[key]
    compiled = task_conditions(project, conditions, subject="export")
    include_metadata = bool(query.get("includeMetadata", True))
    include_history = bool(query.get("includeHistory", True))
    batch_names = {batch["_id"]: batch["name"] for batch in project["batches"]}
    records = []
    for task in state.project_tasks(project["_id"]):
        view = state.task_view(task)
        if not matches(view, compiled):
            continue
        asset = state.assets[task["asset"]]
        stage = state.find_stage(project, task["stage"]) or {"id": task["stage"]}
        exported: Json = {
            "_id": task["_id"],
            "taskId": task["_id"],
            "stage": stage.get("name", stage["id"]),
            "stageId": stage["id"],
            "reviewStatus": task["review"]["status"],
            **{key: copy.deepcopy(task[key]) for key in _TASK_FIELDS if key in task},
            "answer": _answer(task["answer"], include_metadata),
        }
        if include_history:
            exported["stageHistory"] = [
                {
                    key: copy.deepcopy(value)
                    for key, value in history.items()
                    if key not in ("task", "project")
                }
                for history in state.task_histories(task["_id"])
            ]
        record: Json = {
            "externalId": asset["externalId"],
            "asset": asset["data"],
            "dataUrl": asset["data"],
            "assetId": asset["_id"],
            "batches": [batch_names.get(batch_id, batch_id) for batch_id in asset["batches"]],
        }
        for key in ("metadata", "contextData"):
            if asset.get(key):
                record[key] = copy.deepcopy(asset[key])
        record["task"] = exported
        records.append(record)
    return records


def _answer(answer: Json, include_metadata: bool) -> Json:
    exported = copy.deepcopy(answer)
    if not include_metadata:
        _strip_metadata(exported)
    return exported


def _strip_metadata(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("metadata", None)
        for value in node.values():
            _strip_metadata(value)
    elif isinstance(node, list):
        for item in node:
            _strip_metadata(item)


def _issue_records(state: MockState, project: Json, query: Json) -> list[Json]:
    stages = set(query.get("stage", []))
    created = task_conditions(project, {"createdAt": query["createdAt"]} if "createdAt" in query else {})
    records = []
    for issue in state.issues.values():
        if issue["project"] != project["_id"] or issue.get("deleted") or not matches(issue, created):
            continue
        stage = state.find_stage(project, issue["stage"]) or {"id": issue["stage"]}
        if stages and stage["id"] not in stages and stage.get("name") not in stages:
            continue
        record = issue_view(issue)
        record["externalId"] = state.assets[issue["asset"]]["externalId"]
        records.append(record)
    return records
