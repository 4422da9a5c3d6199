"""Property-based tests: any label set the builders make matches the spec and round-trips."""

from __future__ import annotations

import json

from _label_sets import category_schema_violations
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ango_hub.label_set import (
    Boolean,
    Checkbox,
    Classification,
    Group,
    Instance,
    LabelSet,
    MultiDropdown,
    ObjectTool,
    OneToMany,
    OneToOne,
    Radio,
    Relation,
    SingleDropdown,
    Text,
    Tool,
    TreeDropdown,
    TreeNode,
    diff,
)
from ango_hub_api.models import CategorySchema

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

titles = st.text(alphabet="abcXYZé -_0", min_size=1, max_size=8).filter(lambda text: bool(text.strip()))
values = st.lists(titles, min_size=1, max_size=4, unique=True)
colors = st.none() | st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
flags = st.booleans()
CHOICE_BUILDERS = (Radio, Checkbox, SingleDropdown, MultiDropdown)


@st.composite
def tree_nodes(draw: st.DrawFn, depth: int = 0) -> TreeNode:
    children = draw(st.lists(titles, max_size=3, unique=True)) if depth < 2 else []
    node_children = [draw(tree_nodes(depth + 1)) for _ in children]
    for node, title in zip(node_children, children, strict=True):
        node.title = title
    return TreeNode(draw(titles), node_children)


@st.composite
def classifications(draw: st.DrawFn, depth: int = 0) -> Classification:
    title = draw(titles)
    common = {"required": draw(flags), "color": draw(colors), "frame_specific": draw(flags)}
    kind = draw(st.sampled_from(["choice", "tree", "text", "instance", "boolean"]))
    if kind == "choice":
        options = draw(values)
        entry: Classification = draw(st.sampled_from(CHOICE_BUILDERS))(title, options, **common)
    elif kind == "tree":
        roots = draw(st.lists(tree_nodes(), min_size=1, max_size=3, unique_by=lambda node: node.title))
        entry = TreeDropdown(title, roots, show_dropdown=draw(flags), **common)
    elif kind == "text":
        entry = Text(title, rich_text=draw(flags), regex=draw(st.none() | st.just("^[a-z]+$")), **common)
    elif kind == "instance":
        entry = Instance(title, **common)
    else:
        entry = Boolean(title, default_value=draw(st.none() | flags), **common)
    if depth < 2:
        children = draw(st.lists(classifications(depth + 1), max_size=2, unique_by=lambda child: child.title))
        choices = [value for value, _ in entry.choices(())]
        for child in children:
            if choices and draw(flags):
                child.when = draw(st.sampled_from(choices))  # conditional on one of the options
        entry.classifications = children
    return entry


@st.composite
def label_sets(draw: st.DrawFn) -> LabelSet:
    tools = [
        ObjectTool(
            title,
            draw(st.sampled_from(list(Tool))),
            classifications=draw(
                st.lists(classifications(1), max_size=2, unique_by=lambda entry: entry.title)
            ),
            required=draw(flags),
            color=draw(colors),
        )
        for title in draw(st.lists(titles, max_size=4, unique=True))
    ]
    relations: list[Relation] = [
        draw(st.sampled_from([OneToOne, OneToMany, Group]))(title)
        for title in draw(st.lists(titles, max_size=3, unique=True))
    ]
    top = draw(st.lists(classifications(), max_size=3, unique_by=lambda entry: entry.title))
    return LabelSet(tools=tools, classifications=top, relations=relations)


@SETTINGS
@given(label_sets())
def test_built_label_sets_validate_against_the_spec(label_set: LabelSet) -> None:
    emitted = label_set.to_dict()
    assert not category_schema_violations(emitted)
    assert label_set.problems() == []


@SETTINGS
@given(label_sets())
def test_built_label_sets_round_trip(label_set: LabelSet) -> None:
    emitted = json.dumps(label_set.to_dict(), sort_keys=True)
    parsed = LabelSet.from_category_schema(json.loads(emitted))
    assert json.dumps(parsed.to_dict(), sort_keys=True) == emitted
    through_model = LabelSet.from_category_schema(CategorySchema.from_dict(json.loads(emitted)))
    assert json.dumps(through_model.to_category_schema().to_dict(), sort_keys=True) == emitted
    assert parsed == label_set
    assert parsed.problems() == []
    assert diff(label_set, parsed) == []


@SETTINGS
@given(label_sets())
def test_ids_are_deterministic(label_set: LabelSet) -> None:
    emitted = label_set.to_dict()
    assert label_set.to_dict() == emitted
    rebuilt = LabelSet.from_category_schema(emitted)
    assert rebuilt.to_dict() == emitted
