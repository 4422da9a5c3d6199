"""``client.issues``: issues raised on tasks."""

from __future__ import annotations

from collections.abc import Sequence

from ango_hub._async.resources._base import AsyncResource, message_of
from ango_hub._validation import require_id, require_instance, require_text
from ango_hub_api.models.issue import Issue
from ango_hub_api.models.issue_comment_create import IssueCommentCreate
from ango_hub_api.models.issue_create import IssueCreate
from ango_hub_api.models.issue_update import IssueUpdate
from ango_hub_api.models.medical_plane import MedicalPlane
from ango_hub_api.operations import issues as ops
from ango_hub_api.types import UNSET, Unset


class AsyncIssues(AsyncResource):
    """Issues on tasks."""

    async def create(
        self,
        task_id: str,
        content: str,
        *,
        position: Sequence[float] | float | None = None,
        page: int | Unset = UNSET,
        page_end: int | Unset = UNSET,
        data_index: int | Unset = UNSET,
        plane: MedicalPlane | Unset = UNSET,
        object_id: str | Unset = UNSET,
        mentions: Sequence[str] | Unset = UNSET,
    ) -> Issue:
        """Open an issue on a task, at a ``position`` of the asset or on an object (``object_id``).

        ``position`` is ``[x, y]`` for images and videos, a character index for text, and
        ``[start, end]`` for audio.
        """
        require_id("task_id", task_id)
        require_text("content", content)
        located = position is not None or any(
            not isinstance(value, Unset) for value in (page, page_end, data_index, plane)
        )
        if not isinstance(object_id, Unset) and located:
            raise ValueError("Pass either object_id=... or a location (position, page, plane), not both.")
        for name, value in (("page", page), ("page_end", page_end), ("data_index", data_index)):
            if isinstance(value, int) and value < 0:
                raise ValueError(f"{name} must be 0 or more, got {value}")
        if not isinstance(page_end, Unset) and isinstance(page, Unset):
            raise ValueError("page_end requires page")
        if isinstance(position, int | float):
            position_text: str | Unset = str(position)
        elif position is not None:
            position_text = "[" + ", ".join(str(value) for value in position) + "]"
        else:
            position_text = UNSET
        body = IssueCreate(
            content=content,
            label_task=task_id,
            position=position_text,
            page=page,
            page_end=page_end,
            data_index=data_index,
            plane=plane,
            object_id=object_id,
            content_mentions=list(mentions) if not isinstance(mentions, Unset) else UNSET,
        )
        response = await self._client._call(ops.create_issue, body=body)
        return response.data.issue

    async def list(
        self,
        project_id: str,
        *,
        asset_id: str | Unset = UNSET,
        task_id: str | Unset = UNSET,
        stage_id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
    ) -> list[Issue]:
        """The issues of a project, optionally of one asset, task, stage or creator."""
        response = await self._client._call(
            ops.list_issues,
            project=require_id("project_id", project_id),
            asset=asset_id,
            label_task=task_id,
            stage=stage_id,
            created_by=created_by,
        )
        data = response.data
        # Older answers use `issues`, the current reference `issue`.
        if not isinstance(data.issues, Unset):
            return data.issues
        return data.issue if not isinstance(data.issue, Unset) else []

    async def update(self, issue_id: str, changes: IssueUpdate) -> Issue:
        """Change an issue's text, mentions, status, error codes or PCT details."""
        require_id("issue_id", issue_id)
        require_instance("changes", changes, IssueUpdate)
        if not changes.to_dict():
            raise ValueError("changes is empty: set at least one field of IssueUpdate")
        response = await self._client._call(ops.update_issue, require_id("issue_id", issue_id), body=changes)
        return response.data.issue

    async def comment(self, issue_id: str, content: str, *, mentions: Sequence[str] | Unset = UNSET) -> Issue:
        """Add a comment to an issue."""
        require_id("issue_id", issue_id)
        require_text("content", content)
        body = IssueCommentCreate(
            content=content, content_mentions=list(mentions) if not isinstance(mentions, Unset) else UNSET
        )
        response = await self._client._call(
            ops.add_issue_comment, require_id("issue_id", issue_id), body=body
        )
        return response.data.issue

    async def delete(self, project_id: str, issue_id: str) -> str:
        """Delete an issue of a project. Returns the server's message."""
        response = await self._client._call(
            ops.delete_issue, require_id("issue_id", issue_id), project=require_id("project_id", project_id)
        )
        return message_of(response.data)
