"""Batches: list, create (three body shapes), assign assets to batches."""

from __future__ import annotations

import copy

from ..state import MockState, find_batch
from ..web.errors import bad_request, conflict, not_found, unknown_reference
from ..web.handling import Json, handler, name_list
from ..web.validation import OperationRequest
from ._references import resolve_batches

__all__ = ["assign_batches", "create_batches", "list_batches"]


@handler
def list_batches(state: MockState, request: OperationRequest) -> Json:
    """Every batch of the project."""
    project = state.projects.require(request.path["projectId"])
    return {"batches": copy.deepcopy(project["batches"])}


@handler
def create_batches(state: MockState, request: OperationRequest) -> Json:
    """Create batches; batch names are unique in a project.

    * ``{"name": "X"}`` or ``{"batches": "X"}``: create batch X; answers ``{"project": batch}``
      (the key is ``project``, as the official SDK documents it);
    * ``{"batches": [{"_id"?, "name"}, ...]}``: the project's new batch list. Items with an
      ``_id`` keep that batch as it is; items without one are new batches; batches left out
      are removed, from the assets too. Answers ``{"batches": [...]}``.
    """
    project = state.projects.require(request.path["projectId"])
    body: Json = request.body
    if "name" in body and "batches" in body:
        raise bad_request("Invalid request body: give either 'name' or 'batches', not both")
    if "batches" not in body or isinstance(body["batches"], str):
        name = body["name"] if "name" in body else body["batches"]
        field = "name" if "name" in body else "batches"
        if find_batch(project, name) is not None:
            raise conflict(f"Invalid request body at '{field}': batch {name!r} already exists")
        return {"project": copy.deepcopy(state.projects.create_batch(project, name))}
    return {"batches": _replace_batches(state, project, body["batches"])}


def _replace_batches(state: MockState, project: Json, items: list[Json]) -> list[Json]:
    existing = {batch["_id"]: batch for batch in project["batches"]}
    unknown = [item["_id"] for item in items if "_id" in item and item["_id"] not in existing]
    if unknown:
        raise unknown_reference(
            f"Invalid request body at 'batches': unknown batch id(s) {name_list(unknown)}"
        )
    names = [existing[item["_id"]]["name"] if "_id" in item else item["name"] for item in items]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise bad_request(
            f"Invalid request body at 'batches': duplicate batch name(s) {name_list(duplicates)}"
        )
    batches = [
        existing[item["_id"]] if "_id" in item else {"_id": state.new_id(), "name": item["name"]}
        for item in items
    ]
    kept = {batch["_id"] for batch in batches}
    for asset in state.assets.list(project["_id"]):
        asset["batches"] = [batch_id for batch_id in asset["batches"] if batch_id in kept]
    project["batches"] = batches
    project["updatedAt"] = state.timestamp()
    return copy.deepcopy(batches)


@handler
def assign_batches(state: MockState, request: OperationRequest) -> Json:
    """Add assets to batches given by id or name; answers how many assets were given.

    The project is ``projectId`` when sent, else the project of the first asset. Unknown
    assets (or assets of another project) answer 404, unknown batches 400. Adding an asset
    to a batch it is already in changes nothing but still counts, so a retry answers alike.
    """
    body: Json = request.body
    asset_ids = [body["assets"]] if isinstance(body.get("assets"), str) else list(body.get("assets", []))
    batch_refs = [body["batches"]] if isinstance(body["batches"], str) else list(body["batches"])
    assets = [state.assets.require(asset_id) for asset_id in dict.fromkeys(asset_ids)]
    if body.get("projectId"):
        project = state.projects.require(body["projectId"])
    elif assets:
        project = state.projects.require(assets[0]["project"])
    else:
        return {"assets": 0}  # no project and no asset: nothing to assign
    for asset in assets:
        if asset["project"] != project["_id"]:
            raise not_found("Asset", asset["_id"])
    batch_ids = resolve_batches(project, batch_refs, "Invalid request body at 'batches'")
    for asset in assets:
        asset["batches"] = list(dict.fromkeys([*asset["batches"], *batch_ids]))
    return {"assets": len(assets)}
