"""Contains some shared types for properties"""

import datetime
import functools
import json
import operator
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, ClassVar, Literal


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

#: Decodes the body of a JSON answer (``bytes``) in the generated ``_parse_response``: what
#: ``response.json()`` does (``json.loads``) unless replaced by a decoder with the same values and
#: errors. ``ango_hub`` installs ``ango_hub._json.loads`` (orjson when it is installed).
decode_json: Callable[[bytes], Any] = json.loads

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

    ``from_dict`` stores ``LAZY`` in a field that holds models when parsing it cannot fail (the
    model's ``_fits``), in the slot ``_slot_<field>`` that the model's ``_<Model>Slots`` base
    declares, and keeps the mapping in ``_lazy_source``; the field's class attribute (a
    ``LazyField``, see ``install_lazy_fields``) parses the value on the first read and stores
    the result, so changes to it stay. ``LAZY`` never leaves the model: comparing, copying,
    pickling, ``to_dict`` and ``repr`` read the fields through the same attribute.
    """

    __slots__ = ("_lazy_source",)

    #: The mapping the model was parsed from (unset in a model built by its ``__init__``).
    _lazy_source: Mapping[str, Any]

    #: attribute -> (JSON key, the model, a list of them?): set by ``install_lazy_fields``.
    _lazy_fields: ClassVar[Mapping[str, tuple[str, Callable[[], Any], bool]]] = {}


class LazyField:
    """The class attribute of a lazy field (in place of the attrs slot of its name, which stays
    unused), over the slot ``_slot_<field>``: a read of a slot that holds ``LAZY`` parses the
    kept JSON value (one model or a list of them, with the model's ``_trusted``) and stores the
    result in the slot."""

    __slots__ = ("_get", "_key", "_many", "_model", "_name", "_parse", "_slot")

    def __init__(
        self, slot: Any, key: str, model: Callable[[], Any], many: bool
    ) -> None:
        self._slot = slot
        self._name: str = slot.__name__
        #: What the slot holds (``operator.attrgetter`` of its name: cheaper to call than ``slot.__get__``).
        self._get: Callable[[Any], Any] = operator.attrgetter(slot.__name__)
        self._key = key
        self._model = model
        self._many = many
        self._parse: Callable[[Any], Any] | None = None

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self._slot
        value = self._get(instance)
        if value is LAZY:
            parse = self._parse
            if parse is None:  # the first read of this field of any instance
                parse = self._parse = self._model()._trusted
            raw = instance._lazy_source[self._key]
            value = list(map(parse, raw)) if self._many else parse(raw)
            setattr(instance, self._name, value)
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        setattr(instance, self._name, value)

    def __delete__(self, instance: Any) -> None:
        self._slot.__delete__(instance)


def install_lazy_fields(
    cls: type[LazyModel], fields: Mapping[str, tuple[str, Callable[[], Any], bool]]
) -> None:
    """Put a ``LazyField`` in place of the attribute of each of ``fields`` (attribute -> (JSON
    key, the model, a list of them?)), reading and writing the slot ``_slot_<attribute>`` that a
    base class of ``cls`` declares (``from_dict`` stores in it directly)."""
    for name, (key, model, many) in fields.items():
        setattr(cls, name, LazyField(getattr(cls, "_slot_" + name), key, model, many))
    cls._lazy_fields = fields


def unread_json(model: Any, names: Iterable[str]) -> dict[str, Any]:
    """The JSON values, as received, of those lazy fields of ``model`` among ``names`` that
    have not been read nor set (nothing can have changed them), by attribute name; fields that
    were read or set, or that the JSON did not have, are left out (read the attribute)."""
    found: dict[str, Any] = {}
    for name, field in _lazy_fields_of(type(model), tuple(names)):
        if field._get(model) is LAZY:
            found[name] = model._lazy_source[field._key]
    return found


def fields_json(model: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The JSON of those of ``model``'s fields among ``names`` that hold a model or a list of
    models, by attribute name: as received while a lazy field is unread (nothing can have
    changed it), else ``to_dict()`` of what the field holds now; fields that are ``UNSET`` are
    left out."""
    return {
        name: value
        for name, value in zip(names, json_values(model, names))
        if value is not UNSET
    }


def json_values(model: Any, names: tuple[str, ...]) -> list[Any]:
    """``fields_json(model, names)`` as a list in the order of ``names``, ``UNSET`` for a
    field that is ``UNSET``: the JSON of each field (one that holds a model or a list of
    models), as received while a lazy field is unread, else ``to_dict()`` of what it holds."""
    plan = _json_plans.get((type(model), names))
    if plan is None:
        plan = _json_plans[type(model), names] = _json_plan(type(model), names)
    held, fields = plan
    found: list[Any] = []
    for field, value in zip(fields, held(model)):
        if value is LAZY:
            found.append(model._lazy_source[field._key])  # type: ignore[union-attr]  # LAZY: a lazy field
        elif value is UNSET:
            found.append(UNSET)
        elif field is None:  # a field parsed at once
            found.append(
                [item.to_dict() for item in value]
                if isinstance(value, list)
                else value.to_dict()
            )
        elif not field._many:
            found.append(value.to_dict())
        else:
            found.append([item.to_dict() for item in value] if value else [])
    return found


#: (model class, names) -> (what the fields hold, raw: the lazy ones' slots, as a tuple; each
#: field's ``LazyField``, None for one parsed at once).
_json_plans: dict[
    tuple[type, tuple[str, ...]],
    tuple[Callable[[Any], Any], tuple[LazyField | None, ...]],
] = {}


def _json_plan(
    cls: type, names: tuple[str, ...]
) -> tuple[Callable[[Any], Any], tuple[LazyField | None, ...]]:
    lazy = dict(_lazy_fields_of(cls, names))
    fields = tuple(lazy.get(name) for name in names)
    attributes = ["_slot_" + name if name in lazy else name for name in names]
    held: Callable[[Any], Any]
    if len(attributes) > 1:
        held = operator.attrgetter(*attributes)
    elif attributes:
        one = operator.attrgetter(attributes[0])
        held = lambda model: (one(model),)  # attrgetter of one name gives the value
    else:
        held = lambda model: ()
    return held, fields


_lazy_field_cache: dict[tuple[type, tuple[str, ...]], list[tuple[str, LazyField]]] = {}


def _lazy_fields_of(cls: type, names: tuple[str, ...]) -> list[tuple[str, LazyField]]:
    """The ``LazyField`` of each of ``names`` that ``cls`` (or a base) has."""
    fields = _lazy_field_cache.get((cls, names))
    if fields is None:
        fields = []
        for name in names:
            attribute = next(
                (
                    klass.__dict__[name]
                    for klass in cls.__mro__
                    if name in klass.__dict__
                ),
                None,
            )
            if isinstance(attribute, LazyField):
                fields.append((name, attribute))
        _lazy_field_cache[cls, names] = fields
    return fields


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

if TYPE_CHECKING:
    from .response_types import File, Response


def __getattr__(name: str) -> Any:
    """``File`` and ``Response`` (attrs classes, in ``response_types``): imported on first use,
    so that building a request imports no attrs (a listing's first request goes out before the
    models of its answers, and attrs, are imported)."""
    if name in ("File", "Response"):
        from . import response_types

        value = getattr(response_types, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LAZY",
    "UNSET",
    "File",
    "FileTypes",
    "LazyField",
    "LazyModel",
    "RequestFiles",
    "Response",
    "Unset",
    "extra_fields_key",
    "fields_json",
    "fits_date",
    "fits_datetime",
    "fits_enum",
    "install_lazy_fields",
    "is_dict",
    "is_secret_name",
    "json_values",
    "model_repr",
    "redact_secrets",
    "unread_json",
]
