"""Row 4: paging while the server answers 429 (``Retry-After: 1``) beyond 20 requests a second."""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..envs import HUB_PYTHON, SDK_PYTHON
from ..report import RowResult, Target, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, Sample, round_robin, stats_of, worker
from ..servers import canned_server, reset_stats, server_stats

__all__ = ["run"]

ROUNDS = 3
TASKS = 10_000
LIMIT = 100
RATE = 20
CONCURRENCY = 8


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    fixtures = ctx.fixtures
    with canned_server(fixtures.templates, tasks=TASKS, rate_limit=RATE) as base_url:
        spec: dict[str, Any] = {
            "base_url": base_url,
            "project_id": fixtures.project_id,
            "limit": LIMIT,
            "expect_errors": True,
        }
        hub: dict[str, Any] = {**spec, "task": "paging_hub", "max_concurrency": 1}
        contenders = [
            Contender("hub", "ango-hub `Client`, defaults", worker(HUB_PYTHON, "hub", hub)),
            Contender(
                "sdk",
                "official SDK, loop over `get_tasks(page=...)`",
                worker(SDK_PYTHON, "sdk", {**spec, "task": "paging"}),
            ),
            Contender(
                "hub8",
                f"ango-hub `Client`, `max_concurrency={CONCURRENCY}`",
                worker(HUB_PYTHON, "hub", {**hub, "max_concurrency": CONCURRENCY}),
            ),
            Contender(
                "paced",
                f"ango-hub `Client`, `requests_per_minute={RATE * 60}`",
                worker(HUB_PYTHON, "hub", {**hub, "requests_per_minute": RATE * 60}),
            ),
        ]

        def show(sample: Sample) -> str:
            error = f", {sample.result['error'][:80]}" if sample.result.get("error") else ""
            return (
                f"{sample.seconds:.2f} s, {sample.result.get('items')} tasks, "
                f"{sample.result.get('rate_limited')} x 429{error}"
            )

        samples = round_robin(
            "rate limit",
            contenders,
            rounds,
            before=lambda _contender: reset_stats(base_url),
            after=lambda _contender: server_stats(base_url),
            show=show,
        )
    lines = []
    outcomes: dict[str, tuple[int, int]] = {}
    for contender in contenders:
        values = samples[contender.key]
        stats = stats_of(values)
        failed = sum(
            1 for sample in values if sample.result.get("error") or sample.result.get("items") != TASKS
        )
        outcomes[contender.key] = (failed, len(values))
        errors = sorted({str(sample.result["error"]) for sample in values if sample.result.get("error")})
        lines.append(
            [
                contender.label,
                fmt_time(stats.median),
                fmt_spread(stats),
                " / ".join(f"{int(sample.result.get('items', 0)):,}" for sample in values),
                f"{failed} of {len(values)}",
                " / ".join(str(sample.result.get("rate_limited", "?")) for sample in values),
                "; ".join(f"`{error[:160]}`" for error in errors) or "none",
            ]
        )
    failed, runs = outcomes["hub"]
    target = Target(
        "paging under a rate limit (README: 429 retried after `Retry-After`)",
        "ango-hub defaults finish every run",
        f"{runs - failed} of {runs} runs complete",
        failed == 0,
    )
    target.evidence = "" if target.passed else "See the errors in the table above."
    sdk_failed, sdk_runs = outcomes["sdk"]
    return RowResult(
        key="rate_limit",
        title=f"Paging under a rate limit ({RATE} requests a second, then 429)",
        intro=(
            f"The {TASKS:,} tasks of a project, {LIMIT} a page, from the canned server, which answers "
            f"`429` with `Retry-After: 1` (and a JSON error body) to every request beyond {RATE} in the "
            f"same second (a fixed one-second window; no added latency, so every client reaches the "
            f"limit). At least {TASKS / LIMIT / RATE:.0f} s are needed whatever the client. A fresh "
            f"process per sample, {rounds_text(rounds)}; the server's counters are reset before each one. "
            "*Failed runs*: the call raised to the caller, or fewer tasks than the total came back; "
            "*429 answers*: what the server refused (a client that retries sees them as waits)."
        ),
        header=[
            "",
            "time to finish (median)",
            "min-max",
            "tasks received (per run)",
            "failed runs",
            "429 answers (per run)",
            "errors raised",
        ],
        lines=lines,
        notes=[
            "The SDK does not retry: its `make_request` raises `Exception(response.text)` on any error "
            "status, so the user's loop stops at the first 429 unless they write their own retry.",
        ],
        targets=[target],
        headline=[
            f"under a {RATE} requests/s limit the SDK's loop failed {sdk_failed} of {sdk_runs} runs (at the "
            f"first 429), ango-hub {failed} of {runs}"
        ],
    )
