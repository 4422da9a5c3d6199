from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_provider import LlmProvider
from ..types import UNSET, Unset, extra_fields_key, model_repr

T = TypeVar("T", bound="Llm")


@_attrs_define(repr=False)
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _get = src_dict.get
        provider: Any = _get("provider", UNSET)
        if provider is not UNSET:
            provider = _parse_provider(provider)
        created_at: Any = _get("createdAt", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(created_at)
        llm = cls(
            src_dict["_id"],
            src_dict["name"],
            provider,
            _get("model", UNSET),
            _get("isStreamable", UNSET),
            created_at,
        )
        if not _KNOWN_FIELDS.issuperset(src_dict):
            llm.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return llm

    def __repr__(self) -> str:
        return model_repr(self)

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


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "_id",
        "name",
        "provider",
        "model",
        "isStreamable",
        "createdAt",
    }
)


def _parse_provider(data: object) -> LlmProvider | str | Unset:
    if isinstance(data, str):
        try:
            provider_type_0 = LlmProvider(data)

            return provider_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(LlmProvider | str | Unset, data)
