from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationCreate")


@_attrs_define
class NotificationCreate:
    """
    Attributes:
        receivers (list[str]): E-mails of members of the organization.
        message (str):
        title (str | Unset):
        clickable_link (str | Unset): An absolute http(s) URL attached to the notification.
    """

    receivers: list[str]
    message: str
    title: str | Unset = UNSET
    clickable_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receivers = self.receivers

        message = self.message

        title = self.title

        clickable_link = self.clickable_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receivers": receivers,
                "message": message,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if clickable_link is not UNSET:
            field_dict["clickableLink"] = clickable_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        receivers = cast(list[str], d.pop("receivers"))

        message = d.pop("message")

        title = d.pop("title", UNSET)

        clickable_link = d.pop("clickableLink", UNSET)

        notification_create = cls(
            receivers=receivers,
            message=message,
            title=title,
            clickable_link=clickable_link,
        )

        notification_create.additional_properties = d
        return notification_create

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
