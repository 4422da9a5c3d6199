from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="ProjectUpdate")
_new_object = object.__new__


class _ProjectUpdateSlots(LazyModel):
    """The slots that hold `ProjectUpdate`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_category_schema",
        "_slot_stages",
    )
    _slot_category_schema: Any
    _slot_stages: Any


@_attrs_define(repr=False)
class ProjectUpdate(_ProjectUpdateSlots):
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "categorySchema" in src:
            value = src["categorySchema"]
            if not CategorySchema._fits(value):
                return False
        if "stages" in src:
            value = src["stages"]
            if type(value) is not list:
                return False
            for item in value:
                if not Stage._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _ProjectUpdateSlots = _instance
        if "categorySchema" in src_dict:
            category_schema: Any = src_dict["categorySchema"]
            _slots._slot_category_schema = (
                LAZY
                if CategorySchema._fits(category_schema)
                else CategorySchema.from_dict(category_schema)
            )
        else:
            _slots._slot_category_schema = UNSET
        if "stages" in src_dict:
            stages: Any = src_dict["stages"]
            _slots._slot_stages = (
                LAZY
                if stages and (type(stages) is list and all(map(Stage._fits, stages)))
                else [Stage.from_dict(stages_item_data) for stages_item_data in stages]
            )
        else:
            _slots._slot_stages = UNSET
        _instance.name = src_dict["name"] if "name" in src_dict else UNSET
        _instance.description = (
            src_dict["description"] if "description" in src_dict else UNSET
        )
        _instance.benchmark_enabled = (
            src_dict["benchmarkEnabled"] if "benchmarkEnabled" in src_dict else UNSET
        )
        _instance.benchmark_ratio = (
            src_dict["benchmarkRatio"] if "benchmarkRatio" in src_dict else UNSET
        )
        _instance.benchmark_cutoff = (
            src_dict["benchmarkCutoff"] if "benchmarkCutoff" in src_dict else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _ProjectUpdateSlots = _instance
        _slots._slot_category_schema = LAZY if "categorySchema" in src_dict else UNSET
        _slots._slot_stages = (
            (LAZY if src_dict["stages"] else []) if "stages" in src_dict else UNSET
        )
        _instance.name = src_dict["name"] if "name" in src_dict else UNSET
        _instance.description = (
            src_dict["description"] if "description" in src_dict else UNSET
        )
        _instance.benchmark_enabled = (
            src_dict["benchmarkEnabled"] if "benchmarkEnabled" in src_dict else UNSET
        )
        _instance.benchmark_ratio = (
            src_dict["benchmarkRatio"] if "benchmarkRatio" in src_dict else UNSET
        )
        _instance.benchmark_cutoff = (
            src_dict["benchmarkCutoff"] if "benchmarkCutoff" in src_dict else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "categorySchema",
        "stages",
        "benchmarkEnabled",
        "benchmarkRatio",
        "benchmarkCutoff",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "category_schema": ("categorySchema", lambda: CategorySchema, False),
    "stages": ("stages", lambda: Stage, True),
}
install_lazy_fields(ProjectUpdate, _LAZY_FIELDS)


from ..models.category_schema import CategorySchema
from ..models.stage import Stage
