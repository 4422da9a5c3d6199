from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BenchmarkTasksUpdate")


@_attrs_define
class BenchmarkTasksUpdate:
    """
    Attributes:
        tasks (list[str]):
        is_benchmark (bool | Unset):  Default: True.
    """

    tasks: list[str]
    is_benchmark: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = self.tasks

        is_benchmark = self.is_benchmark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )
        if is_benchmark is not UNSET:
            field_dict["isBenchmark"] = is_benchmark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tasks = cast(list[str], d.pop("tasks"))

        is_benchmark = d.pop("isBenchmark", UNSET)

        benchmark_tasks_update = cls(
            tasks=tasks,
            is_benchmark=is_benchmark,
        )

        benchmark_tasks_update.additional_properties = d
        return benchmark_tasks_update

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
