"""Deprecated alias of :mod:`ango_hub.import_reports` (renamed in 0.2: the module holds the
reports of bulk imports, not imports). Import from ``ango_hub.import_reports``, or the error
classes from ``ango_hub``; this alias will be removed in 1.0."""

from __future__ import annotations

import warnings

from ango_hub.import_reports import *  # noqa: F403
from ango_hub.import_reports import __all__  # noqa: F401

warnings.warn(
    "ango_hub.imports is deprecated: import from ango_hub.import_reports instead",
    DeprecationWarning,
    stacklevel=2,
)
