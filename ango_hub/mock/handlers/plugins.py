"""Plugins and webhooks: log lines and results of plugin runs, webhook reruns.

Plugin log lines and results are stored as sent (with ``createdAt``) in
``state.records.plugin_logs`` and ``state.records.plugin_responses``. A log line needs a
text, ``msg`` (official SDK) or ``message`` (current reference), else 400; one naming
another ``organization`` answers 404. A result must name its run, by ``session`` (official
SDK) or ``pluginId`` (current reference), else 400. ``rerun_webhook`` records the run
(``state.records.webhook_runs``: ``{_id, project, stageId, tasks, createdAt}``, the tasks
waiting in the stage) and leaves the tasks where they are: the mock calls no webhook.
``create_webhook`` stores the webhook (``state.webhooks``: ``{_id, url, types, project,
createdAt}`` and its secret, which is never shown) and answers the project's webhooks; from
then on the webhook's events are POSTed to its URL (see :mod:`ango_hub.mock.webhooks.events`),
logged in ``state.webhooks.deliveries``.
"""

from __future__ import annotations

import copy

from ..state import MockState, find_stage
from ..web.errors import bad_request, conflict, unknown_reference
from ..web.handling import Json, handler
from ..web.validation import OperationRequest

__all__ = ["create_plugin_log", "create_webhook", "rerun_webhook", "send_plugin_response"]


@handler
def create_plugin_log(state: MockState, request: OperationRequest) -> Json:
    """Store a plugin's log line (extra fields kept)."""
    body: Json = request.body
    if not body.get("msg") and not body.get("message"):
        raise bad_request("Invalid request body: a log line needs 'msg' or 'message'")
    if "organization" in body:
        state.check_organization(body["organization"])
    state.records.add(state.records.plugin_logs, {**copy.deepcopy(body), "createdAt": state.timestamp()})
    return {"message": "Log stored"}


@handler
def send_plugin_response(state: MockState, request: OperationRequest) -> Json:
    """Store the result (or failure) of a plugin run."""
    body: Json = request.body
    if not body.get("session") and not body.get("pluginId"):
        raise bad_request("Invalid request body: a plugin result needs its 'session' or 'pluginId'")
    state.records.add(state.records.plugin_responses, {**copy.deepcopy(body), "createdAt": state.timestamp()})
    return {"message": "Response received"}


@handler
def rerun_webhook(state: MockState, request: OperationRequest) -> Json:
    """Record a rerun of a Webhook stage (an id or a name; 400 unless it is a Webhook stage)."""
    project = state.projects.require(request.path["projectId"])
    reference = request.body["stageId"]
    stage = find_stage(project, reference)
    if stage is None:
        raise unknown_reference(f"Invalid request body at 'stageId': unknown stage {reference!r}")
    if stage.get("type") != "Webhook":
        raise conflict(f"Invalid request body at 'stageId': stage {reference!r} is not a Webhook stage")
    tasks = [task["_id"] for task in state.tasks.list(project["_id"]) if task["stage"] == stage["id"]]
    run: Json = {
        "_id": state.new_id(),
        "project": project["_id"],
        "stageId": stage["id"],
        "tasks": tasks,
        "createdAt": state.timestamp(),
    }
    state.records.add(state.records.webhook_runs, run)
    return {"message": f"Webhook triggered for {len(tasks)} task(s)"}


@handler
def create_webhook(state: MockState, request: OperationRequest) -> Json:
    """Add a webhook to a project (404 for an unknown project); answer the project's webhooks.

    The same URL added again to the same project replaces the earlier webhook (its types
    and secret), so that repeating the call does not add a second one; the answer then
    says so in ``data.message`` (a field of the integration data the spec leaves open), as
    nothing else would tell the caller that the earlier types and secret are gone.
    """
    body: Json = request.body
    project = state.projects.require(body["project"])
    existing = next(
        (hook for hook in state.webhooks.list(project["_id"]) if hook["url"] == body["url"]), None
    )
    hook = existing or state.webhooks.create(project["_id"])
    hook.update(url=body["url"], types=list(dict.fromkeys(body["types"])), secret=body.get("secret", ""))
    answer: Json = {
        "webhooks": [state.webhooks.view(webhook) for webhook in state.webhooks.list(project["_id"])]
    }
    if existing is not None:
        answer["message"] = (
            f"Replaced the webhook {existing['_id']} of this project with the same URL: a project has one "
            "webhook per URL, and its types and secret are now the ones sent"
        )
    return answer
