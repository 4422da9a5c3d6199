"""The zip archives of exports: written record by record to a spooled temporary file.

An archive holds one file: ``export.json`` (a JSON array of the records) or
``export.ndjson`` (one record per line), as the export's ``format`` says. The archive of an
export is the same bytes every time it is written (the member is dated when the export was
prepared), so the mock can serve it with a strong ``ETag`` and answer ``Range`` requests
(:func:`byte_range`): a client can resume a download.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from ..state import ExportJob

__all__ = [
    "CHUNK_SIZE",
    "EXPORT_PATH",
    "archive_member_name",
    "archive_validators",
    "byte_range",
    "iter_file",
    "write_archive",
]

#: Where the mock serves prepared exports (a route outside ``/v2``, without authentication).
EXPORT_PATH = "/mock/exports/{export_id}.zip"

CHUNK_SIZE = 64 * 1024
#: Archives up to this size stay in memory; larger ones roll over to a file on disk.
_SPOOL_LIMIT = 8 * 1024 * 1024


def archive_member_name(job: ExportJob) -> str:
    """Return the name of the one file in the export's archive."""
    return "export.ndjson" if job.file_format == "ndjson" else "export.json"


def write_archive(job: ExportJob) -> IO[bytes]:
    """Write the export's zip archive to a temporary file, rewound; the caller closes it."""
    archive: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL_LIMIT)  # noqa: SIM115 - returned
    info = zipfile.ZipInfo(archive_member_name(job), date_time=_prepared_at(job).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    try:
        with (
            zipfile.ZipFile(archive, mode="w", compression=zipfile.ZIP_DEFLATED) as bundle,
            bundle.open(info, mode="w") as member,
        ):
            if job.file_format == "ndjson":
                for record in job.records:
                    member.write(_encode(record) + b"\n")
            else:
                member.write(b"[")
                for index, record in enumerate(job.records):
                    member.write((b",\n" if index else b"\n") + _encode(record))
                member.write(b"\n]\n")
        archive.seek(0)
    except BaseException:
        archive.close()
        raise
    return archive


def iter_file(
    handle: IO[bytes], chunk_size: int = CHUNK_SIZE, *, limit: int | None = None
) -> Iterator[bytes]:
    """Yield a file's content (``limit`` bytes at most) in chunks from where it stands, then close it."""
    try:
        left = limit
        while left is None or left > 0:
            chunk = handle.read(chunk_size if left is None else min(chunk_size, left))
            if not chunk:
                return
            if left is not None:
                left -= len(chunk)
            yield chunk
    finally:
        handle.close()


def _prepared_at(job: ExportJob) -> dt.datetime:
    """When the export was prepared (UTC; 1980, the first date a zip holds, if unreadable)."""
    try:
        when = dt.datetime.fromisoformat(job.created_at.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
    when = when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
    return max(when, dt.datetime(1980, 1, 1, tzinfo=dt.UTC))


def archive_validators(job: ExportJob, archive: IO[bytes]) -> tuple[int, str, str]:
    """The size, strong ``ETag`` (a digest of the bytes) and ``Last-Modified`` of an archive.

    Reads the archive once and rewinds it.
    """
    digest = hashlib.sha256()
    size = 0
    while chunk := archive.read(CHUNK_SIZE * 16):
        digest.update(chunk)
        size += len(chunk)
    archive.seek(0)
    return size, f'"{digest.hexdigest()[:32]}"', email.utils.format_datetime(_prepared_at(job), usegmt=True)


_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


def byte_range(
    range_header: str | None, if_range: str | None, *, size: int, etag: str, last_modified: str
) -> tuple[int, int] | None:
    """The ``(first, last)`` bytes a ``Range`` request asks for, or None to send the whole file.

    One range only (``bytes=N-``, ``bytes=N-M`` or ``bytes=-K``); anything else, or an
    ``If-Range`` that is neither the ``ETag`` nor the ``Last-Modified`` of the file (it
    changed), is answered with the whole file, as RFC 9110 says. A range that starts past the
    end is ``(size, size - 1)``: the caller answers 416.
    """
    if not range_header:
        return None
    if if_range is not None and if_range.strip() not in (etag, last_modified):
        return None
    match = _RANGE.match(range_header)
    if match is None or (not match[1] and not match[2]):
        return None
    if not match[1]:  # the last K bytes
        suffix = int(match[2])
        return (max(size - suffix, 0), size - 1) if suffix else None
    first = int(match[1])
    last = min(int(match[2]), size - 1) if match[2] else size - 1
    if first >= size:
        return size, size - 1
    if last < first:
        return None
    return first, last


def _encode(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
