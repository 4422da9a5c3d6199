"""YOLO label files (Ultralytics/Darknet layout): detection, segmentation and oriented boxes.

One ``labels/<stem>.txt`` per image, one object a line, ``data.yaml`` with the class names;
see :func:`to_yolo`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from ._classes import ClassMap
from ._driver import MissingSize, convert_with
from ._errors import ConversionError
from ._geometry import Ring
from ._imagespace import EPSILON, box_corners, clamp_ring, clip_ring, image_box, inside, object_rings
from ._output import StagedFiles, stem_of
from ._report import ConversionReport, SkipReason
from ._rows import ObjectValues, TaskValues
from ._source import Source

__all__ = ["YoloTask", "to_yolo", "yaml_string"]

#: What the label lines hold: boxes (``detect``), polygons (``segment``) or four corners (``obb``).
YoloTask = Literal["detect", "segment", "obb"]

_TASKS: dict[str, tuple[str, frozenset[str]]] = {
    # task: (the format's name in reports, the tools it holds)
    "detect": ("yolo", frozenset({"bounding-box", "rotated-bounding-box", "polygon", "segmentation"})),
    "segment": ("yolo-seg", frozenset({"bounding-box", "rotated-bounding-box", "polygon", "segmentation"})),
    "obb": ("yolo-obb", frozenset({"bounding-box", "rotated-bounding-box"})),
}

#: Decimal places of the normalised values (trailing zeros dropped): 1e-10 of the image.
_PLACES = 10


def _number(value: float) -> str:
    """``value`` (a fraction of the image) clamped to 0..1, with up to 10 decimal places and
    no trailing zeros (never ``-0``: ``-0.0`` is not above 0)."""
    # What min(max(0.0, value), 1.0) gives (NaN included), without two calls.
    clamped = (1.0 if value > 1.0 else value) if value > 0.0 else 0.0
    return (_FORMAT % clamped).rstrip("0").rstrip(".")


#: ``f"{value:.10f}"``.
_FORMAT = f"%.{_PLACES}f"


def _needs_escape(char: str) -> bool:
    code = ord(char)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or 0xD800 <= code <= 0xDFFF
        or code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)
    )


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that every YAML 1.1 and 1.2 reader (PyYAML,
    ruamel, Ultralytics) reads back unchanged: quotes and backslashes escaped, control
    characters and the characters YAML 1.1 takes for line breaks (U+0085, U+2028, U+2029)
    or refuses written as escapes; other characters as they are (UTF-8)."""
    parts = ['"']
    for char in text:
        if char in ('"', "\\"):
            parts.append("\\" + char)
        elif _needs_escape(char):
            code = ord(char)
            parts.append(f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}")
        else:
            parts.append(char)
    parts.append('"')
    return "".join(parts)


def _data_yaml(classes: ClassMap, task: str) -> str:
    lines = [
        f"# A YOLO dataset ({task}) written by ango-hub from an Ango Hub export.",
        "# labels/<stem>.txt holds the objects of one image: put each image at images/<its externalId>",
        "# (same sub-folders, same base name), so that images/x/cat.jpg goes with labels/x/cat.txt.",
        "# No 'path:' key: Ultralytics then resolves train and val against this file's folder",
        "# ('path: .' would mean the current directory). To validate on other images, split images/",
        "# and labels/ into train and val folders and change the two lines below.",
        "train: images",
        "val: images",
        f"nc: {len(classes)}",
        "# Class ids follow the label set's order (classes.json beside this file has the schemaIds).",
    ]
    if len(classes):
        lines.append("names:")
        lines.extend(f"  {entry.index}: {yaml_string(entry.name)}" for entry in classes)
    else:
        lines.append("names: {}")
    return "\n".join(lines) + "\n"


class _YoloWriter:
    first_id = 0
    needs_size = True
    unique: Literal["stem", "file_name"] | None = "stem"

    def __init__(self, task: str) -> None:
        self.task = task
        self.format, self.tools = _TASKS[task]
        self._labels: StagedFiles | None = None
        self._staging: Path | None = None
        self._classes: ClassMap | None = None
        self._report: ConversionReport | None = None

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self._staging = staging
        self._labels = StagedFiles(staging / "labels", "labels")
        self._classes = classes
        self._report = report

    def write(self, task: TaskValues, file_name: str | None) -> None:
        assert self._labels is not None
        assert self._report is not None
        assert file_name is not None  # unique = "stem": the driver skips a task without a safe name
        width, height = task.image_width, task.image_height
        assert width is not None
        assert height is not None
        text = ""
        if task.objects:
            detect = self.task == "detect"
            written = self._report.written
            right_edge, bottom_edge = width + EPSILON, height + EPSILON
            lines: list[str] = []
            for row in task.objects:
                bbox = row.bbox
                if detect and bbox is not None and row.tool in self.tools:
                    # image_box() of an object whose box lies in the image, and its line.
                    x, y, w, h = bbox
                    right, bottom = x + w, y + h
                    if (
                        -EPSILON <= x <= right_edge
                        and -EPSILON <= right <= right_edge
                        and -EPSILON <= y <= bottom_edge
                        and -EPSILON <= bottom <= bottom_edge
                    ):
                        x0 = x if x > 0.0 else 0.0  # max(0.0, x)
                        y0 = y if y > 0.0 else 0.0
                        w = (right if right < width else float(width)) - x0  # min(float(width), right)
                        h = (bottom if bottom < height else float(height)) - y0
                        cx, cy = _number((x0 + w / 2) / width), _number((y0 + h / 2) / height)
                        lines.append(f"{row.class_id} {cx} {cy} {_number(w / width)} {_number(h / height)}\n")
                        written["objects"] += 1
                        continue
                lines.extend(line + "\n" for line in self._lines(row, width, height))
            text = "".join(lines)
        self._labels.write(stem_of(file_name) + ".txt", text.encode("utf-8"), task.external_id)

    def _lines(self, row: ObjectValues, width: int, height: int) -> list[str]:
        assert self._report is not None
        report = self._report
        if row.tool not in self.tools:
            held = "boxes, rotated boxes, polygons and segmentations" if self.task != "obb" else "boxes"
            report.skip(
                SkipReason.UNSUPPORTED_TOOL,
                row.external_id,
                task_id=row.task_id,
                object_id=row.object_id,
                tool=row.tool,
                detail=f"{self.format} holds {held} in an image, not {row.tool}",
            )
            return []
        if self.task == "detect":
            box, clipped = image_box(row, width, height)
            if box is None:
                self._outside(row, width, height)
                return []
            x, y, w, h = box
            values = [(x + w / 2) / width, (y + h / 2) / height, w / width, h / height]
            lines = [_line(row.class_id, values)]
        elif self.task == "segment":
            if row.zones is not None and any(zone.holes for zone in row.zones):
                report.skip(
                    SkipReason.UNSUPPORTED_SHAPE,
                    row.external_id,
                    task_id=row.task_id,
                    object_id=row.object_id,
                    tool=row.tool,
                    detail="a YOLO polygon cannot have holes (COCO keeps them: to_coco)",
                )
                return []
            rings = object_rings(row) or ()
            kept: list[Ring] = []
            clipped = False
            for ring in rings:
                if not inside(ring, width, height):
                    clipped = True
                part = clip_ring(ring, width, height)
                if part is not None:
                    kept.append(part)
            if not kept:
                self._outside(row, width, height)
                return []
            lines = [_line(row.class_id, _flat(ring, width, height)) for ring in kept]
        else:  # obb
            corners = row.corners if row.corners is not None else box_corners(_bbox(row))
            clipped = not inside(corners, width, height)
            if clipped and clip_ring(corners, width, height) is None:
                self._outside(row, width, height)
                return []
            lines = [_line(row.class_id, _flat(clamp_ring(corners, width, height), width, height))]
        report.written["objects"] += 1
        if clipped:
            report.written["clipped"] += 1
        return lines

    def _outside(self, row: ObjectValues, width: int, height: int) -> None:
        assert self._report is not None
        self._report.skip(
            SkipReason.BROKEN_GEOMETRY,
            row.external_id,
            task_id=row.task_id,
            object_id=row.object_id,
            tool=row.tool,
            detail=f"the object lies outside its image ({width} x {height}): nothing of it is left to write",
        )

    def settle(self) -> None:
        """Wait for every label file; raise the error of the first that could not be written."""
        if self._labels is not None:
            self._labels.settle()

    def finish(self) -> None:
        assert self._staging is not None
        assert self._classes is not None
        assert self._report is not None
        self.settle()
        (self._staging / "data.yaml").write_text(
            _data_yaml(self._classes, self.task), encoding="utf-8", newline="\n"
        )
        clipped = self._report.written["clipped"]
        if clipped:
            self._report.notes.append(
                f"{clipped} object(s) reached outside their image and were cut to it "
                "(YOLO values are fractions of the image, 0..1)"
            )

    def close(self) -> None:
        if self._labels is not None:
            self._labels.close()


def _bbox(row: ObjectValues) -> tuple[float, float, float, float]:
    assert row.bbox is not None
    return row.bbox


def _flat(ring: Ring, width: int, height: int) -> list[float]:
    values: list[float] = []
    for x, y in ring:
        values.append(x / width)
        values.append(y / height)
    return values


def _line(class_id: int, values: list[float]) -> str:
    # Values are clamped to 0..1 (shapes are clipped to the image; never "-0").
    return " ".join([str(class_id), *[_number(value) for value in values]])


def to_yolo(
    source: Source,
    out_dir: str | os.PathLike[str],
    *,
    task: YoloTask = "detect",
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    on_missing_size: MissingSize = "error",
    image_dir: str | os.PathLike[str] | None = None,
    force: bool = False,
    progress: Callable[[int, int | None], None] | bool | str | None = None,
) -> ConversionReport:
    """Write YOLO label files (the Ultralytics and Darknet layout) into ``out_dir``; no
    dependency.

    ``out_dir`` gets:

    * ``labels/<stem>.txt`` for every image, where ``<stem>`` is the externalId without its
      extension, sub-folders kept (``street/cat.jpg`` -> ``labels/street/cat.txt``); an
      image without objects gets an empty file (a background image, not a missing one).
      Two externalIds with the same stem (``a.jpg``, ``a.png``, or differing only in case)
      raise :class:`ConversionError` naming both, and nothing is written; an externalId that
      cannot be a file name (absolute, ``..``) is skipped and reported.
    * ``data.yaml``: ``train``/``val`` (``images``; put each image at
      ``images/<externalId>``), ``nc`` and ``names`` (``{id: name}``) with every tool of the
      label set, ids from 0 in its order (:class:`ClassMap`): the same names and ids for
      every export of the project, whichever classes it happens to contain.
    * ``classes.json``: the ids with their schemaIds, to give back as ``class_map=`` later.

    One line per object, the class id then values normalised to 0..1 by the image's width
    and height (up to 10 decimal places):

    * ``task="detect"``: ``class cx cy w h``, the box's centre and size. Rotated boxes,
      polygons and segmentations are written as their enclosing (axis-aligned) box.
    * ``task="segment"``: ``class x1 y1 x2 y2 ...``, a polygon: polygons as they are,
      boxes as their four corners, rotated boxes as their four corners in the record's
      order, each zone of a segmentation as one polygon (a segmentation of several zones
      gives several lines of the same class). A zone with holes cannot be a YOLO polygon:
      such an object is skipped (``SkipReason.UNSUPPORTED_SHAPE``; :func:`to_coco` keeps it).
    * ``task="obb"``: ``class x1 y1 x2 y2 x3 y3 x4 y4``, the four corners of a rotated box
      in the record's order (its ``corners`` when the export has them, else computed from
      ``x, y, width, height, rotation`` as the export documents: ``(x, y)`` is the first
      corner and the box turns about it), an axis-aligned box as its corners from the
      top-left, clockwise. Polygons and segmentations are skipped
      (``SkipReason.UNSUPPORTED_TOOL``).

    Points, polylines, NER spans and PDF regions are skipped and reported
    (``SkipReason.UNSUPPORTED_TOOL``), never approximated.

    Objects reaching outside their image are cut to it, because YOLO values are fractions
    of the image (Ultralytics refuses a label file with a value outside 0..1): in
    ``detect``, the enclosing box of the part inside; in ``segment``, the polygon clipped to
    the image; in ``obb``, each corner moved onto the image's border (four points are
    kept, so the shape may no longer be an exact rectangle). ``report.written["clipped"]``
    counts them and a note says so; an object with nothing inside its image is skipped
    (``SkipReason.BROKEN_GEOMETRY``).

    Image sizes come from the export, or from the images' headers in ``image_dir``; an
    image without a known size raises :class:`MissingImageSizeError` naming all of them
    (``on_missing_size="error"``) or is skipped and reported (``"skip"``). ``force`` writes
    into a directory that is not empty. Files appear only when the whole conversion
    succeeded. Returns the :class:`ConversionReport` (``written``: ``tasks``, ``objects``,
    ``clipped``).

    >>> report = to_yolo("export.zip", "yolo/", task="obb", label_set="label_set.json")  # doctest: +SKIP
    """
    if task not in _TASKS:
        raise ConversionError(f'task must be "detect", "segment" or "obb", got {task!r}')
    return convert_with(
        _YoloWriter(task),
        source,
        out_dir,
        label_set=label_set,
        class_map=class_map,
        on_missing_size=on_missing_size,
        image_dir=image_dir,
        force=force,
        progress=progress,
    )
