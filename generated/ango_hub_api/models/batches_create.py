from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_input import BatchInput


T = TypeVar("T", bound="BatchesCreate")


@_attrs_define
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_input import BatchInput

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_batches(data: object) -> list[BatchInput] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                batches_type_1 = []
                _batches_type_1 = data
                for batches_type_1_item_data in _batches_type_1:
                    batches_type_1_item = BatchInput.from_dict(batches_type_1_item_data)

                    batches_type_1.append(batches_type_1_item)

                return batches_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BatchInput] | str | Unset, data)

        batches = _parse_batches(d.pop("batches", UNSET))

        batches_create = cls(
            name=name,
            batches=batches,
        )

        return batches_create
