"""What a label set may be given as, wherever the client takes one, and its one conversion.

``hub.projects.create``/``set_label_set``, ``hub.tasks.annotate``, ``hub.labels.annotate``
and ``import_``, the answer builders of ``ango_hub.annotations`` (``label_set=``),
``validate``/``find_problems`` and the mock's ``add_project`` all take the same three forms
and read them with :func:`label_set_dict`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ango_hub_api.models.category_schema import CategorySchema

from ._builder import LabelSet

__all__ = ["LabelSetInput", "label_set_dict"]

#: A label set: the ``LabelSet`` builder, the generated ``CategorySchema``, or its JSON
#: (``{"tools": [...], "classifications": [...], "relations": [...]}``).
LabelSetInput = LabelSet | CategorySchema | Mapping[str, Any]


def label_set_dict(value: object, *, name: str = "label_set") -> dict[str, Any]:
    """The ``CategorySchema`` JSON of a label set given in any of the forms of ``LabelSetInput``.

    A ``LabelSet`` is not validated here (``LabelSet.validate`` does that; sending one to
    ``hub.projects`` does both); ``name`` is what the ``TypeError`` for anything else calls it.
    """
    if isinstance(value, LabelSet | CategorySchema):
        return value.to_dict()
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(
        f"{name} must be a LabelSet (ango_hub.label_set), a CategorySchema or its JSON (a mapping), "
        f"got {type(value).__name__}"
    )
