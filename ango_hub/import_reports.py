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
``skipped``
    nothing was sent for it: ``upload_many`` (with ``skip_existing=True``, the default)
    found an asset of the project with its external ID already (a re-run of the same
    upload). It counts as done: ``ok`` accepts it and ``rows_to_retry`` leaves it out.

Read the outcome by state: the list properties (``imported_rows``, ``failed``,
``unconfirmed``, ``unknown``, ``not_sent``, ``skipped``) hold the rows in that state, and
``counts`` (or ``count(status)``) the numbers, for example::

    report = hub.assets.upload_many(project_id, ["images/"], on_error="continue")
    print(report.summary())            # "180 imported, 20 skipped of 200 rows in 382 requests"
    for row in report.failed:
        print(row.key, row.error)
    assert report.counts["imported"] + report.counts["skipped"] == len(report)

``report.imported`` is still the number of imported rows, but deprecated: use
``report.count("imported")`` (or ``len(report.imported_rows)``); a future version makes
``imported`` the list, like the other states.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar, get_args

from ango_hub._errors import AngoHubError
from ango_hub._words import plural

__all__ = [
    "AssetImportError",
    "BulkImportError",
    "ImportProgress",
    "ImportReport",
    "ImportedRow",
    "LabelImportError",
    "OutcomeCallback",
    "RowStatus",
]

RowStatus = Literal["imported", "unconfirmed", "failed", "unknown", "not_sent", "skipped"]
#: Every state, in the order summaries list them.
_STATUSES: tuple[RowStatus, ...] = get_args(RowStatus)
#: The states that need nothing more: the item is in the project.
_DONE: frozenset[str] = frozenset({"imported", "skipped"})
Row = TypeVar("Row")
#: Called with (rows done, rows in all) as rows reach their outcome (after each chunk, or
#: each file of a direct upload).
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
        """Deprecated: the number of imported rows; use ``count("imported")`` or ``imported_rows``.

        A future version makes ``imported`` the list of imported rows, like ``failed``.
        """
        warnings.warn(
            "ImportReport.imported is a count, unlike .failed and the other states, which are "
            'lists; use report.count("imported") (or len(report.imported_rows)). A future '
            "version makes .imported the list of rows.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.count("imported")

    def with_status(self, status: RowStatus) -> list[ImportedRow]:
        """The rows in this state, in order."""
        return [row for row in self.rows if row.status == status]

    def count(self, status: RowStatus) -> int:
        """How many rows are in this state."""
        if status not in _STATUSES:
            raise ValueError(f"status must be one of {', '.join(_STATUSES)}, got {status!r}")
        return sum(1 for row in self.rows if row.status == status)

    @property
    def counts(self) -> dict[RowStatus, int]:
        """The number of rows in each state (every state, zeros included)."""
        counts: dict[RowStatus, int] = dict.fromkeys(_STATUSES, 0)
        for row in self.rows:
            counts[row.status] += 1
        return counts

    @property
    def imported_rows(self) -> list[ImportedRow]:
        """The rows the server confirmed."""
        return self.with_status("imported")

    @property
    def failed(self) -> list[ImportedRow]:
        """The rows the server refused, or that could not be sent."""
        return self.with_status("failed")

    @property
    def unconfirmed(self) -> list[ImportedRow]:
        """The rows of accepted chunks the server did not count in full."""
        return self.with_status("unconfirmed")

    @property
    def unknown(self) -> list[ImportedRow]:
        """The rows the server may have processed (check before sending them again)."""
        return self.with_status("unknown")

    @property
    def not_sent(self) -> list[ImportedRow]:
        """The rows never sent, because the import stopped first."""
        return self.with_status("not_sent")

    @property
    def skipped(self) -> list[ImportedRow]:
        """The rows found in the project already (nothing was sent for them)."""
        return self.with_status("skipped")

    @property
    def ok(self) -> bool:
        """Every row was imported and confirmed, or skipped (already in the project)."""
        return all(row.status in _DONE for row in self.rows)

    def rows_to_retry(self, rows: Sequence[Row], *, include_unknown: bool = False) -> list[Row]:
        """The items (of the list given to the import) to send again, in order.

        Those ``failed``, ``not_sent`` or ``unconfirmed`` (never ``skipped``); with ``include_unknown=True``
        also those the server may have processed (safe for label rows, which replace a
        task's answer; for assets it may create duplicates). After fixing what made them
        fail, or after a ``BulkImportError``:
        ``hub.labels.import_(project_id, report.rows_to_retry(rows, include_unknown=True))``.
        """
        if len(rows) != len(self.rows):
            raise ValueError(f"expected the {len(self.rows)} items given to the import, got {len(rows)}")
        settled = _DONE if include_unknown else _DONE | {"unknown"}
        return [rows[row.index] for row in self.rows if row.status not in settled]

    def summary(self) -> str:
        """For example ``"998 imported, 2 failed of 1000 rows in 3 requests"``."""
        counts = self.counts
        parts = [
            f"{counts[status]} {status.replace('_', ' ')}"
            for status in _STATUSES
            if counts[status] or status == "imported"
        ]
        rows, requests = plural(len(self.rows), "row"), plural(self.requests, "request")
        return f"{', '.join(parts)} of {rows} in {requests}"


#: Called with each row as it reaches its outcome (``upload_many``'s ``on_outcome=``): once per
#: row, in the order the outcomes land (a chunk's rows together), never for ``not_sent``.
OutcomeCallback = Callable[[ImportedRow], None]


class BulkImportError(AngoHubError):
    """A bulk import stopped on an error; ``report`` says what happened to every item."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report


class LabelImportError(BulkImportError):
    """``hub.labels.import_`` stopped on an error; ``report`` has every row's outcome."""


class AssetImportError(BulkImportError):
    """``hub.assets.import_cloud_many`` or ``upload_many`` stopped on an error."""
