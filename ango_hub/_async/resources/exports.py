"""``client.exports``: export a project's tasks and download the archive."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import AsyncIterator, Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

import httpx

from ango_hub._async.resources._base import AsyncResource
from ango_hub._constants import EXPORT_TIMEOUT
from ango_hub._download import DownloadState
from ango_hub._error_text import transfer_error
from ango_hub._errors import APIConnectionError, ExportArchiveError
from ango_hub._progress import ShowProgress, progress_bar
from ango_hub._validation import json_param, require_id, require_ids
from ango_hub.export_options import (
    DateInterval,
    ExportArguments,
    ExportOptions,
    TaskExportArguments,
    resolve_options,
)
from ango_hub.filters import format_timestamp
from ango_hub_api.models.export_type import ExportType
from ango_hub_api.models.task_type import TaskType
from ango_hub_api.operations import exports as ops
from ango_hub_api.types import UNSET, Unset

if TYPE_CHECKING:
    from ango_hub_api.models.export_asset import ExportAsset

T = TypeVar("T")
#: Called with (bytes received so far, total bytes or None) while downloading.
ProgressCallback = Callable[[int, int | None], None]


def date_range(interval: DateInterval, name: str) -> str:
    """Encode ``(start, end)`` as the API's JSON range ``{"$gt": start, "$lt": end}``."""
    start, end = interval
    if start is None and end is None:
        raise ValueError(f"{name} needs a start, an end or both")
    if start is not None and end is not None and start > end:
        raise ValueError(f"{name}: the start {start.isoformat()} is after the end {end.isoformat()}")
    condition: dict[str, str] = {}
    if start is not None:
        condition["$gt"] = format_timestamp(start)
    if end is not None:
        condition["$lt"] = format_timestamp(end)
    return json_param(condition)


def _bounds(interval: DateInterval | None, name: str) -> tuple[str | Unset, str | Unset]:
    """``(start, end)`` as two timestamps in the API's format (UNSET for a missing end)."""
    if interval is None:
        return UNSET, UNSET
    start, end = interval
    if start is None and end is None:
        raise ValueError(f"{name} needs a start, an end or both")
    after = format_timestamp(start) if start is not None else None
    before = format_timestamp(end) if end is not None else None
    # The API's timestamps (UTC, fixed width) order as strings; naive datetimes are UTC.
    if after is not None and before is not None and after > before:
        raise ValueError(f"{name}: the start {after} is after the end {before}")
    return (after if after is not None else UNSET, before if before is not None else UNSET)


def _whole_already(response: httpx.Response, state: DownloadState) -> bool:
    """A 416 to a resume that asked for bytes past the end: the file on disk is whole."""
    if response.status_code != 416 or state.offset == 0:
        return False
    size = response.headers.get("content-range", "").strip().removeprefix("bytes */")
    return size.isdigit() and int(size) == state.offset and state.total in (None, state.offset)


#: A project ID that can name a file (``<directory>/<project_id>.zip``).
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,199}")


def _new_file_beside(target: Path) -> Path:
    """A new empty file ``.<name>.<random>.part`` beside ``target``, with the mode any file the
    user writes gets (0o666 less the umask), which ``os.replace`` gives the archive: not the
    0o600 of ``tempfile.mkstemp``, which a teammate could not read."""
    for _ in range(100):
        path = target.parent / f".{target.name}.{secrets.token_hex(6)}.part"
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue
        os.close(handle)
        return path
    raise FileExistsError(f"could not create a temporary file beside {target}")  # pragma: no cover


def _check_archive(path: Path, url: str) -> None:
    """``ExportArchiveError`` unless ``path`` is a sound zip archive (every member's CRC checked)."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
    except zipfile.BadZipFile as exc:
        raise ExportArchiveError(f"the downloaded export is not a zip archive ({exc})", url=url) from exc
    except (zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        # A member that does not decompress, is cut short, is encrypted or uses an unknown method.
        raise ExportArchiveError(
            f"the downloaded export is a corrupt zip archive ({type(exc).__name__}: {exc})", url=url
        ) from exc
    if bad is not None:
        raise ExportArchiveError(f"the downloaded export is a corrupt zip archive (member {bad!r})", url=url)


class AsyncExports(AsyncResource):
    """Exports of a project's tasks (or issues) as a zip archive of JSON or NDJSON."""

    async def create(
        self,
        project_id: str,
        *,
        options: ExportOptions | None = None,
        timeout: float | httpx.Timeout | None = None,
        **arguments: Unpack[ExportArguments],
    ) -> str:
        """Prepare an export and return the link to its zip archive.

        What it holds is ``options`` (an :class:`~ango_hub.export_options.ExportOptions`)
        with the keyword arguments (its fields: ``format``, ``export_type``, ``stages``,
        ``batches``, ``task_types``, ``updated_at``, ``created_at``, ``assignees``,
        ``completed_at``, ``include_metadata``, ``include_history``,
        ``include_only_key_frames``, ``include_idle_blur_durations``, ``send_email``,
        ``notify``, ``v3``) replacing its values. Without ``stages`` every stage is exported
        (the official SDK defaults to ``["Complete"]``). ``assignees`` keeps the tasks
        completed by these users (user IDs; sent as ``assignee=<JSON list>``) and
        ``completed_at`` those completed in a ``(start, end)`` range (either end may be
        None; sent as ``completedAt[gt]`` and ``completedAt[lt]``), as the SDK documentation
        page describes ``export``. ``v3=True`` calls the documented ``/exportV3`` path
        instead of ``/export``, the one the official SDK uses. The server prepares the export
        while the request waits: up to ``timeout`` seconds, 10 minutes by default (not the
        client's 60 s; ``with_options(timeout=...)`` also applies).
        """
        return await self._create(project_id, resolve_options(options, arguments, "create"), timeout)

    async def _create(
        self, project_id: str, options: ExportOptions, timeout: float | httpx.Timeout | None
    ) -> str:
        """``create`` with its options resolved: the one place they become a request."""
        completed_after, completed_before = _bounds(options.completed_at, "completed_at")
        operation = ops.export_project_v3 if options.v3 else ops.export_project
        stages, batches, assignees = options.stages, options.batches, options.assignees
        task_types, updated_at, created_at = options.task_types, options.updated_at, options.created_at
        request = operation.request(
            project=require_id("project_id", project_id),
            format_=options.format,
            type_=options.export_type,
            stage=json_param(require_ids("stages", stages)) if stages is not None else UNSET,
            batches=json_param(require_ids("batches", batches)) if batches is not None else UNSET,
            task_types=json_param([TaskType(t).value for t in task_types]) if task_types else UNSET,
            updated_at=date_range(updated_at, "updated_at") if updated_at is not None else UNSET,
            created_at=date_range(created_at, "created_at") if created_at is not None else UNSET,
            assignee=json_param(require_ids("assignees", assignees)) if assignees is not None else UNSET,
            completed_atgt=completed_after,
            completed_atlt=completed_before,
            send_email=options.send_email,
            include_metadata=options.include_metadata,
            include_history=options.include_history,
            do_not_notify=not options.notify,
            include_only_key_frames=options.include_only_key_frames,
            include_idle_blur_durations=options.include_idle_blur_durations,
        )
        response = await self._client._send(request, timeout=timeout, default_timeout=EXPORT_TIMEOUT)
        return response.data.export_path

    async def download(
        self,
        url: str,
        destination: str | os.PathLike[str],
        *,
        progress: ProgressCallback | ShowProgress | None = None,
        timeout: float | httpx.Timeout | Unset = UNSET,
    ) -> Path:
        """Stream the archive at ``url`` to ``destination``, never holding it in memory.

        The file appears at ``destination`` only once it is complete and a valid zip
        archive (it is written to a temporary file beside it first), so a crash or a
        dropped connection never leaves a truncated export behind. The API key is not sent
        to the download host, and redirects are not followed.

        A download whose connection drops or stalls (no byte within the read timeout)
        resumes where it stopped: it asks for the rest with ``Range: bytes=N-``, guarded by
        ``If-Range`` with the strong ``ETag`` the server sent (else its ``Last-Modified``),
        and keeps the bytes already on disk. It starts again from byte 0 when the server
        has no such validator, answers with the whole file (no range support, or the file
        changed) or with a range that does not continue the file. It asks for
        ``Accept-Encoding: identity`` so that offsets count the bytes of the file. The
        final size is checked against the size the server announced, then the archive.
        Attempts that advanced the file do not count against the client's
        ``max_retries`` (at most 100 resumes); attempts that added nothing do, with the
        usual backoff between them. ``max_retries=0`` turns retries and resumes off.

        ``progress(received, total)`` is called as bytes arrive with the bytes of the file
        received so far and its size (None when the server does not say): it goes on from
        where it was after a resume, and back to 0 only when the download restarts.

        Raises ``ExportArchiveError`` when the complete body is not a sound zip archive (or
        cannot be decoded), ``APIConnectionError`` / ``APITimeoutError`` when the transfer
        fails, and ``APIStatusError`` for an error (or redirect) status. A download has no
        overall deadline unless the client has one (``with_options(deadline=...)``; each
        attempt has that deadline). ``progress=True`` draws a bar of the bytes on stderr (see
        :mod:`ango_hub._progress`).
        """
        with progress_bar(progress, "export", unit="B", unit_scale=True) as report:
            return await self._download(url, destination, progress=report, timeout=timeout)

    async def _download(
        self,
        url: str,
        destination: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None,
        timeout: float | httpx.Timeout | Unset,
    ) -> Path:
        if not isinstance(url, str):
            raise TypeError(
                f"url must be the http(s) link returned by exports.create(), got {type(url).__name__}"
            )
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"url must be the http(s) link returned by exports.create(), got {url[:200]!r}")
        target = Path(destination)
        if target.is_dir():
            raise IsADirectoryError(
                f"{target} is a directory: give the archive's file name (e.g. {target / 'export.zip'}); "
                "nothing was downloaded"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        state = DownloadState()
        tmp = _new_file_beside(target)

        async def save(response: httpx.Response) -> None:
            start = state.start(response.status_code, response.headers)
            with tmp.open("r+b") as out:
                out.seek(start)
                out.truncate()
                try:
                    # As the bytes arrive (no re-chunking): what came before a drop is on disk.
                    async for chunk in response.aiter_bytes():
                        out.write(chunk)
                        state.wrote(len(chunk))
                        if progress is not None:
                            # Bytes on the wire, as Content-Length counts them (those of the
                            # file: the client asks for no Content-Encoding).
                            progress(start + response.num_bytes_downloaded, state.total)
                except httpx.DecodingError as exc:
                    encoding = response.headers.get("content-encoding", "identity")
                    raise ExportArchiveError(
                        f"the downloaded export does not match its Content-Encoding {encoding!r} ({exc})",
                        url=url,
                    ) from exc
            state.finish(response.num_bytes_downloaded)

        try:
            try:
                response = await self._client.transfer(
                    "GET",
                    url,
                    idempotent=True,
                    timeout=None if isinstance(timeout, Unset) else timeout,
                    consume=save,
                    resume=state,
                )
            except APIConnectionError as exc:
                cause = exc.__cause__
                reason = f"{type(cause).__name__}: {cause}" if cause is not None else str(exc)
                raise type(exc)(
                    f"Downloading the export failed ({reason}); nothing was written to {target}. "
                    "Try again, or raise max_retries / timeout for a slow link.",
                    method="GET",
                    url=url,
                ) from cause
            if response.status_code >= 300 and not _whole_already(response, state):
                raise transfer_error(response, "downloading the export failed", "the link", "downloads")
            _check_archive(tmp, url)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return target

    async def export(
        self,
        project_id: str,
        destination: str | os.PathLike[str],
        *,
        progress: ProgressCallback | ShowProgress | None = None,
        options: ExportOptions | None = None,
        timeout: float | httpx.Timeout | None = None,
        **arguments: Unpack[ExportArguments],
    ) -> Path:
        """Create an export of the project and download it to ``destination``.

        The filters and options are those of :meth:`create` (``options=`` and/or its
        keyword arguments: ``stages``, ``batches``, ``task_types``, the
        ``updated_at``/``created_at``/``completed_at`` ranges, ``assignees``, ...).
        ``timeout`` bounds the preparation (10 minutes by default) and each read of the
        download; read the archive with ``ango_hub.export_archive.read_export``. A
        ``destination`` that is an existing directory gets the archive as
        ``<destination>/<project_id>.zip``. The archive has the mode of any file you write
        (0o666 less the umask).
        """
        chosen = resolve_options(options, arguments, "export")
        require_id("project_id", project_id)
        if Path(destination).is_dir():
            if not _PLAIN_NAME.fullmatch(project_id):
                raise ValueError(
                    f"{destination} is a directory and the project ID {project_id[:100]!r} is no file name: "
                    "give the archive's file name"
                )
            destination = Path(destination) / f"{project_id}.zip"
        url = await self._create(project_id, chosen, timeout)
        return await self.download(
            url, destination, progress=progress, timeout=UNSET if timeout is None else timeout
        )

    def iter_records(
        self,
        project_id: str,
        *,
        options: ExportOptions | None = None,
        progress: ProgressCallback | None = None,
        temp_dir: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        **arguments: Unpack[ExportArguments],
    ) -> AsyncIterator[dict[str, Any]]:
        """Every record of a fresh export of the project, as JSON dicts: the big-project path.

        >>> async for record in hub.exports.iter_records(project_id, stages=["Complete"]):  # doctest: +SKIP
        ...     print(record["externalId"], record["task"]["taskId"])

        One call creates the export (the filters and options of :meth:`create`:
        ``options=`` and/or its keyword arguments), downloads it to a temporary file
        (resumed after a dropped connection, see :meth:`download`; ``progress`` follows it),
        reads it a record at a time (``ango_hub.export_archive.read_export_records``: memory
        stays that of one record) and deletes the file. At the published rate limit this is
        far faster than listing: one export instead of a request per 100 tasks.
        :meth:`iter_assets` gives the same records as typed ``ExportAsset`` models.

        The temporary file (as large as the export) goes in a new directory of
        ``temp_dir`` (default: the system's temporary directory) and is deleted when the
        iteration ends, raises, or is closed. To stop early and delete it at once, close
        the iterator: ``async with contextlib.aclosing(hub.exports.iter_records(...)) as
        records: async for record in records: ...``. The arguments are checked now; the
        export is created when the iteration starts. The archive is read on the calling
        thread (with ``AsyncClient``, on the event loop, a record at a time).
        """
        chosen = resolve_options(options, arguments, "iter_records")
        require_id("project_id", project_id)
        return self._archive_items(
            project_id, _read_records, chosen, progress=progress, temp_dir=temp_dir, timeout=timeout
        )

    def iter_assets(
        self,
        project_id: str,
        *,
        options: ExportOptions | None = None,
        on_invalid: Literal["raise", "skip"] = "raise",
        progress: ProgressCallback | None = None,
        temp_dir: str | os.PathLike[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        **arguments: Unpack[TaskExportArguments],
    ) -> AsyncIterator[ExportAsset]:
        """Every record of a fresh task export of the project, as typed ``ExportAsset`` models.

        >>> async for asset in hub.exports.iter_assets(project_id):   # doctest: +SKIP
        ...     for task in export_tasks(asset):
        ...         print(asset.external_id, task.task_id)

        :meth:`iter_records` with the records read by
        ``ango_hub.export_archive.read_export`` (unknown fields kept; ``on_invalid="skip"``
        logs and skips a record that does not fit the model instead of raising
        ``ExportArchiveError``). Task exports only (an issue export's records are not
        assets: use :meth:`iter_records`; ``options`` with another ``export_type`` is a
        ``ValueError``). The temporary file is deleted when the iteration ends, raises or is
        closed (``contextlib.aclosing`` to stop early).
        """
        if "export_type" in arguments:
            raise TypeError("iter_assets() got an unexpected keyword argument 'export_type'")
        chosen = resolve_options(options, arguments, "iter_assets")
        if chosen.export_type != ExportType.TASK:
            raise ValueError(
                f"iter_assets reads task exports, and options asks for an export_type of "
                f"{chosen.export_type!r}: use iter_records"
            )
        require_id("project_id", project_id)
        if on_invalid not in ("raise", "skip"):
            raise ValueError(f'on_invalid must be "raise" or "skip", got {on_invalid!r}')

        def read(path: Path) -> Generator[ExportAsset, None, None]:
            from ango_hub.export_archive import read_export

            yield from read_export(path, on_invalid=on_invalid)

        return self._archive_items(
            project_id, read, chosen, progress=progress, temp_dir=temp_dir, timeout=timeout
        )

    async def _archive_items(
        self,
        project_id: str,
        read: Callable[[Path], Generator[T, None, None]],
        options: ExportOptions,
        *,
        progress: ProgressCallback | None,
        temp_dir: str | os.PathLike[str] | None,
        timeout: float | httpx.Timeout | None,
    ) -> AsyncIterator[T]:
        """Create, download to a temporary directory, yield what ``read`` reads, clean up."""
        directory = Path(tempfile.mkdtemp(prefix="ango-hub-export-", dir=temp_dir))
        items: Generator[T, None, None] | None = None
        try:
            url = await self._create(project_id, options, timeout)
            path = await self.download(
                url,
                directory / "export.zip",
                progress=progress,
                timeout=UNSET if timeout is None else timeout,
            )
            items = read(path)
            for item in items:  # noqa: RUF100, UP028 - no `yield from` in an async generator
                yield item
        finally:
            if items is not None:
                items.close()  # the archive is closed before its directory goes
            shutil.rmtree(directory, ignore_errors=True)


def _read_records(path: Path) -> Generator[dict[str, Any], None, None]:
    from ango_hub.export_archive import read_export_records

    yield from read_export_records(path)
