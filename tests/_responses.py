"""Checks on the mock's answers shared by the mock's test modules."""

from __future__ import annotations

from typing import Any

import httpx


def ok(response: httpx.Response) -> Any:
    """The ``data`` of a successful answer (200 and ``status: success``)."""
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "success"
    return response.json()["data"]


def fail(response: httpx.Response, status: int) -> str:
    """The message of a failed answer with ``status``."""
    assert response.status_code == status, response.text
    return str(response.json()["message"])
