"""Schemathesis hooks of `make contract`: realistic ids, and what the run reached.

`scripts/contract.py` loads this module (``SCHEMATHESIS_HOOKS``) into the schemathesis CLI,
with the mock's base URL and API key in ``ANGO_CONTRACT_BASE_URL`` and
``ANGO_CONTRACT_API_KEY`` and the path of the report in ``ANGO_CONTRACT_REPORT``.

**Realistic ids** (a ``before_call`` hook). A generated id names nothing: a positive test
case with one stops at the id lookup (404) and never reaches the operation's success path.
Before each positive case of the examples, coverage and fuzzing phases, and before each
positive step of the stateful phase (keeping what a link gave it: a value the run has
seen), the hook replaces the references of the request by things that exist in the mock:
projects, tasks, assets, histories, issues, storages, LLM configurations and members of the
demo organization, their batches, stages and external ids. Operations that destroy or
consume what they name (deleting a project, purging it, deleting assets, issues, storages,
LLM configurations, members and invitations, reviewing a task, requeueing, replacing a
project's batches or workflow) get scratch objects made for them through the API, so that
the demo organization stays whole for the operations that follow (a demo id schemathesis
drew from an earlier response is never kept for them). Negative cases are sent as
generated. Only references are replaced (and content that holds references, such as a
JSON-encoded list of label rows); every other generated value is sent as it was generated,
and schemathesis revalidates the case after the hook.

**What the run reached** (an event handler). For every operation, the status codes of the
positive cases of the examples, coverage and fuzzing phases, and of the stateful steps; and
every link of the spec the stateful phase followed (applied). It writes them as JSON to the
report path when the run ends; `scripts/contract.py` prints them and fails the run when an
operation never answered 2xx to positive data, or a link target was never reached.
"""

from __future__ import annotations

import copy
import json
import os
import random
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import schemathesis
from schemathesis import GenerationMode
from schemathesis.cli import EventHandler
from schemathesis.engine import events
from schemathesis.engine.run import PhaseName

from ango_hub.mock.state.seed import DEMO_PROJECT_NAMES

Json = dict[str, Any]
T = TypeVar("T")

BASE_URL = os.environ.get("ANGO_CONTRACT_BASE_URL", "")
API_KEY = os.environ.get("ANGO_CONTRACT_API_KEY", "")
REPORT = os.environ.get("ANGO_CONTRACT_REPORT", "")
ORGANIZATION_ID = "65a1b2c3d4e5f60718293a40"
#: The demo project most operations use: images, a Review stage, batches, issues, histories.
MAIN_PROJECT = "Vehicle detection"
#: A bucket file of every connected storage's pretend tree (see ango_hub.mock.files.uploads).
BUCKET_FILE = "images/street-0001.jpg"


class MockApi:
    """The few calls the hook makes to find, or make, what requests may name."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self.http = httpx.Client(base_url=base_url, headers={"apikey": api_key}, timeout=30)
        self.lock = threading.Lock()
        self.counter = 0

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        if response.status_code >= 300:
            raise RuntimeError(
                f"contract hook: {method} {path} answered {response.status_code}: {response.text}"
            )
        return response.json()["data"]

    def unique(self, prefix: str) -> str:
        with self.lock:
            self.counter += 1
            return f"{prefix}-{self.counter:05d}"

    # -- scratch objects, made for operations that destroy or consume what they name ------

    def new_project(self, *, stages: list[Json] | None = None, assets: int = 0) -> Json:
        name = self.unique("Contract scratch")
        project: Json = self.call("POST", "/project", json={"name": name})["project"]
        if stages is not None:
            project = self.call("POST", f"/project/{project['_id']}", json={"stages": stages})["project"]
        if assets:
            urls = [{"data": f"https://bucket.example/{self.unique('scratch')}.jpg"} for _ in range(assets)]
            self.call("POST", f"/project/{project['_id']}/cloud", json={"assets": urls})
        return project

    def project_assets(self, project_id: str) -> list[Json]:
        assets: list[Json] = self.call("GET", f"/project/{project_id}/assets", params={"limit": 1000})[
            "assets"
        ]
        return assets

    def project_tasks(self, project_id: str, **params: Any) -> list[Json]:
        query = {"limit": 1000, "includeAnswer": "true", **params}
        tasks: list[Json] = self.call("GET", f"/project/{project_id}/tasks", params=query)["tasks"]
        return tasks

    def new_issue(self, task: Json) -> Json:
        issue: Json = self.call("POST", "/issues", json={"content": "scratch", "labelTask": task["_id"]})[
            "issue"
        ]
        return issue

    def new_storage(self) -> str:
        body = {
            "name": self.unique("scratch"),
            "provider": "AWS",
            "publicKey": "AKIA",
            "privateKey": "secret",
        }
        return str(self.call("POST", "/storages", json=body)["storage"]["_id"])

    def new_llm(self) -> str:
        body = {
            "name": self.unique("scratch"),
            "provider": "openai",
            "model": "m",
            "configuration": {"apiKey": "k"},
        }
        return str(self.call("POST", "/llms", json=body)["llm"]["_id"])

    def new_member(self, project_id: str) -> str:
        email = self.unique("scratch-member") + "@example.com"
        self.call("POST", f"/project/{project_id}/assigned", json={"assignees": [email], "role": "Labeler"})
        return email

    def new_invite(self) -> str:
        email = self.unique("scratch-invite") + "@example.com"
        body = {"to": [email], "organizationRole": "member"}
        self.call("POST", f"/organization/{ORGANIZATION_ID}/invites", json=body)
        return email


class World:
    """What exists in the mock's demo organization (read once), and scratch objects."""

    def __init__(self, api: MockApi) -> None:
        self.api = api
        self.rng = random.Random(1)
        # Oldest first: the demo projects come before anything an earlier run made.
        summaries = api.call("GET", "/listProjects", params={"limit": 100, "sort": "createdAt"})["projects"]
        self.projects: dict[str, Json] = {
            summary["name"]: api.call("GET", f"/project/{summary['_id']}")["project"]
            for summary in summaries
            if summary["name"] in DEMO_PROJECT_NAMES
        }
        self.main = self.projects[MAIN_PROJECT]
        self.tasks = {name: api.project_tasks(project["_id"]) for name, project in self.projects.items()}
        self.assets = {name: api.project_assets(project["_id"]) for name, project in self.projects.items()}
        main_id = self.main["_id"]
        self.histories = [
            history["_id"]
            for task in self.tasks[MAIN_PROJECT][:60]
            for history in api.call("GET", f"/task/{task['_id']}/history")["taskHistory"]
        ]
        self.issues = [
            issue["_id"] for issue in api.call("GET", "/issues", params={"project": main_id})["issues"]
        ]
        self.storages = [storage["_id"] for storage in api.call("GET", "/storages")["storages"]]
        self.llms = [llm["_id"] for llm in api.call("GET", "/llms")["llms"]]
        users = api.call("GET", f"/organization/{ORGANIZATION_ID}/users")["users"]
        self.members = [user["email"] for user in users if user["email"] != "owner@example.com"]
        self.user_ids = [user["_id"] for user in users]
        self.known: set[str] = {
            *(project["_id"] for project in self.projects.values()),
            *(task["_id"] for tasks in self.tasks.values() for task in tasks),
            *(asset["_id"] for assets in self.assets.values() for asset in assets),
            *self.histories,
            *self.issues,
            *self.storages,
            *self.llms,
            *(asset["externalId"] for assets in self.assets.values() for asset in assets),
            *(stage["name"] for project in self.projects.values() for stage in project["stages"]),
            *(batch["name"] for project in self.projects.values() for batch in project["batches"]),
            *self.members,
            # Constants the spec's links send.
            "owner@example.com",
            "contract-bucket",
            "images/",
        }
        #: The demo organization's own projects, storages, LLM configurations, issues and
        #: members: what operations that destroy or rewrite what they name must not get.
        self.protected: set[str] = {
            *(project["_id"] for project in self.projects.values()),
            *self.storages,
            *self.llms,
            *self.issues,
            *self.members,
        }
        self._scratch: dict[str, Json] = {}
        self._review_pool: list[str] = []

    def pick(self, items: list[T]) -> T:
        return self.rng.choice(items)

    def project(self) -> Json:
        """A demo project: the main one most of the time."""
        return self.main if self.rng.random() < 0.7 else self.pick(list(self.projects.values()))

    def tasks_of(self, project: Json) -> list[Json]:
        return self.tasks[project["name"]]

    def task(self) -> Json:
        return self.pick(self.tasks[MAIN_PROJECT])

    def asset(self) -> Json:
        return self.pick(self.assets[MAIN_PROJECT])

    def stage_names(self, project: Json) -> list[str]:
        return [stage["name"] for stage in project["stages"]]

    def batch_names(self, project: Json) -> list[str]:
        return [batch["name"] for batch in project["batches"]]

    def remember(self, *ids: str) -> None:
        # An empty string names nothing: a link that resolves to one (an answer's object
        # saved with `objectId: ""`) is not a value to keep.
        self.known.update(value for value in ids if value)

    def scratch(self, key: str, make: Callable[[], Json]) -> Json:
        """A scratch object made once per ``key`` (for operations that change what they name)."""
        if key not in self._scratch:
            self._scratch[key] = make()
            self.remember(self._scratch[key]["_id"])
        return self._scratch[key]

    def review_task(self) -> str:
        """A task waiting in a Review stage (reviews move tasks on: each case gets its own)."""
        stages = [
            {"id": "Label", "type": "Label", "next": ["Review"]},
            {"id": "Review", "type": "Review", "next": ["Complete"]},
            {"id": "Complete", "type": "Complete", "next": []},
        ]
        project = self.scratch("review", lambda: self.api.new_project(stages=stages))
        if not self._review_pool:
            urls = [{"data": f"https://bucket.example/{self.api.unique('review')}.jpg"} for _ in range(50)]
            self.api.call("POST", f"/project/{project['_id']}/cloud", json={"assets": urls})
            self.api.call("POST", f"/project/{project['_id']}/requeueTasks", json={"toStageId": "Review"})
            self._review_pool = [
                task["_id"] for task in self.api.project_tasks(project["_id"], stage="Review")
            ]
            self.remember(*self._review_pool)
        return self._review_pool.pop()

    def mask_task(self) -> tuple[str, str]:
        """A task whose answer has a segmentation object: (task id, object id)."""

        def make() -> Json:
            project = self.api.new_project(assets=1)
            (task,) = self.api.project_tasks(project["_id"])
            zone = {"region": [[1, 1], [30, 2], [20, 25]], "holes": [[[10, 8], [15, 8], [12, 12]]]}
            answer = {
                "objects": [{"objectId": "mask-1", "schemaId": "segments", "segmentation": {"zones": [zone]}}]
            }
            self.api.call("POST", f"/annotate/{task['_id']}", json={"answer": answer})
            self.remember(task["_id"])
            return {"_id": project["_id"], "task": task["_id"]}

        made = self.scratch("mask", make)
        return made["task"], "mask-1"

    def webhook_project(self) -> Json:
        stages = [
            {"id": "Label", "type": "Label", "next": ["Hook"]},
            {"id": "Hook", "type": "Webhook", "next": ["Complete"]},
            {"id": "Complete", "type": "Complete", "next": []},
        ]
        return self.scratch("webhook", lambda: self.api.new_project(stages=stages, assets=3))


_api: MockApi | None = None
_world: World | None = None


def world() -> World:
    global _api, _world
    if _world is None:
        _api = MockApi(BASE_URL, API_KEY)
        _world = World(_api)
    return _world


# -- per operation: the references of a request, made real --------------------------------

Realizer = Callable[[Any, World], None]
REALIZERS: dict[str, Realizer] = {}


def realizes(*operation_ids: str) -> Callable[[Realizer], Realizer]:
    def register(function: Realizer) -> Realizer:
        for operation_id in operation_ids:
            REALIZERS[operation_id] = function
        return function

    return register


def body_dict(case: Any) -> Json | None:
    return case.body if isinstance(case.body, dict) else None


@realizes(
    "get_project",
    "add_project_members",
    "create_asset_builder_template",
    "update_label_validation",
    "clone_project",
    "get_project_performance",
    "get_metric",
    "list_tasks",
    "list_assets",
    "list_batches",
    "upload_assets",
    "update_tasks_priority",
)
def _project_path(case: Any, w: World) -> None:
    case.path_parameters["projectId"] = w.project()["_id"]


@realizes("upload_instructions")
def _instructions(case: Any, w: World) -> None:
    case.path_parameters["projectId"] = w.project()["_id"]
    if "storageId" in case.query:
        case.query["storageId"] = w.pick(w.storages)


@realizes("update_project")
def _update_project(case: Any, w: World) -> None:
    case.path_parameters["projectId"] = w.scratch("update", w.api.new_project)["_id"]


@realizes("delete_project")
def _delete_project(case: Any, w: World) -> None:
    case.path_parameters["projectId"] = w.api.new_project()["_id"]


@realizes("purge_project")
def _purge_project(case: Any, w: World) -> None:
    project = w.api.new_project()
    case.path_parameters["projectId"] = project["_id"]
    body = body_dict(case)
    if body is not None:
        body["confirmName"] = project["name"]


@realizes("create_batches")
def _create_batches(case: Any, w: World) -> None:
    # A new batch list replaces the project's batches (and takes them off its assets).
    project = w.scratch("batches", w.api.new_project)
    case.path_parameters["projectId"] = project["_id"]
    body = body_dict(case)
    if body is not None and isinstance(body.get("batches"), list):
        for item in body["batches"]:
            if isinstance(item, dict):
                item.pop("_id", None)  # ids of batches this project has are not known here


@realizes("get_task", "list_task_history")
def _task_path(case: Any, w: World) -> None:
    case.path_parameters["taskId"] = w.task()["_id"]


@realizes("annotate_task")
def _annotate(case: Any, w: World) -> None:
    case.path_parameters["taskId"] = w.task()["_id"]


@realizes("review_task")
def _review(case: Any, w: World) -> None:
    case.path_parameters["taskId"] = w.review_task()


@realizes("get_task_history")
def _history(case: Any, w: World) -> None:
    case.path_parameters["taskHistoryId"] = w.pick(w.histories)


@realizes("assign_tasks")
def _assign(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is None:
        return
    if "task" in body:
        body["task"] = w.task()["_id"]
        if "user" in body:
            body["user"] = w.pick(w.user_ids)
        return
    project = w.project()
    tasks = w.tasks_of(project)
    if "project" in body:
        body["project"] = project["_id"]
    if isinstance(body.get("tasks"), list):
        body["tasks"] = [w.pick(tasks)["_id"] for _ in body["tasks"]]
    if "stage" in body:
        body["stage"] = w.pick(w.stage_names(project))


@realizes("requeue_tasks")
def _requeue(case: Any, w: World) -> None:
    # Requeueing moves (and may reset) every task the filters choose: a scratch project's.
    project = w.scratch("requeue", lambda: w.api.new_project(assets=5))
    case.path_parameters["projectId"] = project["_id"]
    body = body_dict(case)
    if body is not None:
        body["toStageId"] = w.pick(w.stage_names(project))
        filters = body.get("filters")
        if isinstance(filters, dict) and isinstance(filters.get("fromStageIds"), list):
            filters["fromStageIds"] = [w.pick(w.stage_names(project)) for _ in filters["fromStageIds"]]


@realizes("set_benchmark_tasks")
def _benchmark(case: Any, w: World) -> None:
    project = w.project()
    case.path_parameters["projectId"] = project["_id"]
    body = body_dict(case)
    if body is not None and isinstance(body.get("tasks"), list):
        body["tasks"] = [w.pick(w.tasks_of(project))["_id"] for _ in body["tasks"]]


@realizes("delete_assets")
def _delete_assets(case: Any, w: World) -> None:
    project = w.api.new_project(assets=3)
    assets = [asset["_id"] for asset in w.api.project_assets(project["_id"])]
    case.path_parameters["projectId"] = project["_id"]
    body = body_dict(case)
    if body is not None:
        count = len(body["assets"]) if isinstance(body.get("assets"), list) else 1
        body["assets"] = [assets[index % len(assets)] for index in range(max(count, 1))]
        if "project" in body:
            body["project"] = project["_id"]


@realizes("import_cloud_assets")
def _cloud(case: Any, w: World) -> None:
    project = w.project()
    case.path_parameters["projectId"] = project["_id"]
    names = w.batch_names(project)
    if "batches" in case.query and isinstance(case.query["batches"], list):
        case.query["batches"] = [w.pick(names) for _ in case.query["batches"]]
    body = body_dict(case)
    for item in body.get("assets", []) if body is not None else []:
        if isinstance(item, dict):
            if item.get("storage"):
                item["storage"] = w.pick(w.storages)
            if isinstance(item.get("batches"), list):
                item["batches"] = [w.pick(names) for _ in item["batches"]]


@realizes("create_attachments")
def _attachments(case: Any, w: World) -> None:
    project = w.project()
    body = body_dict(case)
    if body is None:
        return
    # The project's assets now, not those read at the start: the stateful phase may have
    # deleted some (a link from list_assets to delete_assets hands it real asset ids).
    assets = w.api.project_assets(project["_id"]) or w.assets[project["name"]]
    body["project"] = project["_id"]
    for item in body.get("attachments", []):
        if isinstance(item, dict):
            asset = w.pick(assets)
            if "externalId" in item:
                item["externalId"] = asset["externalId"]
            if "assetId" in item:
                item["assetId"] = asset["_id"]


@realizes("create_chat_assets")
def _chat(case: Any, w: World) -> None:
    case.path_parameters["projectId"] = w.project()["_id"]
    body = body_dict(case)
    if body is None:
        return
    if body.get("storageId"):
        body["storageId"] = w.pick(w.storages)
    if "llmConfig" in body and w.llms:
        body["llmConfig"] = json.dumps({"id": w.pick(w.llms)})


@realizes("get_upload_url")
def _upload_url(case: Any, w: World) -> None:
    case.query["project"] = w.project()["_id"]
    if "storageId" in case.query:
        case.query["storageId"] = w.pick(w.storages)


@realizes("get_signed_url")
def _signed_url(case: Any, w: World) -> None:
    asset = w.asset()
    for key in ("name", "url"):
        if key in case.query:
            case.query[key] = asset["data"]
    if "project" in case.query:
        case.query["project"] = w.main["_id"]
    if "storageId" in case.query:
        case.query["storageId"] = asset["storage"]


@realizes("assign_batches")
def _assign_batches(case: Any, w: World) -> None:
    project = w.project()
    body = body_dict(case)
    if body is None:
        return
    assets = w.assets[project["name"]]
    names = w.batch_names(project)
    body["projectId"] = project["_id"]
    if isinstance(body.get("assets"), list):
        body["assets"] = [w.pick(assets)["_id"] for _ in body["assets"]]
    elif "assets" in body:
        body["assets"] = w.pick(assets)["_id"]
    if isinstance(body.get("batches"), list):
        body["batches"] = [w.pick(names) for _ in body["batches"]]
    else:
        body["batches"] = w.pick(names)


@realizes("create_issue")
def _create_issue(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is not None:
        body["labelTask"] = w.task()["_id"]


@realizes("list_issues")
def _list_issues(case: Any, w: World) -> None:
    project = w.project()
    case.query["project"] = project["_id"]
    if "stage" in case.query:
        case.query["stage"] = w.pick(w.stage_names(project))


@realizes("update_issue", "add_issue_comment")
def _issue(case: Any, w: World) -> None:
    case.path_parameters["issueId"] = w.pick(w.issues)


@realizes("delete_issue")
def _delete_issue(case: Any, w: World) -> None:
    issue = w.api.new_issue(w.task())
    case.path_parameters["issueId"] = issue["_id"]
    case.query["project"] = issue["project"]


@realizes("list_storages")
def _list_storages(case: Any, w: World) -> None:
    if "_id" in case.query:
        case.query["_id"] = w.pick(w.storages)


@realizes("delete_storage")
def _delete_storage(case: Any, w: World) -> None:
    case.path_parameters["storageId"] = w.api.new_storage()


@realizes("list_storage_files")
def _storage_files(case: Any, w: World) -> None:
    case.path_parameters["storageId"] = w.pick(w.storages)


@realizes("explore_files")
def _explore(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is None:
        return
    body["storageId"] = w.pick(w.storages)
    if body.get("upload"):
        project = w.scratch("explore", w.api.new_project)
        body["projectId"] = project["_id"]
        body.pop("batches", None)  # the scratch project has none
    elif "projectId" in body:
        body["projectId"] = w.project()["_id"]
    if isinstance(body.get("files"), list):
        # Files are named within the folder: one of the pretend tree's.
        folder, name = BUCKET_FILE.rsplit("/", 1)
        body["folder"] = folder + "/"
        body["files"] = [name] if body["files"] else []
    body.pop("scrollToken", None)


@realizes("export_project", "export_project_v3")
def _export(case: Any, w: World) -> None:
    project = w.project()
    case.query["project"] = project["_id"]
    if isinstance(case.query.get("stage"), list):
        case.query["stage"] = [w.pick(w.stage_names(project)) for _ in case.query["stage"]]


@realizes("import_labels")
def _import_labels(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is None:
        return
    project = w.project()
    assets = w.assets[project["name"]]
    body["project"] = project["_id"]
    for key in ("jsonContent", "labels"):
        rows = body.get(key)
        if isinstance(rows, str):
            # A string holding the JSON-encoded list: one row per asset, as the docs show.
            body[key] = json.dumps([{"externalId": w.pick(assets)["externalId"], "objects": []}])
        elif isinstance(rows, list):
            for row in rows:
                if isinstance(row, dict):
                    for other in ("dataUrl", "assetId", "data"):
                        row.pop(other, None)
                    row["externalId"] = w.pick(assets)["externalId"]


@realizes("get_mask")
def _mask(case: Any, w: World) -> None:
    task_id, object_id = w.mask_task()
    case.query["task"] = task_id
    case.query["annotation"] = object_id


@realizes("update_organization_member_roles")
def _roles(case: Any, w: World) -> None:
    body = body_dict(case)
    for item in body.get("users", []) if body is not None else []:
        if isinstance(item, dict):
            item["email"] = w.pick(w.members)


@realizes("remove_organization_members")
def _remove_members(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is not None and isinstance(body.get("users"), list):
        project = w.scratch("members", w.api.new_project)
        body["users"] = [w.api.new_member(project["_id"]) for _ in body["users"]]


@realizes("invite_organization_members")
def _invite(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is None:
        return
    if isinstance(body.get("to"), list):
        body["to"] = [w.api.unique("invitee") + "@example.com" for _ in body["to"]]
    for item in body.get("projectAssignments", []) or []:
        if isinstance(item, dict):
            item["projectId"] = w.project()["_id"]


@realizes("delete_organization_invites")
def _delete_invites(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is not None and isinstance(body.get("invites"), list):
        body["invites"] = [w.api.new_invite() for _ in body["invites"]]


@realizes("send_notification")
def _notify(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is not None and isinstance(body.get("receivers"), list):
        body["receivers"] = [w.pick(w.members) for _ in body["receivers"]]


@realizes("list_llms")
def _list_llms(case: Any, w: World) -> None:
    if "_id" in case.query:
        case.query["_id"] = w.pick(w.llms)


@realizes("delete_llm")
def _delete_llm(case: Any, w: World) -> None:
    case.path_parameters["llmId"] = w.api.new_llm()


@realizes("create_plugin_log")
def _plugin_log(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is not None and "organization" in body:
        body["organization"] = ORGANIZATION_ID


@realizes("rerun_webhook")
def _rerun(case: Any, w: World) -> None:
    case.path_parameters["projectId"] = w.webhook_project()["_id"]
    body = body_dict(case)
    if body is not None:
        body["stageId"] = "Hook"


@realizes("create_webhook")
def _webhook(case: Any, w: World) -> None:
    body = body_dict(case)
    if body is not None:
        body["project"] = w.project()["_id"]


_MISSING = object()
#: Operations that delete, rewrite or consume what they name: they get scratch objects.
DESTRUCTIVE = frozenset(
    {
        "delete_project",
        "purge_project",
        "update_project",
        "create_batches",
        "requeue_tasks",
        "delete_assets",
        "delete_issue",
        "delete_storage",
        "delete_llm",
        "remove_organization_members",
        "delete_organization_invites",
    }
)


def _keep_known(original: Any, realized: Any, known: set[str]) -> Any:
    """``realized``, but with every value of ``original`` the run knows (a link gave it) kept.

    A link's value applies only when it names something: an empty string (a link to the
    mask of an answer's first object, whose ``objectId`` is ``""``) is replaced like any
    value the run does not know, never sent as the link's.
    """
    if isinstance(original, str) and original and original in known:
        return original
    if isinstance(original, dict) and isinstance(realized, dict):
        return {
            key: _keep_known(original.get(key, _MISSING), value, known) for key, value in realized.items()
        }
    if isinstance(original, list) and isinstance(realized, list) and len(original) == len(realized):
        return [_keep_known(before, after, known) for before, after in zip(original, realized, strict=True)]
    return realized


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Name things that exist (see the module docstring).

    In the stateful phase, what a link gave (a value the run has seen: the demo's ids and
    names, and every id a stateful response held) is kept, and only the rest is replaced.
    """
    meta = case.meta
    if meta is None or not BASE_URL:
        return
    realize = REALIZERS.get(case.operation.definition.raw.get("operationId"))
    if realize is None:
        return
    if meta.generation.mode != GenerationMode.POSITIVE:
        return  # negative data stays as generated: it must be refused as it is
    w = world()
    if meta.phase.name.value != "stateful":
        realize(case, w)
        return
    before = copy.deepcopy((case.path_parameters, case.query, case.body))
    realize(case, w)
    # Schemathesis also draws ids it saw in earlier responses: a demo project's id kept for
    # an operation that rewrites or deletes what it names would spoil the demo for the rest.
    operation_id = case.operation.definition.raw.get("operationId")
    known = w.known - w.protected if operation_id in DESTRUCTIVE else w.known
    # Write back only what changed: schemathesis revalidates a changed container, and a
    # multipart body's file bytes would not revalidate as the strings the schema says.
    path_parameters = _keep_known(before[0], case.path_parameters, known)
    if path_parameters != case.path_parameters:
        case.path_parameters = path_parameters
    query = _keep_known(before[1], case.query, known)
    if query != case.query:
        case.query = query
    if isinstance(case.body, dict):
        body = _keep_known(before[2], case.body, known)
        if body != case.body:
            case.body = body


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Remember the ids the stateful phase's responses hold: links feed them to later steps."""
    meta = case.meta
    if meta is None or meta.phase.name.value != "stateful" or _world is None:
        return
    try:
        payload = response.json()
    except Exception:
        return
    _world.remember(*_ids(payload))


def _ids(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("_id", "taskHistoryId", "id") and isinstance(item, str):
                yield item
            else:
                yield from _ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _ids(item)


# -- what the run reached --------------------------------------------------------------------

UNIT_PHASES = {PhaseName.EXAMPLES, PhaseName.COVERAGE, PhaseName.FUZZING}


@schemathesis.cli.handler()
class ReachRecorder(EventHandler):  # type: ignore[type-arg]
    """Record, per operation, the statuses of positive cases and stateful steps, and the links followed."""

    def __init__(self, *args: Any, **params: Any) -> None:
        self.positive: dict[str, Counter[int]] = defaultdict(Counter)
        self.stateful: dict[str, Counter[int]] = defaultdict(Counter)
        self.links: Counter[str] = Counter()
        self.scenarios = 0

    def handle_event(self, ctx: Any, event: Any) -> None:
        if not isinstance(event, events.ScenarioFinished):
            return
        recorder = event.recorder
        if event.phase in UNIT_PHASES:
            for case_id, interaction in recorder.interactions.items():
                node = recorder.cases.get(case_id)
                if node is None or interaction.response is None:
                    continue
                meta = node.value.meta
                if meta is not None and meta.generation.mode == GenerationMode.POSITIVE:
                    self.positive[node.value.operation.label][interaction.response.status_code] += 1
        elif event.phase == PhaseName.STATEFUL_TESTING and not event.is_final:
            self.scenarios += 1
            for case_id, node in recorder.cases.items():
                step = recorder.interactions.get(case_id)
                if step is not None and step.response is not None:
                    self.stateful[node.value.operation.label][step.response.status_code] += 1
                if node.transition is not None and node.is_transition_applied:
                    self.links[node.transition.id] += 1

    def shutdown(self, ctx: Any) -> None:
        if not REPORT:
            return
        report = {
            "positive": {label: dict(counts) for label, counts in sorted(self.positive.items())},
            "stateful": {label: dict(counts) for label, counts in sorted(self.stateful.items())},
            "links": dict(sorted(self.links.items())),
            "scenarios": self.scenarios,
        }
        with open(REPORT, "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=2)
