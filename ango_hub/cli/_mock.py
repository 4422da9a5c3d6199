"""``ango-hub mock [FLAGS]``: the mock Ango Hub (``python -m ango_hub.mock``, same flags)."""

from __future__ import annotations

import argparse

from ._session import Session

__all__ = ["PROG", "mock"]

PROG = "ango-hub mock"


def mock(args: argparse.Namespace, session: Session) -> int:
    """Serve the mock until SIGINT or SIGTERM; its flags are those of ``python -m ango_hub.mock``."""
    try:
        from ango_hub.mock.__main__ import main
    except ImportError as exc:
        raise ImportError(
            f"ango-hub mock needs the 'mock' extra: pip install 'ango-hub[mock]' (missing: {exc.name or exc})"
        ) from exc
    return main(args.mock_arguments, prog=PROG)
