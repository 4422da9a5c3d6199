"""When to retry a request, and how long to wait before doing so."""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import random
import time
from collections.abc import Callable

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY


def _seconds(value: str, scale: float = 1.0) -> float | None:
    """A delay in seconds from a header value; None when it is not a usable number."""
    try:
        seconds = float(value) * scale
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) or seconds > 0 else None


def _retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The delay the server asked for (``retry-after-ms`` or ``Retry-After``), if it is usable.

    Seconds or an HTTP date. Anything else (a word, ``nan``, a negative number or a date in
    the past) is no delay at all: None, and the caller falls back to its own backoff. A
    huge value (``inf``, a year 9999 date) is returned as it is, for the caller to refuse.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        asked = _seconds(millis, 0.001)
        if asked is not None and asked >= 0:
            return asked
    value = headers.get("retry-after")
    if value is None or not value.strip():
        return None
    asked = _seconds(value)
    if asked is None:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:  # "-0000": UTC, as RFC 5322 says
            when = when.replace(tzinfo=dt.UTC)
        asked = when.timestamp() - time.time()
    return asked if asked >= 0 else None


def retry_delay(
    attempt: int, headers: httpx.Headers | None = None, *, rand: Callable[[], float] = random.random
) -> float | None:
    """Seconds to wait before retry number ``attempt + 1``, or None to give up.

    A ``Retry-After`` (or ``retry-after-ms``) header from the server is honoured up to
    ``MAX_RETRY_AFTER`` seconds; a longer one means "give up". One that is not a usable
    delay (unparseable, ``nan``, negative, a date in the past) is ignored. Otherwise the
    delay is exponential, ``INITIAL_RETRY_DELAY * 2**attempt`` capped at ``MAX_RETRY_DELAY``,
    minus up to 25 % jitter so that many clients do not retry in lockstep. Every delay
    returned is finite, from 0 to ``MAX_RETRY_AFTER``.
    """
    if headers is not None:
        asked = _retry_after_seconds(headers)
        if asked is not None:
            if asked > MAX_RETRY_AFTER:
                return None
            return asked
    base = min(INITIAL_RETRY_DELAY * float(2 ** min(attempt, 32)), MAX_RETRY_DELAY)
    return base * (1.0 - 0.25 * min(max(rand(), 0.0), 1.0))
