"""Contains all the data models used in inputs/outputs"""

from .annotate_data import AnnotateData
from .annotate_response import AnnotateResponse
from .annotation_metadata import AnnotationMetadata
from .annotation_object import AnnotationObject
from .annotation_payload import AnnotationPayload
from .answer import Answer
from .asset import Asset
from .asset_attachments import AssetAttachments
from .asset_builder_data_config_item import AssetBuilderDataConfigItem
from .asset_builder_data_config_item_type import AssetBuilderDataConfigItemType
from .asset_builder_template import AssetBuilderTemplate
from .asset_builder_template_config import AssetBuilderTemplateConfig
from .asset_builder_template_create import AssetBuilderTemplateCreate
from .asset_builder_template_create_data_config import (
    AssetBuilderTemplateCreateDataConfig,
)
from .asset_builder_template_create_pre_label_config import (
    AssetBuilderTemplateCreatePreLabelConfig,
)
from .asset_builder_template_data import AssetBuilderTemplateData
from .asset_builder_template_data_config import AssetBuilderTemplateDataConfig
from .asset_builder_template_pre_label_config import AssetBuilderTemplatePreLabelConfig
from .asset_builder_template_response import AssetBuilderTemplateResponse
from .asset_context_data_type_0 import AssetContextDataType0
from .asset_files_upload import AssetFilesUpload
from .asset_filter import AssetFilter
from .asset_list_data import AssetListData
from .asset_list_response import AssetListResponse
from .asset_metadata_type_0 import AssetMetadataType0
from .asset_ref import AssetRef
from .assets_created_data import AssetsCreatedData
from .assets_created_response import AssetsCreatedResponse
from .attachment import Attachment
from .attachment_type import AttachmentType
from .attachments_create import AttachmentsCreate
from .attachments_data import AttachmentsData
from .attachments_response import AttachmentsResponse
from .batch import Batch
from .batch_assign_data import BatchAssignData
from .batch_assign_response import BatchAssignResponse
from .batch_create_data import BatchCreateData
from .batch_create_response import BatchCreateResponse
from .batch_input import BatchInput
from .batch_list_data import BatchListData
from .batch_list_response import BatchListResponse
from .batches_assign import BatchesAssign
from .batches_create import BatchesCreate
from .boolean_condition import BooleanCondition
from .bounding_box import BoundingBox
from .category_schema import CategorySchema
from .classification_answer import ClassificationAnswer
from .classification_category import ClassificationCategory
from .classification_type import ClassificationType
from .cloud_asset import CloudAsset
from .cloud_asset_context_data_type_0 import CloudAssetContextDataType0
from .cloud_asset_metadata_type_0 import CloudAssetMetadataType0
from .cloud_assets_import import CloudAssetsImport
from .date_range import DateRange
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .error_status import ErrorStatus
from .export_data import ExportData
from .export_format import ExportFormat
from .export_response import ExportResponse
from .export_type import ExportType
from .import_labels_data import ImportLabelsData
from .import_labels_response import ImportLabelsResponse
from .instructions_upload import InstructionsUpload
from .issue import Issue
from .issue_create import IssueCreate
from .issue_create_pct_details import IssueCreatePctDetails
from .issue_data import IssueData
from .issue_response import IssueResponse
from .label_import import LabelImport
from .label_option import LabelOption
from .labels_import import LabelsImport
from .medical_plane import MedicalPlane
from .message_data import MessageData
from .message_response import MessageResponse
from .metric import Metric
from .metric_data import MetricData
from .metric_response import MetricResponse
from .ner_span import NerSpan
from .number_condition import NumberCondition
from .performance_data import PerformanceData
from .performance_data_performance import PerformanceDataPerformance
from .performance_query import PerformanceQuery
from .performance_response import PerformanceResponse
from .project import Project
from .project_create import ProjectCreate
from .project_data import ProjectData
from .project_error_schema import ProjectErrorSchema
from .project_list_data import ProjectListData
from .project_list_response import ProjectListResponse
from .project_member import ProjectMember
from .project_members_add import ProjectMembersAdd
from .project_plugin_presets_item import ProjectPluginPresetsItem
from .project_project_plugins import ProjectProjectPlugins
from .project_ref import ProjectRef
from .project_response import ProjectResponse
from .project_role import ProjectRole
from .project_summary import ProjectSummary
from .project_type import ProjectType
from .project_update import ProjectUpdate
from .relation_answer import RelationAnswer
from .relation_category import RelationCategory
from .relation_type import RelationType
from .requeue_filters import RequeueFilters
from .requeue_options import RequeueOptions
from .requeue_tasks import RequeueTasks
from .requeue_tasks_data import RequeueTasksData
from .requeue_tasks_response import RequeueTasksResponse
from .review_config import ReviewConfig
from .review_config_filters_item import ReviewConfigFiltersItem
from .review_status import ReviewStatus
from .rotated_bounding_box import RotatedBoundingBox
from .stage import Stage
from .stage_type import StageType
from .storage import Storage
from .storage_list_data import StorageListData
from .storage_list_response import StorageListResponse
from .storage_provider import StorageProvider
from .string_condition import StringCondition
from .success_status import SuccessStatus
from .task import Task
from .task_assign import TaskAssign
from .task_assign_data import TaskAssignData
from .task_assign_response import TaskAssignResponse
from .task_data import TaskData
from .task_filter import TaskFilter
from .task_history import TaskHistory
from .task_history_data import TaskHistoryData
from .task_history_response import TaskHistoryResponse
from .task_issues_item import TaskIssuesItem
from .task_list_data import TaskListData
from .task_list_response import TaskListResponse
from .task_response import TaskResponse
from .task_review import TaskReview
from .task_sample import TaskSample
from .task_type import TaskType
from .tool_category import ToolCategory
from .tool_type import ToolType
from .tree_option import TreeOption
from .user_summary import UserSummary

__all__ = (
    "AnnotateData",
    "AnnotateResponse",
    "AnnotationMetadata",
    "AnnotationObject",
    "AnnotationPayload",
    "Answer",
    "Asset",
    "AssetAttachments",
    "AssetBuilderDataConfigItem",
    "AssetBuilderDataConfigItemType",
    "AssetBuilderTemplate",
    "AssetBuilderTemplateConfig",
    "AssetBuilderTemplateCreate",
    "AssetBuilderTemplateCreateDataConfig",
    "AssetBuilderTemplateCreatePreLabelConfig",
    "AssetBuilderTemplateData",
    "AssetBuilderTemplateDataConfig",
    "AssetBuilderTemplatePreLabelConfig",
    "AssetBuilderTemplateResponse",
    "AssetContextDataType0",
    "AssetFilesUpload",
    "AssetFilter",
    "AssetListData",
    "AssetListResponse",
    "AssetMetadataType0",
    "AssetRef",
    "AssetsCreatedData",
    "AssetsCreatedResponse",
    "Attachment",
    "AttachmentType",
    "AttachmentsCreate",
    "AttachmentsData",
    "AttachmentsResponse",
    "Batch",
    "BatchAssignData",
    "BatchAssignResponse",
    "BatchCreateData",
    "BatchCreateResponse",
    "BatchInput",
    "BatchListData",
    "BatchListResponse",
    "BatchesAssign",
    "BatchesCreate",
    "BooleanCondition",
    "BoundingBox",
    "CategorySchema",
    "ClassificationAnswer",
    "ClassificationCategory",
    "ClassificationType",
    "CloudAsset",
    "CloudAssetContextDataType0",
    "CloudAssetMetadataType0",
    "CloudAssetsImport",
    "DateRange",
    "ErrorCode",
    "ErrorResponse",
    "ErrorStatus",
    "ExportData",
    "ExportFormat",
    "ExportResponse",
    "ExportType",
    "ImportLabelsData",
    "ImportLabelsResponse",
    "InstructionsUpload",
    "Issue",
    "IssueCreate",
    "IssueCreatePctDetails",
    "IssueData",
    "IssueResponse",
    "LabelImport",
    "LabelOption",
    "LabelsImport",
    "MedicalPlane",
    "MessageData",
    "MessageResponse",
    "Metric",
    "MetricData",
    "MetricResponse",
    "NerSpan",
    "NumberCondition",
    "PerformanceData",
    "PerformanceDataPerformance",
    "PerformanceQuery",
    "PerformanceResponse",
    "Project",
    "ProjectCreate",
    "ProjectData",
    "ProjectErrorSchema",
    "ProjectListData",
    "ProjectListResponse",
    "ProjectMember",
    "ProjectMembersAdd",
    "ProjectPluginPresetsItem",
    "ProjectProjectPlugins",
    "ProjectRef",
    "ProjectResponse",
    "ProjectRole",
    "ProjectSummary",
    "ProjectType",
    "ProjectUpdate",
    "RelationAnswer",
    "RelationCategory",
    "RelationType",
    "RequeueFilters",
    "RequeueOptions",
    "RequeueTasks",
    "RequeueTasksData",
    "RequeueTasksResponse",
    "ReviewConfig",
    "ReviewConfigFiltersItem",
    "ReviewStatus",
    "RotatedBoundingBox",
    "Stage",
    "StageType",
    "Storage",
    "StorageListData",
    "StorageListResponse",
    "StorageProvider",
    "StringCondition",
    "SuccessStatus",
    "Task",
    "TaskAssign",
    "TaskAssignData",
    "TaskAssignResponse",
    "TaskData",
    "TaskFilter",
    "TaskHistory",
    "TaskHistoryData",
    "TaskHistoryResponse",
    "TaskIssuesItem",
    "TaskListData",
    "TaskListResponse",
    "TaskResponse",
    "TaskReview",
    "TaskSample",
    "TaskType",
    "ToolCategory",
    "ToolType",
    "TreeOption",
    "UserSummary",
)
