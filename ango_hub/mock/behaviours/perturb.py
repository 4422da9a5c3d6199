"""Answers that drift from the spec on purpose: ``create_app(perturb=True)``, ``--perturb``.

For trying a drift check (``ango-hub verify``, ``Client(validate_responses=...)``): four
operations answer something the spec does not say, one way each, always the same way:

==================  =================  ====================================================
operation           kind of finding    JSON path (what changes)
==================  =================  ====================================================
``list_projects``   type               ``$.data.total`` (the integer as a string)
``get_project``     undeclared-field   ``$.data.project.perturbedField`` (a field added)
``list_tasks``      enum-value         ``$.data.tasks[*].type`` (``"perturbed"``, not a TaskType)
``get_task``        required-missing   ``$.data.task._id`` (the required ``_id`` left out)
==================  =================  ====================================================

Every other answer is as usual. ``PERTURBATIONS`` lists them for tests.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["PERTURBATIONS", "Perturbation", "perturbed"]

Json = dict[str, Any]


def _total_as_string(payload: Json) -> None:
    data = payload["data"]
    data["total"] = str(data.get("total", len(data.get("projects", []))))


def _extra_field(payload: Json) -> None:
    payload["data"]["project"]["perturbedField"] = "not in the spec"


def _new_enum_value(payload: Json) -> None:
    for task in payload["data"]["tasks"]:
        task["type"] = "perturbed"


def _required_missing(payload: Json) -> None:
    payload["data"]["task"].pop("_id", None)


@dataclass(frozen=True)
class Perturbation:
    """How the answer of one operation is changed, and what a drift check should find."""

    operation_id: str
    #: The kind of finding it makes (``ango_hub.drift.KINDS``).
    kind: str
    #: The JSON path of the finding.
    path: str
    change: Callable[[Json], None]


PERTURBATIONS: tuple[Perturbation, ...] = (
    Perturbation("list_projects", "type", "$.data.total", _total_as_string),
    Perturbation("get_project", "undeclared-field", "$.data.project.perturbedField", _extra_field),
    Perturbation("list_tasks", "enum-value", "$.data.tasks[*].type", _new_enum_value),
    Perturbation("get_task", "required-missing", "$.data.task._id", _required_missing),
)
_BY_OPERATION = {perturbation.operation_id: perturbation for perturbation in PERTURBATIONS}


def perturbed(operation_id: str, payload: Json) -> Json | None:
    """A changed copy of a success answer of ``operation_id``; None when it is not perturbed."""
    perturbation = _BY_OPERATION.get(operation_id)
    if perturbation is None:
        return None
    changed = copy.deepcopy(payload)
    perturbation.change(changed)
    return changed
