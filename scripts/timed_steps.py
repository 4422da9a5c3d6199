#!/usr/bin/env python3
"""`make test`: run each step (a make target) in order, stop at the first failure, and end
with how long each took on this machine.

The README and CONTRIBUTING.md do not write down how long `make test` takes (a number that
was right on one machine and wrong on the next): this summary measures it, every run.

    python scripts/timed_steps.py lint typecheck unit
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02} s"


def main(steps: list[str]) -> int:
    make = os.environ.get("MAKE", "make")
    times: list[tuple[str, float]] = []
    started = time.monotonic()
    code = 0
    for step in steps:
        start = time.monotonic()
        code = subprocess.call([make, "--no-print-directory", step])
        times.append((step, time.monotonic() - start))
        if code != 0:
            break
    total = time.monotonic() - started
    shown = ", ".join(f"{step} {_duration(seconds)}" for step, seconds in times)
    outcome = "passed" if code == 0 else f"FAILED at {times[-1][0]}"
    print(f"\nmake test {outcome} in {_duration(total)} on {os.cpu_count()} CPUs ({shown})", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
