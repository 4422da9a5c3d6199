"""Typed rows of an export: one :class:`TaskRow` per task (with its objects), one
:class:`ObjectRow` per object, geometry normalised, classification answers by title.

Every writer of :mod:`ango_hub.convert` reads these rows, and so can your own code::

    from ango_hub.convert import iter_objects

    for row in iter_objects("export.zip", label_set=label_set):
        print(row.external_id, row.class_id, row.class_name, row.bbox)

Records are read one at a time (see :mod:`._source`), so an export of any size takes the
memory of one record.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from ._classes import ClassMap
from ._errors import ConversionError
from ._geometry import GEOMETRY_TOOLS, BrokenGeometryError, Point, Ring, Zone, geometry_fields
from ._imagesize import image_size
from ._report import ConversionReport, SkipReason
from ._source import Source, open_records

__all__ = [
    "ObjectRow",
    "ObjectValues",
    "TaskRow",
    "TaskValues",
    "image_candidates",
    "iter_objects",
    "iter_tasks",
    "load_label_set",
    "resolve_class_map",
]


@dataclass(frozen=True, slots=True)
class ObjectRow:
    """One object of one task, with its class and normalised geometry.

    ``tool`` is the geometry's kind (``"bounding-box"``, ``"rotated-bounding-box"``,
    ``"polygon"``, ``"segmentation"``, ``"polyline"``, ``"point"``, ``"ner"``, ``"pdf"``);
    ``class_id`` counts from the ``first_id`` given to :func:`iter_objects`. See
    :class:`~ango_hub.convert._geometry.Geometry` for the geometry fields. ``attributes``
    are the object's classification answers, ``{title: answer}`` (nested ones as
    ``"Parent > Child"``), options by their value. ``image_width``/``image_height`` are None
    when the export does not know the image's size.
    """

    task_id: str | None
    external_id: str | None
    stage: str | None
    object_id: str | None
    schema_id: str
    class_id: int
    class_name: str
    tool: str
    bbox: tuple[float, float, float, float] | None
    corners: Ring | None
    rotation: float | None
    points: Ring | None
    zones: tuple[Zone, ...] | None
    span: tuple[float, float] | None
    page: int | None
    page_number: int | None
    attributes: dict[str, Any]
    image_width: int | None
    image_height: int | None


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One task of an export (in the current shape, one record) and its objects.

    ``asset`` is the asset's URL; ``image_width``/``image_height`` its size when known (from
    the export's ``metadata``, or read from the image in ``image_dir``); ``attributes`` the
    task's classification answers (as :class:`ObjectRow`'s). ``objects`` are the rows that
    could be read; what could not is in the report.
    """

    task_id: str | None
    external_id: str | None
    asset: str | None
    asset_id: str | None
    stage: str | None
    stage_id: str | None
    batches: tuple[str, ...]
    image_width: int | None
    image_height: int | None
    attributes: dict[str, Any]
    updated_at: str | None
    updated_by: str | None
    total_duration: float | None
    brush_data_url: str | None
    objects: tuple[ObjectRow, ...] = field(default=())

    @property
    def size_known(self) -> bool:
        """True when the image's width and height are known."""
        return self.image_width is not None and self.image_height is not None


class ObjectValues:
    """An :class:`ObjectRow`'s values, as the writers of this package read them.

    The same fields under the same names, in a plain slotted class: a conversion makes one
    per object, and a frozen dataclass takes ten times as long to build (each field is set
    through ``object.__setattr__``). :meth:`row` gives the :class:`ObjectRow`.
    """

    __slots__ = (
        "attributes",
        "bbox",
        "class_id",
        "class_name",
        "corners",
        "external_id",
        "image_height",
        "image_width",
        "object_id",
        "page",
        "page_number",
        "points",
        "rotation",
        "schema_id",
        "span",
        "stage",
        "task_id",
        "tool",
        "zones",
    )

    def __init__(
        self,
        task_id: str | None,
        external_id: str | None,
        stage: str | None,
        object_id: str | None,
        schema_id: str,
        class_id: int,
        class_name: str,
        tool: str,
        bbox: tuple[float, float, float, float] | None,
        corners: Ring | None,
        rotation: float | None,
        points: Ring | None,
        zones: tuple[Zone, ...] | None,
        span: tuple[float, float] | None,
        page: int | None,
        page_number: int | None,
        attributes: dict[str, Any],
        image_width: int | None,
        image_height: int | None,
    ) -> None:
        self.task_id = task_id
        self.external_id = external_id
        self.stage = stage
        self.object_id = object_id
        self.schema_id = schema_id
        self.class_id = class_id
        self.class_name = class_name
        self.tool = tool
        self.bbox = bbox
        self.corners = corners
        self.rotation = rotation
        self.points = points
        self.zones = zones
        self.span = span
        self.page = page
        self.page_number = page_number
        self.attributes = attributes
        self.image_width = image_width
        self.image_height = image_height

    def row(self) -> ObjectRow:
        """The :class:`ObjectRow` of these values."""
        return ObjectRow(
            self.task_id,
            self.external_id,
            self.stage,
            self.object_id,
            self.schema_id,
            self.class_id,
            self.class_name,
            self.tool,
            self.bbox,
            self.corners,
            self.rotation,
            self.points,
            self.zones,
            self.span,
            self.page,
            self.page_number,
            self.attributes,
            self.image_width,
            self.image_height,
        )


class TaskValues:
    """A :class:`TaskRow`'s values (its objects as :class:`ObjectValues`), as the writers
    read them; :meth:`row` gives the :class:`TaskRow`."""

    __slots__ = (
        "asset",
        "asset_id",
        "attributes",
        "batches",
        "brush_data_url",
        "external_id",
        "image_height",
        "image_width",
        "objects",
        "stage",
        "stage_id",
        "task_id",
        "total_duration",
        "updated_at",
        "updated_by",
    )

    def __init__(
        self,
        task_id: str | None,
        external_id: str | None,
        asset: str | None,
        asset_id: str | None,
        stage: str | None,
        stage_id: str | None,
        batches: tuple[str, ...],
        image_width: int | None,
        image_height: int | None,
        attributes: dict[str, Any],
        updated_at: str | None,
        updated_by: str | None,
        total_duration: float | None,
        brush_data_url: str | None,
        objects: list[ObjectValues],
    ) -> None:
        self.task_id = task_id
        self.external_id = external_id
        self.asset = asset
        self.asset_id = asset_id
        self.stage = stage
        self.stage_id = stage_id
        self.batches = batches
        self.image_width = image_width
        self.image_height = image_height
        self.attributes = attributes
        self.updated_at = updated_at
        self.updated_by = updated_by
        self.total_duration = total_duration
        self.brush_data_url = brush_data_url
        self.objects = objects

    @property
    def size_known(self) -> bool:
        """True when the image's width and height are known."""
        return self.image_width is not None and self.image_height is not None

    def row(self) -> TaskRow:
        """The :class:`TaskRow` of these values (its objects as :class:`ObjectRow`)."""
        return TaskRow(
            self.task_id,
            self.external_id,
            self.asset,
            self.asset_id,
            self.stage,
            self.stage_id,
            self.batches,
            self.image_width,
            self.image_height,
            self.attributes,
            self.updated_at,
            self.updated_by,
            self.total_duration,
            self.brush_data_url,
            tuple([item.row() for item in self.objects]),
        )


def load_label_set(label_set: object | None) -> object | None:
    """``label_set`` as the other functions take it: a path is read (JSON, or YAML with the
    ``yaml`` extra; the ``categorySchema`` of a project's JSON is taken from it)."""
    if not isinstance(label_set, str | os.PathLike):
        return label_set
    from ango_hub.label_set._io import read_document

    try:
        data = read_document(label_set)
    except (OSError, ValueError) as exc:
        raise ConversionError(f"cannot read the label set {os.fspath(label_set)!r}: {exc}") from None
    if isinstance(data, Mapping) and isinstance(data.get("categorySchema"), Mapping):
        data = data["categorySchema"]
    if not isinstance(data, Mapping) or not any(
        key in data for key in ("tools", "classifications", "relations")
    ):
        raise ConversionError(
            f"{os.fspath(label_set)!r} is not a label set: expected the JSON of a categorySchema "
            '({"tools": [...], "classifications": [...], "relations": [...]})'
        )
    return dict(data)


def resolve_class_map(
    label_set: object | None, class_map: ClassMap | str | os.PathLike[str] | None
) -> ClassMap:
    """The class map of a conversion: ``class_map`` (a map or a ``classes.json``) extended
    with the tools of ``label_set``, or the label set's own map. One of the two is needed:
    the data never decides class ids."""
    previous: ClassMap | None
    if class_map is None:
        previous = None
    elif isinstance(class_map, ClassMap):
        previous = class_map
    elif isinstance(class_map, str | os.PathLike):
        previous = ClassMap.load(class_map)
    else:
        raise ConversionError(
            f"class_map must be a ClassMap or the path of a classes.json, got {type(class_map).__name__}"
        )
    if label_set is None:
        if previous is None:
            raise ConversionError(
                "a label set (label_set=, --label-set) or a class map (class_map=, --class-map) is needed: "
                "class ids come from the label set's order, never from the data"
            )
        return previous
    try:
        return ClassMap.from_label_set(label_set, previous=previous)
    except TypeError as exc:
        raise ConversionError(str(exc)) from None


class _Answers:
    """Classification answers as ``{title: value}``, option ids turned into their values."""

    def __init__(self, label_set: object | None) -> None:
        self.option_values: dict[str, Any] = {}
        self.titles: dict[str, str] = {}
        if label_set is None:
            return
        from ango_hub.annotations import SchemaIndex

        try:
            index = SchemaIndex(label_set)  # type: ignore[arg-type]
        except TypeError as exc:
            raise ConversionError(str(exc)) from None
        for _path, classification in index.classification_paths():
            schema_id, title = classification.get("schemaId"), classification.get("title")
            if isinstance(schema_id, str) and isinstance(title, str):
                self.titles[schema_id] = title
            for option in classification.get("options") or ():
                if isinstance(option, Mapping) and isinstance(option.get("schemaId"), str):
                    self.option_values[option["schemaId"]] = option.get("value", option["schemaId"])

    def read(self, answers: Any, prefix: str = "", into: dict[str, Any] | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {} if into is None else into
        if type(answers) is not list and (not isinstance(answers, Sequence) or isinstance(answers, str)):
            return found
        for answer in answers:
            if type(answer) is not dict and not isinstance(answer, Mapping):
                continue
            title = answer.get("title")
            if not isinstance(title, str) or not title:
                schema_id = answer.get("schemaId")
                title = self.titles.get(schema_id, schema_id) if isinstance(schema_id, str) else "?"
            key = f"{prefix} > {title}" if prefix else str(title)
            if "answer" in answer:
                value = answer["answer"]
                found[key] = (
                    self.option_values.get(value, value) if type(value) is str else self._value(value)
                )
            nested = answer.get("classifications")
            if nested:
                self.read(nested, key, found)
        return found

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.option_values.get(value, value)
        if isinstance(value, list):
            return [self.option_values.get(item, item) if isinstance(item, str) else item for item in value]
        return value


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _size_value(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = int(value)
    return number if number > 0 and number == value else None


class _Sizes:
    """Image sizes from the record's ``metadata``, else from the image's header in ``image_dir``."""

    def __init__(self, image_dir: str | os.PathLike[str] | None) -> None:
        self.image_dir = Path(image_dir) if image_dir is not None else None
        if self.image_dir is not None and not self.image_dir.is_dir():
            raise ConversionError(f"image_dir {os.fspath(self.image_dir)!r} is not a directory")

    def of(self, record: Mapping[str, Any], external_id: str | None) -> tuple[int | None, int | None]:
        metadata = record.get("metadata")
        if type(metadata) is dict:
            width, height = metadata.get("width"), metadata.get("height")
            if type(width) is int and type(height) is int and width > 0 and height > 0:
                return width, height  # what _size_value gives for them
        if isinstance(metadata, Mapping):
            width, height = _size_value(metadata.get("width")), _size_value(metadata.get("height"))
            if width is not None and height is not None:
                return width, height
        if self.image_dir is None:
            return None, None
        for candidate in self._candidates(record, external_id):
            size = image_size(candidate)
            if size is not None:
                return size
        return None, None

    def _candidates(self, record: Mapping[str, Any], external_id: str | None) -> Iterator[Path]:
        assert self.image_dir is not None
        asset = record.get("asset")
        return image_candidates(self.image_dir, external_id, asset if isinstance(asset, str) else None)


def image_candidates(image_dir: Path, external_id: str | None, asset: str | None) -> Iterator[Path]:
    """Where an image may be in ``image_dir``: its externalId as a relative path, the
    externalId's file name, the file name of the asset's URL; names that would leave the
    folder (absolute, ``..``) are never tried."""
    names: list[str] = []
    if external_id:
        names.append(external_id)
        names.append(PurePosixPath(external_id.replace("\\", "/")).name)
    if asset:
        names.append(PurePosixPath(unquote(urlsplit(asset).path)).name)
    seen: set[str] = set()
    for name in names:
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if (
            not name
            or name in seen
            or not parts
            or any(part in ("..", "") for part in parts)
            or name.startswith("/")
        ):
            continue
        seen.add(name)
        yield image_dir.joinpath(*parts)


def iter_tasks(
    source: Source,
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    first_id: int = 0,
    image_dir: str | os.PathLike[str] | None = None,
    report: ConversionReport | None = None,
) -> Iterator[TaskRow]:
    """Every task of ``source`` (an export file, or records such as
    ``hub.exports.iter_records(...)``) as a :class:`TaskRow` with its objects, in order.

    Class ids come from ``class_map`` (a :class:`ClassMap` or a saved ``classes.json``)
    extended with ``label_set``'s tools, counted from ``first_id``. Objects that cannot be
    read (a schemaId the map does not know, a broken geometry, no geometry at all) are left
    out and recorded in ``report``, if given. Raises :class:`ConversionError` for input
    that cannot be read at all.
    """
    label_set = load_label_set(label_set)
    classes = resolve_class_map(label_set, class_map)
    reader = _RowReader(classes, label_set, first_id=first_id, image_dir=image_dir, report=report)
    for record in open_records(source):
        yield from reader.rows(record)


def iter_objects(
    source: Source,
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    first_id: int = 0,
    image_dir: str | os.PathLike[str] | None = None,
    report: ConversionReport | None = None,
) -> Iterator[ObjectRow]:
    """Every object of ``source`` as an :class:`ObjectRow`, in order (see :func:`iter_tasks`)."""
    for task in iter_tasks(
        source,
        label_set=label_set,
        class_map=class_map,
        first_id=first_id,
        image_dir=image_dir,
        report=report,
    ):
        yield from task.objects


class _RowReader:
    """Turns records into rows with one class map, one answer index and one size lookup."""

    def __init__(
        self,
        classes: ClassMap,
        label_set: object | None,
        *,
        first_id: int,
        image_dir: str | os.PathLike[str] | None,
        report: ConversionReport | None,
    ) -> None:
        if isinstance(first_id, bool) or not isinstance(first_id, int) or first_id < 0:
            raise ConversionError(f"first_id must be an integer, 0 or more, got {first_id!r}")
        self.classes = classes
        self.first_id = first_id
        self.answers = _Answers(label_set)
        self.sizes = _Sizes(image_dir)
        self.report = report if report is not None else ConversionReport(format="rows")

        # schemaId -> (schemaId, class id, class name, tool type): one lookup per object.
        self._classes: dict[str, tuple[str, int, str, str]] = {
            entry.schema_id: (entry.schema_id, entry.index + first_id, entry.name, entry.tool)
            for entry in classes
        }

    def rows(self, record: Mapping[str, Any]) -> Iterator[TaskRow]:
        """The tasks of ``record`` as :class:`TaskRow`, in order."""
        for values in self.values(record):
            yield values.row()

    def values(self, record: Mapping[str, Any]) -> Iterable[TaskValues]:
        """The tasks of ``record`` as :class:`TaskValues`, in order (what the writers read).

        A record of the current shape (one ``task``) is read at once; the tasks of an older
        record (``tasks``) one at a time, so that a writer's skips of one task come before
        the next task's, as they always have.
        """
        tasks = record.get("tasks")
        if isinstance(tasks, list):
            return self._each(record, [task for task in tasks if isinstance(task, Mapping)])
        task = record.get("task")
        if type(task) is dict or isinstance(task, Mapping):
            return (self._task(record, task, *self._context(record)),)
        return ()

    def _each(self, record: Mapping[str, Any], tasks: list[Mapping[str, Any]]) -> Iterator[TaskValues]:
        context = self._context(record)
        for task in tasks:
            yield self._task(record, task, *context)

    def _context(self, record: Mapping[str, Any]) -> tuple[str | None, int | None, int | None]:
        """The record's externalId and image size."""
        external_id = record.get("externalId")
        if not isinstance(external_id, str):
            external_id = None
        width, height = self.sizes.of(record, external_id)
        return external_id, width, height

    def _task(
        self,
        record: Mapping[str, Any],
        task: Mapping[str, Any],
        external_id: str | None,
        width: int | None,
        height: int | None,
    ) -> TaskValues:
        get = task.get
        task_id = get("taskId")
        if not isinstance(task_id, str) or not task_id:
            task_id = _text(get("_id"))
        stage = get("stage")
        if not isinstance(stage, str):
            stage = None
        if "tools" in task or "objects" in task or "classifications" in task or "relations" in task:
            answer = task
        else:
            nested = get("answer")
            answer = nested if isinstance(nested, Mapping) else task
        objects_value = answer.get("tools") if "tools" in answer else answer.get("objects")
        objects: list[ObjectValues] = []
        if isinstance(objects_value, list):
            read_object = self._object
            append = objects.append
            for item in objects_value:
                row = read_object(item, task_id, external_id, stage, width, height)
                if row is not None:
                    append(row)
        batches = record.get("batches")
        duration = get("totalDuration")
        if type(duration) is not float:
            duration = (
                float(duration)
                if isinstance(duration, int | float) and not isinstance(duration, bool)
                else None
            )
        classifications = answer.get("classifications")
        asset, asset_id = record.get("asset"), record.get("assetId")
        stage_id, updated_at, updated_by = get("stageId"), get("updatedAt"), get("updatedBy")
        brush = get("brushDataUrl")
        return TaskValues(
            task_id,
            external_id,
            asset if isinstance(asset, str) else None,
            asset_id if isinstance(asset_id, str) else None,
            stage,
            stage_id if isinstance(stage_id, str) else None,
            tuple(map(str, batches)) if isinstance(batches, list) else (),
            width,
            height,
            self.answers.read(classifications) if classifications else {},
            updated_at if isinstance(updated_at, str) else None,
            updated_by if isinstance(updated_by, str) else None,
            duration,
            brush if isinstance(brush, str) else None,
            objects,
        )

    def _object(
        self,
        item: Any,
        task_id: str | None,
        external_id: str | None,
        stage: str | None,
        width: int | None,
        height: int | None,
    ) -> ObjectValues | None:
        if type(item) is not dict and not isinstance(item, Mapping):
            self.report.skip(
                SkipReason.BROKEN_GEOMETRY,
                external_id,
                task_id=task_id,
                detail="an object is not a JSON object",
            )
            return None
        get = item.get
        object_id = get("objectId")
        if not isinstance(object_id, str):
            object_id = None
        tool = None
        for key in GEOMETRY_TOOLS:
            if key in item:
                tool = key
                break
        schema_id = get("schemaId")
        if not isinstance(schema_id, str):
            schema_id = None
        entry = self._classes.get(schema_id) if schema_id is not None else None
        if entry is None:
            self.report.skip(
                SkipReason.UNKNOWN_SCHEMA_ID,
                external_id,
                task_id=task_id,
                object_id=object_id,
                tool=tool,
                detail=f"schemaId {schema_id!r} is not a tool of the label set",
            )
            return None
        if tool is None:
            self.report.skip(
                SkipReason.NO_GEOMETRY,
                external_id,
                task_id=task_id,
                object_id=object_id,
                tool=entry[3] or None,
                detail="the object has no geometry the converters read",
            )
            return None
        try:
            bbox, corners, rotation, points, zones, span, page_number = geometry_fields(tool, item[tool])
        except BrokenGeometryError as exc:
            self.report.skip(
                SkipReason.BROKEN_GEOMETRY,
                external_id,
                task_id=task_id,
                object_id=object_id,
                tool=tool,
                detail=str(exc),
            )
            return None
        page = get("page")
        if page is not None and (type(page) is not int):
            page = page if isinstance(page, int) and not isinstance(page, bool) else None
        classifications = get("classifications")
        return ObjectValues(
            task_id,
            external_id,
            stage,
            object_id,
            entry[0],
            entry[1],
            entry[2],
            tool,
            bbox,
            corners,
            rotation,
            points,
            zones,
            span,
            page,
            page_number,
            self.answers.read(classifications) if classifications else {},
            width,
            height,
        )


# Re-exported for the writers' type hints.
__all__ += ["Point"]
