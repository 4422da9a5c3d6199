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

from ..models.success_status import SuccessStatus
from ..types import (
    LAZY,
    LazyModel,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="BatchListResponse")
_new_object = object.__new__


class _BatchListResponseSlots(LazyModel):
    """The slots that hold `BatchListResponse`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_data",)
    _slot_data: Any


@_attrs_define(repr=False)
class BatchListResponse(_BatchListResponseSlots):
    """
    Attributes:
        status (str | SuccessStatus):
        data (BatchListData):
    """

    status: str | SuccessStatus
    data: BatchListData
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
        status: str
        if isinstance(self.status, SuccessStatus):
            status = self.status.value
        else:
            status = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        value = src["data"]
        if not BatchListData._fits(value):
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _BatchListResponseSlots = _instance
        _instance.status = _parse_status(src_dict["status"])
        data: Any = src_dict["data"]
        _slots._slot_data = (
            LAZY if BatchListData._fits(data) else BatchListData.from_dict(data)
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
        _slots: _BatchListResponseSlots = _instance
        _instance.status = _parse_status(src_dict["status"])
        _slots._slot_data = LAZY
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
        "status",
        "data",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "status",
        "data",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "data": ("data", lambda: BatchListData, False),
}
install_lazy_fields(BatchListResponse, _LAZY_FIELDS)


def _parse_status(data: object) -> str | SuccessStatus:
    if isinstance(data, str):
        try:
            status_type_0 = SuccessStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(str | SuccessStatus, data)


from ..models.batch_list_data import BatchListData
