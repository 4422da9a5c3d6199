"""A stateful in-memory mock of the Ango Hub API, served from ``openapi/ango-hub.yaml``.

Routes, validation and the list of operations come from the OpenAPI document; the
handlers keep a consistent organization in memory. Use it from tests::

    from ango_hub.mock import create_app, serve_in_thread

    with serve_in_thread(create_app(api_key="key", seed="demo")) as base_url:
        ...  # talk to base_url ("http://127.0.0.1:<port>/v2") with the apikey header

or from the command line: ``python -m ango_hub.mock --port 8080 --seed demo``.

``create_app(strict=True)`` (``--strict``) refuses what the real service refuses beyond the
spec (see :mod:`ango_hub.mock.strict`). The store, ``mock_state(app)``, has a typed API to
arrange test data (``add_project``, ``add_tasks``, ...; see :class:`MockState`).
"""

from __future__ import annotations

from .app import API_PREFIX, MissingHandlerError, create_app, mock_state
from .behaviours.faults import FaultConfig
from .server import serve_in_thread
from .state import MockState, TaskSpec
from .web.spec import ApiSpec, SpecNotFoundError, default_spec_path

__all__ = [
    "API_PREFIX",
    "ApiSpec",
    "FaultConfig",
    "MissingHandlerError",
    "MockState",
    "SpecNotFoundError",
    "TaskSpec",
    "create_app",
    "default_spec_path",
    "mock_state",
    "serve_in_thread",
]
