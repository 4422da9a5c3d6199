"""Command line: ``python -m ango_hub.mock --port 8080 [--api-key KEY] [--seed demo] [--host H] [--strict]``.

``--tasks N`` adds a ``Load test`` project of N tasks (on top of the demo seed unless
``--seed`` says otherwise); ``--latency``, ``--rate-limit``, ``--error-rate``,
``--drop-rate``, ``--truncate-downloads`` and ``--fault-seed`` inject faults (see
:mod:`ango_hub.mock.faults`). ``--strict`` refuses what the real service refuses (see
:mod:`ango_hub.mock.strict`). ``--perturb`` makes four operations answer with drift from the
spec (see :mod:`ango_hub.mock.perturb`).

Prints the API's base URL (``http://127.0.0.1:<port>/v2``) as the first line of standard
output, then serves until SIGINT or SIGTERM. ``--port 0`` picks a free port. The API key
defaults to the ``ANGO_API_KEY`` environment variable, else ``mock-api-key``; it is never
printed.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType

import uvicorn

from .app import DEFAULT_API_KEY, create_app
from .behaviours.faults import add_fault_arguments, fault_config_from_arguments
from .behaviours.loadtest import task_count_argument
from .server import base_url, bind_socket
from .state.seed import SEEDS

__all__ = ["main"]


def _arguments(argv: Sequence[str] | None, prog: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve a mock Ango Hub API. Prints its base URL (http://HOST:PORT/v2) on the first line.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on; 0 picks a free one (default: 8080)"
    )
    parser.add_argument(
        "--api-key",
        default=None,
        help="the API key clients must send (default: $ANGO_API_KEY, else mock-api-key)",
    )
    seeds = [name for name in SEEDS if name is not None]
    parser.add_argument("--seed", choices=seeds, default=None, help="load a seeded organization (demo)")
    parser.add_argument(
        "--tasks",
        type=task_count_argument,
        default=None,
        metavar="N",
        help="add a 'Load test' project with N tasks (on top of the demo seed unless --seed is given)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse what the real service refuses: answers and label imports outside the project's"
        " label set, unknown stages in filters and exports",
    )
    parser.add_argument(
        "--perturb",
        action="store_true",
        help="answer four operations with drift from the spec, to try drift checks on"
        " (see ango_hub.mock.perturb)",
    )
    add_fault_arguments(parser)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m ango_hub.mock") -> int:
    """Run the mock server until SIGINT or SIGTERM; return the exit status.

    ``prog`` is the name its ``--help`` and usage errors show (``ango-hub mock`` runs it too).
    """
    args = _arguments(argv, prog)
    api_key = args.api_key or os.environ.get("ANGO_API_KEY") or DEFAULT_API_KEY
    seed = "demo" if args.tasks is not None and args.seed is None else args.seed
    app = create_app(
        api_key=api_key,
        seed=seed,
        tasks=args.tasks,
        faults=fault_config_from_arguments(args),
        strict=args.strict,
        perturb=args.perturb,
    )
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))

    def stop(signum: int, frame: FrameType | None) -> None:
        server.should_exit = True

    # Until uvicorn takes over the signals (and after it gives them back), a signal stops
    # the server instead of killing the process, so that the exit is always clean.
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    print(base_url(args.host, sock.getsockname()[1]), flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
