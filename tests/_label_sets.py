"""Label sets shared by the test modules: the ``CategorySchema`` JSON the annotation tests
build and validate answers against, and the spec check of the label-set tests."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ango_hub.mock.web.spec import ApiSpec, SchemaViolation

ROOT = Path(__file__).resolve().parent.parent
SPEC = ApiSpec.load(ROOT / "openapi" / "ango-hub.yaml")
CATEGORY_SCHEMA = {"$ref": "#/components/schemas/CategorySchema"}

CAR: dict[str, Any] = {
    "schemaId": "t-car",
    "title": "Car",
    "tool": "bounding-box",
    "classifications": [
        {
            "schemaId": "c-color",
            "title": "Color",
            "tool": "radio",
            "options": [
                {"value": "Red", "schemaId": "o-red"},
                {"value": "Blue", "schemaId": "o-blue"},
            ],
        }
    ],
}
ROAD: dict[str, Any] = {"schemaId": "t-road", "title": "Road", "tool": "polygon"}
WEATHER: dict[str, Any] = {
    "schemaId": "c-weather",
    "title": "Weather",
    "tool": "checkbox",
    "options": [{"value": "Rain", "schemaId": "o-rain"}, {"value": "Fog", "schemaId": "o-fog"}],
}
NEAR: dict[str, Any] = {"schemaId": "r-near", "title": "Near", "tool": "one-to-one"}


def answer_label_set(
    *,
    tools: Iterable[dict[str, Any]] = (),
    classifications: Iterable[dict[str, Any]] = (),
    relations: Iterable[dict[str, Any]] = (),
) -> dict[str, Any]:
    """A fresh ``CategorySchema`` JSON: the tools Car (a bounding box with the radio Color:
    Red, Blue) and Road (a polygon), the checkbox Weather (Rain, Fog) and the one-to-one
    relation Near, each list followed by the entries given."""
    return copy.deepcopy(
        {
            "tools": [CAR, ROAD, *tools],
            "classifications": [WEATHER, *classifications],
            "relations": [NEAR, *relations],
        }
    )


def category_schema_violations(emitted: Any) -> list[SchemaViolation]:
    """Every way ``emitted`` breaks the spec's ``CategorySchema`` (empty when it fits)."""
    return SPEC.violations(emitted, CATEGORY_SCHEMA)
