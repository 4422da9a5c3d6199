"""``ango_hub.mock.strict``, a documented import path: re-exports :mod:`ango_hub.mock.behaviours.strict`
(strict mode, refusing what the real Ango Hub refuses)."""

from __future__ import annotations

from .behaviours.strict import MAX_PROBLEMS, check_answer, check_label_rows, check_stages, filter_stages

__all__ = ["MAX_PROBLEMS", "check_answer", "check_label_rows", "check_stages", "filter_stages"]
