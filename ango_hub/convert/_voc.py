"""Pascal VOC annotation files: one ``Annotations/<stem>.xml`` per image; see :func:`to_voc`."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal

from ._classes import ClassMap
from ._driver import MissingSize, convert_with
from ._imagespace import image_box
from ._output import StagedFiles, stem_of
from ._report import ConversionReport, SkipReason
from ._rows import ObjectValues, TaskValues
from ._source import Source

__all__ = ["to_voc", "voc_box"]

#: The tools a VOC ``bndbox`` holds (all but boxes as their enclosing box).
_TOOLS = frozenset({"bounding-box", "rotated-bounding-box", "polygon", "segmentation"})

#: Characters XML 1.0 cannot hold at all, not even as a character reference.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def voc_box(box: tuple[float, float, float, float], width: int, height: int) -> tuple[int, int, int, int]:
    """``(xmin, ymin, xmax, ymax)`` of the box ``(x, y, w, h)`` (pixels, from the image's
    top-left corner at 0, 0) as VOC pixel indices: counted from 1 and inclusive, so the
    box covers the pixels ``xmin..xmax``: ``xmin = round(x) + 1``, ``xmax = round(x + w)``,
    at least one pixel wide and inside ``1..width``.

    >>> voc_box((50, 80, 50, 20), 640, 480)
    (51, 81, 100, 100)
    """
    x, y, w, h = box
    xmin = min(max(round(x) + 1, 1), width)
    ymin = min(max(round(y) + 1, 1), height)
    xmax = min(max(round(x + w), xmin), width)
    ymax = min(max(round(y + h), ymin), height)
    return xmin, ymin, xmax, ymax


class _VocWriter:
    format = "voc"
    first_id = 0
    needs_size = True
    unique: Literal["stem", "file_name"] | None = "stem"

    def __init__(self) -> None:
        self._annotations: StagedFiles | None = None
        self._list: IO[str] | None = None
        self._report: ConversionReport | None = None
        self._replaced = 0

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self._annotations = StagedFiles(staging / "Annotations", "Annotations")
        main = staging / "ImageSets" / "Main"
        main.mkdir(parents=True)
        self._list = (main / "default.txt").open("w", encoding="utf-8", newline="\n")
        self._report = report

    def _text(self, value: str) -> str:
        """``value`` without the characters XML 1.0 cannot hold (each becomes U+FFFD)."""
        cleaned, count = _NOT_XML.subn("\ufffd", value)
        self._replaced += count
        return cleaned

    def write(self, task: TaskValues, file_name: str | None) -> None:
        assert self._annotations is not None
        assert self._list is not None
        assert file_name is not None  # unique = "stem": the driver skips a task without a safe name
        assert task.image_width is not None
        assert task.image_height is not None
        width, height = task.image_width, task.image_height
        name = PurePosixPath(file_name)
        root = ET.Element("annotation")
        folder = str(name.parent)
        ET.SubElement(root, "folder").text = "" if folder == "." else folder
        ET.SubElement(root, "filename").text = name.name
        size = ET.SubElement(root, "size")
        ET.SubElement(size, "width").text = str(width)
        ET.SubElement(size, "height").text = str(height)
        ET.SubElement(size, "depth").text = "3"
        ET.SubElement(root, "segmented").text = "0"
        for row in task.objects:
            element = self._object(row, width, height)
            if element is not None:
                root.append(element)
        ET.indent(root)
        stem = stem_of(file_name)
        relative = stem + ".xml"
        data = ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
        self._annotations.write(relative, data, task.external_id)
        self._list.write(stem + "\n")

    def _object(self, row: ObjectValues, width: int, height: int) -> ET.Element | None:
        assert self._report is not None
        report = self._report
        if row.tool not in _TOOLS:
            report.skip(
                SkipReason.UNSUPPORTED_TOOL,
                row.external_id,
                task_id=row.task_id,
                object_id=row.object_id,
                tool=row.tool,
                detail=f"a VOC bndbox holds shapes with an area in an image, not {row.tool}",
            )
            return None
        box, clipped = image_box(row, width, height)
        if box is None:
            report.skip(
                SkipReason.BROKEN_GEOMETRY,
                row.external_id,
                task_id=row.task_id,
                object_id=row.object_id,
                tool=row.tool,
                detail=f"the object lies outside its image ({width} x {height}): nothing of it is left",
            )
            return None
        xmin, ymin, xmax, ymax = voc_box(box, width, height)
        element = ET.Element("object")
        ET.SubElement(element, "name").text = self._text(row.class_name)
        ET.SubElement(element, "pose").text = "Unspecified"
        ET.SubElement(element, "truncated").text = "1" if clipped else "0"
        ET.SubElement(element, "difficult").text = "0"
        bndbox = ET.SubElement(element, "bndbox")
        for tag, value in (("xmin", xmin), ("ymin", ymin), ("xmax", xmax), ("ymax", ymax)):
            ET.SubElement(bndbox, tag).text = str(value)
        if row.attributes:
            attributes = ET.SubElement(element, "attributes")
            for title, answer in row.attributes.items():
                attribute = ET.SubElement(attributes, "attribute")
                ET.SubElement(attribute, "name").text = self._text(title)
                ET.SubElement(attribute, "value").text = self._text(_answer_text(answer))
        report.written["objects"] += 1
        if clipped:
            report.written["clipped"] += 1
        return element

    def settle(self) -> None:
        """Wait for every annotation file; raise the error of the first that could not be written."""
        if self._annotations is not None:
            self._annotations.settle()

    def finish(self) -> None:
        assert self._report is not None
        self.settle()
        clipped = self._report.written["clipped"]
        if clipped:
            self._report.notes.append(
                f"{clipped} object(s) reached outside their image: their bndbox is the part inside it, "
                "marked <truncated>1</truncated>"
            )
        if self._replaced:
            self._report.notes.append(
                f"{self._replaced} character(s) of class names or answers cannot be written in XML 1.0 "
                "(control characters) and were replaced by U+FFFD"
            )

    def close(self) -> None:
        if self._list is not None:
            self._list.close()
        if self._annotations is not None:
            self._annotations.close()


def _answer_text(answer: Any) -> str:
    if isinstance(answer, str):
        return answer
    if answer is None:
        return ""
    return json.dumps(answer, ensure_ascii=False)


def to_voc(
    source: Source,
    out_dir: str | os.PathLike[str],
    *,
    label_set: object | None = None,
    class_map: ClassMap | str | os.PathLike[str] | None = None,
    on_missing_size: MissingSize = "error",
    image_dir: str | os.PathLike[str] | None = None,
    force: bool = False,
    progress: Callable[[int, int | None], None] | bool | str | None = None,
) -> ConversionReport:
    """Write Pascal VOC annotation files into ``out_dir``; no dependency.

    ``out_dir`` gets:

    * ``Annotations/<stem>.xml`` for every image, where ``<stem>`` is the externalId
      without its extension, sub-folders kept (``street/cat.jpg`` ->
      ``Annotations/street/cat.xml``); an image without objects gets a file without
      ``<object>``. Two externalIds with the same stem (``a.jpg``, ``a.png``, or differing
      only in case) raise :class:`ConversionError` naming both, and nothing is written; an
      externalId that cannot be a file name (absolute, ``..``) is skipped and reported.
    * ``ImageSets/Main/default.txt``: the stems, one a line (rename or split it into
      ``train.txt``/``val.txt`` as your tool expects). Put the images in ``JPEGImages/``
      under their externalIds.
    * ``classes.json``: the classes of the label set in its order (ids from 0; VOC itself
      names classes), to give back as ``class_map=`` later.

    Each file is UTF-8 XML with a declaration, in the VOC layout: ``folder`` (the
    externalId's sub-folders, empty when it has none), ``filename`` (its base name),
    ``size`` (``width``, ``height``, ``depth`` 3: the export does not say how many channels
    an image has), ``segmented`` 0, and one ``object`` per shape: ``name`` (the class, the
    tool's title), ``pose`` Unspecified, ``truncated`` (1 when the object reached outside
    the image and was cut to it, else 0), ``difficult`` 0, ``bndbox`` and the object's
    classification answers as ``<attributes><attribute><name>title</name>
    <value>answer</value></attribute>...</attributes>`` (a text answer as it is, others —
    checkbox lists, numbers — as JSON).

    ``bndbox`` values are whole VOC pixel indices, counted from 1 and inclusive, as in the
    original VOC devkit: ``xmin = round(x) + 1``, ``xmax = round(x + width)`` for a box at
    ``x`` (from 0) of ``width`` pixels, so ``x = xmin - 1`` and ``width = xmax - xmin + 1``
    read it back (readers that take VOC values as 0-based coordinates see the box shifted by
    one pixel at its top-left). Boxes are written as they are (a negative width or height
    runs from the first click), rotated boxes, polygons and segmentations as their
    enclosing box; the part of an object outside its image is cut off (an object with
    nothing inside is skipped, ``SkipReason.BROKEN_GEOMETRY``). Points, polylines, NER spans
    and PDF regions are skipped and reported (``SkipReason.UNSUPPORTED_TOOL``).

    Image sizes and ``on_missing_size``, ``image_dir``, ``force`` and ``progress`` work as
    in :func:`to_yolo`. Returns the :class:`ConversionReport` (``written``: ``tasks``,
    ``objects``, ``clipped``).

    >>> report = to_voc("export.zip", "voc/", label_set="label_set.json")  # doctest: +SKIP
    """
    return convert_with(
        _VocWriter(),
        source,
        out_dir,
        label_set=label_set,
        class_map=class_map,
        on_missing_size=on_missing_size,
        image_dir=image_dir,
        force=force,
        progress=progress,
    )
