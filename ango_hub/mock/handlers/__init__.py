"""The operations of the mock: one handler per ``operationId`` of the spec.

:data:`HANDLERS` maps each ``operationId`` to its handler. The app refuses to start when
an operation of the spec has no handler here, so a new operation in the spec fails the
tests until the mock implements it.
"""

from __future__ import annotations

from . import (
    assets,
    batches,
    chat,
    exports,
    issues,
    labels,
    llms,
    masks,
    metrics,
    organization,
    plugins,
    projects,
    storages,
    tasks,
    uploads,
)
from .common import Handler

__all__ = ["HANDLERS", "Handler"]

HANDLERS: dict[str, Handler] = {
    # projects
    "list_projects": projects.list_projects,
    "create_project": projects.create_project,
    "get_project": projects.get_project,
    "update_project": projects.update_project,
    "delete_project": projects.delete_project,
    "add_project_members": projects.add_project_members,
    "create_asset_builder_template": projects.create_asset_builder_template,
    "upload_instructions": projects.upload_instructions,
    "clone_project": projects.clone_project,
    "purge_project": projects.purge_project,
    "update_label_validation": projects.update_label_validation,
    # metrics
    "get_project_performance": metrics.get_project_performance,
    "get_metric": metrics.get_metric,
    # tasks
    "list_tasks": tasks.list_tasks,
    "get_task": tasks.get_task,
    "get_task_history": tasks.get_task_history,
    "list_task_history": tasks.list_task_history,
    "assign_tasks": tasks.assign_tasks,
    "requeue_tasks": tasks.requeue_tasks,
    "set_benchmark_tasks": tasks.set_benchmark_tasks,
    "update_tasks_priority": tasks.update_tasks_priority,
    "review_task": tasks.review_task,
    # assets
    "list_assets": assets.list_assets,
    "delete_assets": assets.delete_assets,
    "upload_assets": assets.upload_assets,
    "import_cloud_assets": assets.import_cloud_assets,
    "create_attachments": assets.create_attachments,
    "create_chat_assets": chat.create_chat_assets,
    "get_upload_url": uploads.get_upload_url,
    "get_signed_url": uploads.get_signed_url,
    # batches
    "list_batches": batches.list_batches,
    "create_batches": batches.create_batches,
    "assign_batches": batches.assign_batches,
    # issues
    "create_issue": issues.create_issue,
    "list_issues": issues.list_issues,
    "update_issue": issues.update_issue,
    "delete_issue": issues.delete_issue,
    "add_issue_comment": issues.add_issue_comment,
    # storages
    "list_storages": storages.list_storages,
    "create_storage": storages.create_storage,
    "delete_storage": storages.delete_storage,
    "list_storage_files": storages.list_storage_files,
    "explore_files": storages.explore_files,
    # exports
    "export_project": exports.export_project,
    "export_project_v3": exports.export_project_v3,
    # labels
    "annotate_task": labels.annotate_task,
    "import_labels": labels.import_labels,
    "get_mask": masks.get_mask,
    # organization
    "list_organization_members": organization.list_organization_members,
    "update_organization_member_roles": organization.update_organization_member_roles,
    "remove_organization_members": organization.remove_organization_members,
    "list_organization_invites": organization.list_organization_invites,
    "invite_organization_members": organization.invite_organization_members,
    "delete_organization_invites": organization.delete_organization_invites,
    "send_notification": organization.send_notification,
    # LLM configurations
    "list_llms": llms.list_llms,
    "create_llm": llms.create_llm,
    "delete_llm": llms.delete_llm,
    # plugins and webhooks
    "create_plugin_log": plugins.create_plugin_log,
    "send_plugin_response": plugins.send_plugin_response,
    "rerun_webhook": plugins.rerun_webhook,
    "create_webhook": plugins.create_webhook,
}
