"""``ango_hub.mock.faults``, a documented import path: re-exports :mod:`ango_hub.mock.behaviours.faults`
(fault injection: :class:`FaultConfig`)."""

from __future__ import annotations

from .behaviours.faults import (
    ConnectionDroppedError,
    FaultConfig,
    FaultMiddleware,
    add_fault_arguments,
    fault_config_from_arguments,
    install_faults,
)

__all__ = [
    "ConnectionDroppedError",
    "FaultConfig",
    "FaultMiddleware",
    "add_fault_arguments",
    "fault_config_from_arguments",
    "install_faults",
]
