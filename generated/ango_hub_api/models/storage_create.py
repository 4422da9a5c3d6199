from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_provider import StorageProvider
from ..models.storage_type import StorageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_create_credentials_type_1 import StorageCreateCredentialsType1


T = TypeVar("T", bound="StorageCreate")


@_attrs_define
class StorageCreate:
    """The official SDK sends `provider` (AWS, GCP, AZURE) with keys; the current reference
    `type` (aws, gcs, azure), `bucket` and `credentials` as an object.

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.storage_create_credentials_type_1 import (
            StorageCreateCredentialsType1,
        )

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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.storage_create_credentials_type_1 import (
            StorageCreateCredentialsType1,
        )

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_provider(data: object) -> StorageProvider | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = StorageProvider(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StorageProvider | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_type_(data: object) -> StorageType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = StorageType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StorageType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        bucket = d.pop("bucket", UNSET)

        def _parse_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_key = _parse_public_key(d.pop("publicKey", UNSET))

        def _parse_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_key = _parse_private_key(d.pop("privateKey", UNSET))

        region = d.pop("region", UNSET)

        def _parse_credentials(
            data: object,
        ) -> None | StorageCreateCredentialsType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_1 = StorageCreateCredentialsType1.from_dict(data)

                return credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageCreateCredentialsType1 | str | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        storage_create = cls(
            name=name,
            provider=provider,
            type_=type_,
            bucket=bucket,
            public_key=public_key,
            private_key=private_key,
            region=region,
            credentials=credentials,
        )

        storage_create.additional_properties = d
        return storage_create

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
