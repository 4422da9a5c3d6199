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


T = TypeVar("T", bound="Answer")


@_attrs_define
class Answer:
    """The annotation of a task. Requests name the objects `objects` (annotate, label
    import; documented and sent so by the official SDK). Responses that carry a task's
    answer (get and list tasks, task history) name them `tools`: every documented task
    answer does, and the official SDK merges into `answer["tools"]`. Both names are
    accepted in both directions.

        Attributes:
            objects (list[AnnotationObject] | Unset):
            tools (list[AnnotationObject] | Unset): The objects, as older responses name them.
            classifications (list[ClassificationAnswer] | Unset):
            relations (list[RelationAnswer] | Unset):
    """

    objects: list[AnnotationObject] | Unset = UNSET
    tools: list[AnnotationObject] | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    relations: list[RelationAnswer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objects, Unset):
            objects = []
            for objects_item_data in self.objects:
                objects_item = objects_item_data.to_dict()
                objects.append(objects_item)

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

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
        if objects is not UNSET:
            field_dict["objects"] = objects
        if tools is not UNSET:
            field_dict["tools"] = tools
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
        _objects = d.pop("objects", UNSET)
        objects: list[AnnotationObject] | Unset = UNSET
        if _objects is not UNSET:
            objects = []
            for objects_item_data in _objects:
                objects_item = AnnotationObject.from_dict(objects_item_data)

                objects.append(objects_item)

        _tools = d.pop("tools", UNSET)
        tools: list[AnnotationObject] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = AnnotationObject.from_dict(tools_item_data)

                tools.append(tools_item)

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

        answer = cls(
            objects=objects,
            tools=tools,
            classifications=classifications,
            relations=relations,
        )

        answer.additional_properties = d
        return answer

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
