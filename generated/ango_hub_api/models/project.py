from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_role import ProjectRole
from ..models.project_type import ProjectType
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

T = TypeVar("T", bound="Project")
_new_object = object.__new__


class _ProjectSlots(LazyModel):
    """The slots that hold `Project`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_asset_builder_templates",
        "_slot_assigned_to",
        "_slot_batches",
        "_slot_category_schema",
        "_slot_plugin_presets",
        "_slot_review_conf",
        "_slot_stages",
    )
    _slot_category_schema: Any
    _slot_stages: Any
    _slot_assigned_to: Any
    _slot_batches: Any
    _slot_review_conf: Any
    _slot_plugin_presets: Any
    _slot_asset_builder_templates: Any


@_attrs_define(repr=False)
class Project(_ProjectSlots):
    """A project with its label set, workflow, members and settings.

    Attributes:
        id (str):  Example: 6167dfee2a810d000e9d313f.
        name (str):
        description (str | Unset):
        type_ (ProjectType | str | Unset):
        owner (str | Unset): ID of the user who owns the project.
        user (str | Unset | UserSummary): The creator, as a user ID or (in older responses) a user object.
        organization (str | Unset):
        category_schema (CategorySchema | Unset): The label set (ontology) of a project.
        stages (list[Stage] | Unset):
        assigned_to (list[ProjectMember] | Unset):
        batches (list[Batch] | Unset):
        role (ProjectRole | str | Unset):
        consensus_count (int | Unset):
        review_conf (ReviewConfig | Unset):
        queue_version (int | Unset):
        asset_count (int | Unset):
        benchmark (bool | Unset):
        benchmark_enabled (bool | Unset):
        benchmark_ratio (float | Unset):
        benchmark_cutoff (bool | Unset):
        instructions (str | Unset):
        ocr_language (str | Unset):
        idle_timeout (int | Unset):
        project_plugins (ProjectProjectPlugins | Unset):
        plugin_presets (list[ProjectPluginPresetsItem] | Unset):
        asset_builder_templates (list[AssetBuilderTemplate] | Unset):
        error_codes_enabled (bool | Unset):
        error_schema (ProjectErrorSchema | Unset):
        export_storage_id (str | Unset):
        export_storage_bucket (str | Unset):
        export_storage_path (str | Unset):
        export_storage_enabled (bool | Unset):
        task_skip_enabled (bool | Unset):
        unassign_skipped_task (bool | Unset):
        gc_sync_enabled (bool | Unset):
        tags (list[str] | Unset):
        ai_assistance (AiAssistance | Unset): AI-assistance settings of a project. The SDK documentation's
            `create_project`
            answer shows `{"cocoRelations": []}` and lists `aiAssistance` among the fields of
            `get_project`; the other settings it may hold are not documented.
        deleted (bool | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        v (int | Unset): Revision counter of the stored document (the older API pages and the SDK
            documentation show it on projects; `0` for a new project).
    """

    id: str
    name: str
    description: str | Unset = UNSET
    type_: ProjectType | str | Unset = UNSET
    owner: str | Unset = UNSET
    user: str | Unset | UserSummary = UNSET
    organization: str | Unset = UNSET
    category_schema: CategorySchema | Unset = UNSET
    stages: list[Stage] | Unset = UNSET
    assigned_to: list[ProjectMember] | Unset = UNSET
    batches: list[Batch] | Unset = UNSET
    role: ProjectRole | str | Unset = UNSET
    consensus_count: int | Unset = UNSET
    review_conf: ReviewConfig | Unset = UNSET
    queue_version: int | Unset = UNSET
    asset_count: int | Unset = UNSET
    benchmark: bool | Unset = UNSET
    benchmark_enabled: bool | Unset = UNSET
    benchmark_ratio: float | Unset = UNSET
    benchmark_cutoff: bool | Unset = UNSET
    instructions: str | Unset = UNSET
    ocr_language: str | Unset = UNSET
    idle_timeout: int | Unset = UNSET
    project_plugins: ProjectProjectPlugins | Unset = UNSET
    plugin_presets: list[ProjectPluginPresetsItem] | Unset = UNSET
    asset_builder_templates: list[AssetBuilderTemplate] | Unset = UNSET
    error_codes_enabled: bool | Unset = UNSET
    error_schema: ProjectErrorSchema | Unset = UNSET
    export_storage_id: str | Unset = UNSET
    export_storage_bucket: str | Unset = UNSET
    export_storage_path: str | Unset = UNSET
    export_storage_enabled: bool | Unset = UNSET
    task_skip_enabled: bool | Unset = UNSET
    unassign_skipped_task: bool | Unset = UNSET
    gc_sync_enabled: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    ai_assistance: AiAssistance | Unset = UNSET
    deleted: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    v: int | Unset = UNSET
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
        id = self.id

        name = self.name

        description = self.description

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProjectType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        owner = self.owner

        user: dict[str, Any] | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserSummary):
            user = self.user.to_dict()
        else:
            user = self.user

        organization = self.organization

        category_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_schema, Unset):
            category_schema = self.category_schema.to_dict()

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        assigned_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_to, Unset):
            assigned_to = []
            for assigned_to_item_data in self.assigned_to:
                assigned_to_item = assigned_to_item_data.to_dict()
                assigned_to.append(assigned_to_item)

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, ProjectRole):
            role = self.role.value
        else:
            role = self.role

        consensus_count = self.consensus_count

        review_conf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_conf, Unset):
            review_conf = self.review_conf.to_dict()

        queue_version = self.queue_version

        asset_count = self.asset_count

        benchmark = self.benchmark

        benchmark_enabled = self.benchmark_enabled

        benchmark_ratio = self.benchmark_ratio

        benchmark_cutoff = self.benchmark_cutoff

        instructions = self.instructions

        ocr_language = self.ocr_language

        idle_timeout = self.idle_timeout

        project_plugins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_plugins, Unset):
            project_plugins = self.project_plugins.to_dict()

        plugin_presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugin_presets, Unset):
            plugin_presets = []
            for plugin_presets_item_data in self.plugin_presets:
                plugin_presets_item = plugin_presets_item_data.to_dict()
                plugin_presets.append(plugin_presets_item)

        asset_builder_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_builder_templates, Unset):
            asset_builder_templates = []
            for asset_builder_templates_item_data in self.asset_builder_templates:
                asset_builder_templates_item = (
                    asset_builder_templates_item_data.to_dict()
                )
                asset_builder_templates.append(asset_builder_templates_item)

        error_codes_enabled = self.error_codes_enabled

        error_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_schema, Unset):
            error_schema = self.error_schema.to_dict()

        export_storage_id = self.export_storage_id

        export_storage_bucket = self.export_storage_bucket

        export_storage_path = self.export_storage_path

        export_storage_enabled = self.export_storage_enabled

        task_skip_enabled = self.task_skip_enabled

        unassign_skipped_task = self.unassign_skipped_task

        gc_sync_enabled = self.gc_sync_enabled

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        ai_assistance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_assistance, Unset):
            ai_assistance = self.ai_assistance.to_dict()

        deleted = self.deleted

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        v = self.v

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner is not UNSET:
            field_dict["owner"] = owner
        if user is not UNSET:
            field_dict["user"] = user
        if organization is not UNSET:
            field_dict["organization"] = organization
        if category_schema is not UNSET:
            field_dict["categorySchema"] = category_schema
        if stages is not UNSET:
            field_dict["stages"] = stages
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if batches is not UNSET:
            field_dict["batches"] = batches
        if role is not UNSET:
            field_dict["role"] = role
        if consensus_count is not UNSET:
            field_dict["consensusCount"] = consensus_count
        if review_conf is not UNSET:
            field_dict["reviewConf"] = review_conf
        if queue_version is not UNSET:
            field_dict["queueVersion"] = queue_version
        if asset_count is not UNSET:
            field_dict["assetCount"] = asset_count
        if benchmark is not UNSET:
            field_dict["benchmark"] = benchmark
        if benchmark_enabled is not UNSET:
            field_dict["benchmarkEnabled"] = benchmark_enabled
        if benchmark_ratio is not UNSET:
            field_dict["benchmarkRatio"] = benchmark_ratio
        if benchmark_cutoff is not UNSET:
            field_dict["benchmarkCutoff"] = benchmark_cutoff
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if ocr_language is not UNSET:
            field_dict["ocrLanguage"] = ocr_language
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout
        if project_plugins is not UNSET:
            field_dict["projectPlugins"] = project_plugins
        if plugin_presets is not UNSET:
            field_dict["pluginPresets"] = plugin_presets
        if asset_builder_templates is not UNSET:
            field_dict["assetBuilderTemplates"] = asset_builder_templates
        if error_codes_enabled is not UNSET:
            field_dict["errorCodesEnabled"] = error_codes_enabled
        if error_schema is not UNSET:
            field_dict["errorSchema"] = error_schema
        if export_storage_id is not UNSET:
            field_dict["exportStorageId"] = export_storage_id
        if export_storage_bucket is not UNSET:
            field_dict["exportStorageBucket"] = export_storage_bucket
        if export_storage_path is not UNSET:
            field_dict["exportStoragePath"] = export_storage_path
        if export_storage_enabled is not UNSET:
            field_dict["exportStorageEnabled"] = export_storage_enabled
        if task_skip_enabled is not UNSET:
            field_dict["taskSkipEnabled"] = task_skip_enabled
        if unassign_skipped_task is not UNSET:
            field_dict["unassignSkippedTask"] = unassign_skipped_task
        if gc_sync_enabled is not UNSET:
            field_dict["gcSyncEnabled"] = gc_sync_enabled
        if tags is not UNSET:
            field_dict["tags"] = tags
        if ai_assistance is not UNSET:
            field_dict["aiAssistance"] = ai_assistance
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if v is not UNSET:
            field_dict["__v"] = v

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
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
        if "assignedTo" in src:
            value = src["assignedTo"]
            if type(value) is not list:
                return False
            for item in value:
                if not ProjectMember._fits(item):
                    return False
        if "batches" in src:
            value = src["batches"]
            if type(value) is not list:
                return False
            for item in value:
                if not Batch._fits(item):
                    return False
        if "reviewConf" in src:
            value = src["reviewConf"]
            if not ReviewConfig._fits(value):
                return False
        if "projectPlugins" in src:
            value = src["projectPlugins"]
            if not ProjectProjectPlugins._fits(value):
                return False
        if "pluginPresets" in src:
            value = src["pluginPresets"]
            if type(value) is not list:
                return False
            for item in value:
                if not ProjectPluginPresetsItem._fits(item):
                    return False
        if "assetBuilderTemplates" in src:
            value = src["assetBuilderTemplates"]
            if type(value) is not list:
                return False
            for item in value:
                if not AssetBuilderTemplate._fits(item):
                    return False
        if "errorSchema" in src:
            value = src["errorSchema"]
            if not ProjectErrorSchema._fits(value):
                return False
        if "aiAssistance" in src:
            value = src["aiAssistance"]
            if not AiAssistance._fits(value):
                return False
        if "createdAt" in src:
            value = src["createdAt"]
            if not fits_datetime(value):
                return False
        if "updatedAt" in src:
            value = src["updatedAt"]
            if not fits_datetime(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _ProjectSlots = _instance
        _instance.type_ = (
            _parse_type_(src_dict["type"]) if "type" in src_dict else UNSET
        )
        _instance.user = _parse_user(src_dict["user"]) if "user" in src_dict else UNSET
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
        if "assignedTo" in src_dict:
            assigned_to: Any = src_dict["assignedTo"]
            _slots._slot_assigned_to = (
                LAZY
                if assigned_to
                and (
                    type(assigned_to) is list
                    and all(map(ProjectMember._fits, assigned_to))
                )
                else [
                    ProjectMember.from_dict(assigned_to_item_data)
                    for assigned_to_item_data in assigned_to
                ]
            )
        else:
            _slots._slot_assigned_to = UNSET
        if "batches" in src_dict:
            batches: Any = src_dict["batches"]
            _slots._slot_batches = (
                LAZY
                if batches
                and (type(batches) is list and all(map(Batch._fits, batches)))
                else [
                    Batch.from_dict(batches_item_data) for batches_item_data in batches
                ]
            )
        else:
            _slots._slot_batches = UNSET
        _instance.role = _parse_role(src_dict["role"]) if "role" in src_dict else UNSET
        if "reviewConf" in src_dict:
            review_conf: Any = src_dict["reviewConf"]
            _slots._slot_review_conf = (
                LAZY
                if ReviewConfig._fits(review_conf)
                else ReviewConfig.from_dict(review_conf)
            )
        else:
            _slots._slot_review_conf = UNSET
        _instance.project_plugins = (
            ProjectProjectPlugins.from_dict(src_dict["projectPlugins"])
            if "projectPlugins" in src_dict
            else UNSET
        )
        if "pluginPresets" in src_dict:
            plugin_presets: Any = src_dict["pluginPresets"]
            _slots._slot_plugin_presets = (
                LAZY
                if plugin_presets
                and (
                    type(plugin_presets) is list
                    and all(map(ProjectPluginPresetsItem._fits, plugin_presets))
                )
                else [
                    ProjectPluginPresetsItem.from_dict(plugin_presets_item_data)
                    for plugin_presets_item_data in plugin_presets
                ]
            )
        else:
            _slots._slot_plugin_presets = UNSET
        if "assetBuilderTemplates" in src_dict:
            asset_builder_templates: Any = src_dict["assetBuilderTemplates"]
            _slots._slot_asset_builder_templates = (
                LAZY
                if asset_builder_templates
                and (
                    type(asset_builder_templates) is list
                    and all(map(AssetBuilderTemplate._fits, asset_builder_templates))
                )
                else [
                    AssetBuilderTemplate.from_dict(asset_builder_templates_item_data)
                    for asset_builder_templates_item_data in asset_builder_templates
                ]
            )
        else:
            _slots._slot_asset_builder_templates = UNSET
        _instance.error_schema = (
            ProjectErrorSchema.from_dict(src_dict["errorSchema"])
            if "errorSchema" in src_dict
            else UNSET
        )
        _instance.ai_assistance = (
            AiAssistance.from_dict(src_dict["aiAssistance"])
            if "aiAssistance" in src_dict
            else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.name = src_dict["name"]
        _instance.description = (
            src_dict["description"] if "description" in src_dict else UNSET
        )
        _instance.owner = src_dict["owner"] if "owner" in src_dict else UNSET
        _instance.organization = (
            src_dict["organization"] if "organization" in src_dict else UNSET
        )
        _instance.consensus_count = (
            src_dict["consensusCount"] if "consensusCount" in src_dict else UNSET
        )
        _instance.queue_version = (
            src_dict["queueVersion"] if "queueVersion" in src_dict else UNSET
        )
        _instance.asset_count = (
            src_dict["assetCount"] if "assetCount" in src_dict else UNSET
        )
        _instance.benchmark = (
            src_dict["benchmark"] if "benchmark" in src_dict else UNSET
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
        _instance.instructions = (
            src_dict["instructions"] if "instructions" in src_dict else UNSET
        )
        _instance.ocr_language = (
            src_dict["ocrLanguage"] if "ocrLanguage" in src_dict else UNSET
        )
        _instance.idle_timeout = (
            src_dict["idleTimeout"] if "idleTimeout" in src_dict else UNSET
        )
        _instance.error_codes_enabled = (
            src_dict["errorCodesEnabled"] if "errorCodesEnabled" in src_dict else UNSET
        )
        _instance.export_storage_id = (
            src_dict["exportStorageId"] if "exportStorageId" in src_dict else UNSET
        )
        _instance.export_storage_bucket = (
            src_dict["exportStorageBucket"]
            if "exportStorageBucket" in src_dict
            else UNSET
        )
        _instance.export_storage_path = (
            src_dict["exportStoragePath"] if "exportStoragePath" in src_dict else UNSET
        )
        _instance.export_storage_enabled = (
            src_dict["exportStorageEnabled"]
            if "exportStorageEnabled" in src_dict
            else UNSET
        )
        _instance.task_skip_enabled = (
            src_dict["taskSkipEnabled"] if "taskSkipEnabled" in src_dict else UNSET
        )
        _instance.unassign_skipped_task = (
            src_dict["unassignSkippedTask"]
            if "unassignSkippedTask" in src_dict
            else UNSET
        )
        _instance.gc_sync_enabled = (
            src_dict["gcSyncEnabled"] if "gcSyncEnabled" in src_dict else UNSET
        )
        _instance.tags = src_dict["tags"] if "tags" in src_dict else UNSET
        _instance.deleted = src_dict["deleted"] if "deleted" in src_dict else UNSET
        _instance.v = src_dict["__v"] if "__v" in src_dict else UNSET
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
        _slots: _ProjectSlots = _instance
        _instance.type_ = (
            _parse_type_(src_dict["type"]) if "type" in src_dict else UNSET
        )
        _instance.user = _parse_user(src_dict["user"]) if "user" in src_dict else UNSET
        _slots._slot_category_schema = LAZY if "categorySchema" in src_dict else UNSET
        _slots._slot_stages = (
            (LAZY if src_dict["stages"] else []) if "stages" in src_dict else UNSET
        )
        _slots._slot_assigned_to = (
            (LAZY if src_dict["assignedTo"] else [])
            if "assignedTo" in src_dict
            else UNSET
        )
        _slots._slot_batches = (
            (LAZY if src_dict["batches"] else []) if "batches" in src_dict else UNSET
        )
        _instance.role = _parse_role(src_dict["role"]) if "role" in src_dict else UNSET
        _slots._slot_review_conf = LAZY if "reviewConf" in src_dict else UNSET
        _instance.project_plugins = (
            ProjectProjectPlugins.from_dict(src_dict["projectPlugins"])
            if "projectPlugins" in src_dict
            else UNSET
        )
        _slots._slot_plugin_presets = (
            (LAZY if src_dict["pluginPresets"] else [])
            if "pluginPresets" in src_dict
            else UNSET
        )
        _slots._slot_asset_builder_templates = (
            (LAZY if src_dict["assetBuilderTemplates"] else [])
            if "assetBuilderTemplates" in src_dict
            else UNSET
        )
        _instance.error_schema = (
            ProjectErrorSchema.from_dict(src_dict["errorSchema"])
            if "errorSchema" in src_dict
            else UNSET
        )
        _instance.ai_assistance = (
            AiAssistance.from_dict(src_dict["aiAssistance"])
            if "aiAssistance" in src_dict
            else UNSET
        )
        _instance.created_at = (
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET
        )
        _instance.updated_at = (
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET
        )
        _instance.id = src_dict["_id"]
        _instance.name = src_dict["name"]
        _instance.description = (
            src_dict["description"] if "description" in src_dict else UNSET
        )
        _instance.owner = src_dict["owner"] if "owner" in src_dict else UNSET
        _instance.organization = (
            src_dict["organization"] if "organization" in src_dict else UNSET
        )
        _instance.consensus_count = (
            src_dict["consensusCount"] if "consensusCount" in src_dict else UNSET
        )
        _instance.queue_version = (
            src_dict["queueVersion"] if "queueVersion" in src_dict else UNSET
        )
        _instance.asset_count = (
            src_dict["assetCount"] if "assetCount" in src_dict else UNSET
        )
        _instance.benchmark = (
            src_dict["benchmark"] if "benchmark" in src_dict else UNSET
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
        _instance.instructions = (
            src_dict["instructions"] if "instructions" in src_dict else UNSET
        )
        _instance.ocr_language = (
            src_dict["ocrLanguage"] if "ocrLanguage" in src_dict else UNSET
        )
        _instance.idle_timeout = (
            src_dict["idleTimeout"] if "idleTimeout" in src_dict else UNSET
        )
        _instance.error_codes_enabled = (
            src_dict["errorCodesEnabled"] if "errorCodesEnabled" in src_dict else UNSET
        )
        _instance.export_storage_id = (
            src_dict["exportStorageId"] if "exportStorageId" in src_dict else UNSET
        )
        _instance.export_storage_bucket = (
            src_dict["exportStorageBucket"]
            if "exportStorageBucket" in src_dict
            else UNSET
        )
        _instance.export_storage_path = (
            src_dict["exportStoragePath"] if "exportStoragePath" in src_dict else UNSET
        )
        _instance.export_storage_enabled = (
            src_dict["exportStorageEnabled"]
            if "exportStorageEnabled" in src_dict
            else UNSET
        )
        _instance.task_skip_enabled = (
            src_dict["taskSkipEnabled"] if "taskSkipEnabled" in src_dict else UNSET
        )
        _instance.unassign_skipped_task = (
            src_dict["unassignSkippedTask"]
            if "unassignSkippedTask" in src_dict
            else UNSET
        )
        _instance.gc_sync_enabled = (
            src_dict["gcSyncEnabled"] if "gcSyncEnabled" in src_dict else UNSET
        )
        _instance.tags = src_dict["tags"] if "tags" in src_dict else UNSET
        _instance.deleted = src_dict["deleted"] if "deleted" in src_dict else UNSET
        _instance.v = src_dict["__v"] if "__v" in src_dict else UNSET
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
        "_id",
        "name",
        "description",
        "type",
        "owner",
        "user",
        "organization",
        "categorySchema",
        "stages",
        "assignedTo",
        "batches",
        "role",
        "consensusCount",
        "reviewConf",
        "queueVersion",
        "assetCount",
        "benchmark",
        "benchmarkEnabled",
        "benchmarkRatio",
        "benchmarkCutoff",
        "instructions",
        "ocrLanguage",
        "idleTimeout",
        "projectPlugins",
        "pluginPresets",
        "assetBuilderTemplates",
        "errorCodesEnabled",
        "errorSchema",
        "exportStorageId",
        "exportStorageBucket",
        "exportStoragePath",
        "exportStorageEnabled",
        "taskSkipEnabled",
        "unassignSkippedTask",
        "gcSyncEnabled",
        "tags",
        "aiAssistance",
        "deleted",
        "createdAt",
        "updatedAt",
        "__v",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "_id",
        "name",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "category_schema": ("categorySchema", lambda: CategorySchema, False),
    "stages": ("stages", lambda: Stage, True),
    "assigned_to": ("assignedTo", lambda: ProjectMember, True),
    "batches": ("batches", lambda: Batch, True),
    "review_conf": ("reviewConf", lambda: ReviewConfig, False),
    "plugin_presets": ("pluginPresets", lambda: ProjectPluginPresetsItem, True),
    "asset_builder_templates": (
        "assetBuilderTemplates",
        lambda: AssetBuilderTemplate,
        True,
    ),
}
install_lazy_fields(Project, _LAZY_FIELDS)


def _parse_type_(data: object) -> ProjectType | str | Unset:
    if isinstance(data, str):
        try:
            type_type_0 = ProjectType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(ProjectType | str | Unset, data)


def _parse_user(data: object) -> str | Unset | UserSummary:
    if isinstance(data, dict):
        try:
            user_type_1 = UserSummary.from_dict(data)

            return user_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(str | Unset | UserSummary, data)


def _parse_role(data: object) -> ProjectRole | str | Unset:
    if isinstance(data, str):
        try:
            role_type_0 = ProjectRole(data)

            return role_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(ProjectRole | str | Unset, data)


from ..models.ai_assistance import AiAssistance
from ..models.asset_builder_template import AssetBuilderTemplate
from ..models.batch import Batch
from ..models.category_schema import CategorySchema
from ..models.project_error_schema import ProjectErrorSchema
from ..models.project_member import ProjectMember
from ..models.project_plugin_presets_item import ProjectPluginPresetsItem
from ..models.project_project_plugins import ProjectProjectPlugins
from ..models.review_config import ReviewConfig
from ..models.stage import Stage
from ..models.user_summary import UserSummary
