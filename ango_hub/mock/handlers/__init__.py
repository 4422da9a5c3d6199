"""The operations of the mock: one handler per ``operationId`` of the spec.

:data:`HANDLERS` maps each ``operationId`` to its handler. The app refuses to start when
an operation of the spec has no handler here, so a new operation in the spec fails the
tests until the mock implements it.
"""

from __future__ import annotations

from . import assets, batches, exports, issues, labels, metrics, projects, storages, tasks
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
    # metrics
    "get_project_performance": metrics.get_project_performance,
    "get_metric": metrics.get_metric,
    # tasks
    "list_tasks": tasks.list_tasks,
    "get_task": tasks.get_task,
    "get_task_history": tasks.get_task_history,
    "assign_tasks": tasks.assign_tasks,
    "requeue_tasks": tasks.requeue_tasks,
    # assets
    "list_assets": assets.list_assets,
    "upload_assets": assets.upload_assets,
    "import_cloud_assets": assets.import_cloud_assets,
    "create_attachments": assets.create_attachments,
    # batches
    "list_batches": batches.list_batches,
    "create_batches": batches.create_batches,
    "assign_batches": batches.assign_batches,
    # issues and storages
    "create_issue": issues.create_issue,
    "list_storages": storages.list_storages,
    # exports
    "export_project": exports.export_project,
    "export_project_v3": exports.export_project_v3,
    # labels
    "annotate_task": labels.annotate_task,
    "import_labels": labels.import_labels,
}
