"""Which tools each kind of project supports: the one table ``validate(project_type=...)`` uses.

Sources (the public Ango Hub documentation, ``angoai/docs`` on GitHub, and the spec):

* image, video, DICOM: ``labeling/labeling-editor-interface/image-labeling-editor.md``,
  ``video-labeling-editor/README.md`` and ``dicom-labeling-editor.md`` list the same tools:
  bounding box, rotated bounding box, polygon, polyline, segmentation, point, brush.
* medical (NRRD, the new medical editor): ``new-medical-labeling-editor.md``, "Only the
  Medical Brush labeling tool can be used in the new medical editor".
* text (NER) and audio: ``labeling/labeling-tools/entity.md``, the Entity tool (wire ``ner``)
  "used in both audio and text labeling".
* pdf: ``labeling/labeling-tools/pdf-tool.md`` and ``pdf-labeling-editor.md``, the PDF tool.
* point cloud: the spec's ``ProjectType`` ``pct`` ("pct for point clouds") and tool ``pct``.
* ``spline``: in the spec's ``ToolType`` but on no documentation page; it is a curve drawn on
  images, so it is assumed to go wherever polylines go (image, video, DICOM). An assumption.
* llm: no documentation page lists drawing tools for LLM (chat) projects; they are taken to
  have classifications and relations only. An assumption.

The spec's own ``ProjectType`` values are accepted too: ``ango`` (the labeling editor: every
tool but ``pct``), ``pct`` (point clouds) and ``iframe`` (a custom editor: not checked).
"""

from __future__ import annotations

from enum import StrEnum

from ango_hub_api.models import ProjectType, ToolType


class ProjectKind(StrEnum):
    """The kind of data a project labels, for ``LabelSet.validate(project_type=...)``."""

    IMAGE = "image"
    VIDEO = "video"
    DICOM = "dicom"
    MEDICAL = "medical"
    TEXT = "text"
    AUDIO = "audio"
    PDF = "pdf"
    POINT_CLOUD = "point-cloud"
    LLM = "llm"


_IMAGE_TOOLS = frozenset(
    {
        ToolType.BOUNDING_BOX,
        ToolType.ROTATED_BOUNDING_BOX,
        ToolType.POLYGON,
        ToolType.POLYLINE,
        ToolType.SEGMENTATION,
        ToolType.POINT,
        ToolType.BRUSH,
        ToolType.SPLINE,  # assumption, see the module docstring
    }
)

SUPPORTED_TOOLS: dict[str, frozenset[str] | None] = {
    ProjectKind.IMAGE: _IMAGE_TOOLS,
    ProjectKind.VIDEO: _IMAGE_TOOLS,
    ProjectKind.DICOM: _IMAGE_TOOLS,
    ProjectKind.MEDICAL: frozenset({ToolType.MEDICAL_BRUSH}),
    ProjectKind.TEXT: frozenset({ToolType.NER}),
    ProjectKind.AUDIO: frozenset({ToolType.NER}),
    ProjectKind.PDF: frozenset({ToolType.PDF}),
    ProjectKind.POINT_CLOUD: frozenset({ToolType.PCT}),
    ProjectKind.LLM: frozenset(),  # assumption, see the module docstring
    ProjectType.ANGO: frozenset(ToolType) - {ToolType.PCT},
    ProjectType.PCT: frozenset({ToolType.PCT}),
    ProjectType.IFRAME: None,  # a custom editor: any tool
}
"""Tool types (wire strings) each project type supports; ``None``: any. Sources above."""

ALIASES: dict[str, str] = {
    "ner": ProjectKind.TEXT,
    "nrrd": ProjectKind.MEDICAL,
    "pointcloud": ProjectKind.POINT_CLOUD,
}
"""Other names accepted for a project kind."""


def supported_tools(project_type: str) -> frozenset[str] | None:
    """The tool types a ``project_type`` supports (``None``: any); ValueError if unknown."""
    key = ALIASES.get(str(project_type).lower(), str(project_type).lower())
    if key not in SUPPORTED_TOOLS:
        known = ", ".join(sorted({*SUPPORTED_TOOLS, *ALIASES}))
        raise ValueError(f"unknown project type {project_type!r}; known: {known}")
    return SUPPORTED_TOOLS[key]
