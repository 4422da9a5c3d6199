"""One task in the export format (the spec's ``ExportAsset``, current shape): what the task
exports of :mod:`ango_hub.mock.handlers.exports` hold, and what webhooks send
(:mod:`ango_hub.mock.webhooks.events`)."""

from __future__ import annotations

import copy
from typing import Any

from ango_hub.annotations import rotated_box_corners

from ..state import OWNER_ID, MockState, answer_view, find_stage
from ..state.base import Json
from ..web.own_urls import public_url

__all__ = ["task_record"]


def task_record(
    state: MockState,
    project: Json,
    task: Json,
    *,
    include_metadata: bool = True,
    include_history: bool = True,
) -> Json:
    """The export record of ``task`` (of ``project``): the asset's fields and the task under ``task``.

    Users are shown by e-mail. ``include_metadata=False`` drops the ``metadata`` of the
    answer's objects and classifications; ``include_history`` adds ``stageHistory``.
    """
    asset = state.assets.documents[task["asset"]]
    stage = find_stage(project, task["stage"]) or {"id": task["stage"]}
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
            for history in state.histories.list(task["_id"])
        ]
    batch_names = {batch["_id"]: batch["name"] for batch in project["batches"]}
    record: Json = {
        "asset": public_url(asset["data"]),
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
    return record


def _flat_answer(answer: Json, include_metadata: bool) -> Json:
    """A stored answer as the export flattens it into a task: ``tools``, ``classifications``,
    ``relations`` (other fields of the answer are kept)."""
    flat = answer_view(answer)
    flat.setdefault("classifications", [])
    flat.setdefault("relations", [])
    tools = flat.get("tools")
    for tool in tools if isinstance(tools, list) else []:
        if isinstance(tool, dict):
            _add_corners(tool.get("rotated-bounding-box"))
    if not include_metadata:
        _strip_metadata(flat)
    return flat


def _add_corners(box: object) -> None:
    """Give an exported rotated box (a copy of the stored one) its ``corners`` if it has none.

    Exports place the box by its origin point, its first corner, and turn it about that
    point (the spec's ``RotatedBoundingBox``): the corners are computed so, from the stored
    ``x``, ``y``, ``width``, ``height`` and ``rotation`` (missing: 0), which stay as they are.
    """
    if not isinstance(box, dict) or "corners" in box:
        return
    rotation = box.get("rotation")
    fields = [box.get(key) for key in ("x", "y", "width", "height")] + [0 if rotation is None else rotation]
    numbers = [value for value in fields if isinstance(value, (int, float)) and not isinstance(value, bool)]
    if len(numbers) != len(fields):
        return  # a lenient mock keeps what it was given: no corners without numbers
    x, y, width, height, angle = numbers
    box["corners"] = [[cx, cy] for cx, cy in rotated_box_corners(x, y, width, height, angle, about="origin")]


def _email(state: MockState, reference: str) -> str:
    """A user's e-mail (the export names users by e-mail), or the reference as it is."""
    user = state.users.get(reference)
    return str(user["email"]) if user is not None else reference


def _strip_metadata(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("metadata", None)
        for value in node.values():
            _strip_metadata(value)
    elif isinstance(node, list):
        for item in node:
            _strip_metadata(item)
