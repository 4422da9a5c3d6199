from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DateRange")


@_attrs_define
class DateRange:
    """A range of timestamps (ISO 8601, UTC).

    Attributes:
        gt (datetime.datetime | Unset):
        gte (datetime.datetime | Unset):
        lt (datetime.datetime | Unset):
        lte (datetime.datetime | Unset):
    """

    gt: datetime.datetime | Unset = UNSET
    gte: datetime.datetime | Unset = UNSET
    lt: datetime.datetime | Unset = UNSET
    lte: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        gt: str | Unset = UNSET
        if not isinstance(self.gt, Unset):
            gt = self.gt.isoformat()

        gte: str | Unset = UNSET
        if not isinstance(self.gte, Unset):
            gte = self.gte.isoformat()

        lt: str | Unset = UNSET
        if not isinstance(self.lt, Unset):
            lt = self.lt.isoformat()

        lte: str | Unset = UNSET
        if not isinstance(self.lte, Unset):
            lte = self.lte.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if gt is not UNSET:
            field_dict["$gt"] = gt
        if gte is not UNSET:
            field_dict["$gte"] = gte
        if lt is not UNSET:
            field_dict["$lt"] = lt
        if lte is not UNSET:
            field_dict["$lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _gt = d.pop("$gt", UNSET)
        gt: datetime.datetime | Unset
        if isinstance(_gt, Unset):
            gt = UNSET
        else:
            gt = datetime.datetime.fromisoformat(_gt)

        _gte = d.pop("$gte", UNSET)
        gte: datetime.datetime | Unset
        if isinstance(_gte, Unset):
            gte = UNSET
        else:
            gte = datetime.datetime.fromisoformat(_gte)

        _lt = d.pop("$lt", UNSET)
        lt: datetime.datetime | Unset
        if isinstance(_lt, Unset):
            lt = UNSET
        else:
            lt = datetime.datetime.fromisoformat(_lt)

        _lte = d.pop("$lte", UNSET)
        lte: datetime.datetime | Unset
        if isinstance(_lte, Unset):
            lte = UNSET
        else:
            lte = datetime.datetime.fromisoformat(_lte)

        date_range = cls(
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
        )

        return date_range
