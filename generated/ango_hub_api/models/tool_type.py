from enum import StrEnum


class ToolType(StrEnum):
    BOUNDING_BOX = "bounding-box"
    BRUSH = "brush"
    MEDICAL_BRUSH = "medical-brush"
    NER = "ner"
    PCT = "pct"
    PDF = "pdf"
    POINT = "point"
    POLYGON = "polygon"
    POLYLINE = "polyline"
    ROTATED_BOUNDING_BOX = "rotated-bounding-box"
    SEGMENTATION = "segmentation"
    SPLINE = "spline"

    def __str__(self) -> str:
        return str(self.value)
