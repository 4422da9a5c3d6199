"""Each validation rule, with the exact message a user sees."""

from __future__ import annotations

import pytest

from ango_hub.label_set import (
    SUPPORTED_TOOLS,
    Checkbox,
    Classification,
    LabelSet,
    LabelSetError,
    ObjectTool,
    Option,
    ProjectKind,
    Radio,
    RelationType,
    Text,
    Tool,
    TreeDropdown,
    TreeNode,
    supported_tools,
)
from ango_hub_api.models import ProjectType


def _problems(label_set: LabelSet, project_type: str | None = None) -> list[str]:
    with pytest.raises(LabelSetError) as caught:
        label_set.validate(project_type)
    assert caught.value.problems == label_set.problems(project_type)
    return caught.value.problems


def test_one_error_lists_every_problem_with_its_path() -> None:
    label_set = (
        LabelSet()
        .tool("Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Color")])
        .classification(Radio("Weather", ["Sun", "Sun"]))
    )
    with pytest.raises(LabelSetError) as caught:
        label_set.validate()
    assert isinstance(caught.value, ValueError)
    assert str(caught.value) == (
        "2 problems in the label set:\n"
        '  - tools[0] "Vehicle" > classifications[0] "Color": '
        "a radio classification needs at least one option\n"
        '  - classifications[0] "Weather" > options[1] "Sun": duplicate option value (also options[0])'
    )


def test_a_valid_label_set_validates_and_chains() -> None:
    label_set = LabelSet().tool("Vehicle", Tool.BOUNDING_BOX)
    assert label_set.validate("image") is label_set
    assert label_set.problems() == []


def test_duplicate_tool_titles_of_the_same_type() -> None:
    label_set = (
        LabelSet().tool("Car", Tool.BOUNDING_BOX).tool("Car", Tool.POLYGON).tool("Car", Tool.BOUNDING_BOX)
    )
    assert _problems(label_set) == ['tools[2] "Car": same title and tool type as tools[0]']


def test_duplicate_classification_titles_among_siblings() -> None:
    label_set = (
        LabelSet()
        .classification(Text("Notes"), Text("Notes"))
        .tool("Car", Tool.POINT, classifications=[Text("Plate"), Radio("Plate", ["EU"])])
    )
    assert _problems(label_set) == [
        'tools[0] "Car" > classifications[1] "Plate": same title as classifications[0]',
        'classifications[1] "Notes": same title as classifications[0]',
    ]


def test_duplicate_relation_titles() -> None:
    label_set = LabelSet().relation("Tows", RelationType.ONE_TO_ONE).relation("Tows", RelationType.GROUP)
    assert _problems(label_set) == ['relations[1] "Tows": same title as relations[0]']


def test_duplicate_schema_ids_anywhere_in_the_label_set() -> None:
    label_set = (
        LabelSet()
        .tool("Car", Tool.POINT, schema_id="x")
        .classification(
            Radio("Color", ["Red"], schema_id="y", classifications=[Text("Shade", schema_id="x")])
        )
    )
    assert _problems(label_set) == [
        'classifications[0] "Color" > classifications[0] "Shade": '
        'schema id "x" is also used by tools[0] "Car"'
    ]


def test_choice_types_need_options() -> None:
    label_set = LabelSet().classification(Radio("Color"), Checkbox("Tags", []), TreeDropdown("Place"))
    assert _problems(label_set) == [
        'classifications[0] "Color": a radio classification needs at least one option',
        'classifications[1] "Tags": a checkbox classification needs at least one option',
        'classifications[2] "Place": a tree-dropdown classification needs at least one tree node',
    ]


def test_duplicate_option_values_and_ids() -> None:
    label_set = LabelSet().classification(
        Radio("Color", ["Red", "Blue", "Red"]),
        Radio("Size", [Option("S", schema_id="o"), Option("M", schema_id="o")]),
    )
    assert _problems(label_set) == [
        'classifications[0] "Color" > options[2] "Red": duplicate option value (also options[0])',
        'classifications[1] "Size" > options[1] "M": option schema id "o" is also used by options[0] "S"',
    ]


def test_empty_titles_and_option_values() -> None:
    label_set = LabelSet().tool(" ", Tool.POINT).classification(Radio("Color", [""]))
    assert _problems(label_set) == [
        'tools[0] " ": title is empty',
        'classifications[0] "Color" > options[0] "": option value is empty',
    ]


def test_duplicate_tree_nodes() -> None:
    label_set = LabelSet().classification(
        TreeDropdown(
            "Place",
            [TreeNode("Road", ["Lane", "Lane"]), TreeNode("Park", key="k"), TreeNode("Yard", key="k")],
        )
    )
    assert _problems(label_set) == [
        'classifications[0] "Place" > treeOptions[0] "Road" > children[1] "Lane": same title as children[0]',
        'classifications[0] "Place" > treeOptions[2] "Yard": key "k" is also used by '
        'classifications[0] "Place" > treeOptions[1] "Park"',
    ]


def test_conditional_classification_pointing_at_a_missing_option() -> None:
    # `when=` cannot even be turned into JSON; validate() still lists it with the rest
    label_set = LabelSet().classification(
        Radio(
            "Color",
            ["Red", "Other"],
            classifications=[Text("Which", when="Others"), Text("Why", parent_option_id="nope")],
        )
    )
    assert _problems(label_set) == [
        'classifications[0] "Color" > classifications[0] "Which": shown only when option "Others" is chosen, '
        'but "Color" has no such option (it has "Red", "Other")',
        'classifications[0] "Color" > classifications[1] "Why": '
        'parentOptionId "nope" matches no option of "Color"',
    ]
    with pytest.raises(LabelSetError, match="no such option"):
        label_set.to_dict()


def test_conditional_classification_without_a_parent_with_options() -> None:
    label_set = (
        LabelSet()
        .tool("Car", Tool.POINT, classifications=[Text("Which", when="Other")])
        .classification(Text("Top", when="Other"))
    )
    assert _problems(label_set) == [
        'tools[0] "Car" > classifications[0] "Which": shown only when option "Other" is chosen, '
        'but "Car" has no options',
        'classifications[0] "Top": conditional on "Other", but it is not nested in anything with options',
    ]


def test_conditions_resolve_by_value_or_schema_id_and_in_tree_dropdowns() -> None:
    label_set = LabelSet().classification(
        Radio("Color", [Option("Red", schema_id="red")], classifications=[Text("Shade", when="red")]),
        TreeDropdown(
            "Place", [TreeNode("Road", ["Lane"])], classifications=[Text("Lane no.", when="Road / Lane")]
        ),
    )
    label_set.validate()
    emitted = label_set.to_dict()["classifications"]
    assert emitted[0]["classifications"][0]["parentOptionId"] == "red"
    lane_key = emitted[1]["treeOptions"][0]["children"][0]["key"]
    assert emitted[1]["classifications"][0]["parentOptionId"] == lane_key


def test_tool_not_supported_by_the_project_type() -> None:
    label_set = LabelSet().tool("Doc", Tool.NER).tool("Box", Tool.BOUNDING_BOX)
    assert _problems(label_set, "image") == [
        'tools[0] "Doc": a ner tool is not supported in image projects '
        "(supported: bounding-box, brush, point, "
        "polygon, polyline, rotated-bounding-box, segmentation, spline)"
    ]
    assert _problems(label_set, ProjectKind.TEXT) == [
        'tools[1] "Box": a bounding-box tool is not supported in text projects (supported: ner)'
    ]
    assert _problems(LabelSet().tool("Entity", Tool.NER), "llm") == [
        'tools[0] "Entity": a ner tool is not supported in llm projects '
        "(supported: no tools, only classifications and relations)"
    ]
    LabelSet().tool("Cloud", Tool.PCT).validate(ProjectType.PCT)
    label_set.validate(ProjectType.IFRAME)  # a custom editor: not checked


def test_unknown_project_type() -> None:
    with pytest.raises(
        ValueError, match=r"unknown project type 'holo'; known: ango, audio, dicom, iframe, image, llm"
    ):
        LabelSet().validate("holo")


def test_the_project_type_table() -> None:
    assert set(SUPPORTED_TOOLS) >= {kind.value for kind in ProjectKind} | {kind.value for kind in ProjectType}
    assert supported_tools("pdf") == {"pdf"}
    assert supported_tools("NER") == {"ner"}
    assert supported_tools("medical") == {"medical-brush"}
    assert supported_tools("ango") == {tool.value for tool in Tool} - {"pct"}
    assert supported_tools("iframe") is None


def test_unknown_types() -> None:
    label_set = (
        LabelSet(tools=[ObjectTool("X", "circle")])
        .classification(Classification("N", "number"))
        .relation("R", "many-to-many")
    )
    assert _problems(label_set) == [
        'tools[0] "X": unknown tool type "circle" '
        "(the spec knows: bounding-box, brush, medical-brush, ner, pct, "
        "pdf, point, polygon, polyline, rotated-bounding-box, segmentation, spline)",
        'classifications[0] "N": unknown classification type "number" '
        "(the spec knows: boolean, checkbox, instance, "
        "multi-dropdown, radio, single-dropdown, text, tree-dropdown)",
        'relations[0] "R": unknown relation type "many-to-many" '
        "(the spec knows: group, one-to-many, one-to-one)",
    ]


def test_colors_and_shortcut_keys() -> None:
    label_set = (
        LabelSet()
        .tool("A", Tool.POINT, color="red", shortcut_key="F1")
        .tool("B", Tool.POLYGON, shortcut_key="1", color="#00ff00")
        .relation("C", RelationType.GROUP, shortcut_key="1")
        .classification(Text("D", shortcut_key="ctrl+2"))
    )
    assert _problems(label_set) == [
        'tools[0] "A": color "red" is not a #RRGGBB hex color',
        'tools[0] "A": shortcut key "F1" is not one of "0"-"9", "ctrl+0"-"ctrl+9", "a"-"z"',
        'relations[0] "C": shortcut key "1" is also used by tools[1] "B"',
    ]


def test_when_and_parent_option_id_are_exclusive() -> None:
    with pytest.raises(ValueError, match="give when= or parent_option_id=, not both"):
        Text("Which", when="Other", parent_option_id="x")
