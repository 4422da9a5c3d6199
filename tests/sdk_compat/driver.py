"""`make sdk-compat`: every public HTTP method of the official SDK against the mock Ango Hub.

Run by the SDK's own virtualenv (``.venv-sdk/bin/python``, with ``ango==1.4.10``), not by
the project's: the official SDK and ``ango_hub`` never share an interpreter. The mock is
started with the project's interpreter (``--mock-python``, default ``.venv/bin/python``)
through ``scripts/_mock_process.py``, served on 127.0.0.1 with the demo organization.

Each method of ``imerit_ango.sdk.SDK`` is called as a user would, in an order where what
one creates the next uses, and the state is checked afterwards through the SDK itself (a
created batch is listed, an annotation is read back, an export holds it, a deleted issue is
gone...). One line per method (``PASS``/``FAIL``), then ``N passed, N failed``. The run
fails (exit status 1) when a method fails, and also when the SDK has a public method this
driver neither calls nor lists in :data:`NOT_HTTP` (the methods that send no request of
their own), so a new SDK release cannot slip through untested.

``--base-url http://127.0.0.1:PORT/v2`` drives a mock that is already running instead (the
demo seed, started with ``--api-key sdk-compat-api-key``), e.g. an older build of the mock.
The SDK's ``upload_brush_array`` needs numpy and Pillow, which ``ango`` does not declare:
``make sdk-compat`` installs them into ``.venv-sdk``.
"""

from __future__ import annotations

import argparse
import csv
import inspect
import logging
import os
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("TQDM_DISABLE", "1")  # the SDK's upload progress bars: noise in `make test`

import requests
from imerit_ango.models.annotate import AnnotationPayload, Answer
from imerit_ango.models.asset_builder_template import AssetBuilderTemplate, DataConfigItem
from imerit_ango.models.chat_asset_creation_config import ChatAssetCreationConfig, LLMConfig
from imerit_ango.models.enums import (
    ExportFormats,
    LlmProvider,
    Metrics,
    OrganizationRoles,
    ProjectRoles,
    ReviewStatus,
    StorageProvider,
)
from imerit_ango.models.export_options import ExportOptions, TimeFilter
from imerit_ango.models.invite import Invitation, RoleUpdate
from imerit_ango.models.label_category import (
    Classification,
    ClassificationCategory,
    LabelOption,
    Relation,
    RelationCategory,
    Tool,
    ToolCategory,
)
from imerit_ango.models.llm import LLM
from imerit_ango.models.storage import Storage
from imerit_ango.sdk import SDK

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from _mock_process import MockDidNotStartError, running_mock  # noqa: E402 - needs the path above

API_KEY = "sdk-compat-api-key"
DEMO_PROJECT = "Vehicle detection"

#: Public methods of ``SDK`` that send no request of their own, and why.
NOT_HTTP = {
    "setup_logger": "configures the SDK's logger (called by the constructor); sends nothing",
    "make_request": "the transport every other method sends through (exercised by each of them)",
}

Json = dict[str, Any]


class Ctx:
    """What the checks share: the SDK, the mock's URLs and the ids of what was created."""

    def __init__(self, sdk: SDK, base_url: str, workdir: Path) -> None:
        self.sdk = sdk
        self.base_url = base_url  # .../v2
        self.workdir = workdir
        self.ids: dict[str, Any] = {}

    def api(self, method: str, path: str, **kwargs: Any) -> Json:
        """A request to the mock outside the SDK (to look at state the SDK cannot read)."""
        response = requests.request(
            method, self.base_url + path, headers={"apikey": API_KEY}, timeout=30, **kwargs
        )
        response.raise_for_status()
        data: Json = response.json()["data"]
        return data

    def project(self, project_id: str) -> Json:
        project: Json = self.sdk.get_project(project_id)["data"]["project"]
        return project

    def tasks(self, project_id: str) -> list[Json]:
        tasks: list[Json] = self.sdk.get_tasks(project_id, limit=100, include_answer=True)["data"]["tasks"]
        return tasks

    def task(self, external_id: str) -> Json:
        task: Json = self.sdk.get_task(self.ids["tasks"][external_id])["data"]["task"]
        return task


Check = Callable[[Ctx], str]
CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    """Register the check of the SDK method ``name`` (checks run in the order they are defined)."""

    def register(function: Check) -> Check:
        assert name not in CHECKS, name
        CHECKS[name] = function
        return function

    return register


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


# -- projects -----------------------------------------------------------------------------------


@check("list_projects")
def _list_projects(ctx: Ctx) -> str:
    data = ctx.sdk.list_projects(page=1, limit=10)["data"]
    names = {project["name"]: project["_id"] for project in data["projects"]}
    expect(DEMO_PROJECT in names, f"no {DEMO_PROJECT!r} in {sorted(names)}")
    ctx.ids["demo"] = names[DEMO_PROJECT]
    return f"{data['total']} projects"


@check("get_project")
def _get_project(ctx: Ctx) -> str:
    project = ctx.project(ctx.ids["demo"])
    expect(project["name"] == DEMO_PROJECT, project["name"])
    ctx.ids["organization"] = project["organization"]
    return f"{project['name']!r}, {len(project['categorySchema']['tools'])} tools"


@check("create_project")
def _create_project(ctx: Ctx) -> str:
    project = ctx.sdk.create_project("SDK compat", "driven by the official SDK")["data"]["project"]
    ctx.ids["project"] = project["_id"]
    listed = [p["name"] for p in ctx.sdk.list_projects(limit=100)["data"]["projects"]]
    expect("SDK compat" in listed, f"not listed: {listed}")
    return "created and listed"


@check("create_label_set")
def _create_label_set(ctx: Ctx) -> str:
    vehicle = ToolCategory(
        Tool.BoundingBox,
        title="Vehicle",
        schemaId="vehicle",
        classifications=[
            ClassificationCategory(
                Classification.Radio, title="Color", schemaId="color", options=[LabelOption("Red", "red")]
            )
        ],
    )
    road = ToolCategory(Tool.Polygon, title="Road", schemaId="road")
    weather = ClassificationCategory(
        Classification.Single_dropdown,
        title="Weather",
        schemaId="weather",
        options=[LabelOption("Sunny", "sunny")],
    )
    tows = RelationCategory(Relation.Single, title="Tows", schemaId="tows")
    ctx.sdk.create_label_set(
        ctx.ids["project"], tools=[vehicle, road], classifications=[weather], relations=[tows]
    )
    schema = ctx.project(ctx.ids["project"])["categorySchema"]
    titles = [tool["title"] for tool in schema["tools"]]
    expect(titles == ["Vehicle", "Road"], f"tools {titles}")
    expect([rel["title"] for rel in schema["relations"]] == ["Tows"], "relations")
    return "tools, classification and relation stored"


@check("update_workflow_stages")
def _update_workflow_stages(ctx: Ctx) -> str:
    stages = [
        {"id": "Start", "name": "Start", "type": "Start", "next": ["Label"]},
        {"id": "Label", "name": "Label", "type": "Label", "next": ["Review"]},
        {"id": "Review", "name": "Review", "type": "Review", "next": ["Webhook", "Label"]},
        {"id": "Webhook", "name": "Webhook", "type": "Webhook", "next": ["Complete"]},
        {"id": "Complete", "name": "Complete", "type": "Complete", "next": []},
    ]
    ctx.sdk.update_workflow_stages(ctx.ids["project"], stages)
    ids = [stage["id"] for stage in ctx.project(ctx.ids["project"])["stages"]]
    expect(ids == ["Start", "Label", "Review", "Webhook", "Complete"], f"stages {ids}")
    return " -> ".join(ids)


@check("update_benchmark_settings")
def _update_benchmark_settings(ctx: Ctx) -> str:
    ctx.sdk.update_benchmark_settings(ctx.ids["project"], True, benchmark_ratio=10, benchmark_cutoff=True)
    project = ctx.project(ctx.ids["project"])
    expect((project["benchmarkEnabled"], project["benchmarkRatio"]) == (True, 10), "benchmark settings")
    return "benchmarks on, 10%"


@check("add_members_to_project")
def _add_members_to_project(ctx: Ctx) -> str:
    ctx.sdk.add_members_to_project(ctx.ids["project"], ["alice@example.com"], ProjectRoles.Labeler)
    members = {m["assignee"]: m["role"] for m in ctx.project(ctx.ids["project"])["assignedTo"]}
    expect(members.get("alice@example.com") == "Labeler", f"members {members}")
    return "alice is a labeler"


@check("update_label_validation")
def _update_label_validation(ctx: Ctx) -> str:
    function = "function validate(answer) { return []; }"
    ctx.sdk.update_label_validation(
        ctx.ids["project"], custom_validation_enabled=True, validation_function=function
    )
    project = ctx.project(ctx.ids["project"])
    expect(project.get("validationFunction") == function, "validation function not stored")
    return "custom validation stored"


@check("upload_instructions")
def _upload_instructions(ctx: Ctx) -> str:
    path = ctx.workdir / "instructions.pdf"
    path.write_bytes(b"%PDF-1.4 instructions for the labelers\n")
    ctx.sdk.upload_instructions(ctx.ids["project"], str(path))
    instructions = ctx.project(ctx.ids["project"]).get("instructions", "")
    expect(instructions.startswith("https://") and instructions.endswith("instructions.pdf"), instructions)
    return "the project links the PDF"


# -- batches and assets -------------------------------------------------------------------------


@check("create_batch")
def _create_batch(ctx: Ctx) -> str:
    created = ctx.sdk.create_batch(ctx.ids["project"], "Batch A")["data"]["project"]
    ctx.ids["batch_a"] = created["_id"]
    listed = [batch["name"] for batch in ctx.sdk.get_batches(ctx.ids["project"])]
    expect(listed == ["Batch A"], f"batches {listed}")
    return "created and listed"


@check("create_batches")
def _create_batches(ctx: Ctx) -> str:
    ctx.sdk.create_batches(ctx.ids["project"], ["Batch A", "Batch B"])  # Batch A exists: skipped
    listed = [batch["name"] for batch in ctx.sdk.get_batches(ctx.ids["project"])]
    expect(listed == ["Batch A", "Batch B"], f"batches {listed}")
    return "Batch B added, Batch A kept"


@check("get_batches")
def _get_batches(ctx: Ctx) -> str:
    batches = {batch["name"]: batch["_id"] for batch in ctx.sdk.get_batches(ctx.ids["project"])}
    expect(batches.get("Batch A") == ctx.ids["batch_a"], f"batches {batches}")
    ctx.ids["batch_b"] = batches["Batch B"]
    return f"{len(batches)} batches"


@check("upload_files_cloud")
def _upload_files_cloud(ctx: Ctx) -> str:
    assets = [
        {"data": f"https://bucket.example.com/street-{index}.jpg", "externalId": f"street-{index}.jpg"}
        for index in range(4)
    ]
    response = ctx.sdk.upload_files_cloud(ctx.ids["project"], assets, batches=["Batch A"])
    expect(response.get("status") == "success", f"answer {response}")
    data = ctx.sdk.get_assets(ctx.ids["project"], limit=50)["data"]
    expect(data["total"] == 4, f"{data['total']} assets")
    expect(all(asset["batches"] == [ctx.ids["batch_a"]] for asset in data["assets"]), "batches not set")
    return "4 assets, in Batch A"


@check("upload_files")
def _upload_files(ctx: Ctx) -> str:
    path = ctx.workdir / "local.txt"
    path.write_text("a local text asset\n", encoding="utf-8")
    ctx.sdk.upload_files(ctx.ids["project"], [{"data": str(path), "externalId": "local.txt"}])
    assets = ctx.sdk.get_assets(ctx.ids["project"], filters={"externalId": "local.txt"})["data"]["assets"]
    expect(len(assets) == 1, f"{len(assets)} local assets")
    expect(
        requests.get(assets[0]["data"], timeout=30).text == path.read_text(), "the file cannot be read back"
    )
    return "uploaded to the presigned URL, asset created, file readable"


@check("upload_brush_array")
def _upload_brush_array(ctx: Ctx) -> str:
    mask = [[0, 1, 1], [0, 1, 0]]
    url = ctx.sdk.upload_brush_array(ctx.ids["project"], mask)
    signed = ctx.api(
        "GET", "/getSignedUrl", params={"name": url, "project": ctx.ids["project"], "type": "brushes"}
    )
    png = requests.get(signed["signedUrl"], timeout=30).content
    expect(png.startswith(b"\x89PNG"), "the mask is not a PNG")
    return "PNG mask uploaded and readable"


@check("get_assets")
def _get_assets(ctx: Ctx) -> str:
    data = ctx.sdk.get_assets(ctx.ids["project"], page=1, limit=50)["data"]
    ctx.ids["assets"] = {asset["externalId"]: asset["_id"] for asset in data["assets"]}
    expect(data["total"] == 5, f"{data['total']} assets")
    in_a = ctx.sdk.get_assets(ctx.ids["project"], filters={"batches": [ctx.ids["batch_a"]]})["data"]["total"]
    expect(in_a == 4, f"{in_a} assets in Batch A")
    return "5 assets, 4 in Batch A"


@check("assign_batches")
def _assign_batches(ctx: Ctx) -> str:
    asset_id = ctx.ids["assets"]["local.txt"]
    response = ctx.sdk.assign_batches(ctx.ids["project"], [asset_id], ["Batch B"])
    expect(response["data"]["assets"] == 1, f"answer {response}")
    in_b = ctx.sdk.get_assets(ctx.ids["project"], filters={"batches": [ctx.ids["batch_b"]]})["data"]["assets"]
    expect([asset["_id"] for asset in in_b] == [asset_id], "not in Batch B")
    return "local.txt in Batch B"


@check("create_attachment")
def _create_attachment(ctx: Ctx) -> str:
    attachments = [{"externalId": "street-0.jpg", "attachments": [{"type": "TEXT", "value": "context"}]}]
    ctx.sdk.create_attachment(ctx.ids["project"], attachments)
    (asset,) = ctx.sdk.get_assets(ctx.ids["project"], filters={"externalId": "street-0.jpg"})["data"][
        "assets"
    ]
    expect(
        asset.get("attachments") == [{"type": "TEXT", "value": "context"}],
        f"attachments {asset.get('attachments')}",
    )
    return "attached to street-0.jpg"


@check("create_asset_builder_template")
def _create_asset_builder_template(ctx: Ctx) -> str:
    template = AssetBuilderTemplate(
        name="Card",
        template="<div><p>{{text}}</p></div>",
        external_id_column="id",
        data_config={
            "id": DataConfigItem(type="text"),
            "text": DataConfigItem(type="text", include_in_export=True),
        },
        description="a card per row",
    )
    created = ctx.sdk.create_asset_builder_template(ctx.ids["project"], template)["data"]["template"]
    ctx.ids["template"] = created["_id"]
    return f"template {created['name']!r}"


@check("get_asset_builder_templates")
def _get_asset_builder_templates(ctx: Ctx) -> str:
    templates = ctx.sdk.get_asset_builder_templates(ctx.ids["project"])
    expect([t["_id"] for t in templates] == [ctx.ids["template"]], f"templates {templates}")
    return "the template is listed"


@check("upload_files_with_asset_builder")
def _upload_files_with_asset_builder(ctx: Ctx) -> str:
    path = ctx.workdir / "cards.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([["card-1", "first card"], ["card-2", "second card"]])
    ctx.sdk.upload_files_with_asset_builder(ctx.ids["project"], ctx.ids["template"], str(path))
    cards = ctx.sdk.get_assets(ctx.ids["project"], filters={"externalId": "card-1"})["data"]["assets"]
    expect(len(cards) == 1, "card-1 not created")
    expect("first card" in cards[0]["data"], f"data {cards[0]['data']!r}")
    expect(
        cards[0].get("contextData") == {"text": "first card"}, f"contextData {cards[0].get('contextData')}"
    )
    return "2 assets built from the CSV"


@check("delete_assets")
def _delete_assets(ctx: Ctx) -> str:
    card = ctx.sdk.get_assets(ctx.ids["project"], filters={"externalId": "card-2"})["data"]["assets"][0]
    response = ctx.sdk.delete_assets(ctx.ids["project"], [card["_id"]])
    expect(response["data"]["assets"] == 1, f"answer {response}")
    gone = ctx.sdk.get_assets(ctx.ids["project"], filters={"externalId": "card-2"})["data"]["total"]
    expect(gone == 0, "card-2 is still listed")
    return "card-2 deleted"


# -- organization: storages, LLMs, chat assets --------------------------------------------------


@check("get_storages")
def _get_storages(ctx: Ctx) -> str:
    storages = ctx.sdk.get_storages()["data"]["storages"]
    by_name = {storage["name"]: storage["_id"] for storage in storages}
    expect("ango-demo-images" in by_name, f"storages {sorted(by_name)}")
    one = ctx.sdk.get_storages(by_name["ango-demo-images"])
    expect(one["name"] == "ango-demo-images", f"storage {one}")
    return f"{len(storages)} storages; one by id"


@check("create_storage")
def _create_storage(ctx: Ctx) -> str:
    storage = Storage("SDK compat storage", StorageProvider.AWS, "AKIAEXAMPLE", "secret", "eu-west-1")
    created = ctx.sdk.create_storage(storage)["data"]["storage"]
    ctx.ids["storage"] = created["_id"]
    expect(ctx.sdk.get_storages(created["_id"])["name"] == "SDK compat storage", "not listed")
    return "connected and listed (POST /storages/)"


@check("list_storage_files")
def _list_storage_files(ctx: Ctx) -> str:
    files = ctx.sdk.list_storage_files(ctx.ids["storage"], "compat-bucket")["data"]["files"]
    documents = ctx.sdk.list_storage_files(ctx.ids["storage"], "compat-bucket", path="documents/")["data"][
        "files"
    ]
    expect(
        files and documents and len(documents) < len(files), f"{len(files)} files, {len(documents)} documents"
    )
    expect(all(file["key"].startswith("documents/") for file in documents), "path not applied")
    expect(requests.get(documents[0]["url"], timeout=30).status_code == 200, "signed URL unreadable")
    return f"{len(files)} files, {len(documents)} under documents/"


@check("file_explorer")
def _file_explorer(ctx: Ctx) -> str:
    listing = ctx.sdk.file_explorer("compat-bucket", ctx.ids["storage"], {"folder": "images/"})["data"]
    expect(
        listing["files"] and all(f["key"].startswith("images/") for f in listing["files"]),
        "folder not listed",
    )
    return f"{len(listing['files'])} files, {len(listing.get('folders', []))} folders in images/"


@check("create_llm")
def _create_llm(ctx: Ctx) -> str:
    llm = ctx.sdk.create_llm(LLM("SDK compat model", LlmProvider.OPENAI, "gpt-4o", "sk-test"))["data"]["llm"]
    ctx.ids["llm"] = llm["_id"]
    expect("sk-test" not in str(llm), "the provider key came back")
    return "created (POST /llms/)"


@check("get_llms")
def _get_llms(ctx: Ctx) -> str:
    names = [llm["name"] for llm in ctx.sdk.get_llms()["data"]["llms"]]
    expect("SDK compat model" in names, f"llms {names}")
    expect(ctx.sdk.get_llms(ctx.ids["llm"])["model"] == "gpt-4o", "not found by id")
    return f"{len(names)} configurations; one by id"


@check("upload_chat_assets")
def _upload_chat_assets(ctx: Ctx) -> str:
    config = ChatAssetCreationConfig(number_of_assets=2, llm_config=LLMConfig(id=ctx.ids["llm"]))
    response = ctx.sdk.upload_chat_assets(ctx.ids["project"], config)
    expect(response["data"]["assets"]["assetsCreated"] == 2, f"answer {response}")
    total = ctx.sdk.get_assets(ctx.ids["project"], limit=50)["data"]["total"]
    expect(total == 8, f"{total} assets")
    return "2 chat assets"


@check("delete_llm")
def _delete_llm(ctx: Ctx) -> str:
    ctx.sdk.delete_llm(ctx.ids["llm"])
    names = [llm["name"] for llm in ctx.sdk.get_llms()["data"]["llms"]]
    expect("SDK compat model" not in names, "still listed")
    return "deleted"


@check("delete_storage")
def _delete_storage(ctx: Ctx) -> str:
    ctx.sdk.delete_storage(ctx.ids["storage"])
    ids = [storage["_id"] for storage in ctx.sdk.get_storages()["data"]["storages"]]
    expect(ctx.ids["storage"] not in ids, "still listed")
    return "disconnected"


# -- tasks and annotations ----------------------------------------------------------------------


@check("get_tasks")
def _get_tasks(ctx: Ctx) -> str:
    data = ctx.sdk.get_tasks(ctx.ids["project"], page=1, limit=50)["data"]
    ctx.ids["tasks"] = {task["asset"]["externalId"]: task["_id"] for task in data["tasks"]}
    expect(data["total"] == 8, f"{data['total']} tasks")
    labels = ctx.sdk.get_tasks(ctx.ids["project"], stage="Label")["data"]["total"]
    expect(labels == 8, f"{labels} tasks in Label")
    return "8 tasks, all in Label"


@check("get_task")
def _get_task(ctx: Ctx) -> str:
    task = ctx.task("street-0.jpg")
    expect(task["asset"]["externalId"] == "street-0.jpg", "wrong task")
    expect(
        task["answer"] == {"tools": [], "classifications": [], "relations": []},
        f"answer {task.get('answer')}",
    )
    return "read, with its (empty) answer under tools"


def _box(object_id: str, x: float) -> Json:
    return {
        "schemaId": "vehicle",
        "objectId": object_id,
        "title": "Vehicle",
        "bounding-box": {"x": x, "y": 10, "width": 50, "height": 30},
        "classifications": [{"schemaId": "color", "answer": "red"}],
    }


@check("annotate_task")
def _annotate_task(ctx: Ctx) -> str:
    task_id = ctx.ids["tasks"]["street-0.jpg"]
    first = Answer(objects=[_box("car-1", 10)], classifications=[{"schemaId": "weather", "answer": "sunny"}])
    expect(ctx.sdk.annotate_task(task_id, AnnotationPayload(answer=first)), "first annotation refused")
    # The default (overwrite=False) merges: the SDK reads the task's answer["tools"] first.
    second = Answer(objects=[_box("car-2", 200)])
    expect(ctx.sdk.annotate_task(task_id, AnnotationPayload(answer=second)), "second annotation refused")
    answer = ctx.task("street-0.jpg")["answer"]
    ids = sorted(tool["objectId"] for tool in answer["tools"])
    expect(ids == ["car-1", "car-2"], f"objects read back: {ids}")
    expect(answer["classifications"] == [{"schemaId": "weather", "answer": "sunny"}], "classification lost")
    # Submitted with overwrite and send_to_next_stage: replaced, and on to Review.
    for name in ("street-0.jpg", "street-1.jpg"):
        payload = AnnotationPayload(answer=Answer(objects=[_box("car-1", 10), _box("car-2", 200)]))
        ctx.sdk.annotate_task(ctx.ids["tasks"][name], payload, overwrite=True, send_to_next_stage=True)
    stages = {name: ctx.task(name)["stage"] for name in ("street-0.jpg", "street-1.jpg")}
    expect(set(stages.values()) == {"Review"}, f"stages {stages}")
    return "merged answer read back (2 objects, 1 classification); submitted to Review"


@check("get_task_history")
def _get_task_history(ctx: Ctx) -> str:
    task_id = ctx.ids["tasks"]["street-0.jpg"]
    history = ctx.sdk.get_task_history(task_id=task_id)["data"]["taskHistory"]
    expect(len(history) == 3, f"{len(history)} history records")
    one = ctx.sdk.get_task_history(task_history_id=history[-1]["_id"])["data"]["taskHistory"]
    expect(sorted(tool["objectId"] for tool in one["answer"]["tools"]) == ["car-1", "car-2"], "answer")
    return "3 records by task; one by id, with its answer"


@check("review_task")
def _review_task(ctx: Ctx) -> str:
    ctx.sdk.review_task(ctx.ids["tasks"]["street-0.jpg"], ReviewStatus.ACCEPTED)
    ctx.sdk.review_task(ctx.ids["tasks"]["street-1.jpg"], ReviewStatus.REJECTED)
    stages = (ctx.task("street-0.jpg")["stage"], ctx.task("street-1.jpg")["stage"])
    expect(stages == ("Webhook", "Label"), f"stages {stages}")
    return "accepted -> Webhook, rejected -> Label"


@check("rerun_webhook")
def _rerun_webhook(ctx: Ctx) -> str:
    response = ctx.sdk.rerun_webhook(ctx.ids["project"], "Webhook")
    expect("1 task" in response["data"]["message"], f"answer {response}")
    return "POST /v2//project/<id>/rerun-webhook: 1 task"


@check("assign_task")
def _assign_task(ctx: Ctx) -> str:
    task_ids = [ctx.ids["tasks"][name] for name in ("street-2.jpg", "street-3.jpg")]
    ctx.sdk.assign_task(ctx.ids["project"], task_ids, "Label", "alice@example.com")
    assignees = {ctx.task(name).get("assignee") for name in ("street-2.jpg", "street-3.jpg")}
    expect(assignees == {"alice@example.com"}, f"assignees {assignees}")
    return "2 tasks to alice"


@check("set_tasks_as_benchmark")
def _set_tasks_as_benchmark(ctx: Ctx) -> str:
    ctx.sdk.set_tasks_as_benchmark(ctx.ids["project"], [ctx.ids["tasks"]["street-2.jpg"]])
    expect(ctx.task("street-2.jpg")["isBenchmark"] is True, "not a benchmark")
    return "street-2.jpg is a benchmark"


@check("update_tasks_priority")
def _update_tasks_priority(ctx: Ctx) -> str:
    ctx.sdk.update_tasks_priority(ctx.ids["project"], 7, filters={"externalIds": ["street-3.jpg"]})
    expect(ctx.task("street-3.jpg")["priority"] == 7, "priority not set")
    return "street-3.jpg at priority 7"


@check("import_labels")
def _import_labels(ctx: Ctx) -> str:
    labels = [{"externalId": "street-2.jpg", "objects": [_box("truck-1", 5)], "classifications": []}]
    ctx.sdk.import_labels(ctx.ids["project"], labels)
    tools = ctx.task("street-2.jpg")["answer"]["tools"]
    expect([tool["objectId"] for tool in tools] == ["truck-1"], f"tools {tools}")
    return "pre-label read back"


@check("requeue_tasks")
def _requeue_tasks(ctx: Ctx) -> str:
    ctx.sdk.requeue_tasks(
        ctx.ids["project"],
        "Complete",
        filters={"externalIds": ["street-3.jpg"]},
        options={"removeAssignee": True},
    )
    task = ctx.task("street-3.jpg")
    expect((task["stage"], task.get("assignee")) == ("Complete", None), f"task {task['stage']}")
    return "street-3.jpg to Complete, unassigned"


# -- issues -------------------------------------------------------------------------------------


@check("create_issue")
def _create_issue(ctx: Ctx) -> str:
    issue = ctx.sdk.create_issue(ctx.ids["tasks"]["street-1.jpg"], "Box too loose", position=[25, 15])[
        "data"
    ]["issue"]
    ctx.ids["issue"] = issue["_id"]
    expect((issue["status"], issue["position"]) == ("Open", "[25, 15]"), f"issue {issue}")
    return "opened at [25, 15]"


@check("get_issues")
def _get_issues(ctx: Ctx) -> str:
    issues = ctx.sdk.get_issues(ctx.ids["project"], task_id=ctx.ids["tasks"]["street-1.jpg"])["data"][
        "issues"
    ]
    expect([issue["_id"] for issue in issues] == [ctx.ids["issue"]], f"issues {issues}")
    return "the issue is listed"


@check("update_issue")
def _update_issue(ctx: Ctx) -> str:
    ctx.sdk.update_issue(ctx.ids["issue"], status="Resolved")
    (issue,) = ctx.sdk.get_issues(ctx.ids["project"])["data"]["issues"]
    expect(issue["status"] == "Resolved", f"status {issue['status']}")
    return "resolved"


@check("add_comment_to_issue")
def _add_comment_to_issue(ctx: Ctx) -> str:
    ctx.sdk.add_comment_to_issue(ctx.ids["issue"], "Fixed it", content_mentions=["alice@example.com"])
    (issue,) = ctx.sdk.get_issues(ctx.ids["project"])["data"]["issues"]
    expect([comment["content"] for comment in issue["comments"]] == ["Fixed it"], "comment not listed")
    return "comment listed"


@check("delete_issue")
def _delete_issue(ctx: Ctx) -> str:
    ctx.sdk.delete_issue(ctx.ids["project"], ctx.ids["issue"])
    expect(ctx.sdk.get_issues(ctx.ids["project"])["data"]["issues"] == [], "still listed")
    return "deleted"


# -- metrics and exports ------------------------------------------------------------------------


@check("get_metrics")
def _get_metrics(ctx: Ctx) -> str:
    data = ctx.sdk.get_metrics(ctx.ids["project"], Metrics.LabelStageGroups)["data"]
    counts = {stage["stageId"]: stage["count"] for stage in data["stages"]}
    expect(counts.get("Webhook") == 1 and counts.get("Complete") == 1, f"counts {counts}")
    return f"{data['total']} tasks by stage"


@check("get_project_performance")
def _get_project_performance(ctx: Ctx) -> str:
    now = datetime.now()
    data = ctx.sdk.get_project_performance(
        ctx.ids["project"], interval=[now - timedelta(days=1), now + timedelta(days=1)], batches=["Batch A"]
    )["data"]
    expect(bool(data["performance"]), f"performance {data}")
    return f"{len(data['performance'])} user(s)"


@check("export")
def _export(ctx: Ctx) -> str:
    records = ctx.sdk.export(ctx.ids["project"], ExportOptions(stage=["Webhook"]))
    (record,) = records
    ids = sorted(tool["objectId"] for tool in record["task"]["tools"])
    expect((record["externalId"], ids) == ("street-0.jpg", ["car-1", "car-2"]), f"record {record}")
    return "the annotated task, with its objects under task.tools"


@check("exportV3")
def _export_v3(ctx: Ctx) -> str:
    every_stage = ["Start", "Label", "Review", "Webhook", "Complete"]
    options = ExportOptions(stage=every_stage, export_format=ExportFormats.NDJSON)
    lines, count = ctx.sdk.exportV3(ctx.ids["project"], options)
    records = list(lines)
    expect(count == len(records) == 8, f"{count} lines, {len(records)} records")
    since = TimeFilter(from_date=datetime.now() - timedelta(days=1))
    path = ctx.workdir / "export.zip"
    ctx.sdk.exportV3(
        ctx.ids["project"], ExportOptions(stage=["Complete"], updated_at=since), zip_file_path=str(path)
    )
    with zipfile.ZipFile(path) as archive:
        expect(archive.testzip() is None and len(archive.namelist()) == 1, "bad archive")
    return f"NDJSON of {count} tasks; zip saved"


# -- the organization's members -----------------------------------------------------------------


@check("get_organization_members")
def _get_organization_members(ctx: Ctx) -> str:
    users = ctx.sdk.get_organization_members(ctx.ids["organization"])["data"]["users"]
    emails = {user["email"] for user in users}
    expect({"owner@example.com", "bob@example.com"} <= emails, f"members {sorted(emails)}")
    return f"{len(users)} members"


@check("update_organization_members_role")
def _update_organization_members_role(ctx: Ctx) -> str:
    ctx.sdk.update_organization_members_role(
        ctx.ids["organization"], [RoleUpdate("bob@example.com", OrganizationRoles.Admin)]
    )
    users = ctx.sdk.get_organization_members(ctx.ids["organization"])["data"]["users"]
    role = next(user["organizationRole"] for user in users if user["email"] == "bob@example.com")
    expect(role == "admin", f"role {role}")
    return "bob is an admin"


@check("invite_members_to_org")
def _invite_members_to_org(ctx: Ctx) -> str:
    ctx.sdk.invite_members_to_org(
        ctx.ids["organization"], Invitation(["zoe@example.com"], OrganizationRoles.Member)
    )
    emails = [
        invite["email"]
        for invite in ctx.sdk.get_organization_invites(ctx.ids["organization"])["data"]["invites"]
    ]
    expect("zoe@example.com" in emails, f"invites {emails}")
    return "zoe invited"


@check("get_organization_invites")
def _get_organization_invites(ctx: Ctx) -> str:
    invites = ctx.sdk.get_organization_invites(ctx.ids["organization"])["data"]["invites"]
    expect(all(invite["status"] == "pending" for invite in invites), "not only pending invitations")
    return f"{len(invites)} pending"


@check("delete_organization_invites")
def _delete_organization_invites(ctx: Ctx) -> str:
    ctx.sdk.delete_organization_invites(ctx.ids["organization"], ["zoe@example.com"])
    emails = [
        invite["email"]
        for invite in ctx.sdk.get_organization_invites(ctx.ids["organization"])["data"]["invites"]
    ]
    expect("zoe@example.com" not in emails, "still invited")
    return "zoe's invitation withdrawn"


@check("send_notification")
def _send_notification(ctx: Ctx) -> str:
    response = ctx.sdk.send_notification(["alice@example.com"], "Please review", title="Review")
    expect("1 member" in response["data"]["message"], f"answer {response}")
    return "sent to 1 member"


@check("delete_organization_members")
def _delete_organization_members(ctx: Ctx) -> str:
    ctx.sdk.delete_organization_members(ctx.ids["organization"], ["dave@example.com"])
    emails = {
        user["email"] for user in ctx.sdk.get_organization_members(ctx.ids["organization"])["data"]["users"]
    }
    expect("dave@example.com" not in emails, "still a member")
    return "dave removed"


# -- copies and deletions, last -----------------------------------------------------------------


@check("clone_project")
def _clone_project(ctx: Ctx) -> str:
    clone = ctx.sdk.clone_project(ctx.ids["project"], batches=False)["data"]["project"]
    ctx.ids["clone"] = clone["_id"]
    expect(clone["name"] == "SDK compat copy", clone["name"])
    expect([stage["id"] for stage in clone["stages"]][-1] == "Complete" and clone["batches"] == [], "clone")
    return "'SDK compat copy', without batches"


@check("delete_project")
def _delete_project(ctx: Ctx) -> str:
    ctx.sdk.delete_project(ctx.ids["clone"])
    listed = [p["_id"] for p in ctx.sdk.list_projects(limit=100)["data"]["projects"]]
    expect(ctx.ids["clone"] not in listed, "still listed")
    return "the clone is gone"


@check("purge_project")
def _purge_project(ctx: Ctx) -> str:
    ctx.sdk.purge_project(ctx.ids["project"], "SDK compat")
    listed = [p["_id"] for p in ctx.sdk.list_projects(limit=100)["data"]["projects"]]
    expect(ctx.ids["project"] not in listed, "still listed")
    return "purged"


# -- the run ------------------------------------------------------------------------------------


def public_methods() -> set[str]:
    """The public methods of the official SDK's ``SDK`` class."""
    return {name for name, _member in inspect.getmembers(SDK, inspect.isfunction) if not name.startswith("_")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mock-python", default=str(ROOT / ".venv" / "bin" / "python"), help="interpreter of the mock"
    )
    parser.add_argument(
        "--base-url",
        help=f"drive a mock that is already running (demo seed, API key {API_KEY}) instead of starting one",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    warnings.simplefilter("ignore", DeprecationWarning)  # get_tasks' legacy filters, called on purpose
    public = public_methods()
    untested = sorted(public - set(CHECKS) - set(NOT_HTTP))
    stale = sorted((set(CHECKS) | set(NOT_HTTP)) - public)
    passed = failed = 0
    try:
        with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
            base_url = args.base_url or stack.enter_context(running_mock(API_KEY, python=args.mock_python))
            sdk = SDK(API_KEY, host=base_url.removesuffix("/v2"))
            sdk.logger.setLevel(logging.ERROR)  # its INFO and WARNING lines; failures are reported here
            ctx = Ctx(sdk, base_url.rstrip("/"), Path(tmp))
            for name, function in CHECKS.items():
                try:
                    detail = function(ctx)
                except Exception as exc:  # every failure is reported, then the run goes on
                    failed += 1
                    print(f"FAIL {name}: {type(exc).__name__}: {str(exc)[:300]}", flush=True)
                    traceback.print_exc(limit=2, file=sys.stderr)
                else:
                    passed += 1
                    print(f"PASS {name}: {detail}", flush=True)
    except MockDidNotStartError as exc:
        print(exc, file=sys.stderr)
        return 1
    for name in untested:
        failed += 1
        print(f"FAIL {name}: a public method of the SDK that this driver does not exercise", flush=True)
    for name in stale:
        failed += 1
        print(f"FAIL {name}: named by the driver, but the SDK has no such public method", flush=True)
    for name, reason in NOT_HTTP.items():
        print(f"SKIP {name}: {reason}")
    http_methods = len(public) - len(NOT_HTTP)
    elapsed = time.monotonic() - started
    print(f"official SDK {sdk_version()}: {http_methods} public HTTP methods, in {elapsed:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def sdk_version() -> str:
    from importlib.metadata import version

    return f"ango {version('ango')}"


if __name__ == "__main__":
    sys.exit(main())
