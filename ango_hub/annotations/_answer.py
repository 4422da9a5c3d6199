"""Objects drawn with tools (``AnnotationObject``), whole task answers (``Answer``) and the
rows of a label import (``LabelImport``)."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Unpack, cast

from ango_hub._validation import check_int
from ango_hub_api.models.annotation_object import AnnotationObject
from ango_hub_api.models.answer import Answer
from ango_hub_api.models.label_import import LabelImport

from .._accepts import accepts
from ._checker import check_json
from ._classifications import Classification, classification_tuple
from ._common import (
    IMMUTABLE,
    Json,
    Number,
    build,
    check_bool,
    check_list,
    check_mapping,
    check_text,
    copy_json,
    copy_mutable,
    deterministic_id,
    split_extra,
)
from ._geometry import (
    GEOMETRY_KEYS,
    PdfAreaOptions,
    PdfRect,
    PdfRegionOptions,
    Zone,
    bounding_box_geometry,
    check_geometry,
    fine_copy,
    ner_geometry,
    pdf_area_geometry,
    pdf_area_options,
    pdf_region_geometry,
    pdf_region_options,
    point_geometry,
    points_geometry,
    rotated_box_geometry,
    segmentation_geometry,
)
from ._relations import Relation
from ._schema import LabelSetLike, SchemaIndex

__all__ = ["LabelImportRow", "TaskAnswer", "ToolObject"]


class PdfOptions(TypedDict, total=False):
    """The object's keyword options of :meth:`ToolObject.pdf_area` and
    :meth:`ToolObject.pdf_region`, which every constructor takes (all default to None): the
    tool by ``schema_id`` or by ``title`` with ``label_set``,
    the ``object_id`` (made up when None), nested ``classifications`` and ``lock``."""

    schema_id: str | None
    title: str | None
    object_id: str | None
    classifications: Sequence[Classification] | None
    lock: bool | None
    label_set: LabelSetLike | None


class PdfAreaArguments(PdfOptions, PdfAreaOptions, total=False):
    """The keyword options of :meth:`ToolObject.pdf_area`: the area's
    (:class:`PdfAreaOptions`, shared with ``pdf_area_geometry``) and the object's
    (:class:`PdfOptions`)."""


class PdfRegionArguments(PdfOptions, PdfRegionOptions, total=False):
    """The keyword options of :meth:`ToolObject.pdf_region`: the region's
    (:class:`PdfRegionOptions`, shared with ``pdf_region_geometry``) and the object's
    (:class:`PdfOptions`)."""


class NerOptions(PdfOptions, total=False):
    """The keyword options of :meth:`ToolObject.ner`: those of :class:`PdfOptions` and the
    ``page``."""

    page: int | None


class ObjectOptions(NerOptions, total=False):
    """The keyword options of the other :class:`ToolObject` constructors: those of
    :class:`NerOptions` and ``interpolation_stopped``."""

    interpolation_stopped: bool | None


_GEOMETRY_SET = frozenset(GEOMETRY_KEYS)
_OBJECT_KNOWN = frozenset(
    {
        "objectId",
        "schemaId",
        "title",
        "classifications",
        "lock",
        "page",
        "interpolationStopped",
        *GEOMETRY_KEYS,
    }
)


@dataclass(frozen=True, kw_only=True)
class ToolObject:
    """One object drawn with a tool: its geometry under the tool's key (``tool``), its
    schemaId and objectId, and its nested classification answers.

    Build it with the constructor named after the tool (:meth:`bounding_box`,
    :meth:`rotated_box`, :meth:`polygon`, :meth:`polyline`, :meth:`point`,
    :meth:`segmentation`, :meth:`ner`, :meth:`pdf_area`, :meth:`pdf_region`); they check the
    geometry and raise ``ValueError`` for a bad one. Without ``object_id`` they make one up
    from the schemaId (or title), tool, geometry and page: the same object always gets the
    same ID, so give IDs explicitly to tell identical objects apart (or to follow one object
    across video frames).

    With ``label_set`` (a ``LabelSet``, a ``CategorySchema``, its dict, or a :class:`SchemaIndex`), the tool
    may be named by ``title`` instead of ``schema_id``; either way the tool must exist and be
    of the right type.
    """

    tool: str | None
    geometry: Any = None
    schema_id: str | None = None
    object_id: str | None = None
    title: str | None = None
    classifications: tuple[Classification, ...] | None = None
    page: int | None = None
    lock: bool | None = None
    interpolation_stopped: bool | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.tool is not None:
            check_geometry(self.tool, self.geometry)
        if self.page is not None:
            check_int("page", self.page, minimum=0)
        if self.lock is not None:
            check_bool("lock", self.lock)
        if self.interpolation_stopped is not None:
            check_bool("interpolationStopped", self.interpolation_stopped)
        if self.schema_id is not None:
            check_text("schemaId", self.schema_id)
        if self.object_id is not None:
            check_text("objectId", self.object_id)

    # --- constructors ---------------------------------------------------------------------

    @classmethod
    def _make(cls, tool: str, geometry: Any, options: PdfOptions) -> ToolObject:
        # NerOptions and ObjectOptions extend PdfOptions with the same types: a key that a
        # constructor does not take is absent (None).
        given = cast("ObjectOptions", options)
        title = given.get("title")
        page = given.get("page")
        schema_id = _resolve_tool(tool, given.get("schema_id"), title, given.get("label_set"))
        object_id = given.get("object_id")
        if object_id is None:
            object_id = deterministic_id(schema_id or title, tool, geometry, page)
        classifications = given.get("classifications")
        return cls(
            tool=tool,
            geometry=geometry,
            schema_id=schema_id,
            object_id=object_id,
            title=title,
            classifications=None if classifications is None else tuple(classifications),
            page=page,
            lock=given.get("lock"),
            interpolation_stopped=given.get("interpolation_stopped"),
        )

    @classmethod
    @accepts(ObjectOptions)
    def bounding_box(
        cls, x: Number, y: Number, width: Number, height: Number, **options: Unpack[ObjectOptions]
    ) -> ToolObject:
        """A bounding box from its top-left corner (``x``, ``y``) in pixels. The spec allows
        a negative width or height (drawn right to left); zero is refused."""
        return cls._make("bounding-box", bounding_box_geometry(x, y, width, height), options)

    @classmethod
    @accepts(ObjectOptions)
    def rotated_box(
        cls,
        x: Number,
        y: Number,
        width: Number,
        height: Number,
        rotation: Number | None = None,
        **options: Unpack[ObjectOptions],
    ) -> ToolObject:
        """A rotated bounding box: positive ``width`` and ``height``, ``rotation`` in
        degrees from -180 to 180."""
        return cls._make("rotated-bounding-box", rotated_box_geometry(x, y, width, height, rotation), options)

    @classmethod
    @accepts(ObjectOptions)
    def polygon(cls, points: Sequence[Sequence[Number]], **options: Unpack[ObjectOptions]) -> ToolObject:
        """A polygon: at least 3 ``[x, y]`` vertices in drawing order."""
        return cls._make("polygon", points_geometry("polygon", points, minimum=3), options)

    @classmethod
    @accepts(ObjectOptions)
    def polyline(cls, points: Sequence[Sequence[Number]], **options: Unpack[ObjectOptions]) -> ToolObject:
        """A polyline: at least 2 ``[x, y]`` vertices in drawing order."""
        return cls._make("polyline", points_geometry("polyline", points, minimum=2), options)

    @classmethod
    @accepts(ObjectOptions)
    def point(cls, x: Number, y: Number, **options: Unpack[ObjectOptions]) -> ToolObject:
        """A point ``[x, y]`` in pixels."""
        return cls._make("point", point_geometry(x, y), options)

    @classmethod
    @accepts(ObjectOptions)
    def segmentation(
        cls, zones: Sequence[Zone | Mapping[str, Any]], **options: Unpack[ObjectOptions]
    ) -> ToolObject:
        """A segmentation: one or more :class:`Zone` (an outer region and its holes, each a
        polygon of at least 3 points)."""
        return cls._make("segmentation", segmentation_geometry(zones), options)

    @classmethod
    @accepts(NerOptions)
    def ner(cls, start: Number, end: Number, **options: Unpack[NerOptions]) -> ToolObject:
        """A span from ``start`` (inclusive) to ``end`` (exclusive): character offsets of a
        text, or seconds (decimals) of an audio file. ``0 <= start < end``."""
        return cls._make("ner", ner_geometry(start, end), options)

    @classmethod
    @accepts(PdfAreaArguments)
    def pdf_area(
        cls,
        x1: Number,
        y1: Number,
        x2: Number,
        y2: Number,
        page_number: int,
        **options: Unpack[PdfAreaArguments],
    ) -> ToolObject:
        """A PDF region in the import format's flat form: the rectangle (``x1 <= x2``,
        ``y1 <= y2``) of page ``page_number`` (from 1), the page's rendered size
        (``page_width``, ``page_height``), and optionally the region's ``text`` (for example
        OCR output): :class:`PdfAreaOptions`, beside the object's :class:`PdfOptions`."""
        geometry = pdf_area_geometry(x1, y1, x2, y2, page_number, **pdf_area_options(options))
        return cls._make("pdf", geometry, options)

    @classmethod
    @accepts(PdfRegionArguments)
    def pdf_region(
        cls,
        bounding_rect: PdfRect | Mapping[str, Any],
        page_number: int,
        **options: Unpack[PdfRegionArguments],
    ) -> ToolObject:
        """A PDF region as task answers hold it: ``position`` (bounding rectangle, the
        rectangles of each selected line as ``rects``, page from 1) and ``content`` (``text``
        or ``image``): :class:`PdfRegionOptions`, beside the object's :class:`PdfOptions`."""
        geometry = pdf_region_geometry(bounding_rect, page_number, **pdf_region_options(options))
        return cls._make("pdf", geometry, options)

    # --- JSON -----------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ToolObject:
        """Read an ``AnnotationObject`` from its JSON form, keeping unknown fields.

        An object with two geometries is refused; one with none the spec knows (a brush
        or point-cloud object, say) is kept with ``tool=None``.
        """
        if cls is ToolObject and type(data) is dict:
            read = _read_usual(data)
            if read is not None:
                return read
        fields, extra = split_extra(check_mapping("object", data), _OBJECT_KNOWN)
        found = _GEOMETRY_SET.intersection(fields)
        if len(found) > 1:
            geometries = [key for key in GEOMETRY_KEYS if key in found]
            raise ValueError(
                f"an object has one geometry, this one has {len(geometries)}: {', '.join(geometries)}"
            )
        tool = next(iter(found)) if found else None
        nested = fields.get("classifications")
        values = {
            "tool": tool,
            "geometry": copy_json(fields[tool]) if tool else None,
            "schema_id": fields.get("schemaId"),
            "object_id": fields.get("objectId"),
            "title": fields.get("title"),
            "classifications": None
            if nested is None
            else tuple(map(Classification.from_dict, check_list("classifications", nested))),
            "page": fields.get("page"),
            "lock": fields.get("lock"),
            "interpolation_stopped": fields.get("interpolationStopped"),
            "extra": extra,
        }
        return build(ToolObject, cls, values)

    def to_dict(self) -> Json:
        """The JSON form (``AnnotationObject``)."""
        result: Json = {}
        for key, value in (("schemaId", self.schema_id), ("objectId", self.object_id), ("title", self.title)):
            if value is not None:
                result[key] = value
        if self.tool is not None:
            result[self.tool] = copy.deepcopy(self.geometry)
        for key, flag in (
            ("page", self.page),
            ("lock", self.lock),
            ("interpolationStopped", self.interpolation_stopped),
        ):
            if flag is not None:
                result[key] = flag
        if self.classifications is not None:
            result["classifications"] = [item.to_dict() for item in self.classifications]
        result.update(copy.deepcopy(dict(self.extra)))
        return result

    def to_model(self) -> AnnotationObject:
        """The generated ``AnnotationObject`` model."""
        return AnnotationObject.from_dict(self.to_dict())


def _read_usual(data: dict[str, Any]) -> ToolObject | None:
    """``ToolObject.from_dict(data)`` for an object whose fields all pass the checks of
    ``__post_init__`` at once (its geometry one of the usual shapes, no page), in one pass over
    ``data``; None for any other (``from_dict`` then takes its full path: the same object, or
    the same error)."""
    extra: Json = {}
    tool: str | None = None
    geometry: Any = None
    schema_id: Any = None
    object_id: Any = None
    title: Any = None
    nested: Any = None
    lock: Any = None
    interpolation_stopped: Any = None
    for key, value in data.items():
        if value is None or key not in _OBJECT_KNOWN:
            extra[key] = value if type(value) in IMMUTABLE else copy_mutable(value)
        elif key == "objectId":
            object_id = value
        elif key == "schemaId":
            schema_id = value
        elif key == "title":
            title = value
        elif key == "classifications":
            nested = value
        elif key in _GEOMETRY_SET:
            if tool is not None:
                return None  # two geometries: refused by the full path
            tool, geometry = key, value
        elif key == "lock":
            lock = value
        elif key == "interpolationStopped":
            interpolation_stopped = value
        else:  # "page": checked by the full path
            return None
    classifications = None
    if nested is not None:
        if type(nested) is not list:
            return None
        classifications = classification_tuple(nested) if nested else ()
    if tool is not None:
        geometry = fine_copy(tool, geometry)  # the copy of a geometry that passes the checks
        if geometry is None:
            return None
    if (
        (schema_id is not None and (type(schema_id) is not str or not schema_id))
        or (object_id is not None and (type(object_id) is not str or not object_id))
        or (lock is not None and type(lock) is not bool)
        or (interpolation_stopped is not None and type(interpolation_stopped) is not bool)
    ):
        return None
    instance = _new(ToolObject)
    fields = instance.__dict__  # filled in the fields' order, as __init__ does
    fields["tool"] = tool
    fields["geometry"] = geometry
    fields["schema_id"] = schema_id
    fields["object_id"] = object_id
    fields["title"] = title
    fields["classifications"] = classifications
    fields["page"] = None
    fields["lock"] = lock
    fields["interpolation_stopped"] = interpolation_stopped
    fields["extra"] = extra
    return instance


_new = object.__new__


def _resolve_tool(
    tool: str, schema_id: str | None, title: str | None, label_set: LabelSetLike | None
) -> str | None:
    if label_set is None:
        if schema_id is None and title is None:
            raise ValueError(f"a {tool} object needs a schema_id (or a title and a label_set)")
        return schema_id
    index = SchemaIndex(label_set)
    if schema_id is None:
        if title is None:
            raise ValueError(f"a {tool} object needs a schema_id or a title")
        schema_id = index.tool_id(title)
    entry = index.tool(schema_id)
    if entry is None:
        raise ValueError(f'schemaId "{schema_id}" is not a tool of the label set')
    if entry.get("tool") != tool:
        raise ValueError(
            f'tool "{entry.get("title")}" ({schema_id}) is a {entry.get("tool")} tool, not a {tool} tool'
        )
    return schema_id


def _objects(name: str, value: object) -> tuple[ToolObject, ...]:
    return tuple(map(ToolObject.from_dict, check_list(name, value)))


def _classifications(name: str, value: object) -> tuple[Classification, ...]:
    return tuple(map(Classification.from_dict, check_list(name, value)))


def _relations(name: str, value: object) -> tuple[Relation, ...]:
    return tuple(map(Relation.from_dict, check_list(name, value)))


_ANSWER_KNOWN = frozenset({"objects", "tools", "classifications", "relations"})


@dataclass(frozen=True, kw_only=True)
class TaskAnswer:
    """The whole answer of a task (``Answer``): objects, classifications and relations.

    ``TaskAnswer(objects=[...], classifications=[...], relations=[...]).to_dict()`` gives
    the wire JSON with the three lists (empty ones included, as the official SDK sends
    them); :meth:`to_model` gives the generated ``Answer`` for ``hub.labels.annotate``.
    A list that is None is left out (answers read with :meth:`from_dict` keep the lists
    they had). Older responses name the objects ``tools``: ``objects_key`` keeps that.
    """

    objects: Sequence[ToolObject] | None = ()
    classifications: Sequence[Classification] | None = ()
    relations: Sequence[Relation] | None = ()
    objects_key: Literal["objects", "tools"] = "objects"
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, items, kind in (
            ("objects", self.objects, ToolObject),
            ("classifications", self.classifications, Classification),
            ("relations", self.relations, Relation),
        ):
            if items is None:
                continue
            if isinstance(items, str | Mapping):
                raise TypeError(f"{name} must be a list of {kind.__name__}")
            frozen = tuple(items)
            for item in frozen:
                if not isinstance(item, kind):
                    raise TypeError(f"{name} must hold {kind.__name__}, got {type(item).__name__}")
            object.__setattr__(self, name, frozen)
        if self.objects_key not in ("objects", "tools"):
            raise ValueError(f"objects_key must be 'objects' or 'tools', got {self.objects_key!r}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskAnswer:
        """Read an ``Answer`` from its JSON form (``objects`` or ``tools``), keeping
        unknown fields. An answer with both ``objects`` and ``tools`` keeps ``tools`` as an
        unknown field."""
        if cls is TaskAnswer and type(data) is dict:
            read = _read_usual_answer(data)
            if read is not None:
                return read
        fields, extra = split_extra(check_mapping("answer", data), _ANSWER_KNOWN)
        key: Literal["objects", "tools"] = "objects"
        if "objects" not in fields and "tools" in fields:
            key = "tools"
        elif "tools" in fields:
            extra["tools"] = fields.pop("tools")
        objects = fields.get(key)
        values = {
            "objects": None if objects is None else _objects(key, objects),
            "classifications": None
            if "classifications" not in fields
            else _classifications("classifications", fields["classifications"]),
            "relations": None if "relations" not in fields else _relations("relations", fields["relations"]),
            "objects_key": key,
            "extra": extra,
        }
        return build(TaskAnswer, cls, values)

    @classmethod
    def from_model(cls, model: Answer) -> TaskAnswer:
        """Read the generated ``Answer`` model."""
        return cls.from_dict(model.to_dict())

    def to_dict(self) -> Json:
        """The wire JSON of the answer."""
        result: Json = {}
        if self.objects is not None:
            result[self.objects_key] = [item.to_dict() for item in self.objects]
        if self.classifications is not None:
            result["classifications"] = [item.to_dict() for item in self.classifications]
        if self.relations is not None:
            result["relations"] = [item.to_dict() for item in self.relations]
        result.update(copy.deepcopy(dict(self.extra)))
        return result

    def to_model(self) -> Answer:
        """The generated ``Answer`` model (what ``hub.labels.annotate`` takes)."""
        return Answer.from_dict(self.to_dict())

    def validate(self, label_set: LabelSetLike) -> TaskAnswer:
        """Check the answer against ``label_set``; raise :class:`AnnotationError` listing
        every problem, or return the answer unchanged."""
        check_json(self.to_dict(), label_set, is_row=False)
        return self


def _read_usual_answer(data: dict[str, Any]) -> TaskAnswer | None:
    """``TaskAnswer.from_dict(data)`` for an answer whose lists are lists, in one pass over
    ``data``; None for any other (``from_dict`` then takes its full path: the same answer, or
    the same error)."""
    extra: Json = {}
    key: Literal["objects", "tools"] = "objects"
    objects: Any = None
    classifications: Any = None
    relations: Any = None
    for name, value in data.items():
        if value is None or name not in _ANSWER_KNOWN:
            extra[name] = value if type(value) in IMMUTABLE else copy_json(value)
        elif type(value) is not list:
            return None  # refused by the full path
        elif name == "classifications":
            classifications = value
        elif name == "relations":
            relations = value
        elif objects is not None:
            return None  # both objects and tools: the full path keeps tools as an unknown field
        else:
            key = "tools" if name == "tools" else "objects"
            objects = value
    return _answer_of(
        None if objects is None else _tool_objects(objects) if objects else (),
        None if classifications is None else classification_tuple(classifications) if classifications else (),
        None if relations is None else tuple(map(Relation.from_dict, relations)) if relations else (),
        key,
        extra,
    )


def answer_of_lists(
    objects_key: Literal["objects", "tools"], objects: Any, classifications: Any, relations: Any
) -> TaskAnswer:
    """``TaskAnswer.from_dict({objects_key: objects, "classifications": classifications,
    "relations": relations})`` (the same answer, or the same error), without the dict when the
    three are lists (the answer of every exported task)."""
    if type(objects) is list and type(classifications) is list and type(relations) is list:
        return _answer_of(
            _tool_objects(objects) if objects else (),
            classification_tuple(classifications) if classifications else (),
            tuple(map(Relation.from_dict, relations)) if relations else (),
            objects_key,
            {},
        )
    return TaskAnswer.from_dict(
        {objects_key: objects, "classifications": classifications, "relations": relations}
    )


def _tool_objects(items: list[Any]) -> tuple[ToolObject, ...]:
    """``tuple(map(ToolObject.from_dict, items))``, reading each usual object in one pass."""
    read = []
    for item in items:
        usual = _read_usual(item) if type(item) is dict else None
        read.append(ToolObject.from_dict(item) if usual is None else usual)
    return tuple(read)


def _answer_of(
    objects: tuple[ToolObject, ...] | None,
    classifications: tuple[Classification, ...] | None,
    relations: tuple[Relation, ...] | None,
    objects_key: Literal["objects", "tools"],
    extra: Json,
) -> TaskAnswer:
    """A ``TaskAnswer`` of values that its ``__post_init__`` would pass as they are."""
    instance = _new(TaskAnswer)
    fields = instance.__dict__  # filled in the fields' order, as __init__ does
    fields["objects"] = objects
    fields["classifications"] = classifications
    fields["relations"] = relations
    fields["objects_key"] = objects_key
    fields["extra"] = extra
    return instance


_ROW_KNOWN = frozenset(
    {
        "externalId",
        "dataUrl",
        "assetId",
        "data",
        "objects",
        "classifications",
        "relations",
        "answer",
        "status",
        "brushDataUrl",
        "medicalBrushDataUrl",
    }
)


@dataclass(frozen=True, kw_only=True)
class LabelImportRow:
    """The labels of one asset in a label import (``LabelImport``).

    The asset is found by ``external_id`` (or ``data_url``, ``asset_id``, or ``data``: the
    asset's URL, as the import-format documentation's examples name it); at least one is
    needed. The objects, classifications and relations sit at the top level (the import
    format, the default) or under ``answer`` (the current API reference): see
    :meth:`from_answer`. Brush masks are imported by URL (``brush_data_url``, a PNG; or
    ``medical_brush_data_url``, an NRRD file).
    """

    external_id: str | None = None
    data_url: str | None = None
    asset_id: str | None = None
    data: str | None = None
    objects: Sequence[ToolObject] | None = None
    classifications: Sequence[Classification] | None = None
    relations: Sequence[Relation] | None = None
    answer: TaskAnswer | None = None
    status: str | None = None
    brush_data_url: str | None = None
    medical_brush_data_url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        keys = {
            "external_id": self.external_id,
            "data_url": self.data_url,
            "asset_id": self.asset_id,
            "data": self.data,
        }
        if all(value is None for value in keys.values()):
            raise ValueError("a label import row needs an external_id (or a data_url, asset_id or data)")
        for name, value in keys.items():
            if value is not None:
                check_text(name, value)
        for name in ("objects", "classifications", "relations"):
            items = getattr(self, name)
            if items is not None:
                object.__setattr__(self, name, tuple(items))
        if self.answer is not None and not isinstance(self.answer, TaskAnswer):
            raise TypeError(f"answer must be a TaskAnswer, got {type(self.answer).__name__}")

    @classmethod
    def from_answer(
        cls,
        answer: TaskAnswer,
        *,
        external_id: str | None = None,
        data_url: str | None = None,
        asset_id: str | None = None,
        nested: bool = False,
        status: str | None = None,
        brush_data_url: str | None = None,
        medical_brush_data_url: str | None = None,
    ) -> LabelImportRow:
        """The row for ``answer``: its non-empty lists at the top level (the import format,
        as the official SDK sends it), or the answer under ``answer`` with ``nested=True``."""
        if nested:
            return cls(
                external_id=external_id, data_url=data_url, asset_id=asset_id, answer=answer, status=status,
                brush_data_url=brush_data_url, medical_brush_data_url=medical_brush_data_url,
            )  # fmt: skip
        return cls(
            external_id=external_id,
            data_url=data_url,
            asset_id=asset_id,
            objects=answer.objects or None,
            classifications=answer.classifications or None,
            relations=answer.relations or None,
            status=status,
            brush_data_url=brush_data_url,
            medical_brush_data_url=medical_brush_data_url,
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LabelImportRow:
        """Read a ``LabelImport`` row from its JSON form, keeping unknown fields."""
        fields, extra = split_extra(check_mapping("label import row", data), _ROW_KNOWN)
        answer = fields.get("answer")
        return cls(
            external_id=fields.get("externalId"),
            data_url=fields.get("dataUrl"),
            asset_id=fields.get("assetId"),
            data=fields.get("data"),
            objects=_objects("objects", fields["objects"]) if "objects" in fields else None,
            classifications=_classifications("classifications", fields["classifications"])
            if "classifications" in fields
            else None,
            relations=_relations("relations", fields["relations"]) if "relations" in fields else None,
            answer=None if answer is None else TaskAnswer.from_dict(answer),
            status=fields.get("status"),
            brush_data_url=fields.get("brushDataUrl"),
            medical_brush_data_url=fields.get("medicalBrushDataUrl"),
            extra=extra,
        )

    @classmethod
    def from_model(cls, model: LabelImport) -> LabelImportRow:
        """Read the generated ``LabelImport`` model."""
        return cls.from_dict(model.to_dict())

    def to_dict(self) -> Json:
        """The wire JSON of the row."""
        result: Json = {}
        for key, value in (
            ("externalId", self.external_id),
            ("dataUrl", self.data_url),
            ("assetId", self.asset_id),
            ("data", self.data),
        ):
            if value is not None:
                result[key] = value
        if self.objects is not None:
            result["objects"] = [item.to_dict() for item in self.objects]
        if self.classifications is not None:
            result["classifications"] = [item.to_dict() for item in self.classifications]
        if self.relations is not None:
            result["relations"] = [item.to_dict() for item in self.relations]
        if self.answer is not None:
            result["answer"] = self.answer.to_dict()
        for key, value in (
            ("status", self.status),
            ("brushDataUrl", self.brush_data_url),
            ("medicalBrushDataUrl", self.medical_brush_data_url),
        ):
            if value is not None:
                result[key] = value
        result.update(copy.deepcopy(dict(self.extra)))
        return result

    def to_model(self) -> LabelImport:
        """The generated ``LabelImport`` model (what ``hub.labels.import_`` takes)."""
        return LabelImport.from_dict(self.to_dict())

    def top_level_answer(self) -> TaskAnswer:
        """The row's top-level objects, classifications and relations as a
        :class:`TaskAnswer` (lists the row does not have are None)."""
        return TaskAnswer(
            objects=self.objects, classifications=self.classifications, relations=self.relations
        )

    def validate(self, label_set: LabelSetLike) -> LabelImportRow:
        """Check the row against ``label_set``; raise :class:`AnnotationError` listing
        every problem, or return the row unchanged."""
        check_json(self.to_dict(), label_set, is_row=True)
        return self
