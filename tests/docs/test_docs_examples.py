"""The examples of docs/resources.md and docs/labels.md run, in order, against the mock Ango Hub."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "docs" / "resources.md", ROOT / "docs" / "labels.md"]
KEY = "docs-examples-key"


def code_blocks(doc: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_the_page_has_examples(doc: Path) -> None:
    assert len(code_blocks(doc)) >= 6


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_examples_run_against_the_mock(monkeypatch: pytest.MonkeyPatch, doc: Path) -> None:
    with serve_in_thread(create_app(api_key=KEY, seed="demo", validate_responses=True)) as base_url:
        monkeypatch.setenv("ANGO_API_KEY", KEY)
        monkeypatch.setenv("ANGO_HUB_BASE_URL", base_url)
        monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
        namespace: dict[str, object] = {}
        for number, block in enumerate(code_blocks(doc), start=1):
            try:
                exec(compile(block, f"{doc.name} example {number}", "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"example {number} of {doc.name} failed: {type(exc).__name__}: {exc}\n{block}")


WEBHOOKS_DOC = ROOT / "docs" / "webhooks.md"


def test_the_webhooks_page_runs_against_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/webhooks.md: a receiver built with ango_hub.webhooks gets a signed event from the mock."""
    blocks = code_blocks(WEBHOOKS_DOC)
    assert len(blocks) >= 4
    app = create_app(api_key=KEY, seed="demo", validate_responses=True)
    with serve_in_thread(app) as base_url:
        monkeypatch.setenv("ANGO_API_KEY", KEY)
        monkeypatch.setenv("ANGO_HUB_BASE_URL", base_url)
        monkeypatch.delenv("ANGO_HUB_REGION", raising=False)
        monkeypatch.delenv("ANGO_WEBHOOK_SECRET", raising=False)
        namespace: dict[str, object] = {}
        for number, block in enumerate(blocks, start=1):
            try:
                exec(compile(block, f"{WEBHOOKS_DOC.name} example {number}", "exec"), namespace)
            except Exception as exc:
                pytest.fail(
                    f"example {number} of {WEBHOOKS_DOC.name} failed: {type(exc).__name__}: {exc}\n{block}"
                )
        [delivery] = app.state.mock.wait_for_webhook_deliveries(1)
        assert (delivery.event, delivery.outcome) == ("COMPLETED", "delivered")
        app.state.mock.stores.webhooks.dispatcher.close()
