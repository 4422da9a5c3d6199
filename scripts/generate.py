#!/usr/bin/env python3
"""Generate ``generated/ango_hub_api`` from ``openapi/ango-hub.yaml``, or check it is current.

The curated spec describes the wire exactly. openapi-python-client cannot use it as it
is, so this script derives a *generator view* of it first and runs the pinned generator
on that view:

* Query parameters described with ``content: application/json`` (JSON-encoded filters
  such as ``filter={"stage": ...}``) are silently dropped by the generator. In the view
  they become plain string parameters; ``ango_hub`` serialises typed filters into them.
* A request body offered in several media types (``multipart/form-data`` and
  ``application/x-www-form-urlencoded`` for the same form) keeps only the first: the
  generator would send both at once. The client sends the preferred one.
* Constraints that only restrict which properties must be present together
  (``anyOf``/``oneOf`` of ``required`` lists, ``not``) are dropped: the generator cannot
  turn them into types (it would build empty models). The server and the mock enforce them.
* A property typed by a string enum (a ``$ref`` to a named one, an inline one, or a choice
  between enums) also accepts any string: ``anyOf: [<the enum>, {type: string}]``. The
  generated models then parse a value the spec does not know yet (the API grows) as a
  plain string instead of raising.

The generator writes the typed modules (``models/``, ``api/``) through the templates in
``templates/`` (see ``templates/README.md``). This script then writes what the generator
cannot: ``operation.py`` (copied from ``templates/static/``) and ``operations/``, a typed
table of every operation of the spec (request builder, response parser, ``x-idempotent``),
one module per tag, which is the only way ``ango_hub`` reaches the generated modules (an
operation imports its generated module on first use: module ``__getattr__``), and
``response_schemas.json``: each operation's parameters and answers (status, media type,
schema) with the schemas they use, cut down to what a response check reads (types,
properties, required, enums, compositions, ``nullable``, ``x-secret``). ``ango_hub.drift``
checks answers against it without reading YAML. Last, a schema that is only a ``$ref`` to
another (``WebhookEvent`` to ``ExportAsset``) is made the same class as its target: the
generator would write a copy of it (and of its nested models) that functions typed for the
target refuse; each such module becomes ``from .<target> import <Target> as <Alias>``.

Usage::

    python scripts/generate.py            # rewrite generated/ango_hub_api
    python scripts/generate.py --check    # regenerate into a temporary directory and
                                          # fail if it differs from generated/
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "ango-hub.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
PACKAGE = "ango_hub_api"
OUTPUT = ROOT / "generated" / PACKAGE
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

Json = dict[str, Any]


def _json_parameter_as_string(param: Json) -> None:
    """Turn a ``content: application/json`` parameter into a documented string parameter."""
    if "content" not in param:
        return
    content = param.pop("content")
    media = content.get("application/json", {})
    note = "JSON-encoded."
    description = param.get("description", "").rstrip()
    param["description"] = f"{description}\n\n{note}".strip() if note not in description else description
    param["schema"] = {"type": "string"}
    if "example" in media:
        param["example"] = json.dumps(media["example"], separators=(",", ":"))


def _first_media_type_only(operation: Json) -> None:
    """Keep only the first (preferred) media type of a request body."""
    content = operation.get("requestBody", {}).get("content")
    if isinstance(content, dict) and len(content) > 1:
        first = next(iter(content))
        operation["requestBody"]["content"] = {first: content[first]}


def _drop_presence_constraints(schema: Json) -> None:
    """Remove ``not`` and ``anyOf``/``oneOf`` lists made only of ``required`` constraints."""
    schema.pop("not", None)
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options and all(set(o) == {"required"} for o in options):
            del schema[key]


def _enum_names(spec: Json) -> set[str]:
    schemas = spec.get("components", {}).get("schemas", {})
    return {name for name, schema in schemas.items() if schema.get("type") == "string" and "enum" in schema}


def _open_enum(schema: Json, enum_refs: set[str]) -> Json:
    """Return ``schema`` widened to also accept any string if it is a string enum.

    Covers a ``$ref`` to a named string enum, an inline string enum, and an
    ``anyOf``/``oneOf`` whose members are all string enums (two spellings of one field).
    """
    if set(schema) == {"$ref"} and schema["$ref"] in enum_refs:
        return {"anyOf": [schema, {"type": "string"}]}
    if schema.get("type") == "string" and "enum" in schema:
        description = schema.get("description")
        inline = {key: value for key, value in schema.items() if key != "description"}
        widened: Json = {"anyOf": [inline, {"type": "string"}]}
        if description:
            widened["description"] = description
        return widened
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if (
            isinstance(options, list)
            and options
            and all(
                isinstance(option, dict) and set(option) == {"$ref"} and option["$ref"] in enum_refs
                for option in options
            )
        ):
            return {**schema, key: [*options, {"type": "string"}]}
    return schema


def _open_enums_in(schema: Json, enum_refs: set[str]) -> None:
    for name, prop in list(schema.get("properties", {}).items()):
        widened = _open_enum(prop, enum_refs)
        schema["properties"][name] = widened
        if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
            prop["items"] = _open_enum(prop["items"], enum_refs)


def generator_view(spec: Json) -> Json:
    """Return the copy of ``spec`` that openapi-python-client is run on."""
    view = copy.deepcopy(spec)
    for param in view.get("components", {}).get("parameters", {}).values():
        _json_parameter_as_string(param)
    for path_item in view.get("paths", {}).values():
        for param in path_item.get("parameters", []):
            _json_parameter_as_string(param)
        for method, operation in path_item.items():
            if method in HTTP_METHODS:
                for param in operation.get("parameters", []):
                    _json_parameter_as_string(param)
                _first_media_type_only(operation)
    enum_refs = {f"#/components/schemas/{name}" for name in _enum_names(view)}
    for schema in view.get("components", {}).get("schemas", {}).values():
        _drop_presence_constraints(schema)
        _open_enums_in(schema, enum_refs)
    return view


def run_generator(output: Path) -> None:
    """Generate the package into ``output`` (which must not exist yet)."""
    bin_dir = Path(sys.executable).parent
    generator = bin_dir / "openapi-python-client"
    if not generator.exists():
        sys.exit(f"error: {generator} not found; install the dev extra: pip install -e '.[dev]'")
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="ango-hub-view-") as tmp:
        view_path = Path(tmp) / "ango-hub.generator-view.json"
        view_path.write_text(json.dumps(generator_view(spec), indent=2), encoding="utf-8")
        env = dict(os.environ)
        # The generator's post-hooks run `ruff` from PATH: use the pinned one.
        env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
        cmd = [
            str(generator),
            "generate",
            "--path",
            str(view_path),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--custom-template-path",
            str(TEMPLATES),
            "--fail-on-warning",
        ]
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            sys.exit(f"error: openapi-python-client failed with exit code {result.returncode}")
    # --meta none writes no py.typed; the package is typed.
    (output / "py.typed").write_text("", encoding="utf-8")
    for static in ("operation.py", "response_types.py"):
        shutil.copyfile(TEMPLATES / "static" / static, output / static)
    write_operations(spec, output / "operations")
    write_response_schemas(spec, output / RESPONSE_SCHEMAS)
    write_schema_aliases(spec, output / "models")
    subprocess.run(
        [str(bin_dir / "ruff"), "format", "--isolated", "--no-cache", "--quiet", str(output / "operations")],
        check=True,
    )


def _snake(name: str) -> str:
    """The module name openapi-python-client gives the model class ``name``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def write_schema_aliases(spec: Json, models: Path) -> None:
    """Make a schema that is only a ``$ref`` to another (``WebhookEvent: $ref ExportAsset``)
    the same class as its target, not a copy of it.

    openapi-python-client writes such an alias as a second model class with the target's
    fields (and copies of its nested models, ``WebhookEventMetadata``...), which an
    ``isinstance`` or a function typed for the target (``export_tasks(record)``) refuses.
    Each of those modules becomes ``from .<target> import <Target> as <Alias>``.
    """
    schemas: Json = spec.get("components", {}).get("schemas", {})
    for alias, schema in schemas.items():
        ref = schema.get("$ref") if isinstance(schema, dict) and len(schema) == 1 else None
        if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            continue
        target = ref.rsplit("/", 1)[1]
        for module in sorted(models.glob(f"{_snake(alias)}*.py")):
            # The module's model class (not a private helper class before it, such as the
            # ``_<Model>Slots`` base of a model with lazy fields).
            found = re.search(r"^class ([A-Za-z]\w*)\b", module.read_text(encoding="utf-8"), re.MULTILINE)
            if found is None or not found.group(1).startswith(alias):
                continue
            name = found.group(1)
            suffix = name[len(alias) :]
            if suffix and name in schemas:
                continue  # a schema of its own that happens to share the prefix
            target_name = target + suffix
            target_module = _snake(target_name)
            if not (models / f"{target_module}.py").exists():
                sys.exit(f"error: {name} aliases {target_name}, but models/{target_module}.py is missing")
            module.write_text(
                f'"""``{name}``: the spec\'s ``{alias}`` is ``{target}`` (a bare ``$ref``), so this is the\n'
                f'same class as ``{target_name}``.\n\n{GENERATED_NOTE}\n"""\n\n'
                f"from .{target_module} import {target_name} as {name}\n\n"
                f'__all__ = ["{name}"]\n',
                encoding="utf-8",
            )


GENERATED_NOTE = "Generated by scripts/generate.py from openapi/ango-hub.yaml: do not edit."


def operations_by_tag(spec: Json) -> dict[str, list[tuple[str, str, Json]]]:
    """tag module name -> [(HTTP method, path, operation)], in the spec's order."""
    from openapi_python_client.strings import snake_case

    by_tag: dict[str, list[tuple[str, str, Json]]] = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                tag = snake_case(operation.get("tags", ["default"])[0])
                by_tag.setdefault(tag, []).append((method, path, operation))
    return dict(sorted(by_tag.items()))


def _tuple(strings: Iterable[str]) -> str:
    """A tuple of string literals, as Python source."""
    return "(" + "".join(json.dumps(item) + ", " for item in strings) + ")"


def write_operations(spec: Json, folder: Path) -> None:
    """Write ``operations/``: one module per tag with an ``Operation`` per operationId."""
    from openapi_python_client.strings import snake_case

    folder.mkdir()
    by_tag = operations_by_tag(spec)
    package = folder.parent
    for tag, entries in by_tag.items():
        lines = [
            f'"""The operations tagged ``{tag}`` in the spec, for ``ango_hub``\'s request pipeline.',
            "",
            GENERATED_NOTE,
            '"""',
            "",
            "from __future__ import annotations",
            "",
        ]
        names = [snake_case(operation["operationId"]) for _, _, operation in entries]
        lines += [
            "from typing import TYPE_CHECKING",
            "",
            "from ..operation import lazy_operations",
            "",
            "if TYPE_CHECKING:",
        ]
        for name in sorted(names):
            if not (package / "api" / tag / f"{name}.py").exists():
                sys.exit(f"error: the generator wrote no api/{tag}/{name}.py for operationId {name}")
            lines.append(f"    from ..api.{tag} import {name} as _{name}")
        lines.append("    from ..operation import operation")
        table = [
            "",
            "#: Each operation of the tag: attribute -> (operationId, HTTP method, path, safe to repeat).",
            "_OPERATIONS: dict[str, tuple[str, str, str, bool]] = {",
        ]
        for (method, path, operation), name in zip(entries, names, strict=True):
            idempotent = method in {"get", "head", "options"} or bool(operation.get("x-idempotent"))
            summary = str(operation.get("summary", "")).strip().rstrip(".")
            mark = " (x-idempotent)" if operation.get("x-idempotent") else ""
            lines += [
                "",
                f"    #: ``{method.upper()} {path}``: {summary}{mark}.",
                f"    {name} = operation(",
                f'        "{operation["operationId"]}",',
                f'        "{method.upper()}",',
                f'        "{path}",',
                f"        _{name}._get_kwargs,",
                f"        _{name}._parse_response,",
                f"        idempotent={idempotent},",
                "    )",
            ]
            table.append(
                f'    "{name}": ("{operation["operationId"]}", "{method.upper()}", "{path}", {idempotent}),'
            )
        lines += [*table, "}", ""]
        lines += ["", "__getattr__, __dir__ = lazy_operations(__name__, _OPERATIONS)"]
        (folder / f"{tag}.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = [operation["operationId"] for entries in by_tag.values() for _, _, operation in entries]
    init = [
        '"""Every operation of the spec, one module per tag (``operations.<tag>.<operationId>``).',
        "",
        "The tag modules are imported on first use (each imports its generated operation modules).",
        "",
        GENERATED_NOTE,
        '"""',
        "",
        "#: Tag module -> the operationIds it holds, in the spec's order.",
        "OPERATIONS_BY_TAG: dict[str, tuple[str, ...]] = {",
        *(
            f"    {json.dumps(tag)}: {_tuple(operation['operationId'] for _, _, operation in entries)},"
            for tag, entries in by_tag.items()
        ),
        "}",
        "",
        "#: Every operationId of the spec.",
        f"OPERATION_IDS: tuple[str, ...] = {_tuple(ids)}",
        "",
    ]
    (folder / "__init__.py").write_text("\n".join(init) + "\n", encoding="utf-8")


RESPONSE_SCHEMAS = "response_schemas.json"
#: The schema keywords a response check reads; the rest (descriptions, examples, request
#: constraints such as ``minLength``) is left out of ``response_schemas.json``.
_CHECKED_KEYWORDS = ("type", "nullable", "enum", "format", "required", "x-secret", "writeOnly")
_CHECKED_FORMATS = {"date-time"}


def _compact(schema: Any) -> Any:
    """``schema`` with only what a response check reads (the keywords of ``_CHECKED_KEYWORDS``)."""
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return {"$ref": schema["$ref"]}
    out: Json = {}
    for key in _CHECKED_KEYWORDS:
        if key in schema and not (key == "format" and schema[key] not in _CHECKED_FORMATS):
            out[key] = schema[key]
    if "properties" in schema:
        out["properties"] = {name: _compact(prop) for name, prop in schema["properties"].items()}
    if "additionalProperties" in schema:
        out["additionalProperties"] = _compact(schema["additionalProperties"])
    if "items" in schema:
        out["items"] = _compact(schema["items"])
    for key in ("allOf", "anyOf", "oneOf"):
        # Lists made only of presence constraints (``required``) say nothing of an answer's shape.
        options = schema.get(key)
        if isinstance(options, list) and not all(set(option) <= {"required"} for option in options):
            out[key] = [_compact(option) for option in options]
    return out


def _refs(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        if isinstance(value.get("$ref"), str):
            yield value["$ref"].rsplit("/", 1)[-1]
        for item in value.values():
            yield from _refs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _refs(item)


def response_schemas(spec: Json) -> Json:
    """What ``response_schemas.json`` holds: the operations and the schemas of their answers."""
    components = spec.get("components", {})

    def resolve(value: Json, section: str) -> Json:
        ref = value.get("$ref")
        return components[section][ref.rsplit("/", 1)[-1]] if isinstance(ref, str) else value

    operations: Json = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            parameters = []
            for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
                param = resolve(raw, "parameters")
                media: Json = next(iter(param.get("content", {}).values()), {})
                schema = param.get("schema") or media.get("schema")
                required = bool(param.get("required"))
                entry: Json = {"name": param["name"], "in": param["in"], "required": required}
                resolved = resolve(schema, "schemas") if isinstance(schema, dict) else {}
                if "enum" in resolved:
                    entry["enum"] = resolved["enum"]
                parameters.append(entry)
            responses: Json = {}
            links: list[Json] = []
            for status, raw in operation.get("responses", {}).items():
                response = resolve(raw, "responses")
                content = response.get("content") or {}
                responses[str(status)] = {
                    media: _compact(body["schema"]) if "schema" in body else None
                    for media, body in content.items()
                }
                if str(status).startswith("2"):
                    for link in (response.get("links") or {}).values():
                        link = resolve(link, "links")
                        if "operationId" in link:
                            links.append(
                                {"operationId": link["operationId"], "parameters": link.get("parameters", {})}
                            )
            operations[operation["operationId"]] = {
                "method": method.upper(),
                "path": path,
                "parameters": parameters,
                "responses": responses,
            }
            if links:
                # The spec's links of a success answer: what verify fills a GET's parameters from.
                operations[operation["operationId"]]["links"] = links
    all_schemas = components.get("schemas", {})
    used: dict[str, Json] = {}
    pending = list(_refs(operations))
    while pending:
        name = pending.pop()
        if name not in used:
            used[name] = _compact(all_schemas[name])
            pending.extend(_refs(used[name]))
    return {
        "note": GENERATED_NOTE,
        "operations": operations,
        "schemas": {name: used[name] for name in all_schemas if name in used},
    }


def write_response_schemas(spec: Json, path: Path) -> None:
    """Write ``response_schemas.json`` (one operation or schema per line, for readable diffs)."""
    data = response_schemas(spec)
    lines = ["{", f'"note": {json.dumps(data["note"])},']
    for section in ("operations", "schemas"):
        entries = list(data[section].items())
        lines.append(f'"{section}": {{')
        lines += [
            f"{json.dumps(name)}: {json.dumps(value, separators=(',', ':'))}"
            + ("," if index < len(entries) - 1 else "")
            for index, (name, value) in enumerate(entries)
        ]
        lines.append("}," if section == "operations" else "}")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _differences(expected: Path, actual: Path) -> list[str]:
    """Paths (relative to the package) that differ between two trees."""
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        diffs.extend(f"{prefix}{name} (only in the fresh generation)" for name in cmp.left_only)
        diffs.extend(f"{prefix}{name} (only in generated/)" for name in cmp.right_only)
        for name in cmp.common_files:
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                diffs.append(f"{prefix}{name} (content differs)")
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__", ".ruff_cache", ".mypy_cache"]
    walk(filecmp.dircmp(expected, actual, ignore=ignore), "")
    return sorted(diffs)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not up to date")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ango-hub-gen-") as tmp:
        fresh = Path(tmp) / PACKAGE
        run_generator(fresh)
        if args.check:
            if not OUTPUT.exists():
                print(f"generated/{PACKAGE} is missing: run `make generate` and commit it.", file=sys.stderr)
                return 1
            diffs = _differences(fresh, OUTPUT)
            if diffs:
                print(
                    f"generated/{PACKAGE} is out of date with openapi/ango-hub.yaml or "
                    "generator-config.yaml (or was edited by hand).\n"
                    "Run `make generate` and commit the result. Differences:",
                    file=sys.stderr,
                )
                for line in diffs:
                    print(f"  {line}", file=sys.stderr)
                return 1
            print(f"generated/{PACKAGE} is up to date with the spec.")
            return 0
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, OUTPUT)
    print(f"wrote generated/{PACKAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
