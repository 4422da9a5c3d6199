"""Every generated operation is reachable through a resource of ``ango_hub.Client``."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API = ROOT / "generated" / "ango_hub_api" / "api"
RESOURCES = ROOT / "ango_hub" / "resources"


def generated_operations() -> set[tuple[str, str]]:
    return {(path.parent.name, path.stem) for path in API.glob("*/*.py") if path.stem != "__init__"}


def used_operations() -> set[tuple[str, str]]:
    """(tag, operation) pairs whose ``_get_kwargs`` a resource module calls."""
    used: set[tuple[str, str]] = set()
    for module in RESOURCES.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported: dict[str, str] = {}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("ango_hub_api.api.")
            ):
                tag = node.module.rsplit(".", 1)[1]
                for alias in node.names:
                    imported[alias.asname or alias.name] = tag
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "_get_kwargs"
                and isinstance(node.value, ast.Name)
                and node.value.id in imported
            ):
                used.add((imported[node.value.id], node.value.id))
            if isinstance(node, ast.IfExp):
                for branch in (node.body, node.orelse):
                    if isinstance(branch, ast.Name) and branch.id in imported:
                        used.add((imported[branch.id], branch.id))
    return used


def test_every_generated_operation_has_a_resource_method() -> None:
    missing = generated_operations() - used_operations()
    assert not missing, f"operations without a resource method: {sorted(missing)}"
    assert len(generated_operations()) >= 28
