from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_provider import LlmProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_configuration import LlmConfiguration


T = TypeVar("T", bound="LlmCreate")


@_attrs_define
class LlmCreate:
    """
    Attributes:
        name (str):
        provider (LlmProvider | str):
        model (str):  Example: gpt-4o.
        configuration (LlmConfiguration):
        is_streamable (bool | Unset):  Default: False.
    """

    name: str
    provider: LlmProvider | str
    model: str
    configuration: LlmConfiguration
    is_streamable: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider: str
        if isinstance(self.provider, LlmProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        model = self.model

        configuration = self.configuration.to_dict()

        is_streamable = self.is_streamable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "model": model,
                "configuration": configuration,
            }
        )
        if is_streamable is not UNSET:
            field_dict["isStreamable"] = is_streamable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.llm_configuration import LlmConfiguration

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_provider(data: object) -> LlmProvider | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = LlmProvider(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmProvider | str, data)

        provider = _parse_provider(d.pop("provider"))

        model = d.pop("model")

        configuration = LlmConfiguration.from_dict(d.pop("configuration"))

        is_streamable = d.pop("isStreamable", UNSET)

        llm_create = cls(
            name=name,
            provider=provider,
            model=model,
            configuration=configuration,
            is_streamable=is_streamable,
        )

        llm_create.additional_properties = d
        return llm_create

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
