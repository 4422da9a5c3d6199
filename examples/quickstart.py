"""End-to-end tour of ango-hub: project, label set, assets, tasks, annotation, export, conversion.

Run it with `make demo`, which starts the mock Ango Hub and points this script at it.
It reads its configuration from the environment like any program using the client:

    ANGO_API_KEY=...  ANGO_HUB_BASE_URL=http://127.0.0.1:8080/v2  python examples/quickstart.py

Against the real Ango Hub (ANGO_HUB_REGION=eu|us|in) it creates a project named
"ango-hub quickstart" and adds two public sample images to it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ango_hub import Client
from ango_hub.annotations import Classification, TaskAnswer, ToolObject
from ango_hub.convert import to_yolo
from ango_hub.export_archive import export_tasks, read_export, task_answer
from ango_hub.filters import TaskQuery
from ango_hub.label_set import LabelSet, Radio, Tool
from ango_hub_api.models import Answer, CloudAsset, CloudAssetMetadataType0, ProjectRole


def build_label_set() -> LabelSet:
    """A small ontology: vehicles drawn as boxes, each with its type (checked before sending)."""
    vehicle_type = Radio("Type", ["Car", "Truck", "Bus"])
    return LabelSet().tool("Vehicle", Tool.BOUNDING_BOX, classifications=[vehicle_type]).validate("image")


def main() -> None:
    with Client() as hub:
        print(f"Connected to {hub.base_url}")

        # 1. A project with a label set.
        project = hub.projects.create(
            "ango-hub quickstart",
            description="Created by examples/quickstart.py",
            category_schema=build_label_set(),
        )
        print(f"1. Created project {project.name!r} ({project.id})")
        hub.projects.add_members(project.id, ["labeler@example.com"], ProjectRole.LABELER)
        stored = hub.projects.get_label_set(project.id)
        print(f"   label set stored unchanged: {stored == build_label_set()}; added a labeler")

        # 2. Assets: two images from cloud storage (with their size, which exports carry and
        #    image formats such as YOLO need), two uploaded from local files.
        size = CloudAssetMetadataType0.from_dict({"width": 1920, "height": 1080})
        hub.assets.import_cloud(
            project.id,
            [
                CloudAsset(
                    data=f"https://example-bucket.s3.amazonaws.com/{name}", external_id=name, metadata=size
                )
                for name in ("street-1.jpg", "street-2.jpg")
            ],
        )
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for name in ("local-1.txt", "local-2.txt"):
                path = Path(tmp) / name
                path.write_text(f"sample asset {name}\n", encoding="utf-8")
                paths.append(path)
            hub.assets.upload(project.id, paths)
        assets = hub.assets.list_page(project.id, limit=10)
        print(f"2. Added assets: {assets.total} in the project")

        # 3. Page through the tasks (one per asset), lazily, 3 per page.
        task_ids: list[str] = []
        page_count = 0
        for task_page in hub.tasks.list(project.id, limit=3).pages():
            page_count += 1
            task_ids.extend(task.id for task in task_page)
        print(f"3. Paged through {len(task_ids)} tasks in {page_count} pages")

        # 4. Annotate the first task: one vehicle box, classified as a car (the answer is
        #    checked against the label set before it is sent).
        label_set = build_label_set()
        schema = label_set.to_dict()
        car = ToolObject.bounding_box(
            50.3,
            30.4,
            120.0,
            135.3,
            title="Vehicle",
            label_set=schema,
            classifications=[Classification.radio("Car", title="Type", label_set=schema)],
        )
        hub.tasks.annotate(task_ids[0], TaskAnswer(objects=[car]), label_set=label_set, next_stage=True)
        task = hub.tasks.get(task_ids[0])
        # Read back with the objects under `tools`, as the API documents task answers.
        answer = TaskAnswer.from_model(task.answer) if isinstance(task.answer, Answer) else TaskAnswer()
        print(f"4. Annotated task {task.id}: {len(answer.objects or ())} object(s), stage {task.stage!r}")
        waiting = hub.tasks.list_page(project.id, filters=TaskQuery().stage("Label")).total
        print(f"   tasks still waiting in the Label stage: {waiting}")

        # 5. Export the project and read the annotations back from the archive.
        with tempfile.TemporaryDirectory() as tmp:
            archive = hub.exports.export(project.id, Path(tmp) / "export.zip")
            records = list(read_export(archive))
            labeled = {
                str(record.external_id): [str(obj.title) for obj in task_answer(task).objects or ()]
                for record in records
                for task in export_tasks(record)
                if task_answer(task).objects
            }
            print(f"5. Exported {len(records)} task(s) to {archive.name}; annotated: {labeled}")

            # 6. Turn the export into training data with the standard library: YOLO label files
            #    (labels/<stem>.txt, one line per box, 0..1) and data.yaml, class ids in the label
            #    set's order. The text files have no image size: skipped and reported, never
            #    written approximately.
            dataset = Path(tmp) / "yolo"
            report = to_yolo(archive, dataset, label_set=label_set, on_missing_size="skip")
            labels = {
                path.name: path.read_text(encoding="utf-8").split()
                for path in sorted((dataset / "labels").iterdir())
            }
            print(f"6. Converted the export to YOLO: data.yaml and labels {labels}")
            for skipped in report.skipped:
                print(f"   skipped {skipped.external_id}: {skipped.reason}")

        hub.projects.delete(project.id)
        print("Done: the project was deleted again.")


if __name__ == "__main__":
    main()
