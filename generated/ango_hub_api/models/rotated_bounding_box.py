from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RotatedBoundingBox")


@_attrs_define
class RotatedBoundingBox:
    """A box rotated about its centre by `rotation` degrees (-180 to 180).

    Attributes:
        x (float):
        y (float):
        width (float):
        height (float):
        rotation (float | Unset):
        corners (list[list[float]] | Unset): The four corners, in exports.
    """

    x: float
    y: float
    width: float
    height: float
    rotation: float | Unset = UNSET
    corners: list[list[float]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        width = self.width

        height = self.height

        rotation = self.rotation

        corners: list[list[float]] | Unset = UNSET
        if not isinstance(self.corners, Unset):
            corners = []
            for corners_item_data in self.corners:
                corners_item = corners_item_data

                corners.append(corners_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
                "width": width,
                "height": height,
            }
        )
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if corners is not UNSET:
            field_dict["corners"] = corners

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        width = d.pop("width")

        height = d.pop("height")

        rotation = d.pop("rotation", UNSET)

        _corners = d.pop("corners", UNSET)
        corners: list[list[float]] | Unset = UNSET
        if _corners is not UNSET:
            corners = []
            for corners_item_data in _corners:
                corners_item = cast(list[float], corners_item_data)

                corners.append(corners_item)

        rotated_bounding_box = cls(
            x=x,
            y=y,
            width=width,
            height=height,
            rotation=rotation,
            corners=corners,
        )

        rotated_bounding_box.additional_properties = d
        return rotated_bounding_box

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
