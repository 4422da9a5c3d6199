"""``ango_hub.mock.perturb``, a documented import path: re-exports :mod:`ango_hub.mock.behaviours.perturb`
(answers that drift from the spec on purpose: :data:`PERTURBATIONS`)."""

from __future__ import annotations

from .behaviours.perturb import PERTURBATIONS, Perturbation, perturbed

__all__ = ["PERTURBATIONS", "Perturbation", "perturbed"]
