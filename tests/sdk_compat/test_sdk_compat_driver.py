"""``tests/sdk_compat/driver.py`` (``make sdk-compat``) names every method of the official SDK.

The driver runs in the SDK's own virtualenv and fails there when the SDK has a public
method it does not exercise. This test, run without the SDK, reads the driver's source and
checks it against the requests recorded from the same SDK (``tests/fixtures/sdk_requests.json``):
each public method seen on the wire has a check, and nothing is both checked and excused.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "sdk_compat" / "driver.py"
SDK_REQUESTS = ROOT / "tests" / "fixtures" / "sdk_requests.json"


def _driver() -> tuple[list[str], set[str]]:
    """The names given to ``@check(...)``, in order, and the keys of ``NOT_HTTP``."""
    tree = ast.parse(DRIVER.read_text(encoding="utf-8"))
    checked = [
        decorator.args[0].value
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        for decorator in node.decorator_list
        if isinstance(decorator, ast.Call)
        and isinstance(decorator.func, ast.Name)
        and decorator.func.id == "check"
        and isinstance(decorator.args[0], ast.Constant)
    ]
    (not_http,) = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Name) and target.id == "NOT_HTTP" for target in node.targets)
    ]
    assert isinstance(not_http, ast.Dict)
    return checked, {key.value for key in not_http.keys if isinstance(key, ast.Constant)}


def test_every_public_method_on_the_wire_has_a_check() -> None:
    checked, not_http = _driver()
    assert len(checked) == len(set(checked)), "a method is checked twice"
    assert not set(checked) & not_http
    recorded = {entry["sdk_method"] for entry in json.loads(SDK_REQUESTS.read_text(encoding="utf-8"))}
    public = {name for name in recorded if not name.startswith("_") and name != "export_plugin"}
    assert public - set(checked) == set()
    # 61 public methods send requests (make_request and setup_logger do not, on their own).
    assert len(checked) == 61
