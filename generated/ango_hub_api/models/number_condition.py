from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="NumberCondition")


@_attrs_define(repr=False)
class NumberCondition:
    """
    Attributes:
        eq (float | Unset):
        ne (float | Unset):
        gt (float | Unset):
        gte (float | Unset):
        lt (float | Unset):
        lte (float | Unset):
    """

    eq: float | Unset = UNSET
    ne: float | Unset = UNSET
    gt: float | Unset = UNSET
    gte: float | Unset = UNSET
    lt: float | Unset = UNSET
    lte: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        ne = self.ne

        gt = self.gt

        gte = self.gte

        lt = self.lt

        lte = self.lte

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["$eq"] = eq
        if ne is not UNSET:
            field_dict["$ne"] = ne
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
        number_condition = cls(
            _get("$eq", UNSET),
            _get("$ne", UNSET),
            _get("$gt", UNSET),
            _get("$gte", UNSET),
            _get("$lt", UNSET),
            _get("$lte", UNSET),
        )
        return number_condition

    def __repr__(self) -> str:
        return model_repr(self)
