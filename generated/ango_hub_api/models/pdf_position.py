from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="PdfPosition")
_new_object = object.__new__


class _PdfPositionSlots(LazyModel):
    """The slots that hold `PdfPosition`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_rects",)
    _slot_rects: Any


@_attrs_define(repr=False)
class PdfPosition(_PdfPositionSlots):
    """
    Attributes:
        bounding_rect (PdfRect): A rectangle of a PDF page; `width` and `height` are the page's size.
        page_number (int):
        rects (list[PdfRect] | Unset):
    """

    bounding_rect: PdfRect
    page_number: int
    rects: list[PdfRect] | Unset = UNSET
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
        bounding_rect = self.bounding_rect.to_dict()

        page_number = self.page_number

        rects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rects, Unset):
            rects = []
            for rects_item_data in self.rects:
                rects_item = rects_item_data.to_dict()
                rects.append(rects_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "boundingRect": bounding_rect,
                "pageNumber": page_number,
            }
        )
        if rects is not UNSET:
            field_dict["rects"] = rects

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        value = src["boundingRect"]
        if not PdfRect._fits(value):
            return False
        if "rects" in src:
            value = src["rects"]
            if type(value) is not list:
                return False
            for item in value:
                if not PdfRect._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _PdfPositionSlots = _instance
        _instance.bounding_rect = PdfRect.from_dict(src_dict["boundingRect"])
        if "rects" in src_dict:
            rects: Any = src_dict["rects"]
            _slots._slot_rects = (
                LAZY
                if rects and (type(rects) is list and all(map(PdfRect._fits, rects)))
                else [PdfRect.from_dict(rects_item_data) for rects_item_data in rects]
            )
        else:
            _slots._slot_rects = UNSET
        _instance.page_number = src_dict["pageNumber"]
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _PdfPositionSlots = _instance
        _instance.bounding_rect = PdfRect.from_dict(src_dict["boundingRect"])
        _slots._slot_rects = (
            (LAZY if src_dict["rects"] else []) if "rects" in src_dict else UNSET
        )
        _instance.page_number = src_dict["pageNumber"]
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

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
        "boundingRect",
        "pageNumber",
        "rects",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "boundingRect",
        "pageNumber",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "rects": ("rects", lambda: PdfRect, True),
}
install_lazy_fields(PdfPosition, _LAZY_FIELDS)


from ..models.pdf_rect import PdfRect
