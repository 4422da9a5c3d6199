"""``ango-hub verify``: the drift report of the API's answers against the spec (``ango_hub.drift``)."""

from __future__ import annotations

import argparse

from ._session import Session

__all__ = ["verify"]


def verify(args: argparse.Namespace, session: Session) -> int:
    """Run the drift report with the global options' client settings; ``--json`` is ``--format json``."""
    session.require_key()
    if session.json:
        args.report_format = "json"
    from ango_hub.drift._cli import run_verify

    # A line on stderr per request unless --no-progress: paced at 60 a minute by default, a
    # run is otherwise silent for as long as it takes.
    return run_verify(args, session.options, session.out, progress=args.progress is not False)
