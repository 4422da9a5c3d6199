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
    """Run ``steps``; before the last one, print how long the others took.

    The last step's own output ends the run (pytest's summary line, with its own time): CI
    reads the test runner's closing line, so nothing is printed after it.
    """
    make = os.environ.get("MAKE", "make")
    times: list[tuple[str, float]] = []
    started = time.monotonic()
    for step in steps[:-1]:
        start = time.monotonic()
        code = subprocess.call([make, "--no-print-directory", step])
        times.append((step, time.monotonic() - start))
        if code != 0:
            shown = ", ".join(f"{name} {_duration(seconds)}" for name, seconds in times)
            print(
                f"\nmake test FAILED at {step} after {_duration(time.monotonic() - started)} ({shown})",
                flush=True,
            )
            return code
    shown = ", ".join(f"{name} {_duration(seconds)}" for name, seconds in times)
    if steps:
        print(
            f"\nmake test: {shown or 'no step'} in {_duration(time.monotonic() - started)} on "
            f"{os.cpu_count()} CPUs; now {steps[-1]} (its own last line gives its time)\n",
            flush=True,
        )
        return subprocess.call([make, "--no-print-directory", steps[-1]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
