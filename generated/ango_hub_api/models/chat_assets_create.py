from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="ChatAssetsCreate")
_new_object = object.__new__


@_attrs_define(repr=False)
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "file" in src:
            value = src["file"]
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        file: Any = src_dict.get("file", UNSET)
        if file is not UNSET:
            file = File(payload=BytesIO(file))

        _instance.file = file
        _instance.project_id = (
            src_dict["projectId"] if "projectId" in src_dict else UNSET
        )
        _instance.priority = src_dict["priority"] if "priority" in src_dict else UNSET
        _instance.storage_id = (
            src_dict["storageId"] if "storageId" in src_dict else UNSET
        )
        _instance.bucket = src_dict["bucket"] if "bucket" in src_dict else UNSET
        _instance.number_of_conversations = (
            src_dict["numberOfConversations"]
            if "numberOfConversations" in src_dict
            else UNSET
        )
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
        "projectId",
        "priority",
        "storageId",
        "bucket",
        "numberOfConversations",
        "namingStrategy",
        "llmConfig",
        "file",
    }
)
