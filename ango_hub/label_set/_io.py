"""Reading and writing label sets as JSON or YAML files (YAML needs the ``yaml`` extra)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)


def _yaml() -> ModuleType:
    try:
        import yaml  # optional: imported on first use
    except ImportError as error:
        raise ModuleNotFoundError(
            "reading or writing YAML label sets needs PyYAML: pip install 'ango-hub[yaml]'"
        ) from error
    return yaml


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in JSON_SUFFIXES + YAML_SUFFIXES:
        raise ValueError(
            f"{path}: a label set is saved as .json, .yaml or .yml, not {suffix or 'no extension'!r}"
        )
    return suffix


def read_document(path: str | os.PathLike[str]) -> Any:
    """The JSON or YAML document in ``path`` (chosen by its extension)."""
    file = Path(path)
    suffix = _suffix(file)
    text = file.read_text(encoding="utf-8")
    if suffix in YAML_SUFFIXES:
        return _yaml().safe_load(text)
    return json.loads(text)


def write_document(path: str | os.PathLike[str], document: Any) -> Path:
    """Write ``document`` to ``path`` as JSON (indented) or YAML, by its extension."""
    file = Path(path)
    suffix = _suffix(file)
    if suffix in YAML_SUFFIXES:
        text = _yaml().safe_dump(document, sort_keys=False, allow_unicode=True)
    else:
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    file.write_text(text, encoding="utf-8")
    return file
