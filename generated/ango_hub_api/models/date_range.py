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

from ..types import (
    UNSET,
    Unset,
    fits_datetime,
    model_repr,
)

T = TypeVar("T", bound="DateRange")
_new_object = object.__new__


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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "$gt" in src:
            value = src["$gt"]
            if not fits_datetime(value):
                return False
        if "$gte" in src:
            value = src["$gte"]
            if not fits_datetime(value):
                return False
        if "$lt" in src:
            value = src["$lt"]
            if not fits_datetime(value):
                return False
        if "$lte" in src:
            value = src["$lte"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.gt = (
            datetime.datetime.fromisoformat(src_dict["$gt"])
            if "$gt" in src_dict
            else UNSET
        )
        _instance.gte = (
            datetime.datetime.fromisoformat(src_dict["$gte"])
            if "$gte" in src_dict
            else UNSET
        )
        _instance.lt = (
            datetime.datetime.fromisoformat(src_dict["$lt"])
            if "$lt" in src_dict
            else UNSET
        )
        _instance.lte = (
            datetime.datetime.fromisoformat(src_dict["$lte"])
            if "$lte" in src_dict
            else UNSET
        )
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)
