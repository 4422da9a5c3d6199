"""``verify``: call the read-only operations of the spec with a client and check every answer.

Written once, in ``ango_hub/_async/_verify.py`` (``ango_hub.verify_async``, for the asyncio
client); ``ango_hub/_sync/_verify.py`` (``ango_hub.verify``) is derived from it by
``scripts/unasync.py``. The plan, the checks and the report are those of
``ango_hub.drift._run.VerifyRun``; this loop only hands its GET requests to the client's
public ``transfer``, each counted against the run's bound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ango_hub._errors import AngoHubError
from ango_hub.drift._run import DEFAULT_MAX_REQUESTS, VerifyProgress, VerifyRun, get_only

if TYPE_CHECKING:
    from ango_hub._async._client import AsyncClient
    from ango_hub.drift._report import DriftReport

__all__ = ["verify"]


async def verify(
    client: AsyncClient, *, max_requests: int = DEFAULT_MAX_REQUESTS, progress: VerifyProgress | None = None
) -> DriftReport:
    """Call every read-only operation of the spec with ``client`` and check the answers.

    >>> report = ango_hub.verify(hub)              # doctest: +SKIP
    >>> print(report.to_markdown())                # doctest: +SKIP

    ``ango_hub.verify`` takes a ``Client``; ``ango_hub.verify_async`` is the same for the
    asyncio client, awaited. Sends GET requests only, at most ``max_requests`` of them with
    the client's retries counted (a call retried twice is three requests), discovering IDs
    from the answers (the first project, its organization, its first task, ...). Each
    answer is checked against the spec: undeclared fields, enum values it does not list,
    other types, missing required fields, status codes it does not list. Returns a
    :class:`DriftReport`; raises no API error (a failed call ends the run and is reported).
    ``progress(sent, bound, operation_id)`` is called before each request (``ango-hub
    verify`` shows it on stderr: with the client's ``requests_per_minute`` a run takes a
    while).
    """
    run = VerifyRun(client.base_url, max_requests, client.redact)
    while (call := run.planner.next_call(run.budget.left)) is not None:
        request = get_only(call)
        if progress is not None:
            progress(run.budget.sent, max_requests, call.operation_id)
        try:
            response = await client.transfer(
                "GET", request["url"], params=request.get("params"), idempotent=True, budget=run.budget
            )
        except AngoHubError as exc:
            run.failed(call, exc)
            break
        if not run.answer(call, response):
            break
    return run.report()
