"""What every row is given: the fixtures and the number of rounds."""

from __future__ import annotations

from dataclasses import dataclass

from .fixtures import Fixtures

__all__ = ["Context"]


@dataclass(frozen=True)
class Context:
    """The fixtures, and ``--rounds`` when given (else each row's own number of rounds)."""

    fixtures: Fixtures
    rounds_override: int | None = None

    def rounds(self, default: int) -> int:
        """The number of rounds of a row whose default is ``default``."""
        return self.rounds_override or default
