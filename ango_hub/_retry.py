"""When to retry a request, and how long to wait before doing so."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY


def _retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The delay the server asked for (``retry-after-ms`` or ``Retry-After``), if any."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(value) if value.strip() else None
    if parsed is None:
        return None
    return parsed.timestamp() - time.time()


def retry_delay(
    attempt: int, headers: httpx.Headers | None = None, *, rand: Callable[[], float] = random.random
) -> float | None:
    """Seconds to wait before retry number ``attempt + 1``, or None to give up.

    A ``Retry-After`` (or ``retry-after-ms``) header from the server is honoured up to
    ``MAX_RETRY_AFTER`` seconds; a longer one means "give up". Otherwise the delay is
    exponential, ``INITIAL_RETRY_DELAY * 2**attempt`` capped at ``MAX_RETRY_DELAY``, minus
    up to 25 % jitter so that many clients do not retry in lockstep.
    """
    if headers is not None:
        asked = _retry_after_seconds(headers)
        if asked is not None:
            if asked > MAX_RETRY_AFTER:
                return None
            return max(asked, 0.0)
    base = min(INITIAL_RETRY_DELAY * float(2**attempt), MAX_RETRY_DELAY)
    return base * (1.0 - 0.25 * rand())
