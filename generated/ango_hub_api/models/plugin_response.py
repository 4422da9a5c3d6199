from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginResponse")


@_attrs_define
class PluginResponse:
    """The result of a plugin run: `response` (any JSON), or `error: true`; an export
    plugin sends the link to its file with `export: true`. The official SDK identifies
    the run by `session`, the current reference by `pluginId` and `taskId`.

        Attributes:
            session (str | Unset):
            plugin_id (str | Unset):
            task_id (str | Unset):
            response (Any | Unset): The plugin's result.
            status (str | Unset):
            error (bool | Unset):
            export (bool | Unset):
    """

    session: str | Unset = UNSET
    plugin_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    response: Any | Unset = UNSET
    status: str | Unset = UNSET
    error: bool | Unset = UNSET
    export: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session

        plugin_id = self.plugin_id

        task_id = self.task_id

        response = self.response

        status = self.status

        error = self.error

        export = self.export

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session is not UNSET:
            field_dict["session"] = session
        if plugin_id is not UNSET:
            field_dict["pluginId"] = plugin_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if response is not UNSET:
            field_dict["response"] = response
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if export is not UNSET:
            field_dict["export"] = export

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session = d.pop("session", UNSET)

        plugin_id = d.pop("pluginId", UNSET)

        task_id = d.pop("taskId", UNSET)

        response = d.pop("response", UNSET)

        status = d.pop("status", UNSET)

        error = d.pop("error", UNSET)

        export = d.pop("export", UNSET)

        plugin_response = cls(
            session=session,
            plugin_id=plugin_id,
            task_id=task_id,
            response=response,
            status=status,
            error=error,
            export=export,
        )

        plugin_response.additional_properties = d
        return plugin_response

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
