"""JSON decoding: orjson when the ``fast`` extra is installed, the standard library otherwise.

``loads`` is what the client decodes every answer with (the generated parsers through
``ango_hub_api.types.decode_json``, which the client sets to it) and what the export readers
call for every record. With ``pip install 'ango-hub[fast]'`` it decodes with orjson (about
1.7x faster than ``json.loads`` on a 2 KB record or answer, the check below included);
without it, ``json.loads``. Both give the same values and the same errors: orjson is stricter
than ``json`` in a few corners (``NaN`` and ``Infinity``, numbers beyond a double, lone
surrogates, a byte-order mark), so whatever orjson refuses is decoded again by
``json.loads``, which either accepts it as it always has or raises its own
``json.JSONDecodeError`` with its own message. One corner orjson does not refuse: an integer
beyond 64 bits (``-2**63`` to ``2**64 - 1``) becomes a ``float`` there, where ``json`` keeps
the ``int``. Such an integer has at least 19 digits: a document with a number of 19 digits
or more (a run of 19 digits after ``:``, ``,``, ``[``, ``-``, white space or at the start;
digits inside a string, such as an ID, are preceded by other characters) is decoded by
``json.loads`` (found with one ``bytes.translate``, which adds about a third to orjson's time).

``loads_utf8`` decodes a line of an NDJSON file read as bytes (the export readers): the same
values and errors as ``loads`` of the line decoded as UTF-8 text (strict UTF-8: no guess of
UTF-16 or UTF-32 and no lone surrogates, which ``json.loads`` of bytes allows), without
decoding the text first where orjson reads the bytes.

``block_loads(block)`` serves a reader of many lines at once (the NDJSON export readers): it
looks for such an integer in a block of lines in one pass, and gives orjson's ``loads`` for
the lines of a block that has none (the per-line test costs as much as orjson's decode).

Nothing else is configured here: ``FAST`` says which decoder is in use, and tests force the
fallback with ``use_orjson(False)``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["FAST", "block_loads", "loads", "loads_utf8", "use_orjson"]

#: ``json.loads`` itself, with no call around it (it is the core install's per-record path).
_loads_stdlib: Callable[[str | bytes], Any] = json.loads
_orjson_loads: Callable[[str | bytes], Any] | None
try:
    import orjson
except ImportError:  # the core install: the standard library only
    _orjson_loads = None
else:
    _orjson_loads = orjson.loads

#: Whether ``loads`` decodes with orjson (the ``fast`` extra is installed and not turned off).
FAST: bool = _orjson_loads is not None


def _number_table() -> bytes:
    """``bytes.translate`` table: digits become ``0``; what may stand before a number (``:,[-``
    and JSON's white space) becomes ``#``; ``#`` itself ``x``; every other byte stays."""
    table = bytearray(range(256))
    table[ord("#")] = ord("x")
    for byte in b"0123456789":
        table[byte] = ord("0")
    for byte in b":,[- \t\r\n":
        table[byte] = ord("#")
    return bytes(table)


_NUMBERS = _number_table()
#: A number of 19 digits or more, as ``_NUMBERS`` writes it (at the start: ``_LONG_START``).
_LONG_NUMBER = b"#" + b"0" * 19
_LONG_START = b"0" * 19


def _has_long_number(raw: bytes) -> bool:
    """Whether ``raw`` (a document, or lines of them) may hold an integer of 19 digits or more
    (which orjson would turn into a float beyond 64 bits): one ``translate``, one search."""
    shape = raw.translate(_NUMBERS)  # "\n" is white space: "#" before each line's start
    return _LONG_NUMBER in shape or shape.startswith(_LONG_START)


def _loads_orjson(data: str | bytes) -> Any:
    """``orjson.loads(data)``; what orjson refuses, and a document with an integer that orjson
    would turn into a float, ``json.loads`` decides (same values, same errors)."""
    try:
        raw = data.encode() if isinstance(data, str) else data
        if _has_long_number(raw):
            return _loads_stdlib(data)
        return _orjson_loads(raw)  # type: ignore[misc]  # set whenever this function is used
    except (ValueError, TypeError):  # orjson.JSONDecodeError is a ValueError; so is a lone surrogate
        return _loads_stdlib(data)


def _loads_utf8_orjson(raw: bytes) -> Any:
    """``_loads_orjson`` of UTF-8 bytes; what orjson refuses is decoded as text first, so that
    bytes that are not UTF-8 raise ``UnicodeDecodeError`` as a text file's would."""
    if not _has_long_number(raw):
        try:
            return _orjson_loads(raw)  # type: ignore[misc]  # set whenever this function is used
        except (ValueError, TypeError):
            pass
    return _loads_stdlib(raw.decode("utf-8"))


def _loads_utf8_stdlib(raw: bytes) -> Any:
    return _loads_stdlib(raw.decode("utf-8"))


def block_loads(block: bytes) -> Callable[[bytes], Any]:
    """A ``loads_utf8`` for the lines of ``block`` (whole lines of an NDJSON file, each ending in
    ``\\n`` but perhaps the last): orjson's own ``loads`` when orjson is in use and no line of
    the block has an integer that it would turn into a float (one test for the whole block),
    else ``loads_utf8``. Either gives ``loads_utf8``'s values; on an error, decode the line
    with ``loads_utf8`` for its error."""
    if FAST and not _has_long_number(block):
        return _orjson_loads  # type: ignore[return-value]  # set whenever FAST
    return loads_utf8


#: Decode one JSON document (``str`` or UTF-8 ``bytes``).
loads: Callable[[str | bytes], Any] = _loads_orjson if FAST else _loads_stdlib
#: Decode one JSON document of UTF-8 bytes, as ``loads(raw.decode("utf-8"))`` does.
loads_utf8: Callable[[bytes], Any] = _loads_utf8_orjson if FAST else _loads_utf8_stdlib


def use_orjson(enabled: bool) -> bool:
    """Turn orjson on (when installed) or off for ``loads``; return whether it is now in use.

    For tests and measurements: the client picks orjson by itself when it is installed.
    """
    global FAST, loads, loads_utf8
    FAST = enabled and _orjson_loads is not None
    loads = _loads_orjson if FAST else _loads_stdlib
    loads_utf8 = _loads_utf8_orjson if FAST else _loads_utf8_stdlib
    generated = sys.modules.get("ango_hub_api.types")
    if generated is not None:  # the generated parsers decode with it (see install_decoder)
        install_decoder(generated)
    return FAST


def install_decoder(types_module: Any) -> None:
    """Make the generated parsers (``ango_hub_api.types.decode_json``) decode with ``loads``."""
    types_module.decode_json = loads
