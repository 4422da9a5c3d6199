"""Projects: list, create, read, update (settings, label set, workflow), delete, members,
asset builder templates and instructions."""

from __future__ import annotations

import copy
import secrets
from urllib.parse import quote

from ..errors import bad_request
from ..queries import page_of, sort_documents
from ..state import FileRecord, MockState
from ..validation import OperationRequest
from .common import Json, name_list
from .storage_urls import file_url

__all__ = [
    "add_project_members",
    "create_asset_builder_template",
    "create_project",
    "delete_project",
    "get_project",
    "list_projects",
    "update_project",
    "upload_instructions",
]

_SUMMARY_FIELDS = ("_id", "name", "description", "organization", "createdAt")
_STAGE_TYPES = {
    "Start",
    "Label",
    "Review",
    "Logic",
    "Plugin",
    "Webhook",
    "Complete",
    "Archive",
    "Consensus",
    "Hold",
}


def list_projects(state: MockState, request: OperationRequest) -> Json:
    """One page of the visible projects, as summaries, with the total."""
    projects = sort_documents(state.visible_projects(), request.query.get("sort"))
    page = page_of(projects, request.query["page"], request.query["limit"])
    summaries = [{key: project[key] for key in _SUMMARY_FIELDS if key in project} for project in page]
    return {"projects": summaries, "total": len(projects)}


def create_project(state: MockState, request: OperationRequest) -> Json:
    """Create a project (default workflow Start -> Label -> Complete)."""
    body: Json = request.body
    project = state.create_project(
        body["name"],
        description=body.get("description", ""),
        project_type=body.get("type", "ango"),
        category_schema=body.get("categorySchema"),
    )
    return {"project": state.project_view(project)}


def get_project(state: MockState, request: OperationRequest) -> Json:
    """The whole project."""
    return {"project": state.project_view(state.project(request.path["projectId"]))}


def update_project(state: MockState, request: OperationRequest) -> Json:
    """Change the given fields; the label set is stored exactly as sent.

    New ``stages`` replace the workflow: stage ids must be unique and every ``next`` must
    name one of them. Tasks in a stage that no longer exists move to the new entry stage.
    Fields the spec's ``ProjectUpdate`` does not list are ignored.
    """
    project = state.project(request.path["projectId"])
    body: Json = request.body
    stages = _normalized_stages(body["stages"]) if "stages" in body else None
    for key in ("name", "description", "benchmarkEnabled", "benchmarkRatio", "benchmarkCutoff"):
        if key in body:
            project[key] = body[key]
    if "benchmarkEnabled" in body:
        project["benchmark"] = body["benchmarkEnabled"]
    if "categorySchema" in body:
        project["categorySchema"] = copy.deepcopy(body["categorySchema"])
    if stages is not None:
        project["stages"] = stages
        entry = state.entry_stage(project)
        for task in state.project_tasks(project["_id"]):
            if state.find_stage(project, task["stage"]) is None:
                state.move_task(task, entry)
    project["updatedAt"] = state.timestamp()
    return {"project": state.project_view(project)}


def _normalized_stages(stages: list[Json]) -> list[Json]:
    if not stages:
        raise bad_request("Invalid request body at 'stages': a workflow needs at least one stage")
    ids = [stage["id"] for stage in stages]
    duplicates = sorted({stage_id for stage_id in ids if ids.count(stage_id) > 1})
    if duplicates:
        raise bad_request(f"Invalid request body at 'stages': duplicate stage id(s) {name_list(duplicates)}")
    normalized: list[Json] = []
    for index, stage in enumerate(stages):
        unknown = [target for target in stage.get("next", []) if target not in ids]
        if unknown:
            raise bad_request(
                f"Invalid request body at 'stages/{index}/next': unknown stage id(s) {name_list(unknown)}"
            )
        default_type = stage["id"] if stage["id"] in _STAGE_TYPES else "Label"
        normalized.append(
            {
                **copy.deepcopy(stage),
                "name": stage.get("name", stage["id"]),
                "type": stage.get("type", default_type),
                "next": list(stage.get("next", [])),
            }
        )
    return normalized


def delete_project(state: MockState, request: OperationRequest) -> Json:
    """Soft-delete a project. Deleting it again succeeds again (the call is idempotent)."""
    state.delete_project(request.path["projectId"])
    return {"message": "Project deleted successfully"}


def add_project_members(state: MockState, request: OperationRequest) -> Json:
    """Add members (by e-mail) with a role; a member already there gets the new role."""
    project = state.project(request.path["projectId"])
    body: Json = request.body
    members: list[Json] = project["assignedTo"]
    for email in dict.fromkeys(body["assignees"]):
        state.user(email)
        existing = next((member for member in members if member["assignee"] == email), None)
        if existing is None:
            members.append({"assignee": email, "role": body["role"]})
        else:
            existing["role"] = body["role"]
    project["updatedAt"] = state.timestamp()
    return {"project": state.project_view(project)}


def create_asset_builder_template(state: MockState, request: OperationRequest) -> Json:
    """Store a template on the project's ``assetBuilderTemplates``."""
    project = state.project(request.path["projectId"])
    body: Json = request.body
    template: Json = {"_id": state.new_id(), "description": "", **copy.deepcopy(body)}
    project["assetBuilderTemplates"].append(template)
    project["updatedAt"] = state.timestamp()
    return {"template": copy.deepcopy(template)}


def upload_instructions(state: MockState, request: OperationRequest) -> Json:
    """Keep the instruction file's name and size; ``instructions`` becomes its (pretend) URL."""
    project = state.project(request.path["projectId"])
    storage_id = request.query.get("storageId")
    storage = state.storage(storage_id) if storage_id is not None else None
    upload = request.files["file"][0]
    name = f"instructions-{secrets.token_hex(4)}-{quote(upload.filename)}"
    url = file_url(storage, request.query.get("bucket"), f"{project['_id']}/{name}")
    state.instructions[project["_id"]] = FileRecord(upload.filename, upload.content_type, upload.size, url)
    project["instructions"] = url
    project["updatedAt"] = state.timestamp()
    return {"project": state.project_view(project)}
