"""``ango-hub``: the command line for the everyday jobs (label sets as code, tasks, uploads,
exports, imports, the mock).

The API key comes from ``ANGO_API_KEY`` only: a key given on the command line would stay in
the shell history and show in the process list. The region or API root come from
``--region`` / ``--base-url`` or ``ANGO_HUB_REGION`` / ``ANGO_HUB_BASE_URL``. The global
options (``--region``, ``--base-url``, ``--timeout``, ``--progress``, ``--json``) go before
or after the command.

    ango-hub projects [--json]
    ango-hub projects create Vehicles --label-set ontology.yaml --json
    ango-hub tasks annotate TASK_ID --answer answer.json --next-stage
    ango-hub webhooks add PROJECT_ID https://host/hook --type COMPLETED --secret-env HOOK_SECRET
    ango-hub label-set pull PROJECT_ID ontology.yaml     # keep the label set in git
    ango-hub label-set diff PROJECT_ID ontology.yaml     # exit 1 when they differ
    ango-hub label-set push PROJECT_ID ontology.yaml --project-type image
    ango-hub tasks list PROJECT_ID --stage Review --ndjson | jq .externalId
    ango-hub upload PROJECT_ID images/ --batch day-1 --failed retry.txt
    ango-hub export PROJECT_ID export.zip --format ndjson --progress
    ango-hub import-labels PROJECT_ID rows.ndjson --failed retry.ndjson
    ango-hub mock --port 8080 --seed demo                # the mock Ango Hub (ango-hub[mock])

Exit codes: 0 done; 1 differences found, or items that were not imported; 2 bad usage or
input (nothing was sent); 3 an API or network error; 130 interrupted (Ctrl-C): one line says
what was done (``Interrupted: 80 of 300 files uploaded; run the same command again to
continue``), never a traceback.

Each command is a function ``(args, session) -> exit code`` (``_commands.py``, ``_upload.py``,
``_mock.py``) named by its parser block (``_parser.py``).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from typing import IO, Any

from ._parser import parse
from ._session import EXIT_API, EXIT_DIFFERENT, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, Session

__all__ = ["EXIT_API", "EXIT_DIFFERENT", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

#: The library's words for its arguments, and the command line's for the same thing.
_CLI_WORDS = (
    ("pass either region=... or base_url=..., not both", "give either --region or --base-url, not both"),
    ("region=... or base_url=...", "--region or --base-url"),
    ("base_url=...", "--base-url URL"),
    ("Malformed base_url", "Malformed --base-url (or ANGO_HUB_BASE_URL)"),
)


def _cli_wording(message: str) -> str:
    """A library message in the command line's words (``--base-url``, not ``base_url=...``)."""
    for library, command_line in _CLI_WORDS:
        message = message.replace(library, command_line)
        message = message.replace(
            library[:1].upper() + library[1:], command_line[:1].upper() + command_line[1:]
        )
    return message


def _interrupted(session: Session) -> int:
    """Ctrl-C: one line on stderr saying what was done, exit 130 (a second Ctrl-C is ignored
    while the client closes)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    session.end_progress()
    detail = session.interrupted() if session.interrupted is not None else ""
    print(f"Interrupted{': ' + detail if detail else '.'}", file=sys.stderr, flush=True)
    return EXIT_INTERRUPTED


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
    try:
        return _main(argv, out=out)
    except KeyboardInterrupt:  # before a command started (parsing, imports)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print("Interrupted.", file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None, *, out: IO[str] | None) -> int:
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
        except KeyboardInterrupt:
            return _interrupted(session)
        finally:
            session.close()
    except AngoHubError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_API
    except BrokenPipeError:
        return _stdout_closed()
    except (ValueError, OSError, RuntimeError, ImportError) as exc:  # bad input, files, a missing extra
        print(f"error: {_cli_wording(str(exc))}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
