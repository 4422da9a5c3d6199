"""The request pipeline is sealed: handwritten code reaches a client only through its
documented entry points.

The pipeline's state (the key, the ``with_options`` timeout, the rate limiter, the raw
sender) lives in ``ango_hub/_base_client.py`` and ``ango_hub/_async/_client.py`` (and the
generated sync twin of the latter). Everywhere else in ``ango_hub/`` and ``examples/``, a
client is used through its public members and the resource-facing entry points its
docstring names (``_call`` and ``_send`` for spec operations, ``_fetch`` and
``_parse_answer`` for the same in two steps); per-call options are data
(``Request.with_json``), never a patch of a built request's ``kwargs["json"]``. The source
is parsed with ``ast``, so comments and strings do not count.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Where the pipeline lives: these may touch its privates.
PIPELINE = {
    Path("ango_hub/_base_client.py"),
    Path("ango_hub/_async/_client.py"),
}
#: Generated from ango_hub/_async/ (checked there).
GENERATED = Path("ango_hub/_sync")
#: The resource-facing entry points of a client (see ``AsyncClient``'s docstring).
ENTRY_POINTS = {"_call", "_send", "_fetch", "_parse_answer", "_load_parser"}
#: Names under which handwritten code holds a client.
CLIENT_NAMES = {"client", "_client", "hub"}
#: Methods that change a dict in place.
MUTATORS = {"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__"}


def handwritten_files() -> Iterator[Path]:
    for folder in ("ango_hub", "examples"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if relative in PIPELINE or GENERATED in relative.parents:
                continue
            yield relative


def _is_client(node: ast.expr) -> bool:
    """``client``, ``hub``, ``self._client``, ``assets._client``, ``x.client``..."""
    if isinstance(node, ast.Name):
        return node.id in CLIENT_NAMES
    return isinstance(node, ast.Attribute) and node.attr in CLIENT_NAMES


def _is_json_of_kwargs(node: ast.expr) -> bool:
    """``<...>.kwargs["json"]`` or ``kwargs["json"]``."""
    if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)):
        return False
    if node.slice.value != "json":
        return False
    base = node.value
    return (isinstance(base, ast.Attribute) and base.attr == "kwargs") or (
        isinstance(base, ast.Name) and base.id == "kwargs"
    )


def _patches_json(target: ast.expr) -> bool:
    """An assignment target that writes into (or replaces) a request's ``kwargs["json"]``."""
    node: ast.expr = target
    while isinstance(node, ast.Subscript | ast.Attribute):
        if _is_json_of_kwargs(node):
            return True
        node = node.value
    return False


def offences(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            name = node.attr
            private = name.startswith("_") and not (name.startswith("__") and name.endswith("__"))
            if private and _is_client(node.value) and name not in ENTRY_POINTS:
                yield node.lineno, f"reaches the client's private {name!r}"
            if name == "_api_key":
                yield node.lineno, "reads an API key (use client.redact(text))"
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.Delete):
            targets = list(node.targets)
        for target in targets:
            if _patches_json(target):
                yield target.lineno, 'patches a built request\'s kwargs["json"] (use Request.with_json)'
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in MUTATORS
            and _patches_json(node.func.value)
        ):
            yield node.lineno, 'changes a built request\'s kwargs["json"] in place (use Request.with_json)'


def test_handwritten_code_uses_only_the_clients_entry_points() -> None:
    found = [
        f"{path}:{line}: {what}"
        for path in handwritten_files()
        for line, what in offences(ast.parse((ROOT / path).read_text(encoding="utf-8"), str(path)))
    ]
    assert found == []


#: The code that drives the pipeline (resources, bulk and upload engines, drift): there a
#: private member is reached only on ``self``, apart from a client's entry points.
CONSUMERS = (Path("ango_hub/_async"), Path("ango_hub/drift"))


def foreign_privates(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """``x._name`` where ``x`` is not ``self``/``cls`` (and not a client's entry point)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in {"self", "cls"}:
            continue
        if node.attr in ENTRY_POINTS and _is_client(owner):
            continue
        yield node.lineno, f"reaches {ast.unparse(node)} (a private member of another object)"


def test_engines_and_resources_reach_only_their_own_privates() -> None:
    found = [
        f"{path}:{line}: {what}"
        for path in handwritten_files()
        if any(folder in path.parents for folder in CONSUMERS)
        for line, what in foreign_privates(ast.parse((ROOT / path).read_text(encoding="utf-8"), str(path)))
    ]
    assert found == []


def test_the_check_finds_what_it_forbids() -> None:
    """Each pattern is caught (so the test above cannot pass by finding nothing)."""
    source = """
async def f(self, assets, client, hub, request, kwargs):
    await assets._client._send_raw({}, idempotent=True)
    self._client._timeout_override
    client._auth._api_key
    hub._requests_per_minute
    request.kwargs["json"]["answer"] = 1
    request.kwargs["json"] = {}
    kwargs["json"]["x"] += 1
    request.kwargs["json"].update(x=1)
    await self._client._call(op)
    await self._client._send(request)
    await self._client.transfer("GET", "https://x")
    request.kwargs["json"]["answer"]
"""
    lines = sorted(line for line, _ in offences(ast.parse(source)))
    assert lines == [3, 4, 5, 5, 6, 7, 8, 9, 10]
    foreign = sorted(line for line, _ in foreign_privates(ast.parse(source)))
    assert foreign == [3, 3, 4, 5, 5, 6]
    assert [line for line, _ in foreign_privates(ast.parse("await assets._import_uploaded(p)"))] == [1]


def test_the_entry_points_are_documented_on_the_client() -> None:
    from ango_hub import AsyncClient, Client

    for client_class in (Client, AsyncClient):
        doc = client_class.__doc__ or ""
        for name in (*ENTRY_POINTS, "transfer"):
            assert f"``{name}(" in doc, (client_class.__name__, name)
