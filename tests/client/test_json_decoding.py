"""Answers are decoded by ``ango_hub._json.loads``: orjson with the ``fast`` extra, ``json.loads``
without it, with the same values and the same errors either way.

Each answer is served over real HTTP by a ``HostileServer`` (``tests/_hostile.py``) and read by
``Client`` and ``AsyncClient`` twice, with orjson in use and with it turned off
(``_json.use_orjson(False)``); what they return (or raise) must be the same. The bodies are
the corners where orjson and ``json`` differ: ``NaN`` and ``Infinity``, numbers beyond a double,
integers beyond 64 bits (which orjson would turn into floats), lone surrogates, a byte-order
mark, JSON that is not JSON.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from _async_bridge import client_for
from _hostile import CANARY, HostileServer, always, response

from ango_hub import APIResponseValidationError, APIStatusError, Client
from ango_hub import _json as ango_json

orjson = pytest.importorskip("orjson")

#: Integers beyond 64 bits (orjson would turn them into floats) and strings of digits that are
#: not numbers: orjson decodes this document, so its integers must be told apart beforehand.
BIG_INTS = (
    b'"big": 123456789012345678901234567890, "u64": 18446744073709551615, '
    b'"beyond_u64": 18446744073709551616, "i64": -9223372036854775808, '
    b'"below_i64": -9223372036854775809, "nested": [1, {"deep":\n 99999999999999999999}], '
    b'"id_digits": "be0c00000000000000000000", "text": "n: 12345678901234567890"'
)
#: What orjson refuses: the whole document is decoded by ``json.loads``.
REFUSED = (
    b'"nan": NaN, "inf": Infinity, "ninf": -Infinity, "huge_float": 1e400, "surrogate": "\\ud800", '
    b'"float": 0.1000000000000000055511151231257827, "big": 123456789012345678901234567890'
)


def project(fields: bytes) -> bytes:
    return b'{"status": "success", "data": {"project": {"_id": "p1", "name": "odd", ' + fields + b"}}}"


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def decoders() -> Iterator[Callable[[bool], bool]]:
    """``use_orjson``, restored after the test."""
    before = ango_json.FAST
    try:
        yield ango_json.use_orjson
    finally:
        ango_json.use_orjson(before)


def both_ways(
    flavour: str, decoders: Callable[[bool], bool], answer: bytes, call: Callable[[Client], Any]
) -> list[Any]:
    """What ``call`` returns (or the exception it raises) with orjson in use, then without."""
    outcomes: list[Any] = []
    with HostileServer(always(answer)) as server:
        for fast in (True, False):
            assert decoders(fast) is fast
            with client_for(flavour, api_key=CANARY, base_url=server.base_url, max_retries=0) as hub:
                try:
                    outcomes.append(call(hub))
                except Exception as exc:  # compared by the test, type and message
                    outcomes.append(exc)
    return outcomes


def test_integers_beyond_64_bits_read_the_same_with_and_without_orjson(
    flavour: str, decoders: Callable[[bool], bool]
) -> None:
    body = project(BIG_INTS)
    fast, plain = both_ways(flavour, decoders, response(200, body), lambda hub: hub.projects.get("p1"))
    assert repr(fast.to_dict()) == repr(plain.to_dict())
    extra = fast.additional_properties
    assert extra["big"] == 123456789012345678901234567890
    assert type(extra["big"]) is int
    assert type(extra["beyond_u64"]) is int
    assert type(extra["below_i64"]) is int
    assert extra["nested"][1]["deep"] == 99999999999999999999
    assert extra["id_digits"] == "be0c00000000000000000000"
    sent = json.loads(body)["data"]["project"]
    assert repr(extra) == repr({key: value for key, value in sent.items() if key in extra})


def test_what_orjson_refuses_reads_the_same_with_and_without_orjson(
    flavour: str, decoders: Callable[[bool], bool]
) -> None:
    body = project(REFUSED)
    fast, plain = both_ways(flavour, decoders, response(200, body), lambda hub: hub.projects.get("p1"))
    assert repr(fast.to_dict()) == repr(plain.to_dict())  # repr: NaN != NaN
    extra = fast.additional_properties
    assert math.isnan(extra["nan"])
    assert extra["inf"] == math.inf == extra["huge_float"]
    assert extra["ninf"] == -math.inf
    assert extra["surrogate"] == "\ud800"
    assert type(extra["big"]) is int
    sent = json.loads(body)["data"]["project"]
    assert repr(extra) == repr({key: value for key, value in sent.items() if key in extra})


def test_a_byte_order_mark_is_read_the_same_with_and_without_orjson(
    flavour: str, decoders: Callable[[bool], bool]
) -> None:
    body = b"\xef\xbb\xbf" + project(BIG_INTS)
    fast, plain = both_ways(flavour, decoders, response(200, body), lambda hub: hub.projects.get("p1"))
    assert fast.name == plain.name == "odd"
    assert repr(fast.to_dict()) == repr(plain.to_dict())


@pytest.mark.parametrize(
    "body",
    [b'{"status": "success", "data": {"project": {"_id": "p1",', b"", b"  ", b"[1,]", b'{"a": "\x00"}'],
    ids=["truncated", "empty", "blank", "trailing-comma", "control-character"],
)
def test_json_that_is_not_json_fails_the_same_with_and_without_orjson(
    flavour: str, decoders: Callable[[bool], bool], body: bytes
) -> None:
    fast, plain = both_ways(flavour, decoders, response(200, body), lambda hub: hub.projects.get("p1"))
    assert isinstance(fast, APIResponseValidationError)
    assert isinstance(plain, APIResponseValidationError)
    assert str(fast) == str(plain)
    assert type(fast.__cause__) is type(plain.__cause__) is json.JSONDecodeError
    assert str(fast.__cause__) == str(plain.__cause__)


def test_a_reported_failure_fails_the_same_with_and_without_orjson(
    flavour: str, decoders: Callable[[bool], bool]
) -> None:
    body = b'{"status": "fail", "message": "no such project", "n": 123456789012345678901234567890}'
    fast, plain = both_ways(flavour, decoders, response(200, body), lambda hub: hub.projects.get("p1"))
    assert type(fast) is type(plain) is APIStatusError
    assert str(fast) == str(plain)
    assert "no such project" in str(fast)


def test_the_generated_parsers_follow_use_orjson(decoders: Callable[[bool], bool]) -> None:
    import ango_hub_api.types
    from ango_hub._base_client import _parser_client

    _parser_client()  # what the client calls before its first parse
    decoders(True)
    assert ango_hub_api.types.decode_json is ango_json.loads is ango_json._loads_orjson
    decoders(False)
    assert ango_hub_api.types.decode_json is ango_json.loads is ango_json._loads_stdlib


@pytest.mark.parametrize(
    "text",
    [
        "18446744073709551616",
        "-9223372036854775809",
        "[0, 99999999999999999999]",
        '{"a":\n  12345678901234567890123}',
        '{"id": "00000000000000000000000", "n": 1}',
        "12345678901234567890.5",
        "1e400",
        "[NaN, -Infinity]",
        '"\\udc00"',
        "\ufeff[1]",
    ],
)
def test_loads_gives_what_json_loads_gives(decoders: Callable[[bool], bool], text: str) -> None:
    decoders(True)
    for data in (text, text.encode("utf-8", "surrogatepass")):
        try:
            expected = repr(json.loads(data))
        except ValueError as exc:
            expected = f"{type(exc).__name__}: {exc}"
        try:
            got = repr(ango_json.loads(data))
        except ValueError as exc:
            got = f"{type(exc).__name__}: {exc}"
        assert got == expected, data
