"""Counts in words, for messages and reports: ``"1 row"``, ``"2 rows"``, ``"3 entries"``."""

from __future__ import annotations

__all__ = ["plural"]


def plural(count: int, noun: str, many: str | None = None, *, grouped: bool = False) -> str:
    """``count`` and ``noun`` (or ``many``, default ``noun + "s"``, when ``count`` is not 1);
    ``grouped`` writes thousands with commas (``"1,051 requests"``)."""
    number = f"{count:,}" if grouped else str(count)
    return f"{number} {noun if count == 1 else many or noun + 's'}"
