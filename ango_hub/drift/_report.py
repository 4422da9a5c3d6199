"""The drift report: what ``verify`` called, what it found, what it skipped; as Markdown or JSON.

The report is made to be attached to an issue: it holds the API root, the path templates
of the requests (no IDs, no key), the status of each answer and the findings with short,
redacted examples; never a whole body.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Literal

from ango_hub._words import plural

from ._schema import KINDS, Finding

__all__ = ["EXIT_API", "EXIT_DRIFT", "EXIT_OK", "CallResult", "DriftReport", "Skipped"]

EXIT_OK, EXIT_DRIFT, EXIT_API = 0, 1, 3

Outcome = Literal["ok", "drift", "error", "failed", "refused"]


@dataclass(frozen=True, slots=True)
class CallResult:
    """One request of the run and how it ended."""

    operation_id: str
    #: ``GET /project/{projectId}/tasks?includeAnswer=true``: the template, no IDs.
    request: str
    #: The HTTP status (None: no answer came).
    status: int | None
    #: ``ok`` (as the spec says), ``drift`` (findings), ``error`` (an error status the spec
    #: lists, e.g. 404), ``refused`` (403: the key's role may not read it), ``failed``
    #: (no answer: network, timeout).
    outcome: Outcome
    #: What went wrong, for ``error``, ``refused`` and ``failed``.
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A GET operation of the spec that was not called, and why."""

    operation_id: str
    reason: str


@dataclass(frozen=True)
class DriftReport:
    """What ``ango_hub.verify`` found: the answers of the API against the spec."""

    #: The API root the requests went to.
    base_url: str
    #: The version of ango-hub (and so of the spec) the answers were checked against.
    version: str
    #: The request bound of the run (HTTP requests, retries included).
    max_requests: int
    #: The HTTP requests the run sent, retries included (an attempt that could not connect
    #: is not one); at most ``max_requests``, and at least one per call that got an answer.
    requests: int
    calls: tuple[CallResult, ...]
    #: Each (operation, path, kind) once, with how often it was seen.
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...]

    @property
    def ok(self) -> bool:
        """No finding: every answer matched the spec."""
        return not self.findings

    @property
    def complete(self) -> bool:
        """Every call got an answer the spec describes as a success or a refusal (no error)."""
        return all(call.outcome in {"ok", "drift", "refused"} for call in self.calls)

    @property
    def exit_code(self) -> int:
        """1 when an answer breaks the spec, else 3 when a call failed, else 0."""
        if self.findings:
            return EXIT_DRIFT
        return EXIT_OK if self.complete else EXIT_API

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "base_url": self.base_url,
            "ango_hub_version": self.version,
            "max_requests": self.max_requests,
            "requests": self.requests,
            "ok": self.ok,
            "exit_code": self.exit_code,
            "findings": [asdict(finding) for finding in self.findings],
            "calls": [asdict(call) for call in self.calls],
            "skipped": [asdict(skip) for skip in self.skipped],
        }

    def to_json(self) -> str:
        """The report as indented JSON."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_markdown(self) -> str:
        """The report as Markdown, to paste into an issue."""
        verdict = (
            "every answer matches the spec"
            if self.ok
            else f"{plural(len(self.findings), 'difference')} from the spec"
        )
        lines = [
            "## Ango Hub API drift report",
            "",
            f"ango-hub {self.version} against `{self.base_url}`: {plural(self.requests, 'GET request')} "
            f"(bound {self.max_requests}, retries included) for {plural(len(self.calls), 'call')}; "
            f"{verdict}.",
            "",
        ]
        if self.findings:
            lines += [
                "### Findings",
                "",
                "| Operation | Path | Kind | Expected | Example | Seen |",
                "| --- | --- | --- | --- | --- | --- |",
            ]
            lines += [
                "| "
                + " | ".join(
                    _cell(text)
                    for text in (
                        finding.operation_id,
                        f"`{finding.path}`" + (f" ({finding.schema})" if finding.schema else ""),
                        KINDS[finding.kind],
                        finding.expected,
                        "" if finding.example is None else f"`{finding.example}`",
                        str(finding.count),
                    )
                )
                + " |"
                for finding in self.findings
            ]
            lines.append("")
        lines += [
            "### Requests",
            "",
            "| Operation | Request | Status | Result |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {_cell(call.operation_id)} | `{_cell(call.request)}` | {call.status or '-'} | "
            f"{_cell(call.outcome + (f': {call.message}' if call.message else ''))} |"
            for call in self.calls
        ]
        lines.append("")
        if self.skipped:
            lines += ["### GET operations not called", "", "| Operation | Why |", "| --- | --- |"]
            lines += [f"| {_cell(skip.operation_id)} | {_cell(skip.reason)} |" for skip in self.skipped]
            lines.append("")
        return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
