from __future__ import annotations

import datetime
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
    fits_datetime,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="ExportAsset")
_new_object = object.__new__


class _ExportAssetSlots(LazyModel):
    """The slots that hold `ExportAsset`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_task",
        "_slot_tasks",
    )
    _slot_task: Any
    _slot_tasks: Any


@_attrs_define(repr=False)
class ExportAsset(_ExportAssetSlots):
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "metadata" in src:
            value = src["metadata"]
            if not ExportAssetMetadata._fits(value):
                return False
        if "contextData" in src:
            value = src["contextData"]
            if not ExportAssetContextData._fits(value):
                return False
        if "task" in src:
            value = src["task"]
            if not ExportTask._fits(value):
                return False
        if "tasks" in src:
            value = src["tasks"]
            if type(value) is not list:
                return False
            for item in value:
                if not ExportTask._fits(item):
                    return False
        if "labeledAt" in src:
            value = src["labeledAt"]
            if not fits_datetime(value):
                return False
        if "reviewedAt" in src:
            value = src["reviewedAt"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _ExportAssetSlots = _instance
        _instance.metadata = (
            ExportAssetMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        _instance.context_data = (
            ExportAssetContextData.from_dict(src_dict["contextData"])
            if "contextData" in src_dict
            else UNSET
        )
        if "task" in src_dict:
            task: Any = src_dict["task"]
            _slots._slot_task = (
                LAZY if ExportTask._fits(task) else ExportTask.from_dict(task)
            )
        else:
            _slots._slot_task = UNSET
        if "tasks" in src_dict:
            tasks: Any = src_dict["tasks"]
            _slots._slot_tasks = (
                LAZY
                if tasks and (type(tasks) is list and all(map(ExportTask._fits, tasks)))
                else [
                    ExportTask.from_dict(tasks_item_data) for tasks_item_data in tasks
                ]
            )
        else:
            _slots._slot_tasks = UNSET
        _instance.labeled_at = (
            datetime.datetime.fromisoformat(src_dict["labeledAt"])
            if "labeledAt" in src_dict
            else UNSET
        )
        _instance.reviewed_at = (
            datetime.datetime.fromisoformat(src_dict["reviewedAt"])
            if "reviewedAt" in src_dict
            else UNSET
        )
        _instance.asset = src_dict["asset"] if "asset" in src_dict else UNSET
        _instance.asset_id = src_dict["assetId"] if "assetId" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.dataset = src_dict["dataset"] if "dataset" in src_dict else UNSET
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.label_durationms = (
            src_dict["labelDuration(ms)"] if "labelDuration(ms)" in src_dict else UNSET
        )
        _instance.consensus = (
            src_dict["consensus"] if "consensus" in src_dict else UNSET
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
        _slots: _ExportAssetSlots = _instance
        _instance.metadata = (
            ExportAssetMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        _instance.context_data = (
            ExportAssetContextData.from_dict(src_dict["contextData"])
            if "contextData" in src_dict
            else UNSET
        )
        _slots._slot_task = LAZY if "task" in src_dict else UNSET
        _slots._slot_tasks = (
            (LAZY if src_dict["tasks"] else []) if "tasks" in src_dict else UNSET
        )
        _instance.labeled_at = (
            datetime.datetime.fromisoformat(src_dict["labeledAt"])
            if "labeledAt" in src_dict
            else UNSET
        )
        _instance.reviewed_at = (
            datetime.datetime.fromisoformat(src_dict["reviewedAt"])
            if "reviewedAt" in src_dict
            else UNSET
        )
        _instance.asset = src_dict["asset"] if "asset" in src_dict else UNSET
        _instance.asset_id = src_dict["assetId"] if "assetId" in src_dict else UNSET
        _instance.external_id = (
            src_dict["externalId"] if "externalId" in src_dict else UNSET
        )
        _instance.dataset = src_dict["dataset"] if "dataset" in src_dict else UNSET
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        _instance.status = src_dict["status"] if "status" in src_dict else UNSET
        _instance.label_durationms = (
            src_dict["labelDuration(ms)"] if "labelDuration(ms)" in src_dict else UNSET
        )
        _instance.consensus = (
            src_dict["consensus"] if "consensus" in src_dict else UNSET
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
        "asset",
        "assetId",
        "externalId",
        "dataset",
        "metadata",
        "contextData",
        "batches",
        "task",
        "tasks",
        "labeledAt",
        "reviewedAt",
        "status",
        "labelDuration(ms)",
        "consensus",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "task": ("task", lambda: ExportTask, False),
    "tasks": ("tasks", lambda: ExportTask, True),
}
install_lazy_fields(ExportAsset, _LAZY_FIELDS)


from ..models.export_asset_context_data import ExportAssetContextData
from ..models.export_asset_metadata import ExportAssetMetadata
from ..models.export_task import ExportTask
