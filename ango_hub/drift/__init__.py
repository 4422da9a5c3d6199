"""The answers of the API against the spec: ``verify`` (a drift report) and the checks behind it.

``ango_hub.verify(client)`` (also ``ango-hub verify``) calls every read-only operation of the
spec and reports where the answers differ from it; ``Client(validate_responses="warn")``
checks each answer of a program as it comes. See docs/verify.md.
"""

from typing import TYPE_CHECKING

from ango_hub._lazy import lazy_names

if TYPE_CHECKING:
    from ._report import CallResult, DriftReport, Skipped
    from ._run import DEFAULT_MAX_REQUESTS, NotAReadError
    from ._schema import KINDS, Finding
    from ._verify import verify, verify_async

_MODULES = {
    "CallResult": "._report",
    "DriftReport": "._report",
    "Skipped": "._report",
    "DEFAULT_MAX_REQUESTS": "._run",
    "NotAReadError": "._run",
    "verify": "._verify",
    "verify_async": "._verify",
    "KINDS": "._schema",
    "Finding": "._schema",
}

__all__ = [
    "DEFAULT_MAX_REQUESTS",
    "KINDS",
    "CallResult",
    "DriftReport",
    "Finding",
    "NotAReadError",
    "Skipped",
    "verify",
    "verify_async",
]

__getattr__, __dir__ = lazy_names(__name__, _MODULES)
