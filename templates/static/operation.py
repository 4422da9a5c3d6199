"""One operation of the API, as the handwritten client calls it.

``ango_hub_api.operations.<tag>`` (generated from the spec) holds an :class:`Operation` for
each operationId: its request builder (the generated ``_get_kwargs``), its response parser
(the generated ``_parse_response``) and whether it is safe to repeat (a GET, or marked
``x-idempotent: true`` in the spec). ``ango_hub`` sends requests only through these
objects, so it never names a private function of the generated modules and never restates
a fact of the spec.

``Operation`` is generic in the builder's parameters and the success type, so that a type
checker checks every argument of ``operation.request(...)`` (or of the client's
``_call(operation, ...)``) and knows the parsed result.

Copied by scripts/generate.py from templates/static/operation.py: do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    import httpx

    from .client import AuthenticatedClient, Client
    from .models.error_response import ErrorResponse

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class ResponseParser(Protocol[R_co]):
    """The generated ``_parse_response`` of an operation module."""

    def __call__(self, *, client: AuthenticatedClient | Client, response: httpx.Response) -> R_co: ...


@dataclass(frozen=True, slots=True)
class Operation(Generic[P, R]):
    """An operation of the spec: how to build its request and parse its success answer."""

    #: The spec's operationId (also the name of the generated module).
    operation_id: str
    #: The HTTP method, upper case.
    method: str
    #: The path template under the server URL (``/task/{taskId}``).
    path: str
    #: Safe to send again after a timeout or a 5xx: a GET, or ``x-idempotent: true``.
    idempotent: bool
    #: Builds the httpx request arguments (method, url, params, json, files, headers).
    build: Callable[P, dict[str, Any]]
    #: Parses a response: the success model, an ``ErrorResponse`` or None.
    parse: ResponseParser[R | ErrorResponse | None]
    #: Imports the models ``parse`` builds and returns them; ``parse`` imports them on its first
    #: call, so that building and sending a first request does not wait for them: a caller can
    #: have them imported while the request is in flight (the paginators do).
    import_models: Callable[[], tuple[type[Any], ...]] = tuple

    def request(self, *args: P.args, **kwargs: P.kwargs) -> Request[R]:
        """This operation with its arguments: a request ready for the client's pipeline."""
        return Request(self, self.build(*args, **kwargs))

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"


@dataclass(frozen=True, slots=True)
class Request(Generic[R]):
    """An operation and the httpx arguments its builder made from the caller's arguments.

    A request is data: to send other JSON than the builder made for some fields (the exact
    JSON of a checked builder, say), derive a new request with :meth:`with_json`; the
    builder's ``kwargs`` are never changed in place.
    """

    operation: Operation[..., R]
    kwargs: dict[str, Any]

    def with_json(self, fields: Mapping[str, Any] | None = None, /, **more: Any) -> Request[R]:
        """This request with these top-level fields of its JSON body set (added or replaced).

        >>> request = create_project.request(body=ProjectCreate(name="p"))   # doctest: +SKIP
        >>> request.with_json(categorySchema=label_set_json).kwargs["json"]   # doctest: +SKIP
        {'name': 'p', 'categorySchema': {...}}

        ``fields`` (a mapping, for keys that are not Python names) and the keyword arguments
        are the JSON names of the fields (``categorySchema``, not ``category_schema``) and
        their JSON values; the other fields keep the builder's values, in the builder's
        order. The request itself is left as it is. ``ValueError`` for an operation whose
        body is not JSON (a multipart upload).
        """
        if any(key in self.kwargs for key in ("content", "data", "files")):
            raise ValueError(f"{self.operation.operation_id} does not send a JSON body")
        body = self.kwargs.get("json")
        if body is not None and not isinstance(body, dict):
            raise ValueError(f"the JSON body of {self.operation.operation_id} is not an object")
        return Request(self.operation, {**self.kwargs, "json": {**(body or {}), **(fields or {}), **more}})


def operation(
    operation_id: str,
    method: str,
    path: str,
    build: Callable[P, dict[str, Any]],
    parse: ResponseParser[R | ErrorResponse | None],
    *,
    idempotent: bool,
    import_models: Callable[[], tuple[type[Any], ...]] = tuple,
) -> Operation[P, R]:
    """An :class:`Operation`, its parameter and result types taken from ``build`` and ``parse``."""
    return Operation(operation_id, method, path, idempotent, build, parse, import_models)


def lazy_operations(
    module: str, operations: Mapping[str, tuple[str, str, str, bool]]
) -> tuple[Callable[[str], Operation[..., Any]], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of the tag module ``module``
    (``ango_hub_api.operations.<tag>``), whose ``operations`` map each attribute to its
    ``(operationId, HTTP method, path, safe to repeat)``.

    Importing a tag imports none of its generated modules: each operation is built on its first
    use, importing its own module (its request builder, its answers' models), so that one call
    does not import what the tag's other operations send and read; it is then stored in the tag
    module, where later reads find it without calling ``__getattr__``. Type checkers read the
    definitions the tag module writes under ``TYPE_CHECKING``.
    """
    import importlib
    import sys

    package, _, tag = module.rpartition(".")
    api = package.rpartition(".")[0] + ".api." + tag

    def build(name: str) -> Operation[..., Any]:
        try:
            operation_id, method, path, idempotent = operations[name]
        except KeyError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
        generated = importlib.import_module(f"{api}.{name}")
        built: Operation[..., Any] = operation(
            operation_id,
            method,
            path,
            generated._get_kwargs,
            generated._parse_response,
            idempotent=idempotent,
            import_models=generated._import_response_models,
        )
        setattr(sys.modules[module], name, built)
        return built

    def names() -> list[str]:
        return sorted({*vars(sys.modules[module]), *operations})

    return build, names


__all__ = ["Operation", "Request", "ResponseParser", "lazy_operations", "operation"]
