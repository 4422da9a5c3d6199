"""Labels: annotate one task, import pre-labels in bulk, the mask of an object as a PNG image
(see :mod:`ango_hub.mock.files.masks`)."""

from __future__ import annotations

import copy
from typing import Any

from ..behaviours.strict import check_answer, check_label_rows
from ..files.masks import mask_png
from ..state import MockState, stored_answer
from ..web.errors import bad_request, unknown_reference
from ..web.handling import Json, RawBody, decode_json_string, handler, name_list
from ..web.own_urls import stored_url
from ..web.validation import OperationRequest
from ..webhooks.events import fire_webhooks

__all__ = ["LABEL_LIST_SCHEMA", "annotate_task", "get_mask", "import_labels"]

#: ``jsonContent`` sent as a string must decode to this.
LABEL_LIST_SCHEMA: Json = {"type": "array", "items": {"$ref": "#/components/schemas/LabelImport"}}


@handler
def annotate_task(state: MockState, request: OperationRequest) -> Json:
    """Replace a task's answer (in whatever stage it is) and record a history entry.

    With ``nextStage=true`` the task moves on to the next stage of the workflow, and is
    ``Completed`` when that stage is a Complete stage. Answers the task, with its answer,
    and (an addition of the mock) ``taskHistoryId``, the id of the new history record.
    Fires the project's ``COMPLETED`` webhooks when submitting, its ``UPDATED`` ones
    otherwise (see :mod:`ango_hub.mock.webhooks.events`).
    """
    task = state.tasks.require(request.path["taskId"])
    body: Json = request.body
    check_answer(state, state.projects.documents[task["project"]], body["answer"], subject="answer")
    for key in ("brushDataUrl", "medicalBrushDataUrl"):
        if key in body:
            task[key] = body[key]
    submit = bool(request.query.get("nextStage"))
    history = state.annotate(task, body["answer"], duration=body.get("duration", 0), submit=submit)
    fire_webhooks(state, task, "COMPLETED" if submit else "UPDATED")
    return {"task": state.tasks.view(task), "taskHistoryId": history["_id"]}


@handler
def import_labels(state: MockState, request: OperationRequest) -> Json:
    """Set the answers of assets found by ``externalId`` (else ``dataUrl``, ``assetId``, or
    ``data``: the asset's URL, as the import-format page's examples give it).

    ``jsonContent`` is the list of labels, or a string holding it JSON-encoded (``labels``,
    the current reference's name, is the list itself). The import is all or nothing:
    labels for assets the project does not have fail the request with 404 naming them (a
    reference to nothing, as an unknown project is).
    Each matched asset's task gets the answer ``{objects, classifications, relations}``
    exactly as sent, and the asset and its task ``isPreLabeled: true``. The stage the task
    is in is not checked (the real API wants the Start stage). Answers
    ``{"imported": <number of assets>}``.
    """
    body: Json = request.body
    project = state.projects.require(body["project"])
    field = "jsonContent" if "jsonContent" in body else "labels"
    labels = _labels(request, body[field])
    assets = state.assets.list(project["_id"])
    by_external_id = {asset["externalId"]: asset for asset in assets}
    by_data = {asset["data"]: asset for asset in assets}
    by_id = {asset["_id"]: asset for asset in assets}
    matched: list[tuple[Json, Json]] = []
    unknown: list[str] = []
    for index, label in enumerate(labels):
        if label.get("externalId") is not None:
            asset = by_external_id.get(label["externalId"])
            key = label["externalId"]
        elif label.get("dataUrl") is not None:
            asset = by_data.get(stored_url(label["dataUrl"]))
            key = label["dataUrl"]
        elif label.get("assetId") is not None:
            asset = by_id.get(label["assetId"])
            key = label["assetId"]
        elif label.get("data") is not None:
            asset = by_data.get(stored_url(label["data"]))
            key = label["data"]
        else:
            raise bad_request(
                f"Invalid request body at 'jsonContent/{index}': a label needs an externalId, a dataUrl,"
                " an assetId or the asset's data URL"
            )
        if asset is None:
            unknown.append(key)
        else:
            matched.append((asset, label))
    if unknown:
        raise unknown_reference(f"Unknown externalId(s) in project {project['_id']}: {name_list(unknown)}")
    check_label_rows(state, project, labels, subject=field)
    now = state.timestamp()
    for asset, label in matched:
        # The answer sits at the top level (import format) or under "answer" (reference).
        source = stored_answer(label["answer"] if isinstance(label.get("answer"), dict) else label)
        answer = {
            key: copy.deepcopy(source.get(key, [])) for key in ("objects", "classifications", "relations")
        }
        asset["isPreLabeled"] = True
        for task in state.tasks.of_asset(asset["_id"]):
            task["answer"] = copy.deepcopy(answer)
            task["isPreLabeled"] = True
            task["updatedAt"] = now
    return {"imported": len({asset["_id"] for asset, _label in matched})}


def _labels(request: OperationRequest, content: Any) -> list[Json]:
    if not isinstance(content, str):
        return list(content)
    decoded = decode_json_string(content, "jsonContent")
    if request.spec is not None:
        violation = request.spec.violation(decoded, LABEL_LIST_SCHEMA, mode="request")
        if violation is not None:
            path = f"jsonContent/{violation.path}" if violation.path else "jsonContent"
            raise bad_request(f"Invalid request body at '{path}': {violation.message}")
    elif not isinstance(decoded, list) or not all(isinstance(item, dict) for item in decoded):
        raise bad_request("Invalid request body at 'jsonContent': expected a list of labels")
    return list(decoded)


@handler
def get_mask(state: MockState, request: OperationRequest) -> RawBody:
    """The PNG mask of the object ``annotation`` of the task's answer (see
    :mod:`ango_hub.mock.files.masks`)."""
    task = state.tasks.require(request.query["task"])
    return RawBody(mask_png(state, task, request.query["annotation"]), "image/png")
