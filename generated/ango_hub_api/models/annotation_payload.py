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

T = TypeVar("T", bound="AnnotationPayload")
_new_object = object.__new__


class _AnnotationPayloadSlots(LazyModel):
    """The slots that hold `AnnotationPayload`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_answer",)
    _slot_answer: Any


@_attrs_define(repr=False)
class AnnotationPayload(_AnnotationPayloadSlots):
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        value = src["answer"]
        if not Answer._fits(value):
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _AnnotationPayloadSlots = _instance
        answer: Any = src_dict["answer"]
        _slots._slot_answer = LAZY if Answer._fits(answer) else Answer.from_dict(answer)
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
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
        _slots: _AnnotationPayloadSlots = _instance
        _slots._slot_answer = LAZY
        _instance.brush_data_url = (
            src_dict["brushDataUrl"] if "brushDataUrl" in src_dict else UNSET
        )
        _instance.medical_brush_data_url = (
            src_dict["medicalBrushDataUrl"]
            if "medicalBrushDataUrl" in src_dict
            else UNSET
        )
        _instance.duration = src_dict["duration"] if "duration" in src_dict else UNSET
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
        "answer",
        "brushDataUrl",
        "medicalBrushDataUrl",
        "duration",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "answer",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "answer": ("answer", lambda: Answer, False),
}
install_lazy_fields(AnnotationPayload, _LAZY_FIELDS)


from ..models.answer import Answer
