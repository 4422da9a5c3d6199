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

from ..types import (
    UNSET,
    Unset,
    is_dict,
    model_repr,
)

T = TypeVar("T", bound="RequeueOptions")
_new_object = object.__new__


@_attrs_define(repr=False)
class RequeueOptions:
    """
    Attributes:
        remove_annotations (bool | Unset):  Default: False.
        remove_assignee (bool | Unset):  Default: False.
        remove_stage_history (bool | Unset):  Default: False.
        reset_answer (bool | Unset): Clear the answer (current reference; see removeAnnotations).
        unassign (bool | Unset): Unassign the tasks (current reference; see removeAssignee).
    """

    remove_annotations: bool | Unset = False
    remove_assignee: bool | Unset = False
    remove_stage_history: bool | Unset = False
    reset_answer: bool | Unset = UNSET
    unassign: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        remove_annotations = self.remove_annotations

        remove_assignee = self.remove_assignee

        remove_stage_history = self.remove_stage_history

        reset_answer = self.reset_answer

        unassign = self.unassign

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if remove_annotations is not UNSET:
            field_dict["removeAnnotations"] = remove_annotations
        if remove_assignee is not UNSET:
            field_dict["removeAssignee"] = remove_assignee
        if remove_stage_history is not UNSET:
            field_dict["removeStageHistory"] = remove_stage_history
        if reset_answer is not UNSET:
            field_dict["resetAnswer"] = reset_answer
        if unassign is not UNSET:
            field_dict["unassign"] = unassign

        return field_dict

    _fits: ClassVar[Callable[[Any], bool]] = is_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.remove_annotations = (
            src_dict["removeAnnotations"] if "removeAnnotations" in src_dict else UNSET
        )
        _instance.remove_assignee = (
            src_dict["removeAssignee"] if "removeAssignee" in src_dict else UNSET
        )
        _instance.remove_stage_history = (
            src_dict["removeStageHistory"]
            if "removeStageHistory" in src_dict
            else UNSET
        )
        _instance.reset_answer = (
            src_dict["resetAnswer"] if "resetAnswer" in src_dict else UNSET
        )
        _instance.unassign = src_dict["unassign"] if "unassign" in src_dict else UNSET
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)
