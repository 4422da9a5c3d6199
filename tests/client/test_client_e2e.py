"""The client against the mock Ango Hub over real HTTP: every resource, typed results."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from ango_hub import AuthenticationError, BadRequestError, Client, NotFoundError
from ango_hub.annotations import TaskAnswer
from ango_hub.label_set import LabelSetError
from ango_hub_api.models import (
    AnnotationObject,
    Answer,
    AssetAttachments,
    AssetBuilderColumnType,
    AssetBuilderDataConfigItem,
    AssetBuilderTemplateCreate,
    AssetBuilderTemplateCreateDataConfig,
    Attachment,
    AttachmentType,
    BoundingBox,
    CategorySchema,
    ClassificationAnswer,
    ClassificationCategory,
    ClassificationType,
    CloudAsset,
    LabelImport,
    LabelOption,
    Metric,
    NerSpan,
    Project,
    ProjectRole,
    ProjectUpdate,
    RelationCategory,
    RelationType,
    RequeueFilters,
    RequeueOptions,
    Task,
    TaskListData,
    ToolCategory,
    ToolType,
    TreeOption,
)
from ango_hub_api.models.project_create import ProjectCreate
from ango_hub_api.operations import projects as project_ops


def label_set() -> CategorySchema:
    return CategorySchema(
        tools=[
            ToolCategory(
                tool=ToolType.BOUNDING_BOX,
                title="Vehicle",
                schema_id="vehicle",
                color="#9c27b0",
                shortcut_key="h",
                classifications=[
                    ClassificationCategory(
                        tool=ClassificationType.RADIO,
                        title="Type",
                        schema_id="vehicle-type",
                        options=[
                            LabelOption(value="Car", schema_id="car"),
                            LabelOption(value="Bus", schema_id="bus"),
                        ],
                    )
                ],
            ),
            ToolCategory(tool=ToolType.POLYGON, title="Road", schema_id="road"),
        ],
        classifications=[
            ClassificationCategory(
                tool=ClassificationType.TREE_DROPDOWN,
                title="Scene",
                schema_id="scene",
                tree_options=[
                    TreeOption(title="Outdoor", key="k1", children=[TreeOption(title="Street", key="k2")])
                ],
            ),
            ClassificationCategory(
                tool=ClassificationType.TEXT,
                title="Notes",
                schema_id="notes",
                # (It was conditional on "car", an option of a tool's nested radio: a label set
                # Ango Hub cannot show, which category_schema= now refuses as LabelSet does.)
                rich_text=True,
            ),
        ],
        relations=[RelationCategory(tool=RelationType.ONE_TO_ONE, title="Follows", schema_id="follows")],
    )


@pytest.fixture
def project(hub: Client) -> Project:
    return hub.projects.create("e2e project", description="made by the tests", category_schema=label_set())


def cloud_assets(count: int, prefix: str = "img") -> list[CloudAsset]:
    return [
        CloudAsset(data=f"https://bucket.example/{prefix}-{i}.jpg", external_id=f"{prefix}-{i}.jpg")
        for i in range(count)
    ]


def all_tasks(hub: Client, project_id: str, limit: int) -> list[Task]:
    tasks: list[Task] = []
    page = 1
    while True:
        listing = hub.tasks.list_page(project_id, page=page, limit=limit)
        assert isinstance(listing, TaskListData)
        tasks.extend(listing.tasks)
        if len(listing.tasks) < limit:
            return tasks
        page += 1


def test_list_projects_of_the_demo_organization(hub: Client) -> None:
    page = hub.projects.list_page(limit=100)
    assert page.total is not None
    assert page.total >= 2
    assert len(page.projects) == page.total
    assert all(p.id and p.name for p in page.projects)


def test_create_get_update_delete_project(hub: Client) -> None:
    before = hub.projects.list_page(limit=1000).total or 0
    created = hub.projects.create("Lifecycle", description="d")
    assert isinstance(created, Project)
    assert created.name == "Lifecycle"
    listed = hub.projects.list_page(limit=1000)
    assert listed.total == before + 1
    assert created.id in {p.id for p in listed.projects}

    renamed = hub.projects.update(created.id, ProjectUpdate(name="Renamed", benchmark_enabled=True))
    assert renamed.name == "Renamed"
    assert hub.projects.get(created.id).benchmark_enabled is True

    hub.projects.delete(created.id)
    with pytest.raises(NotFoundError):
        hub.projects.get(created.id)
    assert hub.projects.list_page(limit=1000).total == before


def test_label_set_round_trips(hub: Client, project: Project) -> None:
    stored = hub.projects.get(project.id).category_schema
    assert stored is not None
    assert stored.to_dict() == label_set().to_dict()

    replacement = CategorySchema(tools=[ToolCategory(tool=ToolType.POINT, title="Pin", schema_id="pin")])
    hub.projects.set_label_set(project.id, replacement)
    again = hub.projects.get(project.id).category_schema
    assert again is not None
    assert again.to_dict()["tools"] == replacement.to_dict()["tools"]


def test_assets_and_paging_through_tasks(hub: Client, project: Project, tmp_path: Path) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(20))
    files = []
    for i in range(3):
        path = tmp_path / f"local-{i}.txt"
        path.write_text(f"text {i}", encoding="utf-8")
        files.append(path)
    hub.assets.upload(project.id, files)

    assets = hub.assets.list_page(project.id, limit=100)
    assert assets.total == 23
    assert {a.external_id for a in assets.assets} >= {"img-0.jpg", "local-2.txt"}
    only = hub.assets.list_page(project.id, filters={"externalId": "img-7.jpg"})
    assert [a.external_id for a in only.assets] == ["img-7.jpg"]

    tasks = all_tasks(hub, project.id, limit=7)
    ids = [t.id for t in tasks]
    assert len(ids) == 23
    assert len(set(ids)) == 23
    assert hub.tasks.list_page(project.id, limit=7).total == 23


def test_task_filters(hub: Client, project: Project) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(5, "f"))
    tasks = hub.tasks.list_page(project.id, limit=100).tasks
    stage = tasks[0].stage
    assert isinstance(stage, str)
    in_stage = hub.tasks.list_page(project.id, limit=100, filters={"stage": {"$in": [stage]}})
    assert in_stage.total == 5
    none = hub.tasks.list_page(project.id, limit=100, filters={"stage": {"$in": ["no-such-stage"]}})
    assert none.total == 0
    assert none.tasks == []
    by_external = hub.tasks.list_page(project.id, filters={"externalId": {"$eq": "f-3.jpg"}})
    assert by_external.total == 1


def test_annotate_and_read_back(hub: Client, project: Project) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(2, "ann"))
    task_id = hub.tasks.list_page(project.id).tasks[0].id
    answer = Answer(
        objects=[
            AnnotationObject(
                schema_id="vehicle",
                title="Vehicle",
                object_id="obj-1",
                bounding_box=BoundingBox(x=1.5, y=2.5, width=-10.0, height=20.0),
                classifications=[ClassificationAnswer(schema_id="vehicle-type", answer="car")],
            ),
            AnnotationObject(
                schema_id="road", object_id="obj-2", polygon=[[0.0, 0.0], [5.0, 0.0], [5.0, 5.0]]
            ),
        ],
        classifications=[ClassificationAnswer(schema_id="notes", answer="looks fine")],
        relations=[],
    )
    hub.labels.annotate(task_id, answer)
    task = hub.tasks.get(task_id, include_answer=True)
    assert isinstance(task.answer, Answer)
    # Sent as `objects`, read back as `tools` (the documented response).
    assert task.answer.to_dict()["tools"] == answer.to_dict()["objects"]
    assert task.answer.to_dict()["classifications"] == answer.to_dict()["classifications"]
    assert TaskAnswer.from_model(task.answer).to_dict()["tools"] == answer.to_dict()["objects"]
    without = hub.tasks.get(task_id)  # includeAnswer=false: the answer comes all the same
    assert without.id == task_id
    assert without.answer == task.answer


def test_import_labels(hub: Client, project: Project) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(3, "pre"))
    labels = [
        LabelImport(
            external_id="pre-1.jpg",
            objects=[
                AnnotationObject(schema_id="vehicle", bounding_box=BoundingBox(x=0, y=0, width=1, height=1))
            ],
        )
    ]
    result = hub.labels.import_(project.id, labels)
    assert result.count("imported") == 1
    task = hub.tasks.list_page(
        project.id, include_answer=True, filters={"externalId": {"$eq": "pre-1.jpg"}}
    ).tasks[0]
    assert isinstance(task.answer, Answer)
    assert isinstance(task.answer.tools, list)
    assert len(task.answer.tools) == 1


def test_batches(hub: Client, project: Project) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(4, "b"))
    hub.batches.create(project.id, "Batch-1")
    batches = hub.batches.list(project.id)
    assert [b.name for b in batches] == ["Batch-1"]
    asset_ids = [a.id for a in hub.assets.list_page(project.id).assets][:2]
    assert hub.batches.assign(project.id, asset_ids, ["Batch-1"]).assets == 2
    in_batch = hub.assets.list_page(project.id, filters={"batches": [batches[0].id]})
    assert sorted(a.id for a in in_batch.assets) == sorted(asset_ids)


def test_assign_requeue_and_issue(hub: Client, project: Project) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(3, "w"))
    tasks = hub.tasks.list_page(project.id).tasks
    stage = tasks[0].stage
    assert isinstance(stage, str)
    hub.projects.add_members(project.id, ["labeler@example.com"], ProjectRole.LABELER)
    members = hub.projects.get(project.id).assigned_to
    assert members
    assert any(m.assignee == "labeler@example.com" for m in members)

    hub.tasks.assign(project.id, [tasks[0].id], stage=stage, email="labeler@example.com")
    assert hub.tasks.get(tasks[0].id).assignee == "labeler@example.com"

    hub.tasks.requeue(
        project.id,
        "Complete",
        filters=RequeueFilters(task_ids=[tasks[1].id]),
        options=RequeueOptions(remove_assignee=True),
    )
    assert hub.tasks.get(tasks[1].id).stage == "Complete"

    issue = hub.issues.create(tasks[2].id, "Box too small", position=[50, 120])
    assert issue.id
    assert issue.content == "Box too small"
    assert hub.tasks.get(tasks[2].id).open_issues_count == 1


def test_attachments_templates_instructions(hub: Client, project: Project) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(1, "att"))
    hub.assets.create_attachments(
        project.id,
        [
            AssetAttachments(
                external_id="att-0.jpg", attachments=[Attachment(type_=AttachmentType.TEXT, value="context")]
            )
        ],
    )
    asset = hub.assets.list_page(project.id).assets[0]
    assert asset.attachments
    assert asset.attachments[0].value == "context"

    config = AssetBuilderTemplateCreateDataConfig()
    config["column1"] = AssetBuilderDataConfigItem(type_=AssetBuilderColumnType.TEXT)
    template = hub.projects.create_asset_builder_template(
        project.id,
        AssetBuilderTemplateCreate(
            name="T", template="<p>{{column1}}</p>", selected_external_id="column1", data_config=config
        ),
    )
    assert template.id
    assert template.name == "T"

    updated = hub.projects.upload_instructions(project.id, b"%PDF-1.4 minimal")
    assert updated.instructions


def test_storages_metrics_performance(hub: Client, project: Project) -> None:
    storages = hub.storages.list()
    assert storages
    assert hub.storages.list(storage_id=storages[0].id)[0].id == storages[0].id
    hub.assets.import_cloud(project.id, cloud_assets(2, "m"))
    metric = hub.metrics.get(project.id, Metric.ANNOTATIONSTATUS)
    assert metric.to_dict()
    assert hub.metrics.performance(project.id) is not None


def test_export_download(hub: Client, project: Project, tmp_path: Path) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(3, "exp"))
    task_id = hub.tasks.list_page(project.id).tasks[0].id
    answer = Answer(objects=[AnnotationObject(schema_id="vehicle", ner=NerSpan(start=1, end=4))])
    hub.labels.annotate(task_id, answer)
    progress: list[tuple[int, int | None]] = []
    archive = hub.exports.export(
        project.id, tmp_path / "out" / "export.zip", progress=lambda d, t: progress.append((d, t))
    )
    assert archive.is_file()
    assert progress
    assert not list(archive.parent.glob("*.part"))
    with zipfile.ZipFile(archive) as zf:
        rows = json.loads(zf.read(zf.namelist()[0]))
    assert len(rows) == 3
    assert "1" in json.dumps(rows)
    url = hub.exports.create(project.id, v3=True)
    assert url.startswith("http://127.0.0.1")


def test_errors_from_the_server(hub: Client, mock_base_url: str) -> None:
    with pytest.raises(NotFoundError, match="not found"):
        hub.projects.get("000000000000000000000000")
    with pytest.raises(NotFoundError):
        hub.tasks.get_history("000000000000000000000000")
    with Client(api_key="wrong-key", base_url=mock_base_url, max_retries=0) as bad:
        with pytest.raises(AuthenticationError) as info:
            bad.projects.list_page()
        assert "wrong-key" not in str(info.value)
    # The open enums let an unknown tool type parse, but a label set is checked before it is
    # sent, in every form (a CategorySchema as a LabelSet): nothing reaches the server.
    with pytest.raises(LabelSetError, match='unknown tool type "laser-lasso"'):
        hub.projects.create("bad", category_schema=CategorySchema(tools=[ToolCategory(tool="laser-lasso")]))
    # The server refuses it too (sent without the client's check).
    request = project_ops.create_project.request(body=ProjectCreate(name="bad"))
    request.kwargs["json"]["categorySchema"] = {
        "tools": [{"tool": "laser-lasso", "title": "x", "schemaId": "x"}]
    }
    with pytest.raises(BadRequestError, match="tool"):
        hub._send(request)


def test_export_forwards_every_filter_of_create(hub: Client, project: Project, tmp_path: Path) -> None:
    hub.assets.import_cloud(project.id, cloud_assets(2, "flt"))
    with hub.raw_responses() as responses:
        archive = hub.exports.export(
            project.id,
            tmp_path / "filtered.zip",
            stages=["Start"],
            assignees=["nobody@example.com"],
            completed_at=(dt.datetime(2020, 1, 1, tzinfo=dt.UTC), None),
            updated_at=(None, dt.datetime(2100, 1, 1, tzinfo=dt.UTC)),
            v3=True,
        )
    params = responses[0].request.url.params
    assert responses[0].request.url.path == "/v2/exportV3"
    assert json.loads(params["assignee"]) == ["nobody@example.com"]
    assert params["completedAt[gt]"] == "2020-01-01T00:00:00.000Z"
    assert json.loads(params["stage"]) == ["Start"]
    assert json.loads(params["updatedAt"]) == {"$lt": "2100-01-01T00:00:00.000Z"}
    with zipfile.ZipFile(archive) as zf:
        rows = json.loads(zf.read(zf.namelist()[0]))
    assert rows == []  # no task of the project was completed by that user
