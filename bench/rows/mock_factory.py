"""Row: a fresh mock per test (the pytest plugin's ``ango_mock_factory``) against one shared mock.

Each sample is a fresh process running a pytest session of 30 generated tests (``pytest.main``
with the ``ango_hub.testing`` plugin): each test reads a page of projects and a page of tasks
of the demo organization with a new ``mock.client()``, from a mock of its own
(``ango_mock_factory()``) or from the session's (``ango_mock``). Seconds per test are taken
from the first test's setup to the last one's teardown (session fixtures included), divided
by the number of tests.
"""

from __future__ import annotations

from ..context import Context
from ..envs import HUB_PYTHON
from ..profiles import fenced
from ..report import Bar, RowResult, Target, fmt_ratio, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, round_robin, run_once, stats_of, worker

__all__ = ["run"]

ROUNDS = 5
TESTS = 30
#: Issue 23: a fresh mock per test costs at most this much a test.
TARGET = 0.05


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    contenders = [
        Contender(
            how,
            label,
            worker(HUB_PYTHON, "hub", {"task": "mock_factory_suite", "how": how, "tests": TESTS}),
            timeout=180,
        )
        for how, label in (
            ("fresh", "a fresh mock per test (`ango_mock_factory()`)"),
            ("shared", "one mock for the session (`ango_mock`)"),
        )
    ]
    samples = round_robin("mock factory", contenders, rounds, warmup=True)
    per_test = {key: stats_of(values) for key, values in samples.items()}
    fresh, shared = per_test["fresh"].median, per_test["shared"].median
    target = Target(
        f"a fresh mock per test ({TESTS} tests)",
        f"<= {TARGET:g} s a test (issue 23)",
        f"{fmt_time(fresh)} a test (one shared mock: {fmt_time(shared)})",
        fresh <= TARGET,
    )
    if not target.passed:
        profiled = run_once(
            Contender(
                "profile",
                "fresh mocks (cProfile)",
                worker(
                    HUB_PYTHON,
                    "hub",
                    {"task": "mock_factory_suite", "how": "fresh", "tests": TESTS, "profile": True},
                ),
                timeout=180,
            )
        )
        target.evidence = (
            f"cProfile of the pytest session of {TESTS} tests with a fresh mock each, top 10 by own "
            "time:\n\n" + fenced(str(profiled.result.get("profile", "")))
        )
    lines = [
        [
            contender.label,
            fmt_time(per_test[contender.key].median),
            fmt_spread(per_test[contender.key]),
            fmt_time(stats_of(samples[contender.key], "span").median),
            fmt_ratio(per_test[contender.key].median / shared),
        ]
        for contender in contenders
    ]
    return RowResult(
        key="mock_factory",
        title=f"A fresh mock per test: {TESTS} pytest tests",
        intro=(
            f"A pytest session of {TESTS} generated tests in a fresh process (`pytest.main` with the "
            "`ango_hub.testing` plugin), each reading a page of projects and a page of tasks of the demo "
            "organization with a new `mock.client()`: from a mock of its own (`ango_mock_factory()`, "
            "the demo seed built for each test) or from the session's `ango_mock`. Seconds per test from "
            "the first test's setup to the last one's teardown (session fixtures, and the mock's first "
            f"imports, included), over {TESTS}; {rounds_text(rounds)} after a warm-up. The factory's "
            "mocks are served by one event loop for the session (`MockHost`), each on a port of its own."
        ),
        header=["", "per test (median)", "min-max", f"{TESTS} tests", "vs one shared mock"],
        lines=lines,
        targets=[target],
        headline=[f"a fresh mock per test {fmt_time(fresh)} a test ({fmt_time(shared)} sharing one)"],
        bars=[Bar("a fresh mock per test", fresh / shared, "one shared mock", None, target.passed)],
    )
