from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus
from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    fits_datetime,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="Issue")
_new_object = object.__new__


class _IssueSlots(LazyModel):
    """The slots that hold `Issue`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_comments",)
    _slot_comments: Any


@_attrs_define(repr=False)
class Issue(_IssueSlots):
    """
    Attributes:
        id (str):
        content (str | Unset):
        label_task (str | Unset):
        asset (str | Unset):
        project (str | Unset):
        stage (str | Unset):
        status (IssueStatus | str | Unset):
        position (str | Unset):
        page (int | Unset):
        object_id (str | Unset):
        created_by (str | Unset):
        created_at (datetime.datetime | Unset):
        comments (list[IssueComment] | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    content: str | Unset = UNSET
    label_task: str | Unset = UNSET
    asset: str | Unset = UNSET
    project: str | Unset = UNSET
    stage: str | Unset = UNSET
    status: IssueStatus | str | Unset = UNSET
    position: str | Unset = UNSET
    page: int | Unset = UNSET
    object_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    comments: list[IssueComment] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
        id = self.id

        content = self.content

        label_task = self.label_task

        asset = self.asset

        project = self.project

        stage = self.stage

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, IssueStatus):
            status = self.status.value
        else:
            status = self.status

        position = self.position

        page = self.page

        object_id = self.object_id

        created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if label_task is not UNSET:
            field_dict["labelTask"] = label_task
        if asset is not UNSET:
            field_dict["asset"] = asset
        if project is not UNSET:
            field_dict["project"] = project
        if stage is not UNSET:
            field_dict["stage"] = stage
        if status is not UNSET:
            field_dict["status"] = status
        if position is not UNSET:
            field_dict["position"] = position
        if page is not UNSET:
            field_dict["page"] = page
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if comments is not UNSET:
            field_dict["comments"] = comments
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "createdAt" in src:
            value = src["createdAt"]
            if not fits_datetime(value):
                return False
        if "comments" in src:
            value = src["comments"]
            if type(value) is not list:
                return False
            for item in value:
                if not IssueComment._fits(item):
                    return False
        if "updatedAt" in src:
            value = src["updatedAt"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _IssueSlots = _instance
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        if "comments" in src_dict:
            comments: Any = src_dict["comments"]
            _slots._slot_comments = (
                LAZY
                if comments
                and (type(comments) is list and all(map(IssueComment._fits, comments)))
                else [
                    IssueComment.from_dict(comments_item_data)
                    for comments_item_data in comments
                ]
            )
        else:
            _slots._slot_comments = UNSET
        _instance.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.content = src_dict["content"] if "content" in src_dict else UNSET
        _instance.label_task = (
            src_dict["labelTask"] if "labelTask" in src_dict else UNSET
        )
        _instance.asset = src_dict["asset"] if "asset" in src_dict else UNSET
        _instance.project = src_dict["project"] if "project" in src_dict else UNSET
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.position = src_dict["position"] if "position" in src_dict else UNSET
        _instance.page = src_dict["page"] if "page" in src_dict else UNSET
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.created_by = (
            src_dict["createdBy"] if "createdBy" in src_dict else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _IssueSlots = _instance
        _instance.status = (
            _parse_status(src_dict["status"]) if "status" in src_dict else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _slots._slot_comments = (
            (LAZY if src_dict["comments"] else []) if "comments" in src_dict else UNSET
        )
        _instance.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.content = src_dict["content"] if "content" in src_dict else UNSET
        _instance.label_task = (
            src_dict["labelTask"] if "labelTask" in src_dict else UNSET
        )
        _instance.asset = src_dict["asset"] if "asset" in src_dict else UNSET
        _instance.project = src_dict["project"] if "project" in src_dict else UNSET
        _instance.stage = src_dict["stage"] if "stage" in src_dict else UNSET
        _instance.position = src_dict["position"] if "position" in src_dict else UNSET
        _instance.page = src_dict["page"] if "page" in src_dict else UNSET
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.created_by = (
            src_dict["createdBy"] if "createdBy" in src_dict else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

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
        "_id",
        "content",
        "labelTask",
        "asset",
        "project",
        "stage",
        "status",
        "position",
        "page",
        "objectId",
        "createdBy",
        "createdAt",
        "comments",
        "updatedAt",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "_id",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "comments": ("comments", lambda: IssueComment, True),
}
install_lazy_fields(Issue, _LAZY_FIELDS)


def _parse_status(data: object) -> IssueStatus | str | Unset:
    if isinstance(data, str):
        try:
            status_type_0 = IssueStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(IssueStatus | str | Unset, data)


from ..models.issue_comment import IssueComment
