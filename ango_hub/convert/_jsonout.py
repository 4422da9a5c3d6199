"""JSON for the writers: the bytes ``json.dumps`` writes, encoded by orjson when it can.

The converters' files are written as ``json.dumps`` writes them (UTF-8, non-ASCII as it is),
and a conversion writes one JSON text or more per object, so encoding is a large share of
its time. With the ``fast`` extra installed (and ``ango_hub._json.use_orjson`` not turned
off), a value that orjson writes exactly as ``json.dumps(value, ensure_ascii=False,
separators=(",", ":"))`` does is encoded by orjson, about ten times faster; the files are the
same byte for byte either way. The two agree on strings (every code point), integers up to
64 bits, ``true``/``false``/``null``, and floats but two kinds:

* a float below 1e-4 in magnitude (not 0): ``repr`` writes ``1e-05``, orjson ``0.00001``;
  :func:`compact` looks for orjson's forms in its output and encodes such a value again with
  the standard library (a string that merely looks like one costs that second encoding);
* NaN and the infinities, which orjson writes as ``null``: the writers check that the floats
  they computed are finite (``math.isfinite`` of their sum: a NaN or an infinity in it makes
  the sum one) and that answers hold only plain JSON (:func:`plain_answers`) before asking
  for orjson at all.

What orjson refuses (an integer beyond 64 bits, a key that is not a string, a lone
surrogate, a type it does not know) is encoded by the standard library, which writes it or
raises as it always has. ``ENCODE_FAST`` is False when orjson is not installed, or when the
installed version writes a float of an ordinary size differently from ``repr`` (checked once,
at import).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from ango_hub import _json

__all__ = ["ENCODE_FAST", "compact", "orjson_in_use", "plain_answers", "stdlib_compact"]

_orjson_dumps: Callable[[Any], bytes] | None
try:
    import orjson
except ImportError:  # the core install
    _orjson_dumps = None
else:
    _orjson_dumps = orjson.dumps

#: orjson's forms of a float below 1e-4 in magnitude: ``1e-7``, ``4.5e-6``, ``0.00001``.
_TINY = re.compile(rb"[0-9]e-|(?<![0-9])0\.0000")

#: Floats of ordinary sizes (and the edges where ``repr`` turns to an exponent) that orjson
#: must write as ``repr`` does for it to be used at all.
_PROBES: tuple[float, ...] = (
    0.0,
    -0.0,
    1.0,
    -2.5,
    0.1,
    0.30000000000000004,
    1 / 3,
    1e-4,
    -1.2345e-4,
    0.00012345678901234567,
    19131.239999999998,
    1591.3000000000002,
    123456.789,
    1e15,
    9007199254740993.0,
    9999999999999998.0,
    1e16,
    -1.2345e16,
    1.2345678901234568e17,
    1e21,
    1e22,
    1.7976931348623157e308,
)


def stdlib_compact(value: Any, *, allow_nan: bool = True) -> str:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=allow_nan)``."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=allow_nan)


def _orjson_agrees() -> bool:
    if _orjson_dumps is None:
        return False
    text = 'ü\u2028\x00\x1f\x7f"\\/'  # escapes and characters written as they are
    samples: list[Any] = [*_PROBES, {text: [text, 1, None, True, False, -(2**63), 2**64 - 1]}]
    try:
        return all(_orjson_dumps(sample) == stdlib_compact(sample).encode() for sample in samples)
    except (TypeError, ValueError):
        return False


#: Whether orjson is installed and writes what ``json.dumps`` writes (see the module's docstring).
ENCODE_FAST: bool = _orjson_agrees()


def orjson_in_use() -> bool:
    """Whether a conversion started now encodes with orjson: it is installed, agrees with the
    standard library, and ``ango_hub._json`` decodes with it (``use_orjson(False)`` turns both off)."""
    return ENCODE_FAST and _json.FAST


def compact(value: Any, *, allow_nan: bool = True) -> bytes:
    """The UTF-8 bytes of :func:`stdlib_compact`, by orjson when it writes the same.

    Only for values whose floats are finite and whose other values are plain JSON (see the
    module's docstring): the caller checks that, this checks the small floats.
    """
    assert _orjson_dumps is not None
    try:
        data = _orjson_dumps(value)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return stdlib_compact(value, allow_nan=allow_nan).encode("utf-8")
    if (b"e-" in data or b"0.0000" in data) and _TINY.search(data) is not None:
        return stdlib_compact(value, allow_nan=allow_nan).encode("utf-8")
    return data


def _plain(value: Any) -> bool:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return math.isfinite(value)
    if kind is list or kind is tuple:
        return all(_plain(item) for item in value)
    if kind is dict:
        return all(type(key) is str and _plain(item) for key, item in value.items())
    return False


def plain_answers(answers: dict[str, Any]) -> bool:
    """True when the values of ``answers`` (a row's ``attributes``) are plain JSON that orjson
    writes as ``json.dumps`` does: strings, numbers (finite floats), booleans, null, and
    lists and dicts (string keys) of them; anything else (a NaN, an object of another type
    from a record built in Python) takes the standard library."""
    for value in answers.values():  # noqa: SIM110  (a loop: no generator for the usual one or two)
        if type(value) is not str and not _plain(value):
            return False
    return True
