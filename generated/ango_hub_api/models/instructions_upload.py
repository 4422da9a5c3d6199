from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from .. import types
from ..types import (
    File,
    model_repr,
)

T = TypeVar("T", bound="InstructionsUpload")
_new_object = object.__new__


@_attrs_define(repr=False)
class InstructionsUpload:
    """
    Attributes:
        file (File): The instructions, a PDF file.
    """

    file: File

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        return files

    @staticmethod
    def _fits(src: Any) -> bool:
        return False

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        file = File(payload=BytesIO(src_dict["file"]))

        _instance.file = file
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)


#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "file",
    }
)
