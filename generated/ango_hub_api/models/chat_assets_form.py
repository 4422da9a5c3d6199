from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="ChatAssetsForm")
_new_object = object.__new__


@_attrs_define(repr=False)
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
        number_of_conversations = self.number_of_conversations

        project_id = self.project_id

        priority = self.priority

        storage_id = self.storage_id

        bucket = self.bucket

        naming_strategy = self.naming_strategy

        llm_config = self.llm_config

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.number_of_conversations = src_dict["numberOfConversations"]
        _instance.project_id = (
            src_dict["projectId"] if "projectId" in src_dict else UNSET
        )
        _instance.priority = src_dict["priority"] if "priority" in src_dict else UNSET
        _instance.storage_id = (
            src_dict["storageId"] if "storageId" in src_dict else UNSET
        )
        _instance.bucket = src_dict["bucket"] if "bucket" in src_dict else UNSET
        _instance.naming_strategy = (
            src_dict["namingStrategy"] if "namingStrategy" in src_dict else UNSET
        )
        _instance.llm_config = (
            src_dict["llmConfig"] if "llmConfig" in src_dict else UNSET
        )
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
        "numberOfConversations",
        "projectId",
        "priority",
        "storageId",
        "bucket",
        "namingStrategy",
        "llmConfig",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "numberOfConversations",
    }
)
