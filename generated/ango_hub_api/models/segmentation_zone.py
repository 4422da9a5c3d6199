from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentationZone")


@_attrs_define
class SegmentationZone:
    """
    Attributes:
        region (list[list[float]]): The vertices, `[x, y]` each, in drawing order.
        holes (list[list[list[float]]] | Unset):
    """

    region: list[list[float]]
    holes: list[list[list[float]]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = []
        for componentsschemas_polygon_item_data in self.region:
            componentsschemas_polygon_item = componentsschemas_polygon_item_data

            region.append(componentsschemas_polygon_item)

        holes: list[list[list[float]]] | Unset = UNSET
        if not isinstance(self.holes, Unset):
            holes = []
            for holes_item_data in self.holes:
                holes_item = []
                for componentsschemas_polygon_item_data in holes_item_data:
                    componentsschemas_polygon_item = componentsschemas_polygon_item_data

                    holes_item.append(componentsschemas_polygon_item)

                holes.append(holes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
            }
        )
        if holes is not UNSET:
            field_dict["holes"] = holes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region = []
        _region = d.pop("region")
        for componentsschemas_polygon_item_data in _region:
            componentsschemas_polygon_item = cast(
                list[float], componentsschemas_polygon_item_data
            )

            region.append(componentsschemas_polygon_item)

        _holes = d.pop("holes", UNSET)
        holes: list[list[list[float]]] | Unset = UNSET
        if _holes is not UNSET:
            holes = []
            for holes_item_data in _holes:
                holes_item = []
                _holes_item = holes_item_data
                for componentsschemas_polygon_item_data in _holes_item:
                    componentsschemas_polygon_item = cast(
                        list[float], componentsschemas_polygon_item_data
                    )

                    holes_item.append(componentsschemas_polygon_item)

                holes.append(holes_item)

        segmentation_zone = cls(
            region=region,
            holes=holes,
        )

        segmentation_zone.additional_properties = d
        return segmentation_zone

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
