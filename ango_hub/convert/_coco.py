"""COCO instances (``annotations.json``), written as a stream.

COCO is one JSON document, but the converter never holds it: each image and each
annotation is written, as soon as its task is read, to a spool file (JSON Lines, in the
conversion's staging folder), and :meth:`_CocoWriter.finish` stitches the spools into
``annotations.json`` by copying bytes. An export of any size takes the memory of one task.

What the file holds, and why:

* ``images``: one per task, ids 1..n in the export's order, ``file_name`` the externalId
  (checked to be a safe relative name, two images never share one), ``width`` and
  ``height`` (required: see ``on_missing_size``); images without objects are kept (a
  detector learns from negatives too). The task's classification answers are the image's
  ``attributes``.
* ``categories``: every tool of the label set, in its order, ids from 1 (``classes.json``
  beside it): the same categories whatever the export contains, so ids never change
  between two exports of one project.
* ``annotations``: bounding boxes (positive ``[x, y, w, h]``; their ``segmentation`` is the
  box's rectangle, which is the object's exact outline), polygons, rotated boxes (their
  four corners in the record's order as a polygon), segmentations (a multi-zone object is
  one annotation: polygons when no zone has a hole, else one RLE mask, holes subtracted,
  rasterised as ``to_masks`` does (a pixel's centre inside; ``ango_hub.convert.masks.
  polygon_to_mask``) and encoded by pycocotools). ``iscrowd`` is always 0 (1 would make COCOeval ignore the
  object); ``area`` is the polygon's area (shoelace) or the mask's pixel count; ``bbox`` is
  set on every annotation; the object's classification answers are its ``attributes``.
* Points, polylines, NER spans and PDF regions have no COCO instance form: they are
  skipped and reported (``unsupported_tool``), never approximated. Objects on a page other
  than the first of a multi-page asset (``page`` > 0) are skipped and reported
  (``unsupported_shape``): a COCO image is one picture, the file named by ``file_name``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from math import isfinite
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from ._classes import ClassMap
from ._driver import MissingSize, convert_with
from ._errors import MissingExtraError
from ._geometry import Point, Zone, ring_area
from ._jsonout import compact, orjson_in_use, plain_answers, stdlib_compact
from ._report import ConversionReport, SkipReason
from ._rows import ObjectValues, TaskValues
from ._source import Source

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["to_coco"]

#: The tools COCO holds as instances; the others are skipped and reported.
_COCO_TOOLS = frozenset({"bounding-box", "rotated-bounding-box", "polygon", "segmentation"})

_IMAGES_SPOOL = ".images.jsonl"
_ANNOTATIONS_SPOOL = ".annotations.jsonl"
_OUTPUT = "annotations.json"
#: Bytes copied at a time from a spool into ``annotations.json``.
_COPY_CHUNK = 256 << 10
#: The write buffer of a spool: lines are a few hundred bytes, one write call per megabyte.
_SPOOL_BUFFER = 1 << 20


def _flat(ring: Sequence[Point]) -> list[float]:
    """``[x1, y1, x2, y2, ...]``: a ring as COCO writes a polygon."""
    return [coordinate for point in ring for coordinate in point]


def _dumps(value: Any) -> str:
    return stdlib_compact(value, allow_nan=False)


class _Spool:
    """Items of one JSON array, one a line, written to ``path`` as they come: the lines are
    already separated by commas, so the array's body is the file's bytes as they are."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: IO[bytes] | None = open(path, "wb", buffering=_SPOOL_BUFFER)  # noqa: SIM115
        self.count = 0

    def add(self, item: dict[str, Any], fast: bool) -> None:
        """Append ``item``; ``fast``: its floats are finite and its answers plain (orjson may
        write it, see ``_jsonout``)."""
        assert self.handle is not None
        if fast:
            self.handle.write((b",\n" if self.count else b"\n") + compact(item, allow_nan=False))
        else:
            self.handle.write((("\n" if self.count == 0 else ",\n") + _dumps(item)).encode("utf-8"))
        self.count += 1

    def copy_into(self, out: IO[bytes]) -> None:
        """Write the array's body into ``out`` (its bytes as they are) and delete the spool."""
        self.close()
        with self.path.open("rb") as spool:
            shutil.copyfileobj(spool, out, _COPY_CHUNK)
        self.path.unlink()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class _CocoWriter:
    format = "coco"
    first_id = 1
    needs_size = True
    unique: Literal["stem", "file_name"] | None = "file_name"

    def __init__(self, mask: ModuleType) -> None:
        self._mask = mask
        self._staging: Path | None = None
        self._classes: ClassMap | None = None
        self._report: ConversionReport | None = None
        self._images: _Spool | None = None
        self._annotations: _Spool | None = None
        self._fast = False

    # --- the Writer protocol ------------------------------------------------------------

    def start(self, staging: Path, classes: ClassMap, report: ConversionReport) -> None:
        self._staging = staging
        self._classes = classes
        self._report = report
        self._images = _Spool(staging / _IMAGES_SPOOL)
        self._annotations = _Spool(staging / _ANNOTATIONS_SPOOL)
        self._fast = orjson_in_use()

    def write(self, task: TaskValues, file_name: str | None) -> None:
        assert self._images is not None
        assert self._annotations is not None
        assert self._report is not None
        assert file_name is not None  # unique = "file_name": the driver gives every image one
        assert task.image_width is not None
        assert task.image_height is not None
        fast = self._fast
        image_id = self._images.count + 1
        self._images.add(
            {
                "id": image_id,
                "file_name": file_name,
                "width": task.image_width,
                "height": task.image_height,
                "attributes": task.attributes,
            },
            fast and plain_answers(task.attributes),
        )
        written = self._report.written
        written["images"] += 1
        annotations = self._annotations
        for row in task.objects:
            annotation = self._annotation(row, task.image_width, task.image_height)
            if annotation is None:
                continue
            item, floats = annotation
            annotations.add(
                {"id": annotations.count + 1, "image_id": image_id, **item},
                fast and isfinite(floats) and plain_answers(row.attributes),
            )
            written["objects"] += 1

    def finish(self) -> None:
        assert self._staging is not None
        assert self._classes is not None
        assert self._images is not None
        assert self._annotations is not None
        from ango_hub import __version__

        now = datetime.now(UTC)
        info = {
            "description": f"Converted from an Ango Hub export by ango-hub {__version__}",
            "version": __version__,
            "year": now.year,
            "date_created": now.isoformat(timespec="seconds"),
        }
        categories = [
            {"id": entry.index + self.first_id, "name": entry.name, "supercategory": entry.tool}
            for entry in self._classes
        ]
        with (self._staging / _OUTPUT).open("wb") as out:
            out.write(('{"info":' + _dumps(info) + ',\n"licenses":[],\n"images":[').encode())
            self._images.copy_into(out)
            out.write(b'\n],\n"annotations":[')
            self._annotations.copy_into(out)
            out.write(b'\n],\n"categories":[')
            out.write(",".join("\n" + _dumps(category) for category in categories).encode())
            out.write(b"\n]}\n")

    def close(self) -> None:
        for spool in (self._images, self._annotations):
            if spool is not None:
                spool.close()

    # --- one object -----------------------------------------------------------------------

    def _annotation(self, row: ObjectValues, width: int, height: int) -> tuple[dict[str, Any], float] | None:
        """The annotation of ``row`` (without its ids) and the sum of the floats in it (finite
        when every one is), or None when COCO cannot hold it (skipped and reported)."""
        assert self._report is not None
        tool = row.tool
        if tool not in _COCO_TOOLS:
            self._report.skip(
                SkipReason.UNSUPPORTED_TOOL,
                row.external_id,
                task_id=row.task_id,
                object_id=row.object_id,
                tool=tool,
                detail=f"COCO instances have no form for a {tool}",
            )
            return None
        if row.page is not None and row.page > 0:
            self._report.skip(
                SkipReason.UNSUPPORTED_SHAPE,
                row.external_id,
                task_id=row.task_id,
                object_id=row.object_id,
                tool=tool,
                detail=f"the object is on page {row.page} (from 0) of a multi-page asset; "
                "a COCO image is one picture",
            )
            return None
        bbox = row.bbox
        assert bbox is not None
        segmentation: list[list[float]] | dict[str, Any]
        if tool == "bounding-box":
            x, y, w, h = bbox
            right, bottom = x + w, y + h
            segmentation = [[x, y, right, y, right, bottom, x, bottom]]
            area = w * h
            floats = x + y + w + h + right + bottom + area
        else:
            if tool == "rotated-bounding-box":
                assert row.corners is not None
                segmentation = [_flat(row.corners)]
                area = ring_area(row.corners)
            elif tool == "polygon":
                assert row.points is not None
                segmentation = [_flat(row.points)]
                area = ring_area(row.points)
            else:
                assert row.zones is not None
                if any(zone.holes for zone in row.zones):
                    segmentation, area = self._rle(row.zones, width, height)
                else:
                    segmentation = [_flat(zone.region) for zone in row.zones]
                    area = sum(ring_area(zone.region) for zone in row.zones)
            floats = area + sum(bbox)
            if type(segmentation) is list:
                floats += sum([sum(ring) for ring in segmentation])
        return (
            {
                "category_id": row.class_id,
                "segmentation": segmentation,
                "area": area,
                "bbox": list(bbox),
                "iscrowd": 0,
                "attributes": row.attributes,
            },
            floats,
        )

    def _rle(self, zones: Sequence[Zone], width: int, height: int) -> tuple[dict[str, Any], float]:
        """One RLE mask of ``zones`` at the image's size: each zone's region minus its holes,
        then the union of the zones (a hole of one zone does not cut another zone). The
        pixels are those of ``ango_hub.convert.masks.polygon_to_mask`` (a pixel's centre inside,
        the rule of ``to_masks``); pycocotools encodes them."""
        import numpy as np

        from .masks._raster import polygon_to_mask

        canvas = polygon_to_mask(list(zones), (width, height))
        rle = self._mask.encode(np.asfortranarray(canvas, dtype=np.uint8))
        area = float(self._mask.area(rle))
        counts = rle["counts"]
        return (
            {
                "size": [int(value) for value in rle["size"]],
                "counts": counts.decode("ascii") if isinstance(counts, bytes) else str(counts),
            },
            area,
        )


def _pycocotools_mask() -> ModuleType:
    try:
        from pycocotools import mask
    except ImportError:
        raise MissingExtraError("COCO output", "coco", "pycocotools") from None
    return mask  # type: ignore[no-any-return]


def to_coco(
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
    """Write a COCO instances file ``annotations.json`` and ``classes.json`` into ``out_dir``.

    ``source`` is an export file (``.zip``, ``.json``, ``.ndjson``) or an iterable of records
    (``hub.exports.iter_records(project_id)``); ``label_set`` (a ``LabelSet``, its JSON, or the
    path of a JSON file) and/or ``class_map`` (a saved ``classes.json``) give the categories:
    every tool of the label set, in its order, ids from 1, whatever the export contains.

    Images need a width and height: by default a :class:`MissingImageSizeError` names every
    image without one and nothing is written; ``image_dir`` reads the sizes from the images'
    headers; ``on_missing_size="skip"`` leaves those images out and reports them. Boxes,
    rotated boxes (as their four corners), polygons and segmentations are written (a
    segmentation with holes as an RLE mask); points, polylines, NER and PDF objects are
    skipped and reported. ``out_dir`` must be empty unless ``force``; files appear only when
    the whole conversion succeeded. ``progress``: True for a bar, or a callback
    ``(done, total)``.

    Needs the ``coco`` extra (pycocotools): :class:`MissingExtraError` otherwise, before any
    work. Returns the :class:`ConversionReport` (``written["images"]``,
    ``written["objects"]``, and what was skipped, with why).

    ::

        report = to_coco("export.zip", "coco/", label_set="label_set.json")
        COCO("coco/annotations.json")  # pycocotools reads it as it is
    """
    mask = _pycocotools_mask()
    return convert_with(
        _CocoWriter(mask),
        source,
        out_dir,
        label_set=label_set,
        class_map=class_map,
        on_missing_size=on_missing_size,
        image_dir=image_dir,
        force=force,
        progress=progress,
    )
