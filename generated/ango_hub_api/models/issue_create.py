from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.medical_plane import MedicalPlane
from ..types import (
    LAZY,
    UNSET,
    LazyModel,
    Unset,
    extra_fields_key,
    install_lazy_fields,
    model_repr,
)

T = TypeVar("T", bound="IssueCreate")
_new_object = object.__new__


class _IssueCreateSlots(LazyModel):
    """The slots that hold `IssueCreate`'s lazy fields (`LAZY` until read): `from_dict` stores
    in them directly, and each field's `types.LazyField` reads them."""

    __slots__ = ("_slot_error_codes",)
    _slot_error_codes: Any


@_attrs_define(repr=False)
class IssueCreate(_IssueCreateSlots):
    """
    Attributes:
        content (str): Text of the issue.
        label_task (str): ID of the task.
        position (str | Unset): Where the issue is: for images and videos a stringified `[x, y]`
            (`"[50, 120]"`), for text a stringified character index (`"54"`), for audio
            `[start, end]`.
             Example: [50, 120].
        page (int | Unset): Zero-based page or frame of multi-page TIFFs, PDFs and videos.
        page_end (int | Unset):
        data_index (int | Unset):
        plane (MedicalPlane | str | Unset):
        object_id (str | Unset): Object of the answer the issue is about (not with a position).
        content_mentions (list[str] | Unset): E-mails of the users mentioned.
        error_codes (list[ErrorCode] | Unset):
        pct_details (IssueCreatePctDetails | Unset):
    """

    content: str
    label_task: str
    position: str | Unset = UNSET
    page: int | Unset = UNSET
    page_end: int | Unset = UNSET
    data_index: int | Unset = UNSET
    plane: MedicalPlane | str | Unset = UNSET
    object_id: str | Unset = UNSET
    content_mentions: list[str] | Unset = UNSET
    error_codes: list[ErrorCode] | Unset = UNSET
    pct_details: IssueCreatePctDetails | Unset = UNSET
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
        content = self.content

        label_task = self.label_task

        position = self.position

        page = self.page

        page_end = self.page_end

        data_index = self.data_index

        plane: str | Unset
        if isinstance(self.plane, Unset):
            plane = UNSET
        elif isinstance(self.plane, MedicalPlane):
            plane = self.plane.value
        else:
            plane = self.plane

        object_id = self.object_id

        content_mentions: list[str] | Unset = UNSET
        if not isinstance(self.content_mentions, Unset):
            content_mentions = self.content_mentions

        error_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_codes, Unset):
            error_codes = []
            for error_codes_item_data in self.error_codes:
                error_codes_item = error_codes_item_data.to_dict()
                error_codes.append(error_codes_item)

        pct_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pct_details, Unset):
            pct_details = self.pct_details.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "content": content,
                "labelTask": label_task,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if page is not UNSET:
            field_dict["page"] = page
        if page_end is not UNSET:
            field_dict["pageEnd"] = page_end
        if data_index is not UNSET:
            field_dict["dataIndex"] = data_index
        if plane is not UNSET:
            field_dict["plane"] = plane
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if content_mentions is not UNSET:
            field_dict["contentMentions"] = content_mentions
        if error_codes is not UNSET:
            field_dict["errorCodes"] = error_codes
        if pct_details is not UNSET:
            field_dict["pctDetails"] = pct_details

        return field_dict

    @staticmethod
    def _fits(src: Any) -> bool:
        if type(src) is not dict or not src.keys() >= _REQUIRED_FIELDS:
            return False
        if "errorCodes" in src:
            value = src["errorCodes"]
            if type(value) is not list:
                return False
            for item in value:
                if not ErrorCode._fits(item):
                    return False
        if "pctDetails" in src:
            value = src["pctDetails"]
            if not IssueCreatePctDetails._fits(value):
                return False
        return True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _instance = _new_object(cls)
        _slots: _IssueCreateSlots = _instance
        _instance.plane = (
            _parse_plane(src_dict["plane"]) if "plane" in src_dict else UNSET
        )
        if "errorCodes" in src_dict:
            error_codes: Any = src_dict["errorCodes"]
            _slots._slot_error_codes = (
                LAZY
                if error_codes
                and (
                    type(error_codes) is list and all(map(ErrorCode._fits, error_codes))
                )
                else [
                    ErrorCode.from_dict(error_codes_item_data)
                    for error_codes_item_data in error_codes
                ]
            )
        else:
            _slots._slot_error_codes = UNSET
        _instance.pct_details = (
            IssueCreatePctDetails.from_dict(src_dict["pctDetails"])
            if "pctDetails" in src_dict
            else UNSET
        )
        _instance.content = src_dict["content"]
        _instance.label_task = src_dict["labelTask"]
        _instance.position = src_dict["position"] if "position" in src_dict else UNSET
        _instance.page = src_dict["page"] if "page" in src_dict else UNSET
        _instance.page_end = src_dict["pageEnd"] if "pageEnd" in src_dict else UNSET
        _instance.data_index = (
            src_dict["dataIndex"] if "dataIndex" in src_dict else UNSET
        )
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.content_mentions = (
            src_dict["contentMentions"] if "contentMentions" in src_dict else UNSET
        )
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
        _slots: _IssueCreateSlots = _instance
        _instance.plane = (
            _parse_plane(src_dict["plane"]) if "plane" in src_dict else UNSET
        )
        _slots._slot_error_codes = (
            (LAZY if src_dict["errorCodes"] else [])
            if "errorCodes" in src_dict
            else UNSET
        )
        _instance.pct_details = (
            IssueCreatePctDetails.from_dict(src_dict["pctDetails"])
            if "pctDetails" in src_dict
            else UNSET
        )
        _instance.content = src_dict["content"]
        _instance.label_task = src_dict["labelTask"]
        _instance.position = src_dict["position"] if "position" in src_dict else UNSET
        _instance.page = src_dict["page"] if "page" in src_dict else UNSET
        _instance.page_end = src_dict["pageEnd"] if "pageEnd" in src_dict else UNSET
        _instance.data_index = (
            src_dict["dataIndex"] if "dataIndex" in src_dict else UNSET
        )
        _instance.object_id = src_dict["objectId"] if "objectId" in src_dict else UNSET
        _instance.content_mentions = (
            src_dict["contentMentions"] if "contentMentions" in src_dict else UNSET
        )
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
        "content",
        "labelTask",
        "position",
        "page",
        "pageEnd",
        "dataIndex",
        "plane",
        "objectId",
        "contentMentions",
        "errorCodes",
        "pctDetails",
    }
)

#: The JSON names of the required fields (`_fits` checks that a mapping has them all).
_REQUIRED_FIELDS: frozenset[str] = frozenset(
    {
        "content",
        "labelTask",
    }
)

#: The fields parsed on their first read: attribute -> (JSON key, the model (the classes are
#: imported at the bottom of the module), a list of them?).
_LAZY_FIELDS: dict[str, tuple[str, Callable[[], Any], bool]] = {
    "error_codes": ("errorCodes", lambda: ErrorCode, True),
}
install_lazy_fields(IssueCreate, _LAZY_FIELDS)


def _parse_plane(data: object) -> MedicalPlane | str | Unset:
    if isinstance(data, str):
        try:
            plane_type_0 = MedicalPlane(data)

            return plane_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(MedicalPlane | str | Unset, data)


from ..models.error_code import ErrorCode
from ..models.issue_create_pct_details import IssueCreatePctDetails
