"""Evidence for missed targets: a ``python -X importtime`` summary (cProfile runs in the workers)."""

from __future__ import annotations

import subprocess
from collections import defaultdict
from pathlib import Path

from .envs import CACHE, clean_env

__all__ = ["fenced", "importtime_summary"]


def fenced(text: str) -> str:
    """``text`` in a fenced code block."""
    return "```\n" + text.strip("\n") + "\n```"


def importtime_summary(python: Path, code: str, *, top: int = 10) -> str:
    """What ``python -X importtime -c code`` spends its import time on, as a fenced block:
    the ``top`` modules by cumulative time (a module's own time plus its imports') and the
    self time summed per top-level package."""
    done = subprocess.run(
        [str(python), "-P", "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=clean_env(),
        cwd=CACHE,
        check=False,
    )
    entries: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        # "import time:       123 |        456 |   package.module" (indented by depth)
        head, cumulative_us, name = line.split("|", 2)
        entries.append((int(head.removeprefix("import time:")), int(cumulative_us), name))
    if not entries:
        return fenced(f"no -X importtime output (exit status {done.returncode}):\n{done.stderr[-2000:]}")
    total = sum(self_us for self_us, _cumulative, _name in entries)
    by_cumulative = sorted(entries, key=lambda entry: entry[1], reverse=True)[:top]
    packages: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for self_us, _cumulative, name in entries:
        package = packages[name.strip().split(".")[0]]
        package[0] += self_us
        package[1] += 1
    by_package = sorted(packages.items(), key=lambda item: item[1][0], reverse=True)[:8]
    lines = [f"python -X importtime: {len(entries)} modules, {total / 1000:.0f} ms of imports in all", ""]
    lines.append(f"top {top} by cumulative time (ms)   module (indented by import depth)")
    lines += [f"{cumulative / 1000:10.1f}   {name.rstrip()}" for _self, cumulative, name in by_cumulative]
    lines += ["", "self time per top-level package (ms, modules)"]
    lines += [f"{us / 1000:10.1f}   {package} ({count})" for package, (us, count) in by_package]
    return fenced("\n".join(lines))
