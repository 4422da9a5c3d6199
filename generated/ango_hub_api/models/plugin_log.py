from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_log_metadata import PluginLogMetadata


T = TypeVar("T", bound="PluginLog")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_log_metadata import PluginLogMetadata

        d = dict(src_dict)
        level = d.pop("level", UNSET)

        msg = d.pop("msg", UNSET)

        message = d.pop("message", UNSET)

        organization = d.pop("organization", UNSET)

        plugin_id = d.pop("pluginId", UNSET)

        task_id = d.pop("taskId", UNSET)

        run_by = d.pop("runBy", UNSET)

        session = d.pop("session", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: PluginLogMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PluginLogMetadata.from_dict(_metadata)

        plugin_log = cls(
            level=level,
            msg=msg,
            message=message,
            organization=organization,
            plugin_id=plugin_id,
            task_id=task_id,
            run_by=run_by,
            session=session,
            metadata=metadata,
        )

        plugin_log.additional_properties = d
        return plugin_log

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
