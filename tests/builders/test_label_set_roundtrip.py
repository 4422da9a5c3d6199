"""Every documented label set round-trips byte for byte; built label sets match the spec."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from _label_sets import ROOT, category_schema_violations

from ango_hub.label_set import (
    Boolean,
    Checkbox,
    ClassificationType,
    Group,
    Instance,
    LabelSet,
    MultiDropdown,
    ObjectTool,
    OneToMany,
    OneToOne,
    Option,
    Radio,
    RelationType,
    SingleDropdown,
    Text,
    Tool,
    TreeDropdown,
    TreeNode,
    diff,
)
from ango_hub_api.models import CategorySchema, ToolType

FIXTURES = ROOT / "tests" / "fixtures" / "docs"


def _category_schemas(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "categorySchema":
                yield value
            else:
                yield from _category_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _category_schemas(value)


def _documented_label_sets() -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(FIXTURES.glob("CategorySchema--*.json")):
        found.append((path.stem, json.loads(path.read_text(encoding="utf-8"))))
    for path in sorted([*FIXTURES.glob("Project--*.json"), *FIXTURES.glob("Project[A-Z]*--*.json")]):
        document = json.loads(path.read_text(encoding="utf-8"))
        for index, schema in enumerate(_category_schemas(document)):
            found.append((f"{path.stem}#{index}", schema))
    return found


DOCUMENTED = _documented_label_sets()


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def test_the_fixtures_hold_label_sets() -> None:
    assert len(DOCUMENTED) >= 6
    assert any(schema.get("tools") for _, schema in DOCUMENTED)
    assert any(schema.get("relations") for _, schema in DOCUMENTED)


@pytest.mark.parametrize(("name", "schema"), DOCUMENTED, ids=[name for name, _ in DOCUMENTED])
def test_documented_label_set_round_trips_from_a_dict(name: str, schema: dict[str, Any]) -> None:
    label_set = LabelSet.from_category_schema(schema)
    assert _dumps(label_set.to_dict()) == _dumps(schema)
    # the key order is kept too
    assert json.dumps(label_set.to_dict()) == json.dumps(schema)


@pytest.mark.parametrize(("name", "schema"), DOCUMENTED, ids=[name for name, _ in DOCUMENTED])
def test_documented_label_set_round_trips_through_the_generated_model(
    name: str, schema: dict[str, Any]
) -> None:
    label_set = LabelSet.from_category_schema(CategorySchema.from_dict(schema))
    assert _dumps(label_set.to_dict()) == _dumps(schema)
    assert _dumps(label_set.to_category_schema().to_dict()) == _dumps(schema)


def test_unknown_and_mistyped_keys_are_kept() -> None:
    schema = {
        "tools": [
            {
                "tool": "bounding-box",
                "title": "Car",
                "required": "yes",  # wrong type: kept verbatim
                "futureSetting": {"a": [1, 2]},
                "classifications": [
                    {
                        "tool": "radio",
                        "title": "Kind",
                        "options": [{"value": "Sedan", "tint": "blue"}],
                        "parentOptionId": "",
                        "futureFlag": True,
                    }
                ],
            }
        ],
        "classifications": [{"tool": "number", "title": "Count", "min": 0}],
        "relations": [{"tool": "one-to-one", "title": "Tows", "multiple": False}],
        "version": 3,
    }
    label_set = LabelSet.from_category_schema(schema)
    assert _dumps(label_set.to_dict()) == _dumps(schema)
    assert label_set.tools[0].extra == {"required": "yes", "futureSetting": {"a": [1, 2]}}
    assert label_set.classifications[0].type == "number"
    assert label_set.extra == {"version": 3}


def test_a_parsed_entry_changed_in_python_sends_the_change() -> None:
    schema = json.loads((FIXTURES / "CategorySchema--legacy-api-methods-1.json").read_text(encoding="utf-8"))
    label_set = LabelSet.from_category_schema(schema)
    label_set.tools[0].classifications[0].frame_specific = True
    label_set.tools[0].classifications[0].options.append(Option("Van"))
    emitted = label_set.to_dict()["tools"][0]["classifications"][0]
    assert emitted["frameSpecific"] is True
    assert emitted["options"][-1]["value"] == "Van"
    assert len(emitted["options"][-1]["schemaId"]) == 24  # a new option gets a derived id


def _every_type_label_set() -> LabelSet:
    return LabelSet(
        tools=[ObjectTool(f"T {tool.value}", tool) for tool in Tool],
        classifications=[
            Radio("Radio", ["a", "b"]),
            Checkbox("Checkbox", ["a", "b"]),
            SingleDropdown("Single", ["a"], show_dropdown=True),
            MultiDropdown("Multi", ["a", "b"]),
            TreeDropdown("Tree", [TreeNode("Branch", ["Leaf 1", "Leaf 2"]), "Leaf 3"]),
            Text("Text", rich_text=True, regex="^[0-9]+$"),
            Instance("Instance"),
            Boolean("Boolean", default_value=False),
        ],
        relations=[OneToOne("One"), OneToMany("Many"), Group("Group")],
    )


def test_the_builders_cover_every_type_of_the_spec() -> None:
    emitted = _every_type_label_set().to_dict()
    assert {tool["tool"] for tool in emitted["tools"]} == {tool.value for tool in ToolType}
    assert {entry["tool"] for entry in emitted["classifications"]} == {
        kind.value for kind in ClassificationType
    }
    assert {entry["tool"] for entry in emitted["relations"]} == {kind.value for kind in RelationType}
    assert set(Tool) == set(ToolType)
    assert not category_schema_violations(emitted)


def test_chained_and_constructor_styles_send_the_same_json() -> None:
    chained = (
        LabelSet()
        .tool(
            "Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Color", ["Red", "Blue"])], shortcut_key="1"
        )
        .classification(Text("Notes"))
        .relation("Tows", RelationType.ONE_TO_ONE)
    )
    built = LabelSet(
        tools=[
            ObjectTool(
                "Vehicle",
                Tool.BOUNDING_BOX,
                classifications=[Radio("Color", ["Red", "Blue"])],
                shortcut_key="1",
            )
        ],
        classifications=[Text("Notes")],
        relations=[OneToOne("Tows")],
    )
    added = LabelSet().add(
        ObjectTool(
            "Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Color", ["Red", "Blue"])], shortcut_key="1"
        ),
        Text("Notes"),
        OneToOne("Tows"),
    )
    assert chained == built == added
    assert chained.to_dict() == built.to_dict()


def test_built_label_sets_send_the_wire_format_of_the_sdk() -> None:
    tree = TreeDropdown("Where", [TreeNode("Road", ["Lane"])])
    radio = Radio(
        "Color", [Option("Red", schema_id="red-id"), "Other"], classifications=[Text("Which", when="Other")]
    )
    emitted = LabelSet(tools=[ObjectTool("Car", Tool.BOUNDING_BOX, classifications=[radio, tree])]).to_dict()
    car = emitted["tools"][0]
    assert car["tool"] == "bounding-box"
    assert car["title"] == "Car"
    assert car["color"].startswith("#")
    color = car["classifications"][0]
    assert color["options"][0] == {"value": "Red", "schemaId": "red-id"}
    # the conditional text points at the schema id of the "Other" option
    assert color["classifications"][0]["parentOptionId"] == color["options"][1]["schemaId"]
    assert color["parentOptionId"] is None
    where = car["classifications"][1]
    road = where["treeOptions"][0]
    assert road["title"] == "Road"
    assert road["children"][0]["title"] == "Lane"
    # a tree dropdown also sends its nodes flattened, ids being the keys (as the SDK does)
    assert where["options"] == [
        {"value": "Road", "schemaId": road["key"]},
        {"value": "Road / Lane", "schemaId": road["children"][0]["key"]},
    ]


def test_generated_ids_are_stable_across_processes() -> None:
    code = (
        "import json; from ango_hub.label_set import LabelSet, Tool, Radio;"
        "print(json.dumps(LabelSet().tool('Vehicle', Tool.BOUNDING_BOX,"
        " classifications=[Radio('Color', ['Red', 'Blue'])]).to_dict(), sort_keys=True))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
    emitted = json.loads(runs.pop())
    tool = emitted["tools"][0]
    assert tool["schemaId"] == LabelSet().tool("Vehicle", Tool.BOUNDING_BOX).to_dict()["tools"][0]["schemaId"]
    assert tool["schemaId"] != tool["classifications"][0]["schemaId"]


def test_ids_depend_on_the_path_of_titles() -> None:
    def tool_id(title: str, tool: Tool) -> str:
        return str(LabelSet().tool(title, tool).to_dict()["tools"][0]["schemaId"])

    assert tool_id("Car", Tool.BOUNDING_BOX) != tool_id("Car", Tool.POLYGON)
    assert tool_id("Car", Tool.BOUNDING_BOX) != tool_id("Truck", Tool.BOUNDING_BOX)
    given = (
        LabelSet().tool("Car", Tool.BOUNDING_BOX, schema_id="car-1", color="#FF5733").to_dict()["tools"][0]
    )
    assert (given["schemaId"], given["color"]) == ("car-1", "#FF5733")


def test_when_naming_a_missing_option_cannot_be_sent() -> None:
    label_set = LabelSet().classification(
        Radio("Color", ["Red"], classifications=[Text("Which", when="Other")])
    )
    with pytest.raises(ValueError, match=r'classifications\[0\] "Color" > classifications\[0\] "Which"'):
        label_set.to_dict()


def test_a_lone_string_is_not_a_list_of_options() -> None:
    with pytest.raises(TypeError, match=r"use \['Red'\]"):
        Radio("Color", "Red")


def test_a_built_label_set_goes_through_the_mock_ango_hub(hub: Any) -> None:
    label_set = (
        LabelSet()
        .tool(
            "Vehicle",
            Tool.BOUNDING_BOX,
            classifications=[Radio("Color", ["Red", "Other"], classifications=[Text("Which", when="Other")])],
        )
        .classification(TreeDropdown("Place", [TreeNode("Road", ["Lane"])]))
        .relation("Tows", RelationType.ONE_TO_ONE)
        .validate(project_type="image")
    )
    project = hub.projects.create("Label sets", category_schema=label_set.to_category_schema())
    fetched = hub.projects.get(project.id)
    assert LabelSet.from_category_schema(fetched.category_schema) == label_set
    changed = LabelSet.from_category_schema(fetched.category_schema).tool("Person", Tool.POLYGON)
    updated = hub.projects.set_label_set(project.id, changed.to_category_schema())
    assert [str(change) for change in diff(label_set, updated.category_schema)] == [
        '+ tools "Person": polygon'
    ]
