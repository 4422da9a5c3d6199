from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_status import IssueStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_comment import IssueComment


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if comments is not UNSET:
            field_dict["comments"] = comments
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.issue_comment import IssueComment

        d = dict(src_dict)
        id = d.pop("_id")

        content = d.pop("content", UNSET)

        label_task = d.pop("labelTask", UNSET)

        asset = d.pop("asset", UNSET)

        project = d.pop("project", UNSET)

        stage = d.pop("stage", UNSET)

        def _parse_status(data: object) -> IssueStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = IssueStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        _comments = d.pop("comments", UNSET)
        comments: list[IssueComment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = IssueComment.from_dict(comments_item_data)

                comments.append(comments_item)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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
            comments=comments,
            updated_at=updated_at,
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
