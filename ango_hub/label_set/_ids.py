"""Deterministic schema ids and colors for label-set entries that were not given any.

An id is a short SHA-256 hash of the entry's path of titles in the label set (for example
``tools / bounding-box / Vehicle / classifications / Color``), so it is the same on every run
and in every Python process (no ``random``, no ``uuid4``, no ``hash()`` salting), and it only
changes when the entry is renamed or moved.
"""

from __future__ import annotations

import hashlib

ID_LENGTH = 24
"""Length, in hex digits, of a generated schema id."""

_SEPARATOR = "\x1f"

# The Material Design 500 colors: the kind the Ango Hub label-set editor assigns
# (the documented examples use "#9c27b0", "#f44336" and "#03a9f4").
PALETTE: tuple[str, ...] = (
    "#f44336",
    "#e91e63",
    "#9c27b0",
    "#673ab7",
    "#3f51b5",
    "#2196f3",
    "#03a9f4",
    "#00bcd4",
    "#009688",
    "#4caf50",
    "#8bc34a",
    "#cddc39",
    "#ffc107",
    "#ff9800",
    "#ff5722",
    "#795548",
)


def _digest(path: tuple[str, ...]) -> str:
    return hashlib.sha256(_SEPARATOR.join(path).encode("utf-8")).hexdigest()


def derive_id(path: tuple[str, ...]) -> str:
    """The schema id of the entry at ``path`` (a tuple of kinds and titles)."""
    return _digest(path)[:ID_LENGTH]


def derive_color(path: tuple[str, ...]) -> str:
    """A palette color for the entry at ``path``, the same on every run."""
    return PALETTE[int(_digest(("color", *path))[:8], 16) % len(PALETTE)]
