"""Builders for Ango Hub answers and label imports, with validation against a label set.

>>> from ango_hub.annotations import Classification, Relation, TaskAnswer, ToolObject
>>> car = ToolObject.bounding_box(10, 20, 100, 50, schema_id="tool-car", object_id="o1")
>>> wheel = ToolObject.point(30, 60, schema_id="tool-wheel", object_id="o2")
>>> answer = TaskAnswer(
...     objects=[car, wheel],
...     classifications=[Classification.radio("opt-sunny", schema_id="cls-weather")],
...     relations=[Relation.one_to_one(car, wheel, schema_id="rel-has")],
... )
>>> answer.to_dict()["relations"]
[{'schemaId': 'rel-has', 'from': 'o1', 'to': 'o2'}]

``answer.to_model()`` is the generated ``Answer`` that ``hub.labels.annotate`` takes;
``LabelImportRow.from_answer(answer, external_id="cat.jpg").to_model()`` is a row for
``hub.labels.import_``. ``validate(answer, label_set)`` (or ``answer.validate(label_set)``)
raises :class:`AnnotationError` listing every problem with its path.
"""

from ._answer import LabelImportRow, TaskAnswer, ToolObject
from ._classifications import Classification, OptionsBy
from ._common import AnnotationError, Problem, deterministic_id
from ._geometry import GEOMETRY_KEYS, PdfRect, Zone, rotated_box_corners
from ._relations import Direction, Relation
from ._schema import LabelSetLike, SchemaIndex
from ._validate import find_problems, validate

__all__ = [
    "GEOMETRY_KEYS",
    "AnnotationError",
    "Classification",
    "Direction",
    "LabelImportRow",
    "LabelSetLike",
    "OptionsBy",
    "PdfRect",
    "Problem",
    "Relation",
    "SchemaIndex",
    "TaskAnswer",
    "ToolObject",
    "Zone",
    "deterministic_id",
    "find_problems",
    "rotated_box_corners",
    "validate",
]
