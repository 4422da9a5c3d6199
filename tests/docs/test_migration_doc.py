"""docs/migrating.md names every method of the official SDK and only methods that exist."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ango_hub import Client

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "migrating.md"
SDK_REQUESTS = ROOT / "tests" / "fixtures" / "sdk_requests.json"


def table() -> dict[str, list[str]]:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("<!-- migration-table -->")[1].split("<!-- /migration-table -->")[0]
    rows: dict[str, list[str]] = {}
    for line in block.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 2 or not cells[0].startswith("`"):
            continue
        named = re.findall(r"`hub\.(\w+)\.(\w+)`", cells[1])
        rows[cells[0].strip("`")] = [f"{resource}.{method}" for resource, method in named]
    return rows


def test_every_public_sdk_method_is_in_the_table() -> None:
    sdk_methods = {entry["sdk_method"] for entry in json.loads(SDK_REQUESTS.read_text(encoding="utf-8"))}
    public = {name for name in sdk_methods if not name.startswith("_")}
    assert public - set(table()) == set()
    assert len(public) >= 50


def test_every_named_method_exists() -> None:
    hub = Client(api_key="k", base_url="http://127.0.0.1:9/v2")
    named = [name for names in table().values() for name in names]
    assert named, "the table names no ango-hub method"
    missing = [
        name
        for name in named
        if not callable(getattr(getattr(hub, name.split(".")[0], None), name.split(".")[1], None))
    ]
    assert missing == []
    assert all(table().values()), [sdk for sdk, names in table().items() if not names]
