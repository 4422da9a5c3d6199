"""Row 8: ango-hub only, against the in-process mock: paging the Load test project, label imports.

These were the whole of ``make bench`` before the side-by-side rows; the mock shares the
client's process and CPU, so they measure the two together (no network, no latency).
"""

from __future__ import annotations

from ..context import Context
from ..envs import HUB_PYTHON
from ..report import RowResult, Target, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, Stats, round_robin, stats_of, worker

__all__ = ["run"]

ROUNDS = 2
TASKS = 20_000
ROWS = 5_000
TARGET = 10.0


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    contenders = [
        Contender(
            "paging",
            f"page {TASKS:,} tasks",
            worker(HUB_PYTHON, "hub", {"task": "mock_paging", "tasks": TASKS}),
            timeout=300,
        ),
        Contender(
            "import",
            f"{ROWS:,} label rows",
            worker(HUB_PYTHON, "hub", {"task": "label_import", "rows": ROWS}),
            timeout=300,
        ),
    ]
    samples = round_robin("mock", contenders, rounds)
    configs: dict[str, Stats] = {}
    for name in samples["paging"][0].result["configs"]:
        configs[name] = Stats.of([float(sample.result["configs"][name]) for sample in samples["paging"]])
    build, imported = stats_of(samples["import"], "build"), stats_of(samples["import"], "import")
    total = stats_of(samples["import"])
    lines = [
        [
            f"{TASKS:,} tasks, 1,000 a page, {name}",
            fmt_time(stats.median),
            fmt_spread(stats),
            f"{TASKS / stats.median:,.0f} tasks/s",
        ]
        for name, stats in configs.items()
    ]
    lines += [
        [f"build {ROWS:,} label import rows (builders)", fmt_time(build.median), fmt_spread(build), ""],
        [
            f"validate + import {ROWS:,} rows, chunks of 500",
            fmt_time(imported.median),
            fmt_spread(imported),
            f"{ROWS / imported.median:,.0f} rows/s",
        ],
    ]
    slowest = max(stats.median for stats in configs.values())
    return RowResult(
        key="mock",
        title="ango-hub only: the in-process mock",
        intro=(
            f'The mock (`create_app(seed="demo", tasks={TASKS})`, served in a thread of the same '
            f"process): every task of its Load test project, 1,000 a page, with `Client` and "
            f"`AsyncClient` at `max_concurrency` 1 and 4; and {ROWS:,} label import rows built with "
            f"the builders, validated against the label set and imported in chunks of 500. One fresh "
            f"process per sample, {rounds_text(rounds)}. Concurrency does not help here: the mock shares "
            "the client's CPU."
        ),
        header=["", "time (median)", "min-max", "rate"],
        lines=lines,
        targets=[
            Target(
                "mock: page 20k tasks (each configuration)",
                f"< {TARGET:.0f} s",
                fmt_time(slowest),
                slowest < TARGET,
            ),
            Target(
                "mock: build + import 5,000 label rows",
                f"< {TARGET:.0f} s",
                fmt_time(total.median),
                total.median < TARGET,
            ),
        ],
    )
