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

T = TypeVar("T", bound="AssetFilter")
_new_object = object.__new__


@_attrs_define(repr=False)
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

    _fits: ClassVar[Callable[[Any], bool]] = is_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.id = src_dict["_id"] if "_id" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.is_pre_labeled = (
            src_dict["isPreLabeled"] if "isPreLabeled" in src_dict else UNSET
        )
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)
