"""Every operation of the spec, called through the resources of ``ango_hub.Client``.

One mock Ango Hub (demo seed, responses validated against the spec) serves one flow: the
operations run in the order of :data:`OPERATIONS`, reads of the demo organization first,
then creations, then uses of what was created (kept in ``ctx``), and the destructive
operations (delete, purge, remove) last. Each call's result must be of the generated model
type (or ``str``, ``bytes``, ``list[...]``, ``None``) the resource method promises, and
carry the expected values.

``test_every_spec_operation_is_covered`` fails when the spec gains an operation that is not
in :data:`OPERATIONS` yet. The last test runs ``examples/typed_usage.py`` against a mock.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
import yaml
from _async_bridge import client_for

from ango_hub import Client, NotFoundError
from ango_hub.export_archive import export_tasks, read_export
from ango_hub.import_reports import ImportReport
from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread
from ango_hub_api.models import (
    AnnotateData,
    AnnotationObject,
    Answer,
    AssetAttachments,
    AssetBuilderTemplate,
    AssetBuilderTemplateCreate,
    AssetCountData,
    AssetListData,
    AssetsCreatedCounts,
    AssetsCreatedData,
    Attachment,
    AttachmentsData,
    AttachmentType,
    Batch,
    BatchAssignData,
    BatchCreateData,
    BoundingBox,
    CategorySchema,
    ChatAssetsCreate,
    ChatAssetsData,
    CloudAsset,
    FileExplorerData,
    FileExplorerQuery,
    Invite,
    InviteStatus,
    Issue,
    IssueStatus,
    IssueUpdate,
    LabelImport,
    LabelValidationUpdate,
    Llm,
    LlmConfiguration,
    LlmCreate,
    LlmProvider,
    Metric,
    MetricData,
    OrganizationMember,
    OrganizationRole,
    OrganizationRoleUpdateData,
    PerformanceData,
    PerformanceQuery,
    PluginLog,
    PluginResponse,
    Project,
    ProjectAssignment,
    ProjectClone,
    ProjectListData,
    ProjectRole,
    ProjectUpdate,
    RequeueFilters,
    RequeueOptions,
    RequeueTasksData,
    ReviewStatus,
    Segmentation,
    SegmentationZone,
    Stage,
    StageType,
    Storage,
    StorageCreate,
    StorageFile,
    StorageProvider,
    Task,
    TaskAssignData,
    TaskCountData,
    TaskHistory,
    TaskListData,
    ToolCategory,
    ToolType,
    WebhookData,
    WebhookType,
)
from ango_hub_api.operation import Operation as ApiOperation
from ango_hub_api.types import Unset

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "ango-hub.yaml"
EXAMPLE = ROOT / "examples" / "typed_usage.py"
ASYNC_EXAMPLE = ROOT / "examples" / "async_usage.py"
LABEL_EXAMPLE = ROOT / "examples" / "label_workflow.py"
QUICKSTART = ROOT / "examples" / "quickstart.py"

API_KEY = "all-operations-key-0123456789"
ORGANIZATION_ID = "65a1b2c3d4e5f60718293a40"
DEMO_PROJECT_ID = "50f244556f25e2a25a921187"
PROJECT_NAME = "All operations"
BUCKET = "all-operations-bucket"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

Ctx = dict[str, Any]


class Operation(NamedTuple):
    """How to call one operation, and the type its resource method returns."""

    call: Callable[[Client, Ctx], object]
    returns: Any  # a class, ``list[Model]`` or ``type(None)``


def spec_operation_ids() -> list[str]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def check_created(created: AssetsCreatedData, count: int) -> None:
    """The API answers the counts, or (as the mock does) only a message."""
    if isinstance(created.assets, AssetsCreatedCounts):
        assert created.assets.assets_created == count
    else:
        assert created.assets == "Successfully created."


# -- reads of the demo organization ------------------------------------------------------------


def list_projects(hub: Client, ctx: Ctx) -> ProjectListData:
    page = hub.projects.list_page(limit=100, sort="name")
    assert DEMO_PROJECT_ID in {project.id for project in page.projects}
    assert page.total == len(page.projects) == 3
    return page


def get_project(hub: Client, ctx: Ctx) -> Project:
    project = hub.projects.get(DEMO_PROJECT_ID)
    assert project.name == "Vehicle detection"
    assert project.organization == ORGANIZATION_ID
    return project


def list_storages(hub: Client, ctx: Ctx) -> list[Storage]:
    storages = hub.storages.list()
    names = {storage.name: storage for storage in storages}
    assert {"ango-demo-images", "ango-demo-documents"} <= set(names)
    only = hub.storages.list(storage_id=names["ango-demo-images"].id)
    assert [storage.name for storage in only] == ["ango-demo-images"]
    return storages


def list_llms(hub: Client, ctx: Ctx) -> list[Llm]:
    llms = hub.llms.list()
    assert [llm.name for llm in llms] == ["Demo chat model"]
    assert llms[0].model == "gpt-4o-mini"
    return llms


def list_organization_members(hub: Client, ctx: Ctx) -> list[OrganizationMember]:
    members = hub.organization.list_members(ORGANIZATION_ID)
    emails = [member.email for member in members]
    assert emails[0] == "owner@example.com"
    assert {f"{name}@example.com" for name in ("alice", "bob", "carol", "dave")} <= set(emails)
    return members


def list_organization_invites(hub: Client, ctx: Ctx) -> list[Invite]:
    invites = hub.organization.list_invites(ORGANIZATION_ID, status=InviteStatus.PENDING)
    assert [invite.email for invite in invites] == ["erin@example.com"]
    assert invites[0].status == InviteStatus.PENDING
    return invites


# -- a new project and what it holds ------------------------------------------------------------


def create_project(hub: Client, ctx: Ctx) -> Project:
    label_set = CategorySchema(
        tools=[
            ToolCategory(tool=ToolType.BOUNDING_BOX, title="Vehicle", schema_id="vehicle"),
            ToolCategory(tool=ToolType.SEGMENTATION, title="Road", schema_id="road"),
        ],
        classifications=[],
        relations=[],
    )
    project = hub.projects.create(PROJECT_NAME, description="every operation", category_schema=label_set)
    assert project.name == PROJECT_NAME
    assert project.organization == ORGANIZATION_ID
    ctx["project_id"] = project.id
    return project


def update_project(hub: Client, ctx: Ctx) -> Project:
    stages = [
        Stage(id="Start", type_=StageType.START, next_=["Label"]),
        Stage(id="Label", type_=StageType.LABEL, next_=["Review"]),
        Stage(id="Review", type_=StageType.REVIEW, next_=["Webhook", "Label"]),
        Stage(id="Webhook", type_=StageType.WEBHOOK, next_=["Complete"]),
        Stage(id="Complete", type_=StageType.COMPLETE, next_=[]),
    ]
    project = hub.projects.update(
        ctx["project_id"], ProjectUpdate(description="every operation, in order", stages=stages)
    )
    assert project.id == ctx["project_id"]
    assert project.description == "every operation, in order"
    assert isinstance(project.stages, list)
    assert [stage.id for stage in project.stages] == ["Start", "Label", "Review", "Webhook", "Complete"]
    return project


def add_project_members(hub: Client, ctx: Ctx) -> Project:
    project = hub.projects.add_members(ctx["project_id"], ["alice@example.com"], ProjectRole.LABELER)
    assert isinstance(project.assigned_to, list)
    roles = {member.assignee: member.role for member in project.assigned_to}
    assert roles["alice@example.com"] == ProjectRole.LABELER
    return project


def create_asset_builder_template(hub: Client, ctx: Ctx) -> AssetBuilderTemplate:
    template = hub.projects.create_asset_builder_template(
        ctx["project_id"], AssetBuilderTemplateCreate(name="Card", template="<p>{{text}}</p>")
    )
    assert template.id
    assert template.name == "Card"
    assert template.template == "<p>{{text}}</p>"
    return template


def upload_instructions(hub: Client, ctx: Ctx) -> Project:
    project = hub.projects.upload_instructions(ctx["project_id"], b"%PDF-1.4 instructions")
    assert project.id == ctx["project_id"]
    assert isinstance(project.instructions, str)
    assert project.instructions.startswith("https://")
    return project


def update_label_validation(hub: Client, ctx: Ctx) -> Project:
    settings = LabelValidationUpdate(custom_validation_enabled=True, validation_function="return [];")
    project = hub.projects.update_label_validation(ctx["project_id"], settings)
    assert project.id == ctx["project_id"]
    assert project.additional_properties.get("validationFunction") == "return [];"
    return project


def create_storage(hub: Client, ctx: Ctx) -> Storage:
    storage = hub.storages.create(
        StorageCreate(
            name="All operations storage",
            provider=StorageProvider.AWS,
            public_key="AKIAEXAMPLE",
            private_key="secret",
            region="eu-west-1",
            bucket=BUCKET,
        )
    )
    assert storage.name == "All operations storage"
    assert storage.provider == StorageProvider.AWS
    assert storage.organization == ORGANIZATION_ID
    ctx["storage_id"] = storage.id
    return storage


def create_llm(hub: Client, ctx: Ctx) -> Llm:
    llm = hub.llms.create(
        LlmCreate(
            name="All operations model",
            provider=LlmProvider.OPENAI,
            model="gpt-4o",
            configuration=LlmConfiguration(api_key="sk-test"),
        )
    )
    assert llm.name == "All operations model"
    assert llm.model == "gpt-4o"
    assert "apiKey" not in json.dumps(llm.to_dict())
    ctx["llm_id"] = llm.id
    return llm


def create_batches(hub: Client, ctx: Ctx) -> BatchCreateData:
    created = hub.batches.create(ctx["project_id"], "Batch A")
    assert isinstance(created.project, Batch)
    assert created.project.name == "Batch A"
    assert isinstance(created.project.id, str)
    ctx["batch_id"] = created.project.id
    return created


def list_batches(hub: Client, ctx: Ctx) -> list[Batch]:
    batches = hub.batches.list(ctx["project_id"])
    assert [(batch.id, batch.name) for batch in batches] == [(ctx["batch_id"], "Batch A")]
    return batches


def import_cloud_assets(hub: Client, ctx: Ctx) -> AssetsCreatedData:
    assets = [
        CloudAsset(data=f"https://bucket.example/cloud-{index}.jpg", external_id=f"cloud-{index}.jpg")
        for index in range(3)
    ]
    created = hub.assets.import_cloud(ctx["project_id"], assets, batches=[ctx["batch_id"]], priority=1)
    check_created(created, 3)
    assert hub.assets.list_page(ctx["project_id"]).total == 3
    return created


def get_upload_url(hub: Client, ctx: Ctx) -> str:
    url = hub.assets.get_upload_url(ctx["project_id"], "mask.png")
    assert url.startswith(hub.base_url.rsplit("/v2", 1)[0])
    assert "signature=" in url
    # A presigned PUT (not an API operation) stores the file under the URL's address.
    response = httpx.put(url, content=b"\x89PNG uploaded", headers={"Content-Type": "image/png"})
    assert response.status_code < 300, response.text
    ctx["upload_address"] = url.split("?", 1)[0]
    return url


def upload_assets(hub: Client, ctx: Ctx) -> AssetsCreatedData:
    path = ctx["tmp_path"] / "local-0.txt"
    path.write_text("a local text asset\n", encoding="utf-8")
    created = hub.assets.upload(ctx["project_id"], [path])
    check_created(created, 1)
    uploaded = hub.assets.list_page(ctx["project_id"], filters={"externalId": "local-0.txt"}).assets
    assert [asset.external_id for asset in uploaded] == ["local-0.txt"]
    return created


def create_chat_assets(hub: Client, ctx: Ctx) -> ChatAssetsData:
    form = ChatAssetsCreate(
        number_of_conversations="2",
        naming_strategy=json.dumps({"type": "sequential", "prefix": "chat-"}),
        llm_config=json.dumps({"id": ctx["llm_id"]}),
    )
    created = hub.assets.create_chat_assets(ctx["project_id"], form)
    assert not isinstance(created.assets, Unset)
    assert created.assets.assets_created == 2
    return created


def explore_files(hub: Client, ctx: Ctx) -> FileExplorerData:
    listing = hub.storages.explore(
        FileExplorerQuery(bucket=BUCKET, storage_id=ctx["storage_id"], folder="images/", extensions=[".jpg"])
    )
    assert listing.folders == ["images/night/"]
    assert isinstance(listing.files, list)
    assert [file.key for file in listing.files][:2] == ["images/image-0001.jpg", "images/image-0002.jpg"]
    assert isinstance(listing.scroll_token, str)  # 12 images, 10 a page
    return listing


def list_storage_files(hub: Client, ctx: Ctx) -> list[StorageFile]:
    files = hub.storages.list_files(ctx["storage_id"], BUCKET, path="documents/")
    assert [file.key for file in files] == [f"documents/report-{index:04d}.pdf" for index in (1, 2, 3)]
    assert all(isinstance(file.url, str) for file in files)
    return files


def get_signed_url(hub: Client, ctx: Ctx) -> str:
    url = hub.assets.get_signed_url(ctx["project_id"], ctx["upload_address"])
    assert url.startswith(ctx["upload_address"])
    assert httpx.get(url).content == b"\x89PNG uploaded"
    return url


def list_assets(hub: Client, ctx: Ctx) -> AssetListData:
    page = hub.assets.list_page(ctx["project_id"], limit=50)
    external_ids = sorted(str(asset.external_id) for asset in page.assets)
    expected = ["chat-0001.json", "chat-0002.json", "cloud-0.jpg", "cloud-1.jpg", "cloud-2.jpg"]
    assert external_ids == [*expected, "local-0.txt"]
    assert page.total == 6
    ctx["asset_ids"] = {str(asset.external_id): asset.id for asset in page.assets}
    return page


def create_attachments(hub: Client, ctx: Ctx) -> AttachmentsData:
    attachment = AssetAttachments(
        external_id="cloud-0.jpg", attachments=[Attachment(type_=AttachmentType.TEXT, value="context")]
    )
    created = hub.assets.create_attachments(ctx["project_id"], [attachment])
    assert created.attachments == 1
    return created


def assign_batches(hub: Client, ctx: Ctx) -> BatchAssignData:
    asset_id = ctx["asset_ids"]["local-0.txt"]
    assigned = hub.batches.assign(ctx["project_id"], [asset_id], ["Batch A"])
    assert assigned.assets == 1
    in_batch = hub.assets.list_page(ctx["project_id"], limit=50, filters={"batches": [ctx["batch_id"]]})
    assert in_batch.total == 4
    return assigned


def list_tasks(hub: Client, ctx: Ctx) -> TaskListData:
    listing = hub.tasks.list_page(ctx["project_id"], limit=50, sort="externalId")
    assert listing.total == 6
    assert [task.stage for task in listing.tasks] == ["Label"] * 6
    ctx["task_ids"] = {str(task.external_id): task.id for task in listing.tasks}
    return listing


def get_task(hub: Client, ctx: Ctx) -> Task:
    task = hub.tasks.get(ctx["task_ids"]["cloud-0.jpg"])
    assert task.id == ctx["task_ids"]["cloud-0.jpg"]
    assert task.external_id == "cloud-0.jpg"
    assert task.batches == [ctx["batch_id"]]
    return task


def annotate_task(hub: Client, ctx: Ctx) -> AnnotateData:
    road = AnnotationObject(
        object_id="road-1",
        schema_id="road",
        title="Road",
        segmentation=Segmentation(zones=[SegmentationZone(region=[[0, 0], [8, 0], [8, 4], [0, 4]])]),
    )
    vehicle = AnnotationObject(
        object_id="vehicle-1",
        schema_id="vehicle",
        title="Vehicle",
        bounding_box=BoundingBox(x=1, y=2, width=3, height=4),
    )
    answer = Answer(objects=[road, vehicle], classifications=[], relations=[])
    annotated = hub.labels.annotate(ctx["task_ids"]["cloud-0.jpg"], answer, next_stage=True, duration=1500)
    assert isinstance(annotated.task, Task)
    assert annotated.task.id == ctx["task_ids"]["cloud-0.jpg"]
    assert annotated.task.stage == "Review"
    return annotated


def list_task_history(hub: Client, ctx: Ctx) -> list[TaskHistory]:
    history = hub.tasks.list_history(ctx["task_ids"]["cloud-0.jpg"])
    assert len(history) == 1
    assert history[0].task == ctx["task_ids"]["cloud-0.jpg"]
    assert history[0].stage == "Label"
    ctx["history_id"] = history[0].id
    return history


def get_task_history(hub: Client, ctx: Ctx) -> TaskHistory:
    record = hub.tasks.get_history(ctx["history_id"])
    assert record.id == ctx["history_id"]
    assert record.duration == 1500
    assert isinstance(record.answer, Answer)
    assert isinstance(record.answer.tools, list)  # task answers are read back under `tools`
    assert [obj.object_id for obj in record.answer.tools] == ["road-1", "vehicle-1"]
    return record


def get_mask(hub: Client, ctx: Ctx) -> bytes:
    png = hub.labels.get_mask(ctx["task_ids"]["cloud-0.jpg"], "road-1")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return png


def review_task(hub: Client, ctx: Ctx) -> Task:
    task = hub.tasks.review(ctx["task_ids"]["cloud-0.jpg"], ReviewStatus.ACCEPTED)
    assert task.id == ctx["task_ids"]["cloud-0.jpg"]
    assert task.stage == "Webhook"
    return task


def create_webhook(hub: Client, ctx: Ctx) -> WebhookData:
    data = hub.projects.create_webhook(
        ctx["project_id"],
        "https://hooks.example.com/ango",
        [WebhookType.COMPLETED, "ACCEPTED"],
        secret="s3cret",
    )
    assert isinstance(data.webhooks, list)
    assert [(hook.url, hook.types) for hook in data.webhooks] == [
        ("https://hooks.example.com/ango", [WebhookType.COMPLETED, WebhookType.ACCEPTED])
    ]
    assert "s3cret" not in json.dumps(data.to_dict())
    return data


def rerun_webhook(hub: Client, ctx: Ctx) -> str:
    message = hub.plugins.rerun_webhook(ctx["project_id"], "Webhook")
    assert "1 task" in message
    return message


def import_labels(hub: Client, ctx: Ctx) -> ImportReport:
    label = LabelImport(
        external_id="cloud-1.jpg",
        objects=[
            AnnotationObject(schema_id="vehicle", bounding_box=BoundingBox(x=0, y=0, width=5, height=5))
        ],
    )
    imported = hub.labels.import_(ctx["project_id"], [label])
    assert imported.count("imported") == 1
    assert [(row.key, row.status) for row in imported.rows] == [("cloud-1.jpg", "imported")]
    assert hub.tasks.get(ctx["task_ids"]["cloud-1.jpg"]).is_pre_labeled is True
    return imported


def assign_tasks(hub: Client, ctx: Ctx) -> TaskAssignData:
    task_id = ctx["task_ids"]["cloud-1.jpg"]
    assigned = hub.tasks.assign(ctx["project_id"], [task_id], stage="Label", email="alice@example.com")
    assert assigned.tasks == 1
    assert assigned.assets == "Successfully created."
    assert hub.tasks.get(task_id).assignee == "alice@example.com"
    # The SDK documentation page's form: one task, by user ID or e-mail, whatever its stage.
    bob = next(m for m in hub.organization.list_members(ORGANIZATION_ID) if m.email == "bob@example.com")
    other = ctx["task_ids"]["cloud-0.jpg"]  # in the Webhook stage by now
    assert hub.tasks.assign_one(other, user_id=str(bob.id)).tasks == 1
    assert hub.tasks.get(other).assignee == "bob@example.com"
    assert hub.tasks.assign_one(other, email="alice@example.com").assets == "Successfully created."
    assert hub.tasks.get(other).assignee == "alice@example.com"
    return assigned


def set_benchmark_tasks(hub: Client, ctx: Ctx) -> TaskCountData:
    task_id = ctx["task_ids"]["cloud-1.jpg"]
    counted = hub.tasks.set_benchmark(ctx["project_id"], [task_id])
    assert counted.tasks == 1
    assert hub.tasks.get(task_id).is_benchmark is True
    return counted


def update_tasks_priority(hub: Client, ctx: Ctx) -> TaskCountData:
    task_id = ctx["task_ids"]["cloud-1.jpg"]
    counted = hub.tasks.set_priority(ctx["project_id"], 5, filters=RequeueFilters(task_ids=[task_id]))
    assert counted.tasks == 1
    assert hub.tasks.get(task_id).priority == 5
    return counted


def requeue_tasks(hub: Client, ctx: Ctx) -> RequeueTasksData:
    task_id = ctx["task_ids"]["cloud-2.jpg"]
    requeued = hub.tasks.requeue(
        ctx["project_id"],
        "Complete",
        filters=RequeueFilters(task_ids=[task_id]),
        options=RequeueOptions(remove_assignee=True),
    )
    assert requeued.tasks == 1
    assert hub.tasks.get(task_id).stage == "Complete"
    return requeued


def create_issue(hub: Client, ctx: Ctx) -> Issue:
    task_id = ctx["task_ids"]["cloud-1.jpg"]
    issue = hub.issues.create(task_id, "The box is too small", position=[10, 20], page=0)
    assert issue.content == "The box is too small"
    assert issue.label_task == task_id
    assert issue.project == ctx["project_id"]
    assert issue.status == IssueStatus.OPEN
    ctx["issue_id"] = issue.id
    return issue


def list_issues(hub: Client, ctx: Ctx) -> list[Issue]:
    issues = hub.issues.list(ctx["project_id"], task_id=ctx["task_ids"]["cloud-1.jpg"])
    assert [issue.id for issue in issues] == [ctx["issue_id"]]
    return issues


def update_issue(hub: Client, ctx: Ctx) -> Issue:
    issue = hub.issues.update(ctx["issue_id"], IssueUpdate(status=IssueStatus.RESOLVED))
    assert issue.id == ctx["issue_id"]
    assert issue.status == IssueStatus.RESOLVED
    return issue


def add_issue_comment(hub: Client, ctx: Ctx) -> Issue:
    issue = hub.issues.comment(ctx["issue_id"], "Fixed it", mentions=["alice@example.com"])
    assert issue.id == ctx["issue_id"]
    assert isinstance(issue.comments, list)
    assert [comment.content for comment in issue.comments] == ["Fixed it"]
    return issue


def get_metric(hub: Client, ctx: Ctx) -> MetricData:
    metric = hub.metrics.get(ctx["project_id"], Metric.LABELSTAGEGROUPS)
    data = metric.to_dict()
    assert data["metric"] == "LabelStageGroups"
    assert data["total"] == 6
    counts = {stage["stageId"]: stage["count"] for stage in data["stages"]}
    assert counts == {"Start": 0, "Label": 4, "Review": 0, "Webhook": 1, "Complete": 1}
    return metric


def get_project_performance(hub: Client, ctx: Ctx) -> PerformanceData:
    performance = hub.metrics.performance(ctx["project_id"], PerformanceQuery(batches=[ctx["batch_id"]]))
    assert not isinstance(performance.performance, Unset)
    stats = list(performance.performance.additional_properties.values())
    assert len(stats) == 1
    assert stats[0]["email"] == "owner@example.com"
    assert stats[0]["submitted"] == 2  # annotated, then reviewed
    return performance


def export_project(hub: Client, ctx: Ctx) -> str:
    url = hub.exports.create(ctx["project_id"], stages=["Complete"])
    archive = hub.exports.download(url, ctx["tmp_path"] / "export.zip")
    assert archive.stat().st_size > 0
    # The SDK documentation page's filters: tasks completed by these users, in this range.
    owner = next(m for m in hub.organization.list_members(ORGANIZATION_ID) if m.email == "owner@example.com")
    filtered = hub.exports.create(
        ctx["project_id"], assignees=[str(owner.id)], completed_at=(datetime.datetime(2000, 1, 1), None)
    )
    tasks = [
        task
        for record in read_export(hub.exports.download(filtered, ctx["tmp_path"] / "f.zip"))
        for task in export_tasks(record)
    ]
    assert [task.task_id for task in tasks] == [ctx["task_ids"]["cloud-2.jpg"]]  # requeued to Complete
    return url


def export_project_v3(hub: Client, ctx: Ctx) -> str:
    url = hub.exports.create(ctx["project_id"], v3=True)
    assert url.startswith("http://127.0.0.1")
    return url


def clone_project(hub: Client, ctx: Ctx) -> Project:
    clone = hub.projects.clone(ctx["project_id"], ProjectClone(batches=False))
    assert clone.id != ctx["project_id"]
    assert clone.name == f"{PROJECT_NAME} copy"
    assert clone.batches == []  # not copied
    assert isinstance(clone.stages, list)
    assert [stage.id for stage in clone.stages] == ["Start", "Label", "Review", "Webhook", "Complete"]
    assert clone.asset_count == 0
    ctx["clone_id"] = clone.id
    return clone


def update_organization_member_roles(hub: Client, ctx: Ctx) -> OrganizationRoleUpdateData:
    changed = hub.organization.set_roles(ORGANIZATION_ID, {"bob@example.com": OrganizationRole.ADMIN})
    assert changed.updated == 1
    assert changed.failed == 0
    return changed


def invite_organization_members(hub: Client, ctx: Ctx) -> list[Invite]:
    invites = hub.organization.invite(
        ORGANIZATION_ID,
        ["zoe@example.com"],
        OrganizationRole.MEMBER,
        projects=[ProjectAssignment(project_id=ctx["project_id"], project_role=ProjectRole.REVIEWER)],
    )
    assert [invite.email for invite in invites] == ["zoe@example.com"]
    assert invites[0].status == InviteStatus.PENDING
    return invites


def send_notification(hub: Client, ctx: Ctx) -> str:
    message = hub.organization.notify(
        ["alice@example.com", "bob@example.com"],
        "Please review",
        title="Review",
        link="https://example.com/review",
    )
    assert "2 member" in message
    return message


def create_plugin_log(hub: Client, ctx: Ctx) -> None:
    hub.plugins.log(PluginLog(level="info", msg="started", organization=ORGANIZATION_ID, session="s-1"))


def send_plugin_response(hub: Client, ctx: Ctx) -> None:
    hub.plugins.respond(PluginResponse(session="s-1", status="success", response={"ok": True}))


# -- destructive operations, last ----------------------------------------------------------------


def delete_issue(hub: Client, ctx: Ctx) -> str:
    message = hub.issues.delete(ctx["project_id"], ctx["issue_id"])
    assert "deleted" in message
    assert hub.issues.list(ctx["project_id"], task_id=ctx["task_ids"]["cloud-1.jpg"]) == []
    return message


def delete_assets(hub: Client, ctx: Ctx) -> AssetCountData:
    deleted = hub.assets.delete(ctx["project_id"], [ctx["asset_ids"]["chat-0002.json"]])
    assert deleted.assets == 1
    assert hub.assets.list_page(ctx["project_id"], limit=50).total == 5
    return deleted


def delete_organization_invites(hub: Client, ctx: Ctx) -> str:
    message = hub.organization.delete_invites(ORGANIZATION_ID, ["zoe@example.com"])
    assert "1 invitation" in message
    pending = hub.organization.list_invites(ORGANIZATION_ID, status=InviteStatus.PENDING)
    assert [invite.email for invite in pending] == ["erin@example.com"]
    return message


def remove_organization_members(hub: Client, ctx: Ctx) -> str:
    message = hub.organization.remove_members(ORGANIZATION_ID, ["dave@example.com"])
    assert "1 member" in message
    emails = {member.email for member in hub.organization.list_members(ORGANIZATION_ID)}
    assert "dave@example.com" not in emails
    return message


def delete_llm(hub: Client, ctx: Ctx) -> str:
    message = hub.llms.delete(ctx["llm_id"])
    assert "deleted" in message
    assert [llm.name for llm in hub.llms.list()] == ["Demo chat model"]
    return message


def delete_storage(hub: Client, ctx: Ctx) -> str:
    message = hub.storages.delete(ctx["storage_id"])
    assert "deleted" in message
    assert hub.storages.list(storage_id=ctx["storage_id"]) == []
    return message


def delete_project(hub: Client, ctx: Ctx) -> str:
    message = hub.projects.delete(ctx["clone_id"])
    assert "deleted" in message
    with pytest.raises(NotFoundError):
        hub.projects.get(ctx["clone_id"])
    return message


def purge_project(hub: Client, ctx: Ctx) -> str:
    message = hub.projects.purge(ctx["project_id"], confirm_name=PROJECT_NAME)
    assert "purged" in message
    with pytest.raises(NotFoundError):
        hub.projects.get(ctx["project_id"])
    # The file uploaded to the presigned URL went with the project.
    assert httpx.get(ctx["upload_address"]).status_code == 404
    return message


#: Every operation of the spec, in the order the flow calls them.
OPERATIONS: dict[str, Operation] = {
    "list_projects": Operation(list_projects, ProjectListData),
    "get_project": Operation(get_project, Project),
    "list_storages": Operation(list_storages, list[Storage]),
    "list_llms": Operation(list_llms, list[Llm]),
    "list_organization_members": Operation(list_organization_members, list[OrganizationMember]),
    "list_organization_invites": Operation(list_organization_invites, list[Invite]),
    "create_project": Operation(create_project, Project),
    "update_project": Operation(update_project, Project),
    "add_project_members": Operation(add_project_members, Project),
    "create_asset_builder_template": Operation(create_asset_builder_template, AssetBuilderTemplate),
    "upload_instructions": Operation(upload_instructions, Project),
    "update_label_validation": Operation(update_label_validation, Project),
    "create_storage": Operation(create_storage, Storage),
    "create_llm": Operation(create_llm, Llm),
    "create_batches": Operation(create_batches, BatchCreateData),
    "list_batches": Operation(list_batches, list[Batch]),
    "import_cloud_assets": Operation(import_cloud_assets, AssetsCreatedData),
    "get_upload_url": Operation(get_upload_url, str),
    "upload_assets": Operation(upload_assets, AssetsCreatedData),
    "create_chat_assets": Operation(create_chat_assets, ChatAssetsData),
    "explore_files": Operation(explore_files, FileExplorerData),
    "list_storage_files": Operation(list_storage_files, list[StorageFile]),
    "get_signed_url": Operation(get_signed_url, str),
    "list_assets": Operation(list_assets, AssetListData),
    "create_attachments": Operation(create_attachments, AttachmentsData),
    "assign_batches": Operation(assign_batches, BatchAssignData),
    "list_tasks": Operation(list_tasks, TaskListData),
    "get_task": Operation(get_task, Task),
    "annotate_task": Operation(annotate_task, AnnotateData),
    "list_task_history": Operation(list_task_history, list[TaskHistory]),
    "get_task_history": Operation(get_task_history, TaskHistory),
    "get_mask": Operation(get_mask, bytes),
    "review_task": Operation(review_task, Task),
    "create_webhook": Operation(create_webhook, WebhookData),
    "rerun_webhook": Operation(rerun_webhook, str),
    "import_labels": Operation(import_labels, ImportReport),
    "assign_tasks": Operation(assign_tasks, TaskAssignData),
    "set_benchmark_tasks": Operation(set_benchmark_tasks, TaskCountData),
    "update_tasks_priority": Operation(update_tasks_priority, TaskCountData),
    "requeue_tasks": Operation(requeue_tasks, RequeueTasksData),
    "create_issue": Operation(create_issue, Issue),
    "list_issues": Operation(list_issues, list[Issue]),
    "update_issue": Operation(update_issue, Issue),
    "add_issue_comment": Operation(add_issue_comment, Issue),
    "get_metric": Operation(get_metric, MetricData),
    "get_project_performance": Operation(get_project_performance, PerformanceData),
    "export_project": Operation(export_project, str),
    "export_project_v3": Operation(export_project_v3, str),
    "clone_project": Operation(clone_project, Project),
    "update_organization_member_roles": Operation(
        update_organization_member_roles, OrganizationRoleUpdateData
    ),
    "invite_organization_members": Operation(invite_organization_members, list[Invite]),
    "send_notification": Operation(send_notification, str),
    "create_plugin_log": Operation(create_plugin_log, type(None)),
    "send_plugin_response": Operation(send_plugin_response, type(None)),
    "delete_issue": Operation(delete_issue, str),
    "delete_assets": Operation(delete_assets, AssetCountData),
    "delete_organization_invites": Operation(delete_organization_invites, str),
    "remove_organization_members": Operation(remove_organization_members, str),
    "delete_llm": Operation(delete_llm, str),
    "delete_storage": Operation(delete_storage, str),
    "delete_project": Operation(delete_project, str),
    "purge_project": Operation(purge_project, str),
}


def check_type(result: object, returns: Any) -> None:
    """``result`` is an instance of ``returns``: a class, or ``list[Model]`` (non-empty, item by item)."""
    if typing.get_origin(returns) is list:
        (item_type,) = typing.get_args(returns)
        assert isinstance(result, list), f"expected a list, got {type(result).__name__}"
        assert result, "expected a non-empty list"
        wrong = [type(item).__name__ for item in result if not isinstance(item, item_type)]
        assert not wrong, f"expected list[{item_type.__name__}], found items of type {wrong}"
    else:
        assert isinstance(result, returns), f"expected {returns.__name__}, got {type(result).__name__}"


@pytest.fixture
def mock_url() -> Iterator[str]:
    with serve_in_thread(create_app(api_key=API_KEY, seed="demo", validate_responses=True)) as base_url:
        yield base_url


def make_client(flavour: str, base_url: str) -> Client:
    """A ``Client``, or an ``AsyncClient`` driven through the same synchronous calls."""
    return client_for(flavour, api_key=API_KEY, base_url=base_url, max_retries=0)


def test_every_spec_operation_is_covered() -> None:
    spec_ids = spec_operation_ids()
    assert len(spec_ids) == len(set(spec_ids)), "duplicate operationIds in the spec"
    missing = sorted(set(spec_ids) - set(OPERATIONS))
    extra = sorted(set(OPERATIONS) - set(spec_ids))
    assert not missing, f"operations of the spec not called by this test: {missing}"
    assert not extra, f"operations called by this test but not in the spec: {extra}"


@pytest.fixture
def sent_operations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The operationIds of the requests the client builds, in order (through the table)."""
    sent: list[str] = []
    original = ApiOperation.request

    def request(self: ApiOperation[Any, Any], *args: Any, **kwargs: Any) -> Any:
        sent.append(self.operation_id)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ApiOperation, "request", request)
    return sent


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_operation_through_the_resources(
    mock_url: str, tmp_path: Path, subtests: pytest.Subtests, flavour: str, sent_operations: list[str]
) -> None:
    ctx: Ctx = {"tmp_path": tmp_path}
    failed: list[str] = []
    with make_client(flavour, mock_url) as hub:
        for operation_id, operation in OPERATIONS.items():
            with subtests.test(msg=operation_id, operation=operation_id):
                try:
                    sent_before = len(sent_operations)
                    result = operation.call(hub, ctx)
                    check_type(result, operation.returns)
                    # The resource method sent this very operation (through the generated table).
                    assert operation_id in sent_operations[sent_before:], sent_operations[sent_before:]
                except Exception:
                    failed.append(operation_id)
                    raise
    assert not failed, f"operations that failed: {failed}"
    assert set(sent_operations) == set(spec_operation_ids())


@pytest.mark.parametrize(
    "example", [QUICKSTART, EXAMPLE, ASYNC_EXAMPLE, LABEL_EXAMPLE], ids=lambda path: path.name
)
def test_typed_usage_example_runs(example: Path) -> None:
    """The typed examples (checked by ``mypy --strict``) run against a fresh mock."""
    with serve_in_thread(create_app(api_key=API_KEY, seed="demo", validate_responses=True)) as base_url:
        env = {**os.environ, "ANGO_API_KEY": API_KEY, "ANGO_HUB_BASE_URL": base_url}
        env.pop("ANGO_HUB_REGION", None)
        completed = subprocess.run(
            [sys.executable, str(example)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert completed.returncode == 0, (
        f"exit code {completed.returncode}\nstdout:\n{completed.stdout}\nstderr:\n{completed.stderr}"
    )
    assert completed.stdout.rstrip().splitlines()[-1].startswith("Done")


def test_make_demo_script_runs() -> None:
    """``scripts/demo.py`` (``make demo``): starts the mock as a process, runs the quickstart, stops it."""
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    assert "Done: the project was deleted again." in completed.stdout
    assert completed.stdout.rstrip().endswith("Mock Ango Hub stopped.")
