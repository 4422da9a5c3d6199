from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relation_direction import RelationDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classification_answer import ClassificationAnswer


T = TypeVar("T", bound="RelationAnswer")


@_attrs_define
class RelationAnswer:
    """A relation between objects of the answer.

    Attributes:
        schema_id (str | Unset):
        title (str | Unset):
        object_id (str | Unset):
        from_ (str | Unset): objectId of the first object (one-to-one, one-to-many).
        to (list[str] | str | Unset): objectId(s) of the other object(s).
        direction (RelationDirection | str | Unset):
        group (list[str] | Unset): objectIds of the grouped objects (group relations).
        classifications (list[ClassificationAnswer] | Unset):
    """

    schema_id: str | Unset = UNSET
    title: str | Unset = UNSET
    object_id: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: list[str] | str | Unset = UNSET
    direction: RelationDirection | str | Unset = UNSET
    group: list[str] | Unset = UNSET
    classifications: list[ClassificationAnswer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_id = self.schema_id

        title = self.title

        object_id = self.object_id

        from_ = self.from_

        to: list[str] | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = self.to

        else:
            to = self.to

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, RelationDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        group: list[str] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id
        if title is not UNSET:
            field_dict["title"] = title
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if direction is not UNSET:
            field_dict["direction"] = direction
        if group is not UNSET:
            field_dict["group"] = group
        if classifications is not UNSET:
            field_dict["classifications"] = classifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.classification_answer import ClassificationAnswer

        d = dict(src_dict)
        schema_id = d.pop("schemaId", UNSET)

        title = d.pop("title", UNSET)

        object_id = d.pop("objectId", UNSET)

        from_ = d.pop("from", UNSET)

        def _parse_to(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_1 = cast(list[str], data)

                return to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_direction(data: object) -> RelationDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = RelationDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RelationDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        group = cast(list[str], d.pop("group", UNSET))

        _classifications = d.pop("classifications", UNSET)
        classifications: list[ClassificationAnswer] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = ClassificationAnswer.from_dict(
                    classifications_item_data
                )

                classifications.append(classifications_item)

        relation_answer = cls(
            schema_id=schema_id,
            title=title,
            object_id=object_id,
            from_=from_,
            to=to,
            direction=direction,
            group=group,
            classifications=classifications,
        )

        relation_answer.additional_properties = d
        return relation_answer

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
