"""``make bench``: every row, side by side, into docs/benchmarks.md (see bench/README.md).

    python -m bench.run                  # every row: docs/benchmarks.md and the README headline
    python -m bench.run --rows parsing,export --rounds 2   # some: bench/.cache/benchmarks-partial.md

Exit status 0 when every row ran, whether or not its targets were met (a miss is reported in
the document, with the profile that explains it); 1 when a benchmark crashed; 2 on bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from .context import Context
from .envs import (
    CACHE,
    CORE_PYTHON,
    HUB_PYTHON,
    REPO,
    SDK_PYTHON,
    Machine,
    describe_machine,
    load_average,
    log,
)
from .fixtures import prepare
from .report import RowResult, render, render_chart, update_readme
from .rows import (
    convert,
    export,
    footprint,
    imports,
    mock_factory,
    mock_workloads,
    paging,
    parsing,
    per_request,
    rate_limit,
    resume,
    uploads,
)

__all__ = ["ROWS", "main", "write_report"]

ROWS: dict[str, tuple[str, Callable[[Context], RowResult]]] = {
    "imports": ("Import and construct a client", imports.run),
    "per_request": ("Per request", per_request.run),
    "paging": ("Paging 20,000 tasks at 50 ms latency", paging.run),
    "rate_limit": ("Paging under a rate limit", rate_limit.run),
    "parsing": ("Parsing a page of 1,000 tasks", parsing.run),
    "export": ("Iterating a 200 MB NDJSON export", export.run),
    "footprint": ("Install footprint", footprint.run),
    "uploads": ("Uploading 1,000 small files", uploads.run),
    "mock": ("ango-hub only: the in-process mock", mock_workloads.run),
    "resume": ("A 40 MB export download dropped twice", resume.run),
    "convert": ("Converting a 200 MB NDJSON export", convert.run),
    "mock_factory": ("A fresh mock per test", mock_factory.run),
}

METHOD = """\
- **Processes.** Every sample is a fresh process: ango-hub and bare httpx run in the project's
  `.venv` (the import row: `.venv-core`, a core install with no extras), the official SDK in
  `.venv-sdk` (`make bench` creates both; `ango` is never installed into `.venv`). Times are taken
  inside the process with `time.perf_counter()` around the measured work only, after the imports
  and the construction of the client (but in the upload and mock rows `AsyncClient`, built inside
  its event loop, within the timing: loading its CA certificates takes 20-60 ms); the import row
  times the imports and the construction, and the whole process too.
  *Client CPU* is `time.process_time()` over the same span. Their environment is cleared of
  `PYTHON*`, `ANGO_*` and `VIRTUAL_ENV` variables (a `PYTHONDONTWRITEBYTECODE=1` would make every
  import compile again) and they run with `-P`, so the working directory shadows nothing.
- **Turns.** Contenders take turns (ango-hub, SDK, httpx, ango-hub, ...) for several rounds, so
  that a slow phase of the machine hits them alike; the tables give medians and min-max, ratios are
  ratios of medians.
- **Servers.** `bench/servers.py`: an asyncio server on 127.0.0.1 in a process of its own (it does
  not share the client's GIL), answering from memory with keep-alive; pages of tasks are built
  from the mock's annotated demo tasks when it starts. Its latency is counted from the request's
  head and met to within tens of microseconds (bench/README.md), its rate limit a fixed one-second
  window answered with `429` and `Retry-After: 1`.
- **Data.** `bench/fixtures.py` takes a project, the annotated tasks and the export records of the
  mock's demo organization through its HTTP API, and builds the 200 MB export archive once into
  `bench/.cache/` (rebuilt when the mock's records change).
- **Targets** are those of issue 11 (and, for the rate-limit and mock rows, the README's claims and
  the older benchmarks' budgets; for the conversion row, issue 20's). A miss does not fail
  `make bench`; for each one the script runs the ango-hub side again under cProfile (or
  `python -X importtime`, or tracemalloc) and puts the top of it in the row's section. Timing
  targets live here, never in the test suite.
- **Bounds.** Every process has a timeout (2 to 5 minutes) and is killed past it; a crash or a
  timeout makes `make bench` exit 1 after writing the report.
"""


def write_report(
    output: Path,
    results: list[RowResult],
    machine: Machine,
    *,
    duration: float,
    load_end: str,
    readme: Path | None = None,
) -> Path:
    """Write the report (``output``) and, beside it, the chart of the same figures
    (``output`` with ``.svg``: docs/benchmarks.svg), embedded in the report; with ``readme``,
    rewrite its headline block, the chart on top. Returns the chart's path."""
    output.parent.mkdir(parents=True, exist_ok=True)
    chart = output.with_suffix(".svg")
    chart.write_text(render_chart(results, machine), encoding="utf-8")
    output.write_text(
        render(machine, results, duration, METHOD, load_end, chart=chart.name), encoding="utf-8"
    )
    if readme is not None:
        shown = Path(os.path.relpath(chart, readme.parent)).as_posix()
        if not update_readme(readme, results, machine, chart=shown):
            log(f"bench: {readme.name} has no <!-- bench:start --> ... <!-- bench:end --> block; not updated")
    return chart


def main(argv: list[str] | None = None) -> int:
    """Run the rows; write the report; print the summary."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default=",".join(ROWS), help=f"comma-separated, of: {', '.join(ROWS)}")
    parser.add_argument(
        "--rounds", type=int, default=None, help="rounds of every row (default: each row's own)"
    )
    parser.add_argument(
        "--output", default=None, help="the report (default: docs/benchmarks.md for every row)"
    )
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.rows.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in ROWS]
    if unknown or not chosen:
        parser.error(f"unknown rows {unknown}; choose among {', '.join(ROWS)}")
    for python in (HUB_PYTHON, CORE_PYTHON, SDK_PYTHON):
        if not python.exists():
            parser.error(
                f"{python} is missing: run `make bench` (it creates .venv, .venv-core and .venv-sdk)"
            )
    complete = chosen == list(ROWS)
    output = REPO / "docs" / "benchmarks.md" if complete else CACHE / "benchmarks-partial.md"
    if args.output:
        output = REPO / args.output

    started = time.perf_counter()
    log("bench: the machine and the versions")
    machine = describe_machine()
    log("bench: fixtures from the mock's demo organization")
    ctx = Context(fixtures=prepare(), rounds_override=args.rounds)
    results: list[RowResult] = []
    crashed: list[str] = []
    for name in chosen:
        title, run = ROWS[name]
        log(f"bench: {title}")
        row_started = time.perf_counter()
        try:
            result = run(ctx)
        except Exception as exc:
            crashed.append(name)
            log(f"bench: {title} CRASHED: {exc}")
            result = RowResult(
                key=name, title=title, intro="", crash=f"{exc}\n\n{traceback.format_exc()}"[-6000:]
            )
        results.append(result)
        log(f"bench: {title}: {time.perf_counter() - row_started:.0f} s")
    duration = time.perf_counter() - started
    chart = write_report(
        output,
        results,
        machine,
        duration=duration,
        load_end=load_average(),
        readme=REPO / "README.md" if complete and not args.output and not crashed else None,
    )
    log(f"bench: report {output}, chart {chart}")
    targets = [target for row in results for target in row.targets]
    width = max((len(target.name) for target in targets), default=10)
    print(f"\n{'target':<{width}}  {'result':6}  measured (goal)")
    for target in targets:
        verdict = "pass" if target.passed else "MISS"
        print(f"{target.name:<{width}}  {verdict:6}  {target.measured} ({target.goal})")
    missed = sum(1 for target in targets if not target.passed)
    shown = output.relative_to(REPO) if output.resolve().is_relative_to(REPO) else output
    print(
        f"\n{len(targets) - missed} of {len(targets)} targets met; report: {shown}; {duration / 60:.1f} min"
    )
    if crashed:
        print(f"CRASHED: {', '.join(crashed)} (see the report)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
