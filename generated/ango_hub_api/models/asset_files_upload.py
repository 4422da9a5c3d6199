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

T = TypeVar("T", bound="AssetFilesUpload")
_new_object = object.__new__


@_attrs_define(repr=False)
class AssetFilesUpload:
    """
    Attributes:
        files (list[File]): The files, one `files` part each.
    """

    files: list[File]

    def to_dict(self) -> dict[str, Any]:
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_tuple()

            files.append(files_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "files": files,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        return files

    @staticmethod
    def _fits(src: Any) -> bool:
        return False

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        files = []
        for files_item_data in src_dict["files"]:
            files_item = File(payload=BytesIO(files_item_data))

            files.append(files_item)

        _instance.files = files
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
        "files",
    }
)
