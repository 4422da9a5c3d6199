from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Issue")


@_attrs_define
class Issue:
    """
    Attributes:
        id (str):
        content (str | Unset):
        label_task (str | Unset):
        asset (str | Unset):
        project (str | Unset):
        stage (str | Unset):
        status (str | Unset):  Example: Open.
        position (str | Unset):
        page (int | Unset):
        object_id (str | Unset):
        created_by (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    content: str | Unset = UNSET
    label_task: str | Unset = UNSET
    asset: str | Unset = UNSET
    project: str | Unset = UNSET
    stage: str | Unset = UNSET
    status: str | Unset = UNSET
    position: str | Unset = UNSET
    page: int | Unset = UNSET
    object_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        label_task = self.label_task

        asset = self.asset

        project = self.project

        stage = self.stage

        status = self.status

        position = self.position

        page = self.page

        object_id = self.object_id

        created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id")

        content = d.pop("content", UNSET)

        label_task = d.pop("labelTask", UNSET)

        asset = d.pop("asset", UNSET)

        project = d.pop("project", UNSET)

        stage = d.pop("stage", UNSET)

        status = d.pop("status", UNSET)

        position = d.pop("position", UNSET)

        page = d.pop("page", UNSET)

        object_id = d.pop("objectId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        issue = cls(
            id=id,
            content=content,
            label_task=label_task,
            asset=asset,
            project=project,
            stage=stage,
            status=status,
            position=position,
            page=page,
            object_id=object_id,
            created_by=created_by,
            created_at=created_at,
        )

        issue.additional_properties = d
        return issue

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
