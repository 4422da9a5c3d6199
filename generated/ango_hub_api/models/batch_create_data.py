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

T = TypeVar("T", bound="BatchCreateData")
_new_object = object.__new__


class _BatchCreateDataSlots(LazyModel):
    """The slots that hold `BatchCreateData`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_batches",)
    _slot_batches: Any


@_attrs_define(repr=False)
class BatchCreateData(_BatchCreateDataSlots):
    """The created batch under `project` (sic: the official SDK documents the key this
    way) and, for bulk creation, the project's batches.

        Attributes:
            project (Batch | Unset):
            batches (list[Batch] | Unset):
    """

    project: Batch | Unset = UNSET
    batches: list[Batch] | Unset = UNSET
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
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "project" in src:
            value = src["project"]
            if not Batch._fits(value):
                return False
        if "batches" in src:
            value = src["batches"]
            if type(value) is not list:
                return False
            for item in value:
                if not Batch._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _BatchCreateDataSlots = _instance
        _instance.project = (
            Batch.from_dict(src_dict["project"]) if "project" in src_dict else UNSET
        )
        if "batches" in src_dict:
            batches: Any = src_dict["batches"]
            _slots._slot_batches = (
                LAZY
                if batches
                and (type(batches) is list and all(map(Batch._fits, batches)))
                else [
                    Batch.from_dict(batches_item_data) for batches_item_data in batches
                ]
            )
        else:
            _slots._slot_batches = UNSET
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
        _slots: _BatchCreateDataSlots = _instance
        _instance.project = (
            Batch.from_dict(src_dict["project"]) if "project" in src_dict else UNSET
        )
        _slots._slot_batches = (
            (LAZY if src_dict["batches"] else []) if "batches" in src_dict else UNSET
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
        "project",
        "batches",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "batches": ("batches", lambda: Batch, True),
}
install_lazy_fields(BatchCreateData, _LAZY_FIELDS)


from ..models.batch import Batch
