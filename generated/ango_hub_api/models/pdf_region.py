from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pdf_content import PdfContent
    from ..models.pdf_position import PdfPosition


T = TypeVar("T", bound="PdfRegion")


@_attrs_define
class PdfRegion:
    """A region of a PDF, as answers and exports describe it.

    Attributes:
        position (PdfPosition):
        content (PdfContent | Unset): The selected text, or the selected area as a data URL.
    """

    position: PdfPosition
    content: PdfContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pdf_content import PdfContent
        from ..models.pdf_position import PdfPosition

        d = dict(src_dict)
        position = PdfPosition.from_dict(d.pop("position"))

        _content = d.pop("content", UNSET)
        content: PdfContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = PdfContent.from_dict(_content)

        pdf_region = cls(
            position=position,
            content=content,
        )

        pdf_region.additional_properties = d
        return pdf_region

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
