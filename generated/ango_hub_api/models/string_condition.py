from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StringCondition")


@_attrs_define
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        eq = d.pop("$eq", UNSET)

        ne = d.pop("$ne", UNSET)

        regex = d.pop("$regex", UNSET)

        in_ = cast(list[str], d.pop("$in", UNSET))

        nin = cast(list[str], d.pop("$nin", UNSET))

        exists = d.pop("$exists", UNSET)

        string_condition = cls(
            eq=eq,
            ne=ne,
            regex=regex,
            in_=in_,
            nin=nin,
            exists=exists,
        )

        return string_condition
