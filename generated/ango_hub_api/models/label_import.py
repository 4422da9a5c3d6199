from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="LabelImport")
_new_object = object.__new__


class _LabelImportSlots(LazyModel):
    """The slots that hold `LabelImport`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_answer",
        "_slot_classifications",
        "_slot_objects",
        "_slot_relations",
    )
    _slot_objects: Any
    _slot_classifications: Any
    _slot_relations: Any
    _slot_answer: Any


@_attrs_define(repr=False)
class LabelImport(_LabelImportSlots):
    """The answer for one asset, found by `externalId` (or `dataUrl`, `assetId`, or
    `data`: the import-format page's rotated-box, segmentation and tree-dropdown
    examples name the asset by its URL under `data`). The objects, classifications and
    relations sit at the top level (import format) or under `answer` (current
    reference). Classification answers name options by value.

        Attributes:
            external_id (str | Unset):
            data_url (str | Unset):
            asset_id (str | Unset):
            data (str | Unset): URL of the asset (the `data` it was imported with), as the import-format page's
                examples give it instead of an `externalId`.
            objects (list[AnnotationObject] | Unset):
            classifications (list[ClassificationAnswer] | Unset):
            relations (list[RelationAnswer] | Unset):
            answer (Answer | Unset): The annotation of a task. Requests name the objects `objects` (annotate, label
                import; documented and sent so by the official SDK). Responses that carry a task's
                answer (get and list tasks, task history) name them `tools`: every documented task
                answer does, and the official SDK merges into `answer["tools"]`. Both names are
                accepted in both directions.
            status (str | Unset): Status to give the task, e.g. `Completed`.
            brush_data_url (None | str | Unset):
            medical_brush_data_url (None | str | Unset):
    """

    external_id: str | Unset = UNSET
    data_url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    data: str | Unset = UNSET
    objects: list[AnnotationObject] | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    relations: list[RelationAnswer] | Unset = UNSET
    answer: Answer | Unset = UNSET
    status: str | Unset = UNSET
    brush_data_url: None | str | Unset = UNSET
    medical_brush_data_url: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        data_url = self.data_url

        asset_id = self.asset_id

        data = self.data

        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        relations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = []
            for relations_item_data in self.relations:
                relations_item = relations_item_data.to_dict()
                relations.append(relations_item)

        answer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answer, Unset):
            answer = self.answer.to_dict()

        status = self.status

        brush_data_url: None | str | Unset
        if isinstance(self.brush_data_url, Unset):
            brush_data_url = UNSET
        else:
            brush_data_url = self.brush_data_url

        medical_brush_data_url: None | str | Unset
        if isinstance(self.medical_brush_data_url, Unset):
            medical_brush_data_url = UNSET
        else:
            medical_brush_data_url = self.medical_brush_data_url

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if data_url is not UNSET:
            field_dict["dataUrl"] = data_url
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if data is not UNSET:
            field_dict["data"] = data
        if objects is not UNSET:
            field_dict["objects"] = objects
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if relations is not UNSET:
            field_dict["relations"] = relations
        if answer is not UNSET:
            field_dict["answer"] = answer
        if status is not UNSET:
            field_dict["status"] = status
        if brush_data_url is not UNSET:
            field_dict["brushDataUrl"] = brush_data_url
        if medical_brush_data_url is not UNSET:
            field_dict["medicalBrushDataUrl"] = medical_brush_data_url

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "objects" in src:
            value = src["objects"]
            if type(value) is not list:
                return False
            for item in value:
                if not AnnotationObject._fits(item):
                    return False
        if "classifications" in src:
            value = src["classifications"]
            if type(value) is not list:
                return False
            for item in value:
                if not ClassificationAnswer._fits(item):
                    return False
        if "relations" in src:
            value = src["relations"]
            if type(value) is not list:
                return False
            for item in value:
                if not RelationAnswer._fits(item):
                    return False
        if "answer" in src:
            value = src["answer"]
            if not Answer._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _LabelImportSlots = _instance
        if "objects" in src_dict:
            objects: Any = src_dict["objects"]
            _slots._slot_objects = (
                LAZY
                if objects
                and (
                    type(objects) is list and all(map(AnnotationObject._fits, objects))
                )
                else [
                    AnnotationObject.from_dict(objects_item_data)
                    for objects_item_data in objects
                ]
            )
        else:
            _slots._slot_objects = UNSET
        if "classifications" in src_dict:
            classifications: Any = src_dict["classifications"]
            _slots._slot_classifications = (
                LAZY
                if classifications
                and (
                    type(classifications) is list
                    and all(map(ClassificationAnswer._fits, classifications))
                )
                else [
                    ClassificationAnswer.from_dict(classifications_item_data)
                    for classifications_item_data in classifications
                ]
            )
        else:
            _slots._slot_classifications = UNSET
        if "relations" in src_dict:
            relations: Any = src_dict["relations"]
            _slots._slot_relations = (
                LAZY
                if relations
                and (
                    type(relations) is list
                    and all(map(RelationAnswer._fits, relations))
                )
                else [
                    RelationAnswer.from_dict(relations_item_data)
                    for relations_item_data in relations
                ]
            )
        else:
            _slots._slot_relations = UNSET
        if "answer" in src_dict:
            answer: Any = src_dict["answer"]
            _slots._slot_answer = (
                LAZY if Answer._fits(answer) else Answer.from_dict(answer)
            )
        else:
            _slots._slot_answer = UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.data_url = src_dict["dataUrl"] if "dataUrl" in src_dict else UNSET
        _instance.asset_id = src_dict["assetId"] if "assetId" in src_dict else UNSET
        _instance.data = src_dict["data"] if "data" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _LabelImportSlots = _instance
        _slots._slot_objects = (
            (LAZY if src_dict["objects"] else []) if "objects" in src_dict else UNSET
        )
        _slots._slot_classifications = (
            (LAZY if src_dict["classifications"] else [])
            if "classifications" in src_dict
            else UNSET
        )
        _slots._slot_relations = (
            (LAZY if src_dict["relations"] else [])
            if "relations" in src_dict
            else UNSET
        )
        _slots._slot_answer = LAZY if "answer" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.data_url = src_dict["dataUrl"] if "dataUrl" in src_dict else UNSET
        _instance.asset_id = src_dict["assetId"] if "assetId" in src_dict else UNSET
        _instance.data = src_dict["data"] if "data" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "externalId",
        "dataUrl",
        "assetId",
        "data",
        "objects",
        "classifications",
        "relations",
        "answer",
        "status",
        "brushDataUrl",
        "medicalBrushDataUrl",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "objects": ("objects", lambda: AnnotationObject, True),
    "classifications": ("classifications", lambda: ClassificationAnswer, True),
    "relations": ("relations", lambda: RelationAnswer, True),
    "answer": ("answer", lambda: Answer, False),
}
install_lazy_fields(LabelImport, _LAZY_FIELDS)


from ..models.annotation_object import AnnotationObject
from ..models.answer import Answer
from ..models.classification_answer import ClassificationAnswer
from ..models.relation_answer import RelationAnswer
