#!/usr/bin/env python3
"""`make demo`: start the mock Ango Hub on 127.0.0.1, run examples/quickstart.py and
examples/overlay.py (one labeled task drawn on its image, fetched from the mock), stop it.

The mock server is the one users get with `python -m ango_hub.mock --strict`: in strict
mode it refuses what the real service refuses (answers outside the label set, unknown
stages), so the demo shows requests the real service accepts. It prints its base URL on
its first line of output. The example reads ANGO_HUB_BASE_URL and ANGO_API_KEY
like any program using the client.
"""

from __future__ import annotations

import os
import subprocess
import sys

from _mock_process import ROOT, MockDidNotStartError, running_mock

API_KEY = "demo-api-key"


def main() -> int:
    try:
        with running_mock(API_KEY, strict=True) as base_url:
            print(
                f"Mock Ango Hub listening on {base_url} (demo organization loaded, strict mode)\n", flush=True
            )
            env = dict(os.environ, ANGO_HUB_BASE_URL=base_url, ANGO_API_KEY=API_KEY)
            env.pop("ANGO_HUB_REGION", None)
            code = subprocess.call(
                [sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env, cwd=ROOT
            )
            if code == 0:
                print(flush=True)
                code = subprocess.call(
                    [sys.executable, str(ROOT / "examples" / "overlay.py")], env=env, cwd=ROOT
                )
    except MockDidNotStartError as exc:
        print(exc, file=sys.stderr)
        return 1
    print("\nMock Ango Hub stopped.")
    return code


if __name__ == "__main__":
    sys.exit(main())
