"""Masks as arrays: rasterise objects, polygons and masks both ways, Ango Hub's brush PNGs.

Needs the ``masks`` extra (numpy, Pillow): ``pip install 'ango-hub[masks]'``; a function
used without it raises :class:`~ango_hub.convert.MissingExtraError` naming the extra.

::

    from ango_hub.convert.masks import rasterize, polygon_to_mask, mask_to_polygons
    from ango_hub.convert.masks import decode_brush, encode_brush
    from ango_hub.convert.masks import decode_medical_brush, encode_medical_brush  # [medical]
"""

from ango_hub._lazy import lazy_names

_MODULES = {
    # Rasterising rows and shapes (ango_hub/convert/masks/_raster.py).
    "rasterize": "._raster",
    "Rasterized": "._raster",
    "polygon_to_mask": "._raster",
    # Tracing masks back to Ango's segmentation zones (ango_hub/convert/masks/_trace.py).
    "mask_to_polygons": "._trace",
    # Brush PNGs in the label set's colours (ango_hub/convert/masks/_brush.py).
    "decode_brush": "._brush",
    "encode_brush": "._brush",
    "BrushColorError": "._brush",
    "BrushMasks": "._brush",
    # Medical brushes: NRRD label volumes (ango_hub/convert/masks/_medical.py; the medical extra).
    "decode_medical_brush": "._medical",
    "encode_medical_brush": "._medical",
}

__all__ = sorted(_MODULES)

__getattr__, __dir__ = lazy_names(__name__, _MODULES)
