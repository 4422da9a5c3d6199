"""The examples of docs/resources.md run, in order, against the mock Ango Hub."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "resources.md"
KEY = "docs-examples-key"


def code_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_the_page_has_examples() -> None:
    assert len(code_blocks()) >= 8


def test_examples_run_against_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve_in_thread(create_app(api_key=KEY, seed="demo", validate_responses=True)) as base_url:
        monkeypatch.setenv("ANGO_API_KEY", KEY)
        monkeypatch.setenv("ANGO_HUB_BASE_URL", base_url)
        monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
        namespace: dict[str, object] = {}
        for number, block in enumerate(code_blocks(), start=1):
            try:
                exec(compile(block, f"{DOC.name} example {number}", "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"example {number} of {DOC.name} failed: {type(exc).__name__}: {exc}\n{block}")
