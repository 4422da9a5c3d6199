"""Where a conversion reads its records: an export file (``.zip``, ``.json``, ``.ndjson``)
or any iterable of records, always one record at a time.

An archive is checked as a whole before a byte of it is decompressed: every member name
must stay inside a directory it were extracted to (an absolute path, ``..``, a drive letter
or a backslash is refused by name, even though the reader never extracts anything), and a
member that claims a ratio of a zip bomb is refused.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ._errors import ConversionError

__all__ = ["Source", "describe_source", "open_records"]

#: What a conversion reads: the path of an export file, or records (dicts or ``ExportAsset``).
Source = str | os.PathLike[str] | Iterable[Any]

#: A member that inflates more than this many times over and to more than
#: ``_BOMB_MIN_SIZE`` bytes is taken for a zip bomb (exports of JSON compress 5-50 times).
_BOMB_RATIO = 250
_BOMB_MIN_SIZE = 64 << 20
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_DRIVE = re.compile(r"^[A-Za-z]:")


def describe_source(source: Source) -> str:
    """A short name of ``source`` for messages."""
    if isinstance(source, str | os.PathLike):
        return os.fspath(source)
    return f"records from {type(source).__name__}"


def open_records(source: Source) -> Iterator[dict[str, Any]]:
    """Every record of ``source`` as a JSON dict, in order.

    Raises :class:`ConversionError` for a file that is not an export (named, with what it
    is), an unsafe or oversized archive member, broken JSON (with the line or position), or
    an item of an iterable that is not a record.
    """
    if isinstance(source, str | os.PathLike):
        return _file_records(Path(source))
    if isinstance(source, bytes | bytearray | Mapping) or not isinstance(source, Iterable):
        raise ConversionError(
            "source must be the path of an export file or an iterable of records, "
            f"got {type(source).__name__}"
        )
    return _iterable_records(source)


def _iterable_records(records: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for number, record in enumerate(records):
        if isinstance(record, dict):
            yield record
        elif isinstance(record, Mapping):
            yield dict(record)
        elif hasattr(record, "to_dict") and callable(record.to_dict):
            data = record.to_dict()
            if not isinstance(data, dict):
                raise ConversionError(f"record {number}: to_dict() gave {type(data).__name__}, not a dict")
            yield data
        else:
            raise ConversionError(
                f"record {number} is a {type(record).__name__}, "
                "not an export record (a dict or an ExportAsset)"
            )


def check_member_name(name: str) -> None:
    """Refuse a member name that would leave the directory it were extracted to."""
    parts = name.replace("\\", "/").split("/")
    if (
        name.startswith(("/", "\\"))
        or _DRIVE.match(name)
        or "\\" in name
        or "\x00" in name
        or any(part == ".." for part in parts)
    ):
        raise ConversionError(
            f"the archive holds an unsafe member name {name!r} (it points outside the folder it would be "
            "extracted to); refused, though nothing is ever extracted: ask for a new export"
        )


def _check_archive(archive: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    infos = archive.infolist()
    for info in infos:
        check_member_name(info.filename)
    for info in infos:
        if info.file_size > _BOMB_MIN_SIZE and info.file_size > _BOMB_RATIO * max(info.compress_size, 1):
            raise ConversionError(
                f"{os.fspath(path)}: the member {info.filename!r} claims {info.file_size} bytes from "
                f"{info.compress_size} (over {_BOMB_RATIO} times): refused as a zip bomb"
            )
    members = [
        info
        for info in infos
        if not info.is_dir() and info.filename.lower().endswith((".json", ".ndjson", ".jsonl"))
    ]
    if len(members) != 1:
        names = [info.filename for info in infos]
        raise ConversionError(
            f"{os.fspath(path)} should hold one .json or .ndjson file (an Ango Hub export), found {names}"
        )
    return members[0]


def _sniff(path: Path) -> str:
    """``"zip"``, ``"json"`` (an array) or ``"ndjson"``, from the suffix or the first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except IsADirectoryError:
        raise ConversionError(f"{os.fspath(path)} is a directory, not an export file") from None
    except FileNotFoundError:
        raise ConversionError(f"{os.fspath(path)} does not exist") from None
    except OSError as exc:
        raise ConversionError(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from None
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    suffix = path.suffix.lower()
    stripped = head.lstrip(b" \t\r\n\xef\xbb\xbf")
    if not stripped:
        raise ConversionError(f"{os.fspath(path)} is empty")
    if suffix == ".zip":
        raise ConversionError(f"{os.fspath(path)} is not a zip archive (its first bytes are not a zip's)")
    if stripped.startswith(b"{"):
        return "ndjson"
    if stripped.startswith(b"["):
        return "json"
    raise ConversionError(
        f"{os.fspath(path)} is not an export: expected a .zip archive, a JSON array or NDJSON records"
    )


def _file_records(path: Path) -> Iterator[dict[str, Any]]:
    """Check the file now (what it is; an archive's members), then read it lazily."""
    kind = _sniff(path)
    if kind != "zip":
        return _plain_records(path, kind)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ConversionError(f"{os.fspath(path)} is not a readable zip archive: {exc}") from None
    try:
        member = _check_archive(archive, path)
    except BaseException:
        archive.close()
        raise
    return _zip_records(archive, member, path)


def _zip_records(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path) -> Iterator[dict[str, Any]]:
    kind = "ndjson" if member.filename.lower().endswith((".ndjson", ".jsonl")) else "json"
    with archive:
        try:
            with archive.open(member) as raw:
                yield from _stream_records(raw, member.filename, kind)
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError, zlib.error) as exc:
            raise ConversionError(
                f"{os.fspath(path)}: the member {member.filename!r} is corrupt: {exc}"
            ) from None


def _plain_records(path: Path, kind: str) -> Iterator[dict[str, Any]]:
    with path.open("rb") as raw:
        yield from _stream_records(raw, os.fspath(path), kind)


def _stream_records(raw: IO[bytes], name: str, kind: str) -> Iterator[dict[str, Any]]:
    """The records of an export file: NDJSON read as bytes (a line at a time), a JSON array as
    UTF-8 text (a byte-order mark at the start skipped, as in an NDJSON file)."""
    from ango_hub.export_archive import ExportArchiveError, _json_records, _ndjson_records

    records = (
        _ndjson_records(raw, name)
        if kind == "ndjson"
        else _json_records(io.TextIOWrapper(raw, encoding="utf-8-sig"), name)
    )
    number = 0
    try:
        for record in records:
            if not isinstance(record, dict):
                raise ConversionError(
                    f"{name}: record {number} is a JSON {type(record).__name__}, not an object"
                )
            number += 1
            yield record
    except ExportArchiveError as exc:
        raise ConversionError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise ConversionError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
