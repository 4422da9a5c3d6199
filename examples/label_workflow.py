"""From an ontology to imported annotations and back: the label-set and annotation builders.

Builds a street-scene label set (boxes, polygons, points with nested and conditional
classifications, whole-image classifications, relations), checks it, creates a project
with it, imports 40 images, imports pre-annotations for them in bulk (validated against the
label set before anything is sent; one row for an image that does not exist shows how the
report isolates it), reads the answers back and compares them with what was sent.

    ANGO_API_KEY=...  ANGO_HUB_BASE_URL=http://127.0.0.1:8080/v2  python examples/label_workflow.py

Typed under ``mypy --strict`` and run against the mock Ango Hub by the test suite. It
deletes its project at the end.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ango_hub import Client
from ango_hub.annotations import Classification, LabelImportRow, Relation, TaskAnswer, ToolObject
from ango_hub.filters import TaskQuery
from ango_hub.import_reports import ImportReport
from ango_hub.label_set import Checkbox, LabelSet, Radio, RelationType, Text, Tool
from ango_hub_api.models import Answer, CloudAsset, Task

IMAGES = 40


def street_ontology() -> LabelSet:
    """A readable ontology: each line is one class; ids are derived from the titles."""
    color = Radio(
        "Color",
        ["White", "Black", "Red", "Blue", "Other"],
        classifications=[Text("Which color", when="Other")],
    )
    occlusion = Radio("Occlusion", ["None", "Partial", "Heavy"], required=True)
    label_set = LabelSet()
    for vehicle in ("Car", "Truck", "Bus", "Motorcycle", "Bicycle"):
        label_set.tool(vehicle, Tool.BOUNDING_BOX, classifications=[color, occlusion])
    label_set.tool(
        "Pedestrian",
        Tool.BOUNDING_BOX,
        classifications=[occlusion, Checkbox("Carrying", ["Bag", "Umbrella", "Child"])],
    )
    for area in ("Road", "Sidewalk", "Crosswalk"):
        label_set.tool(area, Tool.POLYGON)
    label_set.tool(
        "Traffic light", Tool.POINT, classifications=[Radio("State", ["Red", "Yellow", "Green", "Off"])]
    )
    label_set.tool("Lane marking", Tool.POLYLINE)
    label_set.classification(Radio("Weather", ["Sunny", "Cloudy", "Rainy", "Snowy", "Night"]))
    label_set.classification(Checkbox("Image issues", ["Blurry", "Overexposed", "Lens flare"]))
    label_set.relation("Tows", RelationType.ONE_TO_ONE)
    label_set.relation("Group", RelationType.GROUP)
    return label_set.validate(project_type="image")


def pre_annotation(index: int, schema: dict[str, Any]) -> TaskAnswer:
    """A model's guess for image ``index``: a car, a truck towing it, a road and the weather."""
    car = ToolObject.bounding_box(
        40.0 + index,
        60.0,
        120.0,
        70.0,
        title="Car",
        label_set=schema,
        object_id=f"car-{index}",
        classifications=[
            Classification.radio("Red", title="Car > Color", label_set=schema),
            Classification.radio("Partial", title="Car > Occlusion", label_set=schema),
        ],
    )
    truck = ToolObject.bounding_box(
        200.0, 50.0, 180.0, 90.0, title="Truck", label_set=schema, object_id=f"truck-{index}"
    )
    road = ToolObject.polygon(
        [(0.0, 300.0), (640.0, 300.0), (640.0, 480.0), (0.0, 480.0)], title="Road", label_set=schema
    )
    return TaskAnswer(
        objects=[car, truck, road],
        classifications=[
            Classification.radio("Sunny" if index % 2 else "Cloudy", title="Weather", label_set=schema)
        ],
        relations=[Relation.one_to_one(truck, car, title="Tows", label_set=schema)],
    )


def main() -> None:
    ontology = street_ontology()
    schema = ontology.to_dict()
    with tempfile.TemporaryDirectory() as folder:
        saved = ontology.save(Path(folder) / "street.json")
        assert LabelSet.load(saved) == ontology
    tools, classifications, relations = ontology.tools, ontology.classifications, ontology.relations
    print(f"Ontology: {len(tools)} tools, {len(classifications)} classifications, {len(relations)} relations")

    with Client() as hub:
        project = hub.projects.create("ango-hub label workflow", category_schema=ontology)
        try:
            assets = [
                CloudAsset(
                    data=f"https://example-bucket.s3.amazonaws.com/street/{i:03d}.jpg",
                    external_id=f"street-{i:03d}.jpg",
                )
                for i in range(IMAGES)
            ]
            hub.assets.import_cloud(project.id, assets)

            rows = [
                LabelImportRow.from_answer(pre_annotation(i, schema), external_id=f"street-{i:03d}.jpg")
                for i in range(IMAGES)
            ]
            rows.append(
                LabelImportRow.from_answer(pre_annotation(99, schema), external_id="not-uploaded.jpg")
            )
            report: ImportReport = hub.labels.import_(project.id, rows, label_set=ontology, chunk_size=16)
            print(f"Import: {report.summary()}")
            for row in report.failed:
                print(f"  row {row.index} ({row.key}) failed: {row.error}")

            listing = hub.tasks.list(
                project.id,
                limit=25,
                include_answer=True,
                filters=TaskQuery().external_id("street-000.jpg", "street-001.jpg"),
            )
            tasks: list[Task] = list(listing)
            for task in tasks:
                assert isinstance(task.answer, Answer)
                # Task reads name the objects "tools" (the documented response); requests "objects".
                stored = {
                    ("objects" if key == "tools" else key): value
                    for key, value in task.answer.to_dict().items()
                }
                index = int(str(task.external_id)[7:10])
                sent = pre_annotation(index, schema).to_dict()
                same = all(
                    json.dumps(stored[k], sort_keys=True) == json.dumps(sent[k], sort_keys=True) for k in sent
                )
                objects = len(stored["objects"])
                print(
                    f"  {task.external_id}: {objects} objects read back, identical to what was sent: {same}"
                )
                assert same

            fetched = hub.projects.get_label_set(project.id)
            extended = fetched.tool("Animal", Tool.BOUNDING_BOX)
            hub.projects.set_label_set(project.id, extended, project_type="image")
            print("Label set changes:", [str(change) for change in ontology.diff(extended)])
        finally:
            hub.projects.delete(project.id)
    print("Done.")


if __name__ == "__main__":
    main()
