"""A large project for load tests: ``create_app(tasks=N)`` and ``python -m ango_hub.mock --tasks N``.

:func:`add_load_test` adds one project, ``Load test`` (:data:`LOAD_TEST_PROJECT`), to an
organization that is already seeded, with ``N`` image assets and their tasks:

* label set: tool ``Object`` (bounding box) and global radio ``Quality``
  (Good/Acceptable/Bad); default workflow Start -> Label -> Complete;
* batches ``Load batch 1`` (the first half of the assets) and ``Load batch 2`` (the rest);
* every third task (the 1st, 4th, 7th, ...) is annotated (one box and a ``Quality``) and
  submitted, hence Complete with one history record; the others wait in Label;
* ids and timestamps are deterministic: ids are ``10ad`` followed by a counter (24 hex
  characters, never those of the demo seed), the project is created at 2025-02-01 08:00
  UTC, asset ``i`` (from 0) ``i`` seconds later, and annotated tasks two hours after that.
  External ids are ``load-000001.jpg``, ``load-000002.jpg``, ...

20,000 tasks take about a second to build.
"""

from __future__ import annotations

import argparse
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from ..state import MockState

__all__ = [
    "LOAD_TEST_BATCHES",
    "LOAD_TEST_PROJECT",
    "LOAD_TEST_START",
    "add_load_test",
    "load_test_project_id",
    "task_count",
    "task_count_argument",
]

Json = dict[str, Any]

LOAD_TEST_PROJECT = "Load test"
LOAD_TEST_BATCHES = ("Load batch 1", "Load batch 2")
LOAD_TEST_START = datetime(2025, 2, 1, 8, 0, tzinfo=UTC)
_ANNOTATED_EVERY = 3


def task_count(value: object) -> int:
    """Check a number of load-test tasks (an integer, 1 or more) and return it."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"tasks must be an integer, got {value!r}")
    if value < 1:
        raise ValueError(f"tasks must be 1 or more, got {value}")
    return value


def task_count_argument(text: str) -> int:
    """``--tasks N`` on the command line: an integer, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {text}")
    return value


def load_test_project_id(state: MockState) -> str:
    """The ID of the ``Load test`` project of a mock started with ``tasks=N``."""
    for project in state.projects.documents.values():
        if project["name"] == LOAD_TEST_PROJECT:
            return str(project["_id"])
    raise LookupError("this mock has no Load test project: start it with tasks=N")


class _Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def add_load_test(state: MockState, tasks: int) -> Json:
    """Add the ``Load test`` project with ``tasks`` assets and tasks (see the module docstring).

    Returns the project.
    """
    task_count(tasks)
    counter = itertools.count(1)
    clock = _Clock(LOAD_TEST_START)

    def new_id() -> str:
        return f"10ad{next(counter):020x}"

    def schema_id() -> str:
        return f"10ad{next(counter):019x}"

    with state.lock, state.deterministic(new_id, clock):
        options = [{"value": value, "schemaId": schema_id()} for value in ("Good", "Acceptable", "Bad")]
        box: Json = {
            "title": "Object",
            "tool": "bounding-box",
            "required": False,
            "schemaId": schema_id(),
            "columnField": False,
            "color": "#ff9800",
            "shortcutKey": "1",
            "classifications": [],
        }
        quality: Json = {
            "title": "Quality",
            "tool": "radio",
            "required": True,
            "schemaId": schema_id(),
            "columnField": False,
            "options": options,
            "classifications": [],
        }
        project = state.projects.create(
            LOAD_TEST_PROJECT,
            description=f"{tasks} generated image tasks for load tests.",
            category_schema={"tools": [box], "classifications": [quality], "relations": []},
        )
        batches = [state.projects.create_batch(project, name)["_id"] for name in LOAD_TEST_BATCHES]
        half = (tasks + 1) // 2
        for index in range(tasks):
            created = LOAD_TEST_START + timedelta(seconds=index)
            clock.moment = created
            name = f"load-{index + 1:06d}.jpg"
            _asset, task = state.create_asset(
                project,
                data=f"https://load-test.example.com/images/{name}",
                external_id=name,
                batches=[batches[0] if index < half else batches[1]],
                metadata={"width": 1280, "height": 720},
            )
            if index % _ANNOTATED_EVERY:
                continue
            clock.moment = created + timedelta(hours=2)
            answer: Json = {
                "objects": [
                    {
                        "objectId": f"0b1ec7{index:017x}",
                        "schemaId": box["schemaId"],
                        "title": "Object",
                        "bounding-box": {
                            "x": float(index % 1000),
                            "y": float(index % 500),
                            "width": 120.0,
                            "height": 80.0,
                        },
                        "classifications": [],
                    }
                ],
                "classifications": [
                    {
                        "schemaId": quality["schemaId"],
                        "title": "Quality",
                        "answer": options[index % len(options)]["schemaId"],
                    }
                ],
                "relations": [],
            }
            state.annotate(task, answer, duration=30_000, submit=True)
        project["updatedAt"] = state.timestamp()
        return project
