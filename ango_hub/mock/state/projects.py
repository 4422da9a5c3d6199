"""Projects, their workflow stages and their batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import OWNER_ID, Clock, DocumentStore, Json, JsonList, StoreLock, copy_json

if TYPE_CHECKING:
    from .tasks import AssetStore

__all__ = ["ProjectStore", "default_stages", "entry_stage", "find_batch", "find_stage", "next_stage"]


def default_stages() -> list[Json]:
    """Return the default workflow: Start -> Label -> Complete."""
    return [
        {"id": "Start", "name": "Start", "type": "Start", "next": ["Label"]},
        {"id": "Label", "name": "Label", "type": "Label", "next": ["Complete"]},
        {"id": "Complete", "name": "Complete", "type": "Complete", "next": []},
    ]


def find_stage(project: Json, reference: str) -> Json | None:
    """Return the project's stage with this id, or else with this name."""
    stages: list[Json] = project["stages"]
    by_id = next((stage for stage in stages if stage["id"] == reference), None)
    return by_id or next((stage for stage in stages if stage.get("name") == reference), None)


def entry_stage(project: Json) -> Json:
    """Return the stage new tasks go to: the first Label stage (else the one after Start)."""
    stages: list[Json] = project["stages"]
    label = next((stage for stage in stages if stage.get("type") == "Label"), None)
    if label is not None:
        return label
    start = next((stage for stage in stages if stage.get("type") == "Start"), None)
    if start is not None and start.get("next"):
        following = find_stage(project, start["next"][0])
        if following is not None:
            return following
    return stages[0]


def next_stage(project: Json, stage_id: str) -> Json | None:
    """Return the stage after ``stage_id`` (its first ``next``), if any."""
    stage = find_stage(project, stage_id)
    if stage is None or not stage.get("next"):
        return None
    return find_stage(project, stage["next"][0])


def find_batch(project: Json, reference: str) -> Json | None:
    """Return the project's batch with this id, or else with this name."""
    batches: list[Json] = project["batches"]
    by_id = next((batch for batch in batches if batch["_id"] == reference), None)
    return by_id or next((batch for batch in batches if batch["name"] == reference), None)


class ProjectStore(DocumentStore[Json]):
    """Projects by id, in creation order; deleted ones keep ``deleted: true``.

    The workflow's stages and the batches live in the project document; the functions
    :func:`find_stage`, :func:`entry_stage`, :func:`next_stage` and :func:`find_batch` read
    them.
    """

    kind = "Project"
    name = "projects"

    def __init__(self, lock: StoreLock, clock: Clock, organization_id: str, assets: AssetStore) -> None:
        super().__init__(lock, clock)
        self.organization_id = organization_id
        self._assets = assets

    def create(
        self,
        name: str,
        *,
        description: str = "",
        project_type: str = "ango",
        category_schema: Json | None = None,
        stages: list[Json] | None = None,
    ) -> Json:
        """Create a project with the default workflow unless ``stages`` is given."""
        with self.lock:
            now = self.clock.timestamp()
            project: Json = {
                "_id": self.clock.new_id(),
                "name": name,
                "description": description,
                "type": project_type,
                "owner": OWNER_ID,
                "user": OWNER_ID,
                "organization": self.organization_id,
                "categorySchema": copy_json(category_schema)
                if category_schema is not None
                else {"tools": [], "classifications": [], "relations": []},
                "stages": copy_json(stages) if stages is not None else default_stages(),
                "assignedTo": [],
                "batches": [],
                "role": "Manager",
                "consensusCount": 1,
                "reviewConf": {"filters": []},
                "benchmark": False,
                "benchmarkEnabled": False,
                "benchmarkRatio": 0,
                "benchmarkCutoff": False,
                "assetBuilderTemplates": [],
                "tags": [],
                # As the SDK documentation's answer to create_project shows a new project.
                "aiAssistance": {"cocoRelations": []},
                "deleted": False,
                "createdAt": now,
                "updatedAt": now,
                "__v": 0,
            }
            self.documents[project["_id"]] = project
            return project

    def list(self) -> JsonList:
        """Return the projects that are not deleted, in creation order."""
        with self.lock:
            return [project for project in self.documents.values() if not project["deleted"]]

    def view(self, project: Json) -> Json:
        """Return the project as the API shows it (a copy, with ``assetCount``)."""
        with self.lock:
            view: Json = copy_json(project)
            view["assetCount"] = len(self._assets.list(project["_id"]))
            return view

    def create_batch(self, project: Json, name: str) -> Json:
        """Add a batch to a project; return it."""
        with self.lock:
            batch = {"_id": self.clock.new_id(), "name": name}
            project["batches"].append(batch)
            project["updatedAt"] = self.clock.timestamp()
            return batch
