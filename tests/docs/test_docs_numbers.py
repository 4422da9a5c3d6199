"""Numbers in the docs are measured or derived, never hand-written (issue 24): a number that
can go stale is either checked here against what it counts, or not written at all."""

from __future__ import annotations

import re
from pathlib import Path

from ango_hub import verify
from ango_hub.testing import MockFactory

ROOT = Path(__file__).resolve().parents[2]
VERIFY_REQUESTS = re.compile(r"<!-- verify-requests -->(\d+)<!-- /verify-requests -->")


def test_the_requests_verify_needs_on_the_demo_mock_are_the_docs_number(
    ango_mock_factory: MockFactory,
) -> None:
    mock = ango_mock_factory()
    with mock.client() as hub:
        report = verify(hub, max_requests=10_000)
    written = VERIFY_REQUESTS.findall((ROOT / "docs" / "verify.md").read_text(encoding="utf-8"))
    assert written == [str(report.requests)], (
        f"docs/verify.md says the demo organization needs {written} requests; verify sent "
        f"{report.requests}: write that number between the verify-requests markers"
    )


def test_no_hand_written_duration_of_the_test_run() -> None:
    """`make test` prints how long each step took (scripts/timed_steps.py): the docs say so
    instead of a duration measured once on one machine."""
    pattern = re.compile(r"(about|~)\s?[\w.-]+\s+min", re.IGNORECASE)
    for name in ("README.md", "CONTRIBUTING.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert not pattern.findall(text), f"{name} writes down a duration: {pattern.findall(text)}"
    assert "timed_steps.py" in (ROOT / "Makefile").read_text(encoding="utf-8")
