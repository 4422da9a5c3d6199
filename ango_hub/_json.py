"""JSON decoding: orjson when the ``fast`` extra is installed, the standard library otherwise.

``loads`` is what the export readers call for every record. With ``pip install
'ango-hub[fast]'`` it decodes with orjson (about 2x faster than ``json.loads`` on export
records); without it, ``json.loads``. Both give the same values and the same errors: orjson
is stricter than ``json`` in a few corners (``NaN`` and ``Infinity``, integers beyond 64 bits,
lone surrogates, a byte-order mark), so whatever orjson refuses is decoded again by
``json.loads``, which either accepts it as it always has or raises its own
``json.JSONDecodeError`` with its own message.

Nothing else is configured here: ``FAST`` says which decoder is in use, and tests force the
fallback with ``use_orjson(False)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["FAST", "loads", "use_orjson"]

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


def _loads_orjson(data: str | bytes) -> Any:
    """``orjson.loads(data)``; what orjson refuses, ``json.loads`` decides (same values, same errors)."""
    try:
        return _orjson_loads(data)  # type: ignore[misc]  # set whenever this function is used
    except (ValueError, TypeError):  # orjson.JSONDecodeError is a ValueError
        return _loads_stdlib(data)


#: Decode one JSON document (``str`` or UTF-8 ``bytes``).
loads: Callable[[str | bytes], Any] = _loads_orjson if FAST else _loads_stdlib


def use_orjson(enabled: bool) -> bool:
    """Turn orjson on (when installed) or off for ``loads``; return whether it is now in use.

    For tests and measurements: the client picks orjson by itself when it is installed.
    """
    global FAST, loads
    FAST = enabled and _orjson_loads is not None
    loads = _loads_orjson if FAST else _loads_stdlib
    return FAST
