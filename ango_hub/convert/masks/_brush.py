"""Ango Hub's brush masks as boolean arrays, and back.

The wire format (Ango Hub's "Importing Brush Traces" page, and the official SDK 1.4.10):
a task's brush traces are **one RGBA PNG** (the task's ``brushDataUrl``) of the image's
size, in which each brush class of the label set is painted, opaque, in its label-set
``color`` (``#rrggbb``), on a transparent background (``(255, 255, 255, 0)``). One PNG holds
every brush class of the task.

:func:`decode_brush` reads such a PNG into a :class:`BrushMasks` (a mapping of the tools'
``schemaId`` to a ``(height, width)`` boolean array, for the classes that have pixels);
:func:`encode_brush` paints boolean masks (one per class, named by ``schemaId`` or title) or
one array of class ids (a :class:`~ango_hub.convert.ClassMap`'s ids) into the PNG Ango Hub
expects. Both check everything first: a colour no brush class has is a
:class:`BrushColorError` naming it (hex), its pixel count and its first pixel; a mask of
the wrong shape or type, an unknown class, an id outside the class map, two classes
painting the same pixel, a class with no pixels: a :class:`~ango_hub.convert.ConversionError`
saying what and where.

Decoding rules: a pixel is painted when its alpha is above 0 (a partly transparent pixel
counts, in the class of its colour); its RGB must be a brush tool's colour exactly, or with
``tolerance=`` at most that far on each channel from one (the nearest wins, ties to the
tool that comes first in the label set). A PNG without an alpha channel is opaque
everywhere: its background is then a colour too, and refused. Two brush tools of one label
set with the same colour cannot be told apart: a PNG using that colour is refused (only
then), and so is encoding either class.

Medical brushes (NRRD volumes) are in :mod:`ango_hub.convert.masks._medical`.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import TYPE_CHECKING, Any, Literal

from .._classes import ClassMap, _label_set_tools
from .._errors import ConversionError, MissingExtraError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["BrushColorError", "BrushMasks", "decode_brush", "encode_brush"]

#: The transparent background of a brush PNG, as Ango Hub's import page gives it.
BACKGROUND = (255, 255, 255, 0)
_COLOR = re.compile(r"#?([0-9a-fA-F]{6})")
#: How many unknown colours (or label values) an error lists, and how many classes.
_LISTED = 8

BrushTool = Literal["brush", "medical-brush"]


def require_masks_extra(what: str) -> None:
    """Raise :class:`MissingExtraError` (extra ``masks``) unless numpy and Pillow are installed."""
    for module in ("numpy", "PIL"):
        if importlib.util.find_spec(module) is None:
            raise MissingExtraError(what, "masks", module)


# -- errors ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnknownValue:
    """A colour (``"#rrggbb"``) or label value (``"label 7"``) no class has, how many pixels
    have it and the first of them, as ``(x, y)`` (``(x, y, z)`` in a volume)."""

    value: str
    pixels: int
    first: tuple[int, ...]

    def __str__(self) -> str:
        where = ", ".join(f"{axis}={value}" for axis, value in zip("xyz", self.first, strict=False))
        return f"{self.value} ({self.pixels} pixel{'s' if self.pixels != 1 else ''}, first at {where})"


class BrushColorError(ConversionError):
    """A brush PNG holds a colour (a medical NRRD: a label value) that no brush class of the
    label set has.

    ``unknown`` lists each such value with its pixel count and first pixel (``x, y``);
    ``known`` the brush classes of the label set with their colours (or label values).
    """

    def __init__(
        self, unknown: Sequence[UnknownValue], *, known: Sequence[str], what: str = "colour"
    ) -> None:
        self.unknown = tuple(unknown)
        self.known = tuple(known)
        listed = "; ".join(str(value) for value in self.unknown[:_LISTED])
        more = f"; and {len(self.unknown) - _LISTED} more" if len(self.unknown) > _LISTED else ""
        classes = ", ".join(self.known) if self.known else "none"
        if what == "colour":
            hint = (
                "Ango Hub paints each brush class in its label-set colour, opaque, on a transparent "
                "background (alpha 0); pass tolerance= for antialiased edges"
            )
        else:
            hint = "Ango Hub stores a medical brush voxel's class as the number of its tool's schemaId"
        kind = "brush" if what == "colour" else "medical-brush"
        super().__init__(
            f"the {kind} mask holds {len(self.unknown)} {what}(s) no {kind} class of the label set has: "
            f"{listed}{more}. The label set's {kind} classes: {classes}. {hint}"
        )


# -- the label set's brush classes ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BrushClass:
    """A brush tool of the label set: its schemaId, title, colour (packed ``0xRRGGBB``) and,
    for a medical brush, its label value (the number its schemaId spells)."""

    schema_id: str
    name: str
    color: str | None
    rgb: int | None
    label: int | None

    def describe(self) -> str:
        """``'Road' (schemaId abc)``."""
        return f"{self.name!r} (schemaId {self.schema_id})"


@dataclass
class Palette:
    """The brush classes of a label set (of one tool type), and how to find them by key."""

    tool: BrushTool
    classes: list[BrushClass]
    class_map: ClassMap
    #: schemaId or title of each tool of another type -> its tool type.
    others: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, label_set: object, tool: BrushTool = "brush") -> Palette:
        """The brush classes (tools of type ``tool``) of ``label_set`` (any form, or a path)."""
        if isinstance(label_set, Palette) and label_set.tool == tool:
            return label_set
        from .._rows import load_label_set

        loaded = load_label_set(label_set)
        if loaded is None:
            raise ConversionError("a label set is needed to read or paint brush masks (label_set=)")
        tools = _label_set_tools(loaded)
        classes: list[BrushClass] = []
        others: dict[str, str] = {}
        for raw in tools:
            schema_id = str(raw["schemaId"])
            title = raw.get("title")
            name = str(title) if isinstance(title, str) and title else schema_id
            kind = str(raw.get("tool") or "")
            if kind != tool:
                others.setdefault(schema_id, kind)
                others.setdefault(name, kind)
                continue
            color = raw.get("color")
            match = _COLOR.fullmatch(color) if isinstance(color, str) else None
            rgb = int(match.group(1), 16) if match else None
            hex_color = f"#{rgb:06x}" if rgb is not None else None
            label = int(schema_id) if schema_id.isdigit() and schema_id.isascii() else None
            classes.append(BrushClass(schema_id, name, hex_color, rgb, label))
        return cls(tool, classes, ClassMap.from_label_set(loaded), others)

    @property
    def by_schema_id(self) -> dict[str, BrushClass]:
        """The classes by schemaId."""
        return {entry.schema_id: entry for entry in self.classes}

    def listing(self) -> list[str]:
        """``'Road' #f44336`` (or ``'Liver' = 1``) for each class, for error messages."""
        if self.tool == "brush":
            return [f"{entry.name!r} {entry.color or '(no colour)'}" for entry in self.classes]
        return [f"{entry.name!r} = {entry.schema_id}" for entry in self.classes]

    def resolve(self, key: object) -> BrushClass:
        """The class a mask's key names: a brush tool's schemaId, else its title."""
        if not isinstance(key, str):
            raise TypeError(f"a mask's class is named by a schemaId or title (str), got {type(key).__name__}")
        for entry in self.classes:
            if entry.schema_id == key:
                return entry
        named = [entry for entry in self.classes if entry.name == key]
        if len(named) == 1:
            return named[0]
        if named:
            ids = ", ".join(entry.schema_id for entry in named)
            raise ConversionError(
                f"{len(named)} {self.tool} tools of the label set are titled {key!r} (schemaIds {ids}): "
                "name the class by its schemaId"
            )
        if key in self.others:
            raise ConversionError(
                f"{key!r} is a {self.others[key] or 'untyped'} tool of the label set, not a {self.tool} "
                f"tool: only {self.tool} classes are painted in a {self._file} (the other objects of the "
                "task are kept as they are)"
            )
        available = ", ".join(self.listing()) or f"the label set has no {self.tool} tool"
        raise ConversionError(
            f"no {self.tool} tool of the label set has the schemaId or title {key!r} ({available})"
        )

    @property
    def _file(self) -> str:
        return "brush PNG" if self.tool == "brush" else "medical brush NRRD"

    def shared_color(self, entry: BrushClass) -> list[BrushClass]:
        """The other classes with ``entry``'s colour (a brush PNG cannot tell them apart)."""
        return [o for o in self.classes if o is not entry and o.rgb is not None and o.rgb == entry.rgb]


# -- the result of decoding ----------------------------------------------------------------------


class BrushMasks(Mapping[str, "NDArray[np.bool_]"]):
    """The brush masks of a task: the tools' ``schemaId`` -> a boolean array, for the classes
    with at least one pixel, in the label set's order.

    Every array has the same ``shape``: ``(height, width)`` for a brush PNG, ``(z, y, x)``
    for a medical volume. ``names`` gives each class's title; :meth:`by_name` keys the masks
    by title, and :meth:`class_ids` turns them into one array of class ids.
    """

    __slots__ = ("_masks", "class_map", "names", "shape")

    def __init__(
        self,
        masks: Mapping[str, NDArray[np.bool_]],
        *,
        shape: tuple[int, ...],
        names: Mapping[str, str] | None = None,
        class_map: ClassMap | None = None,
    ) -> None:
        for key, mask in masks.items():
            if tuple(mask.shape) != tuple(shape):
                raise ConversionError(f"the mask of {key!r} has shape {tuple(mask.shape)}, expected {shape}")
        self._masks = dict(masks)
        #: ``(height, width)``, or ``(z, y, x)`` for a medical volume.
        self.shape = tuple(shape)
        #: schemaId -> title of each class of the label set's brush tools.
        self.names = dict(names or {})
        #: The label set's classes (``ClassMap.from_label_set``), the default of :meth:`class_ids`.
        self.class_map = class_map

    def __getitem__(self, schema_id: str) -> NDArray[np.bool_]:
        return self._masks[schema_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._masks)

    def __len__(self) -> int:
        return len(self._masks)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BrushMasks):
            return NotImplemented
        import numpy as np

        return (
            self.shape == other.shape
            and list(self) == list(other)
            and all(np.array_equal(self[key], other[key]) for key in self)
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{self.names.get(key, key)!r}: {int(mask.sum())} px" for key, mask in self.items()
        )
        return f"BrushMasks(shape={self.shape}, {{{counts}}})"

    def by_name(self) -> dict[str, NDArray[np.bool_]]:
        """The masks keyed by the classes' titles (``ConversionError`` if two share a title)."""
        out: dict[str, NDArray[np.bool_]] = {}
        for key, mask in self.items():
            name = self.names.get(key, key)
            if name in out:
                raise ConversionError(f"two brush classes are titled {name!r}: key them by schemaId instead")
            out[name] = mask
        return out

    def class_ids(self, class_map: ClassMap | None = None, *, first_id: int = 1) -> NDArray[Any]:
        """One array of class ids: each class's id in ``class_map`` (the label set's own map by
        default) counted from ``first_id`` (1: 0 is the background, as in ``--to masks``).

        The array is ``uint8`` when every id fits, else ``uint16`` (``uint32`` beyond). A
        class the map does not have is a ``ConversionError`` naming it.
        """
        import numpy as np

        _check_first_id(first_id)
        classes = class_map if class_map is not None else self.class_map
        if classes is None:
            raise ConversionError("class_ids needs a class map: these masks were made without a label set")
        top = len(classes) - 1 + first_id
        dtype = np.uint8 if top <= 0xFF else np.uint16 if top <= 0xFFFF else np.uint32
        out = np.zeros(self.shape, dtype=dtype)
        for key, mask in self.items():
            entry = classes.get(key)
            if entry is None:
                raise ConversionError(
                    f"the brush class {self.names.get(key, key)!r} (schemaId {key}) is not in the class "
                    f"map {classes!r}"
                )
            out[mask] = entry.index + first_id
        return out


# -- checking the input before anything else -----------------------------------------------------


def _check_first_id(first_id: int) -> None:
    if isinstance(first_id, bool) or not isinstance(first_id, int) or first_id < 1:
        raise ValueError(f"first_id must be an integer of 1 or more (0 is the background), got {first_id!r}")


def _where(index: Sequence[int]) -> str:
    """``x=3, y=1`` for the array index ``(1, 3)`` (``(z, y, x)`` -> ``x, y, z``)."""
    return ", ".join(f"{axis}={int(value)}" for axis, value in zip("xyz", reversed(index), strict=False))


def _first(condition: NDArray[np.bool_]) -> tuple[int, ...]:
    import numpy as np

    return tuple(int(value) for value in np.argwhere(condition)[0])


def _shape_words(shape: tuple[int, ...]) -> str:
    if len(shape) == 2:
        return f"{shape[1]}x{shape[0]} (width x height)"
    return "x".join(str(side) for side in shape)


@dataclass
class CheckedMasks:
    """Masks checked for shape and type, before the label set is known (no request needed)."""

    shape: tuple[int, ...]
    #: (key, mask) pairs, or None when one array of class ids was given.
    per_class: list[tuple[str, NDArray[np.bool_]]] | None
    ids: NDArray[Any] | None

    def check_size(self, width: int, height: int, *, where: str = "the image") -> None:
        """Refuse masks that are not ``height`` x ``width`` (2-D masks only)."""
        if self.shape != (height, width):
            raise ConversionError(
                f"the masks are {_shape_words(self.shape)} but {where} is {width}x{height} (width x height): "
                "a brush mask has the image's size; arrays are indexed [y, x]"
            )

    def layers(
        self,
        palette: Palette,
        *,
        class_map: ClassMap | None = None,
        first_id: int = 1,
        order: Sequence[str] | None = None,
        allow_empty: bool = False,
    ) -> Layers:
        """The masks resolved against the label set's brush classes (see :func:`encode_brush`)."""
        if self.ids is not None:
            return self._layers_of_ids(palette, class_map, first_id, allow_empty)
        assert self.per_class is not None
        import numpy as np

        named: list[tuple[BrushClass, str, NDArray[np.bool_]]] = []
        seen: dict[str, str] = {}
        for key, mask in self.per_class:
            entry = palette.resolve(key)
            if entry.schema_id in seen:
                raise ConversionError(
                    f"the class {entry.describe()} is given twice (as {seen[entry.schema_id]!r} and {key!r})"
                )
            seen[entry.schema_id] = key
            named.append((entry, key, mask))
        empty = [key for _entry, key, mask in named if not mask.any()]
        if empty and not allow_empty:
            raise ConversionError(
                f"the mask of {', '.join(repr(key) for key in empty)} has no pixels: leave the class out, or "
                "pass allow_empty=True to clear it (its earlier pixels are removed)"
            )
        if order is not None:
            named = _in_order(named, palette, order)
        else:
            painted = np.zeros(self.shape, dtype=np.int32)
            for number, (_entry, key, mask) in enumerate(named, start=1):
                overlap = mask & (painted > 0)
                if overlap.any():
                    first = _first(overlap)
                    other = named[int(painted[first]) - 1][1]
                    raise ConversionError(
                        f"the masks of {other!r} and {key!r} overlap on {int(overlap.sum())} pixel(s), "
                        f"first at {_where(first)}: a brush pixel has one class. Pass order=[...] (bottom "
                        "to top: the last class wins where they overlap) to paint them anyway"
                    )
                painted[mask] = number
        # Later classes are painted over earlier ones: take each pixel from the last class.
        disjoint: list[tuple[BrushClass, NDArray[np.bool_]]] = []
        covered = np.zeros(self.shape, dtype=bool)
        for entry, _key, mask in reversed(named):
            disjoint.append((entry, mask & ~covered))
            covered |= mask
        disjoint.reverse()
        return Layers(self.shape, disjoint, named=[entry for entry, _key, _mask in named])

    def _layers_of_ids(
        self, palette: Palette, class_map: ClassMap | None, first_id: int, allow_empty: bool
    ) -> Layers:
        import numpy as np

        _check_first_id(first_id)
        assert self.ids is not None
        classes = class_map if class_map is not None else palette.class_map
        if not isinstance(classes, ClassMap):
            raise TypeError(f"class_map must be a ClassMap, got {type(classes).__name__}")
        ids = self.ids
        values = [int(value) for value in np.unique(ids) if value != 0]
        if not values and not allow_empty:
            raise ConversionError(
                "the class-id mask has no pixels (every id is 0, the background): pass allow_empty=True to "
                "upload an empty brush mask"
            )
        last = len(classes) - 1 + first_id
        outside = [value for value in values if not first_id <= value <= last]
        if outside:
            found = ids == outside[0]
            raise ConversionError(
                f"class id {outside[0]} ({int(found.sum())} pixel(s), first at {_where(_first(found))}) "
                f"is not in the class map: its ids are {first_id}..{last} ({len(classes)} classes), "
                "0 the background"
                + (f"; other ids outside it: {outside[1:_LISTED]}" if len(outside) > 1 else "")
            )
        by_schema = palette.by_schema_id
        layers: list[tuple[BrushClass, NDArray[np.bool_]]] = []
        for value in values:
            entry = classes[value - first_id]
            brush = by_schema.get(entry.schema_id)
            if brush is None:
                found = ids == value
                kind = entry.tool or palette.others.get(entry.schema_id) or "unknown"
                raise ConversionError(
                    f"class id {value} is {entry.name!r} (schemaId {entry.schema_id}), a {kind} tool, not a "
                    f"{palette.tool} tool of the label set ({int(found.sum())} pixel(s), first at "
                    f"{_where(_first(found))}): only {palette.tool} classes are painted"
                )
            layers.append((brush, ids == value))
        order_of = {entry.schema_id: index for index, entry in enumerate(palette.classes)}
        layers.sort(key=lambda pair: order_of[pair[0].schema_id])
        return Layers(self.shape, layers, named=[entry for entry, _mask in layers])


def _in_order(
    named: list[tuple[BrushClass, str, NDArray[np.bool_]]], palette: Palette, order: Sequence[str]
) -> list[tuple[BrushClass, str, NDArray[np.bool_]]]:
    if isinstance(order, str) or not isinstance(order, Sequence):
        raise TypeError("order must be a list of the classes (schemaId or title), bottom to top")
    position: dict[str, int] = {}
    for index, key in enumerate(order):
        entry = palette.resolve(key)
        if entry.schema_id in position:
            raise ConversionError(f"order names the class {entry.describe()} twice")
        position[entry.schema_id] = index
    missing = [key for entry, key, _mask in named if entry.schema_id not in position]
    if missing:
        raise ConversionError(
            "order must name every class of the masks, bottom to top; it lacks "
            + ", ".join(map(repr, missing))
        )
    return sorted(named, key=lambda item: position[item[0].schema_id])


def check_masks(masks: object, *, ndim: int = 2) -> CheckedMasks:
    """Check the type and shape of ``masks`` (a mapping of class -> boolean array, or one
    array of class ids) with no label set and no request: what ``upload_mask`` does first."""
    import numpy as np

    kind = "2-D (height, width)" if ndim == 2 else "3-D (z, y, x)"
    if isinstance(masks, Mapping):
        if not masks:
            raise ConversionError("no masks given: give {class schemaId or title: boolean array}")
        per_class: list[tuple[str, NDArray[np.bool_]]] = []
        shape: tuple[int, ...] | None = None
        first_key = ""
        for key, value in masks.items():
            if not isinstance(key, str):
                raise TypeError(
                    f"a mask's class is named by a schemaId or title (str), got {type(key).__name__}"
                )
            array = _as_array(value, f"the mask of {key!r}")
            if array.ndim != ndim:
                raise ConversionError(f"the mask of {key!r} has shape {array.shape}: expected a {kind} array")
            if array.dtype != np.bool_:
                if array.dtype.kind not in "iu":
                    raise ConversionError(
                        f"the mask of {key!r} is of dtype {array.dtype}: give a boolean array (or integers "
                        "0 and 1)"
                    )
                stray = (array != 0) & (array != 1)
                if stray.any():
                    where = _first(stray)
                    raise ConversionError(
                        f"the mask of {key!r} holds {int(array[where])} at {_where(where)}: a mask is "
                        "boolean (or integers 0 and 1); for one array of class ids, pass the array itself, "
                        "not a mapping"
                    )
                array = array.astype(bool)
            if shape is None:
                shape, first_key = tuple(array.shape), key
            elif tuple(array.shape) != shape:
                raise ConversionError(
                    f"the masks of {first_key!r} and {key!r} differ in shape: {shape} and "
                    f"{tuple(array.shape)}"
                )
            per_class.append((key, array))
        assert shape is not None
        _check_not_empty_shape(shape)
        return CheckedMasks(shape, per_class, None)
    array = _as_array(masks, "masks")
    if array.ndim != ndim:
        raise ConversionError(
            f"masks has shape {array.shape}: expected a {kind} array of class ids, or a mapping "
            "{class: boolean array}"
        )
    if array.dtype == np.bool_ or array.dtype.kind not in "iu":
        raise ConversionError(
            f"masks is of dtype {array.dtype}: one array is read as class ids (integers, 0 the background); "
            "for boolean masks give a mapping {class schemaId or title: mask}"
        )
    if array.dtype.kind == "i" and (array < 0).any():
        where = _first(array < 0)
        raise ConversionError(
            f"masks holds the class id {int(array[where])} at {_where(where)}: ids are 0 or more"
        )
    _check_not_empty_shape(tuple(array.shape))
    return CheckedMasks(tuple(array.shape), None, array)


def _check_not_empty_shape(shape: tuple[int, ...]) -> None:
    if 0 in shape:
        raise ConversionError(f"the masks have shape {shape}: an image has at least one pixel")


def _as_array(value: object, what: str) -> NDArray[Any]:
    import numpy as np

    if isinstance(value, str | bytes | bytearray) or value is None:
        raise TypeError(f"{what} must be an array (numpy, or nested lists), got {type(value).__name__}")
    if not isinstance(value, np.ndarray):
        try:
            value = np.asarray(value)
        except (ValueError, TypeError) as exc:
            raise TypeError(f"{what} is not an array: {exc}") from None
    assert isinstance(value, np.ndarray)
    if value.dtype == object:
        raise ConversionError(f"{what} is not a rectangular array of numbers (dtype object)")
    return value


# -- resolved layers -----------------------------------------------------------------------------


@dataclass
class Layers:
    """Disjoint masks of brush classes, ready to paint (or to merge over an existing mask)."""

    shape: tuple[int, ...]
    masks: list[tuple[BrushClass, NDArray[np.bool_]]]
    #: Every class the input named (with pixels or not): merging replaces these entirely.
    named: list[BrushClass]

    def over(self, existing: BrushMasks, palette: Palette) -> Layers:
        """These layers painted over ``existing``: the classes named here replace theirs, the
        others keep their pixels except where a class of these layers is painted."""
        import numpy as np

        if existing.shape != self.shape:
            raise ConversionError(
                f"the task's brush mask is {_shape_words(existing.shape)} but the new masks are "
                f"{_shape_words(self.shape)}: pass replace=True to discard the existing mask"
            )
        named = {entry.schema_id for entry in self.named}
        covered = np.zeros(self.shape, dtype=bool)
        for _entry, mask in self.masks:
            covered |= mask
        by_schema = palette.by_schema_id
        kept = {
            key: mask & ~covered for key, mask in existing.items() if key not in named and key in by_schema
        }
        mine = {entry.schema_id: mask for entry, mask in self.masks}
        merged = [
            (entry, mine[entry.schema_id] if entry.schema_id in mine else kept[entry.schema_id])
            for entry in palette.classes
            if entry.schema_id in mine or entry.schema_id in kept
        ]
        return Layers(self.shape, merged, named=list(self.named))

    def to_brush_masks(self, palette: Palette) -> BrushMasks:
        """The layers as :class:`BrushMasks` (classes with pixels only)."""
        return BrushMasks(
            {entry.schema_id: mask for entry, mask in self.masks if mask.any()},
            shape=self.shape,
            names={entry.schema_id: entry.name for entry in palette.classes},
            class_map=palette.class_map,
        )

    def to_png(self, palette: Palette) -> bytes:
        """Paint the layers (PNG RGBA, each class in its colour, opaque; background transparent)."""
        import numpy as np
        from PIL import Image

        rgba = np.empty((*self.shape, 4), dtype=np.uint8)
        rgba[...] = BACKGROUND
        for entry, mask in self.masks:
            if not mask.any():
                continue
            if entry.rgb is None:
                raise ConversionError(
                    f"the brush tool {entry.describe()} has no #rrggbb colour in the label set: Ango Hub "
                    "paints a brush class in its colour, so it cannot be painted"
                )
            shared = palette.shared_color(entry)
            if shared:
                raise ConversionError(
                    f"the brush tools {entry.describe()} and {shared[0].describe()} have the same colour "
                    f"{entry.color}: Ango Hub could not tell their pixels apart; give them different colours"
                )
            rgba[mask] = ((entry.rgb >> 16) & 0xFF, (entry.rgb >> 8) & 0xFF, entry.rgb & 0xFF, 255)
        out = BytesIO()
        Image.fromarray(rgba).save(out, format="PNG")
        return out.getvalue()


# -- the public functions ------------------------------------------------------------------------


def read_bytes(source: object, what: str) -> bytes:
    """The bytes of ``source``: bytes-like, or the path of a file."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str | os.PathLike):
        try:
            with open(source, "rb") as handle:
                return handle.read()
        except OSError as exc:
            raise ConversionError(
                f"cannot read the {what} {os.fspath(source)!r}: {exc.strerror or exc}"
            ) from None
    raise TypeError(f"the {what} must be bytes or the path of a file, got {type(source).__name__}")


def encode_brush(
    masks: Mapping[str, Any] | NDArray[Any],
    label_set: object,
    *,
    size: tuple[int, int] | None = None,
    class_map: ClassMap | None = None,
    first_id: int = 1,
    order: Sequence[str] | None = None,
    allow_empty: bool = False,
) -> bytes:
    """The brush PNG Ango Hub expects for ``masks`` (``brushDataUrl``'s file).

    ``masks`` is either a mapping of classes to boolean arrays of shape ``(height, width)``
    (a class named by its brush tool's ``schemaId`` or title; integer arrays of 0 and 1 are
    accepted), or one integer array of class ids: ``class_map``'s ids (the label set's own
    :class:`~ango_hub.convert.ClassMap` by default) counted from ``first_id`` (1), 0 the
    background. ``label_set`` (a ``LabelSet``, ``CategorySchema``, its JSON or a path) gives
    each brush tool's colour. ``size=(width, height)`` checks the masks against the image.

    Checked before anything is painted, each a :class:`~ango_hub.convert.ConversionError`
    naming what and where: a mask that is not 2-D, not boolean or not of the others' shape,
    a class that is not a brush tool of the label set, an id outside the class map or of a
    tool that is not a brush, a mask with no pixels (``allow_empty=True`` leaves it out), and
    two classes painting the same pixel: give ``order=`` (every class, bottom to top; the
    last one wins where they overlap) to paint them anyway. A brush tool with no colour, or
    with another brush tool's colour, cannot be painted.

    Needs the ``masks`` extra (numpy, Pillow).
    """
    require_masks_extra("encode_brush")
    if size is not None and (
        not isinstance(size, tuple)
        or len(size) != 2
        or not all(isinstance(side, int) and not isinstance(side, bool) and side > 0 for side in size)
    ):
        raise ValueError(f"size must be (width, height), two positive integers, got {size!r}")
    checked = check_masks(masks, ndim=2)
    if size is not None:
        checked.check_size(*size)
    palette = Palette.of(label_set, "brush")
    layers = checked.layers(
        palette, class_map=class_map, first_id=first_id, order=order, allow_empty=allow_empty
    )
    return layers.to_png(palette)


def decode_brush(png: bytes | str | os.PathLike[str], label_set: object, *, tolerance: int = 0) -> BrushMasks:
    """The boolean mask of each brush class of a brush PNG (``brushDataUrl``'s file).

    ``png`` is the file's bytes or its path; ``label_set`` (a ``LabelSet``,
    ``CategorySchema``, its JSON or a path) gives each brush tool's colour. Returns a
    :class:`BrushMasks`: ``schemaId`` -> a ``(height, width)`` boolean array, for the classes
    with pixels (``.by_name()`` keys them by title, ``.class_ids(class_map)`` gives one
    array of class ids).

    A pixel is painted when its alpha is above 0; its colour must be a brush tool's colour,
    exactly, or with ``tolerance`` (0-255) at most that far from one on each channel (the
    nearest wins). A colour no brush tool has is a :class:`BrushColorError` naming each such
    colour (hex), its pixel count and its first pixel. Needs the ``masks`` extra.
    """
    require_masks_extra("decode_brush")
    import numpy as np
    from PIL import Image

    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or not 0 <= tolerance <= 255:
        raise ValueError(f"tolerance must be an integer from 0 to 255, got {tolerance!r}")
    data = read_bytes(png, "brush PNG")
    palette = Palette.of(label_set, "brush")
    try:
        with Image.open(BytesIO(data)) as image:
            if image.format != "PNG":
                raise ConversionError(f"the brush mask is a {image.format or 'unknown'} image, not a PNG")
            rgba = np.asarray(image.convert("RGBA"))
    except ConversionError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ConversionError(f"the brush mask is not a readable PNG ({len(data)} bytes): {exc}") from None
    height, width = rgba.shape[:2]
    painted = rgba[..., 3] > 0
    keys = (
        (rgba[..., 0].astype(np.uint32) << 16)
        | (rgba[..., 1].astype(np.uint32) << 8)
        | rgba[..., 2].astype(np.uint32)
    )
    colored = [entry for entry in palette.classes if entry.rgb is not None]
    masks: dict[str, NDArray[np.bool_]] = {}
    if tolerance == 0:
        matched = np.zeros((height, width), dtype=bool)
        for entry in colored:
            mask = painted & (keys == entry.rgb)
            if not mask.any():
                continue
            shared = palette.shared_color(entry)
            if shared:
                raise _ambiguous(entry, shared, mask)
            masks[entry.schema_id] = mask
            matched |= mask
        unknown = painted & ~matched
        if unknown.any():
            raise BrushColorError(_unknown_colors(keys, unknown), known=palette.listing())
    else:
        flat = np.flatnonzero(painted)
        values, first, inverse = np.unique(keys.ravel()[flat], return_index=True, return_inverse=True)
        class_of = np.full(len(values), -1, dtype=np.int64)
        if colored:
            rgb = np.stack([(values >> 16) & 0xFF, (values >> 8) & 0xFF, values & 0xFF], axis=1).astype(
                np.int64
            )
            targets = np.array(
                [((e.rgb or 0) >> 16 & 0xFF, (e.rgb or 0) >> 8 & 0xFF, (e.rgb or 0) & 0xFF) for e in colored],
                dtype=np.int64,
            )
            difference = np.abs(rgb[:, None, :] - targets[None, :, :])
            distance = (difference**2).sum(axis=2)
            nearest = distance.argmin(axis=1)  # ties: the first in the label set's order
            within = difference.max(axis=2)[np.arange(len(values)), nearest] <= tolerance
            class_of[within] = nearest[within]
        missing = class_of < 0
        if missing.any():
            unknown_list = [
                UnknownValue(
                    f"#{int(values[i]):06x}", int((inverse == i).sum()), _xy(int(flat[first[i]]), width)
                )
                for i in np.flatnonzero(missing)
            ]
            unknown_list.sort(key=lambda item: -item.pixels)
            raise BrushColorError(unknown_list, known=palette.listing())
        pixel_class = class_of[inverse]
        for index, entry in enumerate(colored):
            hits = flat[pixel_class == index]
            if not len(hits):
                continue
            mask = np.zeros(height * width, dtype=bool)
            mask[hits] = True
            mask2d = mask.reshape(height, width)
            shared = palette.shared_color(entry)
            if shared:
                raise _ambiguous(entry, shared, mask2d)
            masks[entry.schema_id] = mask2d
    return BrushMasks(
        masks,
        shape=(height, width),
        names={entry.schema_id: entry.name for entry in palette.classes},
        class_map=palette.class_map,
    )


def _xy(flat_index: int, width: int) -> tuple[int, int]:
    y, x = divmod(flat_index, width)
    return (x, y)


def _ambiguous(entry: BrushClass, shared: list[BrushClass], mask: NDArray[np.bool_]) -> ConversionError:
    return ConversionError(
        f"the brush mask has {int(mask.sum())} pixel(s) of {entry.color}, first at "
        f"{_where(_first(mask))}, the colour of both {entry.describe()} and {shared[0].describe()}: "
        "give the brush tools different colours"
    )


def _unknown_colors(keys: NDArray[Any], unknown: NDArray[np.bool_]) -> list[UnknownValue]:
    import numpy as np

    width = keys.shape[1]
    flat = np.flatnonzero(unknown)
    values, first, counts = np.unique(keys.ravel()[flat], return_index=True, return_counts=True)
    found = [
        UnknownValue(f"#{int(value):06x}", int(count), _xy(int(flat[index]), width))
        for value, index, count in zip(values, first, counts, strict=True)
    ]
    found.sort(key=lambda item: -item.pixels)
    return found
