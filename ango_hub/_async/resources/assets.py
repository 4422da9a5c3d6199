"""``client.assets``: list assets, upload files, import from cloud storage, attachments."""

from __future__ import annotations

import builtins
import contextlib
import copy
import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ango_hub._async._bulk import OnError, check_chunking, new_report, project_target, send_in_chunks
from ango_hub._async._uploads import AsyncUploads, created_count
from ango_hub._async.resources._base import AsyncResource
from ango_hub._progress import ShowProgress, progress_bar
from ango_hub._upload_plan import LocalFile, UploadMethod, choose_method, collect_files
from ango_hub._validation import check_int, check_page, json_param, one_filter, require_id, require_ids
from ango_hub.import_reports import AssetImportError, ImportProgress, ImportReport, OutcomeCallback
from ango_hub.pagination import AsyncPaginator, PageProgress, SlowListingHint
from ango_hub_api.models.asset import Asset
from ango_hub_api.models.asset_attachments import AssetAttachments
from ango_hub_api.models.asset_count_data import AssetCountData
from ango_hub_api.models.asset_files_upload import AssetFilesUpload
from ango_hub_api.models.asset_filter import AssetFilter
from ango_hub_api.models.asset_list_data import AssetListData
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

if TYPE_CHECKING:
    import httpx

    from ango_hub._async._client import AsyncClient


def _cloud_assets(assets: Sequence[CloudAsset | Mapping[str, Any]]) -> list[CloudAsset]:
    """``assets`` as a non-empty list of ``CloudAsset`` that each have a URL, else an input error.

    A mapping is read as the API's JSON form of an asset (``{"data": url, "externalId": ...}``,
    ``CloudAsset.from_dict``); anything else is a ``TypeError`` naming its index.
    """
    if isinstance(assets, Mapping | CloudAsset | str):
        raise TypeError("assets must be a list of CloudAsset (or mappings), not a single one: use [asset]")
    if not assets:
        raise ValueError("assets must not be empty")
    checked: list[CloudAsset] = []
    for index, asset in enumerate(assets):
        if isinstance(asset, Mapping):
            try:
                asset = CloudAsset.from_dict(asset)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ValueError(
                    f"assets[{index}] is not a valid cloud asset ({type(exc).__name__}: {exc}); "
                    'expected {"data": "<url>", "externalId": "<id>", ...}'
                ) from None
        elif not isinstance(asset, CloudAsset):
            raise TypeError(
                f"assets[{index}] must be a CloudAsset or a mapping such as "
                f'{{"data": "<url>", "externalId": "<id>"}}, got {type(asset).__name__}'
            )
        if not asset.data or not isinstance(asset.data, str):
            raise ValueError(f"assets[{index}].data must be the URL of the file")
        checked.append(asset)
    return checked


class AsyncAssets(AsyncResource):
    """Assets: the files or texts to label."""

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client)
        #: The engine of ``upload_many`` (skipping existing files, direct uploads).
        self._uploads = AsyncUploads(client)

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

        ``filters`` is an ``AssetQuery`` (``ango_hub.filters``), the generated ``AssetFilter``,
        or the same as a mapping, for example ``{"externalId": "cat.jpg"}``; ``filter=`` is
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
        """Upload local files as assets (one task is created for each), in one request.

        Each asset's external ID is its file's name. A directory is refused (``IsADirectoryError``,
        before any request): :meth:`upload_many` uploads the files under one.
        """
        require_id("project_id", project_id)
        return await self._upload_files(project_id, collect_files(paths, directories=False))

    async def _upload_files(self, project_id: str, files: Sequence[LocalFile]) -> AssetsCreatedData:
        """One multipart request with these files (each named by its external ID)."""
        with contextlib.ExitStack() as stack:
            uploads = [
                File(payload=stack.enter_context(file.path.open("rb")), file_name=file.external_id)
                for file in files
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
        method: UploadMethod = "auto",
        batches: Sequence[str] | None = None,
        max_concurrency: int = 4,
        skip_existing: bool = True,
        on_outcome: OutcomeCallback | None = None,
    ) -> ImportReport:
        """Upload many local files (or the files under directories) as assets, one outcome each.

        ``paths`` are files or directories; a directory stands for the regular files under
        it, at any depth, sorted by relative path, hidden ones (a name starting with ``.``)
        left out. A file's external ID is its name, or for a file found in a directory its
        path relative to that directory (``"cats/001.jpg"``); two files with the same one
        are refused before any request.

        ``method="direct"`` sends each file straight to storage, as the official SDK does
        (a presigned URL, a streamed ``PUT`` without the API key, then one cloud import per
        ``chunk_size`` files, into ``batches`` when given), ``max_concurrency`` files at
        once; a ``PUT`` that fails is retried alone, and a file that cannot be stored is
        ``failed`` while the others go on. ``method="multipart"`` sends ``chunk_size`` files
        per request to the API (no ``batches``). ``"auto"`` (the default) picks multipart when
        the files fit in one such request (at most ``chunk_size`` files, 8 MB in all, no
        ``batches``, plain names), direct otherwise.

        With ``skip_existing`` (the default), files whose external ID is already an asset of
        the project are ``skipped``, their bytes not sent: running the same upload again,
        after an interruption for example, uploads only what is missing. It costs at most
        ``1 + min(ceil(assets / 1000), ceil(files / 100))`` requests (see
        ``existing_external_ids``).

        The report has one outcome per file, in order, keyed by its path (see
        :mod:`ango_hub.import_reports`): a chunk the server refuses is split until the
        refused files are alone; an import that ends in a 5xx or a lost connection leaves
        its files ``unknown``. With ``on_error="raise"`` the first failure raises
        ``AssetImportError`` (its ``report`` holds every outcome, the rest ``not_sent``).
        ``progress(done, total)`` is called as files reach their outcome
        (``progress=True``: a bar on stderr, see :mod:`ango_hub._progress`).
        ``on_outcome(row)`` is called with each file's :class:`~ango_hub.import_reports.ImportedRow`
        as soon as it has its outcome (``skipped`` at once, the others as their chunk is
        imported), so that a caller can show or record each file as it lands: a run stopped
        half-way (Ctrl-C) has told which files are in the project.

        Example::

            report = hub.assets.upload_many(
                project_id, ["images/"], on_outcome=lambda row: print(row.status, row.key)
            )
        """
        require_id("project_id", project_id)
        check_chunking(chunk_size, on_error)
        check_int("max_concurrency", max_concurrency, minimum=1)
        if on_outcome is not None and not callable(on_outcome):
            raise TypeError(f"on_outcome must be a function of one row, got {type(on_outcome).__name__}")
        if batches is not None:
            batches = require_ids("batches", batches)
        files = collect_files(paths, directories=True)
        chosen = choose_method(method, files, chunk_size=chunk_size, batches=batches)
        with progress_bar(progress, "files", unit="file") as report_progress:
            return await self._upload_many(
                project_id,
                files,
                chosen,
                chunk_size=chunk_size,
                on_error=on_error,
                progress=report_progress,
                batches=batches,
                max_concurrency=max_concurrency,
                skip_existing=skip_existing,
                on_outcome=on_outcome,
            )

    async def _upload_many(
        self,
        project_id: str,
        files: builtins.list[LocalFile],
        chosen: str,
        *,
        chunk_size: int,
        on_error: OnError,
        progress: ImportProgress | None,
        batches: builtins.list[str] | None,
        max_concurrency: int,
        skip_existing: bool,
        on_outcome: OutcomeCallback | None,
    ) -> ImportReport:
        report = new_report([str(file.path) for file in files])
        todo = list(range(len(files)))
        if skip_existing:
            existing, report.requests = await self._uploads.existing_external_ids(
                project_id, [file.external_id for file in files]
            )
            for index, file in enumerate(files):
                if file.external_id in existing:
                    report.rows[index].status = "skipped"
            todo = [index for index in todo if report.rows[index].status != "skipped"]
            if on_outcome is not None:
                for row in report.skipped:
                    on_outcome(row)
            if progress is not None and len(todo) < len(files):
                progress(len(files) - len(todo), len(files))
        if not todo:
            return report
        if chosen == "direct":
            await self._uploads.upload_direct(
                project_id,
                files,
                report,
                todo,
                batches=batches,
                chunk_size=chunk_size,
                max_concurrency=max_concurrency,
                on_error=on_error,
                progress=progress,
                on_outcome=on_outcome,
            )
            return report

        async def send(indexes: list[int]) -> int | None:
            created = await self._upload_files(project_id, [files[index] for index in indexes])
            return created_count(created)

        return await send_in_chunks(
            [row.key for row in report.rows],
            send,
            chunk_size=chunk_size,
            on_error=on_error,
            progress=progress,
            what="file upload",
            error_class=AssetImportError,
            report=report,
            indexes=todo,
            on_outcome=on_outcome,
            target=project_target(self._client, project_id),
        )

    async def import_cloud_many(
        self,
        project_id: str,
        assets: Sequence[CloudAsset | Mapping[str, Any]],
        *,
        batches: Sequence[str] | None = None,
        priority: int | Unset = UNSET,
        chunk_size: int = 1000,
        on_error: OnError = "raise",
        progress: ImportProgress | ShowProgress | None = None,
    ) -> ImportReport:
        """Create many assets from cloud URLs, ``chunk_size`` per request, with one outcome each.

        Like :meth:`upload_many` for ``import_cloud``: the items of the report are keyed by
        external ID (or URL). An asset may be given as a mapping in the API's JSON form
        (``{"data": url, "externalId": "cat.jpg"}``).
        """
        require_id("project_id", project_id)
        check_chunking(chunk_size, on_error)
        items = _cloud_assets(assets)

        async def send(indexes: list[int]) -> int | None:
            created = await self.import_cloud(
                project_id, [items[index] for index in indexes], batches=batches, priority=priority
            )
            return created_count(created)

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
                target=project_target(self._client, project_id),
            )

    async def import_cloud(
        self,
        project_id: str,
        assets: Sequence[CloudAsset | Mapping[str, Any]],
        *,
        batches: Sequence[str] | None = None,
        priority: int | Unset = UNSET,
    ) -> AssetsCreatedData:
        """Create assets from URLs of files in cloud storage (public or a connected storage).

        Each asset is a ``CloudAsset`` or a mapping in the API's JSON form
        (``{"data": url, "externalId": "cat.jpg"}``); anything else is a ``TypeError``.
        """
        require_id("project_id", project_id)
        body = CloudAssetsImport(assets=_cloud_assets(assets), priority=priority)
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
        ``max_concurrency=N`` sends the requests for the first N pages at once, before the
        total is known (up to N - 1 of them past the end of a short listing, their answers
        dropped), then keeps N pages in flight, still in order (as ``tasks.list``).
        """
        filters = one_filter(filters, filter)
        require_id("project_id", project_id)
        check_page(start_page, limit)

        filters_ = json_param(filters) if filters is not None else UNSET

        # Fetched and parsed apart: the paginator parses a page while the next one is fetched.
        async def fetch(page: int, size: int) -> httpx.Response:
            request = ops.list_assets.request(project_id, page=page, limit=size, filters=filters_)
            return await self._client._fetch(request)

        def parse(answer: httpx.Response) -> tuple[builtins.list[Asset], int | None]:
            data = self._client._parse_answer(ops.list_assets, answer).data
            return data.assets, data.total if isinstance(data.total, int) else None

        return AsyncPaginator(
            fetch,
            parse=parse,
            limit=limit,
            start_page=start_page,
            max_concurrency=max_concurrency,
            progress=progress,
            unit="asset",
            # The models of its answers are imported while the first requests are in flight.
            prepare=functools.partial(self._client._load_parser, ops.list_assets),
            slow_hint=SlowListingHint(
                what=f"assets of project {project_id}",
                alternative="hub.exports.iter_assets(project_id, ...)",
                requests_per_minute=self._client.requests_per_minute,
            ),
        )
