"""Paging through 20,000 tasks of the mock, sync and async, with and without concurrency.

Target: every configuration under 10 s on a 2-core machine (the mock shares the CPU).
"""

from __future__ import annotations

import asyncio
import sys

from _common import API_KEY, best_of, report, served_mock

from ango_hub import AsyncClient, Client

TASKS = 20_000
TARGET_SECONDS = 10.0


def main() -> int:
    rows = []
    with served_mock(tasks=TASKS) as (base_url, project_id):
        assert project_id is not None
        for concurrency in (1, 4):

            def sync_run(concurrency: int = concurrency) -> None:
                with Client(api_key=API_KEY, base_url=base_url) as hub:
                    count = sum(
                        1 for _ in hub.tasks.list(project_id, limit=1000, max_concurrency=concurrency)
                    )
                assert count == TASKS

            def async_run(concurrency: int = concurrency) -> None:
                async def go() -> int:
                    async with AsyncClient(api_key=API_KEY, base_url=base_url) as hub:
                        listing = hub.tasks.list(project_id, limit=1000, max_concurrency=concurrency)
                        return sum([1 async for _ in listing])

                assert asyncio.run(go()) == TASKS

            for name, run in (
                (f"sync, concurrency {concurrency}", sync_run),
                (f"async, concurrency {concurrency}", async_run),
            ):
                best, median = best_of(3, run)
                rows.append((f"20k tasks {name}", best, median, f"{TASKS / best:,.0f} tasks/s"))
    report(rows)
    slow = [name for name, best, _median, _note in rows if best > TARGET_SECONDS]
    if slow:
        print(f"over the {TARGET_SECONDS:.0f} s target: {slow}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
