from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchesAssign")


@_attrs_define
class BatchesAssign:
    """
    Attributes:
        batches (list[str] | str): ID(s) or name(s) of the batch(es).
        project_id (str | Unset):
        assets (list[str] | str | Unset): ID(s) of the asset(s).
    """

    batches: list[str] | str
    project_id: str | Unset = UNSET
    assets: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches: list[str] | str
        if isinstance(self.batches, list):
            batches = self.batches

        else:
            batches = self.batches

        project_id = self.project_id

        assets: list[str] | str | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, list):
            assets = self.assets

        else:
            assets = self.assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batches": batches,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_batches(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                batches_type_1 = cast(list[str], data)

                return batches_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        batches = _parse_batches(d.pop("batches"))

        project_id = d.pop("projectId", UNSET)

        def _parse_assets(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assets_type_1 = cast(list[str], data)

                return assets_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        batches_assign = cls(
            batches=batches,
            project_id=project_id,
            assets=assets,
        )

        batches_assign.additional_properties = d
        return batches_assign

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
