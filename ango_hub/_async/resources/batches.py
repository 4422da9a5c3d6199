"""``client.batches``: list, create and fill batches."""

from __future__ import annotations

from collections.abc import Sequence

from ango_hub._async.resources._base import AsyncResource
from ango_hub._validation import require_id, require_ids
from ango_hub_api.models.batch import Batch
from ango_hub_api.models.batch_assign_data import BatchAssignData
from ango_hub_api.models.batch_create_data import BatchCreateData
from ango_hub_api.models.batches_assign import BatchesAssign
from ango_hub_api.models.batches_create import BatchesCreate
from ango_hub_api.operations import batches as ops


class AsyncBatches(AsyncResource):
    """Batches group the assets of a project."""

    async def list(self, project_id: str) -> list[Batch]:
        """Every batch of a project."""
        response = await self._client._call(ops.list_batches, require_id("project_id", project_id))
        return response.data.batches

    async def create(self, project_id: str, name: str) -> BatchCreateData:
        """Create one batch."""
        response = await self._client._call(
            ops.create_batches,
            require_id("project_id", project_id),
            body=BatchesCreate(name=require_id("name", name)),
        )
        return response.data

    async def assign(
        self, project_id: str, asset_ids: Sequence[str], batches: Sequence[str]
    ) -> BatchAssignData:
        """Add assets to batches (given by ID or by name)."""
        body = BatchesAssign(
            project_id=require_id("project_id", project_id),
            assets=require_ids("asset_ids", asset_ids),
            batches=require_ids("batches", batches),
        )
        response = await self._client._call(ops.assign_batches, body=body)
        return response.data
