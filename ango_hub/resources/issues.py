"""``client.issues``: issues raised on tasks."""

from __future__ import annotations

from collections.abc import Sequence

from ango_hub_api.api.issues import create_issue
from ango_hub_api.models.issue import Issue
from ango_hub_api.models.issue_create import IssueCreate
from ango_hub_api.models.medical_plane import MedicalPlane
from ango_hub_api.types import UNSET, Unset

from .._validation import require_id
from ._base import Resource


class Issues(Resource):
    """Issues on tasks."""

    def create(
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
        if not content or not content.strip():
            raise ValueError("content must not be empty")
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
        request = create_issue._get_kwargs(body=body)
        return self._client._send(request, create_issue._parse_response).data.issue
