"""Row 11: converting a 200 MB NDJSON export (issue 20): each writer of ``ango_hub.convert``
against reading the same export typed down to every object; time and peak RSS."""

from __future__ import annotations

import importlib.util
from typing import Any

from ..context import Context
from ..envs import CACHE, HUB_PYTHON
from ..fixtures import CONVERT_PROJECT, prepare_convert
from ..profiles import fenced
from ..report import Bar, RowResult, Target, fmt_mb, fmt_ratio, fmt_spread, fmt_time, rounds_text
from ..runner import Contender, Stats, round_robin, run_once, stats_of, worker

__all__ = ["FORMATS", "run"]

ROUNDS = 3
TIME_TARGET = 1.5
RSS_TARGET_MB = 64.0
PROFILED_RECORDS = 10_000

#: The writers measured: ``how`` of the worker -> (its module, what the table calls it).
FORMATS: dict[str, tuple[str, str]] = {
    "coco": ("ango_hub.convert._coco", "`to_coco` (annotations.json)"),
    "yolo": ("ango_hub.convert._yolo", "`to_yolo` (detect: labels/<stem>.txt)"),
    "parquet": ("ango_hub.convert._parquet", "`to_parquet` (objects/, tasks/)"),
    "jsonl": ("ango_hub.convert._tables", "`to_jsonl` (objects.jsonl, tasks.jsonl)"),
}
TYPED = "ango-hub `read_export` + `export_tasks` + `task_answer` (every object)"
#: The formats that write a file per image, and the file-system floor measured for them.
FILE_PER_IMAGE = ("yolo",)
FLOOR = "file-system floor: as many files as images, of a label file's size (open, write, close)"


def _present(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def run(ctx: Context) -> RowResult:
    """Measure the row."""
    rounds = ctx.rounds(ROUNDS)
    fixtures = prepare_convert()
    scratch = CACHE / "convert-out"
    scratch.mkdir(parents=True, exist_ok=True)
    measured = [how for how, (module, _label) in FORMATS.items() if _present(module)]
    missing = [how for how in FORMATS if how not in measured]

    def spec(how: str, path: object, **extra: Any) -> dict[str, Any]:
        return {
            "task": "convert",
            "how": how,
            "path": str(path),
            "label_set": str(fixtures.label_set),
            "scratch": str(scratch),
            **extra,
        }

    labels = {"typed": TYPED, **{how: f"ango-hub {FORMATS[how][1]}" for how in measured}}
    floor = any(how in FILE_PER_IMAGE for how in measured)
    contenders: list[Contender] = []
    for how in ["typed", *measured]:
        contenders.append(
            Contender(
                how, labels[how], worker(HUB_PYTHON, "hub", spec(how, fixtures.export_zip)), timeout=300
            )
        )
        contenders.append(
            Contender(
                f"{how}-small",
                f"{labels[how]}, small export",
                worker(HUB_PYTHON, "hub", spec(how, fixtures.small_zip)),
                timeout=120,
            )
        )
        if how in FILE_PER_IMAGE:  # right after it: the disk in the same state, as far as can be
            contenders.append(
                Contender(
                    "files",
                    FLOOR,
                    worker(HUB_PYTHON, "hub", spec("files", "-", count=fixtures.records)),
                    timeout=300,
                )
            )
    samples = round_robin(
        "convert",
        contenders,
        rounds,
        show=lambda s: (
            f"{s.seconds:.2f} s, peak RSS {s.result.get('rss_mb', 0):.0f} MB, {s.result.get('items')} tasks"
        ),
    )
    for key, values in samples.items():
        expected = fixtures.small_records if key.endswith("-small") else fixtures.records
        for sample in values:
            if sample.result.get("items") != expected:
                raise RuntimeError(f"convert {key}: {sample.result.get('items')} tasks, expected {expected}")
    times = {key: stats_of(values) for key, values in samples.items()}
    peaks = {key: stats_of(values, "rss_mb") for key, values in samples.items()}
    typed = times["typed"].median
    targets: list[Target] = []
    for how in measured:
        ratio = times[how].median / typed
        targets.append(
            Target(
                f"200 MB NDJSON export to {how}: time",
                f"<= {TIME_TARGET}x the typed read",
                f"{fmt_ratio(ratio)} ({fmt_time(times[how].median)} vs {fmt_time(typed)})",
                ratio <= TIME_TARGET,
            )
        )
        above = peaks[how].maximum - peaks[f"{how}-small"].median
        targets.append(
            Target(
                f"200 MB NDJSON export to {how}: peak RSS",
                f"< {RSS_TARGET_MB:.0f} MB above the small export's",
                f"{_signed(above)} ({fmt_mb(peaks[how].maximum)}, largest of {len(peaks[how].values)} runs, "
                f"vs {fmt_mb(peaks[f'{how}-small'].median)})",
                above < RSS_TARGET_MB,
            )
        )
    for target, how in zip(targets[0::2], measured, strict=True):
        if not target.passed:
            profiled = run_once(
                Contender(
                    "profile",
                    f"{how} (cProfile)",
                    worker(
                        HUB_PYTHON,
                        "hub",
                        spec(how, fixtures.export_zip, profile=True, stop_after=PROFILED_RECORDS),
                    ),
                )
            )
            target.evidence = (
                f"cProfile of `to_{how}` over the first {PROFILED_RECORDS:,} records, top 10 by own time:\n\n"
                + fenced(str(profiled.result.get("profile", "")))
            )
    lines = [
        [
            labels[how],
            fmt_time(times[how].median),
            fmt_spread(times[how]),
            fmt_ratio(times[how].median / typed),
            _peak(peaks[how]),
            _peak(peaks[f"{how}-small"]),
            _signed(peaks[how].median - peaks[f"{how}-small"].median),
        ]
        for how in ["typed", *measured]
    ]
    if floor:
        lines.append(
            [
                FLOOR,
                fmt_time(times["files"].median),
                fmt_spread(times["files"]),
                fmt_ratio(times["files"].median / typed),
                _peak(peaks["files"]),
                "-",
                "-",
            ]
        )
    notes = [
        "The typed read is the baseline of issue 20: what a user's own converter needs at least "
        "(every record as an `ExportAsset`, every task's answer as a `TaskAnswer` and its objects).",
    ]
    for how, target in zip(measured, targets[0::2], strict=True):
        if floor and how in FILE_PER_IMAGE:
            files = times["files"].median
            sentence = (
                f"`to_{how}` writes a file per image: creating {fixtures.records:,} such files alone takes "
                f"{fmt_time(files)} (the file-system floor, median of the same rounds, "
                f"{fmt_ratio(files / typed)} the typed read). Past the first 1,000 they are created by a "
                f"writer process while the conversion goes on (two cores), so `to_{how}` takes at least "
                f"the longer of the two: {fmt_time(times[how].median)}, "
                f"{fmt_ratio(times[how].median / files)} the floor."
            )
            notes.append(sentence)
            if target.evidence:
                target.evidence = sentence + "\n\n" + target.evidence
    if missing:
        notes.append(
            "Not measured (the module is not in this tree): "
            + ", ".join(f"`to_{how}` ({FORMATS[how][0]})" for how in missing)
            + "."
        )
    slowest = max(measured, key=lambda how: times[how].median, default=None)
    headline = []
    if slowest is not None:
        worst_rss = max(peaks[how].median - peaks[f"{how}-small"].median for how in measured)
        headline.append(
            f"a 200 MB export converted ({', '.join(measured)}) in at most "
            f"{fmt_ratio(times[slowest].median / typed)} the time of reading it typed, "
            f"{worst_rss:+.0f} MB peak RSS over a small export"
        )
    return RowResult(
        key="convert",
        title="Converting a 200 MB NDJSON export",
        intro=" ".join(
            [
                f"An export archive (zip) holding `export.ndjson`: {fixtures.bytes / 1e6:.0f} MB,",
                f"{fixtures.records:,} records, {fixtures.zip_bytes / 1e6:.0f} MB compressed, built once",
                "into `bench/.cache/` as the export row's is: copies (with IDs of their own) of the",
                f"{fixtures.templates} export records of the demo's {CONVERT_PROJECT!r} project (boxes and",
                "polygons with a classification each, image sizes known, stage history included), with",
                "the project's label set. Each sample is a fresh process: the typed read, or",
                "`to_<format>(path, out, label_set=...)` into a fresh folder on the same disk (removed",
                "after the timing). The peak RSS is `VmHWM` after the work; the same command on a",
                f"small archive of the same records ({fixtures.small_bytes / 1e6:.0f} MB,",
                f"{fixtures.small_records:,} records) is its baseline, so imports and the interpreter",
                f"cancel out. {rounds_text(rounds)}.",
            ]
        ),
        header=[
            "",
            "time (median)",
            "min-max",
            "vs typed read",
            "peak RSS (median, min-max)",
            "small export",
            "above small",
        ],
        lines=lines,
        notes=notes,
        targets=targets,
        headline=headline,
        bars=[
            Bar(f"to_{how}", times[how].median / typed, "the typed read", TIME_TARGET, target.passed)
            for how, target in zip(measured, targets[0::2], strict=True)
        ],
    )


def _peak(stats: Stats) -> str:
    return f"{stats.median:.1f} MB ({stats.minimum:.1f}-{stats.maximum:.1f} MB)"


def _signed(megabytes: float) -> str:
    """``+12.3 MB``, ``-0.1 MB``."""
    return f"{megabytes:+.1f} MB"
