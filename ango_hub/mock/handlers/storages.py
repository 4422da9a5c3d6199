"""Cloud storages connected to the organization."""

from __future__ import annotations

import copy

from ..state import MockState
from ..validation import OperationRequest
from .common import Json

__all__ = ["list_storages"]


def list_storages(state: MockState, request: OperationRequest) -> Json:
    """Every storage, or only the one with ``_id`` (an unknown id gives an empty list)."""
    wanted = request.query.get("_id")
    storages = [storage for storage in state.storages.values() if wanted is None or storage["_id"] == wanted]
    return {"storages": copy.deepcopy(storages)}
