"""What every command of ``ango-hub`` gets: where to write, the client, progress, exit codes."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from ango_hub import _words as words

if TYPE_CHECKING:
    # Imported when a command uses the client, not for --help or a usage error.
    from ango_hub._sync._client import Client

__all__ = [
    "EXIT_API",
    "EXIT_DIFFERENT",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "Progress",
    "Session",
    "plural",
]

EXIT_OK, EXIT_DIFFERENT, EXIT_USAGE, EXIT_API = 0, 1, 2, 3
#: Ctrl-C (SIGINT): 128 + 2, as shells report a process the signal ended.
EXIT_INTERRUPTED = 130

# Not ango_hub._constants.ENV_API_KEY: that module imports httpx, which --help does without.
ENV_API_KEY = "ANGO_API_KEY"
NO_KEY = (
    f"No API key: set the {ENV_API_KEY} environment variable (create a key on your Ango Hub "
    "account page, API tab). The command line never takes the key as an argument."
)


#: ``"1 row"``, ``"2 rows"``, ``"1 entry"``/``"3 entries"`` (with ``many``), thousands with commas.
plural = functools.partial(words.plural, grouped=True)


class Progress:
    """A one-line progress display on stderr (only when stderr is a terminal, or forced)."""

    def __init__(self, stream: IO[str], enabled: bool, label: str) -> None:
        self._stream = stream
        self._enabled = enabled
        self._label = label
        self._shown = False

    def _show(self, text: str) -> None:
        if self._enabled:
            self._stream.write(f"\r{self._label}: {text}")
            self._stream.flush()
            self._shown = True

    def bytes(self, done: int, total: int | None) -> None:
        self._show(f"{done / 1e6:.1f} of {total / 1e6:.1f} MB" if total else f"{done / 1e6:.1f} MB")

    def items(self, done: int, total: int | None) -> None:
        self._show(f"{done:,} of {total:,}" if total is not None else f"{done:,}")

    def end(self) -> None:
        """End the line (once, and only if something was shown)."""
        if self._shown:
            self._stream.write("\n")
            self._stream.flush()
            self._shown = False


class Session:
    """The output stream, the output form (``--json``), progress and, on first use, the client."""

    def __init__(self, out: IO[str], *, json_output: bool, progress: bool, options: dict[str, Any]) -> None:
        self.out = out
        self.json = json_output
        self._progress = progress
        self._options = options
        self._hub: Client | None = None
        self._progresses: list[Progress] = []
        #: What the command had done, for the one line printed when Ctrl-C stops it: a
        #: command that can say more than "Interrupted." sets it (``upload``, ``export``).
        self.interrupted: Callable[[], str] | None = None

    def print(self, *parts: object, flush: bool = False) -> None:
        """A line on the output (``flush``: now, for lines printed as work lands)."""
        print(*parts, file=self.out, flush=flush)

    def print_json(self, value: object) -> None:
        """One JSON document on a line of its own."""
        self.out.write(json.dumps(value, ensure_ascii=False) + "\n")

    def progress(self, label: str) -> Progress:
        progress = Progress(sys.stderr, self._progress, label)
        self._progresses.append(progress)
        return progress

    def end_progress(self) -> None:
        for progress in self._progresses:
            progress.end()

    @property
    def options(self) -> dict[str, Any]:
        """The client's options from the global options (region, base URL, timeout)."""
        return dict(self._options)

    def require_key(self) -> None:
        """``ValueError`` (exit 2, nothing sent) without an API key in the environment."""
        if not os.environ.get(ENV_API_KEY, "").strip():
            raise ValueError(NO_KEY)

    @property
    def hub(self) -> Client:
        """The client (built on first use from the environment and the global options).

        Raises ``ValueError`` (exit 2, nothing sent) without an API key in the environment.
        """
        if self._hub is None:
            self.require_key()
            from ango_hub import Client

            self._hub = Client(**self._options)
        return self._hub

    def close(self) -> None:
        self.end_progress()
        if self._hub is not None:
            self._hub.close()
