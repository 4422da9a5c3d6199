"""Keyword options shared by builders' constructors (``**options: Unpack[...]``)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def accepts(options: Any) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Refuse, as Python does for a plain signature, a keyword that is neither a named
    parameter of the constructor nor a key of the ``options`` TypedDict.

    ``mypy`` already rejects one through ``Unpack[...]``; this keeps the ``TypeError`` at
    run time, raised before the constructor runs."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        known = {
            name
            for name, parameter in inspect.signature(function).parameters.items()
            if parameter.kind is not inspect.Parameter.VAR_KEYWORD
        }
        known.update(options.__optional_keys__, options.__required_keys__)

        @functools.wraps(function)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            for key in kwargs:
                if key not in known:
                    raise TypeError(f"{function.__qualname__}() got an unexpected keyword argument {key!r}")
            return function(*args, **kwargs)

        return checked

    return decorate
