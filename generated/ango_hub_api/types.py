"""Contains some shared types for properties"""

import datetime
import functools
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field the server did not send (or a request leaves out)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled and copied as the one UNSET (fields compare it by identity)


UNSET: Unset = Unset()

#: Parts of field names whose values a repr never shows (keys, tokens, passwords).
SECRET_NAME_PARTS = ("apikey", "api_key", "secret", "token", "password")


def is_secret_name(name: str) -> bool:
    """Whether a field (or JSON key) of this name holds a secret."""
    lowered = name.lower()
    return any(part in lowered for part in SECRET_NAME_PARTS)


def extra_fields_key(extra: dict[str, Any] | None) -> dict[str, Any] | None:
    """How models compare their undeclared fields: none at all equals an empty dict."""
    return extra or None


def redact_secrets(value: Any) -> Any:
    """``value`` with the values of secret-looking keys hidden, in dicts and lists at any depth."""
    if isinstance(value, Mapping):
        return {
            key: "[redacted]"
            if isinstance(key, str) and is_secret_name(key)
            else redact_secrets(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact_secrets(item) for item in value]
    return value


def model_repr(model: Any) -> str:
    """``Model(field=value, ...)`` with only the fields that are set; secrets are hidden.

    A field (or undeclared JSON key) whose name looks secret shows ``[redacted]``, and so do
    such keys inside the dicts and lists of the other fields, at any depth: a key the server
    sends (``project.user.apiKey``) is as invisible as the client's own.
    """
    parts: list[str] = []
    for attribute in type(model).__attrs_attrs__:
        name = attribute.name
        if name == "_additional_properties":
            continue
        value = getattr(model, name)
        if value is UNSET:
            continue
        parts.append(
            f"{name}=[redacted]"
            if is_secret_name(name)
            else f"{name}={redact_secrets(value)!r}"
        )
    extra = getattr(
        model, "_additional_properties", None
    )  # None until used: no dict made here
    if extra:
        parts.append(f"additional_properties={redact_secrets(extra)!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


class _Lazy:
    """The type of ``LAZY``: a field left for its first read (never stored in a model)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "LAZY"


LAZY: Any = _Lazy()


class LazyModel:
    """Base of the models with fields parsed on their first read.

    ``from_dict`` leaves a field that holds a model (or a list of models) unset when parsing it
    cannot fail (the model's ``_fits``): reading it the first time parses it from the mapping
    kept in ``_lazy_source`` and stores the result, so later reads cost nothing and changes to it
    stay. Comparing, copying, pickling, ``to_dict`` and ``repr`` read every field, as before.
    """

    __slots__ = ("_lazy_source",)

    #: The mapping the model was parsed from (unset in a model built by its ``__init__``).
    _lazy_source: Mapping[str, Any]

    #: attribute -> (JSON key, parser of the JSON value): set on each lazy model's class.
    _lazy_fields: ClassVar[Mapping[str, tuple[str, Callable[[Any], Any]]]] = {}

    if (
        not TYPE_CHECKING
    ):  # type checkers keep refusing attributes a model does not declare

        def __getattr__(self, name: str) -> Any:
            return lazy_attribute(self, name, self._lazy_fields)


#: ``keep_source(model, mapping)`` stores the mapping a lazy model parses its fields from.
keep_source: Callable[[Any, Mapping[str, Any]], None] = LazyModel.__dict__[
    "_lazy_source"
].__set__


def lazy_attribute(
    model: Any, name: str, fields: Mapping[str, tuple[str, Callable[[Any], Any]]]
) -> Any:
    """The ``__getattr__`` of the lazy models: parse field ``name`` from the kept mapping."""
    entry = fields.get(name)
    if entry is not None:
        source = getattr(model, "_lazy_source", None)
        key, parse = entry
        if source is not None and key in source:
            value = parse(source[key])
            setattr(model, name, value)
            return value
    raise AttributeError(
        f"{type(model).__name__!r} object has no attribute {name!r}",
        name=name,
        obj=model,
    )


def unread_json(model: Any, name: str) -> Any:
    """The JSON value of the lazy field ``name`` of ``model`` as it was received, while the field
    has not been read nor set (nothing can have changed it); ``UNSET`` otherwise (read the
    attribute then)."""
    source = getattr(model, "_lazy_source", None)
    fields = getattr(model, "_lazy_fields", {})
    if source is None or name not in fields:
        return UNSET
    key = fields[name][0]
    if key not in source:
        return UNSET
    for klass in type(model).__mro__:
        slot = klass.__dict__.get(name)
        if slot is not None:
            try:
                slot.__get__(model, klass)
            except AttributeError:  # an empty slot: never read, never set
                return source[key]
            return UNSET
    return UNSET


_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


#: ``is_dict(value)``: ``isinstance(value, dict)``, the ``_fits`` of the models whose ``from_dict``
#: takes any dict.
is_dict: Callable[[Any], bool] = functools.partial(type.__instancecheck__, dict)


def fits_datetime(value: object) -> bool:
    """Whether ``datetime.datetime.fromisoformat(value)`` succeeds."""
    if type(value) is not str:
        return False
    try:
        _fromisoformat(value)
    except ValueError:
        return False
    return True


def fits_date(value: object) -> bool:
    """Whether ``datetime.date.fromisoformat(value)`` succeeds."""
    if type(value) is not str:
        return False
    try:
        _date_fromisoformat(value)
    except ValueError:
        return False
    return True


def fits_enum(enum: type[Enum], value: object) -> bool:
    """Whether ``enum(value)`` succeeds."""
    try:
        enum(value)
    except (ValueError, TypeError):
        return False
    return True


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "LAZY",
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "extra_fields_key",
    "fits_date",
    "fits_datetime",
    "fits_enum",
    "is_dict",
    "is_secret_name",
    "keep_source",
    "lazy_attribute",
    "model_repr",
    "redact_secrets",
    "unread_json",
]
