"""Tasks: list (filters, sort, fields, pages), read, history, assignment and requeueing."""

from __future__ import annotations

import copy
from typing import Any

from ..errors import bad_request, not_found
from ..queries import (
    TASK_FILTER_FIELDS,
    Condition,
    compile_conditions,
    matches,
    page_of,
    select_fields,
    sort_documents,
)
from ..state import MockState, empty_answer
from ..validation import OperationRequest
from .common import Json

__all__ = [
    "assign_tasks",
    "get_task",
    "get_task_history",
    "list_tasks",
    "requeue_tasks",
    "task_conditions",
]

_ALWAYS_SELECTED = ("_id", "project", "asset")


def task_conditions(project: Json, conditions: Json, *, subject: str = "filter") -> list[Condition]:
    """Compile ``TaskFilter`` conditions for the task views of ``project``.

    ``stage`` matches a stage's id or its name; ``batches`` a batch's id or its name;
    ``reviewStatus`` looks at ``review.status``; any other field is looked up in the task.
    """
    stages = {stage["id"]: stage.get("name", stage["id"]) for stage in project["stages"]}
    batch_names = {batch["_id"]: batch["name"] for batch in project["batches"]}

    def stage_values(view: Json) -> list[Any]:
        return [view["stage"], stages.get(view["stage"], view["stage"])]

    def batch_values(view: Json) -> list[Any]:
        ids: list[str] = view.get("batches", [])
        return [*ids, *(batch_names[batch_id] for batch_id in ids if batch_id in batch_names)]

    return compile_conditions(
        conditions,
        aliases=TASK_FILTER_FIELDS,
        expanders={"stage": stage_values, "batches": batch_values},
        subject=subject,
    )


def list_tasks(state: MockState, request: OperationRequest) -> Json:
    """One page of a project's tasks, filtered and sorted, with the number of matching tasks.

    Without ``sort`` the tasks come in creation order. ``fields`` keeps only those fields
    (plus ``_id``, ``project`` and ``asset``); the answer is included only with
    ``includeAnswer=true`` or when ``fields`` names it.
    """
    project = state.project(request.path["projectId"])
    query = request.query
    conditions = task_conditions(project, query.get("filter") or {})
    legacy: Json = {}
    if "status[eq]" in query:
        legacy["status"] = {"$eq": query["status[eq]"]}
    if "batches" in query:
        legacy["batches"] = {"$in": query["batches"]}
    if "stage" in query:
        legacy["stage"] = {"$eq": query["stage"]}
    conditions += task_conditions(project, legacy, subject="stage")
    views = [state.task_view(task) for task in state.project_tasks(project["_id"])]
    matching = sort_documents([view for view in views if matches(view, conditions)], query.get("sort"))
    page = page_of(matching, query["page"], query["limit"])
    fields = [field.strip() for field in query.get("fields", "").split(",") if field.strip()]
    include_answer = bool(query["includeAnswer"])
    if fields:
        wanted = [*fields, "answer"] if include_answer else fields
        page = [select_fields(view, wanted, _ALWAYS_SELECTED) for view in page]
    elif not include_answer:
        for view in page:
            view.pop("answer", None)
    return {"tasks": page, "total": len(matching)}


def get_task(state: MockState, request: OperationRequest) -> Json:
    """One task; its answer only with ``includeAnswer=true``."""
    task = state.task(request.path["taskId"])
    return {"task": state.task_view(task, include_answer=bool(request.query["includeAnswer"]))}


def get_task_history(state: MockState, request: OperationRequest) -> Json:
    """One history record (annotate calls and the demo seed create them)."""
    return {"taskHistory": copy.deepcopy(state.history(request.path["taskHistoryId"]))}


def assign_tasks(state: MockState, request: OperationRequest) -> Json:
    """Assign (by e-mail) the listed tasks that are in ``stage``; without ``user``, unassign them.

    Unknown tasks, or tasks of another project, answer 404; tasks in another stage are left
    alone and not counted.
    """
    body: Json = request.body
    project = state.project(body["project"])
    stage = state.find_stage(project, body["stage"])
    if stage is None:
        raise bad_request(f"Invalid request body at 'stage': unknown stage {body['stage']!r}")
    tasks = []
    for task_id in dict.fromkeys(body["tasks"]):
        task = state.task(task_id)
        if task["project"] != project["_id"]:
            raise not_found("Task", task_id)
        tasks.append(task)
    user = body.get("user")
    if user:
        state.user(user)
    assigned = 0
    for task in tasks:
        if task["stage"] == stage["id"]:
            task["assignee"] = user or None
            task["updatedAt"] = state.timestamp()
            assigned += 1
    return {"tasks": assigned}


def requeue_tasks(state: MockState, request: OperationRequest) -> Json:
    """Move tasks to ``toStageId`` (an id, or a name); filters are inclusive (any list matches).

    Without filters (or with empty lists only) every task of the project moves. Options:
    ``removeAnnotations`` empties the answer, ``removeAssignee`` unassigns,
    ``removeStageHistory`` deletes the task's history records.
    """
    project = state.project(request.path["projectId"])
    body: Json = request.body
    target = state.find_stage(project, body["toStageId"])
    if target is None:
        raise bad_request(f"Invalid request body at 'toStageId': unknown stage {body['toStageId']!r}")
    filters: Json = body.get("filters") or {}
    options: Json = body.get("options") or {}
    task_ids = set(filters.get("taskIds", []))
    external_ids = set(filters.get("externalIds", []))
    asset_ids = set(filters.get("assetIds", []))
    from_stages = set(filters.get("fromStageIds", []))
    selective = bool(task_ids or external_ids or asset_ids or from_stages)
    moved = 0
    for task in state.project_tasks(project["_id"]):
        if selective:
            stage = state.find_stage(project, task["stage"]) or {"id": task["stage"]}
            chosen = (
                task["_id"] in task_ids
                or task["asset"] in asset_ids
                or state.assets[task["asset"]]["externalId"] in external_ids
                or stage["id"] in from_stages
                or stage.get("name") in from_stages
            )
            if not chosen:
                continue
        if options.get("removeAnnotations"):
            task["answer"] = empty_answer()
            task["isPreLabeled"] = False
        if options.get("removeAssignee"):
            task["assignee"] = None
        if options.get("removeStageHistory"):
            state.forget_histories(task["_id"])
        state.move_task(task, target)
        moved += 1
    return {"tasks": moved}
