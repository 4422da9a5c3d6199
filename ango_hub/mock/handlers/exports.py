"""Exports: ``/export`` and ``/exportV3`` prepare an export and answer a link to its zip.

The records are taken from the store when the export is asked for (later changes do not
show in it, as with the real service); the zip itself is written when the link is
downloaded (see :mod:`ango_hub.mock.files.archive`). The link points at the mock itself,
``<server root>/mock/exports/<unguessable id>.zip``, and needs no API key.

A task export (``type=task``, the default) holds one record per task, in the shape the
current documentation gives (docs.imerit.net, "Ango Export Format": the asset's fields and
the task under ``task``, its answer flattened in with the objects under ``tools``)::

    {
      "asset": "<the asset's data: URL or text>",
      "externalId": "street-0001.jpg",
      "metadata": {...},            # the asset's metadata ({} when it has none)
      "batches": ["<batch name>", ...],
      "contextData": {...},         # when the asset has some
      "assetId": "<asset id>", "dataset": [...],   # multi-image assets only
      "task": {
        "taskId": "<task id>",
        "stage": "<stage name>", "stageId": "<stage id>",
        "updatedAt": "...", "updatedBy": "<e-mail>",
        "totalDuration": 4141,
        "tools": [...], "classifications": [...], "relations": [...],
        "brushDataUrl"?: "...", "medicalBrushDataUrl"?: "...",
        "stageHistory": [{"stage", "stageId", "duration", "completedAt", "completedBy",
                          "tools", "classifications", "relations"}, ...]  # with includeHistory
      }
    }

Users are shown by e-mail. ``includeMetadata=false`` drops the ``metadata`` of the
answer's objects and classifications; ``includeOnlyKeyFrames``,
``includeIdleBlurDurations``, ``sendEmail`` and ``doNotNotify`` change nothing. Filters:
``stage`` (ids or names; all stages when not given), ``batches`` (ids or names, any of
them), ``taskTypes``, ``updatedAt`` and ``createdAt`` ranges, ``assignee`` (tasks
completed by these users, by ID or e-mail) and ``completedAt[gt]``/``completedAt[lt]``.

An issue export (``type=issue``) holds the project's issues (with the ``externalId`` of
their asset), filtered by ``stage`` and ``createdAt``.
"""

from __future__ import annotations

import secrets

from ..behaviours.strict import check_stages
from ..files.archive import EXPORT_PATH
from ..files.export_records import task_record
from ..state import ExportJob, MockState, find_stage
from ..web.handling import Json, handler
from ..web.validation import OperationRequest
from ._queries import matches, task_conditions

__all__ = ["export_project", "export_project_v3"]


@handler
def export_project(state: MockState, request: OperationRequest) -> Json:
    """Prepare an export of the project's tasks or issues; answer the link to its zip."""
    project = state.projects.require(request.query["project"])
    query = request.query
    check_stages(state, project, query.get("stage", []), subject="Invalid query parameter 'stage'")
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
    state.exports.add(job)
    path = EXPORT_PATH.format(export_id=export_id)
    return {"exportPath": request.base_url.rstrip("/") + path}


@handler
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
    completed = {
        operator: query[f"completedAt[{operator[1:]}]"]
        for operator in ("$gt", "$lt")
        if f"completedAt[{operator[1:]}]" in query
    }
    if completed:
        conditions["completedAt"] = completed
    if "assignee" in query:
        conditions["completedBy"] = {"$in": _user_ids(state, query["assignee"])}
    compiled = task_conditions(project, conditions, subject="export")
    include_metadata = bool(query.get("includeMetadata", True))
    include_history = bool(query.get("includeHistory", True))
    return [
        task_record(state, project, task, include_metadata=include_metadata, include_history=include_history)
        for task in state.tasks.list(project["_id"])
        if matches(state.tasks.view(task), compiled)
    ]


def _user_ids(state: MockState, references: list[str]) -> list[str]:
    """The IDs of users given by ID or e-mail (unknown references are kept as they are)."""
    ids = []
    for reference in references:
        user = state.users.get(reference)
        ids.append(str(user["_id"]) if user is not None else reference)
    return ids


def _issue_records(state: MockState, project: Json, query: Json) -> list[Json]:
    stages = set(query.get("stage", []))
    created = task_conditions(project, {"createdAt": query["createdAt"]} if "createdAt" in query else {})
    records = []
    for issue in state.issues.list(project_id=project["_id"]):
        if not matches(issue, created):
            continue
        stage = find_stage(project, issue["stage"]) or {"id": issue["stage"]}
        if stages and stage["id"] not in stages and stage.get("name") not in stages:
            continue
        record = state.issues.view(issue)
        record["externalId"] = state.assets.documents[issue["asset"]]["externalId"]
        records.append(record)
    return records
