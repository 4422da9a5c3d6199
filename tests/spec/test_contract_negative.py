"""Invalid input is refused with a clear 4xx and leaves the mock's state unchanged.

Schemathesis generates schema-invalid requests (wrong types, missing fields, values out
of range, malformed JSON parameters) for every operation of the spec; each must get a
4xx ``ErrorResponse`` that says what is wrong, never a 5xx, and the store must hold
exactly what it held before. (An extra, undeclared query parameter is the one fault a
server may ignore.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode

from ango_hub.mock import create_app, mock_state

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "negative-contract-key"
#: The stores whose documents the snapshot holds, and the logs of ``state.records``.
STORES = (
    "users",
    "storages",
    "projects",
    "assets",
    "tasks",
    "histories",
    "issues",
    "invites",
    "llms",
    "webhooks",
)
LOGS = ("notifications", "plugin_logs", "plugin_responses", "webhook_runs")

app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
state = mock_state(app)
schema = schemathesis.openapi.from_path(ROOT / "openapi" / "ango-hub.yaml")
schema.app = app
schema.config.update(base_url="http://127.0.0.1/v2", headers={"apikey": API_KEY})
schema.config.phases.coverage.enabled = False
schema.config.phases.examples.enabled = False
schema.config.generation.update(modes=[GenerationMode.NEGATIVE])


def snapshot() -> str:
    """The whole store, as text."""
    with state.lock:
        data: dict[str, Any] = {name: getattr(state, name).documents for name in STORES}
        data.update({name: getattr(state.records, name) for name in LOGS})
        return json.dumps(data, sort_keys=True, default=repr)


@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_invalid_input_is_refused_and_changes_nothing(case: schemathesis.Case) -> None:
    before = snapshot()
    response = case.call()
    where = f"{case.as_curl_command()}: {response.status_code} {response.text[:200]}"
    if response.status_code < 300:
        # OpenAPI lets servers ignore query parameters they do not declare: the only
        # "invalid" request that may succeed is one whose fault is an extra parameter.
        declared = {param.name for param in case.operation.query}
        assert set(case.query or {}) - declared, where
        return
    assert 400 <= response.status_code < 500, where
    body = response.json()
    assert body["status"] == "fail", body
    assert isinstance(body["message"], str)
    assert body["message"], body
    assert snapshot() == before, f"{case.method} {case.path} changed the state although it was refused"
