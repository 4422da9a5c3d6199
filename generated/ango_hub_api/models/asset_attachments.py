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

T = TypeVar("T", bound="AssetAttachments")
_new_object = object.__new__


class _AssetAttachmentsSlots(LazyModel):
    """The slots that hold `AssetAttachments`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_attachments",)
    _slot_attachments: Any


@_attrs_define(repr=False)
class AssetAttachments(_AssetAttachmentsSlots):
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "attachments" in src:
            value = src["attachments"]
            if type(value) is not list:
                return False
            for item in value:
                if not Attachment._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _AssetAttachmentsSlots = _instance
        if "attachments" in src_dict:
            attachments: Any = src_dict["attachments"]
            _slots._slot_attachments = (
                LAZY
                if attachments
                and (
                    type(attachments) is list
                    and all(map(Attachment._fits, attachments))
                )
                else [
                    Attachment.from_dict(attachments_item_data)
                    for attachments_item_data in attachments
                ]
            )
        else:
            _slots._slot_attachments = UNSET
        _instance.data = src_dict["data"] if "data" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.asset_id = src_dict["assetId"] if "assetId" in src_dict else UNSET
        _instance.attachment_url = (
            src_dict["attachmentUrl"] if "attachmentUrl" in src_dict else UNSET
        )
        _instance.attachment_type = (
            src_dict["attachmentType"] if "attachmentType" in src_dict else UNSET
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
        _slots: _AssetAttachmentsSlots = _instance
        _slots._slot_attachments = (
            (LAZY if src_dict["attachments"] else [])
            if "attachments" in src_dict
            else UNSET
        )
        _instance.data = src_dict["data"] if "data" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.asset_id = src_dict["assetId"] if "assetId" in src_dict else UNSET
        _instance.attachment_url = (
            src_dict["attachmentUrl"] if "attachmentUrl" in src_dict else UNSET
        )
        _instance.attachment_type = (
            src_dict["attachmentType"] if "attachmentType" in src_dict else UNSET
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
        "data",
        "externalId",
        "assetId",
        "attachments",
        "attachmentUrl",
        "attachmentType",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "attachments": ("attachments", lambda: Attachment, True),
}
install_lazy_fields(AssetAttachments, _LAZY_FIELDS)


from ..models.attachment import Attachment
