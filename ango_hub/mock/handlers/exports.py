"""Exports: ``/export`` and ``/exportV3`` prepare an export and answer a link to its zip.

The records are taken from the store when the export is asked for (later changes do not
show in it, as with the real service); the zip itself is written when the link is
downloaded (see :mod:`ango_hub.mock.archive`). The link points at the mock itself,
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

import copy
import secrets
from typing import Any

from ..archive import EXPORT_PATH
from ..handling import Json, handler
from ..queries import matches, task_conditions
from ..state import OWNER_ID, ExportJob, MockState, answer_view
from ..strict import check_stages
from ..validation import OperationRequest

__all__ = ["export_project", "export_project_v3"]


@handler
def export_project(state: MockState, request: OperationRequest) -> Json:
    """Prepare an export of the project's tasks or issues; answer the link to its zip."""
    project = state.project(request.query["project"])
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
    state.add_export(job)
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
    batch_names = {batch["_id"]: batch["name"] for batch in project["batches"]}
    records = []
    for task in state.project_tasks(project["_id"]):
        if not matches(state.task_view(task), compiled):
            continue
        asset = state.assets[task["asset"]]
        stage = state.find_stage(project, task["stage"]) or {"id": task["stage"]}
        exported: Json = {
            "taskId": task["_id"],
            "stage": stage.get("name", stage["id"]),
            "stageId": stage["id"],
            "updatedAt": task["updatedAt"],
            "updatedBy": _email(state, task.get("updatedBy") or task.get("createdBy") or OWNER_ID),
            "totalDuration": task.get("totalDuration", 0),
            **_flat_answer(task["answer"], include_metadata),
        }
        for key in ("brushDataUrl", "medicalBrushDataUrl"):
            if task.get(key):
                exported[key] = task[key]
        if include_history:
            exported["stageHistory"] = [
                {
                    "stage": history["stage"],
                    "stageId": history["stageId"],
                    "duration": history.get("duration", 0),
                    "completedAt": history["completedAt"],
                    "completedBy": _email(state, history["completedBy"]),
                    **_flat_answer(history["answer"], include_metadata),
                }
                for history in state.task_histories(task["_id"])
            ]
        record: Json = {
            "asset": asset["data"],
            "externalId": asset["externalId"],
            "metadata": copy.deepcopy(asset.get("metadata") or {}),
            "batches": [batch_names.get(batch_id, batch_id) for batch_id in asset["batches"]],
        }
        if asset.get("contextData"):
            record["contextData"] = copy.deepcopy(asset["contextData"])
        if asset.get("dataset"):
            record["assetId"] = asset["_id"]
            record["dataset"] = list(asset["dataset"])
        record["task"] = exported
        records.append(record)
    return records


def _flat_answer(answer: Json, include_metadata: bool) -> Json:
    """A stored answer as the export flattens it into a task: ``tools``, ``classifications``,
    ``relations`` (other fields of the answer are kept)."""
    flat = answer_view(answer)
    flat.setdefault("classifications", [])
    flat.setdefault("relations", [])
    if not include_metadata:
        _strip_metadata(flat)
    return flat


def _email(state: MockState, reference: str) -> str:
    """A user's e-mail (the export names users by e-mail), or the reference as it is."""
    user = state.user_by_id_or_email(reference)
    return str(user["email"]) if user is not None else reference


def _user_ids(state: MockState, references: list[str]) -> list[str]:
    """The IDs of users given by ID or e-mail (unknown references are kept as they are)."""
    ids = []
    for reference in references:
        user = state.user_by_id_or_email(reference)
        ids.append(str(user["_id"]) if user is not None else reference)
    return ids


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
        record = state.issue_view(issue)
        record["externalId"] = state.assets[issue["asset"]]["externalId"]
        records.append(record)
    return records
