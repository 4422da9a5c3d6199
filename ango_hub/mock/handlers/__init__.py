"""The operations of the mock: one handler per ``operationId`` of the spec, one module per tag.

Each module of this package is named after a tag of the spec (``projects``, ``tasks``,
``assets``, ...) and holds the handlers of that tag's operations: functions named after
their ``operationId`` and marked with :func:`ango_hub.mock.web.handling.handler`. The package
finds them by itself: :data:`HANDLERS` maps each ``operationId`` to its handler and
:data:`HANDLER_MODULES` to the name of its module. The app refuses to start when an
operation of the spec has no handler, so a new operation in the spec fails the tests until
the module of its tag implements it (and ``tests/mock/test_mock_app.py`` fails while a handler
sits in a module other than its tag's).
"""

from __future__ import annotations

import importlib
import pkgutil

from ..web.handling import Handler, handled_operation

__all__ = ["HANDLERS", "HANDLER_MODULES", "Handler", "handler_modules"]


def handler_modules() -> list[str]:
    """The names of the modules of this package, one per tag of the spec, sorted."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))


def _discover() -> tuple[dict[str, Handler], dict[str, str]]:
    handlers: dict[str, Handler] = {}
    modules: dict[str, str] = {}
    for name in handler_modules():
        module = importlib.import_module(f"{__name__}.{name}")
        for value in vars(module).values():
            operation_id = handled_operation(value)
            if operation_id is None or getattr(value, "__module__", None) != module.__name__:
                continue
            if operation_id in handlers:
                raise RuntimeError(
                    f"Two handlers for {operation_id}: in handlers/{modules[operation_id]}.py and {name}.py"
                )
            handlers[operation_id] = value
            modules[operation_id] = name
    return handlers, modules


HANDLERS, HANDLER_MODULES = _discover()
"""Every handler by ``operationId``, and the name of the module (the tag) each one is in."""
