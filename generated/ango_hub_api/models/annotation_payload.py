from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer import Answer


T = TypeVar("T", bound="AnnotationPayload")


@_attrs_define
class AnnotationPayload:
    """
    Attributes:
        answer (Answer): The annotation of a task. Requests name the objects `objects` (annotate, label
            import; documented and sent so by the official SDK). Responses that carry a task's
            answer (get and list tasks, task history) name them `tools`: every documented task
            answer does, and the official SDK merges into `answer["tools"]`. Both names are
            accepted in both directions.
        brush_data_url (None | str | Unset):
        medical_brush_data_url (None | str | Unset):
        duration (float | Unset):  Default: 0.0.
    """

    answer: Answer
    brush_data_url: None | str | Unset = UNSET
    medical_brush_data_url: None | str | Unset = UNSET
    duration: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer.to_dict()

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

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answer": answer,
            }
        )
        if brush_data_url is not UNSET:
            field_dict["brushDataUrl"] = brush_data_url
        if medical_brush_data_url is not UNSET:
            field_dict["medicalBrushDataUrl"] = medical_brush_data_url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answer import Answer

        d = dict(src_dict)
        answer = Answer.from_dict(d.pop("answer"))

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

        duration = d.pop("duration", UNSET)

        annotation_payload = cls(
            answer=answer,
            brush_data_url=brush_data_url,
            medical_brush_data_url=medical_brush_data_url,
            duration=duration,
        )

        annotation_payload.additional_properties = d
        return annotation_payload

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
