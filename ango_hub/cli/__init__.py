"""``ango-hub``: the command line for the everyday jobs (label sets as code, tasks, uploads,
exports, imports, the mock).

The API key comes from ``ANGO_API_KEY`` only: a key given on the command line would stay in
the shell history and show in the process list. The region or API root come from
``--region`` / ``--base-url`` or ``ANGO_HUB_REGION`` / ``ANGO_HUB_BASE_URL``. The global
options (``--region``, ``--base-url``, ``--timeout``, ``--progress``, ``--json``) go before
or after the command.

    ango-hub projects [--json]
    ango-hub label-set pull PROJECT_ID ontology.yaml     # keep the label set in git
    ango-hub label-set diff PROJECT_ID ontology.yaml     # exit 1 when they differ
    ango-hub label-set push PROJECT_ID ontology.yaml --project-type image
    ango-hub tasks list PROJECT_ID --stage Review --ndjson | jq .externalId
    ango-hub upload PROJECT_ID images/ --batch day-1 --failed retry.txt
    ango-hub export PROJECT_ID export.zip --format ndjson --progress
    ango-hub import-labels PROJECT_ID rows.ndjson --failed retry.ndjson
    ango-hub mock --port 8080 --seed demo                # the mock Ango Hub (ango-hub[mock])

Exit codes: 0 done; 1 differences found, or items that were not imported; 2 bad usage or
input (nothing was sent); 3 an API or network error.

Each command is a function ``(args, session) -> exit code`` (``_commands.py``, ``_upload.py``,
``_mock.py``) named by its parser block (``_parser.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import IO, Any

from ._parser import parse
from ._session import EXIT_API, EXIT_DIFFERENT, EXIT_OK, EXIT_USAGE, Session

__all__ = ["EXIT_API", "EXIT_DIFFERENT", "EXIT_OK", "EXIT_USAGE", "main"]


def _stdout_closed() -> int:
    """The reader of standard output went away (``| head``): stop quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
        pass
    return EXIT_OK


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    args = parse(argv)
    out = out or sys.stdout
    options: dict[str, Any] = {"region": args.region, "base_url": args.base_url}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    session = Session(out, json_output=args.json, progress=show_progress, options=options)
    from ango_hub import AngoHubError

    try:
        try:
            return int(args.handler(args, session))
        finally:
            session.close()
    except AngoHubError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except BrokenPipeError:
        return _stdout_closed()
    except (ValueError, OSError, RuntimeError, ImportError) as exc:  # bad input, files, a missing extra
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
