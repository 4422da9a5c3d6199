"""Issues raised on tasks."""

from __future__ import annotations

from .base import OWNER_ID, DocumentStore, Json, JsonList, copy_json

__all__ = ["IssueStore"]


class IssueStore(DocumentStore[Json]):
    """Issues by id, in creation order; deletion is soft (``deleted: true``).

    Opening an issue changes its task too (``issues``, ``openIssuesCount``): that is
    :meth:`MockState.create_issue <ango_hub.mock.state.MockState.create_issue>`.
    """

    kind = "Issue"
    name = "issues"

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
            self.documents[issue["_id"]] = issue
            return issue

    def list(self, *, project_id: str | None = None, task_id: str | None = None) -> JsonList:
        """Return the issues that are not deleted (of a project, of a task), oldest first."""
        with self.lock:
            return [
                issue
                for issue in self.documents.values()
                if not issue["deleted"]
                and (project_id is None or issue["project"] == project_id)
                and (task_id is None or issue["labelTask"] == task_id)
            ]

    def view(self, issue: Json) -> Json:
        """Return an issue as the API shows it (a copy, without the store's bookkeeping)."""
        with self.lock:
            view: Json = copy_json(issue)
            view.pop("deleted", None)
            return view

    def delete_where(self, *, task_id: str | None = None, project_id: str | None = None) -> None:
        """Soft-delete the issues of a task, or of a project."""
        with self.lock:
            for issue in self.documents.values():
                if (task_id is not None and issue["labelTask"] == task_id) or (
                    project_id is not None and issue["project"] == project_id
                ):
                    issue["deleted"] = True
