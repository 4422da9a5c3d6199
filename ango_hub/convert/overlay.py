"""Pictures of labeled tasks: a task's objects drawn on its image, and contact sheets.

Needs the ``masks`` extra (Pillow): ``pip install 'ango-hub[masks]'``; used without it, a
function raises :class:`~ango_hub.convert.MissingExtraError` naming the extra.

::

    from ango_hub.convert import iter_tasks
    from ango_hub.convert.overlay import render, contact_sheet

    for task in iter_tasks("export.zip", label_set=label_set):
        picture = render(task, f"images/{task.external_id}", label_set=label_set)
        picture.save(f"overlays/{task.external_id}.png")

:func:`render` draws boxes, rotated boxes, polygons (with their holes left unfilled),
segmentations, polylines, points and a brush mask (the task's ``brushDataUrl`` PNG, already
painted in the classes' colours), each with its class name, in the colour its tool has in
the label set (a fixed palette where a tool has none). NER spans and PDF regions have no
place on an image and are not drawn. :func:`contact_sheet` puts thumbnails side by side
for a quick look at a batch; :func:`~ango_hub.convert.to_overlays` does both for a whole
export.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from ._classes import ClassMap
from ._errors import ConversionError, MissingExtraError
from ._rows import ObjectRow, TaskRow, _RowReader, load_label_set, resolve_class_map

if TYPE_CHECKING:
    from PIL import Image, ImageFont

__all__ = [
    "DRAWN_TOOLS",
    "PALETTE",
    "ImageInput",
    "UnreadableImageError",
    "class_colours",
    "contact_sheet",
    "draw",
    "load_image",
    "render",
    "thumbnail",
]

#: An image as the functions take it: a Pillow image, the path of a file, or its bytes.
ImageInput = Union["Image.Image", str, "os.PathLike[str]", bytes]

#: The tools :func:`render` draws (the others, NER spans and PDF regions, are not drawn).
DRAWN_TOOLS = frozenset(
    {"bounding-box", "rotated-bounding-box", "polygon", "segmentation", "polyline", "point"}
)

#: Colours for tools the label set gives none (20 distinct colours, Sasha Trubetskoy's list).
PALETTE: tuple[str, ...] = (
    "#e6194b",
    "#3cb44b",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#42d4f4",
    "#f032e6",
    "#bfef45",
    "#469990",
    "#9a6324",
    "#800000",
    "#808000",
    "#000075",
    "#fabed4",
    "#dcbeff",
    "#ffd8b1",
    "#aaffc3",
    "#ffe119",
    "#a9a9a9",
    "#000000",
)

Rgb = tuple[int, int, int]


def _require_pillow(what: str) -> None:
    import importlib.util

    if importlib.util.find_spec("PIL") is None:
        raise MissingExtraError(what, "masks", "PIL")


# -- images ---------------------------------------------------------------------------------


class UnreadableImageError(ConversionError):
    """An image that cannot be read or decoded: ``name`` says which, ``reason`` why."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"cannot read {name!r}: {reason}")


def load_image(image: ImageInput, *, name: str | None = None) -> Image.Image:
    """``image`` (a Pillow image, a path or bytes) as a loaded Pillow image.

    A file that cannot be read or decoded raises :class:`UnreadableImageError` naming it
    (``name``, else the path).
    """
    _require_pillow("load_image")
    from PIL import Image, UnidentifiedImageError

    if isinstance(image, Image.Image):
        return image
    label = name or (os.fspath(image) if isinstance(image, str | os.PathLike) else "the image bytes")
    try:
        if isinstance(image, bytes | bytearray | memoryview):
            opened = Image.open(io.BytesIO(bytes(image)))
        elif isinstance(image, str | os.PathLike):
            opened = Image.open(Path(image))
        else:
            raise TypeError(f"an image must be a Pillow image, a path or bytes, got {type(image).__name__}")
        opened.load()
    except UnidentifiedImageError:
        raise UnreadableImageError(label, "not an image Pillow can decode") from None
    except (OSError, Image.DecompressionBombError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UnreadableImageError(label, reason) from None
    return opened


# -- colours --------------------------------------------------------------------------------


def _palette_colour(index: int) -> Rgb:
    from PIL import ImageColor

    rgb = ImageColor.getrgb(PALETTE[index % len(PALETTE)])
    return rgb[0], rgb[1], rgb[2]


def _hash_colour(key: str) -> Rgb:
    return _palette_colour(int.from_bytes(hashlib.sha1(key.encode()).digest()[:4], "big"))


def class_colours(label_set: object | None = None, class_map: ClassMap | None = None) -> dict[str, Rgb]:
    """The colour of each tool, by schemaId: its ``color`` in the label set (``"#ff9800"``),
    else the :data:`PALETTE` colour of its class id (its position in the class map)."""
    _require_pillow("class_colours")
    from PIL import ImageColor

    colours: dict[str, Rgb] = {}
    for entry in class_map or ():
        colours[entry.schema_id] = _palette_colour(entry.index)
    if label_set is not None:
        from ango_hub.label_set import label_set_dict

        for tool in label_set_dict(label_set).get("tools") or ():
            if not isinstance(tool, Mapping) or not isinstance(tool.get("schemaId"), str):
                continue
            value = tool.get("color")
            if isinstance(value, str) and value:
                try:
                    rgb = ImageColor.getrgb(value)
                except ValueError:
                    continue
                colours[tool["schemaId"]] = (rgb[0], rgb[1], rgb[2])
    return colours


# -- rows -----------------------------------------------------------------------------------


def _task_of(
    source: TaskRow | Mapping[str, Any], label_set: object | None, class_map: ClassMap | None
) -> TaskRow:
    if isinstance(source, TaskRow):
        return source
    if not isinstance(source, Mapping):
        raise TypeError(f"render takes a TaskRow or an export record, got {type(source).__name__}")
    classes = class_map if class_map is not None else _classes_of_record(source)
    reader = _RowReader(classes, label_set, first_id=0, image_dir=None, report=None)
    tasks = list(reader.rows(source))
    if len(tasks) > 1:
        raise ConversionError(
            f"the record of {source.get('externalId')!r} holds {len(tasks)} tasks: render one TaskRow at a "
            "time (ango_hub.convert.iter_tasks)"
        )
    if not tasks:
        return TaskRow(
            task_id=None,
            external_id=source.get("externalId") if isinstance(source.get("externalId"), str) else None,
            asset=None,
            asset_id=None,
            stage=None,
            stage_id=None,
            batches=(),
            image_width=None,
            image_height=None,
            attributes={},
            updated_at=None,
            updated_by=None,
            total_duration=None,
            brush_data_url=None,
        )
    return tasks[0]


def _classes_of_record(record: Mapping[str, Any]) -> ClassMap:
    """Without a label set: the tools the record's objects name (for a picture only; class
    ids never come from the data in the converters)."""
    tools: list[dict[str, Any]] = []
    seen: set[str] = set()
    listed = record.get("tasks")
    tasks: list[Any] = listed if isinstance(listed, list) else [record.get("task")]
    for task in tasks:
        if not isinstance(task, Mapping):
            continue
        nested = task.get("answer")
        answer: Mapping[str, Any] = nested if isinstance(nested, Mapping) else task
        for key in ("tools", "objects"):
            items = answer.get(key)
            for item in items if isinstance(items, list) else ():
                schema_id = item.get("schemaId") if isinstance(item, Mapping) else None
                if isinstance(schema_id, str) and schema_id not in seen:
                    seen.add(schema_id)
                    tools.append({"schemaId": schema_id, "title": item.get("title") or schema_id})
    return ClassMap.from_label_set({"tools": tools})


# -- drawing --------------------------------------------------------------------------------


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow before 10.1: one bitmap size
        return ImageFont.load_default()


def _text_colour(rgb: Rgb) -> Rgb:
    luminance = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
    return (0, 0, 0) if luminance > 150 else (255, 255, 255)


def _title(row: ObjectRow, show_attributes: bool) -> str:
    if not show_attributes or not row.attributes:
        return row.class_name
    parts = []
    for key, value in row.attributes.items():
        shown = ", ".join(str(item) for item in value) if isinstance(value, list) else str(value)
        parts.append(f"{key}: {shown}")
    return f"{row.class_name} ({'; '.join(parts)})"


class _Painter:
    """Draws rows on one RGBA canvas: translucent fills first, then outlines and titles."""

    def __init__(
        self,
        canvas: Image.Image,
        scale: tuple[float, float],
        *,
        line_width: int,
        fill_alpha: float,
        font_size: int,
    ) -> None:

        self.canvas = canvas
        self.sx, self.sy = scale
        self.line_width = line_width
        self.alpha = round(255 * fill_alpha)
        self.titles: list[tuple[tuple[float, float], str, Rgb]] = []
        self.outlines: list[tuple[str, Any, Rgb]] = []
        self.font = _font(font_size)

    def xy(self, points: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * self.sx, y * self.sy) for x, y in points]

    def fill(
        self,
        rings: Sequence[Sequence[tuple[float, float]]],
        holes: Sequence[Sequence[tuple[float, float]]],
        colour: Rgb,
    ) -> None:
        """Fill ``rings`` minus ``holes`` in ``colour`` at the fill alpha (holes stay clear)."""
        if self.alpha <= 0:
            return
        from PIL import Image, ImageDraw

        every = [point for ring in rings for point in ring]
        if not every:
            return
        left = max(0, math.floor(min(x for x, _ in every)))
        top = max(0, math.floor(min(y for _, y in every)))
        right = min(self.canvas.width, math.ceil(max(x for x, _ in every)) + 1)
        bottom = min(self.canvas.height, math.ceil(max(y for _, y in every)) + 1)
        if right <= left or bottom <= top:
            return
        mask = Image.new("L", (right - left, bottom - top), 0)
        draw = ImageDraw.Draw(mask)
        for ring in rings:
            if len(ring) >= 3:
                draw.polygon([(x - left, y - top) for x, y in ring], fill=self.alpha)
        for ring in holes:
            if len(ring) >= 3:
                draw.polygon([(x - left, y - top) for x, y in ring], fill=0)
        patch = Image.new("RGBA", mask.size, (*colour, 255))
        patch.putalpha(mask)
        # "Over" is associative: each fill laid straight on the canvas gives the picture a
        # layer of all fills would, without a second image of the canvas's size.
        self.canvas.alpha_composite(patch, (left, top))

    def outline(self, ring: Sequence[tuple[float, float]], colour: Rgb, *, closed: bool = True) -> None:
        self.outlines.append(("line", ([*ring, ring[0]] if closed else list(ring)), colour))

    def point(self, x: float, y: float, colour: Rgb) -> None:
        self.outlines.append(("point", (x, y), colour))

    def title(self, x: float, y: float, text: str, colour: Rgb) -> None:
        self.titles.append(((x, y), text, colour))

    def row(self, row: ObjectRow, colour: Rgb, *, show_title: bool, show_attributes: bool) -> bool:
        """Draw one object; False when its tool has no place on an image."""
        if row.tool not in DRAWN_TOOLS:
            return False
        anchor: tuple[float, float] | None = None
        if row.tool == "bounding-box" and row.bbox is not None:
            x, y, w, h = row.bbox
            ring = self.xy([(x, y), (x + w, y), (x + w, y + h), (x, y + h)])
            self.fill([ring], [], colour)
            self.outlines.append(("box", ring, colour))
            anchor = ring[0]
        elif row.tool == "rotated-bounding-box" and row.corners is not None:
            ring = self.xy(row.corners)
            self.fill([ring], [], colour)
            self.outline(ring, colour)
            anchor = self._top_left(ring)
        elif row.tool == "polygon" and row.points is not None:
            ring = self.xy(row.points)
            self.fill([ring], [], colour)
            self.outline(ring, colour)
            anchor = self._top_left(ring)
        elif row.tool == "segmentation" and row.zones is not None:
            regions = [self.xy(zone.region) for zone in row.zones]
            holes = [self.xy(hole) for zone in row.zones for hole in zone.holes]
            self.fill(regions, holes, colour)
            for ring in (*regions, *holes):
                self.outline(ring, colour)
            anchor = self._top_left([point for ring in regions for point in ring])
        elif row.tool == "polyline" and row.points is not None:
            line = self.xy(row.points)
            self.outline(line, colour, closed=False)
            anchor = line[0]
        elif row.tool == "point" and row.points:
            (x, y), *_ = self.xy(row.points[:1])
            self.point(x, y, colour)
            anchor = (x + 2 * self.line_width + 2, y)
        else:
            return False
        if show_title and anchor is not None:
            self.title(anchor[0], anchor[1], _title(row, show_attributes), colour)
        return True

    @staticmethod
    def _top_left(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
        """The topmost point (the leftmost of those): where a shape's title goes."""
        return min(points, key=lambda point: (point[1], point[0]))

    def finish(self) -> Image.Image:
        from PIL import ImageDraw

        draw = ImageDraw.Draw(self.canvas)
        width = self.line_width
        for kind, shape, colour in self.outlines:
            if kind == "box":
                (x0, y0), _, (x1, y1), _ = shape
                draw.rectangle([x0, y0, x1, y1], outline=(*colour, 255), width=width)
            elif kind == "line":
                draw.line(shape, fill=(*colour, 255), width=width, joint="curve")
            else:
                x, y = shape
                radius = 2 * width + 2
                draw.ellipse(
                    [x - radius, y - radius, x + radius, y + radius],
                    fill=(*colour, 255),
                    outline=(*_text_colour(colour), 255),
                    width=max(1, width // 2),
                )
        for (x, y), text, colour in self.titles:
            left, top, right, bottom = draw.textbbox((0, 0), text, font=self.font)
            tw, th = right - left, bottom - top
            pad = max(2, width)
            bx = min(max(0.0, x), max(0.0, self.canvas.width - tw - 2 * pad))
            by = y - th - 2 * pad if y - th - 2 * pad >= 0 else y
            by = min(by, max(0.0, self.canvas.height - th - 2 * pad))
            draw.rectangle([bx, by, bx + tw + 2 * pad, by + th + 2 * pad], fill=(*colour, 255))
            draw.text(
                (bx + pad - left, by + pad - top), text, fill=(*_text_colour(colour), 255), font=self.font
            )
        return self.canvas


def render(
    task: TaskRow | Mapping[str, Any],
    image: ImageInput,
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    brush: ImageInput | None = None,
    line_width: int | None = None,
    show_titles: bool = True,
    show_attributes: bool = False,
    fill_alpha: float = 0.25,
    brush_alpha: float = 0.5,
    font_size: int | None = None,
) -> Image.Image:
    """Draw a task's objects on its image; return a new RGB Pillow image (``image`` is not changed).

    ``task`` is a :class:`~ango_hub.convert.TaskRow` (from :func:`~ango_hub.convert.iter_tasks`)
    or an export record with one task. ``image`` is a Pillow image, a path or the file's
    bytes. Colours come from the tools' ``color`` in ``label_set``, else from
    :data:`PALETTE` by class id (``class_map``, or the label set's order); a record given
    without either is drawn with the classes its objects name.

    Boxes, rotated boxes, polygons and segmentations are outlined and filled at
    ``fill_alpha`` (0 to 1; a segmentation's holes are left clear), polylines drawn, points
    marked; ``show_titles`` writes each object's class name (``show_attributes``: with its
    answers) in its colour. ``brush`` is the task's brush PNG (``brushDataUrl``, already in
    the classes' colours), laid over at ``brush_alpha``; it must have the image's size.
    ``line_width`` and ``font_size`` default to sizes that suit the image's (3 and 18
    pixels at 1920 x 1080). Positions are in the pixels of the image the export knows
    (its ``metadata`` width and height): a smaller copy of the image is drawn on to scale.
    """
    _require_pillow("render")
    label_set = load_label_set(label_set)
    classes: ClassMap | None = None
    if label_set is not None or class_map is not None:
        classes = resolve_class_map(label_set, class_map)
    row = _task_of(task, label_set, classes)
    picture, _drawn = draw(
        row,
        image,
        class_colours(label_set, classes),
        brush=brush,
        line_width=line_width,
        show_titles=show_titles,
        show_attributes=show_attributes,
        fill_alpha=fill_alpha,
        brush_alpha=brush_alpha,
        font_size=font_size,
    )
    return picture


def draw(
    row: TaskRow,
    image: ImageInput,
    colours: Mapping[str, Rgb],
    *,
    brush: ImageInput | None = None,
    line_width: int | None = None,
    show_titles: bool = True,
    show_attributes: bool = False,
    fill_alpha: float = 0.25,
    brush_alpha: float = 0.5,
    font_size: int | None = None,
) -> tuple[Image.Image, list[ObjectRow]]:
    """:func:`render` with the colours worked out (:func:`class_colours`); also returns the
    objects it did not draw (their tools have no place on an image)."""
    _require_pillow("draw")
    from PIL import Image

    for name, value in (("fill_alpha", fill_alpha), ("brush_alpha", brush_alpha)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"{name} must be a number from 0 to 1, got {value!r}")
    base = load_image(image, name=row.external_id).convert("RGBA")
    width, height = base.size
    scale = (
        width / row.image_width if row.image_width else 1.0,
        height / row.image_height if row.image_height else 1.0,
    )
    shortest = min(width, height)
    if line_width is None:
        line_width = max(1, round(shortest / 360))
    if isinstance(line_width, bool) or not isinstance(line_width, int) or line_width < 1:
        raise ValueError(f"line_width must be a positive integer, got {line_width!r}")
    if font_size is None:
        font_size = max(10, round(shortest / 60))
    if brush is not None:
        mask = load_image(brush, name=f"the brush of {row.external_id!r}").convert("RGBA")
        if mask.size != base.size:
            if (row.image_width, row.image_height) == mask.size:
                mask = mask.resize(base.size, Image.Resampling.NEAREST)
            else:
                raise ConversionError(
                    f"the brush of {row.external_id!r} is {mask.width} x {mask.height} pixels, the image "
                    f"{width} x {height}"
                )
        if brush_alpha < 1:
            alpha = mask.getchannel("A").point(lambda value: round(value * brush_alpha))
            mask.putalpha(alpha)
        base.alpha_composite(mask)
    painter = _Painter(base, scale, line_width=line_width, fill_alpha=fill_alpha, font_size=font_size)
    left_out = []
    for item in row.objects:
        colour = colours.get(item.schema_id) or _hash_colour(item.schema_id)
        if not painter.row(item, colour, show_title=show_titles, show_attributes=show_attributes):
            left_out.append(item)
    return painter.finish().convert("RGB"), left_out


# -- contact sheets -------------------------------------------------------------------------


def thumbnail(
    image: ImageInput, caption: str, *, size: tuple[int, int] = (320, 180), font_size: int = 12
) -> Image.Image:
    """``image`` fitted into ``size`` (aspect kept, centred on grey) with ``caption`` under it."""
    _require_pillow("thumbnail")
    from PIL import Image, ImageDraw

    picture = load_image(image).convert("RGB")
    picture.thumbnail(size, Image.Resampling.LANCZOS)
    font = _font(font_size)
    caption_height = font_size + 8
    cell = Image.new("RGB", (size[0], size[1] + caption_height), (40, 40, 44))
    cell.paste(picture, ((size[0] - picture.width) // 2, (size[1] - picture.height) // 2))
    draw = ImageDraw.Draw(cell)
    text = caption
    while text and draw.textlength(text, font=font) > size[0] - 8:
        text = text[:-2] + "…" if len(text) > 2 else ""
    draw.text((4, size[1] + 4), text, fill=(235, 235, 235), font=font)
    return cell


def contact_sheet(
    images: Iterable[ImageInput | tuple[str, ImageInput]],
    *,
    columns: int = 4,
    thumb_size: tuple[int, int] = (320, 180),
    font_size: int = 12,
) -> Image.Image:
    """A grid of thumbnails with captions, ``columns`` wide, for a quick look at a batch.

    Each item is an image (a Pillow image, a path or bytes; captioned with the file's name,
    else its number) or a ``(caption, image)`` pair. Only the thumbnails are kept while the
    sheet is built.
    """
    _require_pillow("contact_sheet")

    if isinstance(columns, bool) or not isinstance(columns, int) or columns < 1:
        raise ValueError(f"columns must be a positive integer, got {columns!r}")
    cells: list[Image.Image] = []
    for number, item in enumerate(images, start=1):
        if isinstance(item, tuple):
            caption, picture = item
        else:
            caption = Path(item).name if isinstance(item, str | os.PathLike) else str(number)
            picture = item
        cells.append(thumbnail(picture, caption, size=thumb_size, font_size=font_size))
    if not cells:
        raise ValueError("a contact sheet needs at least one image")
    return _grid(cells, columns)


def _grid(cells: Sequence[Image.Image], columns: int, gap: int = 4) -> Image.Image:
    from PIL import Image

    cell_w, cell_h = cells[0].size
    shown = min(columns, len(cells))
    rows = math.ceil(len(cells) / columns)
    sheet = Image.new("RGB", (shown * (cell_w + gap) + gap, rows * (cell_h + gap) + gap), (24, 24, 26))
    for index, cell in enumerate(cells):
        row, column = divmod(index, columns)
        sheet.paste(cell, (gap + column * (cell_w + gap), gap + row * (cell_h + gap)))
    return sheet


class ContactSheets:
    """Contact sheets built one thumbnail at a time, at most ``per_sheet`` thumbnails in
    memory: ``contact_sheet.png`` for one sheet, ``contact_sheet_001.png``, ... for more."""

    def __init__(
        self,
        folder: Path,
        *,
        columns: int = 6,
        per_sheet: int = 48,
        thumb_size: tuple[int, int] = (320, 180),
    ) -> None:
        if per_sheet < 1 or columns < 1:
            raise ValueError("columns and per_sheet must be positive")
        self.folder = folder
        self.columns = columns
        self.per_sheet = per_sheet
        self.thumb_size = thumb_size
        self._cells: list[Image.Image] = []
        self.written: list[Path] = []

    def add(self, image: Image.Image, caption: str) -> None:
        """Add a thumbnail of ``image``; write a sheet when it is full."""
        self._cells.append(thumbnail(image, caption, size=self.thumb_size))
        if len(self._cells) == self.per_sheet:
            self._flush()

    def _flush(self) -> None:
        if not self._cells:
            return
        path = self.folder / f"contact_sheet_{len(self.written) + 1:03d}.png"
        _grid(self._cells, self.columns).save(path, optimize=True)
        self.written.append(path)
        self._cells = []

    def close(self) -> list[Path]:
        """Write what is left; a single sheet is named ``contact_sheet.png``. Returns the files."""
        self._flush()
        if len(self.written) == 1:
            single = self.folder / "contact_sheet.png"
            self.written[0].replace(single)
            self.written = [single]
        return self.written


__all__ += ["ContactSheets"]
