from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue import Issue


T = TypeVar("T", bound="IssueListData")


@_attrs_define
class IssueListData:
    """The issues, under `issues` (or `issue`, as the current reference shows it).

    Attributes:
        issues (list[Issue] | Unset):
        issue (list[Issue] | Unset):
    """

    issues: list[Issue] | Unset = UNSET
    issue: list[Issue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        issue: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issue, Unset):
            issue = []
            for issue_item_data in self.issue:
                issue_item = issue_item_data.to_dict()
                issue.append(issue_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issues is not UNSET:
            field_dict["issues"] = issues
        if issue is not UNSET:
            field_dict["issue"] = issue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.issue import Issue

        d = dict(src_dict)
        _issues = d.pop("issues", UNSET)
        issues: list[Issue] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = Issue.from_dict(issues_item_data)

                issues.append(issues_item)

        _issue = d.pop("issue", UNSET)
        issue: list[Issue] | Unset = UNSET
        if _issue is not UNSET:
            issue = []
            for issue_item_data in _issue:
                issue_item = Issue.from_dict(issue_item_data)

                issue.append(issue_item)

        issue_list_data = cls(
            issues=issues,
            issue=issue,
        )

        issue_list_data.additional_properties = d
        return issue_list_data

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
