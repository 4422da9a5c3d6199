from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """
    Attributes:
        url (str): Where Ango Hub POSTs the events.
        types (list[str | WebhookType]): The events that fire the webhook.
        project (str): ID of the project.
        secret (str | Unset): Any string, sent back with each call so the receiver can check its origin. A
            secret (write-only; never returned).
    """

    url: str
    types: list[str | WebhookType]
    project: str
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        types = []
        for types_item_data in self.types:
            types_item: str
            if isinstance(types_item_data, WebhookType):
                types_item = types_item_data.value
            else:
                types_item = types_item_data
            types.append(types_item)

        project = self.project

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "types": types,
                "project": project,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        types = []
        _types = d.pop("types")
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

        project = d.pop("project")

        secret = d.pop("secret", UNSET)

        webhook_create = cls(
            url=url,
            types=types,
            project=project,
            secret=secret,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
