from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAssign")


@_attrs_define
class TaskAssign:
    """Tasks of a stage (`project`, `tasks`, `stage`, with the user's e-mail in `user`), or
    one task (`task`, with the user's ID in `user` or e-mail in `username`). One of the
    two forms, not both.

        Attributes:
            project (str | Unset):
            tasks (list[str] | Unset):
            stage (str | Unset): Stage the tasks are in.
            task (str | Unset): ID of the one task to assign (SDK documentation page's form).
            user (str | Unset): With `tasks`: e-mail of the user to assign them to (left out: unassign). With
                `task`: ID of the user.
            username (str | Unset): With `task`, e-mail of the user (instead of `user`).
    """

    project: str | Unset = UNSET
    tasks: list[str] | Unset = UNSET
    stage: str | Unset = UNSET
    task: str | Unset = UNSET
    user: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        tasks: list[str] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        stage = self.stage

        task = self.task

        user = self.user

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if stage is not UNSET:
            field_dict["stage"] = stage
        if task is not UNSET:
            field_dict["task"] = task
        if user is not UNSET:
            field_dict["user"] = user
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project = d.pop("project", UNSET)

        tasks = cast(list[str], d.pop("tasks", UNSET))

        stage = d.pop("stage", UNSET)

        task = d.pop("task", UNSET)

        user = d.pop("user", UNSET)

        username = d.pop("username", UNSET)

        task_assign = cls(
            project=project,
            tasks=tasks,
            stage=stage,
            task=task,
            user=user,
            username=username,
        )

        task_assign.additional_properties = d
        return task_assign

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
