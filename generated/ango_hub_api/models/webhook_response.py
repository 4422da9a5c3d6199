from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_status import SuccessStatus

if TYPE_CHECKING:
    from ..models.webhook_data import WebhookData


T = TypeVar("T", bound="WebhookResponse")


@_attrs_define
class WebhookResponse:
    """
    Attributes:
        status (str | SuccessStatus):
        data (WebhookData): The project's integration data, which the documentation elides (`{ ... all
            integration data from the project }`): here its webhooks; other fields are kept.
    """

    status: str | SuccessStatus
    data: WebhookData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, SuccessStatus):
            status = self.status.value
        else:
            status = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_data import WebhookData

        d = dict(src_dict)

        def _parse_status(data: object) -> str | SuccessStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SuccessStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SuccessStatus, data)

        status = _parse_status(d.pop("status"))

        data = WebhookData.from_dict(d.pop("data"))

        webhook_response = cls(
            status=status,
            data=data,
        )

        webhook_response.additional_properties = d
        return webhook_response

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
