from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_code import ErrorCode
    from ..models.issue_update_pct_details import IssueUpdatePctDetails


T = TypeVar("T", bound="IssueUpdate")


@_attrs_define
class IssueUpdate:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_code import ErrorCode
        from ..models.issue_update_pct_details import IssueUpdatePctDetails

        d = dict(src_dict)
        content = d.pop("content", UNSET)

        content_mentions = cast(list[str], d.pop("contentMentions", UNSET))

        def _parse_status(data: object) -> IssueStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = IssueStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _error_codes = d.pop("errorCodes", UNSET)
        error_codes: list[ErrorCode] | Unset = UNSET
        if _error_codes is not UNSET:
            error_codes = []
            for error_codes_item_data in _error_codes:
                error_codes_item = ErrorCode.from_dict(error_codes_item_data)

                error_codes.append(error_codes_item)

        _pct_details = d.pop("pctDetails", UNSET)
        pct_details: IssueUpdatePctDetails | Unset
        if isinstance(_pct_details, Unset):
            pct_details = UNSET
        else:
            pct_details = IssueUpdatePctDetails.from_dict(_pct_details)

        issue_update = cls(
            content=content,
            content_mentions=content_mentions,
            status=status,
            error_codes=error_codes,
            pct_details=pct_details,
        )

        issue_update.additional_properties = d
        return issue_update

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
