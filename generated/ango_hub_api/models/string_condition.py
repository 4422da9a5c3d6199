from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    is_dict,
    model_repr,
)

T = TypeVar("T", bound="StringCondition")
_new_object = object.__new__


@_attrs_define(repr=False)
class StringCondition:
    """
    Attributes:
        eq (str | Unset):
        ne (str | Unset):
        regex (str | Unset): A regular expression; one that does not compile is refused (400).
        in_ (list[str] | Unset):
        nin (list[str] | Unset):
        exists (bool | Unset):
    """

    eq: str | Unset = UNSET
    ne: str | Unset = UNSET
    regex: str | Unset = UNSET
    in_: list[str] | Unset = UNSET
    nin: list[str] | Unset = UNSET
    exists: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        ne = self.ne

        regex = self.regex

        in_: list[str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_

        nin: list[str] | Unset = UNSET
        if not isinstance(self.nin, Unset):
            nin = self.nin

        exists = self.exists

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["$eq"] = eq
        if ne is not UNSET:
            field_dict["$ne"] = ne
        if regex is not UNSET:
            field_dict["$regex"] = regex
        if in_ is not UNSET:
            field_dict["$in"] = in_
        if nin is not UNSET:
            field_dict["$nin"] = nin
        if exists is not UNSET:
            field_dict["$exists"] = exists

        return field_dict

    _fits: ClassVar[Callable[[Any], bool]] = is_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.eq = src_dict["$eq"] if "$eq" in src_dict else UNSET
        _instance.ne = src_dict["$ne"] if "$ne" in src_dict else UNSET
        _instance.regex = src_dict["$regex"] if "$regex" in src_dict else UNSET
        _instance.in_ = src_dict["$in"] if "$in" in src_dict else UNSET
        _instance.nin = src_dict["$nin"] if "$nin" in src_dict else UNSET
        _instance.exists = src_dict["$exists"] if "$exists" in src_dict else UNSET
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)
