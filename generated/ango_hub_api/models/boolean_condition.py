from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import (
    model_repr,
)

T = TypeVar("T", bound="BooleanCondition")
_new_object = object.__new__


@_attrs_define(repr=False)
class BooleanCondition:
    """
    Attributes:
        eq (bool):
    """

    eq: bool

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "$eq": eq,
            }
        )

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.eq = src_dict["$eq"]
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)


#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "$eq",
    }
)
