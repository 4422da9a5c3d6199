"""Sending many items in chunks with one outcome per item: label rows, cloud assets, files.

A chunk the server refuses (400, 409, 422: nothing was processed) is halved
until the refused items are alone, within a budget of requests. A 404 is isolated the same
way when the project exists (an external ID, an asset or a batch of a row that the project
does not have: the API answers 404 for a reference to nothing), which the first 404 of an
import asks once (``ImportTarget``); a 404 for the project itself ends the chunk, as it did.
Any other error ends the
chunk: its items are ``failed`` when the server cannot have processed them (a 4xx, a 429
after the retries, a refused connection) and ``unknown`` when it may have (a 5xx, a timeout
or a connection lost after sending, a 2xx answer the client cannot read), so that retrying
never creates duplicates unasked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal

import httpx

from ango_hub._errors import (
    AngoHubError,
    APIConnectionError,
    APIResponseValidationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    UnprocessableEntityError,
)
from ango_hub._validation import check_int
from ango_hub.import_reports import (
    BulkImportError,
    ImportedRow,
    ImportProgress,
    ImportReport,
    OutcomeCallback,
)

if TYPE_CHECKING:
    from ango_hub._async._client import AsyncClient

#: Requests a refused chunk may spend on finding its bad items (by halving it).
MAX_SPLIT_REQUESTS = 64

#: Sends the items at these indexes in one request; returns how many the server confirmed
#: (None when it does not say).
SendChunk = Callable[[list[int]], Awaitable[int | None]]
OnError = Literal["raise", "continue"]


class ImportTarget:
    """What a bulk import writes to (its project): whether it exists, asked on the first 404.

    A 404 may refuse some items (a row naming an external ID or a batch the project does not
    have) or the whole request (no such project). The first 404 of an import asks once, with
    one request counted in the report: if the project exists, 404s are items refused and
    are isolated like 400s; if it does not, or the question fails, a 404 ends its chunk.
    """

    def __init__(self, exists: Callable[[], Awaitable[bool]]) -> None:
        self._exists = exists
        self._known: bool | None = None

    async def refuses_items(self, report: ImportReport) -> bool:
        """Whether a 404 of this import refused items (the project exists)."""
        if self._known is None:
            report.requests += 1
            try:
                self._known = await self._exists()
            except AngoHubError:
                return False  # not known (asked again on the next 404): the chunk ends
        return self._known


def project_target(client: AsyncClient, project_id: str) -> ImportTarget:
    """The ``ImportTarget`` of an import into ``project_id`` (a ``get_project`` on the first 404)."""
    from ango_hub_api.operations import projects as project_ops

    async def exists() -> bool:
        try:
            await client._call(project_ops.get_project, project_id)
        except NotFoundError:
            return False
        return True

    return ImportTarget(exists)


def check_chunking(chunk_size: int, on_error: str) -> None:
    """``ValueError`` for a chunk size below 1 or an unknown ``on_error``."""
    check_int("chunk_size", chunk_size, minimum=1)
    if on_error not in ("raise", "continue"):
        raise ValueError(f'on_error must be "raise" or "continue", got {on_error!r}')


def maybe_processed(exc: AngoHubError) -> bool:
    """Whether the server may have processed a request that ended with ``exc``."""
    if isinstance(exc, InternalServerError | APIResponseValidationError):
        # A 5xx, or a 2xx the client cannot read (not JSON, cut short, undecodable).
        return True
    if isinstance(exc, APIConnectionError):
        return not isinstance(exc.__cause__, httpx.ConnectError | httpx.ConnectTimeout)
    return False


async def send_in_chunks(
    keys: list[str],
    send: SendChunk,
    *,
    chunk_size: int,
    on_error: OnError,
    progress: ImportProgress | None,
    what: str,
    error_class: type[BulkImportError] = BulkImportError,
    report: ImportReport | None = None,
    indexes: list[int] | None = None,
    on_outcome: OutcomeCallback | None = None,
    target: ImportTarget | None = None,
) -> ImportReport:
    """Send every item in chunks; the report has one outcome per item, in order.

    With ``report`` and ``indexes``, only the items at these indexes are sent (the others
    keep the outcome they have, ``skipped`` for example), and progress counts every row.
    With ``target``, a 404 is isolated like a 400 when the project exists (see
    ``ImportTarget``); without, it ends the chunk.
    """
    if report is None:
        report = new_report(keys)
    todo = list(range(len(keys))) if indexes is None else indexes
    for start in range(0, len(todo), chunk_size):
        chunk = todo[start : start + chunk_size]
        await send_chunk(
            send,
            chunk,
            report,
            on_error=on_error,
            what=what,
            error_class=error_class,
            on_outcome=on_outcome,
            target=target,
        )
        if progress is not None:
            # Every row has its outcome but those of the chunks still to send.
            progress(len(keys) - len(todo) + start + len(chunk), len(keys))
    return report


def new_report(keys: list[str]) -> ImportReport:
    """A report with one ``not_sent`` row per key."""
    return ImportReport(rows=[ImportedRow(index, key, "not_sent") for index, key in enumerate(keys)])


async def send_chunk(
    send: SendChunk,
    indexes: list[int],
    report: ImportReport,
    *,
    on_error: OnError,
    what: str,
    error_class: type[BulkImportError] = BulkImportError,
    on_outcome: OutcomeCallback | None = None,
    target: ImportTarget | None = None,
) -> None:
    """Send the items at ``indexes`` (one request, split when refused); record their outcomes
    (and hand each row to ``on_outcome`` once the chunk is settled).

    With ``on_error="raise"``, an error that ends the chunk raises ``error_class`` with the
    report. ``target``: as for :func:`send_in_chunks`.
    """
    try:
        await _send_chunk(send, indexes, report, [MAX_SPLIT_REQUESTS], target)
    except AngoHubError as exc:
        status: Literal["unknown", "failed"] = "unknown" if maybe_processed(exc) else "failed"
        for index in indexes:
            if report.rows[index].status == "not_sent":
                report.rows[index].status = status
                report.rows[index].error = str(exc)
        tell(on_outcome, report, indexes)
        if on_error == "raise":
            raise error_class(
                f"The {what} stopped at items {indexes[0]}-{indexes[-1]} ({exc}); "
                f"{report.summary()}. The error's report lists every item's outcome.",
                report,
            ) from exc
        return
    tell(on_outcome, report, indexes)


def tell(on_outcome: OutcomeCallback | None, report: ImportReport, indexes: list[int]) -> None:
    """Hand the rows at ``indexes`` that have an outcome to ``on_outcome`` (when given)."""
    if on_outcome is not None:
        for index in indexes:
            if report.rows[index].status != "not_sent":
                on_outcome(report.rows[index])


async def _send_chunk(
    send: SendChunk, indexes: list[int], report: ImportReport, budget: list[int], target: ImportTarget | None
) -> None:
    report.requests += 1
    try:
        confirmed = await send(indexes)
    except (BadRequestError, ConflictError, UnprocessableEntityError, NotFoundError) as exc:
        if isinstance(exc, NotFoundError) and (target is None or not await target.refuses_items(report)):
            raise
        if len(indexes) == 1 or budget[0] < 2:
            for index in indexes:
                report.rows[index].status = "failed"
                report.rows[index].error = (
                    exc.message
                    if len(indexes) == 1
                    else f"refused with its chunk of {len(indexes)} (not isolated): {exc.message}"
                )
            return
        budget[0] -= 2
        middle = len(indexes) // 2
        await _send_chunk(send, indexes[:middle], report, budget, target)
        await _send_chunk(send, indexes[middle:], report, budget, target)
        return
    complete = confirmed is None or confirmed >= len(indexes)
    for index in indexes:
        report.rows[index].status = "imported" if complete else "unconfirmed"
        if not complete:
            report.rows[index].error = (
                f"the server confirmed {confirmed} of the {len(indexes)} items sent with this one "
                "and did not say which"
            )
