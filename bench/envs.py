"""Where things are: the repository, the cache, the three virtualenvs; the machine's description."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BENCH",
    "CACHE",
    "CORE_PYTHON",
    "HUB_PYTHON",
    "REPO",
    "SDK_PYTHON",
    "WORKERS",
    "Machine",
    "clean_env",
    "describe_machine",
    "load_average",
    "log",
]

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
#: Generated data (fixtures, the 200 MB export, fresh virtualenvs): gitignored.
CACHE = BENCH / ".cache"
WORKERS = BENCH / "workers"

#: ango-hub with its dev and mock extras (``make install``): the benchmarks' own interpreter.
HUB_PYTHON = REPO / ".venv" / "bin" / "python"
#: ango-hub's core install only (``pip install -e .``): imports and the command line.
CORE_PYTHON = REPO / ".venv-core" / "bin" / "python"
#: The official SDK, ``ango==1.4.10``, in a virtualenv of its own.
SDK_PYTHON = REPO / ".venv-sdk" / "bin" / "python"


def log(message: str) -> None:
    """Progress on stderr (stdout stays free for the summary)."""
    print(message, file=sys.stderr, flush=True)


def clean_env() -> dict[str, str]:
    """The environment of every measured process: no PYTHON* or ANGO_* settings leak in."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "ANGO_", "VIRTUAL_ENV"))
    }


@dataclass(frozen=True)
class Machine:
    """What the figures were measured on."""

    cpu: str
    cores: int
    memory_gb: float
    system: str
    python: str
    date: str
    commit: str
    versions: dict[str, str]
    #: The load averages (1, 5, 15 min) when the run started: other work on the machine.
    load: str


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return 0.0


def _commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (
        " (with uncommitted changes)" if git("status", "--porcelain", "--", "ango_hub", "generated") else ""
    )


def _versions(python: Path, packages: list[str]) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json, sys\n"
        "out = {}\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        out[name] = m.version(name)\n"
        "    except m.PackageNotFoundError:\n"
        "        out[name] = 'not installed'\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [str(python), "-P", "-c", code, *packages],
        capture_output=True,
        text=True,
        check=True,
        env=clean_env(),
    )
    versions: dict[str, str] = json.loads(done.stdout)
    return versions


def describe_machine() -> Machine:
    """The machine, the interpreter and the versions of the packages being compared."""
    core = _versions(CORE_PYTHON, ["ango-hub", "httpx", "httpcore", "attrs", "python-dateutil"])
    sdk = _versions(SDK_PYTHON, ["ango", "requests", "urllib3"])
    versions = {
        **{f"{name} (core install)": version for name, version in core.items()},
        **{f"{name} (official SDK venv)": version for name, version in sdk.items()},
    }
    return Machine(
        cpu=_cpu_model(),
        cores=os.cpu_count() or 1,
        memory_gb=_memory_gb(),
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        python=platform.python_version() + f" ({platform.python_implementation()})",
        date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        commit=_commit(),
        versions=versions,
        load=load_average(),
    )


def load_average() -> str:
    """``os.getloadavg()`` as text."""
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"
