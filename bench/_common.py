"""Shared helpers of the benchmarks: a served mock, timing, and a results table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ango_hub.mock import create_app, mock_state
from ango_hub.mock.loadtest import load_test_project_id
from ango_hub.mock.server import serve_in_thread

API_KEY = "bench-key"


@contextmanager
def served_mock(tasks: int | None = None) -> Iterator[tuple[str, str | None]]:
    """A demo mock (with a ``Load test`` project of ``tasks`` tasks): (base URL, its project ID)."""
    app = create_app(api_key=API_KEY, seed="demo", tasks=tasks)
    load = load_test_project_id(mock_state(app)) if tasks else None
    with serve_in_thread(app) as base_url:
        yield base_url, load


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """Run ``run`` ``repeat`` times: (best, median) seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def report(rows: list[tuple[str, float, float, str]]) -> None:
    """Print ``(name, best, median, note)`` rows as a table."""
    width = max(len(name) for name, *_ in rows)
    print(f"{'benchmark':<{width}}  {'best':>8}  {'median':>8}  note")
    for name, best, median, note in rows:
        print(f"{name:<{width}}  {best:8.3f}  {median:8.3f}  {note}")
