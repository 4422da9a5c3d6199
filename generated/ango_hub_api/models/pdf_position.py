from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pdf_rect import PdfRect


T = TypeVar("T", bound="PdfPosition")


@_attrs_define
class PdfPosition:
    """
    Attributes:
        bounding_rect (PdfRect): A rectangle of a PDF page; `width` and `height` are the page's size.
        page_number (int):
        rects (list[PdfRect] | Unset):
    """

    bounding_rect: PdfRect
    page_number: int
    rects: list[PdfRect] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounding_rect = self.bounding_rect.to_dict()

        page_number = self.page_number

        rects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rects, Unset):
            rects = []
            for rects_item_data in self.rects:
                rects_item = rects_item_data.to_dict()
                rects.append(rects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boundingRect": bounding_rect,
                "pageNumber": page_number,
            }
        )
        if rects is not UNSET:
            field_dict["rects"] = rects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pdf_rect import PdfRect

        d = dict(src_dict)
        bounding_rect = PdfRect.from_dict(d.pop("boundingRect"))

        page_number = d.pop("pageNumber")

        _rects = d.pop("rects", UNSET)
        rects: list[PdfRect] | Unset = UNSET
        if _rects is not UNSET:
            rects = []
            for rects_item_data in _rects:
                rects_item = PdfRect.from_dict(rects_item_data)

                rects.append(rects_item)

        pdf_position = cls(
            bounding_rect=bounding_rect,
            page_number=page_number,
            rects=rects,
        )

        pdf_position.additional_properties = d
        return pdf_position

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
