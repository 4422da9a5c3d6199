"""Round-robin runs of fresh processes, and the statistics of their samples.

Every sample is one fresh process (a worker of bench/workers/, or a ``python -c`` probe), so
that no contender inherits another's warm caches, imports or heap; contenders take turns
(A, B, C, A, B, C, ...) so that a slow phase of the machine hits them alike.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .envs import REPO, WORKERS, clean_env, log

__all__ = [
    "BenchmarkError",
    "Contender",
    "Sample",
    "Stats",
    "round_robin",
    "run_once",
    "stats_of",
    "worker",
]

Json = dict[str, Any]


class BenchmarkError(RuntimeError):
    """A measured process failed, timed out or printed no result."""


@dataclass(frozen=True)
class Contender:
    """One side of a comparison: a label and the command of one sample."""

    key: str
    label: str
    command: list[str]
    #: Seconds before the sample is killed (and the run reported as crashed).
    timeout: float = 120.0


def worker(python: Path, name: str, spec: Json) -> list[str]:
    """The command that runs ``bench/workers/<name>.py`` with ``spec`` under ``python``."""
    return [str(python), "-P", str(WORKERS / f"{name}.py"), json.dumps(spec)]


@dataclass(frozen=True)
class Sample:
    """What one process reported (its last line of output, as JSON) and its wall time."""

    result: Json
    wall: float

    @property
    def seconds(self) -> float:
        """The time measured inside the process (or the wall time, when it reports none)."""
        return float(self.result.get("seconds", self.wall))


def run_once(contender: Contender, *, cwd: Path = REPO) -> Sample:
    """Run one sample of ``contender``; raise ``BenchmarkError`` if it fails."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            contender.command,
            capture_output=True,
            text=True,
            timeout=contender.timeout,
            env=clean_env(),
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchmarkError(f"{contender.label}: killed after {contender.timeout:.0f} s") from exc
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise BenchmarkError(
            f"{contender.label}: exit status {done.returncode}\n{done.stderr.strip()[-3000:]}"
        )
    lines = done.stdout.strip().splitlines()
    if not lines:
        return Sample({}, wall)
    try:
        result = json.loads(lines[-1])
    except ValueError:
        result = {"output": lines[-1]}
    if not isinstance(result, dict):
        result = {"output": result}
    return Sample(result, wall)


def round_robin(
    row: str,
    contenders: Sequence[Contender],
    rounds: int,
    *,
    warmup: bool = False,
    before: Callable[[Contender], None] | None = None,
    after: Callable[[Contender], Json] | None = None,
    show: Callable[[Sample], str] | None = None,
    cwd: Path = REPO,
) -> dict[str, list[Sample]]:
    """``rounds`` samples of each contender, taking turns; progress on stderr.

    ``warmup`` runs each contender once first, unrecorded (it compiles the bytecode caches);
    ``before`` runs before each sample, and what ``after`` returns is added to its result.
    """
    samples: dict[str, list[Sample]] = {contender.key: [] for contender in contenders}
    if warmup:
        for contender in contenders:
            run_once(contender, cwd=cwd)
    for number in range(1, rounds + 1):
        for contender in contenders:
            if before is not None:
                before(contender)
            sample = run_once(contender, cwd=cwd)
            if after is not None:
                sample = Sample({**sample.result, **after(contender)}, sample.wall)
            samples[contender.key].append(sample)
            shown = show(sample) if show else f"{sample.seconds:.3f} s"
            log(f"  [{row}] round {number}/{rounds}  {contender.label}: {shown}")
    return samples


@dataclass(frozen=True)
class Stats:
    """Median and spread of a list of values."""

    values: tuple[float, ...] = field(default_factory=tuple)

    @classmethod
    def of(cls, values: Sequence[float]) -> Stats:
        """The statistics of ``values`` (at least one)."""
        if not values:
            raise ValueError("no values")
        return cls(tuple(values))

    @property
    def median(self) -> float:
        """The median."""
        return statistics.median(self.values)

    @property
    def minimum(self) -> float:
        """The smallest value."""
        return min(self.values)

    @property
    def maximum(self) -> float:
        """The largest value."""
        return max(self.values)

    def iqr(self) -> tuple[float, float]:
        """The first and third quartiles (the extremes with fewer than 4 values)."""
        if len(self.values) < 4:
            return self.minimum, self.maximum
        q1, _q2, q3 = statistics.quantiles(self.values, n=4, method="inclusive")
        return q1, q3


def stats_of(samples: Sequence[Sample], key: str = "seconds") -> Stats:
    """The statistics of one number that every sample reports."""
    return Stats.of([float(sample.result[key]) if key != "wall" else sample.wall for sample in samples])
