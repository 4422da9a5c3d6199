from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_provider import LlmProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="Llm")


@_attrs_define
class Llm:
    """
    Attributes:
        id (str):
        name (str):
        provider (LlmProvider | str | Unset):
        model (str | Unset):
        is_streamable (bool | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    provider: LlmProvider | str | Unset = UNSET
    model: str | Unset = UNSET
    is_streamable: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, LlmProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        model = self.model

        is_streamable = self.is_streamable

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if is_streamable is not UNSET:
            field_dict["isStreamable"] = is_streamable
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        def _parse_provider(data: object) -> LlmProvider | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = LlmProvider(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmProvider | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        model = d.pop("model", UNSET)

        is_streamable = d.pop("isStreamable", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        llm = cls(
            id=id,
            name=name,
            provider=provider,
            model=model,
            is_streamable=is_streamable,
            created_at=created_at,
        )

        llm.additional_properties = d
        return llm

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
