"""``client.storages``: cloud storages connected to the organization."""

from __future__ import annotations

from ango_hub_api.api.storages import list_storages
from ango_hub_api.models.storage import Storage
from ango_hub_api.types import UNSET

from .._validation import require_id
from ._base import Resource


class Storages(Resource):
    """Connected cloud storages."""

    def list(self, *, storage_id: str | None = None) -> list[Storage]:
        """The organization's storages (only the one with ``storage_id`` if given)."""
        request = list_storages._get_kwargs(
            id=require_id("storage_id", storage_id) if storage_id is not None else UNSET
        )
        return self._client._send(request, list_storages._parse_response).data.storages
