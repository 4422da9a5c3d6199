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

T = TypeVar("T", bound="ClassificationAnswer")
_new_object = object.__new__


class _ClassificationAnswerSlots(LazyModel):
    """The slots that hold `ClassificationAnswer`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_classifications",)
    _slot_classifications: Any


@_attrs_define(repr=False)
class ClassificationAnswer(_ClassificationAnswerSlots):
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "classifications" in src:
            value = src["classifications"]
            if type(value) is not list:
                return False
            for item in value:
                if not ClassificationAnswer._fits(item):
                    return False
        if "metadata" in src:
            value = src["metadata"]
            if not AnnotationMetadata._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _ClassificationAnswerSlots = _instance
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
        _instance.metadata = (
            AnnotationMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _instance.title = src_dict["title"] if "title" in src_dict else UNSET
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.answer = src_dict["answer"] if "answer" in src_dict else UNSET
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
        _slots: _ClassificationAnswerSlots = _instance
        _slots._slot_classifications = (
            (LAZY if src_dict["classifications"] else [])
            if "classifications" in src_dict
            else UNSET
        )
        _instance.metadata = (
            AnnotationMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _instance.title = src_dict["title"] if "title" in src_dict else UNSET
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.answer = src_dict["answer"] if "answer" in src_dict else UNSET
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
        "schemaId",
        "title",
        "objectId",
        "answer",
        "classifications",
        "metadata",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "classifications": ("classifications", lambda: ClassificationAnswer, True),
}
install_lazy_fields(ClassificationAnswer, _LAZY_FIELDS)


from ..models.annotation_metadata import AnnotationMetadata
