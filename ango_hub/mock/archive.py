"""The zip archives of exports: written record by record to a spooled temporary file.

An archive holds one file: ``export.json`` (a JSON array of the records) or
``export.ndjson`` (one record per line), as the export's ``format`` says.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from .state import ExportJob

__all__ = ["CHUNK_SIZE", "EXPORT_PATH", "archive_member_name", "iter_file", "write_archive"]

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
    try:
        with (
            zipfile.ZipFile(archive, mode="w", compression=zipfile.ZIP_DEFLATED) as bundle,
            bundle.open(archive_member_name(job), mode="w") as member,
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


def iter_file(handle: IO[bytes], chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
    """Yield a file's content in chunks, then close it."""
    try:
        while chunk := handle.read(chunk_size):
            yield chunk
    finally:
        handle.close()


def _encode(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
