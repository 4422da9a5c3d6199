from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_fields_key, model_repr

T = TypeVar("T", bound="ExportAsset")
_new_object = object.__new__


@_attrs_define(repr=False)
class ExportAsset:
    """One asset of an export file (format `json`: a list of these; `ndjson`: one per
    line), with its tasks.

        Attributes:
            asset (str | Unset): URL (or text) of the asset.
            external_id (str | Unset):
            dataset (list[str] | Unset):
            labeled_at (datetime.datetime | Unset):
            reviewed_at (datetime.datetime | Unset):
            status (str | Unset):  Example: Labeled.
            label_durationms (float | Unset):
            consensus (float | Unset):
            metadata (ExportAssetMetadata | Unset):
            batches (list[str] | Unset):
            tasks (list[ExportTask] | Unset):
            task (ExportTask | Unset): One task of an exported asset, with its answer flattened in.
    """

    asset: str | Unset = UNSET
    external_id: str | Unset = UNSET
    dataset: list[str] | Unset = UNSET
    labeled_at: datetime.datetime | Unset = UNSET
    reviewed_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    label_durationms: float | Unset = UNSET
    consensus: float | Unset = UNSET
    metadata: ExportAssetMetadata | Unset = UNSET
    batches: list[str] | Unset = UNSET
    tasks: list[ExportTask] | Unset = UNSET
    task: ExportTask | Unset = UNSET
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
        asset = self.asset

        external_id = self.external_id

        dataset: list[str] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset

        labeled_at: str | Unset = UNSET
        if not isinstance(self.labeled_at, Unset):
            labeled_at = self.labeled_at.isoformat()

        reviewed_at: str | Unset = UNSET
        if not isinstance(self.reviewed_at, Unset):
            reviewed_at = self.reviewed_at.isoformat()

        status = self.status

        label_durationms = self.label_durationms

        consensus = self.consensus

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if labeled_at is not UNSET:
            field_dict["labeledAt"] = labeled_at
        if reviewed_at is not UNSET:
            field_dict["reviewedAt"] = reviewed_at
        if status is not UNSET:
            field_dict["status"] = status
        if label_durationms is not UNSET:
            field_dict["labelDuration(ms)"] = label_durationms
        if consensus is not UNSET:
            field_dict["consensus"] = consensus
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if batches is not UNSET:
            field_dict["batches"] = batches
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        labeled_at: Any = (
            datetime.datetime.fromisoformat(src_dict["labeledAt"])
            if "labeledAt" in src_dict
            else UNSET
        )
        reviewed_at: Any = (
            datetime.datetime.fromisoformat(src_dict["reviewedAt"])
            if "reviewedAt" in src_dict
            else UNSET
        )
        metadata: Any = (
            ExportAssetMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        tasks: Any = (
            [
                ExportTask.from_dict(tasks_item_data)
                for tasks_item_data in src_dict["tasks"]
            ]
            if "tasks" in src_dict
            else UNSET
        )
        task: Any = (
            ExportTask.from_dict(src_dict["task"]) if "task" in src_dict else UNSET
        )
        _instance = _new_object(cls)
        _instance.asset = src_dict["asset"] if "asset" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.dataset = src_dict["dataset"] if "dataset" in src_dict else UNSET
        _instance.labeled_at = labeled_at
        _instance.reviewed_at = reviewed_at
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.label_durationms = (
            src_dict["labelDuration(ms)"] if "labelDuration(ms)" in src_dict else UNSET
        )
        _instance.consensus = (
            src_dict["consensus"] if "consensus" in src_dict else UNSET
        )
        _instance.metadata = metadata
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        _instance.tasks = tasks
        _instance.task = task
        _instance._additional_properties = None
        if not _KNOWN_FIELDS.issuperset(src_dict):
            _instance.additional_properties = {
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
        "asset",
        "externalId",
        "dataset",
        "labeledAt",
        "reviewedAt",
        "status",
        "labelDuration(ms)",
        "consensus",
        "metadata",
        "batches",
        "tasks",
        "task",
    }
)


from ..models.export_asset_metadata import ExportAssetMetadata
from ..models.export_task import ExportTask
