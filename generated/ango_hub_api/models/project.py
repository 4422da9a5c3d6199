from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_role import ProjectRole
from ..models.project_type import ProjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
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


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_summary import UserSummary

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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        d = dict(src_dict)
        id = d.pop("_id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_type_(data: object) -> ProjectType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ProjectType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        owner = d.pop("owner", UNSET)

        def _parse_user(data: object) -> str | Unset | UserSummary:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_1 = UserSummary.from_dict(data)

                return user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | UserSummary, data)

        user = _parse_user(d.pop("user", UNSET))

        organization = d.pop("organization", UNSET)

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

        _assigned_to = d.pop("assignedTo", UNSET)
        assigned_to: list[ProjectMember] | Unset = UNSET
        if _assigned_to is not UNSET:
            assigned_to = []
            for assigned_to_item_data in _assigned_to:
                assigned_to_item = ProjectMember.from_dict(assigned_to_item_data)

                assigned_to.append(assigned_to_item)

        _batches = d.pop("batches", UNSET)
        batches: list[Batch] | Unset = UNSET
        if _batches is not UNSET:
            batches = []
            for batches_item_data in _batches:
                batches_item = Batch.from_dict(batches_item_data)

                batches.append(batches_item)

        def _parse_role(data: object) -> ProjectRole | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = ProjectRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectRole | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        consensus_count = d.pop("consensusCount", UNSET)

        _review_conf = d.pop("reviewConf", UNSET)
        review_conf: ReviewConfig | Unset
        if isinstance(_review_conf, Unset):
            review_conf = UNSET
        else:
            review_conf = ReviewConfig.from_dict(_review_conf)

        queue_version = d.pop("queueVersion", UNSET)

        asset_count = d.pop("assetCount", UNSET)

        benchmark = d.pop("benchmark", UNSET)

        benchmark_enabled = d.pop("benchmarkEnabled", UNSET)

        benchmark_ratio = d.pop("benchmarkRatio", UNSET)

        benchmark_cutoff = d.pop("benchmarkCutoff", UNSET)

        instructions = d.pop("instructions", UNSET)

        ocr_language = d.pop("ocrLanguage", UNSET)

        idle_timeout = d.pop("idleTimeout", UNSET)

        _project_plugins = d.pop("projectPlugins", UNSET)
        project_plugins: ProjectProjectPlugins | Unset
        if isinstance(_project_plugins, Unset):
            project_plugins = UNSET
        else:
            project_plugins = ProjectProjectPlugins.from_dict(_project_plugins)

        _plugin_presets = d.pop("pluginPresets", UNSET)
        plugin_presets: list[ProjectPluginPresetsItem] | Unset = UNSET
        if _plugin_presets is not UNSET:
            plugin_presets = []
            for plugin_presets_item_data in _plugin_presets:
                plugin_presets_item = ProjectPluginPresetsItem.from_dict(
                    plugin_presets_item_data
                )

                plugin_presets.append(plugin_presets_item)

        _asset_builder_templates = d.pop("assetBuilderTemplates", UNSET)
        asset_builder_templates: list[AssetBuilderTemplate] | Unset = UNSET
        if _asset_builder_templates is not UNSET:
            asset_builder_templates = []
            for asset_builder_templates_item_data in _asset_builder_templates:
                asset_builder_templates_item = AssetBuilderTemplate.from_dict(
                    asset_builder_templates_item_data
                )

                asset_builder_templates.append(asset_builder_templates_item)

        error_codes_enabled = d.pop("errorCodesEnabled", UNSET)

        _error_schema = d.pop("errorSchema", UNSET)
        error_schema: ProjectErrorSchema | Unset
        if isinstance(_error_schema, Unset):
            error_schema = UNSET
        else:
            error_schema = ProjectErrorSchema.from_dict(_error_schema)

        export_storage_id = d.pop("exportStorageId", UNSET)

        export_storage_bucket = d.pop("exportStorageBucket", UNSET)

        export_storage_path = d.pop("exportStoragePath", UNSET)

        export_storage_enabled = d.pop("exportStorageEnabled", UNSET)

        task_skip_enabled = d.pop("taskSkipEnabled", UNSET)

        unassign_skipped_task = d.pop("unassignSkippedTask", UNSET)

        gc_sync_enabled = d.pop("gcSyncEnabled", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _ai_assistance = d.pop("aiAssistance", UNSET)
        ai_assistance: AiAssistance | Unset
        if isinstance(_ai_assistance, Unset):
            ai_assistance = UNSET
        else:
            ai_assistance = AiAssistance.from_dict(_ai_assistance)

        deleted = d.pop("deleted", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        v = d.pop("__v", UNSET)

        project = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            owner=owner,
            user=user,
            organization=organization,
            category_schema=category_schema,
            stages=stages,
            assigned_to=assigned_to,
            batches=batches,
            role=role,
            consensus_count=consensus_count,
            review_conf=review_conf,
            queue_version=queue_version,
            asset_count=asset_count,
            benchmark=benchmark,
            benchmark_enabled=benchmark_enabled,
            benchmark_ratio=benchmark_ratio,
            benchmark_cutoff=benchmark_cutoff,
            instructions=instructions,
            ocr_language=ocr_language,
            idle_timeout=idle_timeout,
            project_plugins=project_plugins,
            plugin_presets=plugin_presets,
            asset_builder_templates=asset_builder_templates,
            error_codes_enabled=error_codes_enabled,
            error_schema=error_schema,
            export_storage_id=export_storage_id,
            export_storage_bucket=export_storage_bucket,
            export_storage_path=export_storage_path,
            export_storage_enabled=export_storage_enabled,
            task_skip_enabled=task_skip_enabled,
            unassign_skipped_task=unassign_skipped_task,
            gc_sync_enabled=gc_sync_enabled,
            tags=tags,
            ai_assistance=ai_assistance,
            deleted=deleted,
            created_at=created_at,
            updated_at=updated_at,
            v=v,
        )

        project.additional_properties = d
        return project

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
