from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="FileExplorerData")
_new_object = object.__new__


class _FileExplorerDataSlots(LazyModel):
    """The slots that hold `FileExplorerData`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_files",)
    _slot_files: Any


@_attrs_define(repr=False)
class FileExplorerData(_FileExplorerDataSlots):
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict:
            return False
        if "files" in src:
            value = src["files"]
            if type(value) is not list:
                return False
            for item in value:
                if not StorageFile._fits(item):
                    return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _FileExplorerDataSlots = _instance
        if "files" in src_dict:
            files: Any = src_dict["files"]
            _slots._slot_files = (
                LAZY
                if files
                and (type(files) is list and all(map(StorageFile._fits, files)))
                else [
                    StorageFile.from_dict(files_item_data) for files_item_data in files
                ]
            )
        else:
            _slots._slot_files = UNSET
        _instance.folders = src_dict["folders"] if "folders" in src_dict else UNSET
        _instance.scroll_token = (
            src_dict["scrollToken"] if "scrollToken" in src_dict else UNSET
        )
        _instance.assets = src_dict["assets"] if "assets" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

    @classmethod
    def _trusted(cls, src_dict: Mapping[str, Any]) -> Self:
        """`from_dict` for a mapping that an enclosing model's `_fits` has checked: the lazy
        fields are left for their first read without testing them again."""
        _instance = _new_object(cls)
        _slots: _FileExplorerDataSlots = _instance
        _slots._slot_files = (
            (LAZY if src_dict["files"] else []) if "files" in src_dict else UNSET
        )
        _instance.folders = src_dict["folders"] if "folders" in src_dict else UNSET
        _instance.scroll_token = (
            src_dict["scrollToken"] if "scrollToken" in src_dict else UNSET
        )
        _instance.assets = src_dict["assets"] if "assets" in src_dict else UNSET
        _slots._lazy_source = src_dict
        if _KNOWN_FIELDS.issuperset(src_dict):
            _instance._additional_properties = None
        else:
            _instance._additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _KNOWN_FIELDS
            }
        return _instance

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
        "files",
        "folders",
        "scrollToken",
        "assets",
    }
)


#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "files": ("files", lambda: StorageFile, True),
}
install_lazy_fields(FileExplorerData, _LAZY_FIELDS)


from ..models.storage_file import StorageFile
