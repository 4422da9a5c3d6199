from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformanceQuery")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        users = cast(list[str], d.pop("users", UNSET))

        _interval = d.pop("interval", UNSET)
        interval: list[datetime.datetime] | Unset = UNSET
        if _interval is not UNSET:
            interval = []
            for interval_item_data in _interval:
                interval_item = datetime.datetime.fromisoformat(interval_item_data)

                interval.append(interval_item)

        batches = cast(list[str], d.pop("batches", UNSET))

        performance_query = cls(
            start_date=start_date,
            end_date=end_date,
            users=users,
            interval=interval,
            batches=batches,
        )

        performance_query.additional_properties = d
        return performance_query

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
