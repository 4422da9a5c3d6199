"""Issues raised on tasks."""

from __future__ import annotations

from .base import OWNER_ID, Clock, Json, Store, StoreLock, copy_json

__all__ = ["IssueStore"]


class IssueStore(Store):
    """Issues by id, in creation order; deletion is soft (``deleted: true``)."""

    def __init__(self, lock: StoreLock, clock: Clock) -> None:
        super().__init__(lock, clock)
        self.issues: dict[str, Json] = {}

    def create(self, task: Json, fields: Json) -> Json:
        """Open an issue on a task (its ``labelTask``, ``asset``, ``project`` and ``stage``)."""
        with self.lock:
            issue: Json = {
                "_id": self.clock.new_id(),
                **copy_json(fields),
                "labelTask": task["_id"],
                "asset": task["asset"],
                "project": task["project"],
                "stage": task["stage"],
                "status": "Open",
                "createdBy": OWNER_ID,
                "createdAt": self.clock.timestamp(),
                "comments": [],
                "deleted": False,
            }
            self.issues[issue["_id"]] = issue
            return issue

    def get(self, issue_id: str) -> Json | None:
        """Return an issue that is not deleted, or None."""
        with self.lock:
            found = self.issues.get(issue_id)
            return None if found is None or found["deleted"] else found

    def of_task(self, task_id: str) -> list[Json]:
        """Return the issues of a task that are not deleted, oldest first."""
        with self.lock:
            return [
                issue
                for issue in self.issues.values()
                if issue["labelTask"] == task_id and not issue["deleted"]
            ]

    def delete_where(self, *, task_id: str | None = None, project_id: str | None = None) -> None:
        """Soft-delete the issues of a task, or of a project."""
        with self.lock:
            for issue in self.issues.values():
                if (task_id is not None and issue["labelTask"] == task_id) or (
                    project_id is not None and issue["project"] == project_id
                ):
                    issue["deleted"] = True

    @staticmethod
    def view(issue: Json) -> Json:
        """Return an issue as the API shows it (a copy, without the store's bookkeeping)."""
        view: Json = copy_json(issue)
        view.pop("deleted", None)
        return view
