"""What a conversion wrote and what it left out, with the reason for each."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ConversionReport", "SkipReason", "Skipped"]


class SkipReason:
    """Why something was left out (the ``reason`` of a :class:`Skipped`)."""

    #: The object's tool cannot be held by the format (points in COCO, NER in YOLO, ...).
    UNSUPPORTED_TOOL = "unsupported_tool"
    #: The object's schemaId is not a tool of the label set (or of the class map).
    UNKNOWN_SCHEMA_ID = "unknown_schema_id"
    #: The image has no width and height (``on_missing_size="skip"``).
    NO_IMAGE_SIZE = "no_image_size"
    #: The geometry is broken: too few points, a NaN, a zone with no points, a zero-size box.
    BROKEN_GEOMETRY = "broken_geometry"
    #: The object has no geometry the converters know (a brush stroke, a spline, ...).
    NO_GEOMETRY = "no_geometry"
    #: The externalId cannot be a file name (an absolute path, ``..``, a control character).
    UNSAFE_NAME = "unsafe_name"
    #: The format has no way to hold this shape of the tool (a hole in a YOLO polygon).
    UNSUPPORTED_SHAPE = "unsupported_shape"
    #: The image could not be found, fetched or decoded (pictures: ``on_missing_image="skip"``).
    NO_IMAGE = "no_image"
    #: The task has a brush mask (``brushDataUrl``) and no way to fetch it was given (``brushes=``).
    NO_BRUSH_SOURCE = "no_brush_source"


@dataclass(frozen=True, slots=True)
class Skipped:
    """One thing left out: the image (``external_id``, ``task_id``) and, for an object, its
    ``object_id`` and ``tool``; ``reason`` (a :class:`SkipReason` value) and a ``detail``."""

    reason: str
    external_id: str | None
    task_id: str | None = None
    object_id: str | None = None
    tool: str | None = None
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``--json``)."""
        return {
            "reason": self.reason,
            "externalId": self.external_id,
            "taskId": self.task_id,
            "objectId": self.object_id,
            "tool": self.tool,
            "detail": self.detail,
        }


#: At most this many skipped items are kept one by one (all are counted).
MAX_LISTED = 10_000


@dataclass
class ConversionReport:
    """Counts of what was written (``written``: ``images``, ``objects``, ``tasks``, files...)
    and every item left out (``skipped``, each with its reason; counted by reason in
    ``skipped_counts``; the first 10,000 listed one by one).

    ``ok`` is True when nothing was skipped; the command line exits 1 otherwise.
    """

    format: str
    output: str | None = None
    written: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    skipped_counts: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def skip(
        self,
        reason: str,
        external_id: str | None,
        *,
        task_id: str | None = None,
        object_id: str | None = None,
        tool: str | None = None,
        detail: str = "",
    ) -> None:
        """Record one item left out."""
        self.skipped_counts[reason] += 1
        if len(self.skipped) < MAX_LISTED:
            self.skipped.append(Skipped(reason, external_id, task_id, object_id, tool, detail))

    @property
    def ok(self) -> bool:
        """True when nothing was skipped."""
        return not self.skipped_counts

    @property
    def skipped_total(self) -> int:
        """How many items were left out, in all."""
        return sum(self.skipped_counts.values())

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: format, output, written, skipped counts and the items."""
        return {
            "format": self.format,
            "output": self.output,
            "ok": self.ok,
            "written": dict(self.written),
            "skippedCounts": dict(self.skipped_counts),
            "skipped": [item.to_dict() for item in self.skipped],
            "notes": list(self.notes),
        }

    def summary(self) -> str:
        """A few lines for people: what was written, then what was skipped and why."""
        written = ", ".join(f"{count} {name}" for name, count in self.written.items()) or "nothing"
        lines = [f"{self.format}: wrote {written}" + (f" to {self.output}" if self.output else "")]
        if self.skipped_counts:
            reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(self.skipped_counts.items()))
            lines.append(f"skipped {self.skipped_total}: {reasons}")
            for item in self.skipped[:20]:
                what = f"object {item.object_id} ({item.tool})" if item.object_id or item.tool else "image"
                lines.append(
                    f"  {item.external_id}: {what}: {item.reason}"
                    + (f" ({item.detail})" if item.detail else "")
                )
            if self.skipped_total > 20:
                lines.append(f"  ... {self.skipped_total - 20} more (--json lists them)")
        lines.extend(self.notes)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()
