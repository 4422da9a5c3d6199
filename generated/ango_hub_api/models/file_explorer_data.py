from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_file import StorageFile


T = TypeVar("T", bound="FileExplorerData")


@_attrs_define
class FileExplorerData:
    """
    Attributes:
        files (list[StorageFile] | Unset):
        folders (list[str] | Unset):
        scroll_token (None | str | Unset):
        assets (int | Unset): Number of assets created (with `upload`).
    """

    files: list[StorageFile] | Unset = UNSET
    folders: list[str] | Unset = UNSET
    scroll_token: None | str | Unset = UNSET
    assets: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        folders: list[str] | Unset = UNSET
        if not isinstance(self.folders, Unset):
            folders = self.folders

        scroll_token: None | str | Unset
        if isinstance(self.scroll_token, Unset):
            scroll_token = UNSET
        else:
            scroll_token = self.scroll_token

        assets = self.assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files
        if folders is not UNSET:
            field_dict["folders"] = folders
        if scroll_token is not UNSET:
            field_dict["scrollToken"] = scroll_token
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.storage_file import StorageFile

        d = dict(src_dict)
        _files = d.pop("files", UNSET)
        files: list[StorageFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = StorageFile.from_dict(files_item_data)

                files.append(files_item)

        folders = cast(list[str], d.pop("folders", UNSET))

        def _parse_scroll_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scroll_token = _parse_scroll_token(d.pop("scrollToken", UNSET))

        assets = d.pop("assets", UNSET)

        file_explorer_data = cls(
            files=files,
            folders=folders,
            scroll_token=scroll_token,
            assets=assets,
        )

        file_explorer_data.additional_properties = d
        return file_explorer_data

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
