"""``ango-hub verify``: the drift report from the command line (``ango_hub.cli`` dispatches here)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from ango_hub._words import plural

__all__ = ["add_verify_arguments", "run_verify"]

EXIT_USAGE, EXIT_API = 2, 3


def add_verify_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``ango-hub verify``."""
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown", dest="report_format")
    parser.add_argument(
        "--output", type=Path, help="write the report to this file (default: standard output)"
    )
    parser.add_argument(
        "--max-requests", type=int, default=50, help="send at most this many GET requests (default 50)"
    )
    parser.add_argument(
        "--requests-per-minute", type=float, default=60.0, help="space the requests (default 60 per minute)"
    )


def _stderr_progress(stream: IO[str]) -> Callable[[int, int, str], None]:
    """One line on ``stream``, rewritten before each request: ``Verifying: request 3 (at most
    50): get_task``; on a terminal, or a line each elsewhere (a log keeps them all)."""
    terminal = stream.isatty()

    def show(sent: int, bound: int, operation_id: str) -> None:
        text = f"Verifying: request {sent + 1} (at most {bound}): {operation_id}"
        stream.write(f"\r\033[K{text}" if terminal else f"{text}\n")
        stream.flush()

    return show


def run_verify(
    args: argparse.Namespace, options: dict[str, Any], out: IO[str], *, progress: bool = True
) -> int:
    """Run ``verify`` with a client built from ``options``; returns the exit code.

    0: every answer matches the spec; 1: some answer differs; 2: bad usage; 3: a call
    failed (network, an error status) and nothing differed in the others. With
    ``progress``, a line on stderr names each request as it goes.
    """
    if args.max_requests < 1:
        print("error: --max-requests must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    from ango_hub import AngoHubError, Client

    from ._verify import verify

    try:
        with Client(**options, requests_per_minute=args.requests_per_minute) as hub:
            shown = _stderr_progress(sys.stderr) if progress else None
            report = verify(hub, max_requests=args.max_requests, progress=shown)
            if shown is not None and sys.stderr.isatty():
                sys.stderr.write("\n")
    except AngoHubError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    text = report.to_json() if args.report_format == "json" else report.to_markdown()
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
        print(f"Wrote the report to {args.output}: {plural(len(report.findings), 'finding')}", file=out)
    else:
        out.write(text)
    return report.exit_code
