"""LLM configurations of the organization, for dynamic chat assets.

The provider's API key (``configuration.apiKey``) is dropped as soon as it is checked: the
mock never stores nor returns it, nor anything else of ``configuration``. A configuration
is ``{_id, name, provider, model, isStreamable, organization, createdAt}``. Deletion is soft:
deleting again succeeds again, and chat assets made with it keep its id.
"""

from __future__ import annotations

from ..state import MockState
from ..web.errors import not_found
from ..web.handling import Json, handler
from ..web.validation import OperationRequest

__all__ = ["create_llm", "delete_llm", "list_llms"]


@handler
def list_llms(state: MockState, request: OperationRequest) -> Json:
    """Every configuration (oldest first), or only the one with ``_id`` (unknown: empty list)."""
    wanted = request.query.get("_id")
    llms = [state.llms.view(llm) for llm in state.llms.list() if wanted is None or llm["_id"] == wanted]
    return {"llms": llms}


@handler
def create_llm(state: MockState, request: OperationRequest) -> Json:
    """Create a configuration; its credentials are not kept (see the module docstring)."""
    body: Json = request.body
    llm = state.llms.create(
        body["name"], body["provider"], body["model"], is_streamable=bool(body.get("isStreamable", False))
    )
    return {"llm": state.llms.view(llm)}


@handler
def delete_llm(state: MockState, request: OperationRequest) -> Json:
    """Delete a configuration (404 when unknown; deleting it again succeeds again)."""
    llm = state.llms.documents.get(request.path["llmId"])  # deleted before: deleted again
    if llm is None:
        raise not_found("LLM configuration", request.path["llmId"])
    llm["deleted"] = True
    return {"message": "LLM configuration deleted successfully"}
