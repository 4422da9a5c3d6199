from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_provider import StorageProvider
from ..models.storage_type import StorageType
from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="StorageCreate")
_new_object = object.__new__


@_attrs_define(repr=False)
class StorageCreate:
    """The official SDK sends `provider` (AWS, GCP, AZURE) with keys; the current reference
    `type` (aws, gcs, azure), `bucket` and `credentials` as an object. One of `provider`
    and `type` is required; when both are sent they name the same provider. The
    credentials depend on the provider (one of the three shapes below): AWS takes
    `publicKey` and `privateKey`, or `credentials`; GCP takes `credentials`, the service
    account's key as an object or as a string holding its JSON (an object of strings);
    Azure takes `credentials`, a connection string or an object.

        Attributes:
            name (str):
            provider (StorageProvider | str | Unset):
            type_ (StorageType | str | Unset):
            bucket (str | Unset):
            public_key (None | str | Unset): AWS access key ID.
            private_key (None | str | Unset): AWS secret access key (write-only; never returned).
            region (str | Unset):  Default: 'eu-central-1'.
            credentials (None | StorageCreateCredentialsType1 | str | Unset): GCP service account JSON or Azure connection
                string (a string or an object). A
                secret (write-only; never returned).
    """

    name: str
    provider: StorageProvider | str | Unset = UNSET
    type_: StorageType | str | Unset = UNSET
    bucket: str | Unset = UNSET
    public_key: None | str | Unset = UNSET
    private_key: None | str | Unset = UNSET
    region: str | Unset = "eu-central-1"
    credentials: None | StorageCreateCredentialsType1 | str | Unset = UNSET
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
        name = self.name

        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, StorageProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StorageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        bucket = self.bucket

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        private_key: None | str | Unset
        if isinstance(self.private_key, Unset):
            private_key = UNSET
        else:
            private_key = self.private_key

        region = self.region

        credentials: dict[str, Any] | None | str | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, StorageCreateCredentialsType1):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if region is not UNSET:
            field_dict["region"] = region
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.provider = (
            _parse_provider(src_dict["provider"]) if "provider" in src_dict else UNSET
        )
        _instance.type_ = (
            _parse_type_(src_dict["type"]) if "type" in src_dict else UNSET
        )
        _instance.credentials = (
            _parse_credentials(src_dict["credentials"])
            if "credentials" in src_dict
            else UNSET
        )
        _instance.name = src_dict["name"]
        _instance.bucket = src_dict["bucket"] if "bucket" in src_dict else UNSET
        _instance.public_key = (
            src_dict["publicKey"] if "publicKey" in src_dict else UNSET
        )
        _instance.private_key = (
            src_dict["privateKey"] if "privateKey" in src_dict else UNSET
        )
        _instance.region = src_dict["region"] if "region" in src_dict else UNSET
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

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
        "name",
        "provider",
        "type",
        "bucket",
        "publicKey",
        "privateKey",
        "region",
        "credentials",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "name",
    }
)


def _parse_provider(data: object) -> StorageProvider | str | Unset:
    if isinstance(data, str):
        try:
            provider_type_0 = StorageProvider(data)

            return provider_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(StorageProvider | str | Unset, data)


def _parse_type_(data: object) -> StorageType | str | Unset:
    if isinstance(data, str):
        try:
            type_type_0 = StorageType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(StorageType | str | Unset, data)


def _parse_credentials(
    data: object,
) -> None | StorageCreateCredentialsType1 | str | Unset:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            credentials_type_1 = StorageCreateCredentialsType1.from_dict(data)

            return credentials_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | StorageCreateCredentialsType1 | str | Unset, data)


from ..models.storage_create_credentials_type_1 import StorageCreateCredentialsType1
