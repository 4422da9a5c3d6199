from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_type import WebhookType
from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    fits_datetime,
    model_repr,
)

T = TypeVar("T", bound="Webhook")
_new_object = object.__new__


@_attrs_define(repr=False)
class Webhook:
    """A webhook of a project (its secret is never returned).

    Attributes:
        url (str):
        id (str | Unset):
        types (list[str | WebhookType] | Unset):
        project (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    url: str
    id: str | Unset = UNSET
    types: list[str | WebhookType] | Unset = UNSET
    project: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
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
        url = self.url

        id = self.id

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item: str
                if isinstance(types_item_data, WebhookType):
                    types_item = types_item_data.value
                else:
                    types_item = types_item_data
                types.append(types_item)

        project = self.project

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if types is not UNSET:
            field_dict["types"] = types
        if project is not UNSET:
            field_dict["project"] = project
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "types" in src:
            value = src["types"]
            if not type(value) is list:
                return False
        if "createdAt" in src:
            value = src["createdAt"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.types = (
            [
                _parse_types_item(types_item_data)
                for types_item_data in src_dict["types"]
            ]
            if "types" in src_dict
            else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.url = src_dict["url"]
        _instance.id = src_dict["_id"] if "_id" in src_dict else UNSET
        _instance.project = src_dict["project"] if "project" in src_dict else UNSET
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
        "url",
        "_id",
        "types",
        "project",
        "createdAt",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "url",
    }
)


def _parse_types_item(data: object) -> str | WebhookType:
    if isinstance(data, str):
        try:
            types_item_type_0 = WebhookType(data)

            return types_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(str | WebhookType, data)
