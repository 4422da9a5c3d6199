"""The public API of ango-hub with explicit types, checked by ``mypy --strict``.

Every variable that holds a result is annotated with the type the client promises, so
that ``mypy --strict`` (``examples/`` is in ``[tool.mypy] files``) checks the public
signatures and the generated models; ``tests/client/test_client_all_operations.py`` also runs it
against the mock Ango Hub. Like ``examples/quickstart.py`` it reads its configuration from
the environment:

    ANGO_API_KEY=...  ANGO_HUB_BASE_URL=http://127.0.0.1:8080/v2  python examples/typed_usage.py

It creates a project named "ango-hub typed usage", works with it and deletes it again.
The organization calls only read (members, invitations), so the script may also be run
against a real organization.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from ango_hub import (
    AngoHubError,
    APIStatusError,
    Client,
    ConflictError,
    NotFoundError,
)
from ango_hub_api.models import (
    AnnotateData,
    AnnotationObject,
    Answer,
    AssetListData,
    AssetsCreatedData,
    Batch,
    BatchAssignData,
    BatchCreateData,
    BoundingBox,
    CategorySchema,
    ClassificationAnswer,
    ClassificationCategory,
    ClassificationType,
    CloudAsset,
    ExportFormat,
    Invite,
    InviteStatus,
    Issue,
    IssueStatus,
    IssueUpdate,
    LabelOption,
    Llm,
    Metric,
    MetricData,
    OrganizationMember,
    Project,
    ProjectListData,
    ProjectRole,
    ProjectSummary,
    ProjectUpdate,
    RequeueFilters,
    ReviewStatus,
    Stage,
    StageType,
    Storage,
    Task,
    TaskAssignData,
    TaskCountData,
    TaskHistory,
    TaskListData,
    ToolCategory,
    ToolType,
)
from ango_hub_api.types import Unset

PROJECT_NAME = "ango-hub typed usage"
LABELER = "labeler@example.com"


def label_set() -> CategorySchema:
    """Vehicles drawn as boxes, each classified by its type."""
    vehicle_type = ClassificationCategory(
        tool=ClassificationType.RADIO,
        title="Type",
        schema_id="vehicle-type",
        options=[LabelOption(value="Car", schema_id="car"), LabelOption(value="Bus", schema_id="bus")],
    )
    vehicle = ToolCategory(
        tool=ToolType.BOUNDING_BOX, title="Vehicle", schema_id="vehicle", classifications=[vehicle_type]
    )
    return CategorySchema(tools=[vehicle], classifications=[], relations=[])


def workflow() -> list[Stage]:
    """Start -> Label -> Review -> Complete (a rejected task goes back to Label)."""
    return [
        Stage(id="Start", type_=StageType.START, next_=["Label"]),
        Stage(id="Label", type_=StageType.LABEL, next_=["Review"]),
        Stage(id="Review", type_=StageType.REVIEW, next_=["Complete", "Label"]),
        Stage(id="Complete", type_=StageType.COMPLETE, next_=[]),
    ]


def show_projects(hub: Client) -> None:
    page: ProjectListData = hub.projects.list_page(limit=5)
    total: int | Unset = page.total
    first: list[ProjectSummary] = page.projects
    names: list[str] = [summary.name for summary in first]
    shown = total if isinstance(total, int) else len(first)
    print(f"Projects: {shown} in all, first ones {names}")


def show_organization(hub: Client, organization_id: str) -> None:
    members: list[OrganizationMember] = hub.organization.list_members(organization_id)
    emails: list[str] = [member.email for member in members]
    pending: list[Invite] = hub.organization.list_invites(organization_id, status=InviteStatus.PENDING)
    invited: list[str] = [invite.email for invite in pending if isinstance(invite.email, str)]
    storages: list[Storage] = hub.storages.list()
    llms: list[Llm] = hub.llms.list()
    print(f"Organization {organization_id}: {len(emails)} member(s), pending invitations {invited}")
    print(f"  storages {[storage.name for storage in storages]}, LLMs {[llm.name for llm in llms]}")


def fill_project(hub: Client, project_id: str) -> list[str]:
    """Add a batch and three assets; return the IDs of their tasks."""
    batch_created: BatchCreateData = hub.batches.create(project_id, "Street photos")
    new_batch: Batch | Unset = batch_created.project
    batches: list[Batch] = hub.batches.list(project_id)
    batch_ids: list[str] = [batch.id for batch in batches if isinstance(batch.id, str)]
    created_name = new_batch.name if isinstance(new_batch, Batch) else "?"
    print(f"Created batch {created_name!r}; the project's batches: {[batch.name for batch in batches]}")

    assets = [
        CloudAsset(
            data=f"https://example-bucket.s3.amazonaws.com/street-{i}.jpg", external_id=f"street-{i}.jpg"
        )
        for i in range(3)
    ]
    created: AssetsCreatedData = hub.assets.import_cloud(project_id, assets)
    listing: AssetListData = hub.assets.list_page(project_id, limit=10)
    asset_ids: list[str] = [asset.id for asset in listing.assets]
    assigned: BatchAssignData = hub.batches.assign(project_id, asset_ids, batch_ids)
    print(
        f"Assets: {listing.total} (the server said {created.assets!r}); {assigned.assets} added to the batch"
    )

    tasks: TaskListData = hub.tasks.list_page(project_id, limit=10, sort="externalId")
    return [task.id for task in tasks.tasks]


def label_and_review(hub: Client, project_id: str, task_ids: list[str]) -> None:
    first = task_ids[0]
    answer = Answer(
        objects=[
            AnnotationObject(
                schema_id="vehicle",
                title="Vehicle",
                bounding_box=BoundingBox(x=10.0, y=20.0, width=100.0, height=50.0),
                classifications=[ClassificationAnswer(schema_id="vehicle-type", answer="car")],
            )
        ],
        classifications=[],
        relations=[],
    )
    annotated: AnnotateData = hub.labels.annotate(first, answer, next_stage=True, duration=1200)
    moved: Task | Unset = annotated.task
    stage_now: str | None = moved.stage if isinstance(moved, Task) and isinstance(moved.stage, str) else None
    reviewed: Task = hub.tasks.review(first, ReviewStatus.ACCEPTED)
    history: list[TaskHistory] = hub.tasks.list_history(first)
    print(
        f"Annotated {first} (then in {stage_now!r}), accepted it (now in {reviewed.stage!r}); "
        f"{len(history)} history record(s)"
    )

    hub.projects.add_members(project_id, [LABELER], ProjectRole.LABELER)
    assigned: TaskAssignData = hub.tasks.assign(project_id, task_ids[1:], stage="Label", email=LABELER)
    benchmarks: TaskCountData = hub.tasks.set_benchmark(project_id, task_ids[1:2])
    prioritized: TaskCountData = hub.tasks.set_priority(
        project_id, 2, filters=RequeueFilters(task_ids=task_ids[1:])
    )
    print(f"Assigned {assigned.tasks}, benchmarks {benchmarks.tasks}, prioritized {prioritized.tasks}")

    task: Task = hub.tasks.get(first, include_answer=True)
    issue: Issue = hub.issues.create(first, "Is this really a car?", position=[60.0, 45.0])
    resolved: Issue = hub.issues.update(issue.id, IssueUpdate(status=IssueStatus.RESOLVED))
    issues: list[Issue] = hub.issues.list(project_id, task_id=task.id)
    status: IssueStatus | str | Unset = resolved.status
    shown = str(status) if not isinstance(status, Unset) else "unknown"
    print(f"Issue {resolved.id}: {shown}; {len(issues)} issue(s) on the task")


def report(hub: Client, project_id: str) -> None:
    metric: MetricData = hub.metrics.get(project_id, Metric.LABELSTAGEGROUPS)
    print(f"Stage counts: {metric.to_dict().get('stages')}")
    with tempfile.TemporaryDirectory() as tmp:
        archive: Path = hub.exports.export(project_id, Path(tmp) / "export.zip", format=ExportFormat.JSON)
        with zipfile.ZipFile(archive) as zf:
            members: list[str] = zf.namelist()
        print(f"Exported {archive.name}: {members}")


def show_errors(hub: Client, project_id: str, label_task_id: str) -> None:
    """The errors are typed: each HTTP status has its class, all carry the status code."""
    try:
        hub.projects.get("000000000000000000000000")
    except NotFoundError as exc:
        status: int = exc.status_code
        method: str = exc.method
        print(f"NotFoundError: {status} for {method} ({exc.message})")
    try:
        hub.tasks.review(label_task_id, ReviewStatus.ACCEPTED)  # the task is not in a Review stage
    except ConflictError as exc:
        print(f"ConflictError: {exc.status_code}")
    except APIStatusError as exc:  # the real API may answer another status
        print(f"{type(exc).__name__}: {exc.status_code}")
    try:
        hub.projects.update(project_id, ProjectUpdate())
    except ValueError as exc:  # checked before any request is sent
        print(f"ValueError: {exc}")


def main() -> None:
    with Client() as hub:
        print(f"Connected to {hub.base_url}")
        show_projects(hub)

        project: Project = hub.projects.create(
            PROJECT_NAME, description="Created by examples/typed_usage.py", category_schema=label_set()
        )
        try:
            organization: str | Unset = project.organization
            if isinstance(organization, str):
                show_organization(hub, organization)
            updated: Project = hub.projects.update(
                project.id, ProjectUpdate(description="Typed usage", stages=workflow())
            )
            stages: list[Stage] | Unset = updated.stages
            stage_ids: list[str] = [stage.id for stage in stages] if isinstance(stages, list) else []
            print(f"Project {updated.name!r} ({updated.id}), stages {stage_ids}")

            task_ids = fill_project(hub, project.id)
            label_and_review(hub, project.id, task_ids)
            report(hub, project.id)
            show_errors(hub, project.id, task_ids[1])
        except AngoHubError as exc:
            print(f"Failed: {exc}")
            raise
        finally:
            message: str = hub.projects.delete(project.id)
            print(f"Deleted the project: {message}")
        print("Done.")


if __name__ == "__main__":
    main()
