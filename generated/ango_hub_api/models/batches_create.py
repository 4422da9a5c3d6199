from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        batches_create.additional_properties = d
        return batches_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
