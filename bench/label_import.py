"""Building, validating and importing 5,000 label rows into the mock in chunks of 500.

Target: under 10 s in all on a 2-core machine.
"""

from __future__ import annotations

import sys

from _common import API_KEY, best_of, report, served_mock

from ango_hub import Client
from ango_hub.annotations import LabelImportRow, TaskAnswer, ToolObject
from ango_hub.label_set import LabelSet, Radio, Tool
from ango_hub_api.models import CloudAsset

ROWS = 5000
TARGET_SECONDS = 10.0


def main() -> int:
    label_set = LabelSet().tool("Vehicle", Tool.BOUNDING_BOX, classifications=[Radio("Type", ["Car", "Bus"])])
    schema = label_set.to_dict()
    rows = []
    with served_mock() as (base_url, _), Client(api_key=API_KEY, base_url=base_url) as hub:
        project = hub.projects.create("Import bench", category_schema=label_set)
        assets = [CloudAsset(data=f"https://b.example/{i}.jpg", external_id=f"{i}.jpg") for i in range(ROWS)]
        for start in range(0, ROWS, 1000):
            hub.assets.import_cloud(project.id, assets[start : start + 1000])

        def build() -> list[LabelImportRow]:
            return [
                LabelImportRow.from_answer(
                    TaskAnswer(
                        objects=[
                            ToolObject.bounding_box(i % 500, 10, 20, 30, title="Vehicle", label_set=schema)
                        ]
                    ),
                    external_id=f"{i}.jpg",
                )
                for i in range(ROWS)
            ]

        built = build()
        best, median = best_of(3, build)
        rows.append((f"build {ROWS:,} rows", best, median, ""))

        def run() -> None:
            result = hub.labels.import_(project.id, built, label_set=label_set, chunk_size=500)
            assert result.ok, result.summary()

        best, median = best_of(3, run)
        rows.append((f"validate + import {ROWS:,} rows", best, median, f"{ROWS / best:,.0f} rows/s"))
    report(rows)
    return 0 if sum(best for _name, best, _m, _n in rows) <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
