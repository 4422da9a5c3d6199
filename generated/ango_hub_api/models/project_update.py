from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_schema import CategorySchema
    from ..models.stage import Stage


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """The fields to change; fields left out keep their value.

    Attributes:
        name (str | Unset):
        description (str | Unset):
        category_schema (CategorySchema | Unset): The label set (ontology) of a project.
        stages (list[Stage] | Unset): The whole new workflow.
        benchmark_enabled (bool | Unset):
        benchmark_ratio (int | Unset): Percentage of eligible tasks sampled as benchmarks.
        benchmark_cutoff (bool | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    category_schema: CategorySchema | Unset = UNSET
    stages: list[Stage] | Unset = UNSET
    benchmark_enabled: bool | Unset = UNSET
    benchmark_ratio: int | Unset = UNSET
    benchmark_cutoff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        category_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_schema, Unset):
            category_schema = self.category_schema.to_dict()

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        benchmark_enabled = self.benchmark_enabled

        benchmark_ratio = self.benchmark_ratio

        benchmark_cutoff = self.benchmark_cutoff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if category_schema is not UNSET:
            field_dict["categorySchema"] = category_schema
        if stages is not UNSET:
            field_dict["stages"] = stages
        if benchmark_enabled is not UNSET:
            field_dict["benchmarkEnabled"] = benchmark_enabled
        if benchmark_ratio is not UNSET:
            field_dict["benchmarkRatio"] = benchmark_ratio
        if benchmark_cutoff is not UNSET:
            field_dict["benchmarkCutoff"] = benchmark_cutoff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.category_schema import CategorySchema
        from ..models.stage import Stage

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _category_schema = d.pop("categorySchema", UNSET)
        category_schema: CategorySchema | Unset
        if isinstance(_category_schema, Unset):
            category_schema = UNSET
        else:
            category_schema = CategorySchema.from_dict(_category_schema)

        _stages = d.pop("stages", UNSET)
        stages: list[Stage] | Unset = UNSET
        if _stages is not UNSET:
            stages = []
            for stages_item_data in _stages:
                stages_item = Stage.from_dict(stages_item_data)

                stages.append(stages_item)

        benchmark_enabled = d.pop("benchmarkEnabled", UNSET)

        benchmark_ratio = d.pop("benchmarkRatio", UNSET)

        benchmark_cutoff = d.pop("benchmarkCutoff", UNSET)

        project_update = cls(
            name=name,
            description=description,
            category_schema=category_schema,
            stages=stages,
            benchmark_enabled=benchmark_enabled,
            benchmark_ratio=benchmark_ratio,
            benchmark_cutoff=benchmark_cutoff,
        )

        project_update.additional_properties = d
        return project_update

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
