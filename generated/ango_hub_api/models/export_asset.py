from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_asset_metadata import ExportAssetMetadata
    from ..models.export_task import ExportTask


T = TypeVar("T", bound="ExportAsset")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        from ..models.export_asset_metadata import ExportAssetMetadata
        from ..models.export_task import ExportTask

        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        external_id = d.pop("externalId", UNSET)

        dataset = cast(list[str], d.pop("dataset", UNSET))

        _labeled_at = d.pop("labeledAt", UNSET)
        labeled_at: datetime.datetime | Unset
        if isinstance(_labeled_at, Unset):
            labeled_at = UNSET
        else:
            labeled_at = datetime.datetime.fromisoformat(_labeled_at)

        _reviewed_at = d.pop("reviewedAt", UNSET)
        reviewed_at: datetime.datetime | Unset
        if isinstance(_reviewed_at, Unset):
            reviewed_at = UNSET
        else:
            reviewed_at = datetime.datetime.fromisoformat(_reviewed_at)

        status = d.pop("status", UNSET)

        label_durationms = d.pop("labelDuration(ms)", UNSET)

        consensus = d.pop("consensus", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ExportAssetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ExportAssetMetadata.from_dict(_metadata)

        batches = cast(list[str], d.pop("batches", UNSET))

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ExportTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ExportTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _task = d.pop("task", UNSET)
        task: ExportTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = ExportTask.from_dict(_task)

        export_asset = cls(
            asset=asset,
            external_id=external_id,
            dataset=dataset,
            labeled_at=labeled_at,
            reviewed_at=reviewed_at,
            status=status,
            label_durationms=label_durationms,
            consensus=consensus,
            metadata=metadata,
            batches=batches,
            tasks=tasks,
            task=task,
        )

        export_asset.additional_properties = d
        return export_asset

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
