from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_role_update_result import OrganizationRoleUpdateResult


T = TypeVar("T", bound="OrganizationRoleUpdateData")


@_attrs_define
class OrganizationRoleUpdateData:
    """
    Attributes:
        updated (int | Unset):
        failed (int | Unset):
        results (list[OrganizationRoleUpdateResult] | Unset):
    """

    updated: int | Unset = UNSET
    failed: int | Unset = UNSET
    results: list[OrganizationRoleUpdateResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated = self.updated

        failed = self.failed

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated is not UNSET:
            field_dict["updated"] = updated
        if failed is not UNSET:
            field_dict["failed"] = failed
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_role_update_result import (
            OrganizationRoleUpdateResult,
        )

        d = dict(src_dict)
        updated = d.pop("updated", UNSET)

        failed = d.pop("failed", UNSET)

        _results = d.pop("results", UNSET)
        results: list[OrganizationRoleUpdateResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = OrganizationRoleUpdateResult.from_dict(results_item_data)

                results.append(results_item)

        organization_role_update_data = cls(
            updated=updated,
            failed=failed,
            results=results,
        )

        organization_role_update_data.additional_properties = d
        return organization_role_update_data

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
