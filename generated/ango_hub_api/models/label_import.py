from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_object import AnnotationObject
    from ..models.answer import Answer
    from ..models.classification_answer import ClassificationAnswer
    from ..models.relation_answer import RelationAnswer


T = TypeVar("T", bound="LabelImport")


@_attrs_define
class LabelImport:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotation_object import AnnotationObject
        from ..models.answer import Answer
        from ..models.classification_answer import ClassificationAnswer
        from ..models.relation_answer import RelationAnswer

        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        data_url = d.pop("dataUrl", UNSET)

        asset_id = d.pop("assetId", UNSET)

        data = d.pop("data", UNSET)

        _objects = d.pop("objects", UNSET)
        objects: list[AnnotationObject] | Unset = UNSET
        if _objects is not UNSET:
            objects = []
            for objects_item_data in _objects:
                objects_item = AnnotationObject.from_dict(objects_item_data)

                objects.append(objects_item)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[ClassificationAnswer] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = ClassificationAnswer.from_dict(
                    classifications_item_data
                )

                classifications.append(classifications_item)

        _relations = d.pop("relations", UNSET)
        relations: list[RelationAnswer] | Unset = UNSET
        if _relations is not UNSET:
            relations = []
            for relations_item_data in _relations:
                relations_item = RelationAnswer.from_dict(relations_item_data)

                relations.append(relations_item)

        _answer = d.pop("answer", UNSET)
        answer: Answer | Unset
        if isinstance(_answer, Unset):
            answer = UNSET
        else:
            answer = Answer.from_dict(_answer)

        status = d.pop("status", UNSET)

        def _parse_brush_data_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brush_data_url = _parse_brush_data_url(d.pop("brushDataUrl", UNSET))

        def _parse_medical_brush_data_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        medical_brush_data_url = _parse_medical_brush_data_url(
            d.pop("medicalBrushDataUrl", UNSET)
        )

        label_import = cls(
            external_id=external_id,
            data_url=data_url,
            asset_id=asset_id,
            data=data,
            objects=objects,
            classifications=classifications,
            relations=relations,
            answer=answer,
            status=status,
            brush_data_url=brush_data_url,
            medical_brush_data_url=medical_brush_data_url,
        )

        label_import.additional_properties = d
        return label_import

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
