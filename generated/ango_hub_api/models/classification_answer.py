from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_metadata import AnnotationMetadata


T = TypeVar("T", bound="ClassificationAnswer")


@_attrs_define
class ClassificationAnswer:
    """The answer to a classification: an option's schemaId (radio, single dropdown), a
    list of them (checkbox, multi-dropdown), text, or a boolean.

        Attributes:
            schema_id (str | Unset):
            title (str | Unset):
            object_id (str | Unset):
            answer (bool | float | list[str] | str | Unset):
            classifications (list[ClassificationAnswer] | Unset):
            metadata (AnnotationMetadata | Unset):
    """

    schema_id: str | Unset = UNSET
    title: str | Unset = UNSET
    object_id: str | Unset = UNSET
    answer: bool | float | list[str] | str | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    metadata: AnnotationMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_id = self.schema_id

        title = self.title

        object_id = self.object_id

        answer: bool | float | list[str] | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, list):
            answer = self.answer

        else:
            answer = self.answer

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id
        if title is not UNSET:
            field_dict["title"] = title
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if answer is not UNSET:
            field_dict["answer"] = answer
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.annotation_metadata import AnnotationMetadata

        d = dict(src_dict)
        schema_id = d.pop("schemaId", UNSET)

        title = d.pop("title", UNSET)

        object_id = d.pop("objectId", UNSET)

        def _parse_answer(data: object) -> bool | float | list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answer_type_3 = cast(list[str], data)

                return answer_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[str] | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))

        _classifications = d.pop("classifications", UNSET)
        classifications: list[ClassificationAnswer] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = ClassificationAnswer.from_dict(
                    classifications_item_data
                )

                classifications.append(classifications_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: AnnotationMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AnnotationMetadata.from_dict(_metadata)

        classification_answer = cls(
            schema_id=schema_id,
            title=title,
            object_id=object_id,
            answer=answer,
            classifications=classifications,
            metadata=metadata,
        )

        classification_answer.additional_properties = d
        return classification_answer

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
