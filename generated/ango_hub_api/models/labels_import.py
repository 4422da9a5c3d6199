from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
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

T = TypeVar("T", bound="LabelsImport")
_new_object = object.__new__


class _LabelsImportSlots(LazyModel):
    """The slots that hold `LabelsImport`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_labels",)
    _slot_labels: Any


@_attrs_define(repr=False)
class LabelsImport(_LabelsImportSlots):
    """The labels go in `jsonContent` (official SDK: the list itself; older documentation:
    a string holding the JSON-encoded list) or in `labels` (current reference). One of
    the two is required.

        Attributes:
            project (str):
            json_content (list[LabelImport] | str | Unset): The labels, or a string holding them JSON-encoded.
            labels (list[LabelImport] | Unset): The labels, as the current reference names them.
    """

    project: str
    json_content: list[LabelImport] | str | Unset = UNSET
    labels: list[LabelImport] | Unset = UNSET
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
        project = self.project

        json_content: list[dict[str, Any]] | str | Unset
        if isinstance(self.json_content, Unset):
            json_content = UNSET
        elif isinstance(self.json_content, list):
            json_content = []
            for json_content_type_0_item_data in self.json_content:
                json_content_type_0_item = json_content_type_0_item_data.to_dict()
                json_content.append(json_content_type_0_item)

        else:
            json_content = self.json_content

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "project": project,
            }
        )
        if json_content is not UNSET:
            field_dict["jsonContent"] = json_content
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "labels" in src:
            value = src["labels"]
            if type(value) is not list:
                return False
            for item in value:
                if not LabelImport._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _LabelsImportSlots = _instance
        _instance.json_content = (
            _parse_json_content(src_dict["jsonContent"])
            if "jsonContent" in src_dict
            else UNSET
        )
        if "labels" in src_dict:
            labels: Any = src_dict["labels"]
            _slots._slot_labels = (
                LAZY
                if labels
                and (type(labels) is list and all(map(LabelImport._fits, labels)))
                else [
                    LabelImport.from_dict(labels_item_data)
                    for labels_item_data in labels
                ]
            )
        else:
            _slots._slot_labels = UNSET
        _instance.project = src_dict["project"]
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
        _slots: _LabelsImportSlots = _instance
        _instance.json_content = (
            _parse_json_content(src_dict["jsonContent"])
            if "jsonContent" in src_dict
            else UNSET
        )
        _slots._slot_labels = (
            (LAZY if src_dict["labels"] else []) if "labels" in src_dict else UNSET
        )
        _instance.project = src_dict["project"]
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
        "project",
        "jsonContent",
        "labels",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "project",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "labels": ("labels", lambda: LabelImport, True),
}
install_lazy_fields(LabelsImport, _LAZY_FIELDS)


def _parse_json_content(data: object) -> list[LabelImport] | str | Unset:
    if isinstance(data, list):
        try:
            json_content_type_0 = [
                LabelImport.from_dict(json_content_type_0_item_data)
                for json_content_type_0_item_data in data
            ]

            return json_content_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(list[LabelImport] | str | Unset, data)


from ..models.label_import import LabelImport
