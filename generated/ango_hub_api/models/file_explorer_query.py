from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileExplorerQuery")


@_attrs_define
class FileExplorerQuery:
    """
    Attributes:
        bucket (str):
        storage_id (str):
        folder (str | Unset): Folder (prefix) to list or import.
        files (list[str] | Unset): Files of the folder to import (all when left out).
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        storage_id = d.pop("storageId")

        folder = d.pop("folder", UNSET)

        files = cast(list[str], d.pop("files", UNSET))

        upload = d.pop("upload", UNSET)

        project_id = d.pop("projectId", UNSET)

        def _parse_scroll_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scroll_token = _parse_scroll_token(d.pop("scrollToken", UNSET))

        batches = cast(list[str], d.pop("batches", UNSET))

        extensions = cast(list[str], d.pop("extensions", UNSET))

        file_explorer_query = cls(
            bucket=bucket,
            storage_id=storage_id,
            folder=folder,
            files=files,
            upload=upload,
            project_id=project_id,
            scroll_token=scroll_token,
            batches=batches,
            extensions=extensions,
        )

        file_explorer_query.additional_properties = d
        return file_explorer_query

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
