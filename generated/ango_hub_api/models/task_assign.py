from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAssign")


@_attrs_define
class TaskAssign:
    """
    Attributes:
        project (str):
        tasks (list[str]):
        stage (str): Stage the tasks are in.
        user (str | Unset): E-mail of the user to assign the tasks to.
    """

    project: str
    tasks: list[str]
    stage: str
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project

        tasks = self.tasks

        stage = self.stage

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "tasks": tasks,
                "stage": stage,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project = d.pop("project")

        tasks = cast(list[str], d.pop("tasks"))

        stage = d.pop("stage")

        user = d.pop("user", UNSET)

        task_assign = cls(
            project=project,
            tasks=tasks,
            stage=stage,
            user=user,
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
