from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatAssetsForm")


@_attrs_define
class ChatAssetsForm:
    """The URL-encoded form of `create_chat_assets`, sent without a file.

    Attributes:
        number_of_conversations (str): How many empty conversations to create (0 to 1000).
        project_id (str | Unset):
        priority (int | Unset):  Default: 0.
        storage_id (str | Unset):
        bucket (str | Unset):
        naming_strategy (str | Unset): JSON, e.g. `{"type": "random"}`.
        llm_config (str | Unset): JSON, e.g. `{"id": "<LLM configuration ID>"}`.
    """

    number_of_conversations: str
    project_id: str | Unset = UNSET
    priority: int | Unset = 0
    storage_id: str | Unset = UNSET
    bucket: str | Unset = UNSET
    naming_strategy: str | Unset = UNSET
    llm_config: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_conversations = self.number_of_conversations

        project_id = self.project_id

        priority = self.priority

        storage_id = self.storage_id

        bucket = self.bucket

        naming_strategy = self.naming_strategy

        llm_config = self.llm_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberOfConversations": number_of_conversations,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if storage_id is not UNSET:
            field_dict["storageId"] = storage_id
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if naming_strategy is not UNSET:
            field_dict["namingStrategy"] = naming_strategy
        if llm_config is not UNSET:
            field_dict["llmConfig"] = llm_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number_of_conversations = d.pop("numberOfConversations")

        project_id = d.pop("projectId", UNSET)

        priority = d.pop("priority", UNSET)

        storage_id = d.pop("storageId", UNSET)

        bucket = d.pop("bucket", UNSET)

        naming_strategy = d.pop("namingStrategy", UNSET)

        llm_config = d.pop("llmConfig", UNSET)

        chat_assets_form = cls(
            number_of_conversations=number_of_conversations,
            project_id=project_id,
            priority=priority,
            storage_id=storage_id,
            bucket=bucket,
            naming_strategy=naming_strategy,
            llm_config=llm_config,
        )

        chat_assets_form.additional_properties = d
        return chat_assets_form

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
