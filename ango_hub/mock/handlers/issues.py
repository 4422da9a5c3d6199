"""Issues raised on tasks."""

from __future__ import annotations

import copy

from ..errors import bad_request
from ..state import MockState
from ..validation import OperationRequest
from .common import Json

__all__ = ["create_issue", "issue_view"]


def issue_view(issue: Json) -> Json:
    """Return an issue as the API shows it (a copy, without the store's bookkeeping)."""
    view = copy.deepcopy(issue)
    view.pop("deleted", None)
    return view


def create_issue(state: MockState, request: OperationRequest) -> Json:
    """Open an issue on an existing task, at a ``position`` or on an ``objectId`` (not both)."""
    body: Json = request.body
    if "position" in body and "objectId" in body:
        raise bad_request("Invalid request body: give either 'position' or 'objectId', not both")
    task = state.task(body["labelTask"])
    return {"issue": issue_view(state.create_issue(task, body))}
