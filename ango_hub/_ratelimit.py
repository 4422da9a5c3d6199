"""A client-side limit on the request rate, shared by every thread using the client."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Spaces requests at least ``60 / requests_per_minute`` seconds apart.

    A smooth limit (no bursts) keeps a long paging job under the API's limit instead of
    running into 429 answers. ``acquire`` blocks the calling thread until its turn.
    """

    def __init__(
        self,
        requests_per_minute: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not requests_per_minute > 0:
            raise ValueError(f"requests_per_minute must be more than 0, got {requests_per_minute!r}")
        self.interval = 60.0 / requests_per_minute
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = clock()

    def reserve(self) -> float:
        """Take the next slot; return how long to wait for it (the caller sleeps).

        Thread-safe and never blocks, so ``AsyncClient`` can wait with ``asyncio.sleep``.
        """
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self.interval
        return max(start - now, 0.0)

    def acquire(self) -> float:
        """Wait for the next slot (blocking this thread); return how long this call waited."""
        wait = self.reserve()
        if wait > 0:
            self._sleep(wait)
        return wait
