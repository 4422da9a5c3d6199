from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus
from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="IssueUpdate")
_new_object = object.__new__


class _IssueUpdateSlots(LazyModel):
    """The slots that hold `IssueUpdate`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_error_codes",)
    _slot_error_codes: Any


@_attrs_define(repr=False)
class IssueUpdate(_IssueUpdateSlots):
    """
    Attributes:
        content (str | Unset):
        content_mentions (list[str] | Unset):
        status (IssueStatus | str | Unset):
        error_codes (list[ErrorCode] | Unset):
        pct_details (IssueUpdatePctDetails | Unset):
    """

    content: str | Unset = UNSET
    content_mentions: list[str] | Unset = UNSET
    status: IssueStatus | str | Unset = UNSET
    error_codes: list[ErrorCode] | Unset = UNSET
    pct_details: IssueUpdatePctDetails | Unset = UNSET
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
        content = self.content

        content_mentions: list[str] | Unset = UNSET
        if not isinstance(self.content_mentions, Unset):
            content_mentions = self.content_mentions

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, IssueStatus):
            status = self.status.value
        else:
            status = self.status

        error_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_codes, Unset):
            error_codes = []
            for error_codes_item_data in self.error_codes:
                error_codes_item = error_codes_item_data.to_dict()
                error_codes.append(error_codes_item)

        pct_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pct_details, Unset):
            pct_details = self.pct_details.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if content_mentions is not UNSET:
            field_dict["contentMentions"] = content_mentions
        if status is not UNSET:
            field_dict["status"] = status
        if error_codes is not UNSET:
            field_dict["errorCodes"] = error_codes
        if pct_details is not UNSET:
            field_dict["pctDetails"] = pct_details

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "errorCodes" in src:
            value = src["errorCodes"]
            if type(value) is not list:
                return False
            for item in value:
                if not ErrorCode._fits(item):
                    return False
        if "pctDetails" in src:
            value = src["pctDetails"]
            if not IssueUpdatePctDetails._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _IssueUpdateSlots = _instance
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        if "errorCodes" in src_dict:
            error_codes: Any = src_dict["errorCodes"]
            _slots._slot_error_codes = (
                LAZY
                if error_codes
                and (
                    type(error_codes) is list and all(map(ErrorCode._fits, error_codes))
                )
                else [
                    ErrorCode.from_dict(error_codes_item_data)
                    for error_codes_item_data in error_codes
                ]
            )
        else:
            _slots._slot_error_codes = UNSET
        _instance.pct_details = (
            IssueUpdatePctDetails.from_dict(src_dict["pctDetails"])
            if "pctDetails" in src_dict
            else UNSET
        )
        _instance.content = src_dict["content"] if "content" in src_dict else UNSET
        _instance.content_mentions = (
            src_dict["contentMentions"] if "contentMentions" in src_dict else UNSET
        )
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
        _slots: _IssueUpdateSlots = _instance
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        _slots._slot_error_codes = (
            (LAZY if src_dict["errorCodes"] else [])
            if "errorCodes" in src_dict
            else UNSET
        )
        _instance.pct_details = (
            IssueUpdatePctDetails.from_dict(src_dict["pctDetails"])
            if "pctDetails" in src_dict
            else UNSET
        )
        _instance.content = src_dict["content"] if "content" in src_dict else UNSET
        _instance.content_mentions = (
            src_dict["contentMentions"] if "contentMentions" in src_dict else UNSET
        )
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
        "content",
        "contentMentions",
        "status",
        "errorCodes",
        "pctDetails",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "error_codes": ("errorCodes", lambda: ErrorCode, True),
}
install_lazy_fields(IssueUpdate, _LAZY_FIELDS)


def _parse_status(data: object) -> IssueStatus | str | Unset:
    if isinstance(data, str):
        try:
            status_type_0 = IssueStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(IssueStatus | str | Unset, data)


from ..models.error_code import ErrorCode
from ..models.issue_update_pct_details import IssueUpdatePctDetails
