from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_review_submit_pct_details import TaskReviewSubmitPctDetails


T = TypeVar("T", bound="TaskReviewSubmit")


@_attrs_define
class TaskReviewSubmit:
    """
    Attributes:
        review_status (ReviewStatus | str):
        pct_details (TaskReviewSubmitPctDetails | Unset):
    """

    review_status: ReviewStatus | str
    pct_details: TaskReviewSubmitPctDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_status: str
        if isinstance(self.review_status, ReviewStatus):
            review_status = self.review_status.value
        else:
            review_status = self.review_status

        pct_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pct_details, Unset):
            pct_details = self.pct_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reviewStatus": review_status,
            }
        )
        if pct_details is not UNSET:
            field_dict["pctDetails"] = pct_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_review_submit_pct_details import TaskReviewSubmitPctDetails

        d = dict(src_dict)

        def _parse_review_status(data: object) -> ReviewStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_status_type_0 = ReviewStatus(data)

                return review_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReviewStatus | str, data)

        review_status = _parse_review_status(d.pop("reviewStatus"))

        _pct_details = d.pop("pctDetails", UNSET)
        pct_details: TaskReviewSubmitPctDetails | Unset
        if isinstance(_pct_details, Unset):
            pct_details = UNSET
        else:
            pct_details = TaskReviewSubmitPctDetails.from_dict(_pct_details)

        task_review_submit = cls(
            review_status=review_status,
            pct_details=pct_details,
        )

        task_review_submit.additional_properties = d
        return task_review_submit

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
