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

T = TypeVar("T", bound="PluginLog")
_new_object = object.__new__


@_attrs_define(repr=False)
class PluginLog:
    """One log line of a plugin run. The official SDK sends `msg` with the run's
    `session`, `organization` and `runBy` (and any extra fields given to the logger);
    the current reference `message`, `taskId` and `metadata`.

        Attributes:
            level (str | Unset):  Example: INFO.
            msg (str | Unset):
            message (str | Unset):
            organization (str | Unset):
            plugin_id (str | Unset):
            task_id (str | Unset):
            run_by (str | Unset):
            session (str | Unset):
            metadata (PluginLogMetadata | Unset):
    """

    level: str | Unset = UNSET
    msg: str | Unset = UNSET
    message: str | Unset = UNSET
    organization: str | Unset = UNSET
    plugin_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    run_by: str | Unset = UNSET
    session: str | Unset = UNSET
    metadata: PluginLogMetadata | Unset = UNSET
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
        level = self.level

        msg = self.msg

        message = self.message

        organization = self.organization

        plugin_id = self.plugin_id

        task_id = self.task_id

        run_by = self.run_by

        session = self.session

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["level"] = level
        if msg is not UNSET:
            field_dict["msg"] = msg
        if message is not UNSET:
            field_dict["message"] = message
        if organization is not UNSET:
            field_dict["organization"] = organization
        if plugin_id is not UNSET:
            field_dict["pluginId"] = plugin_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if run_by is not UNSET:
            field_dict["runBy"] = run_by
        if session is not UNSET:
            field_dict["session"] = session
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "metadata" in src:
            value = src["metadata"]
            if not PluginLogMetadata._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.metadata = (
            PluginLogMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        _instance.level = src_dict["level"] if "level" in src_dict else UNSET
        _instance.msg = src_dict["msg"] if "msg" in src_dict else UNSET
        _instance.message = src_dict["message"] if "message" in src_dict else UNSET
        _instance.organization = (
            src_dict["organization"] if "organization" in src_dict else UNSET
        )
        _instance.plugin_id = src_dict["pluginId"] if "pluginId" in src_dict else UNSET
        _instance.task_id = src_dict["taskId"] if "taskId" in src_dict else UNSET
        _instance.run_by = src_dict["runBy"] if "runBy" in src_dict else UNSET
        _instance.session = src_dict["session"] if "session" in src_dict else UNSET
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
        "level",
        "msg",
        "message",
        "organization",
        "pluginId",
        "taskId",
        "runBy",
        "session",
        "metadata",
    }
)


from ..models.plugin_log_metadata import PluginLogMetadata
