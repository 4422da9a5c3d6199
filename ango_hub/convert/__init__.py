"""From an export to training data: COCO, YOLO, Pascal VOC, Parquet and JSON Lines, written
as a stream (an export of any size takes the memory of one record).

::

    from ango_hub.convert import to_coco, to_yolo, to_parquet

    report = to_coco("export.zip", "coco/", label_set="label_set.json")
    print(report.summary())

Every function takes an export file (``.zip``, ``.json``, ``.ndjson``) or any iterable of
records (``hub.exports.iter_records(project_id)``), and the label set (``label_set=``: a
``LabelSet``, a ``CategorySchema``, its JSON, or the path of a JSON file) or a saved
``classes.json`` (``class_map=``): class ids follow the label set's order and never change
(:class:`ClassMap`). What a format cannot hold is skipped and listed in the returned
:class:`ConversionReport`, never written approximately. ``ango-hub convert`` is the
command line (``docs/convert.md``).

``to_masks`` (segmentation masks as PNGs), ``to_overlays`` (pictures of each task's labels;
:mod:`ango_hub.convert.overlay`) and :mod:`ango_hub.convert.masks` (polygons and masks both
ways, brush PNGs) need ``ango-hub[masks]`` (numpy, Pillow).

The formats that need an extra say so before any work: ``ango-hub[coco]`` (pycocotools,
for segmentations with holes), ``ango-hub[parquet]`` (pyarrow), ``ango-hub[masks]``.
"""

from ango_hub._lazy import lazy_names

_MODULES = {
    "ClassEntry": "._classes",
    "ClassMap": "._classes",
    "ConversionError": "._errors",
    "MissingExtraError": "._errors",
    "MissingImageSizeError": "._errors",
    "ConversionReport": "._report",
    "SkipReason": "._report",
    "Skipped": "._report",
    "ObjectRow": "._rows",
    "TaskRow": "._rows",
    "iter_objects": "._rows",
    "iter_tasks": "._rows",
    "Zone": "._geometry",
    "image_size": "._imagesize",
    "OBJECT_COLUMNS": "._tables",
    "TASK_COLUMNS": "._tables",
    "to_jsonl": "._tables",
    "to_coco": "._coco",
    "to_yolo": "._yolo",
    "to_voc": "._voc",
    "to_parquet": "._parquet",
    "object_schema": "._parquet",
    "task_schema": "._parquet",
    "to_overlays": "._overlays_format",
    "MissingImageError": "._overlays_format",
    "to_masks": "._masks_format",
}

__all__ = sorted(_MODULES)

__getattr__, __dir__ = lazy_names(__name__, _MODULES)
