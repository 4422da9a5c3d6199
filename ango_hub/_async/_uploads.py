"""Uploading local files as assets: skipping those already there, and direct uploads.

A direct upload sends each file straight to storage, as the official SDK does: a presigned
URL from ``get_upload_url`` (``type=assets``, a fresh name keeping the extension), a ``PUT``
of the file to it (streamed from disk, without the API key, redirects refused), then one
cloud import (``uploadLocal: "true"``) per chunk of uploaded files, each with the URL
without its query string as ``data`` and its external ID. At most ``max_concurrency`` files
are in flight at once. A ``PUT`` is safe to repeat (it writes the same object again), so the
request pipeline retries it alone after a 5xx, a 429 or a lost connection; a file whose
``PUT`` fails for good is ``failed`` (nothing was created for it), the others go on.

Skipping: :meth:`AsyncUploads.existing_external_ids` asks the project which of the external
IDs exist, in a bounded number of requests (see its docstring).

:class:`AsyncUploads` is the engine ``AsyncAssets`` builds and owns (``upload_many``); it
works through the client's public resources, its ``_call`` entry point and its public
``transfer`` (for each ``PUT``), nothing else of the client or of ``AsyncAssets``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ango_hub._async._bulk import OnError, project_target, send_chunk, tell
from ango_hub._bounded import AsyncBoundedMap
from ango_hub._error_text import transfer_error
from ango_hub._errors import AngoHubError
from ango_hub._file_body import AsyncFileBody
from ango_hub._upload_plan import LocalFile, storage_name
from ango_hub._validation import json_param
from ango_hub.import_reports import AssetImportError, ImportProgress, ImportReport, OutcomeCallback
from ango_hub_api.models.assets_created_counts import AssetsCreatedCounts
from ango_hub_api.models.assets_created_data import AssetsCreatedData
from ango_hub_api.models.cloud_asset import CloudAsset
from ango_hub_api.models.cloud_assets_import import CloudAssetsImport
from ango_hub_api.operations import assets as ops
from ango_hub_api.types import UNSET

__all__ = ["AsyncUploads", "created_count", "put_bytes", "put_file"]

if TYPE_CHECKING:
    from ango_hub._async._client import AsyncClient

#: Assets per page when the whole project is listed to find existing external IDs.
LIST_PAGE = 1000
#: At most this many external IDs (and characters of them, JSON-encoded) per ``$in`` query.
IDS_PER_QUERY = 100
ID_CHARACTERS_PER_QUERY = 3000


@dataclass
class _Put:
    """What happened to one file sent to storage."""

    index: int
    #: The file's address (the presigned URL without its query string), once stored.
    url: str | None = None
    error: str | None = None
    requests: int = 0


def created_count(created: AssetsCreatedData) -> int | None:
    """The number of assets the server says it created (None when it answers a message)."""
    if isinstance(created.assets, AssetsCreatedCounts) and isinstance(created.assets.assets_created, int):
        return created.assets.assets_created
    return None


def _id_groups(ids: list[str]) -> list[list[str]]:
    groups: list[list[str]] = []
    size = 0
    for external_id in ids:
        length = len(json.dumps(external_id)) + 1
        if not groups or len(groups[-1]) >= IDS_PER_QUERY or size + length > ID_CHARACTERS_PER_QUERY:
            groups.append([])
            size = 0
        groups[-1].append(external_id)
        size += length
    return groups


async def put_file(client: AsyncClient, url: str, file: LocalFile) -> None:
    """``PUT`` the file to a presigned URL, streamed; a typed error unless storage accepts it."""
    body = AsyncFileBody(file.path)
    response = await client.transfer(
        "PUT", url, content=body, headers={"Content-Length": str(body.size)}, idempotent=True
    )
    if response.status_code >= 300:
        raise transfer_error(response, f"storing {file.path} failed", "the storage", "uploads")


async def put_bytes(client: AsyncClient, url: str, content: bytes, *, what: str) -> None:
    """``PUT`` bytes to a presigned URL (a brush mask), as ``put_file`` does a file: without
    the API key, redirects refused, retried alone after a 5xx, a 429 or a lost connection;
    a typed error naming ``what`` unless storage accepts it. No ``Content-Type`` is sent, as
    the official SDK sends none (a presigned URL may have signed the headers it expects)."""
    response = await client.transfer(
        "PUT", url, content=content, headers={"Content-Length": str(len(content))}, idempotent=True
    )
    if response.status_code >= 300:
        raise transfer_error(response, f"storing {what} failed", "the storage", "uploads")


class AsyncUploads:
    """The upload engine of ``AsyncAssets``: which files a project has, and direct uploads.

    Built by ``AsyncAssets`` with its client; ``upload_many`` hands it the files.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def existing_external_ids(self, project_id: str, ids: list[str]) -> tuple[set[str], int]:
        """Which of ``ids`` are external IDs of assets of the project; and the requests it took.

        One request reads the project's asset count ``T`` (with one asset). An empty project
        ends there. Otherwise, when listing every asset (``LIST_PAGE`` a page) takes no more
        requests than asking for the IDs, the assets are listed; else the project's tasks are
        asked for with ``{"externalId": {"$in": [...]}}`` (up to ``IDS_PER_QUERY`` IDs a
        request, only their ``externalId`` field): at most ``1 + min(ceil(T / 1000),
        ceil(n / 100))`` requests for ``n`` files, whatever the size of the project. (The
        asset filter takes one exact ``externalId`` a request; each asset has a task.)
        """
        assets = self._client.assets
        wanted = set(ids)
        first = await assets.list_page(project_id, page=1, limit=1)
        requests = 1
        total = first.total if isinstance(first.total, int) else None
        if total == 0 or (total is None and not first.assets):
            return set(), requests
        found: set[str] = set()
        groups = _id_groups(sorted(wanted))
        if total is not None and math.ceil(total / LIST_PAGE) <= len(groups):
            page = 1
            while True:
                data = await assets.list_page(project_id, page=page, limit=LIST_PAGE)
                requests += 1
                found.update(a.external_id for a in data.assets if isinstance(a.external_id, str))
                if len(data.assets) < LIST_PAGE or page * LIST_PAGE >= total:
                    break
                page += 1
            return found & wanted, requests
        for group in groups:
            page = 1
            while True:
                tasks = await self._client.tasks.list_page(
                    project_id,
                    page=page,
                    limit=LIST_PAGE,
                    filters={"externalId": {"$in": group}},
                    fields=["externalId"],
                )
                requests += 1
                found.update(t.external_id for t in tasks.tasks if isinstance(t.external_id, str))
                if len(tasks.tasks) < LIST_PAGE:
                    break
                page += 1
        return found & wanted, requests

    async def import_uploaded(
        self, project_id: str, assets: Sequence[CloudAsset], *, batches: Sequence[str] | None
    ) -> int | None:
        """One cloud import of files uploaded to presigned URLs (``uploadLocal``, as the SDK
        sends); the number of assets the server says it created (None: it does not say)."""
        response = await self._client._call(
            ops.import_cloud_assets,
            project_id,
            body=CloudAssetsImport(assets=list(assets), upload_local="true"),
            batches=json_param(list(batches)) if batches else UNSET,
        )
        return created_count(response.data)

    async def upload_direct(
        self,
        project_id: str,
        files: list[LocalFile],
        report: ImportReport,
        indexes: list[int],
        *,
        batches: Sequence[str] | None,
        chunk_size: int,
        max_concurrency: int,
        on_error: OnError,
        progress: ImportProgress | None,
        on_outcome: OutcomeCallback | None = None,
    ) -> None:
        """Send the files at ``indexes`` to storage, importing them ``chunk_size`` at a time.

        Outcomes go to ``report``; ``progress`` is called as files reach theirs (a file that
        failed at once, or its chunk's import), and ``on_outcome`` with each file's row then.
        """
        client = self._client
        total = len(report.rows)
        urls: dict[int, str] = {}
        ends = range(chunk_size, len(indexes) + chunk_size, chunk_size)
        last_of_chunk = {indexes[min(end, len(indexes)) - 1] for end in ends}
        waiting: list[int] = []
        # The rows not to send (skipped) have their outcome already.
        done = len(report.rows) - len(indexes)

        async def store(index: int) -> _Put:
            file = files[index]
            outcome = _Put(index)
            try:
                outcome.requests += 1
                url = await client.assets.get_upload_url(project_id, storage_name(file.path))
                outcome.requests += 1
                await put_file(client, url, file)
            except AngoHubError as exc:
                outcome.error = str(exc)
                return outcome
            except OSError as exc:
                outcome.error = f"could not read {file.path}: {exc}"
                return outcome
            outcome.url = url.split("?", 1)[0]
            return outcome

        target = project_target(client, project_id)

        async def send(chunk: list[int]) -> int | None:
            uploaded = [CloudAsset(data=urls[index], external_id=files[index].external_id) for index in chunk]
            return await self.import_uploaded(project_id, uploaded, batches=batches)

        async with AsyncBoundedMap(store, indexes, max_concurrency) as outcomes:
            async for outcome in outcomes:
                report.requests += outcome.requests
                row = report.rows[outcome.index]
                if outcome.url is None:
                    done += 1
                    row.status = "failed"
                    row.error = outcome.error
                    tell(on_outcome, report, [outcome.index])
                    if on_error == "raise":
                        raise AssetImportError(
                            f"The file upload stopped at {row.key} ({outcome.error}); {report.summary()}. "
                            "The error's report lists every file's outcome.",
                            report,
                        )
                else:
                    urls[outcome.index] = outcome.url
                    waiting.append(outcome.index)
                if outcome.index in last_of_chunk and waiting:
                    chunk, waiting = waiting, []
                    await send_chunk(
                        send,
                        chunk,
                        report,
                        on_error=on_error,
                        what="file upload",
                        error_class=AssetImportError,
                        on_outcome=on_outcome,
                        target=target,
                    )
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
                elif progress is not None and outcome.url is None:
                    progress(done, total)
