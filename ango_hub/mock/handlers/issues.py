"""Issues raised on tasks: create, list, update, comment, delete.

An issue keeps the ``labelTask``, ``asset``, ``project`` and ``stage`` (id) of its task,
``status`` (``Open`` at creation, then any string, e.g. ``Resolved``), ``createdBy`` (the
owner of the API key, by id) and ``comments``, a list of ``{_id, content,
contentMentions, createdBy, createdAt}``, oldest first (the spec's ``Issue`` does not list
``comments``; it allows additional properties). A task's ``issues`` summaries and
``openIssuesCount`` (issues with status ``Open``) follow its issues. Deletion is soft.
"""

from __future__ import annotations

import copy

from ..behaviours.strict import check_stages
from ..state import OWNER_ID, MockState, find_stage
from ..web.errors import bad_request, not_found
from ..web.handling import Json, handler
from ..web.validation import OperationRequest

__all__ = [
    "add_issue_comment",
    "create_issue",
    "delete_issue",
    "list_issues",
    "update_issue",
]

_UPDATABLE = ("content", "contentMentions", "status", "errorCodes", "pctDetails")


@handler
def create_issue(state: MockState, request: OperationRequest) -> Json:
    """Open an issue on an existing task, at a ``position`` or on an ``objectId`` (not both)."""
    body: Json = request.body
    if "position" in body and "objectId" in body:
        raise bad_request("Invalid request body: give either 'position' or 'objectId', not both")
    task = state.tasks.require(body["labelTask"])
    return {"issue": state.issues.view(state.create_issue(task, body))}


@handler
def list_issues(state: MockState, request: OperationRequest) -> Json:
    """The issues of a project, oldest first, filtered by ``asset``, ``labelTask``, ``stage``
    (an id; a stage name works too) and ``createdBy`` (a user id or e-mail).

    An unknown project answers 404; filters that match nothing give an empty list.
    """
    query = request.query
    project = state.projects.require(query["project"])
    stage_ref = query.get("stage")
    if stage_ref is not None:
        check_stages(state, project, [stage_ref], subject="Invalid query parameter 'stage'")
    stage = find_stage(project, stage_ref) if stage_ref is not None else None
    stage_id = stage["id"] if stage is not None else stage_ref
    creator = query.get("createdBy")
    if creator is not None:
        user = state.users.get(creator)
        creator = user["_id"] if user is not None else creator
    wanted = {"asset": query.get("asset"), "labelTask": query.get("labelTask"), "stage": stage_id}
    wanted["createdBy"] = creator
    issues = [
        state.issues.view(issue)
        for issue in state.issues.list(project_id=project["_id"])
        if all(value is None or issue.get(key) == value for key, value in wanted.items())
    ]
    return {"issues": issues}


@handler
def update_issue(state: MockState, request: OperationRequest) -> Json:
    """Change the given fields (``content``, ``contentMentions``, ``status``, ``errorCodes``,
    ``pctDetails``); the task's ``openIssuesCount`` follows the status."""
    issue = state.issues.require(request.path["issueId"])
    body: Json = request.body
    for key in _UPDATABLE:
        if key in body:
            issue[key] = copy.deepcopy(body[key])
    issue["updatedAt"] = state.timestamp()
    state.sync_task_issues(state.tasks.documents[issue["labelTask"]])
    return {"issue": state.issues.view(issue)}


@handler
def delete_issue(state: MockState, request: OperationRequest) -> Json:
    """Soft-delete an issue of ``project`` (an issue of another project answers 404).

    Deleting it again succeeds again (the call is idempotent).
    """
    issue_id = request.path["issueId"]
    project = state.projects.require(request.query["project"])
    issue = state.issues.documents.get(issue_id)  # deleted before: deleted again
    if issue is None or issue["project"] != project["_id"]:
        raise not_found("Issue", issue_id)
    if not issue["deleted"]:
        issue["deleted"] = True
        state.sync_task_issues(state.tasks.documents[issue["labelTask"]])
    return {"message": "Issue deleted successfully"}


@handler
def add_issue_comment(state: MockState, request: OperationRequest) -> Json:
    """Append a comment (by the owner of the API key) to the issue's ``comments``."""
    issue = state.issues.require(request.path["issueId"])
    body: Json = request.body
    comment: Json = {
        "_id": state.new_id(),
        "content": body["content"],
        "contentMentions": list(body.get("contentMentions", [])),
        "createdBy": OWNER_ID,
        "createdAt": state.timestamp(),
    }
    issue.setdefault("comments", []).append(comment)
    issue["updatedAt"] = comment["createdAt"]
    return {"issue": state.issues.view(issue)}
