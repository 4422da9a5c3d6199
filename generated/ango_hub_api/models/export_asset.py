from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_asset_context_data import ExportAssetContextData
    from ..models.export_asset_metadata import ExportAssetMetadata
    from ..models.export_task import ExportTask


T = TypeVar("T", bound="ExportAsset")


@_attrs_define
class ExportAsset:
    """One record of an export file (format `json`: a list of these; `ndjson`: one per
    line). Two shapes are documented:

    * the current one (docs.imerit.net, "Ango Export Format"; the "Export V3" the
      official SDK 1.3+ downloads from `/export`, and what its export-plugin samples
      read as `record["task"]["tools"]`): one record per exported task, the asset's
      fields (`asset`, `externalId`, `metadata`, `batches`, `contextData`; `assetId`
      and `dataset` for multi-image assets) and the task under `task`, with the
      objects under `tools`;
    * the older one (the "Ango Annotation Format" pages up to 2023; the export the SDK
      0.1.x-1.1.x downloaded, read by the older plugin samples as
      `record["tasks"][0]["objects"]`): one record per asset, with `labeledAt`,
      `reviewedAt`, `status`, `labelDuration(ms)`, `consensus`, and every task of the
      asset in `tasks`, each with its objects under `objects`.

    Both are described here: a record has `task` or `tasks`. The mock writes the
    current shape. `ango_hub.export_archive.export_tasks` and `task_answer` read a
    record's tasks and answers whatever its shape.

        Attributes:
            asset (str | Unset): URL of the asset (signed for files in Ango's bucket), or its text.
            asset_id (str | Unset): ID of the asset (the current shape gives it for multi-image assets).
            external_id (str | Unset):
            dataset (list[str] | Unset): URLs of the images of a multi-image asset, page 0 first.
            metadata (ExportAssetMetadata | Unset): The asset's metadata (image size, video frame count and rate, PDF
                pages).
            context_data (ExportAssetContextData | Unset): The asset's context data, as imported.
            batches (list[str] | Unset): Names of the batches the asset is in.
            task (ExportTask | Unset): One exported task, its answer flattened in: `tools` (current shape, and each
                `stageHistory` entry) or `objects` (older shape), with `classifications` and
                `relations`. `stageHistory` holds the task as it left each earlier stage, in the
                same shape (with `duration`, `completedAt` and `completedBy` of that stage).
            tasks (list[ExportTask] | Unset): Every task of the asset (older shape).
            labeled_at (datetime.datetime | Unset): When all of the asset's tasks were completed (older shape).
            reviewed_at (datetime.datetime | Unset): When all of the asset's tasks were reviewed (older shape).
            status (str | Unset): Status of the asset, e.g. `Labeled` (older shape). Example: Labeled.
            label_durationms (float | Unset): Milliseconds spent labeling the asset (older shape).
            consensus (float | Unset): Consensus score from 0 to 100 (older shape).
    """

    asset: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    dataset: list[str] | Unset = UNSET
    metadata: ExportAssetMetadata | Unset = UNSET
    context_data: ExportAssetContextData | Unset = UNSET
    batches: list[str] | Unset = UNSET
    task: ExportTask | Unset = UNSET
    tasks: list[ExportTask] | Unset = UNSET
    labeled_at: datetime.datetime | Unset = UNSET
    reviewed_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    label_durationms: float | Unset = UNSET
    consensus: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        asset_id = self.asset_id

        external_id = self.external_id

        dataset: list[str] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        context_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context_data, Unset):
            context_data = self.context_data.to_dict()

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        labeled_at: str | Unset = UNSET
        if not isinstance(self.labeled_at, Unset):
            labeled_at = self.labeled_at.isoformat()

        reviewed_at: str | Unset = UNSET
        if not isinstance(self.reviewed_at, Unset):
            reviewed_at = self.reviewed_at.isoformat()

        status = self.status

        label_durationms = self.label_durationms

        consensus = self.consensus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset is not UNSET:
            field_dict["asset"] = asset
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if context_data is not UNSET:
            field_dict["contextData"] = context_data
        if batches is not UNSET:
            field_dict["batches"] = batches
        if task is not UNSET:
            field_dict["task"] = task
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_asset_context_data import ExportAssetContextData
        from ..models.export_asset_metadata import ExportAssetMetadata
        from ..models.export_task import ExportTask

        d = dict(src_dict)
        asset = d.pop("asset", UNSET)

        asset_id = d.pop("assetId", UNSET)

        external_id = d.pop("externalId", UNSET)

        dataset = cast(list[str], d.pop("dataset", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ExportAssetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ExportAssetMetadata.from_dict(_metadata)

        _context_data = d.pop("contextData", UNSET)
        context_data: ExportAssetContextData | Unset
        if isinstance(_context_data, Unset):
            context_data = UNSET
        else:
            context_data = ExportAssetContextData.from_dict(_context_data)

        batches = cast(list[str], d.pop("batches", UNSET))

        _task = d.pop("task", UNSET)
        task: ExportTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = ExportTask.from_dict(_task)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ExportTask] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ExportTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

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

        export_asset = cls(
            asset=asset,
            asset_id=asset_id,
            external_id=external_id,
            dataset=dataset,
            metadata=metadata,
            context_data=context_data,
            batches=batches,
            task=task,
            tasks=tasks,
            labeled_at=labeled_at,
            reviewed_at=reviewed_at,
            status=status,
            label_durationms=label_durationms,
            consensus=consensus,
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
