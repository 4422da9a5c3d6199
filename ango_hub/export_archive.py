"""Read an export archive record by record, without loading it in memory.

``hub.exports.export(project_id, "export.zip")`` downloads the archive; these functions
read the one file inside it (``*.json``: a JSON array of assets; ``*.ndjson``: one asset
per line) one record at a time, so a 2 GB export of 100,000 tasks takes the memory of one
record:

>>> for asset in read_export("export.zip"):              # doctest: +SKIP
...     print(asset.external_id, len(asset.tasks or []))

``read_export`` yields the generated ``ExportAsset`` models (unknown fields kept);
``read_export_records`` yields the plain JSON dicts.
"""

from __future__ import annotations

import io
import json
import logging
import os
import zipfile
from collections.abc import Iterator
from typing import IO, Any, Literal

from ango_hub_api.models.export_asset import ExportAsset

logger = logging.getLogger("ango_hub")

__all__ = ["ExportArchiveError", "read_export", "read_export_records"]

#: Characters read at a time from a JSON export (doubled while a record does not fit).
_CHUNK = 1 << 16
_WHITESPACE = " \t\n\r"


class ExportArchiveError(ValueError):
    """The file is not an export archive the client can read, or its content is broken."""


def read_export(
    path: str | os.PathLike[str], *, on_invalid: Literal["raise", "skip"] = "raise"
) -> Iterator[ExportAsset]:
    """Every asset of an export archive (with its tasks), as ``ExportAsset`` models, in order.

    Unknown fields and enum values are kept. A record that does not fit the model at all
    (a field of the wrong type) raises ``ExportArchiveError``; with ``on_invalid="skip"``
    it is logged on the ``ango_hub`` logger and skipped, so one odd record does not stop a
    long export (``read_export_records`` gives every record as a dict).
    """
    if on_invalid not in ("raise", "skip"):
        raise ValueError(f'on_invalid must be "raise" or "skip", got {on_invalid!r}')
    for index, record in enumerate(read_export_records(path)):
        try:
            asset = ExportAsset.from_dict(record)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            message = (
                f"record {index} of {os.fspath(path)} is not an exported asset ({type(exc).__name__}: {exc})"
            )
            if on_invalid == "raise":
                raise ExportArchiveError(message) from exc
            logger.warning("%s; skipped", message)
            continue
        yield asset


def read_export_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Every record of an export archive as a JSON dict, in order, read as a stream."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ExportArchiveError(f"{os.fspath(path)} is not a zip archive: {exc}") from exc
    with archive:
        members = [name for name in archive.namelist() if name.endswith((".json", ".ndjson"))]
        if len(members) != 1:
            raise ExportArchiveError(
                f"{os.fspath(path)} should hold one .json or .ndjson file, found {archive.namelist()}"
            )
        (member,) = members
        with archive.open(member) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8")
            records = (
                _ndjson_records(text, member) if member.endswith(".ndjson") else _json_records(text, member)
            )
            for record in records:
                if not isinstance(record, dict):
                    raise ExportArchiveError(
                        f"{member}: expected JSON objects, found {type(record).__name__}"
                    )
                yield record


def _ndjson_records(text: IO[str], member: str) -> Iterator[Any]:
    for number, line in enumerate(text, start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except ValueError as exc:
                raise ExportArchiveError(f"{member}, line {number}: {exc}") from exc


def _json_records(text: IO[str], member: str) -> Iterator[Any]:
    """The elements of a top-level JSON array, decoded one at a time."""
    decoder = json.JSONDecoder()
    buffer = ""
    position = 0
    exhausted = False
    chunk = _CHUNK

    def fill() -> bool:
        nonlocal buffer, position, exhausted
        data = text.read(chunk)
        if not data:
            exhausted = True
            return False
        buffer = buffer[position:] + data
        position = 0
        return True

    def skip_whitespace() -> None:
        nonlocal position
        while True:
            while position < len(buffer) and buffer[position] in _WHITESPACE:
                position += 1
            if position < len(buffer) or exhausted or not fill():
                return

    skip_whitespace()
    if position >= len(buffer) or buffer[position] != "[":
        raise ExportArchiveError(f"{member}: expected a JSON array")
    position += 1
    first = True
    while True:
        skip_whitespace()
        if position >= len(buffer):
            raise ExportArchiveError(f"{member}: the JSON array is not closed (truncated file?)")
        if buffer[position] == "]":
            return
        if not first:
            if buffer[position] != ",":
                raise ExportArchiveError(f"{member}: expected ',' or ']' at character {position} of a chunk")
            position += 1
            skip_whitespace()
        while True:
            try:
                value, end = decoder.raw_decode(buffer, position)
            except json.JSONDecodeError as exc:
                if exhausted:
                    raise ExportArchiveError(f"{member}: {exc}") from exc
                chunk = min(chunk * 2, 1 << 26) if len(buffer) - position >= chunk else chunk
                fill()
                continue
            if end >= len(buffer) and not exhausted:
                # The value may go on in the next chunk (a number, in theory): read on first.
                fill()
                continue
            break
        position = end
        first = False
        yield value
