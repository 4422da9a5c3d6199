"""``ango_hub.mock.coverage``, a documented import path: re-exports :mod:`ango_hub.mock.web.coverage`
(which response properties the mock sends: :class:`FieldCoverage`)."""

from __future__ import annotations

from .web.coverage import FieldCoverage, Property, response_properties

__all__ = ["FieldCoverage", "Property", "response_properties"]
