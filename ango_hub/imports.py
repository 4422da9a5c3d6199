"""The outcome of a bulk label import: one result per row, nothing dropped silently.

``hub.labels.import_(project_id, rows)`` sends the rows in chunks and returns an
:class:`ImportReport`. Each row ends in one of these states:

``imported``
    its chunk was accepted and the server counted every row of it.
``unconfirmed``
    its chunk was accepted but the server counted fewer rows than it held, without saying
    which (typically an external ID that matches no asset of the project).
``failed``
    the server refused the row (found by splitting a refused chunk until the bad rows are
    alone), or its chunk failed for another reason; ``error`` says why.
``not_sent``
    the import stopped (``on_error="raise"``) before its chunk was sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from ango_hub._errors import AngoHubError

RowStatus = Literal["imported", "unconfirmed", "failed", "not_sent"]
Row = TypeVar("Row")
#: Called with (rows done, rows in all) after each chunk.
ImportProgress = Callable[[int, int], None]


@dataclass
class ImportedRow:
    """What happened to one row of the import."""

    #: Position of the row in the list given to ``import_``.
    index: int
    #: The row's external ID (or data URL, or asset ID).
    key: str
    status: RowStatus
    #: Why the row failed or is unconfirmed.
    error: str | None = None


@dataclass
class ImportReport:
    """One :class:`ImportedRow` per row given, in order, and the requests it took."""

    rows: list[ImportedRow] = field(default_factory=list)
    #: Requests sent (chunks, and the halves of refused chunks).
    requests: int = 0

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def imported(self) -> int:
        """Rows the server confirmed."""
        return sum(1 for row in self.rows if row.status == "imported")

    def with_status(self, status: RowStatus) -> list[ImportedRow]:
        """The rows in this state, in order."""
        return [row for row in self.rows if row.status == status]

    @property
    def failed(self) -> list[ImportedRow]:
        return self.with_status("failed")

    @property
    def unconfirmed(self) -> list[ImportedRow]:
        return self.with_status("unconfirmed")

    @property
    def ok(self) -> bool:
        """Every row was imported and confirmed."""
        return all(row.status == "imported" for row in self.rows)

    def rows_to_retry(self, rows: Sequence[Row]) -> list[Row]:
        """The rows (of the list given to ``import_``) that were not confirmed, in order.

        After fixing what made them fail, or after a ``LabelImportError``, send them again:
        ``hub.labels.import_(project_id, report.rows_to_retry(rows))``.
        """
        if len(rows) != len(self.rows):
            raise ValueError(f"expected the {len(self.rows)} rows given to import_, got {len(rows)}")
        return [rows[row.index] for row in self.rows if row.status != "imported"]

    def summary(self) -> str:
        """For example ``"998 imported, 2 failed of 1000 rows in 3 requests"``."""
        counts = [
            f"{len(self.with_status(status))} {status.replace('_', ' ')}"
            for status in ("imported", "unconfirmed", "failed", "not_sent")
            if self.with_status(status) or status == "imported"
        ]
        return f"{', '.join(counts)} of {len(self.rows)} rows in {self.requests} requests"


class LabelImportError(AngoHubError):
    """A label import stopped on an error; ``report`` says what happened to every row."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report
