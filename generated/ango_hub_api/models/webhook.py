from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook of a project (its secret is never returned).

    Attributes:
        url (str):
        id (str | Unset):
        types (list[str | WebhookType] | Unset):
        project (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    url: str
    id: str | Unset = UNSET
    types: list[str | WebhookType] | Unset = UNSET
    project: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        id = self.id

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item: str
                if isinstance(types_item_data, WebhookType):
                    types_item = types_item_data.value
                else:
                    types_item = types_item_data
                types.append(types_item)

        project = self.project

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if types is not UNSET:
            field_dict["types"] = types
        if project is not UNSET:
            field_dict["project"] = project
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        id = d.pop("_id", UNSET)

        _types = d.pop("types", UNSET)
        types: list[str | WebhookType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:

                def _parse_types_item(data: object) -> str | WebhookType:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        types_item_type_0 = WebhookType(data)

                        return types_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | WebhookType, data)

                types_item = _parse_types_item(types_item_data)

                types.append(types_item)

        project = d.pop("project", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        webhook = cls(
            url=url,
            id=id,
            types=types,
            project=project,
            created_at=created_at,
        )

        webhook.additional_properties = d
        return webhook

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
