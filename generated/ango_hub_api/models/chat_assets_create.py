from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="ChatAssetsCreate")


@_attrs_define
class ChatAssetsCreate:
    """Multipart form of `create_chat_assets`. Numbers and objects are sent as strings, as
    form fields are; `namingStrategy` and `llmConfig` hold JSON.

        Attributes:
            project_id (str | Unset):
            priority (int | Unset):  Default: 0.
            storage_id (str | Unset):
            bucket (str | Unset):
            number_of_conversations (str | Unset): How many empty conversations to create (0 to 1000); needed without
                `file`, ignored with it (the official SDK then sends 0).
            naming_strategy (str | Unset): JSON, e.g. `{"type": "random"}`. Example: {"type": "random"}.
            llm_config (str | Unset): JSON, e.g. `{"id": "<LLM configuration ID>"}`.
            file (File | Unset): A JSON file of conversations, one asset each.
    """

    project_id: str | Unset = UNSET
    priority: int | Unset = 0
    storage_id: str | Unset = UNSET
    bucket: str | Unset = UNSET
    number_of_conversations: str | Unset = UNSET
    naming_strategy: str | Unset = UNSET
    llm_config: str | Unset = UNSET
    file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        priority = self.priority

        storage_id = self.storage_id

        bucket = self.bucket

        number_of_conversations = self.number_of_conversations

        naming_strategy = self.naming_strategy

        llm_config = self.llm_config

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if storage_id is not UNSET:
            field_dict["storageId"] = storage_id
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if number_of_conversations is not UNSET:
            field_dict["numberOfConversations"] = number_of_conversations
        if naming_strategy is not UNSET:
            field_dict["namingStrategy"] = naming_strategy
        if llm_config is not UNSET:
            field_dict["llmConfig"] = llm_config
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.project_id, Unset):
            files.append(
                ("projectId", (None, str(self.project_id).encode(), "text/plain"))
            )

        if not isinstance(self.priority, Unset):
            files.append(
                ("priority", (None, str(self.priority).encode(), "text/plain"))
            )

        if not isinstance(self.storage_id, Unset):
            files.append(
                ("storageId", (None, str(self.storage_id).encode(), "text/plain"))
            )

        if not isinstance(self.bucket, Unset):
            files.append(("bucket", (None, str(self.bucket).encode(), "text/plain")))

        if not isinstance(self.number_of_conversations, Unset):
            files.append(
                (
                    "numberOfConversations",
                    (None, str(self.number_of_conversations).encode(), "text/plain"),
                )
            )

        if not isinstance(self.naming_strategy, Unset):
            files.append(
                (
                    "namingStrategy",
                    (None, str(self.naming_strategy).encode(), "text/plain"),
                )
            )

        if not isinstance(self.llm_config, Unset):
            files.append(
                ("llmConfig", (None, str(self.llm_config).encode(), "text/plain"))
            )

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        priority = d.pop("priority", UNSET)

        storage_id = d.pop("storageId", UNSET)

        bucket = d.pop("bucket", UNSET)

        number_of_conversations = d.pop("numberOfConversations", UNSET)

        naming_strategy = d.pop("namingStrategy", UNSET)

        llm_config = d.pop("llmConfig", UNSET)

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        chat_assets_create = cls(
            project_id=project_id,
            priority=priority,
            storage_id=storage_id,
            bucket=bucket,
            number_of_conversations=number_of_conversations,
            naming_strategy=naming_strategy,
            llm_config=llm_config,
            file=file,
        )

        chat_assets_create.additional_properties = d
        return chat_assets_create

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
