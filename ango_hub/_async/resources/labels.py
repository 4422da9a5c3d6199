"""``client.labels``: set the answer of a task, import answers in bulk."""

from __future__ import annotations

from collections.abc import Sequence

from ango_hub._async.resources._base import AsyncResource
from ango_hub._validation import require_id
from ango_hub_api.api.labels import annotate_task, get_mask, import_labels
from ango_hub_api.models.annotate_data import AnnotateData
from ango_hub_api.models.annotation_payload import AnnotationPayload
from ango_hub_api.models.answer import Answer
from ango_hub_api.models.import_labels_data import ImportLabelsData
from ango_hub_api.models.label_import import LabelImport
from ango_hub_api.models.labels_import import LabelsImport
from ango_hub_api.types import UNSET, Unset


class AsyncLabels(AsyncResource):
    """Annotations (answers) of tasks."""

    async def annotate(
        self,
        task_id: str,
        answer: Answer,
        *,
        next_stage: bool = False,
        brush_data_url: str | Unset | None = UNSET,
        medical_brush_data_url: str | Unset | None = UNSET,
        duration: float = 0,
    ) -> AnnotateData:
        """Replace the answer of a task, whatever its stage; ``next_stage=True`` also submits it.

        The API replaces the whole answer: to add to an existing one, read the task with
        ``include_answer=True`` and send the merged answer.
        """
        if duration < 0:
            raise ValueError(f"duration must be 0 or more, got {duration}")
        body = AnnotationPayload(
            answer=answer,
            brush_data_url=brush_data_url,
            medical_brush_data_url=medical_brush_data_url,
            duration=duration,
        )
        request = annotate_task._get_kwargs(require_id("task_id", task_id), body=body, next_stage=next_stage)
        response = await self._client._send(request, annotate_task._parse_response, idempotent=True)
        return response.data

    async def import_(self, project_id: str, labels: Sequence[LabelImport]) -> ImportLabelsData:
        """Import answers for many assets (matched by external ID) of the project's Start stage."""
        if not labels:
            raise ValueError("labels must not be empty")
        body = LabelsImport(project=require_id("project_id", project_id), json_content=list(labels))
        request = import_labels._get_kwargs(body=body)
        response = await self._client._send(request, import_labels._parse_response)
        return response.data

    async def get_mask(self, task_id: str, object_id: str) -> bytes:
        """The mask of a segmentation or brush object of a task's answer, as PNG bytes."""
        request = get_mask._get_kwargs(
            annotation=require_id("object_id", object_id), task=require_id("task_id", task_id)
        )
        response = await self._client._send(request, get_mask._parse_response)
        return response.payload.read()
