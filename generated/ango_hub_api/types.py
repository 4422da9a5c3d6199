"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field the server did not send (or a request leaves out)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


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
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "extra_fields_key",
    "is_secret_name",
    "model_repr",
    "redact_secrets",
]
