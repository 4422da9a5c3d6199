#!/usr/bin/env python3
"""Draw the README's picture, docs/overlay-demo.png: a demo task of the mock's "Vehicle
detection" project with its labels, rendered by ``ango_hub.convert.overlay.render``.

Everything happens offline: the mock (in this process) draws and serves the demo image, the
task comes from its export, and the picture is scaled to ``--width`` pixels.

    python scripts/render_overlay_demo.py [--out docs/overlay-demo.png] [--width 960]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from ango_hub import Client
from ango_hub.convert.overlay import render
from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "overlay-demo-key"
PROJECT = "Vehicle detection"


def pick(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The first completed task with the road and three vehicles or more."""
    for record in records:
        tools = record["task"]["tools"]
        if len(tools) >= 4 and any("polygon" in tool for tool in tools):
            return record
    return records[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "overlay-demo.png")
    parser.add_argument("--width", type=int, default=960)
    args = parser.parse_args(argv)
    with (
        serve_in_thread(create_app(api_key=API_KEY, seed="demo")) as base_url,
        Client(api_key=API_KEY, base_url=base_url) as hub,
    ):
        project = next(item for item in hub.projects.list() if item.name == PROJECT)
        label_set = hub.projects.get(project.id).category_schema
        record = pick(list(hub.exports.iter_records(project.id, stages=["Complete"])))
        image = httpx.get(record["asset"], timeout=30).raise_for_status().content
    started = time.perf_counter()
    picture = render(record, image, label_set=label_set, show_attributes=True, line_width=4, font_size=28)
    seconds = time.perf_counter() - started
    height = round(picture.height * args.width / picture.width)
    from PIL import Image

    small = picture.resize((args.width, height), Image.Resampling.LANCZOS)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    small.save(args.out, optimize=True)
    print(
        f"{record['externalId']}: {len(record['task']['tools'])} objects drawn in {seconds:.2f} s on "
        f"{picture.width} x {picture.height}; wrote {args.out} ({args.width} x {height}, "
        f"{args.out.stat().st_size // 1024} kB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
