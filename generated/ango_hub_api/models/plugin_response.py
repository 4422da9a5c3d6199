from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    is_dict,
    model_repr,
)

T = TypeVar("T", bound="PluginResponse")
_new_object = object.__new__


@_attrs_define(repr=False)
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
        session = self.session

        plugin_id = self.plugin_id

        task_id = self.task_id

        response = self.response

        status = self.status

        error = self.error

        export = self.export

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    _fits: ClassVar[Callable[[Any], bool]] = is_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.session = src_dict["session"] if "session" in src_dict else UNSET
        _instance.plugin_id = src_dict["pluginId"] if "pluginId" in src_dict else UNSET
        _instance.task_id = src_dict["taskId"] if "taskId" in src_dict else UNSET
        _instance.response = src_dict["response"] if "response" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.error = src_dict["error"] if "error" in src_dict else UNSET
        _instance.export = src_dict["export"] if "export" in src_dict else UNSET
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
        "session",
        "pluginId",
        "taskId",
        "response",
        "status",
        "error",
        "export",
    }
)
