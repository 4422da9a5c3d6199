from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.performance_data_performance import PerformanceDataPerformance


T = TypeVar("T", bound="PerformanceData")


@_attrs_define
class PerformanceData:
    """
    Attributes:
        performance (PerformanceDataPerformance | Unset): Statistics per user.
    """

    performance: PerformanceDataPerformance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        performance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = self.performance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if performance is not UNSET:
            field_dict["performance"] = performance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.performance_data_performance import PerformanceDataPerformance

        d = dict(src_dict)
        _performance = d.pop("performance", UNSET)
        performance: PerformanceDataPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = PerformanceDataPerformance.from_dict(_performance)

        performance_data = cls(
            performance=performance,
        )

        performance_data.additional_properties = d
        return performance_data

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
