"""Saving and loading label sets as JSON and YAML; the readable diff."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest

from ango_hub.label_set import (
    Change,
    LabelSet,
    ObjectTool,
    OneToOne,
    Option,
    Radio,
    RelationType,
    Text,
    Tool,
    TreeDropdown,
    TreeNode,
    diff,
)

FIXTURE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "docs" / "CategorySchema--reference-batches-1.json"
)


def _sample() -> LabelSet:
    return (
        LabelSet()
        .tool(
            "Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Color", ["Red", "Blue"])], shortcut_key="1"
        )
        .classification(TreeDropdown("Place", [TreeNode("Road", ["Lane"])]), Text("Notes", rich_text=True))
        .relation("Tows", RelationType.ONE_TO_ONE)
    )


@pytest.mark.parametrize("name", ["labels.json", "labels.yaml", "labels.yml", "LABELS.JSON"])
def test_save_and_load_round_trip(tmp_path: Path, name: str) -> None:
    label_set = _sample()
    path = label_set.save(tmp_path / name)
    assert path == tmp_path / name
    loaded = LabelSet.load(path)
    assert loaded == label_set
    assert json.dumps(loaded.to_dict(), sort_keys=True) == json.dumps(label_set.to_dict(), sort_keys=True)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_documented_label_set_survives_a_file_round_trip(tmp_path: Path, suffix: str) -> None:
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    LabelSet.from_category_schema(document).save(tmp_path / f"schema{suffix}")
    assert json.dumps(LabelSet.load(tmp_path / f"schema{suffix}").to_dict()) == json.dumps(document)


def test_json_files_are_indented_and_readable(tmp_path: Path) -> None:
    text = LabelSet().tool("Voiture", Tool.POINT).save(tmp_path / "l.json").read_text(encoding="utf-8")
    assert text.startswith('{\n  "tools": [\n')
    assert text.endswith("}\n")


def test_unknown_extensions_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"saved as \.json, \.yaml or \.yml, not '\.toml'"):
        _sample().save(tmp_path / "labels.toml")


def test_a_file_must_hold_an_object(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ValueError, match="holds an object, not list"):
        LabelSet.load(tmp_path / "list.json")


def test_yaml_without_pyyaml_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_yaml(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "yaml":
            raise ImportError("No module named 'yaml'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_yaml)
    with pytest.raises(ModuleNotFoundError, match=r"needs PyYAML: pip install 'ango-hub\[yaml\]'"):
        _sample().save(tmp_path / "labels.yaml")
    _sample().save(tmp_path / "labels.json")  # JSON needs nothing


def test_diff_of_equal_label_sets_is_empty() -> None:
    assert _sample().diff(_sample()) == []
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert diff(LabelSet.from_category_schema(document), document) == []


def test_diff_lists_added_removed_and_changed_entries_by_path() -> None:
    old = _sample()
    new = _sample()
    vehicle = new.tools[0]
    vehicle.required = True
    color = vehicle.classifications[0]
    color.options = [color.options[0], Option("Green")]
    color.classifications.append(Text("Shade", when="Green"))
    new.classifications.pop()  # Notes
    new.add(ObjectTool("Person", Tool.POLYGON), OneToOne("Follows"))
    new.classifications[0].tree[0].children.append(TreeNode("Shoulder"))
    changes = old.diff(new)
    assert all(isinstance(change, Change) for change in changes)
    lines = [str(change) for change in changes]
    assert lines == [
        '~ tools "Vehicle": required: false -> true',
        '+ tools "Vehicle" > classifications "Color" > classifications "Shade": text',
        '- tools "Vehicle" > classifications "Color" > options "Blue"',
        '+ tools "Vehicle" > classifications "Color" > options "Green"',
        '+ tools "Person": polygon',
        '+ classifications "Place" > options "Road / Shoulder"',
        '+ classifications "Place" > treeOptions "Road" > children "Shoulder"',
        '- classifications "Notes": text',
        '+ relations "Follows": one-to-one',
    ]
    assert changes[0] == Change("changed", 'tools "Vehicle"', "required: false -> true")


def test_diff_matches_by_schema_id_so_renames_show_as_changed_titles() -> None:
    old = LabelSet().tool("Car", Tool.BOUNDING_BOX, schema_id="car", color="#f44336")
    new = LabelSet().tool("Automobile", Tool.BOUNDING_BOX, schema_id="car", color="#f44336")
    assert [str(change) for change in diff(old, new.to_category_schema())] == [
        '~ tools "Car": title: "Car" -> "Automobile"'
    ]


def test_diff_reports_top_level_extras() -> None:
    assert [str(change) for change in diff({"tools": []}, {"tools": [], "version": 2})] == [
        "~ version: (absent) -> 2"
    ]
