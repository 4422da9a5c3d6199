"""Row 5: parsing one page of 1,000 tasks with answers, typed against ``json.loads``."""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..envs import HUB_PYTHON
from ..profiles import fenced
from ..report import Bar, RowResult, Target, fmt_ratio, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, round_robin, run_once, stats_of, worker

__all__ = ["run"]

ROUNDS = 5
REPEAT = 10
#: Issue 23 (issue 11 asked for 2.5x).
TARGET = 2.0


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    body = ctx.fixtures.page_1000
    spec: dict[str, Any] = {"task": "parse", "body": str(body), "repeat": REPEAT}
    contenders = [
        Contender("json", "`json.loads(body)`", worker(HUB_PYTHON, "hub", {**spec, "how": "json"})),
        Contender(
            "typed",
            "`TaskListResponse.from_dict(json.loads(body))` (the models ango-hub returns)",
            worker(HUB_PYTHON, "hub", {**spec, "how": "typed"}),
        ),
        Contender(
            "list_page",
            "ango-hub `hub.tasks.list_page(...)` over `httpx.MockTransport`",
            worker(HUB_PYTHON, "hub", {**spec, "how": "list_page"}),
        ),
        Contender(
            "httpx",
            "bare httpx `client.get(...).json()` over the same transport",
            worker(HUB_PYTHON, "hub", {**spec, "how": "httpx"}),
        ),
    ]
    samples = round_robin("parsing", contenders, rounds)
    stats = {key: stats_of(values) for key, values in samples.items()}
    base = stats["json"].median
    size = int(samples["json"][0].result.get("bytes", 0))
    ratio = stats["typed"].median / base
    target = Target(
        "typed parse of a 1,000-task page",
        f"<= {TARGET}x `json.loads` of the same bytes (issue 23)",
        f"{fmt_ratio(ratio)} ({fmt_time(stats['typed'].median)} vs {fmt_time(base)})",
        ratio <= TARGET,
    )
    if not target.passed:
        profiled = run_once(
            Contender(
                "profile",
                "typed (cProfile)",
                worker(HUB_PYTHON, "hub", {**spec, "how": "typed", "profile": True}),
            )
        )
        target.evidence = "cProfile of five typed parses of the page, top 10 by own time:\n\n" + fenced(
            str(profiled.result.get("profile", ""))
        )
    lines = [
        [
            contender.label,
            fmt_time(stats[contender.key].median),
            fmt_spread(stats[contender.key]),
            f"{stats[contender.key].median / 1000 * 1e6:.0f} µs",
            fmt_ratio(stats[contender.key].median / base),
        ]
        for contender in contenders
    ]
    return RowResult(
        key="parsing",
        title="Parsing a page of 1,000 tasks with answers",
        intro=(
            f"One page of 1,000 annotated tasks ({size / 1e6:.1f} MB; boxes, polygons, NER spans and "
            "nested classifications, from the mock's demo tasks), parsed in memory. Each sample is a "
            f"fresh process that parses the page {REPEAT} times after two warm-ups and reports the "
            "best time (the parse's own cost, least disturbed by other work on the machine); "
            f"{rounds_text(rounds)}. The typed parse is what `tasks.list_page` does to a body (its "
            "response model); `list_page` over `httpx.MockTransport` is the whole call without a "
            "network, against bare httpx over the same transport."
        ),
        header=["", "time (median)", "min-max", "per task", "vs json.loads"],
        lines=lines,
        targets=[target],
        headline=[f"parsing a 1,000-task page {fmt_ratio(ratio)} `json.loads`"],
        bars=[Bar("typed parse of the page", ratio, "`json.loads`", TARGET, target.passed)],
    )
