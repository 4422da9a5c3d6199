#!/usr/bin/env python3
"""`make demo`: start the mock Ango Hub on 127.0.0.1, run examples/quickstart.py, stop it.

The mock server is the one users get with `python -m ango_hub.mock`; it prints its base
URL on its first line of output. The example reads ANGO_HUB_BASE_URL and ANGO_API_KEY
like any program using the client.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "demo-api-key"
STARTUP_TIMEOUT = 30.0


def main() -> int:
    server = subprocess.Popen(
        [sys.executable, "-m", "ango_hub.mock", "--port", "0", "--api-key", API_KEY, "--seed", "demo"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        first_line: list[str] = []
        reader = threading.Thread(target=lambda: first_line.append(server.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(STARTUP_TIMEOUT)
        base_url = first_line[0].strip() if first_line else ""
        if not base_url.startswith("http://127.0.0.1"):
            print(f"The mock server did not start (first line: {base_url!r}).", file=sys.stderr)
            return 1
        print(f"Mock Ango Hub listening on {base_url} (demo organization loaded)\n")
        env = dict(os.environ, ANGO_HUB_BASE_URL=base_url, ANGO_API_KEY=API_KEY)
        env.pop("ANGO_HUB_REGION", None)
        return subprocess.call([sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env, cwd=ROOT)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        print("\nMock Ango Hub stopped.")


if __name__ == "__main__":
    sys.exit(main())
