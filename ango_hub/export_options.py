"""What an export holds, written once: :class:`ExportOptions`.

``hub.exports.create``, ``export``, ``iter_records`` and ``iter_assets`` take the same
filters and options, as keyword arguments (typed by :class:`ExportArguments`, so that an
editor lists them) or whole as ``options=``::

    complete = ExportOptions(stages=["Complete"], format=ExportFormat.NDJSON, include_history=False)
    hub.exports.export(project_id, "export.zip", options=complete)
    for record in hub.exports.iter_records(project_id, options=complete, batches=[batch_id]):
        ...

Keyword arguments given beside ``options=`` replace its fields. ``ExportOptions`` is
immutable; :meth:`ExportOptions.replace` gives a copy with some fields changed. The values
are checked (IDs, date ranges) when the export is created.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, Unpack

from ango_hub_api.models.export_format import ExportFormat
from ango_hub_api.models.export_type import ExportType
from ango_hub_api.models.task_type import TaskType

__all__ = ["DateInterval", "ExportArguments", "ExportOptions", "TaskExportArguments"]

#: ``(start, end)``; either end may be None (an open range).
DateInterval = tuple[dt.datetime | None, dt.datetime | None]


@dataclasses.dataclass(frozen=True, kw_only=True)
class ExportOptions:
    """The filters and options of an export of a project (defaults: every task, JSON).

    >>> ExportOptions(stages=["Complete"]).replace(include_history=False).include_history
    False
    """

    #: ``ExportFormat.JSON`` (one JSON document) or ``ExportFormat.NDJSON`` (a record a line).
    format: ExportFormat = ExportFormat.JSON
    #: ``ExportType.TASK`` (tasks) or ``ExportType.ISSUE`` (issues).
    export_type: ExportType = ExportType.TASK
    #: Keep the tasks of these stages (names); None: every stage (the official SDK
    #: defaults to ``["Complete"]``).
    stages: Sequence[str] | None = None
    #: Keep the tasks of these batches (IDs).
    batches: Sequence[str] | None = None
    #: Keep the tasks of these types (``TaskType``).
    task_types: Sequence[TaskType] | None = None
    #: Keep the tasks updated in this ``(start, end)`` range.
    updated_at: DateInterval | None = None
    #: Keep the tasks created in this ``(start, end)`` range.
    created_at: DateInterval | None = None
    #: Keep the tasks completed by these users (user IDs; sent as ``assignee=<JSON list>``).
    assignees: Sequence[str] | None = None
    #: Keep the tasks completed in this ``(start, end)`` range (``completedAt[gt]``/``[lt]``).
    completed_at: DateInterval | None = None
    #: Include each asset's metadata.
    include_metadata: bool = True
    #: Include each task's stage history.
    include_history: bool = True
    #: Video: only the key frames of each object.
    include_only_key_frames: bool = False
    #: Include the idle and blur durations of each task.
    include_idle_blur_durations: bool = False
    #: Also email the link when the export is ready.
    send_email: bool = False
    #: Notify the organization (sent as ``doNotNotify=false``).
    notify: bool = False
    #: Call the documented ``/exportV3`` path instead of ``/export`` (the official SDK's).
    v3: bool = False

    def replace(self, **changes: Unpack[ExportArguments]) -> ExportOptions:
        """A copy with these fields changed (``TypeError`` for a name that is no field)."""
        return self._updated(changes, "replace")

    def _updated(self, changes: Mapping[str, Any], caller: str) -> ExportOptions:
        """A copy with ``changes`` (keyword arguments of ``caller``) applied; itself without any.

        A name that is no field is a ``TypeError`` worded as Python words it for ``caller``.
        """
        if not changes:
            return self
        for name in changes:
            if name not in _FIELDS:
                raise TypeError(f"{caller}() got an unexpected keyword argument {name!r}")
        return dataclasses.replace(self, **changes)


_FIELDS = frozenset(field.name for field in dataclasses.fields(ExportOptions))


class TaskExportArguments(TypedDict, total=False):
    """The keyword arguments of :class:`ExportOptions` but ``export_type`` (a task export)."""

    format: ExportFormat
    stages: Sequence[str] | None
    batches: Sequence[str] | None
    task_types: Sequence[TaskType] | None
    updated_at: DateInterval | None
    created_at: DateInterval | None
    assignees: Sequence[str] | None
    completed_at: DateInterval | None
    include_metadata: bool
    include_history: bool
    include_only_key_frames: bool
    include_idle_blur_durations: bool
    send_email: bool
    notify: bool
    v3: bool


class ExportArguments(TaskExportArguments, total=False):
    """The fields of :class:`ExportOptions`, as keyword arguments (each optional)."""

    export_type: ExportType


def resolve_options(
    options: ExportOptions | None, arguments: Mapping[str, Any], caller: str
) -> ExportOptions:
    """``options`` (default: ``ExportOptions()``) with the keyword ``arguments`` of ``caller``
    (a method of ``hub.exports``) applied: what the export will hold."""
    if options is None:
        options = ExportOptions()
    elif not isinstance(options, ExportOptions):
        raise TypeError(f"options must be an ExportOptions, got {type(options).__name__}")
    return options._updated(arguments, caller)
