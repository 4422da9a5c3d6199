from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_object import AnnotationObject
    from ..models.classification_answer import ClassificationAnswer
    from ..models.relation_answer import RelationAnswer


T = TypeVar("T", bound="LabelImport")


@_attrs_define
class LabelImport:
    """The answer for one asset, found by its external ID (or data URL).

    Attributes:
        external_id (str | Unset):
        data_url (str | Unset):
        objects (list[AnnotationObject] | Unset):
        classifications (list[ClassificationAnswer] | Unset):
        relations (list[RelationAnswer] | Unset):
    """

    external_id: str | Unset = UNSET
    data_url: str | Unset = UNSET
    objects: list[AnnotationObject] | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    relations: list[RelationAnswer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        data_url = self.data_url

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if data_url is not UNSET:
            field_dict["dataUrl"] = data_url
        if objects is not UNSET:
            field_dict["objects"] = objects
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if relations is not UNSET:
            field_dict["relations"] = relations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotation_object import AnnotationObject
        from ..models.classification_answer import ClassificationAnswer
        from ..models.relation_answer import RelationAnswer

        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        data_url = d.pop("dataUrl", UNSET)

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

        label_import = cls(
            external_id=external_id,
            data_url=data_url,
            objects=objects,
            classifications=classifications,
            relations=relations,
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
