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

T = TypeVar("T", bound="ProjectClone")
_new_object = object.__new__


@_attrs_define(repr=False)
class ProjectClone:
    """Which parts of the source project to copy (each defaults to true).

    Attributes:
        category_schema (bool | Unset):  Default: True.
        assigned_to (bool | Unset):  Default: True.
        batches (bool | Unset):  Default: True.
        workflow (bool | Unset):  Default: True.
        plugin_presets (bool | Unset):  Default: True.
        project_general_settings (bool | Unset):  Default: True.
    """

    category_schema: bool | Unset = True
    assigned_to: bool | Unset = True
    batches: bool | Unset = True
    workflow: bool | Unset = True
    plugin_presets: bool | Unset = True
    project_general_settings: bool | Unset = True
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
        category_schema = self.category_schema

        assigned_to = self.assigned_to

        batches = self.batches

        workflow = self.workflow

        plugin_presets = self.plugin_presets

        project_general_settings = self.project_general_settings

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if category_schema is not UNSET:
            field_dict["categorySchema"] = category_schema
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if batches is not UNSET:
            field_dict["batches"] = batches
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if plugin_presets is not UNSET:
            field_dict["pluginPresets"] = plugin_presets
        if project_general_settings is not UNSET:
            field_dict["projectGeneralSettings"] = project_general_settings

        return field_dict

    _fits: ClassVar[Callable[[Any], bool]] = is_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.category_schema = (
            src_dict["categorySchema"] if "categorySchema" in src_dict else UNSET
        )
        _instance.assigned_to = (
            src_dict["assignedTo"] if "assignedTo" in src_dict else UNSET
        )
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        _instance.workflow = src_dict["workflow"] if "workflow" in src_dict else UNSET
        _instance.plugin_presets = (
            src_dict["pluginPresets"] if "pluginPresets" in src_dict else UNSET
        )
        _instance.project_general_settings = (
            src_dict["projectGeneralSettings"]
            if "projectGeneralSettings" in src_dict
            else UNSET
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
        "categorySchema",
        "assignedTo",
        "batches",
        "workflow",
        "pluginPresets",
        "projectGeneralSettings",
    }
)
