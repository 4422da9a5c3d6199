from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="AnnotationObject")
_new_object = object.__new__


class _AnnotationObjectSlots(LazyModel):
    """The slots that hold `AnnotationObject`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = (
        "_slot_classifications",
        "_slot_rotated_bounding_box",
        "_slot_segmentation",
    )
    _slot_classifications: Any
    _slot_rotated_bounding_box: Any
    _slot_segmentation: Any


@_attrs_define(repr=False)
class AnnotationObject(_AnnotationObjectSlots):
    """One object drawn with a tool. The geometry sits under the key of the tool's type
    (`bounding-box`, `polygon`, `ner`, ...).

        Attributes:
            object_id (str | Unset):
            schema_id (str | Unset):
            title (str | Unset):
            classifications (list[ClassificationAnswer] | Unset):
            lock (bool | Unset):
            page (int | Unset): Zero-based frame (video) or page (multi-page assets).
            metadata (AnnotationMetadata | Unset):
            bounding_box (BoundingBox | Unset): An axis-aligned box. Width and height may be negative (drawn right to left).
            rotated_bounding_box (RotatedBoundingBox | Unset): A box of `width` by `height` pixels turned by `rotation`
                degrees (-180 to 180; the
                image's y axis points down, so a positive angle turns clockwise on screen). The
                documentation places the box in two ways, one for each direction:

                - **Exports** (export archives and the webhooks that carry export records; the
                  export format page, "Rotated Bounding Box"): `x`, `y` is "the origin point of the
                  rotated bounding box", its first corner (`corners[0]`), and the box turns about
                  that point. The export lists the four `corners`.
                - **Imports** (label imports and annotate payloads written in the import format;
                  the import format page: "Boxes rotate from their center"): `x`, `y`, `width`,
                  `height` is the box as drawn before turning, and it turns about its centre
                  (`x + width / 2`, `y + height / 2`). Imports carry no `corners`.

                The documentation does not say which form task answers (get task, task history)
                use.
            polygon (list[list[float]] | Unset): The vertices, `[x, y]` each, in drawing order.
            polyline (list[list[float]] | Unset): The vertices, `[x, y]` each, in drawing order.
            point (list[float] | Unset): `[x, y]` in pixels.
            ner (NerSpan | Unset): A span, from `start` (inclusive) to `end` (exclusive): character offsets in text,
                seconds (decimals) in audio.
            segmentation (Segmentation | Unset): A segmentation mask as polygons with holes.
            pdf (PdfImportRegion | PdfRegion | Unset): A PDF region (answers and exports) or its flat import form.
            interpolation_stopped (bool | Unset): For videos, the object is not interpolated after this frame.
    """

    object_id: str | Unset = UNSET
    schema_id: str | Unset = UNSET
    title: str | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    lock: bool | Unset = UNSET
    page: int | Unset = UNSET
    metadata: AnnotationMetadata | Unset = UNSET
    bounding_box: BoundingBox | Unset = UNSET
    rotated_bounding_box: RotatedBoundingBox | Unset = UNSET
    polygon: list[list[float]] | Unset = UNSET
    polyline: list[list[float]] | Unset = UNSET
    point: list[float] | Unset = UNSET
    ner: NerSpan | Unset = UNSET
    segmentation: Segmentation | Unset = UNSET
    pdf: PdfImportRegion | PdfRegion | Unset = UNSET
    interpolation_stopped: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        schema_id = self.schema_id

        title = self.title

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        lock = self.lock

        page = self.page

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_box, Unset):
            bounding_box = self.bounding_box.to_dict()

        rotated_bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rotated_bounding_box, Unset):
            rotated_bounding_box = self.rotated_bounding_box.to_dict()

        polygon: list[list[float]] | Unset = UNSET
        if not isinstance(self.polygon, Unset):
            polygon = []
            for componentsschemas_polygon_item_data in self.polygon:
                componentsschemas_polygon_item = componentsschemas_polygon_item_data

                polygon.append(componentsschemas_polygon_item)

        polyline: list[list[float]] | Unset = UNSET
        if not isinstance(self.polyline, Unset):
            polyline = []
            for componentsschemas_polyline_item_data in self.polyline:
                componentsschemas_polyline_item = componentsschemas_polyline_item_data

                polyline.append(componentsschemas_polyline_item)

        point: list[float] | Unset = UNSET
        if not isinstance(self.point, Unset):
            point = self.point

        ner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ner, Unset):
            ner = self.ner.to_dict()

        segmentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segmentation, Unset):
            segmentation = self.segmentation.to_dict()

        pdf: dict[str, Any] | Unset
        if isinstance(self.pdf, Unset):
            pdf = UNSET
        elif isinstance(self.pdf, PdfRegion):
            pdf = self.pdf.to_dict()
        else:
            pdf = self.pdf.to_dict()

        interpolation_stopped = self.interpolation_stopped

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id
        if title is not UNSET:
            field_dict["title"] = title
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if lock is not UNSET:
            field_dict["lock"] = lock
        if page is not UNSET:
            field_dict["page"] = page
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if bounding_box is not UNSET:
            field_dict["bounding-box"] = bounding_box
        if rotated_bounding_box is not UNSET:
            field_dict["rotated-bounding-box"] = rotated_bounding_box
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if polyline is not UNSET:
            field_dict["polyline"] = polyline
        if point is not UNSET:
            field_dict["point"] = point
        if ner is not UNSET:
            field_dict["ner"] = ner
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if interpolation_stopped is not UNSET:
            field_dict["interpolationStopped"] = interpolation_stopped

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "classifications" in src:
            value = src["classifications"]
            if type(value) is not list:
                return False
            for item in value:
                if not ClassificationAnswer._fits(item):
                    return False
        if "metadata" in src:
            value = src["metadata"]
            if not AnnotationMetadata._fits(value):
                return False
        if "bounding-box" in src:
            value = src["bounding-box"]
            if not BoundingBox._fits(value):
                return False
        if "rotated-bounding-box" in src:
            value = src["rotated-bounding-box"]
            if not RotatedBoundingBox._fits(value):
                return False
        if "ner" in src:
            value = src["ner"]
            if not NerSpan._fits(value):
                return False
        if "segmentation" in src:
            value = src["segmentation"]
            if not Segmentation._fits(value):
                return False
        if "pdf" in src:
            value = src["pdf"]
            if not (PdfRegion._fits(value) or PdfImportRegion._fits(value)):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _AnnotationObjectSlots = _instance
        if "classifications" in src_dict:
            classifications: Any = src_dict["classifications"]
            _slots._slot_classifications = (
                LAZY
                if classifications
                and (
                    type(classifications) is list
                    and all(map(ClassificationAnswer._fits, classifications))
                )
                else [
                    ClassificationAnswer.from_dict(classifications_item_data)
                    for classifications_item_data in classifications
                ]
            )
        else:
            _slots._slot_classifications = UNSET
        _instance.metadata = (
            AnnotationMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        _instance.bounding_box = (
            BoundingBox.from_dict(src_dict["bounding-box"])
            if "bounding-box" in src_dict
            else UNSET
        )
        if "rotated-bounding-box" in src_dict:
            rotated_bounding_box: Any = src_dict["rotated-bounding-box"]
            _slots._slot_rotated_bounding_box = (
                LAZY
                if RotatedBoundingBox._fits(rotated_bounding_box)
                else RotatedBoundingBox.from_dict(rotated_bounding_box)
            )
        else:
            _slots._slot_rotated_bounding_box = UNSET
        _instance.ner = (
            NerSpan.from_dict(src_dict["ner"]) if "ner" in src_dict else UNSET
        )
        if "segmentation" in src_dict:
            segmentation: Any = src_dict["segmentation"]
            _slots._slot_segmentation = (
                LAZY
                if Segmentation._fits(segmentation)
                else Segmentation.from_dict(segmentation)
            )
        else:
            _slots._slot_segmentation = UNSET
        _instance.pdf = _parse_pdf(src_dict["pdf"]) if "pdf" in src_dict else UNSET
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _instance.title = src_dict["title"] if "title" in src_dict else UNSET
        _instance.lock = src_dict["lock"] if "lock" in src_dict else UNSET
        _instance.page = src_dict["page"] if "page" in src_dict else UNSET
        _instance.polygon = src_dict["polygon"] if "polygon" in src_dict else UNSET
        _instance.polyline = src_dict["polyline"] if "polyline" in src_dict else UNSET
        _instance.point = src_dict["point"] if "point" in src_dict else UNSET
        _instance.interpolation_stopped = (
            src_dict["interpolationStopped"]
            if "interpolationStopped" in src_dict
            else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _AnnotationObjectSlots = _instance
        _slots._slot_classifications = (
            (LAZY if src_dict["classifications"] else [])
            if "classifications" in src_dict
            else UNSET
        )
        _instance.metadata = (
            AnnotationMetadata.from_dict(src_dict["metadata"])
            if "metadata" in src_dict
            else UNSET
        )
        _instance.bounding_box = (
            BoundingBox.from_dict(src_dict["bounding-box"])
            if "bounding-box" in src_dict
            else UNSET
        )
        _slots._slot_rotated_bounding_box = (
            LAZY if "rotated-bounding-box" in src_dict else UNSET
        )
        _instance.ner = (
            NerSpan.from_dict(src_dict["ner"]) if "ner" in src_dict else UNSET
        )
        _slots._slot_segmentation = LAZY if "segmentation" in src_dict else UNSET
        _instance.pdf = _parse_pdf(src_dict["pdf"]) if "pdf" in src_dict else UNSET
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.schema_id = src_dict["schemaId"] if "schemaId" in src_dict else UNSET
        _instance.title = src_dict["title"] if "title" in src_dict else UNSET
        _instance.lock = src_dict["lock"] if "lock" in src_dict else UNSET
        _instance.page = src_dict["page"] if "page" in src_dict else UNSET
        _instance.polygon = src_dict["polygon"] if "polygon" in src_dict else UNSET
        _instance.polyline = src_dict["polyline"] if "polyline" in src_dict else UNSET
        _instance.point = src_dict["point"] if "point" in src_dict else UNSET
        _instance.interpolation_stopped = (
            src_dict["interpolationStopped"]
            if "interpolationStopped" in src_dict
            else UNSET
        )
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "objectId",
        "schemaId",
        "title",
        "classifications",
        "lock",
        "page",
        "metadata",
        "bounding-box",
        "rotated-bounding-box",
        "polygon",
        "polyline",
        "point",
        "ner",
        "segmentation",
        "pdf",
        "interpolationStopped",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "classifications": ("classifications", lambda: ClassificationAnswer, True),
    "rotated_bounding_box": ("rotated-bounding-box", lambda: RotatedBoundingBox, False),
    "segmentation": ("segmentation", lambda: Segmentation, False),
}
install_lazy_fields(AnnotationObject, _LAZY_FIELDS)


def _parse_pdf(data: object) -> PdfImportRegion | PdfRegion | Unset:
    if isinstance(data, dict):
        try:
            pdf_type_0 = PdfRegion.from_dict(data)

            return pdf_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__}")
    pdf_type_1 = PdfImportRegion.from_dict(data)

    return pdf_type_1


from ..models.annotation_metadata import AnnotationMetadata
from ..models.bounding_box import BoundingBox
from ..models.classification_answer import ClassificationAnswer
from ..models.ner_span import NerSpan
from ..models.pdf_import_region import PdfImportRegion
from ..models.pdf_region import PdfRegion
from ..models.rotated_bounding_box import RotatedBoundingBox
from ..models.segmentation import Segmentation
