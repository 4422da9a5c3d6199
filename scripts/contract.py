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
from pathlib import Path

from _mock_process import ROOT, MockDidNotStartError, running_mock

API_KEY = "contract-test-api-key"


def main(argv: list[str]) -> int:
    schemathesis = Path(sys.executable).parent / "schemathesis"
    try:
        with running_mock(API_KEY) as base_url:
            print(f"Mock Ango Hub on {base_url}; running schemathesis", flush=True)
            command = [
                str(schemathesis),
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
    except MockDidNotStartError as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
