#!/usr/bin/env python3
"""Peak memory of ``to_parquet`` on a generated NDJSON export (not a test: no timing or
memory assertion belongs in the suite).

    .venv/bin/python scripts/measure_parquet_memory.py [--size-mb 50] [--keep DIR]

Writes a realistic export (one record per task with its stage history, boxes, polygons,
segmentations with holes, rotated boxes, points, answers; a fifth of the images without a
size) of about ``--size-mb`` megabytes, and a small one of 20 records, then converts each in
a fresh process and prints the peak RSS of each process (``ru_maxrss``) and the peak of
Python allocations during the conversion (``tracemalloc``, in a second run: it slows the
conversion down and takes memory of its own), for ``to_parquet`` with and without hive
partitions and for ``to_jsonl`` beside them. Arrow's own buffers are in the RSS only.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

LABEL_SET: dict[str, Any] = {
    "tools": [
        {"tool": "bounding-box", "schemaId": "car", "title": "Car"},
        {"tool": "polygon", "schemaId": "road", "title": "Road"},
        {"tool": "segmentation", "schemaId": "lawn", "title": "Lawn"},
        {"tool": "rotated-bounding-box", "schemaId": "sign", "title": "Sign"},
        {"tool": "point", "schemaId": "pole", "title": "Pole"},
    ],
    "classifications": [
        {
            "tool": "radio",
            "schemaId": "time",
            "title": "Time",
            "options": [{"value": "Day", "schemaId": "day"}, {"value": "Night", "schemaId": "night"}],
        }
    ],
    "relations": [],
}

STAGES = ("Complete", "Review", "Label")

CHILD = """
import json, resource, sys, time, tracemalloc
from ango_hub.convert import to_jsonl, to_parquet
source, out, label_set, fmt, partition, traced = sys.argv[1:7]
label_set = json.loads(open(label_set).read())
if traced == "1":
    tracemalloc.start()
started = time.perf_counter()
if fmt == "parquet":
    report = to_parquet(source, out, label_set=label_set, partition_by_stage=partition == "1")
else:
    report = to_jsonl(source, out, label_set=label_set)
seconds = time.perf_counter() - started
peak = tracemalloc.get_traced_memory()[1] if traced == "1" else None
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"rss": rss, "traced": peak, "seconds": seconds, "written": dict(report.written)}))
"""


def _ring(rng: random.Random, cx: float, cy: float, radius: float, count: int) -> list[list[float]]:
    import math

    return [
        [
            round(cx + radius * math.cos(2 * math.pi * k / count), 2),
            round(cy + radius * math.sin(2 * math.pi * k / count), 2),
        ]
        for k in range(count)
    ]


def _object(rng: random.Random, n: int) -> dict[str, Any]:
    kind = n % 5
    x, y = rng.uniform(50, 1800), rng.uniform(50, 1000)
    item: dict[str, Any] = {"objectId": f"o{n:012x}", "schemaId": LABEL_SET["tools"][kind]["schemaId"]}
    if kind == 0:
        item["bounding-box"] = {"x": round(x, 2), "y": round(y, 2), "width": 80.5, "height": -40.25}
    elif kind == 1:
        item["polygon"] = _ring(rng, x, y, 40, 12)
    elif kind == 2:
        item["segmentation"] = {
            "zones": [{"region": _ring(rng, x, y, 45, 40), "holes": [_ring(rng, x, y, 10, 12)]}]
        }
    elif kind == 3:
        item["rotated-bounding-box"] = {
            "x": round(x, 2),
            "y": round(y, 2),
            "width": 30,
            "height": 60,
            "rotation": 30,
        }
    else:
        item["point"] = [round(x, 2), round(y, 2)]
    return item


def _record(rng: random.Random, number: int) -> dict[str, Any]:
    objects = [_object(rng, number * 16 + k) for k in range(rng.randint(0, 14))]
    stage = STAGES[number % 3]
    record: dict[str, Any] = {
        "asset": f"https://bucket.example.com/images/img-{number:07d}.jpg",
        "assetId": f"a{number:023x}",
        "externalId": f"img-{number:07d}.jpg",
        "batches": ["Batch A"],
        "task": {
            "taskId": f"t{number:023x}",
            "stage": stage,
            "stageId": stage.lower(),
            "updatedAt": "2025-01-18T12:31:00.000Z",
            "updatedBy": "carol@example.com",
            "totalDuration": 12345,
            "tools": objects,
            "classifications": [{"schemaId": "time", "title": "Time", "answer": "day"}],
            "relations": [],
            "stageHistory": [{"stage": "Label", "completedBy": "bob@example.com", "tools": objects}],
        },
    }
    if number % 5:
        record["metadata"] = {"width": 1920, "height": 1080}
    return record


def write_export(path: Path, size_mb: float | None, records: int | None = None) -> int:
    """Write an NDJSON export of about ``size_mb`` megabytes (or of ``records`` records)."""
    rng = random.Random(0)
    written = 0
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        while (records is not None and count < records) or (size_mb is not None and written < size_mb * 1e6):
            line = json.dumps(_record(rng, count), separators=(",", ":")) + "\n"
            handle.write(line)
            written += len(line)
            count += 1
    return count


def measure(
    source: Path, out: Path, label_set: Path, fmt: str, partition: bool, traced: bool
) -> dict[str, Any]:
    """Convert ``source`` in a fresh process; its peak RSS, time (and Python peak if ``traced``)."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(source),
            str(out),
            str(label_set),
            fmt,
            "1" if partition else "0",
            "1" if traced else "0",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    measured: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument(
        "--keep", type=Path, help="write the exports and outputs here (default: a temporary folder)"
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = options.keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        label_set = root / "label_set.json"
        label_set.write_text(json.dumps(LABEL_SET))
        large, small = root / "large.ndjson", root / "small.ndjson"
        count = write_export(large, options.size_mb)
        write_export(small, None, records=20)
        print(f"export: {large.stat().st_size / 1e6:.1f} MB, {count} records; small export: 20 records")
        runs = [
            ("parquet", False, small),
            ("parquet", False, large),
            ("parquet", True, large),
            ("jsonl", False, small),
            ("jsonl", False, large),
        ]
        baseline: dict[str, float] = {}
        for number, (fmt, partition, source) in enumerate(runs):
            # RSS and time without tracemalloc (it slows Python down and takes memory of its
            # own); the Python peak in a second run with it.
            measured = measure(source, root / f"out-{number}", label_set, fmt, partition, traced=False)
            traced = measure(source, root / f"out-{number}-traced", label_set, fmt, partition, traced=True)
            rss = measured["rss"] / 2**20
            if source == small:
                baseline[fmt] = rss
            name = f"{fmt}{' by stage' if partition else ''}, {source.stem}"
            print(
                f"{name:24} peak RSS {rss:6.1f} MiB (+{rss - baseline[fmt]:5.1f} over small)  "
                f"Python peak {traced['traced'] / 2**20:5.1f} MiB  {measured['seconds']:5.1f} s  "
                f"{measured['written']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
