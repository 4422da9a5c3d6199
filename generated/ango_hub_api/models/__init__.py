"""Contains all the data models used in inputs/outputs (each imported on first use)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ai_assistance import AiAssistance
    from .annotate_data import AnnotateData
    from .annotate_response import AnnotateResponse
    from .annotation_metadata import AnnotationMetadata
    from .annotation_object import AnnotationObject
    from .annotation_payload import AnnotationPayload
    from .answer import Answer
    from .asset import Asset
    from .asset_attachments import AssetAttachments
    from .asset_builder_column_type import AssetBuilderColumnType
    from .asset_builder_data_config_item import AssetBuilderDataConfigItem
    from .asset_builder_template import AssetBuilderTemplate
    from .asset_builder_template_config import AssetBuilderTemplateConfig
    from .asset_builder_template_create import AssetBuilderTemplateCreate
    from .asset_builder_template_create_config import AssetBuilderTemplateCreateConfig
    from .asset_builder_template_create_data_config import (
        AssetBuilderTemplateCreateDataConfig,
    )
    from .asset_builder_template_create_pre_label_config import (
        AssetBuilderTemplateCreatePreLabelConfig,
    )
    from .asset_builder_template_data import AssetBuilderTemplateData
    from .asset_builder_template_data_config import AssetBuilderTemplateDataConfig
    from .asset_builder_template_pre_label_config import (
        AssetBuilderTemplatePreLabelConfig,
    )
    from .asset_builder_template_response import AssetBuilderTemplateResponse
    from .asset_context_data_type_0 import AssetContextDataType0
    from .asset_count_data import AssetCountData
    from .asset_count_response import AssetCountResponse
    from .asset_files_upload import AssetFilesUpload
    from .asset_filter import AssetFilter
    from .asset_list_data import AssetListData
    from .asset_list_response import AssetListResponse
    from .asset_metadata_type_0 import AssetMetadataType0
    from .asset_ref import AssetRef
    from .assets_created_counts import AssetsCreatedCounts
    from .assets_created_data import AssetsCreatedData
    from .assets_created_response import AssetsCreatedResponse
    from .assets_delete import AssetsDelete
    from .attachment import Attachment
    from .attachment_type import AttachmentType
    from .attachments_create import AttachmentsCreate
    from .attachments_data import AttachmentsData
    from .attachments_imported import AttachmentsImported
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
    from .benchmark_tasks_update import BenchmarkTasksUpdate
    from .boolean_condition import BooleanCondition
    from .bounding_box import BoundingBox
    from .category_schema import CategorySchema
    from .chat_assets_create import ChatAssetsCreate
    from .chat_assets_created import ChatAssetsCreated
    from .chat_assets_data import ChatAssetsData
    from .chat_assets_form import ChatAssetsForm
    from .chat_assets_response import ChatAssetsResponse
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
    from .export_asset import ExportAsset
    from .export_asset_context_data import ExportAssetContextData
    from .export_asset_metadata import ExportAssetMetadata
    from .export_data import ExportData
    from .export_format import ExportFormat
    from .export_response import ExportResponse
    from .export_task import ExportTask
    from .export_task_consensus_detailed_item import ExportTaskConsensusDetailedItem
    from .export_task_issues_item import ExportTaskIssuesItem
    from .export_task_review import ExportTaskReview
    from .export_type import ExportType
    from .file_explorer_data import FileExplorerData
    from .file_explorer_query import FileExplorerQuery
    from .file_explorer_response import FileExplorerResponse
    from .import_labels_data import ImportLabelsData
    from .import_labels_response import ImportLabelsResponse
    from .instructions_upload import InstructionsUpload
    from .invitation_create import InvitationCreate
    from .invite import Invite
    from .invite_list_data import InviteListData
    from .invite_list_response import InviteListResponse
    from .invite_status import InviteStatus
    from .invite_status_name import InviteStatusName
    from .invites_delete import InvitesDelete
    from .issue import Issue
    from .issue_comment import IssueComment
    from .issue_comment_create import IssueCommentCreate
    from .issue_create import IssueCreate
    from .issue_create_pct_details import IssueCreatePctDetails
    from .issue_data import IssueData
    from .issue_list_data import IssueListData
    from .issue_list_response import IssueListResponse
    from .issue_response import IssueResponse
    from .issue_status import IssueStatus
    from .issue_update import IssueUpdate
    from .issue_update_pct_details import IssueUpdatePctDetails
    from .label_import import LabelImport
    from .label_option import LabelOption
    from .label_validation_update import LabelValidationUpdate
    from .label_validation_update_external_validation import (
        LabelValidationUpdateExternalValidation,
    )
    from .labels_import import LabelsImport
    from .llm import Llm
    from .llm_configuration import LlmConfiguration
    from .llm_create import LlmCreate
    from .llm_data import LlmData
    from .llm_list_data import LlmListData
    from .llm_list_response import LlmListResponse
    from .llm_provider import LlmProvider
    from .llm_response import LlmResponse
    from .medical_plane import MedicalPlane
    from .mentioned_user import MentionedUser
    from .message_data import MessageData
    from .message_response import MessageResponse
    from .metric import Metric
    from .metric_data import MetricData
    from .metric_response import MetricResponse
    from .ner_span import NerSpan
    from .notification_create import NotificationCreate
    from .number_condition import NumberCondition
    from .organization_member import OrganizationMember
    from .organization_member_list_data import OrganizationMemberListData
    from .organization_member_list_response import OrganizationMemberListResponse
    from .organization_members_remove import OrganizationMembersRemove
    from .organization_role import OrganizationRole
    from .organization_role_name import OrganizationRoleName
    from .organization_role_update import OrganizationRoleUpdate
    from .organization_role_update_data import OrganizationRoleUpdateData
    from .organization_role_update_response import OrganizationRoleUpdateResponse
    from .organization_role_update_result import OrganizationRoleUpdateResult
    from .organization_role_updates import OrganizationRoleUpdates
    from .pdf_content import PdfContent
    from .pdf_import_region import PdfImportRegion
    from .pdf_position import PdfPosition
    from .pdf_rect import PdfRect
    from .pdf_region import PdfRegion
    from .performance_data import PerformanceData
    from .performance_data_performance import PerformanceDataPerformance
    from .performance_query import PerformanceQuery
    from .performance_response import PerformanceResponse
    from .plugin_log import PluginLog
    from .plugin_log_metadata import PluginLogMetadata
    from .plugin_response import PluginResponse
    from .project import Project
    from .project_assignment import ProjectAssignment
    from .project_clone import ProjectClone
    from .project_create import ProjectCreate
    from .project_data import ProjectData
    from .project_error_schema import ProjectErrorSchema
    from .project_list_data import ProjectListData
    from .project_list_response import ProjectListResponse
    from .project_member import ProjectMember
    from .project_members_add import ProjectMembersAdd
    from .project_plugin_presets_item import ProjectPluginPresetsItem
    from .project_project_plugins import ProjectProjectPlugins
    from .project_purge import ProjectPurge
    from .project_ref import ProjectRef
    from .project_response import ProjectResponse
    from .project_role import ProjectRole
    from .project_summary import ProjectSummary
    from .project_type import ProjectType
    from .project_update import ProjectUpdate
    from .relation_answer import RelationAnswer
    from .relation_category import RelationCategory
    from .relation_direction import RelationDirection
    from .relation_type import RelationType
    from .requeue_filters import RequeueFilters
    from .requeue_modified import RequeueModified
    from .requeue_options import RequeueOptions
    from .requeue_tasks import RequeueTasks
    from .requeue_tasks_data import RequeueTasksData
    from .requeue_tasks_response import RequeueTasksResponse
    from .review_config import ReviewConfig
    from .review_config_filters_item import ReviewConfigFiltersItem
    from .review_status import ReviewStatus
    from .rotated_bounding_box import RotatedBoundingBox
    from .segmentation import Segmentation
    from .segmentation_zone import SegmentationZone
    from .signed_url_data import SignedUrlData
    from .signed_url_response import SignedUrlResponse
    from .stage import Stage
    from .stage_type import StageType
    from .storage import Storage
    from .storage_create import StorageCreate
    from .storage_create_credentials_type_1 import StorageCreateCredentialsType1
    from .storage_data import StorageData
    from .storage_file import StorageFile
    from .storage_file_list_data import StorageFileListData
    from .storage_file_list_response import StorageFileListResponse
    from .storage_file_type import StorageFileType
    from .storage_list_data import StorageListData
    from .storage_list_response import StorageListResponse
    from .storage_provider import StorageProvider
    from .storage_response import StorageResponse
    from .storage_type import StorageType
    from .string_condition import StringCondition
    from .success_status import SuccessStatus
    from .task import Task
    from .task_assign import TaskAssign
    from .task_assign_data import TaskAssignData
    from .task_assign_response import TaskAssignResponse
    from .task_count_data import TaskCountData
    from .task_count_response import TaskCountResponse
    from .task_data import TaskData
    from .task_filter import TaskFilter
    from .task_history import TaskHistory
    from .task_history_data import TaskHistoryData
    from .task_history_list_data import TaskHistoryListData
    from .task_history_list_response import TaskHistoryListResponse
    from .task_history_response import TaskHistoryResponse
    from .task_issues_item import TaskIssuesItem
    from .task_list_data import TaskListData
    from .task_list_response import TaskListResponse
    from .task_priority_update import TaskPriorityUpdate
    from .task_response import TaskResponse
    from .task_review import TaskReview
    from .task_review_submit import TaskReviewSubmit
    from .task_review_submit_pct_details import TaskReviewSubmitPctDetails
    from .task_sample import TaskSample
    from .task_status import TaskStatus
    from .task_type import TaskType
    from .tool_category import ToolCategory
    from .tool_type import ToolType
    from .tree_option import TreeOption
    from .upload_url_data import UploadUrlData
    from .upload_url_response import UploadUrlResponse
    from .user_summary import UserSummary
    from .webhook import Webhook
    from .webhook_create import WebhookCreate
    from .webhook_data import WebhookData
    from .webhook_event import WebhookEvent
    from .webhook_event_context_data import WebhookEventContextData
    from .webhook_event_metadata import WebhookEventMetadata
    from .webhook_rerun import WebhookRerun
    from .webhook_response import WebhookResponse
    from .webhook_type import WebhookType

#: Where each model is defined: name -> module of this package.
_MODULES: dict[str, str] = {
    "AiAssistance": ".ai_assistance",
    "AnnotateData": ".annotate_data",
    "AnnotateResponse": ".annotate_response",
    "AnnotationMetadata": ".annotation_metadata",
    "AnnotationObject": ".annotation_object",
    "AnnotationPayload": ".annotation_payload",
    "Answer": ".answer",
    "Asset": ".asset",
    "AssetAttachments": ".asset_attachments",
    "AssetBuilderColumnType": ".asset_builder_column_type",
    "AssetBuilderDataConfigItem": ".asset_builder_data_config_item",
    "AssetBuilderTemplate": ".asset_builder_template",
    "AssetBuilderTemplateConfig": ".asset_builder_template_config",
    "AssetBuilderTemplateCreate": ".asset_builder_template_create",
    "AssetBuilderTemplateCreateConfig": ".asset_builder_template_create_config",
    "AssetBuilderTemplateCreateDataConfig": ".asset_builder_template_create_data_config",
    "AssetBuilderTemplateCreatePreLabelConfig": ".asset_builder_template_create_pre_label_config",
    "AssetBuilderTemplateData": ".asset_builder_template_data",
    "AssetBuilderTemplateDataConfig": ".asset_builder_template_data_config",
    "AssetBuilderTemplatePreLabelConfig": ".asset_builder_template_pre_label_config",
    "AssetBuilderTemplateResponse": ".asset_builder_template_response",
    "AssetContextDataType0": ".asset_context_data_type_0",
    "AssetCountData": ".asset_count_data",
    "AssetCountResponse": ".asset_count_response",
    "AssetFilesUpload": ".asset_files_upload",
    "AssetFilter": ".asset_filter",
    "AssetListData": ".asset_list_data",
    "AssetListResponse": ".asset_list_response",
    "AssetMetadataType0": ".asset_metadata_type_0",
    "AssetRef": ".asset_ref",
    "AssetsCreatedCounts": ".assets_created_counts",
    "AssetsCreatedData": ".assets_created_data",
    "AssetsCreatedResponse": ".assets_created_response",
    "AssetsDelete": ".assets_delete",
    "Attachment": ".attachment",
    "AttachmentType": ".attachment_type",
    "AttachmentsCreate": ".attachments_create",
    "AttachmentsData": ".attachments_data",
    "AttachmentsImported": ".attachments_imported",
    "AttachmentsResponse": ".attachments_response",
    "Batch": ".batch",
    "BatchAssignData": ".batch_assign_data",
    "BatchAssignResponse": ".batch_assign_response",
    "BatchCreateData": ".batch_create_data",
    "BatchCreateResponse": ".batch_create_response",
    "BatchInput": ".batch_input",
    "BatchListData": ".batch_list_data",
    "BatchListResponse": ".batch_list_response",
    "BatchesAssign": ".batches_assign",
    "BatchesCreate": ".batches_create",
    "BenchmarkTasksUpdate": ".benchmark_tasks_update",
    "BooleanCondition": ".boolean_condition",
    "BoundingBox": ".bounding_box",
    "CategorySchema": ".category_schema",
    "ChatAssetsCreate": ".chat_assets_create",
    "ChatAssetsCreated": ".chat_assets_created",
    "ChatAssetsData": ".chat_assets_data",
    "ChatAssetsForm": ".chat_assets_form",
    "ChatAssetsResponse": ".chat_assets_response",
    "ClassificationAnswer": ".classification_answer",
    "ClassificationCategory": ".classification_category",
    "ClassificationType": ".classification_type",
    "CloudAsset": ".cloud_asset",
    "CloudAssetContextDataType0": ".cloud_asset_context_data_type_0",
    "CloudAssetMetadataType0": ".cloud_asset_metadata_type_0",
    "CloudAssetsImport": ".cloud_assets_import",
    "DateRange": ".date_range",
    "ErrorCode": ".error_code",
    "ErrorResponse": ".error_response",
    "ErrorStatus": ".error_status",
    "ExportAsset": ".export_asset",
    "ExportAssetContextData": ".export_asset_context_data",
    "ExportAssetMetadata": ".export_asset_metadata",
    "ExportData": ".export_data",
    "ExportFormat": ".export_format",
    "ExportResponse": ".export_response",
    "ExportTask": ".export_task",
    "ExportTaskConsensusDetailedItem": ".export_task_consensus_detailed_item",
    "ExportTaskIssuesItem": ".export_task_issues_item",
    "ExportTaskReview": ".export_task_review",
    "ExportType": ".export_type",
    "FileExplorerData": ".file_explorer_data",
    "FileExplorerQuery": ".file_explorer_query",
    "FileExplorerResponse": ".file_explorer_response",
    "ImportLabelsData": ".import_labels_data",
    "ImportLabelsResponse": ".import_labels_response",
    "InstructionsUpload": ".instructions_upload",
    "InvitationCreate": ".invitation_create",
    "Invite": ".invite",
    "InviteListData": ".invite_list_data",
    "InviteListResponse": ".invite_list_response",
    "InviteStatus": ".invite_status",
    "InviteStatusName": ".invite_status_name",
    "InvitesDelete": ".invites_delete",
    "Issue": ".issue",
    "IssueComment": ".issue_comment",
    "IssueCommentCreate": ".issue_comment_create",
    "IssueCreate": ".issue_create",
    "IssueCreatePctDetails": ".issue_create_pct_details",
    "IssueData": ".issue_data",
    "IssueListData": ".issue_list_data",
    "IssueListResponse": ".issue_list_response",
    "IssueResponse": ".issue_response",
    "IssueStatus": ".issue_status",
    "IssueUpdate": ".issue_update",
    "IssueUpdatePctDetails": ".issue_update_pct_details",
    "LabelImport": ".label_import",
    "LabelOption": ".label_option",
    "LabelValidationUpdate": ".label_validation_update",
    "LabelValidationUpdateExternalValidation": ".label_validation_update_external_validation",
    "LabelsImport": ".labels_import",
    "Llm": ".llm",
    "LlmConfiguration": ".llm_configuration",
    "LlmCreate": ".llm_create",
    "LlmData": ".llm_data",
    "LlmListData": ".llm_list_data",
    "LlmListResponse": ".llm_list_response",
    "LlmProvider": ".llm_provider",
    "LlmResponse": ".llm_response",
    "MedicalPlane": ".medical_plane",
    "MentionedUser": ".mentioned_user",
    "MessageData": ".message_data",
    "MessageResponse": ".message_response",
    "Metric": ".metric",
    "MetricData": ".metric_data",
    "MetricResponse": ".metric_response",
    "NerSpan": ".ner_span",
    "NotificationCreate": ".notification_create",
    "NumberCondition": ".number_condition",
    "OrganizationMember": ".organization_member",
    "OrganizationMemberListData": ".organization_member_list_data",
    "OrganizationMemberListResponse": ".organization_member_list_response",
    "OrganizationMembersRemove": ".organization_members_remove",
    "OrganizationRole": ".organization_role",
    "OrganizationRoleName": ".organization_role_name",
    "OrganizationRoleUpdate": ".organization_role_update",
    "OrganizationRoleUpdateData": ".organization_role_update_data",
    "OrganizationRoleUpdateResponse": ".organization_role_update_response",
    "OrganizationRoleUpdateResult": ".organization_role_update_result",
    "OrganizationRoleUpdates": ".organization_role_updates",
    "PdfContent": ".pdf_content",
    "PdfImportRegion": ".pdf_import_region",
    "PdfPosition": ".pdf_position",
    "PdfRect": ".pdf_rect",
    "PdfRegion": ".pdf_region",
    "PerformanceData": ".performance_data",
    "PerformanceDataPerformance": ".performance_data_performance",
    "PerformanceQuery": ".performance_query",
    "PerformanceResponse": ".performance_response",
    "PluginLog": ".plugin_log",
    "PluginLogMetadata": ".plugin_log_metadata",
    "PluginResponse": ".plugin_response",
    "Project": ".project",
    "ProjectAssignment": ".project_assignment",
    "ProjectClone": ".project_clone",
    "ProjectCreate": ".project_create",
    "ProjectData": ".project_data",
    "ProjectErrorSchema": ".project_error_schema",
    "ProjectListData": ".project_list_data",
    "ProjectListResponse": ".project_list_response",
    "ProjectMember": ".project_member",
    "ProjectMembersAdd": ".project_members_add",
    "ProjectPluginPresetsItem": ".project_plugin_presets_item",
    "ProjectProjectPlugins": ".project_project_plugins",
    "ProjectPurge": ".project_purge",
    "ProjectRef": ".project_ref",
    "ProjectResponse": ".project_response",
    "ProjectRole": ".project_role",
    "ProjectSummary": ".project_summary",
    "ProjectType": ".project_type",
    "ProjectUpdate": ".project_update",
    "RelationAnswer": ".relation_answer",
    "RelationCategory": ".relation_category",
    "RelationDirection": ".relation_direction",
    "RelationType": ".relation_type",
    "RequeueFilters": ".requeue_filters",
    "RequeueModified": ".requeue_modified",
    "RequeueOptions": ".requeue_options",
    "RequeueTasks": ".requeue_tasks",
    "RequeueTasksData": ".requeue_tasks_data",
    "RequeueTasksResponse": ".requeue_tasks_response",
    "ReviewConfig": ".review_config",
    "ReviewConfigFiltersItem": ".review_config_filters_item",
    "ReviewStatus": ".review_status",
    "RotatedBoundingBox": ".rotated_bounding_box",
    "Segmentation": ".segmentation",
    "SegmentationZone": ".segmentation_zone",
    "SignedUrlData": ".signed_url_data",
    "SignedUrlResponse": ".signed_url_response",
    "Stage": ".stage",
    "StageType": ".stage_type",
    "Storage": ".storage",
    "StorageCreate": ".storage_create",
    "StorageCreateCredentialsType1": ".storage_create_credentials_type_1",
    "StorageData": ".storage_data",
    "StorageFile": ".storage_file",
    "StorageFileListData": ".storage_file_list_data",
    "StorageFileListResponse": ".storage_file_list_response",
    "StorageFileType": ".storage_file_type",
    "StorageListData": ".storage_list_data",
    "StorageListResponse": ".storage_list_response",
    "StorageProvider": ".storage_provider",
    "StorageResponse": ".storage_response",
    "StorageType": ".storage_type",
    "StringCondition": ".string_condition",
    "SuccessStatus": ".success_status",
    "Task": ".task",
    "TaskAssign": ".task_assign",
    "TaskAssignData": ".task_assign_data",
    "TaskAssignResponse": ".task_assign_response",
    "TaskCountData": ".task_count_data",
    "TaskCountResponse": ".task_count_response",
    "TaskData": ".task_data",
    "TaskFilter": ".task_filter",
    "TaskHistory": ".task_history",
    "TaskHistoryData": ".task_history_data",
    "TaskHistoryListData": ".task_history_list_data",
    "TaskHistoryListResponse": ".task_history_list_response",
    "TaskHistoryResponse": ".task_history_response",
    "TaskIssuesItem": ".task_issues_item",
    "TaskListData": ".task_list_data",
    "TaskListResponse": ".task_list_response",
    "TaskPriorityUpdate": ".task_priority_update",
    "TaskResponse": ".task_response",
    "TaskReview": ".task_review",
    "TaskReviewSubmit": ".task_review_submit",
    "TaskReviewSubmitPctDetails": ".task_review_submit_pct_details",
    "TaskSample": ".task_sample",
    "TaskStatus": ".task_status",
    "TaskType": ".task_type",
    "ToolCategory": ".tool_category",
    "ToolType": ".tool_type",
    "TreeOption": ".tree_option",
    "UploadUrlData": ".upload_url_data",
    "UploadUrlResponse": ".upload_url_response",
    "UserSummary": ".user_summary",
    "Webhook": ".webhook",
    "WebhookCreate": ".webhook_create",
    "WebhookData": ".webhook_data",
    "WebhookEvent": ".webhook_event",
    "WebhookEventContextData": ".webhook_event_context_data",
    "WebhookEventMetadata": ".webhook_event_metadata",
    "WebhookRerun": ".webhook_rerun",
    "WebhookResponse": ".webhook_response",
    "WebhookType": ".webhook_type",
}

__all__ = (
    "AiAssistance",
    "AnnotateData",
    "AnnotateResponse",
    "AnnotationMetadata",
    "AnnotationObject",
    "AnnotationPayload",
    "Answer",
    "Asset",
    "AssetAttachments",
    "AssetBuilderColumnType",
    "AssetBuilderDataConfigItem",
    "AssetBuilderTemplate",
    "AssetBuilderTemplateConfig",
    "AssetBuilderTemplateCreate",
    "AssetBuilderTemplateCreateConfig",
    "AssetBuilderTemplateCreateDataConfig",
    "AssetBuilderTemplateCreatePreLabelConfig",
    "AssetBuilderTemplateData",
    "AssetBuilderTemplateDataConfig",
    "AssetBuilderTemplatePreLabelConfig",
    "AssetBuilderTemplateResponse",
    "AssetContextDataType0",
    "AssetCountData",
    "AssetCountResponse",
    "AssetFilesUpload",
    "AssetFilter",
    "AssetListData",
    "AssetListResponse",
    "AssetMetadataType0",
    "AssetRef",
    "AssetsCreatedCounts",
    "AssetsCreatedData",
    "AssetsCreatedResponse",
    "AssetsDelete",
    "Attachment",
    "AttachmentType",
    "AttachmentsCreate",
    "AttachmentsData",
    "AttachmentsImported",
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
    "BenchmarkTasksUpdate",
    "BooleanCondition",
    "BoundingBox",
    "CategorySchema",
    "ChatAssetsCreate",
    "ChatAssetsCreated",
    "ChatAssetsData",
    "ChatAssetsForm",
    "ChatAssetsResponse",
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
    "ExportAsset",
    "ExportAssetContextData",
    "ExportAssetMetadata",
    "ExportData",
    "ExportFormat",
    "ExportResponse",
    "ExportTask",
    "ExportTaskConsensusDetailedItem",
    "ExportTaskIssuesItem",
    "ExportTaskReview",
    "ExportType",
    "FileExplorerData",
    "FileExplorerQuery",
    "FileExplorerResponse",
    "ImportLabelsData",
    "ImportLabelsResponse",
    "InstructionsUpload",
    "InvitationCreate",
    "Invite",
    "InviteListData",
    "InviteListResponse",
    "InviteStatus",
    "InviteStatusName",
    "InvitesDelete",
    "Issue",
    "IssueComment",
    "IssueCommentCreate",
    "IssueCreate",
    "IssueCreatePctDetails",
    "IssueData",
    "IssueListData",
    "IssueListResponse",
    "IssueResponse",
    "IssueStatus",
    "IssueUpdate",
    "IssueUpdatePctDetails",
    "LabelImport",
    "LabelOption",
    "LabelValidationUpdate",
    "LabelValidationUpdateExternalValidation",
    "LabelsImport",
    "Llm",
    "LlmConfiguration",
    "LlmCreate",
    "LlmData",
    "LlmListData",
    "LlmListResponse",
    "LlmProvider",
    "LlmResponse",
    "MedicalPlane",
    "MentionedUser",
    "MessageData",
    "MessageResponse",
    "Metric",
    "MetricData",
    "MetricResponse",
    "NerSpan",
    "NotificationCreate",
    "NumberCondition",
    "OrganizationMember",
    "OrganizationMemberListData",
    "OrganizationMemberListResponse",
    "OrganizationMembersRemove",
    "OrganizationRole",
    "OrganizationRoleName",
    "OrganizationRoleUpdate",
    "OrganizationRoleUpdateData",
    "OrganizationRoleUpdateResponse",
    "OrganizationRoleUpdateResult",
    "OrganizationRoleUpdates",
    "PdfContent",
    "PdfImportRegion",
    "PdfPosition",
    "PdfRect",
    "PdfRegion",
    "PerformanceData",
    "PerformanceDataPerformance",
    "PerformanceQuery",
    "PerformanceResponse",
    "PluginLog",
    "PluginLogMetadata",
    "PluginResponse",
    "Project",
    "ProjectAssignment",
    "ProjectClone",
    "ProjectCreate",
    "ProjectData",
    "ProjectErrorSchema",
    "ProjectListData",
    "ProjectListResponse",
    "ProjectMember",
    "ProjectMembersAdd",
    "ProjectPluginPresetsItem",
    "ProjectProjectPlugins",
    "ProjectPurge",
    "ProjectRef",
    "ProjectResponse",
    "ProjectRole",
    "ProjectSummary",
    "ProjectType",
    "ProjectUpdate",
    "RelationAnswer",
    "RelationCategory",
    "RelationDirection",
    "RelationType",
    "RequeueFilters",
    "RequeueModified",
    "RequeueOptions",
    "RequeueTasks",
    "RequeueTasksData",
    "RequeueTasksResponse",
    "ReviewConfig",
    "ReviewConfigFiltersItem",
    "ReviewStatus",
    "RotatedBoundingBox",
    "Segmentation",
    "SegmentationZone",
    "SignedUrlData",
    "SignedUrlResponse",
    "Stage",
    "StageType",
    "Storage",
    "StorageCreate",
    "StorageCreateCredentialsType1",
    "StorageData",
    "StorageFile",
    "StorageFileListData",
    "StorageFileListResponse",
    "StorageFileType",
    "StorageListData",
    "StorageListResponse",
    "StorageProvider",
    "StorageResponse",
    "StorageType",
    "StringCondition",
    "SuccessStatus",
    "Task",
    "TaskAssign",
    "TaskAssignData",
    "TaskAssignResponse",
    "TaskCountData",
    "TaskCountResponse",
    "TaskData",
    "TaskFilter",
    "TaskHistory",
    "TaskHistoryData",
    "TaskHistoryListData",
    "TaskHistoryListResponse",
    "TaskHistoryResponse",
    "TaskIssuesItem",
    "TaskListData",
    "TaskListResponse",
    "TaskPriorityUpdate",
    "TaskResponse",
    "TaskReview",
    "TaskReviewSubmit",
    "TaskReviewSubmitPctDetails",
    "TaskSample",
    "TaskStatus",
    "TaskType",
    "ToolCategory",
    "ToolType",
    "TreeOption",
    "UploadUrlData",
    "UploadUrlResponse",
    "UserSummary",
    "Webhook",
    "WebhookCreate",
    "WebhookData",
    "WebhookEvent",
    "WebhookEventContextData",
    "WebhookEventMetadata",
    "WebhookRerun",
    "WebhookResponse",
    "WebhookType",
)


def __getattr__(name: str) -> Any:
    """Import the model ``name`` on first use."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
