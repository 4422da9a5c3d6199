from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="AssetAttachments")


@_attrs_define
class AssetAttachments:
    """Attachments of one asset, found by `externalId` (or `assetId`). The current
    reference sends one attachment per item (`attachmentUrl`, `attachmentType`); the
    older pages and the SDK a list under `attachments`.

        Attributes:
            data (str | Unset): URL of the asset.
            external_id (str | Unset):
            asset_id (str | Unset):
            attachments (list[Attachment] | Unset):
            attachment_url (str | Unset):
            attachment_type (str | Unset): Kind of the attachment in the current reference (values seen there include `pdf`
                and `document`).
    """

    data: str | Unset = UNSET
    external_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    attachment_url: str | Unset = UNSET
    attachment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        external_id = self.external_id

        asset_id = self.asset_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        attachment_url = self.attachment_url

        attachment_type = self.attachment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if attachment_url is not UNSET:
            field_dict["attachmentUrl"] = attachment_url
        if attachment_type is not UNSET:
            field_dict["attachmentType"] = attachment_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment import Attachment

        d = dict(src_dict)
        data = d.pop("data", UNSET)

        external_id = d.pop("externalId", UNSET)

        asset_id = d.pop("assetId", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        attachment_url = d.pop("attachmentUrl", UNSET)

        attachment_type = d.pop("attachmentType", UNSET)

        asset_attachments = cls(
            data=data,
            external_id=external_id,
            asset_id=asset_id,
            attachments=attachments,
            attachment_url=attachment_url,
            attachment_type=attachment_type,
        )

        asset_attachments.additional_properties = d
        return asset_attachments

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
