from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequeueOptions")


@_attrs_define
class RequeueOptions:
    """
    Attributes:
        remove_annotations (bool | Unset):  Default: False.
        remove_assignee (bool | Unset):  Default: False.
        remove_stage_history (bool | Unset):  Default: False.
    """

    remove_annotations: bool | Unset = False
    remove_assignee: bool | Unset = False
    remove_stage_history: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remove_annotations = self.remove_annotations

        remove_assignee = self.remove_assignee

        remove_stage_history = self.remove_stage_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remove_annotations is not UNSET:
            field_dict["removeAnnotations"] = remove_annotations
        if remove_assignee is not UNSET:
            field_dict["removeAssignee"] = remove_assignee
        if remove_stage_history is not UNSET:
            field_dict["removeStageHistory"] = remove_stage_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        remove_annotations = d.pop("removeAnnotations", UNSET)

        remove_assignee = d.pop("removeAssignee", UNSET)

        remove_stage_history = d.pop("removeStageHistory", UNSET)

        requeue_options = cls(
            remove_annotations=remove_annotations,
            remove_assignee=remove_assignee,
            remove_stage_history=remove_stage_history,
        )

        requeue_options.additional_properties = d
        return requeue_options

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
