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

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="CloudAsset")
_new_object = object.__new__


class _CloudAssetSlots(LazyModel):
    """The slots that hold `CloudAsset`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_attachments",)
    _slot_attachments: Any


@_attrs_define(repr=False)
class CloudAsset(_CloudAssetSlots):
    """An asset to create from a file in cloud storage: `data` is the file's URL, or
    `dataset` the URLs of the images of a multi-image asset. One of them is required.

        Attributes:
            data (str | Unset): URL of the file.
            dataset (list[str] | Unset): URLs of the images of a multi-image asset.
            external_id (str | Unset): Your ID for the asset; defaults to the file name.
            storage (str | Unset): ID of the connected storage that holds the file.
            batches (list[str] | Unset):
            context_data (CloudAssetContextDataType0 | None | Unset):
            metadata (CloudAssetMetadataType0 | None | Unset):
            attachments (list[Attachment] | Unset):
    """

    data: str | Unset = UNSET
    dataset: list[str] | Unset = UNSET
    external_id: str | Unset = UNSET
    storage: str | Unset = UNSET
    batches: list[str] | Unset = UNSET
    context_data: CloudAssetContextDataType0 | None | Unset = UNSET
    metadata: CloudAssetMetadataType0 | None | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
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

        dataset: list[str] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset

        external_id = self.external_id

        storage = self.storage

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        context_data: dict[str, Any] | None | Unset
        if isinstance(self.context_data, Unset):
            context_data = UNSET
        elif isinstance(self.context_data, CloudAssetContextDataType0):
            context_data = self.context_data.to_dict()
        else:
            context_data = self.context_data

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CloudAssetMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if storage is not UNSET:
            field_dict["storage"] = storage
        if batches is not UNSET:
            field_dict["batches"] = batches
        if context_data is not UNSET:
            field_dict["contextData"] = context_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

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
        _slots: _CloudAssetSlots = _instance
        _instance.context_data = (
            _parse_context_data(src_dict["contextData"])
            if "contextData" in src_dict
            else UNSET
        )
        _instance.metadata = (
            _parse_metadata(src_dict["metadata"]) if "metadata" in src_dict else UNSET
        )
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
        _instance.dataset = src_dict["dataset"] if "dataset" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.storage = src_dict["storage"] if "storage" in src_dict else UNSET
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
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
        _slots: _CloudAssetSlots = _instance
        _instance.context_data = (
            _parse_context_data(src_dict["contextData"])
            if "contextData" in src_dict
            else UNSET
        )
        _instance.metadata = (
            _parse_metadata(src_dict["metadata"]) if "metadata" in src_dict else UNSET
        )
        _slots._slot_attachments = (
            (LAZY if src_dict["attachments"] else [])
            if "attachments" in src_dict
            else UNSET
        )
        _instance.data = src_dict["data"] if "data" in src_dict else UNSET
        _instance.dataset = src_dict["dataset"] if "dataset" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.storage = src_dict["storage"] if "storage" in src_dict else UNSET
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
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
        "dataset",
        "externalId",
        "storage",
        "batches",
        "contextData",
        "metadata",
        "attachments",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "attachments": ("attachments", lambda: Attachment, True),
}
install_lazy_fields(CloudAsset, _LAZY_FIELDS)


def _parse_context_data(data: object) -> CloudAssetContextDataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            context_data_type_0 = CloudAssetContextDataType0.from_dict(data)

            return context_data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(CloudAssetContextDataType0 | None | Unset, data)


def _parse_metadata(data: object) -> CloudAssetMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            metadata_type_0 = CloudAssetMetadataType0.from_dict(data)

            return metadata_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(CloudAssetMetadataType0 | None | Unset, data)


from ..models.attachment import Attachment
from ..models.cloud_asset_context_data_type_0 import CloudAssetContextDataType0
from ..models.cloud_asset_metadata_type_0 import CloudAssetMetadataType0
