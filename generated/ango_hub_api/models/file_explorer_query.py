from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    extra_fields_key,
    model_repr,
)

T = TypeVar("T", bound="FileExplorerQuery")
_new_object = object.__new__


@_attrs_define(repr=False)
class FileExplorerQuery:
    """
    Attributes:
        bucket (str):
        storage_id (str):
        folder (str | Unset): Folder (prefix) to list or import.
        files (list[str] | Unset): Files of the folder to import (all when left out), by name in the folder or by
            full key. Each must be a file of `folder` in the bucket: one that is not is an
            unknown reference, refused with 404 naming it (what a bucket holds is not
            something a schema can state).
        upload (bool | Unset): Import the files into `projectId` instead of listing them. Default: False.
        project_id (str | Unset):
        scroll_token (None | str | Unset): Token of the next page, from the previous answer.
        batches (list[str] | Unset):
        extensions (list[str] | Unset): Only files with these extensions (e.g. `.jpg`).
    """

    bucket: str
    storage_id: str
    folder: str | Unset = UNSET
    files: list[str] | Unset = UNSET
    upload: bool | Unset = False
    project_id: str | Unset = UNSET
    scroll_token: None | str | Unset = UNSET
    batches: list[str] | Unset = UNSET
    extensions: list[str] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=extra_fields_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields the server sent that the API description does not declare."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        storage_id = self.storage_id

        folder = self.folder

        files: list[str] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files

        upload = self.upload

        project_id = self.project_id

        scroll_token: None | str | Unset
        if isinstance(self.scroll_token, Unset):
            scroll_token = UNSET
        else:
            scroll_token = self.scroll_token

        batches: list[str] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches

        extensions: list[str] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "storageId": storage_id,
            }
        )
        if folder is not UNSET:
            field_dict["folder"] = folder
        if files is not UNSET:
            field_dict["files"] = files
        if upload is not UNSET:
            field_dict["upload"] = upload
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if scroll_token is not UNSET:
            field_dict["scrollToken"] = scroll_token
        if batches is not UNSET:
            field_dict["batches"] = batches
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _instance.bucket = src_dict["bucket"]
        _instance.storage_id = src_dict["storageId"]
        _instance.folder = src_dict["folder"] if "folder" in src_dict else UNSET
        _instance.files = src_dict["files"] if "files" in src_dict else UNSET
        _instance.upload = src_dict["upload"] if "upload" in src_dict else UNSET
        _instance.project_id = (
            src_dict["projectId"] if "projectId" in src_dict else UNSET
        )
        _instance.scroll_token = (
            src_dict["scrollToken"] if "scrollToken" in src_dict else UNSET
        )
        _instance.batches = src_dict["batches"] if "batches" in src_dict else UNSET
        _instance.extensions = (
            src_dict["extensions"] if "extensions" in src_dict else UNSET
        )
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    if TYPE_CHECKING:

        @classmethod
        def _trusted(cls, src_dict: Mapping[str, Any]) -> Self: ...

    else:
        _trusted = from_dict  # what an enclosing lazy model calls: nothing is left for later here

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self._additional_properties or ())

    def __getitem__(self, key: str) -> Any:
        return (self._additional_properties or {})[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in (self._additional_properties or ())


#: The JSON names of the declared fields; any other key of a parsed object is kept in
#: ``additional_properties``.
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "bucket",
        "storageId",
        "folder",
        "files",
        "upload",
        "projectId",
        "scrollToken",
        "batches",
        "extensions",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "bucket",
        "storageId",
    }
)
