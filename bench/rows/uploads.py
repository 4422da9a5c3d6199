"""Row: upload 1,000 small local files (direct to storage), ango-hub against the SDK and httpx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..context import Context
from ..envs import CACHE, HUB_PYTHON, SDK_PYTHON
from ..report import Bar, RowResult, Target, fmt_ratio, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, round_robin, stats_of, worker
from ..servers import canned_server, reset_stats, server_stats

__all__ = ["run"]

ROUNDS = 3
FILES = 1_000
FILE_BYTES = 2_048
LATENCY = 0.005
CONCURRENCY = 8
SEQUENTIAL_TARGET = 1.10
CONCURRENT_TARGET = 4.0


def _folder() -> Path:
    """``FILES`` files of ``FILE_BYTES`` bytes each in the cache (made once)."""
    folder = CACHE / f"uploads-{FILES}x{FILE_BYTES}"
    if len(list(folder.glob("*.bin"))) != FILES:
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(FILES):
            line = f"file {index:05d} ".encode()
            (folder / f"file-{index:05d}.bin").write_bytes(
                (line * (FILE_BYTES // len(line) + 1))[:FILE_BYTES]
            )
    return folder


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    fixtures = ctx.fixtures
    folder = _folder()
    with canned_server(fixtures.templates, latency=LATENCY) as base_url:
        spec: dict[str, Any] = {
            "base_url": base_url,
            "project_id": fixtures.project_id,
            "folder": str(folder),
        }
        hub: dict[str, Any] = {**spec, "task": "upload_hub"}
        contenders = [
            Contender(
                "hub",
                '`Client`, `upload_many(method="direct", max_concurrency=1)`',
                worker(HUB_PYTHON, "hub", {**hub, "max_concurrency": 1}),
            ),
            Contender(
                "sdk",
                "official SDK, `upload_files(project, paths)`",
                worker(SDK_PYTHON, "sdk", {**spec, "task": "upload"}),
            ),
            Contender(
                "httpx",
                "bare httpx: URL, PUT, one file at a time; one import",
                worker(HUB_PYTHON, "hub", {**spec, "task": "upload_httpx"}),
            ),
            Contender(
                "hub8",
                f"`Client`, `max_concurrency={CONCURRENCY}`",
                worker(HUB_PYTHON, "hub", {**hub, "max_concurrency": CONCURRENCY}),
            ),
            Contender(
                "async8",
                f"`AsyncClient`, `max_concurrency={CONCURRENCY}`",
                worker(HUB_PYTHON, "hub", {**hub, "max_concurrency": CONCURRENCY, "async": True}),
            ),
        ]
        samples = round_robin(
            "uploads",
            contenders,
            rounds,
            before=lambda contender: reset_stats(base_url),
            after=lambda contender: server_stats(base_url),
            show=lambda sample: (
                f"{sample.seconds:.2f} s, {sample.result.get('stored')} stored, "
                f"{sample.result.get('imported')} imported, {sample.result.get('requests')} API requests"
            ),
        )
    for key, values in samples.items():
        for sample in values:
            stored, imported = sample.result.get("stored"), sample.result.get("imported")
            if (
                stored != FILES
                or imported != FILES
                or sample.result.get("stored_bytes") != FILES * FILE_BYTES
            ):
                raise RuntimeError(
                    f"uploads {key}: {stored} files stored, {imported} imported, expected {FILES}"
                )
    stats = {key: stats_of(values) for key, values in samples.items()}
    cpu = {key: stats_of(values, "cpu") for key, values in samples.items()}
    requests = {key: int(values[0].result.get("requests", 0)) for key, values in samples.items()}
    sdk = stats["sdk"].median
    sequential = stats["hub"].median / sdk
    targets = [
        Target(
            f"uploading {FILES:,} files, one at a time",
            f"no slower than the SDK's `upload_files` (<= {SEQUENTIAL_TARGET:.2f}x)",
            f"{fmt_ratio(sequential)} ({fmt_time(stats['hub'].median)} vs {fmt_time(sdk)})",
            sequential <= SEQUENTIAL_TARGET,
        )
    ]
    for key, name in (("hub8", "`Client`"), ("async8", "`AsyncClient`")):
        speedup = sdk / stats[key].median
        targets.append(
            Target(
                f"uploading, `max_concurrency={CONCURRENCY}` ({name})",
                f">= {CONCURRENT_TARGET:.0f}x faster than the SDK's `upload_files`",
                f"{speedup:.2f}x faster ({fmt_time(stats[key].median)} vs {fmt_time(sdk)})",
                speedup >= CONCURRENT_TARGET,
            )
        )
    lines = [
        [
            contender.label,
            fmt_time(stats[contender.key].median),
            fmt_spread(stats[contender.key]),
            fmt_time(cpu[contender.key].median),
            str(requests[contender.key]),
            fmt_ratio(stats[contender.key].median / sdk),
        ]
        for contender in contenders
    ]
    return RowResult(
        key="uploads",
        title=f"Uploading {FILES:,} small files, {LATENCY * 1000:.0f} ms latency",
        intro=(
            f"{FILES:,} local files of {FILE_BYTES:,} bytes as assets, the way the official SDK sends them: "
            "per file a presigned URL (`getUploadUrl`) and a `PUT` of the file to it, then cloud imports. "
            f"The canned server waits {LATENCY * 1000:.0f} ms before each API answer and each `PUT`, and "
            "counts the files stored and the assets imported (every sample must store and import all "
            f'{FILES:,}). ango-hub: `upload_many(project_id, paths, method="direct")` (its skip check, '
            "one request for an empty project, and one import per 20 files included); the SDK: "
            "`upload_files(project_id, paths)` (one import of all); bare httpx: the same three steps, "
            f"one file at a time. A fresh process per sample, {rounds_text(rounds)}. The waits alone "
            f"take {2 * FILES * LATENCY:.0f} s one file at a time."
        ),
        header=["", "time (median)", "min-max", "client CPU", "API requests", "vs SDK (time)"],
        lines=lines,
        targets=targets,
        bars=[
            Bar("one at a time", sequential, "the official SDK", SEQUENTIAL_TARGET, targets[0].passed),
            *(
                Bar(
                    f"max_concurrency={CONCURRENCY} ({name})",
                    stats[key].median / sdk,
                    "the official SDK",
                    1 / CONCURRENT_TARGET,
                    target.passed,
                )
                for (key, name), target in zip(
                    (("hub8", "`Client`"), ("async8", "`AsyncClient`")), targets[1:], strict=True
                )
            ),
        ],
        headline=[
            f"uploading 1,000 files: {fmt_ratio(sequential)} the SDK's time one at a time, "
            f"{sdk / stats['hub8'].median:.1f}x faster with `max_concurrency=8`"
        ],
    )
