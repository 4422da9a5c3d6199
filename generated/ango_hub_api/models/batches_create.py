from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    is_dict,
    model_repr,
)

T = TypeVar("T", bound="BatchesCreate")
_new_object = object.__new__


@_attrs_define(repr=False)
class BatchesCreate:
    """
    Attributes:
        name (str | Unset): Name of one batch to create.
        batches (list[BatchInput] | str | Unset): The whole new batch list, or the name of one batch to create.
    """

    name: str | Unset = UNSET
    batches: list[BatchInput] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        batches: list[dict[str, Any]] | str | Unset
        if isinstance(self.batches, Unset):
            batches = UNSET
        elif isinstance(self.batches, list):
            batches = []
            for batches_type_1_item_data in self.batches:
                batches_type_1_item = batches_type_1_item_data.to_dict()
                batches.append(batches_type_1_item)

        else:
            batches = self.batches

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    _fits: ClassVar[Callable[[Any], bool]] = is_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.batches = (
            _parse_batches(src_dict["batches"]) if "batches" in src_dict else UNSET
        )
        _instance.name = src_dict["name"] if "name" in src_dict else UNSET
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)


def _parse_batches(data: object) -> list[BatchInput] | str | Unset:
    if isinstance(data, list):
        try:
            batches_type_1 = [
                BatchInput.from_dict(batches_type_1_item_data)
                for batches_type_1_item_data in data
            ]

            return batches_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(list[BatchInput] | str | Unset, data)


from ..models.batch_input import BatchInput
