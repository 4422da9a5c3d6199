"""``client.assets``: list assets, upload files, import from cloud storage, attachments."""

from __future__ import annotations

import builtins
import contextlib
import copy
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ango_hub._async._bulk import OnError, check_chunking, send_in_chunks
from ango_hub._async.resources._base import AsyncResource
from ango_hub._progress import ShowProgress, progress_bar
from ango_hub._validation import check_page, json_param, one_filter, require_id, require_ids
from ango_hub.import_reports import AssetImportError, ImportProgress, ImportReport
from ango_hub.pagination import AsyncPaginator, PageProgress, SlowListingHint
from ango_hub_api.models.asset import Asset
from ango_hub_api.models.asset_attachments import AssetAttachments
from ango_hub_api.models.asset_count_data import AssetCountData
from ango_hub_api.models.asset_files_upload import AssetFilesUpload
from ango_hub_api.models.asset_filter import AssetFilter
from ango_hub_api.models.asset_list_data import AssetListData
from ango_hub_api.models.assets_created_counts import AssetsCreatedCounts
from ango_hub_api.models.assets_created_data import AssetsCreatedData
from ango_hub_api.models.assets_delete import AssetsDelete
from ango_hub_api.models.attachments_create import AttachmentsCreate
from ango_hub_api.models.attachments_data import AttachmentsData
from ango_hub_api.models.chat_assets_create import ChatAssetsCreate
from ango_hub_api.models.chat_assets_data import ChatAssetsData
from ango_hub_api.models.cloud_asset import CloudAsset
from ango_hub_api.models.cloud_assets_import import CloudAssetsImport
from ango_hub_api.models.storage_file_type import StorageFileType
from ango_hub_api.operations import assets as ops
from ango_hub_api.types import UNSET, File, Unset


def _existing_files(paths: Sequence[str | Path]) -> list[Path]:
    """``paths`` as a non-empty list of existing files, or a clear error."""
    if isinstance(paths, str | Path):
        raise TypeError("paths must be a list of paths, not a single path: use [path]")
    files = [Path(path) for path in paths]
    if not files:
        raise ValueError("paths must not be empty")
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise FileNotFoundError(f"No such file(s): {', '.join(missing)}")
    return files


def _check_cloud_assets(assets: Sequence[CloudAsset]) -> Sequence[CloudAsset]:
    """``assets`` if it is a non-empty list of assets that each have a URL, else ``ValueError``."""
    if not assets:
        raise ValueError("assets must not be empty")
    for index, asset in enumerate(assets):
        if not asset.data:
            raise ValueError(f"assets[{index}].data must be the URL of the file")
    return assets


def _created_count(created: AssetsCreatedData) -> int | None:
    """The number of assets the server says it created (None when it answers a message)."""
    if isinstance(created.assets, AssetsCreatedCounts) and isinstance(created.assets.assets_created, int):
        return created.assets.assets_created
    return None


class AsyncAssets(AsyncResource):
    """Assets: the files or texts to label."""

    async def list_page(
        self,
        project_id: str,
        *,
        page: int = 1,
        limit: int = 10,
        filters: AssetFilter | Mapping[str, Any] | None = None,
        filter: AssetFilter | Mapping[str, Any] | None = None,
    ) -> AssetListData:
        """One page of a project's assets, with the total.

        ``filters`` is an ``AssetFilter`` (``ango_hub.filters``, or the generated model, or
        the same as a mapping), for example ``{"externalId": "cat.jpg"}``; ``filter=`` is
        accepted as a deprecated alias, as for ``tasks``.
        """
        filters = one_filter(filters, filter)
        require_id("project_id", project_id)
        check_page(page, limit)
        response = await self._client._call(
            ops.list_assets,
            project_id,
            page=page,
            limit=limit,
            filters=json_param(filters) if filters is not None else UNSET,
        )
        return response.data

    async def upload(self, project_id: str, paths: Sequence[str | Path]) -> AssetsCreatedData:
        """Upload local files as assets (one task is created for each), in one request."""
        require_id("project_id", project_id)
        files = _existing_files(paths)
        with contextlib.ExitStack() as stack:
            uploads = [
                File(payload=stack.enter_context(path.open("rb")), file_name=path.name) for path in files
            ]
            response = await self._client._call(
                ops.upload_assets, project_id, body=AssetFilesUpload(files=uploads)
            )
            return response.data

    async def upload_many(
        self,
        project_id: str,
        paths: Sequence[str | Path],
        *,
        chunk_size: int = 20,
        on_error: OnError = "raise",
        progress: ImportProgress | ShowProgress | None = None,
    ) -> ImportReport:
        """Upload many local files as assets, ``chunk_size`` files per request.

        Each file is opened only while its chunk is sent. The report has one outcome per
        file, in order (see :mod:`ango_hub.import_reports`): a chunk the server refuses is split
        until the refused files are alone; a chunk that ends in a 5xx or a lost connection
        is ``unknown`` (the server may have created its assets), never silently dropped.
        ``progress(done, total)`` is called after each chunk
        (``progress=True``: a bar on stderr, see :mod:`ango_hub._progress`).
        """
        require_id("project_id", project_id)
        check_chunking(chunk_size, on_error)
        files = _existing_files(paths)

        async def send(indexes: list[int]) -> int | None:
            created = await self.upload(project_id, [files[index] for index in indexes])
            return _created_count(created)

        with progress_bar(progress, "files", unit="file") as report:
            return await send_in_chunks(
                [str(path) for path in files],
                send,
                chunk_size=chunk_size,
                on_error=on_error,
                progress=report,
                what="file upload",
                error_class=AssetImportError,
            )

    async def import_cloud_many(
        self,
        project_id: str,
        assets: Sequence[CloudAsset],
        *,
        batches: Sequence[str] | None = None,
        priority: int | Unset = UNSET,
        chunk_size: int = 1000,
        on_error: OnError = "raise",
        progress: ImportProgress | ShowProgress | None = None,
    ) -> ImportReport:
        """Create many assets from cloud URLs, ``chunk_size`` per request, with one outcome each.

        Like :meth:`upload_many` for ``import_cloud``: the items of the report are keyed by
        external ID (or URL).
        """
        require_id("project_id", project_id)
        check_chunking(chunk_size, on_error)
        items = list(_check_cloud_assets(assets))

        async def send(indexes: list[int]) -> int | None:
            created = await self.import_cloud(
                project_id, [items[index] for index in indexes], batches=batches, priority=priority
            )
            return _created_count(created)

        keys = [item.external_id if isinstance(item.external_id, str) else str(item.data) for item in items]
        with progress_bar(progress, "assets", unit="asset") as report:
            return await send_in_chunks(
                keys,
                send,
                chunk_size=chunk_size,
                on_error=on_error,
                progress=report,
                what="asset import",
                error_class=AssetImportError,
            )

    async def import_cloud(
        self,
        project_id: str,
        assets: Sequence[CloudAsset],
        *,
        batches: Sequence[str] | None = None,
        priority: int | Unset = UNSET,
    ) -> AssetsCreatedData:
        """Create assets from URLs of files in cloud storage (public or a connected storage)."""
        require_id("project_id", project_id)
        _check_cloud_assets(assets)
        body = CloudAssetsImport(assets=list(assets), priority=priority)
        response = await self._client._call(
            ops.import_cloud_assets,
            project_id,
            body=body,
            batches=json_param(require_ids("batches", batches)) if batches is not None else UNSET,
        )
        return response.data

    async def create_attachments(
        self, project_id: str, attachments: Sequence[AssetAttachments]
    ) -> AttachmentsData:
        """Attach images, videos or text to existing assets (found by external ID)."""
        require_id("project_id", project_id)
        if not attachments:
            raise ValueError("attachments must not be empty")
        body = AttachmentsCreate(project=require_id("project_id", project_id), attachments=list(attachments))
        response = await self._client._call(ops.create_attachments, body=body)
        return response.data

    async def delete(self, project_id: str, asset_ids: Sequence[str]) -> AssetCountData:
        """Soft-delete assets (and their tasks)."""
        require_id("project_id", project_id)
        body = AssetsDelete(project=project_id, assets=require_ids("asset_ids", asset_ids))
        response = await self._client._call(ops.delete_assets, project_id, body=body)
        return response.data

    async def create_chat_assets(self, project_id: str, form: ChatAssetsCreate) -> ChatAssetsData:
        """Create chat (LLM conversation) assets, empty or from a JSON file of conversations.

        The form's ``project_id`` is set to ``project_id`` (on a copy: ``form`` is left as
        it is, so it can be reused for another project).
        """
        require_id("project_id", project_id)
        sent = copy.copy(form)
        sent.project_id = project_id
        response = await self._client._call(ops.create_chat_assets, project_id, body=sent)
        return response.data

    async def get_upload_url(
        self,
        project_id: str,
        file_name: str,
        *,
        file_type: StorageFileType = StorageFileType.ASSETS,
        storage_id: str | Unset = UNSET,
    ) -> str:
        """A presigned URL accepting a PUT of the file; without its query string, the file's address."""
        response = await self._client._call(
            ops.get_upload_url,
            name=require_id("file_name", file_name),
            project=require_id("project_id", project_id),
            type_=StorageFileType(file_type),
            storage_id=storage_id,
        )
        return response.data.upload_url

    async def get_signed_url(
        self,
        project_id: str,
        file_url: str,
        *,
        file_type: StorageFileType = StorageFileType.ASSETS,
        storage_id: str | Unset = UNSET,
    ) -> str:
        """A time-limited URL to read a file of a private bucket."""
        response = await self._client._call(
            ops.get_signed_url,
            name=require_id("file_url", file_url),
            project=require_id("project_id", project_id),
            type_=StorageFileType(file_type),
            storage_id=storage_id,
        )
        return response.data.signed_url

    def list(
        self,
        project_id: str,
        *,
        limit: int = 100,
        filters: AssetFilter | Mapping[str, Any] | None = None,
        start_page: int = 1,
        max_concurrency: int = 1,
        progress: PageProgress | ShowProgress | None = None,
        filter: AssetFilter | Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Asset]:
        """Every asset of a project (optionally filtered), fetched lazily ``limit`` at a time.

        ``filters`` as for ``list_page`` (``filter=`` is its deprecated alias).
        """
        filters = one_filter(filters, filter)
        require_id("project_id", project_id)
        check_page(start_page, limit)

        async def fetch(page: int, size: int) -> tuple[builtins.list[Asset], int | None]:
            data = await self.list_page(project_id, page=page, limit=size, filters=filters)
            return data.assets, data.total if isinstance(data.total, int) else None

        return AsyncPaginator(
            fetch,
            limit=limit,
            start_page=start_page,
            max_concurrency=max_concurrency,
            progress=progress,
            unit="asset",
            slow_hint=SlowListingHint(
                what=f"assets of project {project_id}",
                alternative="hub.exports.iter_assets(project_id, ...)",
                requests_per_minute=self._client._requests_per_minute,
            ),
        )
