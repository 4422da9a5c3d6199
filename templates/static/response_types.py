"""``File`` and ``Response`` of the generated package: ``ango_hub_api.types`` imports them from
here on first use (PEP 562), so that building a request imports no attrs.

Copied by scripts/generate.py from templates/static/response_types.py: do not edit.
"""

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import BinaryIO, Generic, TypeVar

from attrs import define

from .types import FileTypes

T = TypeVar("T")


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["File", "Response"]
