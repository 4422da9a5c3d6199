"""The state of a ``verify`` run: the plan, the answers checked so far, the request bound.

``verify`` itself is written once, in ``ango_hub/_async/_verify.py`` (``verify_async``), and
derived for ``Client`` (``ango_hub/_sync/_verify.py``, ``verify``); both drive a
:class:`VerifyRun`. Only GET requests leave a run: :func:`get_only` refuses anything else in
the one place that hands requests to the client, whatever the plan says. The client's
pipeline (its public ``transfer``) does the rest: retries (a 429 included, after its
``Retry-After``), ``requests_per_minute`` spacing, timeouts, and no key in any error. Every
call of a run shares one ``RequestBudget`` of ``max_requests``: the bound is on HTTP
requests, retries included, not on calls, and the report's count is what the budget says
was sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ango_hub._base_client import RequestBudget
from ango_hub._errors import AngoHubError
from ango_hub._validation import check_int
from ango_hub._version import __version__

from ._plan import Call, Planner
from ._report import CallResult, DriftReport, Outcome, Skipped
from ._schema import Finding, count, spec_answers

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_MAX_REQUESTS", "NotAReadError", "VerifyProgress", "VerifyRun", "get_only"]

#: Called before each request with (requests sent so far, the bound, the operation's ID).
VerifyProgress = Callable[[int, int, str], None]

#: How many HTTP requests (retries included) ``verify`` sends at most, unless told otherwise.
DEFAULT_MAX_REQUESTS = 50


class NotAReadError(RuntimeError):
    """``verify`` was about to send something else than a GET (a bug: nothing was sent)."""


def get_only(call: Call) -> dict[str, Any]:
    """The httpx arguments of ``call``; ``NotAReadError`` unless it is a plain GET."""
    request = call.request()
    if str(request.get("method", "")).upper() != "GET" or set(request) - {"method", "url", "params"}:
        raise NotAReadError(
            f"verify sends GET requests only, and was about to send {request.get('method')!r} for "
            f"{call.operation_id}: nothing was sent. Please report this as a bug of ango-hub."
        )
    return request


def _get_operation_ids() -> list[str]:
    from ango_hub_api.operations import OPERATIONS_BY_TAG

    operations = spec_answers().operations
    return [
        operation_id
        for ids in OPERATIONS_BY_TAG.values()
        for operation_id in ids
        if operations[operation_id]["method"] == "GET"
    ]


class VerifyRun:
    """The state of one run: the plan, the results so far, and how to keep the key out of them."""

    def __init__(self, base_url: str, max_requests: int, redact: Callable[[str], str]) -> None:
        check_int("max_requests", max_requests, minimum=1)
        self.base_url = base_url
        self.max_requests = max_requests
        #: Spent by every attempt of every call of the run (retries included).
        self.budget = RequestBudget(max_requests)
        self.planner = Planner(spec_answers().operations, _get_operation_ids(), max_requests)
        self.calls: list[CallResult] = []
        self.findings: list[Finding] = []
        #: The client's ``redact``: its API key out of a text.
        self._redact = redact

    def scrub(self, text: str | None) -> str | None:
        """``text`` without the client's API key (None stays None)."""
        return None if text is None else self._redact(text)

    def failed(self, call: Call, exc: AngoHubError) -> None:
        """No answer came (or it could not be read): the run stops here."""
        self.calls.append(CallResult(call.operation_id, call.label, None, "failed", self.scrub(str(exc))))
        self.planner.stop(f"the run stopped after {call.operation_id} failed")

    def answer(self, call: Call, response: httpx.Response) -> bool:
        """Check an answer; False when the run cannot go on (the key was refused)."""
        from ango_hub._error_text import error_message

        status = response.status_code
        content_type = response.headers.get("content-type", "")
        findings = spec_answers().check(call.operation_id, status, content_type, response.content)
        body: Any = None
        if "json" in content_type:
            try:
                body = response.json()
            except ValueError:
                body = None
        message = None
        outcome: Outcome
        if isinstance(body, dict) and body.get("status") in {"fail", "error"} and status < 300:
            # A failure reported with a success status (the API does this): not the success body.
            findings, outcome = [], "error"
            message = error_message(response)
        elif findings:
            outcome = "drift"
        elif status == 403:
            outcome, message = "refused", error_message(response)
        elif status >= 300:
            outcome, message = "error", error_message(response)
        else:
            outcome = "ok"
        self.findings += findings
        self.calls.append(CallResult(call.operation_id, call.label, status, outcome, self.scrub(message)))
        self.planner.record(call, status, body)
        if status == 401:
            self.planner.stop("the API key was refused (401)")
        return status != 401

    def report(self) -> DriftReport:
        """The report of the run so far (``DriftReport``)."""
        skipped = dict(self.planner.skipped)
        for call in self.planner.not_sent:
            skipped.setdefault(call.operation_id, f"the request bound ({self.max_requests}) was reached")
        findings = [replace(finding, example=self.scrub(finding.example)) for finding in count(self.findings)]
        return DriftReport(
            base_url=self.base_url,
            version=__version__,
            max_requests=self.max_requests,
            requests=self.budget.sent,
            calls=tuple(self.calls),
            findings=tuple(findings),
            skipped=tuple(Skipped(op, reason) for op, reason in skipped.items()),
        )
