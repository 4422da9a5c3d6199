"""Answers to classifications (``ClassificationAnswer``): radio, checkbox, dropdowns, tree,
text, boolean; nested in the answer, in an object or in a relation."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Unpack

from ango_hub_api.models.classification_answer import ClassificationAnswer

from .._accepts import accepts
from ._common import (
    IMMUTABLE,
    Json,
    Number,
    build,
    check_bool,
    check_list,
    check_mapping,
    check_number,
    check_text,
    copy_json,
    copy_mutable,
    split_extra,
)
from ._schema import LabelSetLike, SchemaIndex, option_list, tree_paths

__all__ = ["Classification", "OptionsBy"]

#: How a choice answer names its options: by their schemaId (task answers, the API's own
#: form) or by their value (the import format).
OptionsBy = Literal["schemaId", "value"]

ClassificationValue = str | bool | Number | list[str]


class AnswerOptions(TypedDict, total=False):
    """The keyword options of :meth:`Classification.tree_dropdown`, :meth:`Classification.text`
    and :meth:`Classification.boolean` (all default to None): the classification by
    ``schema_id``, or by ``title`` with ``label_set``, and nested ``classifications``."""

    schema_id: str | None
    title: str | None
    label_set: LabelSetLike | None
    classifications: Sequence[Classification] | None


class ChoiceOptions(AnswerOptions, total=False):
    """The keyword options of the choice constructors (:meth:`Classification.radio`,
    :meth:`Classification.checkbox`, :meth:`Classification.single_dropdown`,
    :meth:`Classification.multi_dropdown`): those of :class:`AnswerOptions` and
    ``options_by`` (default ``"schemaId"``)."""

    options_by: OptionsBy


_KNOWN = frozenset({"schemaId", "title", "objectId", "answer", "classifications"})
_CHOICE_ONE = ("radio", "single-dropdown")
_CHOICE_MANY = ("checkbox", "multi-dropdown")


@dataclass(frozen=True, kw_only=True)
class Classification:
    """The answer to one classification of the label set.

    Build it with the constructors named after the classification's type
    (:meth:`radio`, :meth:`checkbox`, :meth:`single_dropdown`, :meth:`multi_dropdown`,
    :meth:`tree_dropdown`, :meth:`text`, :meth:`boolean`), or read it with
    :meth:`from_dict`. ``extra`` holds the fields the spec does not name (``tool``,
    ``metadata``, ``page``, ...), kept as they are.
    """

    schema_id: str | None = None
    answer: ClassificationValue | None = None
    title: str | None = None
    object_id: str | None = None
    classifications: tuple[Classification, ...] | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.schema_id is not None:
            check_text("classification schemaId", self.schema_id)
        if self.answer is not None:
            _check_value(self.answer)

    # --- constructors ---------------------------------------------------------------------

    @classmethod
    @accepts(ChoiceOptions)
    def radio(cls, option: str, **keywords: Unpack[ChoiceOptions]) -> Classification:
        """A radio answer: one option, by schemaId or value.

        With ``label_set``, the classification may be named by ``title`` instead of
        ``schema_id``, the option by its value or schemaId, and the answer names the option
        as ``options_by`` says (``"schemaId"`` for task answers, ``"value"`` for imports).
        """
        return cls._choice("radio", [option], False, keywords)

    @classmethod
    @accepts(ChoiceOptions)
    def single_dropdown(cls, option: str, **keywords: Unpack[ChoiceOptions]) -> Classification:
        """A single-dropdown answer: one option (see :meth:`radio`)."""
        return cls._choice("single-dropdown", [option], False, keywords)

    @classmethod
    @accepts(ChoiceOptions)
    def checkbox(cls, options: Sequence[str], **keywords: Unpack[ChoiceOptions]) -> Classification:
        """A checkbox answer: one or more distinct options (see :meth:`radio`)."""
        return cls._choice("checkbox", options, True, keywords)

    @classmethod
    @accepts(ChoiceOptions)
    def multi_dropdown(cls, options: Sequence[str], **keywords: Unpack[ChoiceOptions]) -> Classification:
        """A multi-dropdown answer: one or more distinct options (see :meth:`radio`)."""
        return cls._choice("multi-dropdown", options, True, keywords)

    @classmethod
    @accepts(AnswerOptions)
    def tree_dropdown(
        cls, paths: Sequence[str | Sequence[str]], **keywords: Unpack[AnswerOptions]
    ) -> Classification:
        """A tree-dropdown answer: the chosen nodes, each as a ``"Trunk / Branch / Leaf"``
        path of titles (the import format) or a list of titles joined that way."""
        if isinstance(paths, str):
            raise ValueError(f"tree-dropdown paths must be a list of paths, not one string: use [{paths!r}]")
        answers = [path if isinstance(path, str) else " / ".join(path) for path in paths]
        schema_id, title = cls._resolve("tree-dropdown", keywords)
        _check_distinct("tree-dropdown", answers)
        label_set = keywords.get("label_set")
        if label_set is not None and schema_id is not None:
            entry = SchemaIndex(label_set).classification(schema_id) or {}
            accepted = tree_paths(entry)
            for answer in answers:
                if answer not in accepted:
                    raise ValueError(f'"{answer}" is not a node of tree-dropdown "{entry.get("title")}"')
        return cls._make(schema_id, title, answers, keywords)

    @classmethod
    @accepts(AnswerOptions)
    def text(cls, text: str, **keywords: Unpack[AnswerOptions]) -> Classification:
        """A text answer (may be empty)."""
        if not isinstance(text, str):
            raise ValueError(f"a text answer must be a string, got {text!r}")
        schema_id, title = cls._resolve("text", keywords)
        return cls._make(schema_id, title, text, keywords)

    @classmethod
    @accepts(AnswerOptions)
    def boolean(cls, value: bool, **keywords: Unpack[AnswerOptions]) -> Classification:
        """A boolean answer."""
        check_bool("a boolean answer", value)
        schema_id, title = cls._resolve("boolean", keywords)
        return cls._make(schema_id, title, value, keywords)

    @classmethod
    def _make(
        cls, schema_id: str | None, title: str | None, answer: ClassificationValue, keywords: AnswerOptions
    ) -> Classification:
        return cls(
            schema_id=schema_id,
            title=title,
            answer=answer,
            classifications=_tuple(keywords.get("classifications")),
        )

    @classmethod
    def _choice(
        cls, kind: str, options: Sequence[str], many: bool, keywords: ChoiceOptions
    ) -> Classification:
        if isinstance(options, str):
            raise ValueError(f"{kind} options must be a list, not one string: use [{options!r}]")
        chosen = [check_text(f"{kind} option", option) for option in options]
        if not chosen:
            raise ValueError(f"a {kind} answer needs at least one option")
        _check_distinct(kind, chosen)
        schema_id, title = cls._resolve(kind, keywords)
        label_set = keywords.get("label_set")
        if label_set is not None and schema_id is not None:
            entry = SchemaIndex(label_set).classification(schema_id) or {}
            known = option_list(entry)
            options_by = keywords.get("options_by", "schemaId")
            resolved = []
            for option in chosen:
                match = next(
                    (item for item in known if option in (item.get("schemaId"), item.get("value"))), None
                )
                if match is None:
                    values = ", ".join(f'"{item.get("value")}"' for item in known)
                    raise ValueError(
                        f'"{option}" is not an option of {kind} "{entry.get("title")}" ({values})'
                    )
                resolved.append(str(match.get(options_by, option)))
            chosen = resolved
        answer: ClassificationValue = chosen if many else chosen[0]
        return cls._make(schema_id, title, answer, keywords)

    @staticmethod
    def _resolve(kind: str, keywords: AnswerOptions) -> tuple[str | None, str | None]:
        schema_id, title, label_set = (
            keywords.get("schema_id"),
            keywords.get("title"),
            keywords.get("label_set"),
        )
        if label_set is None:
            if schema_id is None and title is None:
                raise ValueError(f"a {kind} answer needs a schema_id (or a title and a label_set)")
            return schema_id, title
        index = SchemaIndex(label_set)
        if schema_id is None:
            if title is None:
                raise ValueError(f"a {kind} answer needs a schema_id or a title")
            schema_id = index.classification_id(title)
        entry = index.classification(schema_id)
        if entry is None:
            raise ValueError(f'schemaId "{schema_id}" is not a classification of the label set')
        if entry.get("tool") != kind:
            raise ValueError(
                f'classification "{entry.get("title")}" ({schema_id}) is a {entry.get("tool")}, not a {kind}'
            )
        if title is not None and " > " in title and isinstance(entry.get("title"), str):
            title = str(entry["title"])  # a path of titles picked the classification
        return schema_id, title

    # --- JSON -----------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Classification:
        """Read a ``ClassificationAnswer`` from its JSON form, keeping unknown fields."""
        if cls is Classification and type(data) is dict:
            read = _read_usual(data)
            if read is not None:
                return read
        fields, extra = split_extra(check_mapping("classification", data), _KNOWN)
        nested = fields.get("classifications")
        answer = fields.get("answer")
        values = {
            "schema_id": fields.get("schemaId"),
            "answer": answer if type(answer) in IMMUTABLE else copy_json(answer),
            "title": fields.get("title"),
            "object_id": fields.get("objectId"),
            "classifications": None
            if nested is None
            else tuple(map(cls.from_dict, check_list("classifications", nested))),
            "extra": extra,
        }
        return build(Classification, cls, values)

    def to_dict(self) -> Json:
        """The JSON form (``ClassificationAnswer``)."""
        result: Json = {}
        if self.schema_id is not None:
            result["schemaId"] = self.schema_id
        if self.title is not None:
            result["title"] = self.title
        if self.object_id is not None:
            result["objectId"] = self.object_id
        if self.answer is not None:
            result["answer"] = copy.deepcopy(self.answer)
        if self.classifications is not None:
            result["classifications"] = [item.to_dict() for item in self.classifications]
        result.update(copy.deepcopy(dict(self.extra)))
        return result

    def to_model(self) -> ClassificationAnswer:
        """The generated ``ClassificationAnswer`` model."""
        return ClassificationAnswer.from_dict(self.to_dict())


def _read_usual(data: dict[str, Any]) -> Classification | None:
    """``Classification.from_dict(data)`` for an answer whose fields all pass the checks of
    ``__post_init__``, in one pass over ``data``; None for any other (``from_dict`` then takes
    its full path: the same answer, or the same error)."""
    extra: Json = {}
    schema_id: Any = None
    title: Any = None
    object_id: Any = None
    answer: Any = None
    nested: Any = None
    for key, value in data.items():
        if value is None or key not in _KNOWN:
            extra[key] = value if type(value) in IMMUTABLE else copy_mutable(value)
        elif key == "schemaId":
            schema_id = value
        elif key == "answer":
            answer = value
        elif key == "title":
            title = value
        elif key == "objectId":
            object_id = value
        else:
            nested = value
    if schema_id is not None and (type(schema_id) is not str or not schema_id):
        return None
    kind = type(answer)
    if kind is str or kind is bool or answer is None:
        pass
    elif kind is list:
        for item in answer:
            if type(item) is not str:
                return None
        answer = answer.copy()  # a list of strings: its copy
    elif kind is int or kind is float:
        if answer - answer != 0:  # inf or nan: refused by the full path
            return None
    else:
        return None
    classifications = None
    if nested is not None:
        if type(nested) is not list:
            return None
        classifications = classification_tuple(nested) if nested else ()
    instance = _new(Classification)
    fields = instance.__dict__  # filled in the fields' order, as __init__ does
    fields["schema_id"] = schema_id
    fields["answer"] = answer
    fields["title"] = title
    fields["object_id"] = object_id
    fields["classifications"] = classifications
    fields["extra"] = extra
    return instance


_new = object.__new__
_NUMBERS = frozenset({int, float})


def classification_tuple(items: list[Any]) -> tuple[Classification, ...]:
    """``tuple(map(Classification.from_dict, items))``, reading each usual answer in one pass."""
    read = []
    for item in items:
        usual = _read_usual(item) if type(item) is dict else None
        read.append(Classification.from_dict(item) if usual is None else usual)
    return tuple(read)


def _tuple(items: Sequence[Classification] | None) -> tuple[Classification, ...] | None:
    if items is None:
        return None
    result = tuple(items)
    for item in result:
        if not isinstance(item, Classification):
            raise TypeError(f"nested classifications must be Classification, got {type(item).__name__}")
    return result


def _check_distinct(kind: str, values: Sequence[str]) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(f'{kind} answer names "{value}" twice')
        seen.add(value)


def _check_value(value: object) -> None:
    if isinstance(value, str | bool):
        return
    if isinstance(value, int | float):
        check_number("classification answer", value)
        return
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return
    raise ValueError(
        f"a classification answer is a string, a boolean, a number or a list of strings, got {value!r}"
    )
