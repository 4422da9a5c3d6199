"""Contract tests in process: schemathesis' pytest integration against the mock's ASGI app.

A fast complement to `make contract` (the CLI over real HTTP, all phases): every
operation of the spec gets its examples and a few generated cases, positive and negative,
sent to an in-process mock, and each response is checked against the spec with every
check. Settings (seed, per-operation exceptions) come from ``schemathesis.toml``.
"""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from ango_hub.mock import create_app

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "inprocess-contract-key"

schema = schemathesis.openapi.from_path(ROOT / "openapi" / "ango-hub.yaml")
schema.app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
schema.config.update(base_url="http://127.0.0.1/v2", headers={"apikey": API_KEY})
# Quick: the documented examples and a few generated cases per operation. The coverage
# and stateful phases run in `make contract`.
schema.config.phases.coverage.enabled = False


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_operation_conforms_to_the_spec(case: schemathesis.Case) -> None:
    case.call_and_validate()
