"""``validate_responses``: each answer of a client checked against the spec as it comes.

``"warn"`` logs each finding once per client (per schema, path and kind) on the
``ango_hub`` logger; ``"raise"`` turns an answer with findings into an
``APIResponseValidationError`` naming the paths. Loaded only when the option is on.
"""

from __future__ import annotations

import logging

import httpx

from ango_hub._errors import APIResponseValidationError

from ._schema import spec_answers

__all__ = ["MODES", "check_answer"]

MODES = ("warn", "raise")
_SHOWN = 5
logger = logging.getLogger("ango_hub")


def check_answer(
    operation_id: str, response: httpx.Response, mode: str, seen: set[tuple[str, str, str]]
) -> None:
    """Check a success answer of ``operation_id``; log (``warn``) or raise (``raise``) its findings."""
    content_type = response.headers.get("content-type", "application/json")
    findings = spec_answers().check(operation_id, response.status_code, content_type, response.content)
    if not findings:
        return
    if mode == "raise":
        shown = "; ".join(finding.describe() for finding in findings[:_SHOWN])
        more = f" (and {len(findings) - _SHOWN} more)" if len(findings) > _SHOWN else ""
        message = (
            f"{response.request.method} {response.request.url}: the answer differs from the API "
            f"description: {shown}{more}. validate_responses='warn' logs this instead."
        )
        raise APIResponseValidationError.from_response(message, response)
    for finding in findings:
        key = (finding.schema or finding.operation_id, finding.path, finding.kind)
        if key not in seen:
            seen.add(key)
            logger.warning("The API's answer differs from its description: %s", finding.describe())
