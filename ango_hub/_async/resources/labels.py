"""``client.labels``: set the answer of a task, import answers in bulk."""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeGuard, overload

from ango_hub._async._bulk import OnError, check_chunking, project_target, send_in_chunks
from ango_hub._async._uploads import put_bytes
from ango_hub._async.resources._base import AsyncResource
from ango_hub._error_text import transfer_error
from ango_hub._errors import MaskNotFoundError, NotFoundError
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
from ango_hub_api.models.storage_file_type import StorageFileType
from ango_hub_api.models.task import Task
from ango_hub_api.operations import labels as ops
from ango_hub_api.types import UNSET, Unset

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from ango_hub.convert import ClassMap
    from ango_hub.convert.masks._brush import BrushMasks, Palette

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
        response = await self._client._send(request.with_json(answer=sent))  # the builder's exact JSON
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

        Rows go in chunks of ``chunk_size``. A chunk the server refuses (400/422, or 404 for
        an external ID the project does not have) is halved until the rows it refuses are
        alone, so one bad row does not fail the others (the first 404 asks once whether the
        project exists: a 404 for the project itself is not halved). The
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
            response = await self._client._send(
                request.with_json(jsonContent=[rows[index] for index in indexes])
            )
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
                target=project_target(self._client, project_id),
            )

    async def upload_mask(
        self,
        task_id: str,
        masks: Mapping[str, Any] | NDArray[Any],
        *,
        label_set: LabelSetInput | None = None,
        replace: bool = False,
        class_map: ClassMap | None = None,
        first_id: int = 1,
        order: Sequence[str] | None = None,
        allow_empty: bool = False,
        medical: bool = False,
        next_stage: bool = False,
    ) -> AnnotateData:
        """Paint brush masks on a task in one call: encode, upload, annotate.

        ``masks`` maps brush classes (a ``brush`` tool's schemaId or title) to boolean
        arrays of the image's shape ``(height, width)``, or is one integer array of class
        ids (``class_map``'s ids, the label set's own by default, counted from ``first_id``;
        0 is the background). The masks are painted in the label set's colours into the
        PNG Ango Hub expects (:func:`ango_hub.convert.masks.encode_brush`), which is ``PUT``
        to a presigned URL (``get_upload_url``, type ``brushes``: no API key sent to
        storage, the ``PUT`` alone retried after a 5xx, a 429 or a lost connection), then
        the task is annotated with the file's address as its ``brushDataUrl``.

        With ``replace=False`` (default) the task's objects, classifications and relations
        are kept, and so are the brush classes of its current mask that ``masks`` does not
        name (the classes it names replace theirs; where they overlap another class, the
        new pixels win). ``replace=True`` leaves the task with these masks alone: no
        objects, no other brush class. ``medical=True`` writes ``medical-brush`` classes as
        an NRRD label volume (``(z, y, x)`` arrays; the ``medical`` extra) to
        ``medicalBrushDataUrl``. ``order``, ``allow_empty``: as for ``encode_brush``.

        Everything is checked before anything is uploaded, each a ``ConversionError``
        naming what and where: arrays of the wrong dimension or type (before any request),
        then, with the label set (the project's when not given) and the image's size (when
        the asset's metadata has it), classes, ids, overlaps and empty masks. The task's
        answer changes only after a successful upload: a failed ``PUT`` leaves it as it
        was. Reading, merging and annotating are not atomic: an edit made meanwhile in the
        editor may be overwritten. Needs the ``masks`` extra (numpy, Pillow).

        >>> hub.labels.upload_mask(task_id, {"Road": road, "Car": car})  # doctest: +SKIP
        >>> hub.labels.get_mask(task_id, as_array=True)  # doctest: +SKIP
        BrushMasks(shape=(1080, 1920), {'Road': 52113 px, 'Car': 8190 px})
        """
        require_id("task_id", task_id)
        for name, flag in (
            ("replace", replace),
            ("allow_empty", allow_empty),
            ("medical", medical),
            ("next_stage", next_stage),
        ):
            if not isinstance(flag, bool):
                raise TypeError(f"{name} must be True or False, got {flag!r}")
        from ango_hub.convert import ConversionError
        from ango_hub.convert.masks._brush import Palette, check_masks, require_masks_extra

        if medical:
            from ango_hub.convert.masks._medical import require_medical_extra

            require_medical_extra("labels.upload_mask(medical=True)")
        else:
            require_masks_extra("labels.upload_mask")
        tool: Literal["brush", "medical-brush"] = "medical-brush" if medical else "brush"
        checked = check_masks(masks, ndim=3 if medical else 2)
        palette = Palette.of(label_set, tool) if label_set is not None else None
        options = _LayerOptions(class_map=class_map, first_id=first_id, order=order, allow_empty=allow_empty)
        # With the label set at hand, classes, ids and overlaps are refused before any request.
        layers = checked.layers(palette, **options) if palette is not None else None
        task = await self._client.tasks.get(task_id, include_answer=not replace)
        project_id = _ref_id(task.project)
        if project_id is None:
            raise MaskNotFoundError(
                f"task {task_id} names no project: cannot upload its mask", task_id=task_id
            )
        if palette is None:
            palette = await self._palette(project_id, tool)
        if layers is None:
            layers = checked.layers(palette, **options)
        if not medical:
            size = await self._image_size(project_id, task)
            if size is not None:
                checked.check_size(*size, where=f"the image of task {task_id}")
        current = task.medical_brush_data_url if medical else task.brush_data_url
        if not replace and isinstance(current, str) and current:
            content = await self._read_stored(task_id, project_id, current, medical=medical)
            try:
                existing = _decode(content, palette, medical=medical)
            except ConversionError as exc:
                raise ConversionError(
                    f"the task's current {'medical ' if medical else ''}brush mask cannot be kept ({exc}); "
                    "pass replace=True to discard it. Nothing was uploaded"
                ) from None
            layers = layers.over(existing, palette)
        if medical:
            from ango_hub.convert.masks._medical import nrrd_bytes

            content, name, file_type = (
                nrrd_bytes(layers, palette),
                ".seg.nrrd",
                StorageFileType.MEDICALBRUSHES,
            )
        else:
            content, name, file_type = layers.to_png(palette), ".png", StorageFileType.BRUSHES
        url = await self._client.assets.get_upload_url(
            project_id, uuid.uuid4().hex + name, file_type=file_type
        )
        await put_bytes(self._client, url, content, what=f"the brush mask of task {task_id}")
        address = url.split("?", 1)[0]
        answer = _empty_answer() if replace else _kept_answer(task)
        if medical:
            return await self.annotate(task_id, answer, next_stage=next_stage, medical_brush_data_url=address)
        return await self.annotate(task_id, answer, next_stage=next_stage, brush_data_url=address)

    @overload
    async def get_mask(
        self,
        task_id: str,
        object_id: str | None = None,
        *,
        as_array: Literal[False] = False,
        label_set: LabelSetInput | None = None,
        medical: bool = False,
    ) -> bytes: ...

    @overload
    async def get_mask(
        self,
        task_id: str,
        object_id: str,
        *,
        as_array: Literal[True],
        label_set: LabelSetInput | None = None,
        medical: bool = False,
    ) -> NDArray[np.bool_]: ...

    @overload
    async def get_mask(
        self,
        task_id: str,
        object_id: None = None,
        *,
        as_array: Literal[True],
        label_set: LabelSetInput | None = None,
        medical: bool = False,
    ) -> BrushMasks: ...

    async def get_mask(
        self,
        task_id: str,
        object_id: str | None = None,
        *,
        as_array: bool = False,
        label_set: LabelSetInput | None = None,
        medical: bool = False,
    ) -> bytes | NDArray[np.bool_] | BrushMasks:
        """A mask of a task: of one object (``object_id``), or the task's brush mask.

        With ``object_id``, the mask of a segmentation or brush object of the answer (the
        ``/mask`` link of exports) as PNG bytes; ``as_array=True`` gives it as a boolean
        ``(height, width)`` array (a pixel is set where the PNG is not black, or not
        transparent).

        Without, the task's brush mask (its ``brushDataUrl``; ``medical=True``: its
        ``medicalBrushDataUrl``, an NRRD volume), read through a signed URL without the API
        key: the file's bytes, or with ``as_array=True`` a
        :class:`~ango_hub.convert.masks.BrushMasks` (schemaId -> boolean array, for each
        class with pixels; ``.by_name()``, ``.class_ids()``) decoded with ``label_set``
        (the project's when not given). A task with no brush mask is a
        ``MaskNotFoundError``. ``as_array`` needs the ``masks`` extra (``medical``: the
        ``medical`` extra).
        """
        require_id("task_id", task_id)
        if not isinstance(as_array, bool) or not isinstance(medical, bool):
            raise TypeError("as_array and medical must be True or False")
        if object_id is not None:
            require_id("object_id", object_id)
            if medical:
                raise ValueError(
                    "a medical brush mask belongs to the task: leave object_id out with medical=True"
                )
            if as_array:
                from ango_hub.convert.masks._brush import require_masks_extra

                require_masks_extra("labels.get_mask(as_array=True)")
            response = await self._client._call(ops.get_mask, annotation=object_id, task=task_id)
            png = response.payload.read()
            return _painted(png) if as_array else png
        if as_array:
            from ango_hub.convert.masks._brush import Palette, require_masks_extra

            if medical:
                from ango_hub.convert.masks._medical import require_medical_extra

                require_medical_extra("labels.get_mask(medical=True, as_array=True)")
            else:
                require_masks_extra("labels.get_mask(as_array=True)")
        task = await self._client.tasks.get(task_id)
        project_id = _ref_id(task.project)
        url = task.medical_brush_data_url if medical else task.brush_data_url
        field = "medicalBrushDataUrl" if medical else "brushDataUrl"
        if not isinstance(url, str) or not url or project_id is None:
            raise MaskNotFoundError(
                f"task {task_id} has no {field}: nothing was painted on it with a "
                f"{'medical-brush' if medical else 'brush'} tool",
                task_id=task_id,
            )
        content = await self._read_stored(task_id, project_id, url, medical=medical)
        if not as_array:
            return content
        tool: Literal["brush", "medical-brush"] = "medical-brush" if medical else "brush"
        palette = (
            Palette.of(label_set, tool) if label_set is not None else await self._palette(project_id, tool)
        )
        return _decode(content, palette, medical=medical)

    async def _palette(self, project_id: str, tool: Literal["brush", "medical-brush"]) -> Palette:
        """The brush classes of the project's label set."""
        from ango_hub.convert import ConversionError
        from ango_hub.convert.masks._brush import Palette

        project = await self._client.projects.get(project_id)
        if isinstance(project.category_schema, Unset):
            raise ConversionError(
                f"project {project_id} has no label set to read brush classes from: pass label_set="
            )
        return Palette.of(project.category_schema, tool)

    async def _image_size(self, project_id: str, task: Task) -> tuple[int, int] | None:
        """The width and height of the task's image, when its asset's metadata gives them."""
        asset_id = _ref_id(task.asset)
        if asset_id is None:
            return None
        page = await self._client.assets.list_page(project_id, limit=1, filters={"_id": asset_id})
        for asset in page.assets:
            if asset.id != asset_id or asset.metadata is None or isinstance(asset.metadata, Unset):
                continue
            metadata = asset.metadata.to_dict()
            width, height = metadata.get("width"), metadata.get("height")
            if _positive(width) and _positive(height):
                return math.ceil(width), math.ceil(height)
        return None

    async def _read_stored(self, task_id: str, project_id: str, url: str, *, medical: bool) -> bytes:
        """The bytes of a task's brush file: through a signed URL when the API gives one (as
        the official SDK reads it), else at its address; never with the API key."""
        field = "medicalBrushDataUrl" if medical else "brushDataUrl"
        if not url.startswith(("https://", "http://")):
            raise MaskNotFoundError(
                f"the {field} of task {task_id} is not an http(s) link: {url[:200]!r}", task_id=task_id
            )
        target = url
        if "?" not in url:
            file_type = StorageFileType.MEDICALBRUSHES if medical else StorageFileType.BRUSHES
            try:
                target = await self._client.assets.get_signed_url(project_id, url, file_type=file_type)
            except NotFoundError:
                target = url  # a link the API does not sign (a public bucket): read it as it is
        response = await self._client.transfer("GET", target, idempotent=True)
        if response.status_code >= 300:
            raise transfer_error(
                response, f"reading the {field} of task {task_id} failed", "the storage", "downloads"
            )
        return response.content


class _LayerOptions(TypedDict):
    class_map: ClassMap | None
    first_id: int
    order: Sequence[str] | None
    allow_empty: bool


def _ref_id(value: object) -> str | None:
    """The ID of a reference field (``"id"`` or ``{"_id": ...}``), or None."""
    if isinstance(value, str):
        return value or None
    found = getattr(value, "id", None)
    return found if isinstance(found, str) and found else None


def _positive(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _empty_answer() -> dict[str, Any]:
    return {"objects": [], "classifications": [], "relations": []}


def _kept_answer(task: Task) -> dict[str, Any]:
    """The task's answer, to send back unchanged (as the official SDK merges: the objects,
    classifications and relations)."""
    if isinstance(task.answer, Unset):
        return _empty_answer()
    data = task.answer.to_dict()
    objects = data.get("tools")
    if not isinstance(objects, list):
        objects = data.get("objects")
    return {
        "objects": objects if isinstance(objects, list) else [],
        "classifications": data.get("classifications") or [],
        "relations": data.get("relations") or [],
    }


def _decode(content: bytes, palette: Palette, *, medical: bool) -> BrushMasks:
    if medical:
        from ango_hub.convert.masks._medical import decode_medical_brush

        return decode_medical_brush(content, palette)
    from ango_hub.convert.masks._brush import decode_brush

    return decode_brush(content, palette)


def _painted(png: bytes) -> NDArray[np.bool_]:
    """The set pixels of a mask PNG: not transparent (an image with alpha), else not black."""
    from io import BytesIO

    import numpy as np
    from PIL import Image

    from ango_hub.convert import ConversionError

    try:
        with Image.open(BytesIO(png)) as image:
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                return np.asarray(image.convert("RGBA"))[..., 3] > 0
            return np.asarray(image.convert("L")) > 0
    except (OSError, ValueError) as exc:
        raise ConversionError(f"the mask is not a readable image ({len(png)} bytes): {exc}") from None
