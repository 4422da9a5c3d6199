from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mentioned_user import MentionedUser


T = TypeVar("T", bound="IssueComment")


@_attrs_define
class IssueComment:
    """
    Attributes:
        content (str):
        id (str | Unset):
        content_mentions (list[MentionedUser | str] | Unset): The users mentioned, as e-mails or (in answers) user
            objects.
        created_by (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    content: str
    id: str | Unset = UNSET
    content_mentions: list[MentionedUser | str] | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mentioned_user import MentionedUser

        content = self.content

        id = self.id

        content_mentions: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.content_mentions, Unset):
            content_mentions = []
            for content_mentions_item_data in self.content_mentions:
                content_mentions_item: dict[str, Any] | str
                if isinstance(content_mentions_item_data, MentionedUser):
                    content_mentions_item = content_mentions_item_data.to_dict()
                else:
                    content_mentions_item = content_mentions_item_data
                content_mentions.append(content_mentions_item)

        created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if content_mentions is not UNSET:
            field_dict["contentMentions"] = content_mentions
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mentioned_user import MentionedUser

        d = dict(src_dict)
        content = d.pop("content")

        id = d.pop("_id", UNSET)

        _content_mentions = d.pop("contentMentions", UNSET)
        content_mentions: list[MentionedUser | str] | Unset = UNSET
        if _content_mentions is not UNSET:
            content_mentions = []
            for content_mentions_item_data in _content_mentions:

                def _parse_content_mentions_item(data: object) -> MentionedUser | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_mentions_item_type_1 = MentionedUser.from_dict(data)

                        return content_mentions_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(MentionedUser | str, data)

                content_mentions_item = _parse_content_mentions_item(
                    content_mentions_item_data
                )

                content_mentions.append(content_mentions_item)

        created_by = d.pop("createdBy", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        issue_comment = cls(
            content=content,
            id=id,
            content_mentions=content_mentions,
            created_by=created_by,
            created_at=created_at,
        )

        issue_comment.additional_properties = d
        return issue_comment

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
