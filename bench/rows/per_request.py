"""Row 2: 2,000 ``GET /v2/project/{id}`` in a row against the canned server (no added latency).

Each contender makes one call first, timed on its own ("first call": what a client imports or
sets up on first use, such as ango-hub's resource and models, about 0.1 s); the 2,000 calls
timed after it are the per-request cost the target is about.
"""

from __future__ import annotations

from ..context import Context
from ..envs import HUB_PYTHON, SDK_PYTHON
from ..profiles import fenced
from ..report import Bar, RowResult, Target, fmt_ratio, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, round_robin, run_once, stats_of, worker
from ..servers import canned_server

__all__ = ["run"]

ROUNDS = 7
REQUESTS = 2000
#: Issue 23 (issue 11 asked for 1.25x).
TARGET = 1.10


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    fixtures = ctx.fixtures
    with canned_server(fixtures.templates) as base_url:
        spec = {"base_url": base_url, "project_id": fixtures.project_id, "requests": REQUESTS}
        contenders = [
            Contender(
                "hub",
                "ango-hub `hub.projects.get(id)`",
                worker(HUB_PYTHON, "hub", {**spec, "task": "per_request_hub"}),
            ),
            Contender(
                "sdk",
                "official SDK `sdk.get_project(id)`",
                worker(SDK_PYTHON, "sdk", {**spec, "task": "per_request"}),
            ),
            Contender(
                "httpx",
                "bare httpx `client.get(url).json()`",
                worker(HUB_PYTHON, "hub", {**spec, "task": "per_request_httpx"}),
            ),
        ]
        samples = round_robin("per request", contenders, rounds)
        stats = {key: stats_of(values) for key, values in samples.items()}
        cpu = {key: stats_of(values, "cpu") for key, values in samples.items()}
        first = {key: stats_of(values, "first") for key, values in samples.items()}
        ratio = stats["hub"].median / stats["httpx"].median
        target = Target(
            f"per request ({REQUESTS:,} GETs)",
            f"<= {TARGET}x bare httpx",
            f"{fmt_ratio(ratio)} ({fmt_time(stats['hub'].median)} vs {fmt_time(stats['httpx'].median)})",
            ratio <= TARGET,
        )
        if not target.passed:
            profiled = run_once(
                Contender(
                    "profile",
                    "ango-hub (cProfile)",
                    worker(HUB_PYTHON, "hub", {**spec, "task": "per_request_hub", "profile": True}),
                )
            )
            target.evidence = (
                f"cProfile of the ango-hub loop ({REQUESTS:,} calls), top 10 by own time:\n\n"
                + fenced(str(profiled.result.get("profile", "")))
            )
    lines = [
        [
            contender.label,
            fmt_time(stats[contender.key].median),
            fmt_spread(stats[contender.key]),
            f"{stats[contender.key].median / REQUESTS * 1e6:.0f} µs",
            fmt_time(cpu[contender.key].median),
            fmt_time(first[contender.key].median),
            fmt_ratio(stats[contender.key].median / stats["httpx"].median),
            fmt_ratio(stats[contender.key].median / stats["sdk"].median),
        ]
        for contender in contenders
    ]
    sdk_ratio = stats["hub"].median / stats["sdk"].median
    return RowResult(
        key="per_request",
        title=f"Per request: {REQUESTS:,} `GET /v2/project/{{id}}` in a row",
        intro=(
            f"{REQUESTS:,} Get Project calls one after the other over one keep-alive connection to the "
            "canned server (a fixed 2 KB body of the mock's demo project, no added latency), in a "
            f"fresh process per sample, {rounds_text(rounds)}, after one call of each contender timed "
            "on its own (*first call*: what it imports or sets up on first use). ango-hub parses each "
            "answer into a `Project` model; the SDK and bare httpx return the decoded JSON."
        ),
        header=[
            "",
            "total (median)",
            "min-max",
            "per request",
            "client CPU",
            "first call",
            "vs bare httpx",
            "vs SDK",
        ],
        lines=lines,
        targets=[target],
        headline=[f"per request {fmt_ratio(ratio)} bare httpx ({fmt_ratio(sdk_ratio)} the SDK)"],
        bars=[
            Bar(f"{REQUESTS:,} GETs in a row", ratio, "bare httpx", TARGET, target.passed),
            Bar(f"{REQUESTS:,} GETs in a row", sdk_ratio, "the official SDK"),
        ],
    )
