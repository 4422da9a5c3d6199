"""Start `python -m ango_hub.mock` in a subprocess for the duration of a `with` block."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT = 30.0


class MockDidNotStartError(RuntimeError):
    """The mock server printed no base URL in time."""


@contextmanager
def running_mock(
    api_key: str, *, seed: str = "demo", python: str | None = None, strict: bool = False
) -> Iterator[str]:
    """Serve the mock on a free port of 127.0.0.1; yield its base URL; stop it afterwards.

    ``python`` is the interpreter that runs it (default: this one); a caller in another
    virtualenv (the official SDK's, for ``make sdk-compat``) passes the project's.
    ``strict`` starts it with ``--strict``.
    """
    server = subprocess.Popen(
        [
            python or sys.executable,
            "-m",
            "ango_hub.mock",
            "--port",
            "0",
            "--api-key",
            api_key,
            "--seed",
            seed,
            *(["--strict"] if strict else []),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        stdout = server.stdout
        assert stdout is not None
        first_line: list[str] = []
        reader = threading.Thread(target=lambda: first_line.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(STARTUP_TIMEOUT)
        base_url = first_line[0].strip() if first_line else ""
        if not base_url.startswith("http://127.0.0.1"):
            raise MockDidNotStartError(f"The mock server did not start (first line: {base_url!r}).")
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
