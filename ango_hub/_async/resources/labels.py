"""``client.labels``: set the answer of a task, import answers in bulk."""

from __future__ import annotations

from collections.abc import Sequence

from ango_hub._async._bulk import OnError, check_chunking, send_in_chunks
from ango_hub._async.resources._base import AsyncResource
from ango_hub._payloads import (
    AnswerInput,
    ImportRowInput,
    LabelSetInput,
    answer_json,
    import_rows_json,
    row_key,
)
from ango_hub._progress import ShowProgress, progress_bar
from ango_hub._validation import require_id
from ango_hub.import_reports import ImportProgress, ImportReport, LabelImportError
from ango_hub_api.models.annotate_data import AnnotateData
from ango_hub_api.models.annotation_payload import AnnotationPayload
from ango_hub_api.models.answer import Answer
from ango_hub_api.models.labels_import import LabelsImport
from ango_hub_api.operations import labels as ops
from ango_hub_api.types import UNSET, Unset

#: Rows per request of a bulk import (the official SDK sends everything at once).
DEFAULT_IMPORT_CHUNK = 500


class AsyncLabels(AsyncResource):
    """Annotations (answers) of tasks."""

    async def annotate(
        self,
        task_id: str,
        answer: AnswerInput,
        *,
        label_set: LabelSetInput | None = None,
        next_stage: bool = False,
        brush_data_url: str | Unset | None = UNSET,
        medical_brush_data_url: str | Unset | None = UNSET,
        duration: float = 0,
    ) -> AnnotateData:
        """Replace the answer of a task, whatever its stage; ``next_stage=True`` also submits it.

        ``answer`` is a ``TaskAnswer`` (``ango_hub.annotations``), the generated ``Answer``
        or its JSON; with ``label_set`` (the project's ``LabelSet``, ``CategorySchema`` or its JSON)
        it is checked first, and an ``AnnotationError`` lists every problem before anything
        is sent. The API replaces the whole answer: to add to an existing one, read the task
        with ``include_answer=True`` and send the merged answer.
        """
        require_id("task_id", task_id)
        if isinstance(duration, bool) or not isinstance(duration, int | float) or duration < 0:
            raise ValueError(f"duration must be a number of 0 or more, got {duration!r}")
        sent = answer_json(answer, label_set=label_set)
        body = AnnotationPayload(
            answer=Answer(),
            brush_data_url=brush_data_url,
            medical_brush_data_url=medical_brush_data_url,
            duration=duration,
        )
        request = ops.annotate_task.request(task_id, body=body, next_stage=next_stage)
        request.kwargs["json"]["answer"] = sent  # the builder's exact JSON
        response = await self._client._send(request)
        return response.data

    async def import_(
        self,
        project_id: str,
        labels: Sequence[ImportRowInput],
        *,
        label_set: LabelSetInput | None = None,
        chunk_size: int = DEFAULT_IMPORT_CHUNK,
        on_error: OnError = "raise",
        progress: ImportProgress | ShowProgress | None = None,
    ) -> ImportReport:
        """Import answers for many assets (found by external ID) of the project's Start stage.

        ``labels`` are ``LabelImportRow`` builders (``ango_hub.annotations``), generated
        ``LabelImport`` models or their JSON. With ``label_set`` every row is checked first
        and one ``AnnotationError`` lists the problems of all rows before anything is sent.

        Rows go in chunks of ``chunk_size``. A chunk the server refuses (400/422) is halved
        until the rows it refuses are alone, so one bad row does not fail the others. The
        returned :class:`~ango_hub.import_reports.ImportReport` has one result per row
        (``imported``, ``unconfirmed``, ``failed``, ``unknown``, ``not_sent``), in order. On
        any other error, ``on_error="raise"`` (default) stops with a ``LabelImportError``
        carrying the report; ``"continue"`` records the chunk's outcome and goes on.
        ``progress(done, total)`` is called after each chunk; ``progress=True`` draws a bar
        on stderr instead (see :mod:`ango_hub._progress`).
        """
        require_id("project_id", project_id)
        check_chunking(chunk_size, on_error)
        rows = import_rows_json(labels, label_set=label_set)

        async def send(indexes: list[int]) -> int | None:
            request = ops.import_labels.request(body=LabelsImport(project=project_id, json_content=[]))
            request.kwargs["json"]["jsonContent"] = [rows[index] for index in indexes]
            response = await self._client._send(request)
            imported = response.data.imported
            return imported if isinstance(imported, int) else None

        with progress_bar(progress, "labels", unit="row") as report:
            return await send_in_chunks(
                [row_key(row) for row in rows],
                send,
                chunk_size=chunk_size,
                on_error=on_error,
                progress=report,
                what="label import",
                error_class=LabelImportError,
            )

    async def get_mask(self, task_id: str, object_id: str) -> bytes:
        """The mask of a segmentation or brush object of a task's answer, as PNG bytes."""
        response = await self._client._call(
            ops.get_mask, annotation=require_id("object_id", object_id), task=require_id("task_id", task_id)
        )
        return response.payload.read()
