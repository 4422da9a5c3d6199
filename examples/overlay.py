"""A labeled task as a picture: its boxes and polygons drawn on its image, in the label set's colours.

`make demo` runs it after quickstart.py, against the mock Ango Hub, whose demo organization
serves its own images: the whole round trip (export, image download, drawing) works offline.

    ANGO_API_KEY=...  ANGO_HUB_BASE_URL=http://127.0.0.1:8080/v2  python examples/overlay.py [OUT_DIR]

It exports a completed task of the "Vehicle detection" project, fetches its image
from the asset's URL (no API key is sent there) and writes ``overlays/<name>.png`` and a
contact sheet into OUT_DIR (default: ``ango-hub-overlay-demo`` in the temporary folder).
Needs the ``masks`` extra (Pillow): ``pip install 'ango-hub[masks]'``.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from ango_hub import Client
from ango_hub.convert import to_overlays

PROJECT = "Vehicle detection"


def main(out_dir: Path) -> int:
    if importlib.util.find_spec("PIL") is None:
        print("The overlay example needs Pillow: pip install 'ango-hub[masks]'")
        return 1
    with Client() as hub:
        project = next((item for item in hub.projects.list() if item.name == PROJECT), None)
        if project is None:
            print(f"No project named {PROJECT!r} here (the mock's demo organization has one).")
            return 1
        label_set = hub.projects.get(project.id).category_schema
        # The first completed task with three objects or more (else the first one).
        completed = list(hub.exports.iter_records(project.id, stages=["Complete"]))
        if not completed:
            print(f"{PROJECT!r} has no completed task to draw.")
            return 1
        records = [next((item for item in completed if len(item["task"]["tools"]) >= 3), completed[0])]
        started = time.perf_counter()
        report = to_overlays(records, out_dir, label_set=label_set, fetch=True, force=True)
        seconds = time.perf_counter() - started
    record = records[0]
    picture = out_dir / "overlays" / f"{Path(record['externalId']).stem}.png"
    print(
        f"Drew {report.written['objects']} object(s) of {record['externalId']!r} on its image, fetched from"
    )
    print(f"   {record['asset']}")
    print(f"   -> {picture} ({picture.stat().st_size // 1024} kB, {seconds:.2f} s)")
    print("Done: open the picture to look at the labels.")
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "ango-hub-overlay-demo"
    sys.exit(main(target))
