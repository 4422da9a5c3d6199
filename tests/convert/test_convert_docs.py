"""docs/convert.md's examples run, in order, against the mock Ango Hub, in a folder of their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "convert.md"
KEY = "convert-docs-key"


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_the_page_has_examples() -> None:
    assert len(code_blocks("python")) >= 5


def test_examples_run_against_the_mock(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with serve_in_thread(create_app(api_key=KEY, seed="demo")) as base_url:
        monkeypatch.setenv("ANGO_API_KEY", KEY)
        monkeypatch.setenv("ANGO_HUB_BASE_URL", base_url)
        monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
        namespace: dict[str, object] = {}
        for number, block in enumerate(code_blocks("python"), start=1):
            try:
                exec(compile(block, f"convert.md example {number}", "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"example {number} of convert.md failed: {type(exc).__name__}: {exc}\n{block}")
    printed = capsys.readouterr().out
    # What the page says the examples print is what they print.
    for line in re.findall(r"print\(report\.summary\(\)\)\s+# (.+)", DOC.read_text(encoding="utf-8")):
        assert line in printed
    assert (tmp_path / "coco" / "annotations.json").is_file()
    assert (tmp_path / "yolo" / "data.yaml").is_file()
