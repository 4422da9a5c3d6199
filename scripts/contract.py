#!/usr/bin/env python3
"""`make contract`: check openapi/ango-hub.yaml against the mock Ango Hub with schemathesis.

Starts `python -m ango_hub.mock` on a free port of 127.0.0.1 (demo organization), runs
the schemathesis CLI over real HTTP with the settings of `schemathesis.toml` (all checks,
positive and negative data, the stateful phase following the spec's links, a fixed
seed), and stops the server. Exits with schemathesis' status: any finding fails.
Extra arguments are passed to `schemathesis run` (e.g. `-n 5` for a quicker run).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "contract-test-api-key"
STARTUP_TIMEOUT = 30.0


def main(argv: list[str]) -> int:
    bin_dir = Path(sys.executable).parent
    server = subprocess.Popen(
        [sys.executable, "-m", "ango_hub.mock", "--port", "0", "--api-key", API_KEY, "--seed", "demo"],
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
            print(f"The mock server did not start (first line: {base_url!r}).", file=sys.stderr)
            return 1
        print(f"Mock Ango Hub on {base_url}; running schemathesis", flush=True)
        command = [
            str(bin_dir / "schemathesis"),
            "--config-file",
            str(ROOT / "schemathesis.toml"),
            "run",
            str(ROOT / "openapi" / "ango-hub.yaml"),
            "--url",
            base_url,
            "--header",
            f"apikey: {API_KEY}",
            *argv,
        ]
        return subprocess.call(command, cwd=ROOT)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
