from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetFilter")


@_attrs_define
class AssetFilter:
    """Conditions on assets, combined with AND.

    Attributes:
        id (str | Unset):
        external_id (str | Unset):
        is_pre_labeled (bool | Unset):
        batches (list[str] | Unset): Assets in all of these batches (IDs).
    """

    id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    is_pre_labeled: bool | Unset = UNSET
    batches: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        is_pre_labeled = self.is_pre_labeled

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if is_pre_labeled is not UNSET:
            field_dict["isPreLabeled"] = is_pre_labeled
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        external_id = d.pop("externalId", UNSET)

        is_pre_labeled = d.pop("isPreLabeled", UNSET)

        batches = cast(list[str], d.pop("batches", UNSET))

        asset_filter = cls(
            id=id,
            external_id=external_id,
            is_pre_labeled=is_pre_labeled,
            batches=batches,
        )

        return asset_filter
