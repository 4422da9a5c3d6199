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

T = TypeVar("T", bound="RequeueFilters")
_new_object = object.__new__


@_attrs_define(repr=False)
class RequeueFilters:
    """Which tasks to requeue; inclusive (a task matching any list is requeued).

    Attributes:
        task_ids (list[str] | Unset):
        external_ids (list[str] | Unset):
        asset_ids (list[str] | Unset):
        from_stage_ids (list[str] | Unset):
        batches (list[str] | Unset): Batch IDs (current reference).
    """

    task_ids: list[str] | Unset = UNSET
    external_ids: list[str] | Unset = UNSET
    asset_ids: list[str] | Unset = UNSET
    from_stage_ids: list[str] | Unset = UNSET
    batches: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_ids: list[str] | Unset = UNSET
        if not isinstance(self.task_ids, Unset):
            task_ids = self.task_ids

        external_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = self.external_ids

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        from_stage_ids: list[str] | Unset = UNSET
        if not isinstance(self.from_stage_ids, Unset):
            from_stage_ids = self.from_stage_ids

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if task_ids is not UNSET:
            field_dict["taskIds"] = task_ids
        if external_ids is not UNSET:
            field_dict["externalIds"] = external_ids
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if from_stage_ids is not UNSET:
            field_dict["fromStageIds"] = from_stage_ids
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    _fits: ClassVar[Callable[[Any], bool]] = is_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.task_ids = src_dict["taskIds"] if "taskIds" in src_dict else UNSET
        _instance.external_ids = (
            src_dict["externalIds"] if "externalIds" in src_dict else UNSET
        )
        _instance.asset_ids = src_dict["assetIds"] if "assetIds" in src_dict else UNSET
        _instance.from_stage_ids = (
            src_dict["fromStageIds"] if "fromStageIds" in src_dict else UNSET
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
