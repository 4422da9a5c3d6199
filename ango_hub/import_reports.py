"""The outcome of a bulk import: one result per item, nothing dropped silently.

``hub.labels.import_`` (label rows), ``hub.assets.import_cloud_many`` (cloud assets) and
``hub.assets.upload_many`` (local files) send their items in chunks and return an
:class:`ImportReport`. Each item ("row") ends in one of these states:

``imported``
    its chunk was accepted and the server counted every item of it.
``unconfirmed``
    its chunk was accepted but the server counted fewer items than it held, without saying
    which (typically an external ID that matches no asset of the project).
``failed``
    the server refused the item (found by splitting a refused chunk until the bad items
    are alone), or its chunk failed in a way that means nothing was processed (a 4xx, a 429
    after the retries, a refused connection); ``error`` says why.
``unknown``
    its chunk failed in a way that means the server may have processed it (a 5xx, a timeout
    or a connection lost after sending): check before sending it again.
``not_sent``
    the import stopped (``on_error="raise"``) before its chunk was sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from ango_hub._errors import AngoHubError

__all__ = [
    "AssetImportError",
    "BulkImportError",
    "ImportProgress",
    "ImportReport",
    "ImportedRow",
    "LabelImportError",
    "RowStatus",
]

RowStatus = Literal["imported", "unconfirmed", "failed", "unknown", "not_sent"]
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
    #: Requests sent (chunks, and the parts of refused chunks).
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

    def rows_to_retry(self, rows: Sequence[Row], *, include_unknown: bool = False) -> list[Row]:
        """The items (of the list given to the import) to send again, in order.

        Those ``failed``, ``not_sent`` or ``unconfirmed``; with ``include_unknown=True``
        also those the server may have processed (safe for label rows, which replace a
        task's answer; for assets it may create duplicates). After fixing what made them
        fail, or after a ``BulkImportError``:
        ``hub.labels.import_(project_id, report.rows_to_retry(rows, include_unknown=True))``.
        """
        if len(rows) != len(self.rows):
            raise ValueError(f"expected the {len(self.rows)} items given to the import, got {len(rows)}")
        skipped = {"imported"} if include_unknown else {"imported", "unknown"}
        return [rows[row.index] for row in self.rows if row.status not in skipped]

    def summary(self) -> str:
        """For example ``"998 imported, 2 failed of 1000 rows in 3 requests"``."""
        counts = [
            f"{len(self.with_status(status))} {status.replace('_', ' ')}"
            for status in ("imported", "unconfirmed", "failed", "unknown", "not_sent")
            if self.with_status(status) or status == "imported"
        ]
        return f"{', '.join(counts)} of {len(self.rows)} rows in {self.requests} requests"


class BulkImportError(AngoHubError):
    """A bulk import stopped on an error; ``report`` says what happened to every item."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report


class LabelImportError(BulkImportError):
    """``hub.labels.import_`` stopped on an error; ``report`` has every row's outcome."""


class AssetImportError(BulkImportError):
    """``hub.assets.import_cloud_many`` or ``upload_many`` stopped on an error."""
