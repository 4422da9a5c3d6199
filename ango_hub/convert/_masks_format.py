"""Masks as a training format: ``masks/<stem>.png`` (semantic), ``instances/<stem>.png``
and ``classes.json``, one pair of PNGs per image, written as a stream.

What the files hold, and why:

* ``masks/<stem>.png``: an 8-bit palette PNG (mode ``"P"``) of the image's size whose pixel
  value is the class id: the class map's ids counted from 1 (``classes.json``), 0 the
  background. Semantic-segmentation loaders (``numpy.array(Image.open(path))``, mmseg,
  torchvision) read the ids directly; the palette only makes the file look right in an image
  viewer: each class in its tool's ``color`` from the label set, else the Pascal VOC colour
  map's colour of its id (background black). A palette PNG holds 255 classes; with more
  tools in the class map, every semantic mask of the conversion is a 16-bit grayscale PNG
  (mode ``"I;16"``) instead, with the same values, and the report says so in its notes.
* ``instances/<stem>.png``: a 16-bit grayscale PNG (``"I;16"``) of the same size, one value
  per drawn object counted from 1 in the export's order, 0 the background (65,535 objects
  an image at most).
* Boxes, rotated boxes (their corners), polygons and segmentations (holes left as
  background) are drawn with :func:`~ango_hub.convert.masks.rasterize`'s rule (a pixel is in
  a shape when its centre is); where objects overlap, the later one paints over the earlier
  (the report's notes count the objects hidden entirely that way).
  Points, polylines, NER spans and PDF regions draw nothing and are reported
  (``unsupported_tool``); an object that covers no pixel centre of its image, or lies on a
  later page of a multi-page asset, is reported (``unsupported_shape``).
* Brush answers (the task's ``brushDataUrl``, one RGBA PNG in the label set's colours) are
  drawn when ``brushes=`` can fetch them: decoded by
  :func:`~ango_hub.convert.masks.decode_brush`, painted first (each class's brush pixels one
  instance, numbered after the task's objects), the task's objects over them. Without
  ``brushes=`` such a task is written without its brush and reported (``no_brush_source``).
* Images without objects get an all-background pair of masks (a model learns from
  negatives too); images without a known size behave as in every image-space format
  (``on_missing_size``).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote, urlsplit

from ._classes import ClassMap
from ._driver import MissingSize, convert_with
from ._errors import ConversionError, MissingExtraError
from ._output import StagedFiles, stem_of
from ._report import ConversionReport, SkipReason
from ._rows import ObjectRow, TaskRow, TaskValues, load_label_set
from ._source import Source

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["Brushes", "to_masks", "voc_colour"]

#: Where brush PNGs come from: a callable ``url -> PNG bytes``, or a local directory that
#: holds them under the last segment of their URL's path.
Brushes = Callable[[str], bytes] | str | os.PathLike[str]

#: The most classes a palette PNG holds (index 0 is the background).
_PALETTE_CLASSES = 255
#: The most objects an instance PNG (16 bits) holds.
_MAX_INSTANCES = 0xFFFF


def voc_colour(index: int) -> tuple[int, int, int]:
    """The Pascal VOC colour map's colour of ``index`` (0 black, 1 dark red, 2 dark green, ...)."""
    red = green = blue = 0
    value = index
    for shift in range(7, -1, -1):
        red |= (value & 1) << shift
        green |= ((value >> 1) & 1) << shift
        blue |= ((value >> 2) & 1) << shift
        value >>= 3
    return red, green, blue


def _tool_colours(label_set: object | None) -> dict[str, str]:
    """``{schemaId: color}`` of the label set's tools that have one."""
    if label_set is None:
        return {}
    from ango_hub.label_set import label_set_dict

    try:
        tools = label_set_dict(label_set).get("tools") or []
    except TypeError:
        return {}
    return {
        tool["schemaId"]: tool["color"]
        for tool in tools
        if isinstance(tool, Mapping)
        and isinstance(tool.get("schemaId"), str)
        and isinstance(tool.get("color"), str)
        and tool["color"]
    }


def _brush_file(directory: Path, url: str) -> Path:
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    if not name or name in (".", "..") or "\\" in name:
        raise ConversionError(f"the brush URL {url!r} names no file to look for in {os.fspath(directory)!r}")
    return directory / name


class _MasksWriter:
    format = "masks"
    first_id = 1
    needs_size = True
    unique: Literal["stem", "file_name"] | None = "stem"

    def __init__(
        self,
        np: ModuleType,
        image: ModuleType,
        colours: dict[str, str],
        label_set: object | None,
        brushes: Any,
    ) -> None:
        self._np = np
        self._image = image
        self._colours = colours
        self._label_set = label_set
        self._brushes = brushes
        self._staging: Path | None = None
        self._classes: ClassMap | None = None
        self._report: ConversionReport | None = None
        self._palette: list[int] | None = None
        self._masks: StagedFiles | None = None
        self._instances: StagedFiles | None = None
        #: Objects drawn and then covered entirely by later ones, over the whole conversion.
        self._hidden = 0

    # --- the Writer protocol ------------------------------------------------------------

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self._staging = staging
        self._classes = classes
        self._report = report
        # Written here, in order (PNG encoding, not the files, is most of a mask's time).
        self._masks = StagedFiles(staging / "masks", "masks", background=False)
        self._instances = StagedFiles(staging / "instances", "instances", background=False)
        if len(classes) > _PALETTE_CLASSES:
            report.notes.append(
                f"the class map has {len(classes)} classes, more than a palette PNG holds "
                f"({_PALETTE_CLASSES}): masks/*.png are 16-bit grayscale PNGs of the same class ids"
            )
        else:
            self._palette = self._make_palette(classes, report)

    def _make_palette(self, classes: ClassMap, report: ConversionReport) -> list[int]:
        from PIL import ImageColor

        colours = [voc_colour(index) for index in range(256)]
        for entry in classes:
            given = self._colours.get(entry.schema_id)
            if given is None:
                continue
            try:
                rgb = ImageColor.getrgb(given)
            except ValueError:
                report.notes.append(
                    f"the colour {given!r} of {entry.name!r} is not a colour; "
                    f"its masks use {voc_colour(entry.index + self.first_id)}"
                )
                continue
            colours[entry.index + self.first_id] = (rgb[0], rgb[1], rgb[2])
        colours[0] = (0, 0, 0)
        return [channel for colour in colours for channel in colour]

    def write(self, values: TaskValues, file_name: str | None) -> None:
        from .masks._raster import rasterize

        task = values.row()  # rasterize() takes the public rows
        assert self._report is not None
        assert self._classes is not None
        assert file_name is not None  # unique = "stem": the driver skips a task without a safe name
        assert task.image_width is not None
        assert task.image_height is not None
        np = self._np
        report = self._report
        size = (task.image_width, task.image_height)
        objects: list[ObjectRow] = []
        for row in task.objects:
            if row.page is not None and row.page > 0:
                self._skip(
                    row,
                    SkipReason.UNSUPPORTED_SHAPE,
                    f"the object is on page {row.page} (from 0) of a multi-page asset; a mask is one picture",
                )
            else:
                objects.append(row)
        drawn = rasterize(objects, size, self._classes, first_id=self.first_id)
        for row in drawn.skipped:
            self._skip(row, SkipReason.UNSUPPORTED_TOOL, f"a {row.tool} has no area to draw in a mask")
        for row in drawn.empty:
            self._skip(
                row,
                SkipReason.UNSUPPORTED_SHAPE,
                f"the shape covers no pixel centre of the {size[0]}x{size[1]} image",
            )
        semantic, instance = drawn.semantic, drawn.instance
        brush = self._brush(task, size) if task.brush_data_url else []
        count = len(drawn.drawn) + len(brush)
        if count > _MAX_INSTANCES:
            raise ConversionError(
                f"the image {task.external_id!r} has {count} objects; an instance PNG holds {_MAX_INSTANCES}"
            )
        if brush:
            semantic_under = np.zeros_like(semantic, dtype=np.uint16)
            instance_under = np.zeros(instance.shape, dtype=np.uint32)
            for number, (class_id, pixels) in enumerate(brush, start=len(drawn.drawn) + 1):
                semantic_under[pixels] = class_id
                instance_under[pixels] = number
            uncovered = instance == 0
            semantic = np.where(uncovered, semantic_under, semantic)
            instance = np.where(uncovered, instance_under, instance)
            report.written["brushes"] += 1
        if count:
            visible = np.count_nonzero(np.bincount(instance.ravel(), minlength=count + 1)[1:])
            self._hidden += count - int(visible)
        stem = stem_of(file_name)
        self._save(semantic, "masks", stem, task, palette=True)
        self._save(instance, "instances", stem, task, palette=False)
        report.written["images"] += 1
        report.written["objects"] += count

    def finish(self) -> None:
        assert self._report is not None
        if self._hidden:
            self._report.notes.append(
                f"{self._hidden} object(s) are hidden entirely by objects drawn after them (a later object "
                "paints over an earlier one): they have no pixel in masks/ or instances/"
            )

    def close(self) -> None:
        pass

    # --- helpers --------------------------------------------------------------------------

    def _skip(self, row: ObjectRow, reason: str, detail: str) -> None:
        assert self._report is not None
        self._report.skip(
            reason,
            row.external_id,
            task_id=row.task_id,
            object_id=row.object_id,
            tool=row.tool,
            detail=detail,
        )

    def _save(self, values: Any, folder: str, stem: str, task: TaskRow, *, palette: bool) -> None:
        files = self._masks if folder == "masks" else self._instances
        assert files is not None
        np = self._np
        height, width = values.shape
        if palette and self._palette is not None:
            picture = self._image.frombytes("P", (width, height), values.astype(np.uint8).tobytes())
            picture.putpalette(self._palette)
        else:
            picture = self._image.frombytes("I;16", (width, height), values.astype("<u2").tobytes())
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        files.write(f"{stem}.png", buffer.getvalue(), task.external_id)

    def _brush(self, task: TaskRow, size: tuple[int, int]) -> list[tuple[int, Any]]:
        """The task's brush masks as ``[(class id, boolean mask)]`` in class order, or [] (and
        a skip) when no brush source was given."""
        assert self._report is not None
        assert self._classes is not None
        url = task.brush_data_url
        assert url is not None
        if self._brushes is None:
            self._report.skip(
                SkipReason.NO_BRUSH_SOURCE,
                task.external_id,
                task_id=task.task_id,
                detail=f"the task's brush mask ({url}) was not drawn: pass brushes= (--brushes) to fetch it",
            )
            return []
        where = f"the brush mask of {task.external_id!r} ({url})"
        if callable(self._brushes):
            try:
                png = self._brushes(url)
            except Exception as exc:
                raise ConversionError(f"cannot fetch {where}: {exc}") from exc
        else:
            path = _brush_file(Path(self._brushes), url)
            try:
                png = path.read_bytes()
            except OSError as exc:
                raise ConversionError(
                    f"cannot read {where} from {os.fspath(path)!r}: {exc.strerror or exc}"
                ) from None
        if not isinstance(png, bytes | bytearray | memoryview):
            raise ConversionError(
                f"the brushes callable gave {type(png).__name__} for {where}, not PNG bytes"
            )
        from ango_hub.convert.masks import decode_brush

        try:
            decoded = decode_brush(bytes(png), self._label_set)
        except (ValueError, OSError) as exc:
            raise ConversionError(f"cannot decode {where}: {exc}") from None
        return self._brush_classes(decoded, size, where)

    def _brush_classes(self, decoded: Any, size: tuple[int, int], where: str) -> list[tuple[int, Any]]:
        """``decode_brush``'s masks by class (keyed by schemaId, title or class entry) as
        ``[(class id, mask)]`` in class order, each checked against the image's size."""
        assert self._classes is not None
        np = self._np
        shape = getattr(decoded, "shape", None)
        if shape is not None and tuple(shape) != (size[1], size[0]):
            raise ConversionError(
                f"{where} is {shape[-1]}x{shape[0]} pixels; the image is {size[0]}x{size[1]}"
            )
        by_name = {entry.name: entry for entry in self._classes}
        found: dict[int, Any] = {}
        items = decoded.items() if isinstance(decoded, Mapping) else decoded
        for key, pixels in items:
            schema_id = getattr(key, "schema_id", key)
            entry = self._classes.get(schema_id) if isinstance(schema_id, str) else None
            if entry is None and isinstance(key, str):
                entry = by_name.get(key)
            if entry is None:
                raise ConversionError(f"{where} has a class {key!r} that the class map does not know")
            array = np.asarray(pixels).astype(bool)
            if array.shape != (size[1], size[0]):
                raise ConversionError(
                    f"{where} is {array.shape[1] if array.ndim == 2 else '?'}x"
                    f"{array.shape[0] if array.ndim else '?'} pixels; the image is {size[0]}x{size[1]}"
                )
            if array.any():
                class_id = entry.index + self.first_id
                found[class_id] = array if class_id not in found else found[class_id] | array
        return sorted(found.items(), key=lambda item: item[0])


def _extras() -> tuple[ModuleType, ModuleType]:
    try:
        import numpy
    except ImportError:
        raise MissingExtraError("masks output", "masks", "numpy") from None
    try:
        from PIL import Image
    except ImportError:
        raise MissingExtraError("masks output", "masks", "PIL") from None
    return numpy, Image


def to_masks(
    source: Source,
    out_dir: str | os.PathLike[str],
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    on_missing_size: MissingSize = "error",
    image_dir: str | os.PathLike[str] | None = None,
    force: bool = False,
    progress: Callable[[int, int | None], None] | bool | str | None = None,
    brushes: Brushes | None = None,
) -> ConversionReport:
    """Write segmentation masks into ``out_dir``: ``masks/<stem>.png`` (class ids, an 8-bit
    palette PNG), ``instances/<stem>.png`` (one value per object, 16-bit) and
    ``classes.json`` (ids from 1; 0 is the background), one pair of PNGs per image, named
    after its externalId without the extension.

    ``source`` is an export file (``.zip``, ``.json``, ``.ndjson``) or an iterable of records
    (``hub.exports.iter_records(project_id)``); ``label_set`` (a ``LabelSet``, its JSON, or the
    path of a JSON file) and/or ``class_map`` (a saved ``classes.json``) give the class ids
    (every tool of the label set in its order, whatever the export contains) and the palette
    (each tool's ``color``). Boxes, rotated boxes, polygons and segmentations (holes as
    background) are drawn, a later object over an earlier one; a pixel belongs to a shape
    when its centre is inside it (as in COCO's RLE). Points, polylines, NER and PDF objects
    draw nothing and are reported. Images without objects get all-background masks.

    ``brushes`` draws the tasks' brush masks (``brushDataUrl``): a callable ``url -> PNG
    bytes`` (``lambda url: httpx.get(url).content``), or a directory holding the PNGs under
    the last segment of their URLs (needs ``label_set``: brush colours are its tools'). A
    brush that cannot be fetched or decoded stops the conversion, naming it; without
    ``brushes``, tasks with a brush are written without it and reported.

    Images need a width and height: by default a :class:`MissingImageSizeError` names every
    image without one and nothing is written; ``image_dir`` reads the sizes from the images'
    headers; ``on_missing_size="skip"`` leaves those images out and reports them.
    ``out_dir`` must be empty unless ``force``; files appear only when the whole conversion
    succeeded. ``progress``: True for a bar, or a callback ``(done, total)``.

    Needs the ``masks`` extra (numpy, Pillow): :class:`MissingExtraError` otherwise, before
    any work. Returns the :class:`ConversionReport` (``written["images"]``,
    ``written["objects"]``, ``written["brushes"]``, and what was skipped, with why).

    ::

        report = to_masks("export.zip", "masks/", label_set="label_set.json")
        ids = numpy.array(PIL.Image.open("masks/masks/street-0001.png"))  # class ids
    """
    np, image = _extras()
    label_set = load_label_set(label_set)
    if brushes is not None:
        if not callable(brushes):
            if not isinstance(brushes, str | os.PathLike):
                raise ConversionError(
                    "brushes must be a callable url -> PNG bytes or a directory, "
                    f"got {type(brushes).__name__}"
                )
            if not Path(brushes).is_dir():
                raise ConversionError(f"brushes {os.fspath(brushes)!r} is not a directory")
        if label_set is None:
            raise ConversionError(
                "brush masks are read by their colours, which are the label set's: "
                "pass label_set= with brushes="
            )
        from importlib.util import find_spec

        if find_spec("ango_hub.convert.masks._brush") is None:
            raise ConversionError(
                "drawing brush masks needs ango_hub.convert.masks.decode_brush (not installed)"
            )
    writer = _MasksWriter(np, image, _tool_colours(label_set), label_set, brushes)
    return convert_with(
        writer,
        source,
        out_dir,
        label_set=label_set,
        class_map=class_map,
        on_missing_size=on_missing_size,
        image_dir=image_dir,
        force=force,
        progress=progress,
    )
