"""Tasks: list (filters, sort, fields, pages), read, history, assignment, requeueing,
benchmarks, priorities and reviews."""

from __future__ import annotations

import copy

from ..behaviours.strict import check_stages, filter_stages
from ..state import OWNER_ID, MockState, empty_answer, entry_stage, find_stage, next_stage
from ..web.errors import bad_request, conflict, not_found, unknown_reference
from ..web.handling import Json, handler
from ..web.validation import OperationRequest
from ..webhooks.events import fire_webhooks
from ._queries import matches, page_of, select_fields, sort_documents, task_conditions

__all__ = [
    "assign_tasks",
    "get_task",
    "get_task_history",
    "list_task_history",
    "list_tasks",
    "requeue_tasks",
    "review_task",
    "select_tasks",
    "set_benchmark_tasks",
    "update_tasks_priority",
]

_ALWAYS_SELECTED = ("_id", "project", "asset")


@handler
def list_tasks(state: MockState, request: OperationRequest) -> Json:
    """One page of a project's tasks, filtered and sorted, with the number of matching tasks.

    The filter is ``filter`` (the official SDK's name) or ``filters`` (the current
    reference's); when both are sent, their conditions add up (``filter`` wins on a field
    both name).

    Without ``sort`` the tasks come in creation order. ``fields`` keeps only those fields
    (plus ``_id``, ``project`` and ``asset``); the answer is included only with
    ``includeAnswer=true`` or when ``fields`` names it.
    """
    project = state.projects.require(request.path["projectId"])
    query = request.query
    given: Json = {**(query.get("filters") or {}), **(query.get("filter") or {})}
    if "stage" in given:
        name = "filter" if "stage" in (query.get("filter") or {}) else "filters"
        check_stages(
            state,
            project,
            filter_stages(given["stage"]),
            subject=f"Invalid query parameter '{name}' at 'stage'",
        )
    if "stage" in query:
        check_stages(state, project, [query["stage"]], subject="Invalid query parameter 'stage'")
    conditions = task_conditions(project, given)
    legacy: Json = {}
    if "status[eq]" in query:
        legacy["status"] = {"$eq": query["status[eq]"]}
    if "batches" in query:
        legacy["batches"] = {"$in": query["batches"]}
    if "stage" in query:
        legacy["stage"] = {"$eq": query["stage"]}
    conditions += task_conditions(project, legacy, subject="stage")
    # Filter and sort on cheap read-only views; copy only the tasks of the page (a project
    # may hold tens of thousands of tasks, and a client pages through all of them).
    probes = (_probe(state, task) for task in state.tasks.list(project["_id"]))
    matching = sort_documents([probe for probe in probes if matches(probe, conditions)], query.get("sort"))
    page_probes = page_of(matching, query["page"], query["limit"])
    page = [state.tasks.view(state.tasks.documents[probe["_id"]]) for probe in page_probes]
    fields = [field.strip() for field in query.get("fields", "").split(",") if field.strip()]
    include_answer = bool(query["includeAnswer"])
    if fields:
        wanted = [*fields, "answer"] if include_answer else fields
        page = [select_fields(view, wanted, _ALWAYS_SELECTED) for view in page]
    elif not include_answer:
        for view in page:
            view.pop("answer", None)
    return {"tasks": page, "total": len(matching)}


def _probe(state: MockState, task: Json) -> Json:
    """A read-only view of a task for filtering and sorting: shallow, nothing copied deeply."""
    asset = state.assets.documents[task["asset"]]
    return {**task, "externalId": asset["externalId"], "batches": asset["batches"]}


@handler
def get_task(state: MockState, request: OperationRequest) -> Json:
    """One task, always with its answer (objects under ``tools``), whatever ``includeAnswer``
    says: the documented response carries it, and the official SDK's default
    ``annotate_task`` reads it after asking with ``includeAnswer=False``."""
    task = state.tasks.require(request.path["taskId"])
    return {"task": state.tasks.view(task)}


@handler
def get_task_history(state: MockState, request: OperationRequest) -> Json:
    """One history record (annotate calls and the demo seed create them)."""
    return {"taskHistory": state.histories.view(state.histories.require(request.path["taskHistoryId"]))}


@handler
def assign_tasks(state: MockState, request: OperationRequest) -> Json:
    """Assign (by e-mail) the listed tasks that are in ``stage``; without ``user``, unassign them.

    Unknown tasks, or tasks of another project, answer 404; tasks in another stage are left
    alone and not counted. The one-task form (``{task, user}`` with a user ID or e-mail, or
    ``{task, username}`` with an e-mail) assigns that task whatever its stage; an unknown
    user answers 404. Answers the number of tasks assigned and the documented
    ``"assets": "Successfully created."``.
    """
    body: Json = request.body
    if "task" in body:
        return _assign_one_task(state, body)
    if not all(key in body for key in ("project", "tasks", "stage")):
        raise bad_request("Invalid request body: give 'project', 'tasks' and 'stage', or one 'task'")
    project = state.projects.require(body["project"])
    stage = find_stage(project, body["stage"])
    if stage is None:
        raise unknown_reference(f"Invalid request body at 'stage': unknown stage {body['stage']!r}")
    tasks = []
    for task_id in dict.fromkeys(body["tasks"]):
        task = state.tasks.require(task_id)
        if task["project"] != project["_id"]:
            raise not_found("Task", task_id)
        tasks.append(task)
    user = body.get("user")
    if user:
        state.users.ensure(user)
    assigned = 0
    for task in tasks:
        if task["stage"] == stage["id"]:
            task["assignee"] = user or None
            task["updatedAt"] = state.timestamp()
            assigned += 1
    return {"tasks": assigned, "assets": ASSIGNED}


#: The documented answer of ``/task/assign``.
ASSIGNED = "Successfully created."


def _assign_one_task(state: MockState, body: Json) -> Json:
    task = state.tasks.require(body["task"])
    reference = body.get("username") or body.get("user")
    if not reference:
        raise bad_request("Invalid request body: give the user's ID in 'user' or e-mail in 'username'")
    user = state.users.get(reference)
    if user is None and "@" in reference:
        user = state.users.ensure(reference)  # users are created on first sight, as assignees
    if user is None:
        raise unknown_reference(f"Invalid request body at 'user': unknown user {reference!r}")
    task["assignee"] = user["email"]
    task["updatedAt"] = state.timestamp()
    return {"tasks": 1, "assets": ASSIGNED}


def select_tasks(state: MockState, project: Json, filters: Json | None) -> list[Json]:
    """Return the project's tasks chosen by ``RequeueFilters`` (inclusive: any list matches).

    Without filters (or with empty lists only) every task of the project is chosen. Stages
    in ``fromStageIds`` are ids or names.
    """
    filters = filters or {}
    task_ids = set(filters.get("taskIds", []))
    external_ids = set(filters.get("externalIds", []))
    asset_ids = set(filters.get("assetIds", []))
    from_stages = set(filters.get("fromStageIds", []))
    tasks = state.tasks.list(project["_id"])
    if not (task_ids or external_ids or asset_ids or from_stages):
        return tasks
    chosen = []
    for task in tasks:
        stage = find_stage(project, task["stage"]) or {"id": task["stage"]}
        if (
            task["_id"] in task_ids
            or task["asset"] in asset_ids
            or state.assets.documents[task["asset"]]["externalId"] in external_ids
            or stage["id"] in from_stages
            or stage.get("name") in from_stages
        ):
            chosen.append(task)
    return chosen


def _check_filter_stages(state: MockState, project: Json, filters: Json | None) -> None:
    stages = (filters or {}).get("fromStageIds") or []
    check_stages(state, project, stages, subject="Invalid request body at 'filters/fromStageIds'")


@handler
def requeue_tasks(state: MockState, request: OperationRequest) -> Json:
    """Move tasks to ``toStageId`` (an id, or a name); filters as in :func:`select_tasks`.

    Options: ``removeAnnotations`` (or ``resetAnswer``) empties the answer,
    ``removeAssignee`` (or ``unassign``) unassigns, ``removeStageHistory`` deletes the
    task's history records.
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    target = find_stage(project, body["toStageId"])
    if target is None:
        raise unknown_reference(f"Invalid request body at 'toStageId': unknown stage {body['toStageId']!r}")
    _check_filter_stages(state, project, body.get("filters"))
    options: Json = body.get("options") or {}
    moved = 0
    for task in select_tasks(state, project, body.get("filters")):
        if options.get("removeAnnotations") or options.get("resetAnswer"):
            task["answer"] = empty_answer()
            task["isPreLabeled"] = False
        if options.get("removeAssignee") or options.get("unassign"):
            task["assignee"] = None
        if options.get("removeStageHistory"):
            state.histories.forget_task(task["_id"])
        state.tasks.move(task, target)
        moved += 1
    return {"tasks": moved}


def _project_tasks_by_id(state: MockState, project: Json, task_ids: list[str]) -> list[Json]:
    tasks = []
    for task_id in dict.fromkeys(task_ids):
        task = state.tasks.require(task_id)
        if task["project"] != project["_id"]:
            raise not_found("Task", task_id)
        tasks.append(task)
    return tasks


@handler
def set_benchmark_tasks(state: MockState, request: OperationRequest) -> Json:
    """Set ``isBenchmark`` (default true) on the listed tasks of the project.

    Unknown tasks, or tasks of another project, answer 404 and nothing changes. Answers the
    number of distinct tasks listed, changed or already so, so that a retry answers alike.
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    tasks = _project_tasks_by_id(state, project, body["tasks"])
    flag = bool(body.get("isBenchmark", True))
    now = state.timestamp()
    for task in tasks:
        if task["isBenchmark"] != flag:
            task["isBenchmark"] = flag
            task["updatedAt"] = now
    return {"tasks": len(tasks)}


@handler
def update_tasks_priority(state: MockState, request: OperationRequest) -> Json:
    """Set the priority of the tasks chosen by ``filters`` (see :func:`select_tasks`).

    Their assets get the same priority. Answers the number of tasks chosen.
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    _check_filter_stages(state, project, body.get("filters"))
    tasks = select_tasks(state, project, body.get("filters"))
    now = state.timestamp()
    for task in tasks:
        task["priority"] = body["priority"]
        task["updatedAt"] = now
        state.assets.documents[task["asset"]]["priority"] = body["priority"]
    return {"tasks": len(tasks)}


@handler
def list_task_history(state: MockState, request: OperationRequest) -> Json:
    """Every history record of a task, oldest first (404 for an unknown or deleted task)."""
    task = state.tasks.require(request.path["taskId"])
    return {"taskHistory": [state.histories.view(history) for history in state.histories.list(task["_id"])]}


def previous_stage(project: Json, stage_id: str) -> Json | None:
    """Return the stage before ``stage_id``: the first stage whose ``next`` names it.

    When that is the Start stage, the project's entry stage; None when nothing leads there.
    """
    stages: list[Json] = project["stages"]
    before = next(
        (stage for stage in stages if stage["id"] != stage_id and stage_id in stage.get("next", [])), None
    )
    if before is not None and before.get("type") == "Start":
        return entry_stage(project)
    return before


@handler
def review_task(state: MockState, request: OperationRequest) -> Json:
    """Record a review decision on a task that is in a Review stage (else 400).

    ``review.status`` becomes ``reviewStatus`` (with ``pctDetails`` when sent). ``Accepted``
    and ``Rejected`` are submissions: a history record (with ``reviewStatus``) is written in
    the Review stage, then an accepted task moves to the stage after it (its first
    ``next``; ``Completed`` when that is a Complete stage) and a rejected one back to the
    stage before it (see :func:`previous_stage`). ``Todo`` and ``Fixed`` only set the status.
    ``Accepted`` fires the project's ``ACCEPTED`` webhooks. Answers the task with its answer.
    """
    task = state.tasks.require(request.path["taskId"])
    body: Json = request.body
    project = state.projects.documents[task["project"]]
    stage = find_stage(project, task["stage"])
    if stage is None or stage.get("type") != "Review":
        shown = stage.get("name", stage["id"]) if stage is not None else task["stage"]
        raise conflict(f"Task {task['_id']} is not in a Review stage (it is in {shown!r})")
    status = body["reviewStatus"]
    review: Json = {"status": status}
    if "pctDetails" in body:
        review["pctDetails"] = copy.deepcopy(body["pctDetails"])
    task["review"] = review
    task["updatedBy"] = OWNER_ID
    task["updatedAt"] = state.timestamp()
    if status in ("Accepted", "Rejected"):
        history = state.record_history(task, duration=0, user_id=OWNER_ID)
        history["reviewStatus"] = status
        target = (
            next_stage(project, stage["id"]) if status == "Accepted" else previous_stage(project, stage["id"])
        )
        if target is not None:
            state.tasks.move(task, target)
    if status == "Accepted":
        fire_webhooks(state, task, "ACCEPTED")
    return {"task": state.tasks.view(task)}
