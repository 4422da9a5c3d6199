from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="RotatedBoundingBox")
_new_object = object.__new__


@_attrs_define(repr=False)
class RotatedBoundingBox:
    """A box of `width` by `height` pixels turned by `rotation` degrees (-180 to 180; the
    image's y axis points down, so a positive angle turns clockwise on screen). The
    documentation places the box in two ways, one for each direction:

    - **Exports** (export archives and the webhooks that carry export records; the
      export format page, "Rotated Bounding Box"): `x`, `y` is "the origin point of the
      rotated bounding box", its first corner (`corners[0]`), and the box turns about
      that point. The export lists the four `corners`.
    - **Imports** (label imports and annotate payloads written in the import format;
      the import format page: "Boxes rotate from their center"): `x`, `y`, `width`,
      `height` is the box as drawn before turning, and it turns about its centre
      (`x + width / 2`, `y + height / 2`). Imports carry no `corners`.

    The documentation does not say which form task answers (get task, task history)
    use.

        Attributes:
            x (float): Exports: x of the origin point, the first corner. Imports: x of the unrotated
                box's top left corner.
            y (float): Exports: y of the origin point, the first corner. Imports: y of the unrotated
                box's top left corner.
            width (float):
            height (float):
            rotation (float | Unset): Degrees, from -180 to 180: about the origin point (exports) or the box's centre
                (imports). Missing is taken as 0 (the box is not turned).
            corners (list[list[float]] | Unset): Exports only: the four corners `[x, y]` of the turned box,
                in the order of the export format page's example: the origin point (`x`, `y`),
                the corner along the height, the far corner, the corner along the width.
    """

    x: float
    y: float
    width: float
    height: float
    rotation: float | Unset = UNSET
    corners: list[list[float]] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.x = src_dict["x"]
        _instance.y = src_dict["y"]
        _instance.width = src_dict["width"]
        _instance.height = src_dict["height"]
        _instance.rotation = src_dict["rotation"] if "rotation" in src_dict else UNSET
        _instance.corners = src_dict["corners"] if "corners" in src_dict else UNSET
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "x",
        "y",
        "width",
        "height",
        "rotation",
        "corners",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "x",
        "y",
        "width",
        "height",
    }
)
