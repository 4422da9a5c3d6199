"""Row 1: import and construct a client in a fresh interpreter; ``ango-hub --help``.

ango-hub runs from its core install (``.venv-core``: httpx, attrs, python-dateutil; no dev or
mock extras on the path), the official SDK from ``.venv-sdk``. Each sample is a fresh
``python -P -c`` that times (``perf_counter``) the import and the construction, and reports
its peak RSS and number of loaded modules; the runner also times the whole process.
"""

from __future__ import annotations

from ..context import Context
from ..envs import CACHE, CORE_PYTHON, SDK_PYTHON
from ..profiles import importtime_summary
from ..report import Bar, RowResult, Target, fmt_ratio, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, Sample, round_robin, stats_of

__all__ = ["run"]

ROUNDS = 7
BASE_URL = "http://127.0.0.1:9/v2"
HUB = f'from ango_hub import Client\nClient(api_key="bench-key", base_url="{BASE_URL}")'
SDK = 'from imerit_ango.sdk import SDK\nSDK(api_key="bench-key", host="http://127.0.0.1:9")'
HTTPX = "import httpx\nhttpx.Client()"
CLI = 'import sys\nsys.argv = ["ango-hub", "--help"]\nfrom ango_hub.cli import main\nmain()'
#: Issue 11 asked for 0.75x the SDK's; bare ``import httpx; httpx.Client()`` alone takes
#: about 0.93x the SDK's time on the bench machine, so no httpx client can meet it: issue 23
#: replaced it with the bare-httpx target below, and the SDK comparison stays as "no slower".
IMPORT_TARGET = 1.0
#: Issue 23: import + construct within 5 % of bare ``import httpx; httpx.Client()``.
HTTPX_TARGET = 1.05
HELP_TARGET = 0.150


def probe(statements: str) -> str:
    """A program that times ``statements`` and prints seconds, peak RSS and modules as JSON."""
    return (
        "import time\n"
        "_started = time.perf_counter()\n"
        f"{statements}\n"
        "_seconds = time.perf_counter() - _started\n"
        "import sys\n"
        "_modules = len(sys.modules)\n"
        "import json\n"
        # VmHWM, not ru_maxrss: that keeps the parent's peak across fork and exec.
        "_rss = [int(l.split()[1]) / 1024 for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
        'print(json.dumps({"seconds": _seconds, "rss_mb": (_rss or [0])[0], "modules": _modules}))\n'
    )


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    contenders = [
        Contender("hub", "ango-hub `Client` (core install)", [str(CORE_PYTHON), "-P", "-c", probe(HUB)]),
        Contender("sdk", "official SDK `SDK`", [str(SDK_PYTHON), "-P", "-c", probe(SDK)]),
        Contender("httpx", "bare `httpx.Client()`", [str(CORE_PYTHON), "-P", "-c", probe(HTTPX)]),
        Contender(
            "python", "`python -c pass` (interpreter start-up)", [str(CORE_PYTHON), "-P", "-c", "pass"]
        ),
        Contender(
            "cli", "`ango-hub --help` (core install)", [str(CORE_PYTHON.parent / "ango-hub"), "--help"]
        ),
    ]

    def show(sample: Sample) -> str:
        inside = f"{fmt_time(sample.seconds)} inside, " if "seconds" in sample.result else ""
        return f"{inside}{fmt_time(sample.wall)} process"

    samples = round_robin("imports", contenders, rounds, warmup=True, show=show, cwd=CACHE)
    inside = {key: stats_of(samples[key]) for key in ("hub", "sdk", "httpx")}
    wall = {contender.key: stats_of(samples[contender.key], "wall") for contender in contenders}
    sdk_inside, sdk_wall = inside["sdk"].median, wall["sdk"].median

    lines = []
    for contender in contenders:
        key = contender.key
        measured = inside.get(key)
        modules = samples[key][0].result.get("modules")
        rss = stats_of(samples[key], "rss_mb").median if key in inside else None
        lines.append(
            [
                contender.label,
                fmt_time(measured.median) if measured else "",
                fmt_spread(measured) if measured else "",
                fmt_ratio(measured.median / sdk_inside) if measured else "",
                fmt_time(wall[key].median),
                fmt_spread(wall[key]),
                fmt_ratio(wall[key].median / sdk_wall) if key != "cli" else "",
                str(modules) if modules is not None else "",
                f"{rss:.0f} MB" if rss is not None else "",
            ]
        )
    ratio = inside["hub"].median / sdk_inside
    help_wall = wall["cli"].median
    import_target = Target(
        "import + construct `Client` (core install)",
        f"no slower than the official SDK's (<= {IMPORT_TARGET:.2f}x)",
        f"{fmt_ratio(ratio)} ({fmt_time(inside['hub'].median)} vs {fmt_time(sdk_inside)})",
        ratio <= IMPORT_TARGET,
    )
    httpx_ratio = inside["hub"].median / inside["httpx"].median
    httpx_target = Target(
        "import + construct `Client` (core install) vs bare httpx",
        f"<= {HTTPX_TARGET}x bare `import httpx; httpx.Client()` (issue 23)",
        f"{fmt_ratio(httpx_ratio)} ({fmt_time(inside['hub'].median)} vs {fmt_time(inside['httpx'].median)})",
        httpx_ratio <= HTTPX_TARGET,
    )
    help_target = Target(
        "`ango-hub --help`", f"<= {fmt_time(HELP_TARGET)}", fmt_time(help_wall), help_wall <= HELP_TARGET
    )
    if not import_target.passed:
        floor = inside["httpx"].median / sdk_inside
        note = ""
        if floor > IMPORT_TARGET:
            note = (
                f"Bare `import httpx; httpx.Client()` alone takes {fmt_ratio(floor)} the SDK's time here, "
                f"above the {IMPORT_TARGET}x target: no client that imports httpx by the time it is "
                f"constructed can meet it on this machine; ango-hub takes "
                f"{fmt_ratio(inside['hub'].median / inside['httpx'].median)} bare httpx's time. "
            )
        import_target.evidence = (
            f"{note}`python -X importtime` of the ango-hub probe:\n\n" + importtime_summary(CORE_PYTHON, HUB)
        )
    if not httpx_target.passed:
        httpx_target.evidence = (
            "`python -X importtime` of the ango-hub probe (what it imports beyond httpx is ango-hub's "
            "own core modules; see tests/client/test_lazy_imports.py):\n\n"
            + importtime_summary(CORE_PYTHON, HUB)
        )
    if not help_target.passed:
        help_target.evidence = "`python -X importtime` of `ango-hub --help`:\n\n" + importtime_summary(
            CORE_PYTHON, CLI
        )
    return RowResult(
        key="imports",
        title="Import and construct a client (fresh interpreter, core install)",
        intro=(
            "`from ango_hub import Client; Client(api_key=..., base_url=...)` in a virtualenv with the "
            "core install only, against `from imerit_ango.sdk import SDK; SDK(api_key=..., host=...)` "
            "and `import httpx; httpx.Client()`: a fresh `python -P -c` per sample, "
            f"{rounds_text(rounds)} (after one unrecorded warm-up that writes the bytecode caches). "
            "*Inside* is `perf_counter` around the import and the construction; *process* is the "
            "wall time of the whole process, interpreter start-up included."
        ),
        header=[
            "",
            "inside (median)",
            "min-max",
            "vs SDK",
            "process (median)",
            "min-max",
            "vs SDK",
            "modules loaded",
            "peak RSS",
        ],
        lines=lines,
        targets=[import_target, httpx_target, help_target],
        bars=[
            Bar("import + construct Client", ratio, "the official SDK", IMPORT_TARGET, import_target.passed),
            Bar("import + construct Client", httpx_ratio, "bare httpx", HTTPX_TARGET, httpx_target.passed),
        ],
        headline=[
            f"import + construct {fmt_ratio(ratio)} the SDK's time ({fmt_time(inside['hub'].median)} "
            f"vs {fmt_time(sdk_inside)}; {fmt_ratio(httpx_ratio)} bare httpx), "
            f"`ango-hub --help` {fmt_time(help_wall)}"
        ],
    )
