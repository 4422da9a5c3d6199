from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DateRange")


@_attrs_define(repr=False)
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
        _get = src_dict.get
        gt: Any = _get("$gt", UNSET)
        if gt is not UNSET:
            gt = datetime.datetime.fromisoformat(gt)
        gte: Any = _get("$gte", UNSET)
        if gte is not UNSET:
            gte = datetime.datetime.fromisoformat(gte)
        lt: Any = _get("$lt", UNSET)
        if lt is not UNSET:
            lt = datetime.datetime.fromisoformat(lt)
        lte: Any = _get("$lte", UNSET)
        if lte is not UNSET:
            lte = datetime.datetime.fromisoformat(lte)
        date_range = cls(
            gt,
            gte,
            lt,
            lte,
        )
        return date_range

    def __repr__(self) -> str:
        return model_repr(self)
