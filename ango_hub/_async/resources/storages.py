"""``client.storages``: cloud storages connected to the organization."""

from __future__ import annotations

import builtins

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import require_id, require_instance
from ango_hub_api.models.file_explorer_data import FileExplorerData
from ango_hub_api.models.file_explorer_query import FileExplorerQuery
from ango_hub_api.models.storage import Storage
from ango_hub_api.models.storage_create import StorageCreate
from ango_hub_api.models.storage_file import StorageFile
from ango_hub_api.operations import storages as ops
from ango_hub_api.types import UNSET, Unset


class AsyncStorages(AsyncResource):
    """Connected cloud storages."""

    async def list(self, *, storage_id: str | None = None) -> list[Storage]:
        """The organization's storages (only the one with ``storage_id`` if given)."""
        response = await self._client._call(
            ops.list_storages, id=require_id("storage_id", storage_id) if storage_id is not None else UNSET
        )
        return response.data.storages

    async def create(self, storage: StorageCreate) -> Storage:
        """Connect a cloud storage (the credentials are sent once and never returned)."""
        require_instance("storage", storage, StorageCreate)
        require_id("name", storage.name)
        response = await self._client._call(ops.create_storage, body=storage)
        return response.data.storage

    async def delete(self, storage_id: str) -> str:
        """Disconnect a storage (the bucket itself is untouched). Returns the server's message."""
        response = await self._client._call(ops.delete_storage, require_id("storage_id", storage_id))
        return message_of(response.data)

    async def list_files(
        self,
        storage_id: str,
        bucket: str,
        *,
        path: str | Unset = UNSET,
        signed_urls: bool = True,
        retry_on_slow_down: bool = True,
    ) -> builtins.list[StorageFile]:
        """The files under ``path`` of a bucket of a connected storage."""
        response = await self._client._call(
            ops.list_storage_files,
            require_id("storage_id", storage_id),
            bucket_name=require_id("bucket", bucket),
            path=path,
            get_signed_urls=signed_urls,
            retry_on_slow_down=retry_on_slow_down,
        )
        return response.data.files

    async def explore(self, query: FileExplorerQuery) -> FileExplorerData:
        """Browse a folder of a bucket, or (``upload=True``) import its files into a project."""
        require_instance("query", query, FileExplorerQuery)
        require_id("bucket", query.bucket)
        require_id("storage_id", query.storage_id)
        if query.upload is True and isinstance(query.project_id, Unset):
            raise ValueError("upload=True needs project_id: the project to import the files into")
        response = await self._client._call(ops.explore_files, body=query)
        return response.data
