"""Ango Hub's medical brush masks (NRRD segmentations) as boolean volumes, and back.

The wire format (Ango Hub's "Importing NRRD Annotations" and "New Medical Labeling Editor"
pages, and the official SDK 1.4.10): a task's medical brush traces are **one NRRD volume**
(the task's ``medicalBrushDataUrl``) whose voxel values are label values, 0 the background:
a voxel of value ``n`` belongs to the ``medical-brush`` tool whose ``schemaId`` is ``"n"``
(the editor numbers these tools ``"1"``, ``"2"``, ...; 3D Slicer's ``SegmentN_LabelValue``).
The SDK writes ``uint8`` voxels, gzip-encoded, from a ``(z, y, x)`` array in C order
(``sizes: x y z``); exports may link a ``.zip`` holding the ``.nrrd`` instead.

:func:`decode_medical_brush` reads a volume (raw NRRD, or a zip of one) into
:class:`~ango_hub.convert.masks.BrushMasks` of ``(z, y, x)`` boolean arrays, keyed by
schemaId; :func:`encode_medical_brush` writes masks (one per class, or one array of class
ids) as such a volume, with 3D Slicer's ``SegmentN_*`` fields (name, label value, colour).
A label value no medical-brush tool has is a :class:`~ango_hub.convert.masks.BrushColorError`.
A layered Slicer file (4-D, one label volume per layer) is read layer by layer.

Needs the ``medical`` extra (numpy, Pillow, pynrrd).
"""

from __future__ import annotations

import importlib.util
import os
import zipfile
from collections.abc import Mapping, Sequence
from io import BytesIO
from typing import TYPE_CHECKING, Any

from .._classes import ClassMap
from .._errors import ConversionError, MissingExtraError
from ._brush import (
    BrushClass,
    BrushColorError,
    BrushMasks,
    Layers,
    Palette,
    UnknownValue,
    _first,
    check_masks,
    read_bytes,
)

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["decode_medical_brush", "encode_medical_brush"]


def require_medical_extra(what: str) -> None:
    """Raise :class:`MissingExtraError` (extra ``medical``) unless numpy and pynrrd are installed."""
    for module in ("numpy", "nrrd"):
        if importlib.util.find_spec(module) is None:
            raise MissingExtraError(what, "medical", module)


def _labels(palette: Palette, entries: Sequence[BrushClass]) -> None:
    for entry in entries:
        if entry.label is None or entry.label < 1:
            raise ConversionError(
                f"the medical-brush tool {entry.describe()} has no numeric schemaId: Ango Hub stores a "
                'medical brush voxel\'s class as the number of its schemaId ("1", "2", ...); give the '
                "tool one"
            )


def volume_of(layers: Layers, palette: Palette) -> NDArray[Any]:
    """The label volume of disjoint layers: each voxel the label value of its class, 0 elsewhere."""
    import numpy as np

    _labels(palette, [entry for entry, mask in layers.masks if mask.any()])
    top = max((entry.label or 0 for entry, _mask in layers.masks), default=0)
    volume = np.zeros(
        layers.shape, dtype=np.uint8 if top <= 0xFF else np.uint16 if top <= 0xFFFF else np.uint32
    )
    for entry, mask in layers.masks:
        volume[mask] = entry.label or 0
    return volume


def nrrd_bytes(layers: Layers, palette: Palette, header: Mapping[str, Any] | None = None) -> bytes:
    """Write the layers as a gzip-encoded NRRD label volume (see the module docstring)."""
    import nrrd

    volume = volume_of(layers, palette)
    fields: dict[str, Any] = {"encoding": "gzip", "kinds": ["domain"] * volume.ndim}
    fields.update(header or {})
    for number, (entry, _mask) in enumerate(layers.masks):
        prefix = f"Segment{number}_"
        fields[prefix + "ID"] = entry.schema_id
        fields[prefix + "Name"] = entry.name
        fields[prefix + "LabelValue"] = str(entry.label)
        fields[prefix + "Layer"] = "0"
        if entry.rgb is not None:
            red, green, blue = (entry.rgb >> 16) & 0xFF, (entry.rgb >> 8) & 0xFF, entry.rgb & 0xFF
            fields[prefix + "Color"] = " ".join(f"{channel / 255:.6g}" for channel in (red, green, blue))
    out = BytesIO()
    try:
        nrrd.write(out, volume, fields, index_order="C")
    except (nrrd.NRRDError, ValueError, TypeError) as exc:
        raise ConversionError(f"cannot write the NRRD volume with this header: {exc}") from None
    return out.getvalue()


def encode_medical_brush(
    masks: Mapping[str, Any] | NDArray[Any],
    label_set: object,
    *,
    class_map: ClassMap | None = None,
    first_id: int = 1,
    order: Sequence[str] | None = None,
    allow_empty: bool = False,
    header: Mapping[str, Any] | None = None,
) -> bytes:
    """The NRRD volume Ango Hub expects for medical brush ``masks`` (``medicalBrushDataUrl``'s file).

    ``masks`` is a mapping of ``medical-brush`` classes (schemaId or title) to boolean
    ``(z, y, x)`` volumes, or one integer volume of class ids (``class_map``'s ids from
    ``first_id``, 0 the background), checked as :func:`~ango_hub.convert.masks.encode_brush`
    checks 2-D masks. Each voxel gets its class's label value, the number its schemaId spells
    (a tool whose schemaId is not a number cannot be written). ``header`` adds NRRD fields
    (for example the volume's ``space directions`` and ``space origin``).

    Needs the ``medical`` extra (numpy, pynrrd).
    """
    require_medical_extra("encode_medical_brush")
    checked = check_masks(masks, ndim=3)
    palette = Palette.of(label_set, "medical-brush")
    layers = checked.layers(
        palette, class_map=class_map, first_id=first_id, order=order, allow_empty=allow_empty
    )
    return nrrd_bytes(layers, palette, header)


def _nrrd_member(data: bytes) -> bytes:
    """The NRRD file of ``data``: itself, or the one ``.nrrd`` member of a zip archive."""
    if not data.startswith(b"PK\x03\x04"):
        return data
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = [
                info.filename
                for info in archive.infolist()
                if not info.is_dir() and info.filename.lower().endswith(".nrrd")
            ]
            if len(names) != 1:
                listed = ", ".join(repr(name) for name in archive.namelist()[:10])
                raise ConversionError(
                    f"the medical brush archive holds {len(names)} .nrrd files (expected one): {listed}"
                )
            return archive.read(names[0])
    except (zipfile.BadZipFile, OSError) as exc:
        raise ConversionError(f"the medical brush mask is not a readable zip archive: {exc}") from None


def read_volume(data: bytes) -> NDArray[Any]:
    """The label volume of an NRRD file (``(z, y, x)``; a layered file: ``(z, y, x, layer)``)."""
    import nrrd
    import numpy as np

    handle = BytesIO(_nrrd_member(data))
    try:
        header = nrrd.read_header(handle)
        volume = nrrd.read_data(header, handle, index_order="C")
    except (nrrd.NRRDError, ValueError, OSError, EOFError) as exc:
        raise ConversionError(f"the medical brush mask is not a readable NRRD file: {exc}") from None
    if volume.dtype.kind not in "iu":
        if volume.dtype.kind == "f" and np.array_equal(volume, np.round(volume)):
            volume = volume.astype(np.int64)
        else:
            raise ConversionError(f"the medical brush volume holds {volume.dtype} values, not integer labels")
    kinds = header.get("kinds") or []
    layered = volume.ndim == 4 and isinstance(kinds, list) and bool(kinds) and kinds[0] == "list"
    if volume.ndim != 3 and not layered:
        raise ConversionError(
            f"the medical brush volume has {volume.ndim} dimensions: expected 3 (x, y, z), or 4 with the "
            "layers first (3D Slicer's layered segmentations)"
        )
    labels: NDArray[Any] = volume
    return labels


def decode_medical_brush(nrrd_file: bytes | str | os.PathLike[str], label_set: object) -> BrushMasks:
    """The boolean volume of each medical brush class of an NRRD segmentation.

    ``nrrd_file`` is the file's bytes or path (an NRRD, or a zip archive holding one, as
    exports link them); ``label_set`` names the ``medical-brush`` tools. Returns
    :class:`~ango_hub.convert.masks.BrushMasks` of ``(z, y, x)`` boolean arrays keyed by
    schemaId (classes with voxels only). A label value that no medical-brush tool's schemaId
    spells is a :class:`~ango_hub.convert.masks.BrushColorError` naming it, its voxel count
    and first voxel. Needs the ``medical`` extra.
    """
    require_medical_extra("decode_medical_brush")
    import numpy as np

    data = read_bytes(nrrd_file, "medical brush NRRD")
    palette = Palette.of(label_set, "medical-brush")
    volume = read_volume(data)
    layers = [volume[..., index] for index in range(volume.shape[-1])] if volume.ndim == 4 else [volume]
    shape = tuple(int(side) for side in layers[0].shape)
    by_label = {entry.label: entry for entry in palette.classes if entry.label is not None}
    found: dict[str, NDArray[np.bool_]] = {}
    unknown: dict[int, UnknownValue] = {}
    for layer in layers:
        for value in (int(v) for v in np.unique(layer) if v != 0):
            hits = layer == value
            entry = by_label.get(value)
            if entry is None:
                seen = unknown.get(value)
                count = int(hits.sum()) + (seen.pixels if seen else 0)
                first = seen.first if seen else tuple(reversed(_first(hits)))
                unknown[value] = UnknownValue(f"label {value}", count, first)
                continue
            found[entry.schema_id] = found[entry.schema_id] | hits if entry.schema_id in found else hits
    if unknown:
        raise BrushColorError(
            sorted(unknown.values(), key=lambda item: -item.pixels),
            known=palette.listing(),
            what="label value",
        )
    order = [entry.schema_id for entry in palette.classes]
    return BrushMasks(
        {key: found[key] for key in order if key in found},
        shape=shape,
        names={entry.schema_id: entry.name for entry in palette.classes},
        class_map=palette.class_map,
    )
