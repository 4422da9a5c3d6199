"""Projects: list, create, read, update (settings, label set, workflow), delete, members,
asset builder templates, instructions, cloning, purging and label validation."""

from __future__ import annotations

import copy
import secrets
from urllib.parse import quote

from ..files.storage_urls import file_url
from ..files.uploads import keep_uploaded_file
from ..state import FileRecord, MockState, entry_stage, find_stage
from ..web.errors import bad_request, conflict
from ..web.handling import Json, handler, name_list
from ..web.validation import OperationRequest
from ._queries import page_of, sort_documents

__all__ = [
    "add_project_members",
    "clone_project",
    "create_asset_builder_template",
    "create_project",
    "delete_project",
    "get_project",
    "list_projects",
    "purge_project",
    "update_label_validation",
    "update_project",
    "upload_instructions",
]

_SUMMARY_FIELDS = ("_id", "name", "description", "organization", "createdAt")
#: What ``projectGeneralSettings`` copies when cloning a project.
_GENERAL_SETTINGS = (
    "consensusCount",
    "reviewConf",
    "benchmark",
    "benchmarkEnabled",
    "benchmarkRatio",
    "benchmarkCutoff",
    "instructions",
    "ocrLanguage",
    "idleTimeout",
    "errorCodesEnabled",
    "errorSchema",
    "taskSkipEnabled",
    "unassignSkippedTask",
    "tags",
    "assetBuilderTemplates",
    "customValidationEnabled",
    "validationFunction",
    "externalValidation",
)
_PLUGIN_SETTINGS = ("projectPlugins", "pluginPresets")
_LABEL_VALIDATION_FIELDS = ("customValidationEnabled", "validationFunction", "externalValidation")
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


@handler
def list_projects(state: MockState, request: OperationRequest) -> Json:
    """One page of the visible projects, as summaries, with the total."""
    projects = sort_documents(state.projects.list(), request.query.get("sort"))
    page = page_of(projects, request.query["page"], request.query["limit"])
    summaries = [{key: project[key] for key in _SUMMARY_FIELDS if key in project} for project in page]
    return {"projects": summaries, "total": len(projects)}


@handler
def create_project(state: MockState, request: OperationRequest) -> Json:
    """Create a project (default workflow Start -> Label -> Complete)."""
    body: Json = request.body
    project = state.projects.create(
        body["name"],
        description=body.get("description", ""),
        project_type=body.get("type", "ango"),
        category_schema=body.get("categorySchema"),
    )
    return {"project": state.projects.view(project)}


@handler
def get_project(state: MockState, request: OperationRequest) -> Json:
    """The whole project."""
    return {"project": state.projects.view(state.projects.require(request.path["projectId"]))}


@handler
def update_project(state: MockState, request: OperationRequest) -> Json:
    """Change the given fields; the label set is stored exactly as sent.

    New ``stages`` replace the workflow: stage ids must be unique and every ``next`` must
    name one of them. Tasks in a stage that no longer exists move to the new entry stage.
    Fields the spec's ``ProjectUpdate`` does not list are ignored.
    """
    project = state.projects.require(request.path["projectId"])
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
        entry = entry_stage(project)
        for task in state.tasks.list(project["_id"]):
            if find_stage(project, task["stage"]) is None:
                state.tasks.move(task, entry)
    project["updatedAt"] = state.timestamp()
    return {"project": state.projects.view(project)}


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


@handler
def delete_project(state: MockState, request: OperationRequest) -> Json:
    """Soft-delete a project. Deleting it again succeeds again (the call is idempotent)."""
    state.delete_project(request.path["projectId"])
    return {"message": "Project deleted successfully"}


@handler
def add_project_members(state: MockState, request: OperationRequest) -> Json:
    """Add members (by e-mail) with a role; a member already there gets the new role."""
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    members: list[Json] = project["assignedTo"]
    for email in dict.fromkeys(body["assignees"]):
        state.users.ensure(email)
        existing = next((member for member in members if member["assignee"] == email), None)
        if existing is None:
            members.append({"assignee": email, "role": body["role"]})
        else:
            existing["role"] = body["role"]
    project["updatedAt"] = state.timestamp()
    return {"project": state.projects.view(project)}


@handler
def create_asset_builder_template(state: MockState, request: OperationRequest) -> Json:
    """Store a template on the project's ``assetBuilderTemplates``."""
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    template: Json = {"_id": state.new_id(), "description": "", **copy.deepcopy(body)}
    project["assetBuilderTemplates"].append(template)
    project["updatedAt"] = state.timestamp()
    return {"template": copy.deepcopy(template)}


@handler
def upload_instructions(state: MockState, request: OperationRequest) -> Json:
    """Keep the instruction file; ``instructions`` becomes its (pretend) URL.

    The content is kept under that URL, so that ``get_signed_url`` can serve it.
    """
    project = state.projects.require(request.path["projectId"])
    storage_id = request.query.get("storageId")
    storage = state.storages.require(storage_id) if storage_id is not None else None
    upload = request.files["file"][0]
    name = f"instructions-{secrets.token_hex(4)}-{quote(upload.filename)}"
    url = file_url(storage, request.query.get("bucket"), f"{project['_id']}/{name}")
    state.files.instructions[project["_id"]] = FileRecord(
        upload.filename, upload.content_type, upload.size, url
    )
    keep_uploaded_file(
        state,
        project_id=project["_id"],
        kind="instructions",
        address=url,
        upload=upload,
        storage_id=storage_id,
    )
    project["instructions"] = url
    project["updatedAt"] = state.timestamp()
    return {"project": state.projects.view(project)}


@handler
def clone_project(state: MockState, request: OperationRequest) -> Json:
    """Create ``"<name> copy"`` with the chosen parts of the source project (all by default).

    ``categorySchema`` copies the label set, ``workflow`` the stages, ``assignedTo`` the
    members, ``batches`` the batches (under new ids, without assets),
    ``projectGeneralSettings`` the description and settings (consensus, review, benchmark,
    instructions, label validation, templates, tags, ...), ``pluginPresets`` the plugin
    settings. The type is always copied. Parts left out get a new project's defaults.
    Assets, tasks and annotations are never copied.
    """
    source = state.projects.require(request.path["projectId"])
    body: Json = request.body or {}

    def wanted(part: str) -> bool:
        return bool(body.get(part, True))

    clone = state.projects.create(
        f"{source['name']} copy",
        description=source.get("description", "") if wanted("projectGeneralSettings") else "",
        project_type=source.get("type", "ango"),
        category_schema=source["categorySchema"] if wanted("categorySchema") else None,
        stages=source["stages"] if wanted("workflow") else None,
    )
    if wanted("assignedTo"):
        clone["assignedTo"] = copy.deepcopy(source["assignedTo"])
    if wanted("batches"):
        clone["batches"] = [{**copy.deepcopy(batch), "_id": state.new_id()} for batch in source["batches"]]
    copied = [
        *(_GENERAL_SETTINGS if wanted("projectGeneralSettings") else ()),
        *(_PLUGIN_SETTINGS if wanted("pluginPresets") else ()),
    ]
    for key in copied:
        if key in source:
            clone[key] = copy.deepcopy(source[key])
    return {"project": state.projects.view(clone)}


@handler
def purge_project(state: MockState, request: OperationRequest) -> Json:
    """Delete a project (as ``delete_project``) and forget its files in Ango's bucket.

    ``confirmName`` must be the project's exact name (400 otherwise). The files the mock
    keeps for the project (uploads to presigned URLs without ``storageId``, uploaded asset
    files, chat files) are forgotten: their URLs answer 404 from then on; files in connected
    storages are kept. A deleted project answers 404.
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    if body["confirmName"] != project["name"]:
        raise conflict("Invalid request body at 'confirmName': it is not the project's name")
    purged = state.purge_project(project["_id"])
    return {"message": f"Project purged ({purged} file(s) deleted)"}


@handler
def update_label_validation(state: MockState, request: OperationRequest) -> Json:
    """Store the given label validation settings on the project (top-level fields).

    ``customValidationEnabled``, ``validationFunction`` and ``externalValidation`` are kept as
    sent (the function is not run); fields left out keep their value.
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    for key in _LABEL_VALIDATION_FIELDS:
        if key in body:
            project[key] = copy.deepcopy(body[key])
    project["updatedAt"] = state.timestamp()
    return {"project": state.projects.view(project)}
