"""Read an export archive record by record, without loading it in memory.

``hub.exports.export(project_id, "export.zip")`` downloads the archive; these functions
read the one file inside it (``*.json``: a JSON array of records; ``*.ndjson``: one record
per line) one record at a time, so a 2 GB export of 100,000 tasks takes the memory of one
record:

>>> for record in read_export("export.zip"):              # doctest: +SKIP
...     for task in export_tasks(record):
...         answer = task_answer(task)
...         print(record.external_id, [obj.title for obj in answer.objects or ()])

``read_export`` yields the generated ``ExportAsset`` models (unknown fields kept);
``read_export_records`` yields the plain JSON dicts.

Ango Hub has written two shapes of records (both described by ``ExportAsset`` in the spec):
the current one, one record per task with the task under ``task`` and its objects under
``task.tools``; and the older one, one record per asset with its tasks in ``tasks`` and
their objects under ``objects``. :func:`export_tasks` gives a record's tasks and
:func:`task_answer` a task's answer (an ``ango_hub.annotations.TaskAnswer``) whatever the
shape, so code written against one keeps working on the other.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import operator
import os
import zipfile
from collections.abc import Iterator, Mapping
from typing import IO, Any, Literal, overload

from ango_hub import _json
from ango_hub.annotations import TaskAnswer
from ango_hub.annotations._answer import answer_of_lists
from ango_hub_api.models.export_asset import ExportAsset
from ango_hub_api.models.export_task import ExportTask
from ango_hub_api.types import LAZY, UNSET, Unset, json_values

logger = logging.getLogger("ango_hub")

__all__ = ["ExportArchiveError", "export_tasks", "read_export", "read_export_records", "task_answer"]

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
    from_dict = ExportAsset.from_dict
    for index, record in enumerate(read_export_records(path)):
        try:
            asset = from_dict(record)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            message = (
                f"record {index} of {os.fspath(path)} is not an exported asset ({type(exc).__name__}: {exc})"
            )
            if on_invalid == "raise":
                raise ExportArchiveError(message) from exc
            logger.warning("%s; skipped", message)
            continue
        yield asset


@overload
def export_tasks(record: ExportAsset) -> list[ExportTask]: ...
@overload
def export_tasks(record: Mapping[str, Any]) -> list[dict[str, Any]]: ...
def export_tasks(record: ExportAsset | Mapping[str, Any]) -> list[ExportTask] | list[dict[str, Any]]:
    """The tasks of one export record, whatever its shape, in order.

    A record of the current shape holds one task (``task``), one of the older shape a list
    (``tasks``); a record with neither (an issue export's) has none. Give an
    ``ExportAsset`` (from :func:`read_export`) for ``ExportTask`` models, or a dict (from
    :func:`read_export_records`) for dicts.
    """
    if isinstance(record, ExportAsset):
        listed = record.tasks
        if not isinstance(listed, Unset):
            return list(listed)
        single = record.task
        return [] if isinstance(single, Unset) else [single]
    if not isinstance(record, Mapping):
        raise TypeError(f"expected an ExportAsset or a dict, got {type(record).__name__}")
    tasks = record.get("tasks")
    if isinstance(tasks, list):
        return [dict(task) for task in tasks if isinstance(task, Mapping)]
    task = record.get("task")
    return [dict(task)] if isinstance(task, Mapping) else []


_ANSWER_KEYS = ("tools", "objects", "classifications", "relations")


def task_answer(task: ExportTask | Mapping[str, Any]) -> TaskAnswer:
    """The answer of one exported task (or ``stageHistory`` entry), whatever its shape.

    The objects are read from ``tools`` (current shape) or ``objects`` (older shape), or
    from an ``answer`` nested in the task when the task holds none of the answer's keys
    itself; ``classifications`` and ``relations`` alike. Lists the task lacks are empty,
    so ``answer.objects`` is always a tuple. Unknown fields of the objects are kept.
    ``answer.objects_key`` tells which name the record used.
    """
    if isinstance(task, ExportTask):
        tools, objects, classifications, relations = _answer_values(task)
        if not task._additional_properties and (
            tools is not UNSET or objects is not UNSET or classifications is not UNSET
        ):  # the task's own lists (what the dict path below finds, without the dict)
            if tools is not UNSET:
                return answer_of_lists("tools", tools, _list(classifications), _list(relations))
            return answer_of_lists("objects", _list(objects), _list(classifications), _list(relations))
        data: Mapping[str, Any] = _answer_json(task, (tools, objects, classifications, relations))
    elif isinstance(task, Mapping):
        data = task
    else:
        raise TypeError(f"expected an ExportTask or a dict, got {type(task).__name__}")
    if "tools" not in data and "objects" not in data and "classifications" not in data:
        nested = data.get("answer")
        if "relations" not in data and isinstance(nested, Mapping):
            data = nested
    objects_key: Literal["objects", "tools"] = "tools" if "tools" in data else "objects"
    return answer_of_lists(
        objects_key,
        data.get(objects_key, []),
        data.get("classifications", []),
        data.get("relations", []),
    )


#: What a task's answer fields hold (the slots of its lazy fields), read at once.
_HELD = operator.attrgetter(*(f"_slot_{key}" for key in _ANSWER_KEYS))


def _answer_values(task: ExportTask) -> tuple[Any, Any, Any, Any]:
    """``json_values(task, _ANSWER_KEYS)``, without its general plan for the usual task: each
    of the four fields unread (the record's list), an empty list or ``UNSET``."""
    tools, objects, classifications, relations = _HELD(task)
    for value in (tools, objects, classifications, relations):
        if value is not LAZY and value is not UNSET and value != []:  # read or set: models
            found = json_values(task, _ANSWER_KEYS)
            return found[0], found[1], found[2], found[3]
    source = task._lazy_source if LAZY in (tools, objects, classifications, relations) else {}
    return (
        source["tools"] if tools is LAZY else tools,
        source["objects"] if objects is LAZY else objects,
        source["classifications"] if classifications is LAZY else classifications,
        source["relations"] if relations is LAZY else relations,
    )


def _list(value: Any) -> Any:
    """``value``, or ``[]`` for ``UNSET`` (a list the task does not have)."""
    return [] if value is UNSET else value


def _answer_json(task: ExportTask, lists: tuple[Any, ...]) -> dict[str, Any]:
    """The keys of ``task.to_dict()`` that ``task_answer`` reads, without building the rest:
    ``lists``, the JSON of its fields ``_ANSWER_KEYS`` (``json_values``), and the unknown
    fields of those names and ``answer``.

    A list nobody has read yet (the model parses it on first read) is taken as the record
    holds it: ``TaskAnswer.from_dict`` copies what it keeps. A list that was read (or set) is
    converted back as ``to_dict`` does.
    """
    extra = task._additional_properties or {}
    data = {key: extra[key] for key in ("answer", *_ANSWER_KEYS) if key in extra}
    data.update((key, value) for key, value in zip(_ANSWER_KEYS, lists, strict=True) if value is not UNSET)
    return data


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
            records = (
                _ndjson_records(raw, member)
                if member.endswith(".ndjson")
                else _json_records(io.TextIOWrapper(raw, encoding="utf-8"), member)
            )
            for record in records:
                if not isinstance(record, dict):
                    raise _not_an_object(member, record)
                yield record


def _ndjson_records(raw: IO[bytes], member: str) -> Iterator[Any]:
    """The values of an NDJSON file read as bytes, one a line (``ango_hub.convert`` reads plain
    files with it). A line ends at ``\\n`` (a ``\\r`` before it is JSON's white space); a
    byte-order mark before the first line is skipped. Not decoding the text first saves a
    decode and an encode of every line: orjson reads UTF-8 bytes."""
    # ango_hub._json: orjson with the `fast` extra, else json.loads of the text (same values,
    # same errors). A blank line is told from a broken one only when decoding fails.
    exact = _json.loads_utf8
    number = 0
    for block, ended in _line_blocks(raw):
        lines = block.split(b"\n")
        if ended:
            lines.pop()  # the empty piece after the block's last "\n"
        quick = _json.block_loads(block)
        for index, piece in enumerate(lines):
            number += 1
            try:
                record = quick(piece)
            except ValueError:
                # Again as the line was (with its "\n"), for the error a line reader would give.
                line = piece + b"\n" if ended or index < len(lines) - 1 else piece
                try:
                    record = exact(line)
                except ValueError as exc:
                    if not line.strip():
                        continue
                    if number == 1 and line.startswith(codecs.BOM_UTF8):
                        try:
                            record = exact(line[len(codecs.BOM_UTF8) :])
                        except ValueError as again:
                            raise _broken_line(member, number, again) from again
                    else:
                        raise _broken_line(member, number, exc) from exc
            yield record


def _line_blocks(raw: IO[bytes]) -> Iterator[tuple[bytes, bool]]:
    """``raw`` in blocks of whole lines (about ``_CHUNK`` bytes; a longer line whole), each with
    whether it ends with ``\\n`` (only the file's last block may not)."""
    held: list[bytes] = []  # the start of a line longer than a chunk: joined once, at its end
    while data := raw.read(_CHUNK):
        cut = data.rfind(b"\n") + 1
        if not cut:
            held.append(data)
            continue
        yield (b"".join((*held, data[:cut])) if held else data[:cut]), True
        held = [data[cut:]] if cut < len(data) else []
    if held:
        yield b"".join(held), False


def _broken_line(member: str, number: int, exc: ValueError) -> ExportArchiveError:
    if isinstance(exc, UnicodeDecodeError):
        where = f"{exc.reason} at byte {exc.start}"
        return ExportArchiveError(f"{member}, line {number}: not UTF-8 text ({where})")
    return ExportArchiveError(f"{member}, line {number}: {exc}")


def _not_an_object(member: str, value: object) -> ExportArchiveError:
    return ExportArchiveError(f"{member}: expected JSON objects, found {type(value).__name__}")


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
