from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueCommentCreate")


@_attrs_define
class IssueCommentCreate:
    """
    Attributes:
        content (str):
        content_mentions (list[str] | Unset):
    """

    content: str
    content_mentions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        content_mentions: list[str] | Unset = UNSET
        if not isinstance(self.content_mentions, Unset):
            content_mentions = self.content_mentions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if content_mentions is not UNSET:
            field_dict["contentMentions"] = content_mentions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        content_mentions = cast(list[str], d.pop("contentMentions", UNSET))

        issue_comment_create = cls(
            content=content,
            content_mentions=content_mentions,
        )

        issue_comment_create.additional_properties = d
        return issue_comment_create

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
