"""Strict mode: the mock refuses what the real service refuses, with the message a user sees.

Each refusal is shown against a strict mock of the demo organization, with its exact
message, and the very same request is shown accepted by a lenient one. The demo seed, the
examples and ``make demo`` pass under strict mode.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from ango_hub.annotations import SchemaIndex, find_problems
from ango_hub.mock import MockState, create_app, mock_state, serve_in_thread
from ango_hub.mock.state.seed import apply_seed

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "strict-key"
Json = dict[str, Any]


@dataclass(frozen=True)
class Hub:
    client: httpx.Client
    state: MockState
    base_url: str


def serve(*, strict: bool) -> Iterator[Hub]:
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True, strict=strict)
    with (
        serve_in_thread(app) as base_url,
        httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client,
    ):
        yield Hub(client, mock_state(app), base_url)


@pytest.fixture(scope="module")
def strict() -> Iterator[Hub]:
    yield from serve(strict=True)


@pytest.fixture(scope="module")
def lenient() -> Iterator[Hub]:
    yield from serve(strict=False)


def vehicles(state: MockState) -> Json:
    return next(project for project in state.projects.list() if project["name"] == "Vehicle detection")


def label_task(state: MockState) -> Json:
    project = vehicles(state)
    return next(task for task in state.tasks.list(project["_id"]) if task["stage"] == "Label")


def schema(state: MockState) -> tuple[Json, Json, Json, Json]:
    """The demo's Vehicle tool, its Type radio, the Road tool and the Conditions checkbox."""
    category = vehicles(state)["categorySchema"]
    vehicle, road = category["tools"]
    return vehicle, vehicle["classifications"][0], road, category["classifications"][0]


def label_set_summary(state: MockState) -> str:
    vehicle, _kind, road, conditions = schema(state)
    return (
        f'The label set has tools "Vehicle" (bounding-box, schemaId "{vehicle["schemaId"]}"), '
        f'"Road" (polygon, schemaId "{road["schemaId"]}"); '
        f'classifications "Conditions" (checkbox, schemaId "{conditions["schemaId"]}").'
    )


BOX = {"x": 10, "y": 20, "width": 30, "height": 40}
STAGES = "in project 'Vehicle detection' (its stages: 'Start', 'Label', 'Review', 'Complete')"
IN_PROJECT = "with the label set of project 'Vehicle detection'"


@dataclass(frozen=True)
class Refusal:
    """A request the real service refuses and the message the strict mock answers."""

    name: str
    send: Callable[[Hub], httpx.Response]
    message: Callable[[MockState], str]


def annotate(answer: Callable[[MockState], Json]) -> Callable[[Hub], httpx.Response]:
    def send(hub: Hub) -> httpx.Response:
        task = label_task(hub.state)
        return hub.client.post(f"/annotate/{task['_id']}", json={"answer": answer(hub.state)})

    return send


def unknown_tool(state: MockState) -> Json:
    return {"objects": [{"objectId": "o1", "schemaId": "nope", "bounding-box": BOX}]}


def wrong_tool(state: MockState) -> Json:
    vehicle = schema(state)[0]
    return {
        "objects": [{"objectId": "o1", "schemaId": vehicle["schemaId"], "polygon": [[0, 0], [9, 0], [9, 9]]}]
    }


def unknown_option(state: MockState) -> Json:
    vehicle, kind, _road, _conditions = schema(state)
    nested = [{"schemaId": kind["schemaId"], "answer": "Plane"}]
    return {
        "objects": [
            {
                "objectId": "o1",
                "schemaId": vehicle["schemaId"],
                "bounding-box": BOX,
                "classifications": nested,
            }
        ]
    }


def unknown_classification(state: MockState) -> Json:
    return {"classifications": [{"schemaId": "weather", "answer": "Sunny"}]}


def import_rows(hub: Hub) -> httpx.Response:
    project = vehicles(hub.state)
    external_id = hub.state.assets.documents[label_task(hub.state)["asset"]]["externalId"]
    conditions = schema(hub.state)[3]
    row = {
        "externalId": external_id,
        "classifications": [{"schemaId": conditions["schemaId"], "answer": ["Hail"]}],
    }
    return hub.client.post("/import/labels", json={"project": project["_id"], "jsonContent": [row]})


def import_message(state: MockState) -> str:
    external_id = state.assets.documents[label_task(state)["asset"]]["externalId"]
    conditions = schema(state)[3]
    return (
        f"Invalid request body at 'jsonContent': 1 problem {IN_PROJECT}: "
        f'jsonContent[0] (externalId "{external_id}")'
        f'.classifications[0] (schemaId "{conditions["schemaId"]}"): '
        '"Hail" is not an option of checkbox "Conditions" (options: "Night", "Rain", "Fog", "Snow"). '
        + label_set_summary(state)
    )


def answer_message(problem: Callable[[MockState], str]) -> Callable[[MockState], str]:
    def message(state: MockState) -> str:
        summary = label_set_summary(state)
        return f"Invalid request body at 'answer': 1 problem {IN_PROJECT}: {problem(state)}. {summary}"

    return message


def in_vehicles(path: str, **params: Any) -> Callable[[Hub], httpx.Response]:
    def send(hub: Hub) -> httpx.Response:
        project_id = vehicles(hub.state)["_id"]
        query = {key: value.replace("{project}", project_id) for key, value in params.items()}
        return hub.client.get(path.replace("{project}", project_id), params=query)

    return send


def requeue(filters: Json) -> Callable[[Hub], httpx.Response]:
    def send(hub: Hub) -> httpx.Response:
        project_id = vehicles(hub.state)["_id"]
        return hub.client.post(
            f"/project/{project_id}/requeueTasks", json={"toStageId": "Label", "filters": filters}
        )

    return send


def fixed(text: str) -> Callable[[MockState], str]:
    return lambda state: text


REFUSALS = [
    Refusal(
        "unknown tool schemaId",
        annotate(unknown_tool),
        answer_message(fixed('objects[0] (objectId "o1"): schemaId "nope" is not a tool of the label set')),
    ),
    Refusal(
        "geometry of another tool",
        annotate(wrong_tool),
        answer_message(
            lambda state: (
                f'objects[0] (objectId "o1"): a polygon object for schemaId "{schema(state)[0]["schemaId"]}",'
                ' the bounding-box tool "Vehicle"'
            )
        ),
    ),
    Refusal(
        "unknown option",
        annotate(unknown_option),
        answer_message(
            lambda state: (
                f'objects[0] (objectId "o1").classifications[0] (schemaId "{schema(state)[1]["schemaId"]}"): '
                '"Plane" is not an option of radio "Type" (options: "Car", "Truck", "Bus")'
            )
        ),
    ),
    Refusal(
        "unknown classification schemaId",
        annotate(unknown_classification),
        answer_message(
            fixed(
                'classifications[0] (schemaId "weather"): '
                'schemaId "weather" is not a classification of the label set'
            )
        ),
    ),
    Refusal("label import with an unknown option", import_rows, import_message),
    Refusal(
        "unknown stage in a task filter",
        in_vehicles("/project/{project}/tasks", filter=json.dumps({"stage": {"$in": ["Label", "QA"]}})),
        fixed(f"Invalid query parameter 'filter' at 'stage': unknown stage 'QA' {STAGES}"),
    ),
    Refusal(
        "unknown stage in the task filter's other name",
        in_vehicles("/project/{project}/tasks", filters=json.dumps({"stage": "Reviewed"})),
        fixed(f"Invalid query parameter 'filters' at 'stage': unknown stage 'Reviewed' {STAGES}"),
    ),
    Refusal(
        "unknown stage in the older stage parameter",
        in_vehicles("/project/{project}/tasks", stage="QA"),
        fixed(f"Invalid query parameter 'stage': unknown stage 'QA' {STAGES}"),
    ),
    Refusal(
        "unknown stages in an export",
        in_vehicles("/exportV3", project="{project}", stage=json.dumps(["Complete", "Done", "QA"])),
        fixed(f"Invalid query parameter 'stage': unknown stages 'Done', 'QA' {STAGES}"),
    ),
    Refusal(
        "unknown stage in the issue list",
        in_vehicles("/issues", project="{project}", stage="QA"),
        fixed(f"Invalid query parameter 'stage': unknown stage 'QA' {STAGES}"),
    ),
    Refusal(
        "unknown stage to requeue from",
        requeue({"fromStageIds": ["QA"]}),
        fixed(f"Invalid request body at 'filters/fromStageIds': unknown stage 'QA' {STAGES}"),
    ),
]


@pytest.mark.parametrize("refusal", REFUSALS, ids=lambda refusal: refusal.name)
def test_strict_mode_refuses_with_a_message_naming_the_bad_value(strict: Hub, refusal: Refusal) -> None:
    stored = [strict.state.tasks.documents, strict.state.histories.documents]
    before = json.dumps(stored, sort_keys=True)
    response = refusal.send(strict)
    assert response.status_code == 400, response.text
    assert response.json() == {"status": "fail", "message": refusal.message(strict.state)}
    assert json.dumps(stored, sort_keys=True) == before


@pytest.mark.parametrize("refusal", REFUSALS, ids=lambda refusal: refusal.name)
def test_a_lenient_mock_accepts_the_same_request(lenient: Hub, refusal: Refusal) -> None:
    response = refusal.send(lenient)
    assert response.status_code == 200, response.text


def test_strict_mode_accepts_what_fits(strict: Hub) -> None:
    vehicle, kind, road, conditions = schema(strict.state)
    answer = {
        "objects": [
            {
                "objectId": "o1",
                "schemaId": vehicle["schemaId"],
                "bounding-box": BOX,
                "classifications": [{"schemaId": kind["schemaId"], "answer": kind["options"][0]["schemaId"]}],
            },
            {"objectId": "o2", "schemaId": road["schemaId"], "polygon": [[0, 0], [9, 0], [9, 9]]},
        ],
        "classifications": [{"schemaId": conditions["schemaId"], "answer": ["Night", "Fog"]}],
    }
    task = label_task(strict.state)
    response = strict.client.post(f"/annotate/{task['_id']}", json={"answer": answer})
    assert response.status_code == 200, response.text
    project_id = vehicles(strict.state)["_id"]
    by_name = strict.client.get(
        f"/project/{project_id}/tasks", params={"filter": json.dumps({"stage": {"$in": ["Label", "Review"]}})}
    )
    assert by_name.status_code == 200, by_name.text
    assert by_name.json()["data"]["total"] == 55
    exported = strict.client.get("/export", params={"project": project_id, "stage": json.dumps(["Complete"])})
    assert exported.status_code == 200, exported.text


def test_strict_mode_can_be_switched_on_a_running_mock(lenient: Hub) -> None:
    send = REFUSALS[0].send
    lenient.state.strict = True
    try:
        assert send(lenient).status_code == 400
    finally:
        lenient.state.strict = False
    assert send(lenient).status_code == 200


def test_every_answer_of_the_demo_seed_fits_its_label_set() -> None:
    state = MockState(strict=True)
    apply_seed(state, "demo")
    checked = 0
    for project in state.projects.list():
        index = SchemaIndex(project["categorySchema"])
        for task in state.tasks.list(project["_id"]):
            for answer in [
                task["answer"],
                *(history["answer"] for history in state.histories.list(task["_id"])),
            ]:
                assert find_problems(answer, index) == [], (project["name"], task["_id"])
                checked += 1
    assert checked == len(state.tasks.documents) + len(state.histories.documents)


def run_against(base_url: str, script: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANGO_API_KEY": API_KEY, "ANGO_HUB_BASE_URL": base_url}
    env.pop("ANGO_HUB_REGION", None)
    return subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize("script", sorted((ROOT / "examples").glob("*.py")), ids=lambda path: path.name)
def test_the_examples_pass_against_a_strict_mock(script: Path) -> None:
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True, strict=True)
    with serve_in_thread(app) as base_url:
        completed = run_against(base_url, script)
    assert completed.returncode == 0, f"stdout:\n{completed.stdout}\nstderr:\n{completed.stderr}"
    assert completed.stdout.rstrip().splitlines()[-1].startswith("Done")


def test_make_demo_runs_the_mock_in_strict_mode() -> None:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    assert "(demo organization loaded, strict mode)" in completed.stdout
    assert "Done: the project was deleted again." in completed.stdout


def test_the_command_line_flag() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ango_hub.mock",
            "--port",
            "0",
            "--api-key",
            API_KEY,
            "--seed",
            "demo",
            "--strict",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        with httpx.Client(base_url=base_url, headers={"apikey": API_KEY}, timeout=10) as client:
            projects = client.get("/listProjects").json()["data"]["projects"]
            project_id = next(project["_id"] for project in projects if project["name"] == "News NER")
            response = client.get(f"/project/{project_id}/tasks", params={"stage": "Review"})
        assert response.status_code == 400
        assert response.json()["message"] == (
            "Invalid query parameter 'stage': unknown stage 'Review' in project 'News NER' "
            "(its stages: 'Start', 'Label', 'Complete')"
        )
    finally:
        process.terminate()
        process.communicate(timeout=10)
