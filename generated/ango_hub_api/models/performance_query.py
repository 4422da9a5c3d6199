from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    fits_datetime,
    model_repr,
)

T = TypeVar("T", bound="PerformanceQuery")
_new_object = object.__new__


@_attrs_define(repr=False)
class PerformanceQuery:
    """
    Attributes:
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        users (list[str] | Unset):
        interval (list[datetime.datetime] | Unset): [start, end] (as sent by the official SDK).
        batches (list[str] | Unset): Only assets in these batches (IDs).
    """

    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    users: list[str] | Unset = UNSET
    interval: list[datetime.datetime] | Unset = UNSET
    batches: list[str] | Unset = UNSET
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
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        interval: list[str] | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = []
            for interval_item_data in self.interval:
                interval_item = interval_item_data.isoformat()
                interval.append(interval_item)

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if users is not UNSET:
            field_dict["users"] = users
        if interval is not UNSET:
            field_dict["interval"] = interval
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "startDate" in src:
            value = src["startDate"]
            if not fits_datetime(value):
                return False
        if "endDate" in src:
            value = src["endDate"]
            if not fits_datetime(value):
                return False
        if "interval" in src:
            value = src["interval"]
            if not (
                type(value) is list
                and all(
                    fits_datetime(interval_item_item) for interval_item_item in value
                )
            ):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.start_date = (
            datetime.datetime.fromisoformat(src_dict["startDate"])
            if "startDate" in src_dict
            else UNSET
        )
        _instance.end_date = (
            datetime.datetime.fromisoformat(src_dict["endDate"])
            if "endDate" in src_dict
            else UNSET
        )
        _instance.interval = (
            [
                datetime.datetime.fromisoformat(interval_item_data)
                for interval_item_data in src_dict["interval"]
            ]
            if "interval" in src_dict
            else UNSET
        )
        _instance.users = src_dict["users"] if "users" in src_dict else UNSET
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

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
        "startDate",
        "endDate",
        "users",
        "interval",
        "batches",
    }
)
