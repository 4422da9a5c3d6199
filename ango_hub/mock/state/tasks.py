"""Assets, their tasks, the tasks' history records, and how answers are kept and shown."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from ..web.own_urls import public_url
from .base import OWNER_ID, Clock, DocumentStore, Json, JsonList, StoreLock, copy_json

__all__ = [
    "AssetStore",
    "HistoryStore",
    "TaskStore",
    "answer_view",
    "empty_answer",
    "stored_answer",
]


def stored_answer(answer: Json) -> Json:
    """The answer of a request (annotate, import) as the store keeps it: objects under ``objects``.

    Requests name the objects ``objects``; ``tools`` (the name answers use in responses) is
    accepted too. Other fields are kept.
    """
    stored: Json = copy_json(answer)
    if "tools" in stored:
        tools = stored.pop("tools")
        stored.setdefault("objects", tools)
    return stored


def answer_view(answer: Json) -> Json:
    """A stored answer as task reads show it: the objects under ``tools`` (a copy).

    Every documented task answer (get and list tasks, task history) names the objects
    ``tools``, and the official SDK merges new annotations into ``answer["tools"]``.
    """
    view: Json = {}
    for key, value in answer.items():
        view["tools" if key == "objects" else key] = copy_json(value)
    view.setdefault("tools", [])
    return view


def empty_answer() -> Json:
    """Return the answer of a task nobody has annotated."""
    return {"objects": [], "classifications": [], "relations": []}


class AssetStore(DocumentStore[Json]):
    """Assets by id, and each project's assets in creation order; deletion is soft."""

    kind = "Asset"
    name = "assets"

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id
        self._by_project: dict[str, list[str]] = {}

    def add(
        self,
        project_id: str,
        *,
        data: str,
        external_id: str,
        batches: Iterable[str] = (),
        storage: str | None = None,
        context_data: Json | None = None,
        metadata: Json | None = None,
        attachments: JsonList | None = None,
        priority: float = 0,
        created_at: str | None = None,
    ) -> Json:
        """Create an asset of a project (its task is the :class:`TaskStore`'s business)."""
        with self.lock:
            asset: Json = {
                "_id": self.clock.new_id(),
                "externalId": external_id,
                "data": data,
                "project": project_id,
                "organization": self.organization_id,
                "batches": list(dict.fromkeys(batches)),
                "storage": storage,
                "contextData": copy_json(context_data),
                "metadata": copy_json(metadata),
                "attachments": copy_json(attachments) if attachments else [],
                "isPreLabeled": False,
                "priority": priority,
                "deleted": False,
                "createdAt": created_at or self.clock.timestamp(),
                "createdBy": OWNER_ID,
            }
            self.documents[asset["_id"]] = asset
            self._by_project.setdefault(project_id, []).append(asset["_id"])
            return asset

    def list(self, project_id: str) -> JsonList:
        """Return a project's assets that are not deleted, in creation order."""
        with self.lock:
            assets = (self.documents[asset_id] for asset_id in self._by_project.get(project_id, []))
            return [asset for asset in assets if not asset["deleted"]]

    def view(self, asset: Json) -> Json:
        """Return an asset as the API shows it (a copy; the mock's own URLs as the client
        reaches them, see :mod:`ango_hub.mock.web.own_urls`)."""
        with self.lock:
            copied: Json = copy_json(asset)
            if isinstance(copied.get("data"), str):
                copied["data"] = public_url(copied["data"])
            return copied

    def delete_project(self, project_id: str) -> None:
        """Soft-delete every asset of a project."""
        with self.lock:
            for asset_id in self._by_project.get(project_id, []):
                self.documents[asset_id]["deleted"] = True


class TaskStore(DocumentStore[Json]):
    """Tasks by id, each project's tasks in creation order, and each asset's tasks."""

    kind = "Task"
    name = "tasks"

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str, assets: AssetStore) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id
        self._assets = assets
        self._by_project: dict[str, list[str]] = {}
        self._by_asset: dict[str, list[str]] = {}

    def add(self, asset: Json, stage: Json, *, priority: float = 0, created_at: str | None = None) -> Json:
        """Create the task of an asset, in ``stage`` (``Completed`` if it is a Complete stage)."""
        with self.lock:
            now = created_at or self.clock.timestamp()
            task: Json = {
                "_id": self.clock.new_id(),
                "project": asset["project"],
                "asset": asset["_id"],
                "organization": self.organization_id,
                "type": "default",
                "status": "Completed" if stage.get("type") == "Complete" else "TODO",
                "stage": stage["id"],
                "answer": empty_answer(),
                "review": {"status": "Todo"},
                "assignee": None,
                "priority": priority,
                "isBenchmark": False,
                "isPreLabeled": False,
                "isDraft": False,
                "isSkipped": False,
                "isFlag": False,
                "isStar": False,
                "deleted": False,
                "issues": [],
                "openIssuesCount": 0,
                "duration": 0,
                "totalDuration": 0,
                "createdAt": now,
                "updatedAt": now,
            }
            self.documents[task["_id"]] = task
            self._by_project.setdefault(asset["project"], []).append(task["_id"])
            self._by_asset.setdefault(asset["_id"], []).append(task["_id"])
            return task

    def list(self, project_id: str) -> JsonList:
        """Return a project's tasks that are not deleted, in creation order."""
        with self.lock:
            tasks = (self.documents[task_id] for task_id in self._by_project.get(project_id, []))
            return [task for task in tasks if not task["deleted"]]

    def of_asset(self, asset_id: str) -> JsonList:
        """Return the tasks of an asset that are not deleted."""
        with self.lock:
            tasks = (self.documents[task_id] for task_id in self._by_asset.get(asset_id, []))
            return [task for task in tasks if not task["deleted"]]

    def view(self, task: Json, *, include_answer: bool = True) -> Json:
        """Return a task as the API shows it: a copy with its asset embedded, and its answer
        (unless ``include_answer`` is false) with the objects under ``tools``."""
        with self.lock:
            view: Json = {key: copy_json(value) for key, value in task.items() if key != "answer"}
            asset = self._assets.documents[task["asset"]]
            view["asset"] = {
                "_id": asset["_id"],
                "externalId": asset["externalId"],
                "data": public_url(asset["data"]),
            }
            view["externalId"] = asset["externalId"]
            view.setdefault("stageId", task["stage"])  # the stage's id, beside ``stage``
            view["batches"] = list(asset["batches"])
            if include_answer and "answer" in task:
                view["answer"] = answer_view(task["answer"])
            return view

    def delete_asset(self, asset_id: str) -> builtins.list[str]:
        """Soft-delete the tasks of an asset; return their ids."""
        with self.lock:
            task_ids = list(self._by_asset.get(asset_id, []))
            for task_id in task_ids:
                self.documents[task_id]["deleted"] = True
            return task_ids

    def delete_project(self, project_id: str) -> None:
        """Soft-delete every task of a project."""
        with self.lock:
            for task_id in self._by_project.get(project_id, []):
                self.documents[task_id]["deleted"] = True

    def move(self, task: Json, stage: Json) -> None:
        """Put a task in a stage; its status follows (``Completed`` in a Complete stage)."""
        with self.lock:
            now = self.clock.timestamp()
            task["stage"] = stage["id"]
            task["updatedAt"] = now
            if stage.get("type") == "Complete":
                task["status"] = "Completed"
                task["completedAt"] = now
                task["completedBy"] = task.get("updatedBy") or OWNER_ID
            else:
                task["status"] = "TODO"
                task.pop("completedAt", None)
                task.pop("completedBy", None)


class HistoryStore(DocumentStore[Json]):
    """Task history records by id, and each task's records, oldest first.

    A record is out of sight (:meth:`get`) when its task is deleted.
    """

    kind = "Task history"
    name = "histories"

    def __init__(self, lock: StoreLock, clock: Clock, tasks: TaskStore) -> None:
        super().__init__(lock, clock)
        self._tasks = tasks
        self._by_task: dict[str, list[str]] = {}

    def _hidden(self, document: Json) -> bool:
        return bool(self._tasks.documents[document["task"]]["deleted"])

    def record(self, task: Json, stage: Json, *, duration: float, user_id: str) -> Json:
        """Store what a user did with a task in ``stage`` (its current stage)."""
        with self.lock:
            now = self.clock.timestamp()
            history: Json = {
                "_id": self.clock.new_id(),
                "task": task["_id"],
                "project": task["project"],
                "stage": stage.get("name", stage["id"]),
                "stageId": stage["id"],
                "answer": copy_json(task["answer"]),
                "duration": duration,
                "completedBy": user_id,
                "completedAt": now,
                "createdAt": now,
            }
            self.documents[history["_id"]] = history
            self._by_task.setdefault(task["_id"], []).append(history["_id"])
            return history

    def list(self, task_id: str) -> JsonList:
        """Return a task's history records, oldest first."""
        with self.lock:
            return [self.documents[history_id] for history_id in self._by_task.get(task_id, [])]

    def view(self, history: Json) -> Json:
        """Return a task history record as the API shows it (answer objects under ``tools``).

        The store's ``project`` (for its own lookups) is not shown: the spec's ``TaskHistory``
        does not declare it.
        """
        with self.lock:
            view: Json = copy_json({key: value for key, value in history.items() if key != "project"})
            if isinstance(view.get("answer"), dict):
                view["answer"] = answer_view(view["answer"])
            return view

    def forget_task(self, task_id: str) -> None:
        """Delete a task's history records (requeue with ``removeStageHistory``)."""
        with self.lock:
            for history_id in self._by_task.pop(task_id, []):
                self.documents.pop(history_id, None)
