"""Rotated bounding boxes: the export's convention (``x, y`` is the first corner, the box
turns about it, ``corners`` are listed), the import's (the unrotated box turned about its
centre), and the mock's exports, which add the ``corners`` the way the export does."""

from __future__ import annotations

import io
import json
import math
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ango_hub.annotations import rotated_box_corners

ROOT = Path(__file__).resolve().parents[2]
#: The export format page's example (angoai/docs data/ango-export-format/objects.md).
DOCS_EXAMPLE = json.loads(
    (ROOT / "tests" / "fixtures" / "docs" / "RotatedBoundingBox--export-format-1.json").read_text("utf-8")
)
SETTINGS = settings(max_examples=200, deadline=None)

coordinates = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)
sizes = st.floats(min_value=0.01, max_value=5000, allow_nan=False, allow_infinity=False)
angles = st.floats(min_value=-180, max_value=180, allow_nan=False, allow_infinity=False)


def close(
    a: tuple[float, float] | list[float], b: tuple[float, float] | list[float], tol: float = 1e-6
) -> bool:
    return math.isclose(a[0], b[0], abs_tol=tol) and math.isclose(a[1], b[1], abs_tol=tol)


def sides(corners: Any) -> list[float]:
    """The lengths of the sides corners[0]-[1], [1]-[2], [2]-[3], [3]-[0]."""
    return [math.dist(corners[index], corners[(index + 1) % 4]) for index in range(4)]


# --- the conventions -------------------------------------------------------------------


def test_the_export_pages_corners_are_the_origin_convention() -> None:
    box = DOCS_EXAMPLE
    corners = rotated_box_corners(
        box["x"], box["y"], box["width"], box["height"], box["rotation"], about="origin"
    )
    assert len(corners) == len(box["corners"]) == 4
    for computed, documented in zip(corners, box["corners"], strict=True):
        assert close(computed, documented), (computed, documented)
    assert list(corners[0]) == [box["x"], box["y"]]  # (x, y) is the origin point, corners[0]


def test_the_export_pages_corners_are_not_the_centre_convention() -> None:
    box = DOCS_EXAMPLE
    corners = rotated_box_corners(
        box["x"], box["y"], box["width"], box["height"], box["rotation"], about="centre"
    )
    assert not close(corners[0], box["corners"][0], tol=1.0)


@SETTINGS
@given(coordinates, coordinates, sizes, sizes, angles)
def test_centre_convention_turns_the_box_about_its_centre(
    x: float, y: float, width: float, height: float, rotation: float
) -> None:
    corners = rotated_box_corners(x, y, width, height, rotation, about="centre")
    centre = (sum(cx for cx, _ in corners) / 4, sum(cy for _, cy in corners) / 4)
    assert close(
        centre, (x + width / 2, y + height / 2), tol=1e-6 * max(1.0, abs(x) + abs(y) + width + height)
    )
    tol = 1e-6 * max(1.0, width + height)
    assert all(
        math.isclose(length, expected, abs_tol=tol)
        for length, expected in zip(sides(corners), [height, width] * 2, strict=True)
    )
    # A rectangle: the diagonals have the same length.
    assert math.isclose(math.dist(corners[0], corners[2]), math.dist(corners[1], corners[3]), abs_tol=tol)


@SETTINGS
@given(coordinates, coordinates, sizes, sizes, angles)
def test_origin_convention_turns_the_box_about_its_first_corner(
    x: float, y: float, width: float, height: float, rotation: float
) -> None:
    corners = rotated_box_corners(x, y, width, height, rotation, about="origin")
    assert corners[0] == (x, y)
    tol = 1e-6 * max(1.0, width + height)
    assert all(
        math.isclose(length, expected, abs_tol=tol)
        for length, expected in zip(sides(corners), [height, width] * 2, strict=True)
    )
    # The same box as the centre convention's, moved: every corner by the same offset.
    centred = rotated_box_corners(x, y, width, height, rotation, about="centre")
    dx, dy = centred[0][0] - corners[0][0], centred[0][1] - corners[0][1]
    for moved, corner in zip(centred, corners, strict=True):
        assert close(
            moved, (corner[0] + dx, corner[1] + dy), tol=1e-6 * max(1.0, abs(x) + abs(y) + width + height)
        )


@SETTINGS
@given(coordinates, coordinates, sizes, sizes, st.sampled_from(["origin", "centre"]))
def test_rotation_0_gives_the_axis_aligned_box(
    x: float, y: float, width: float, height: float, about: Any
) -> None:
    corners = rotated_box_corners(x, y, width, height, 0, about=about)
    expected = [(x, y), (x, y + height), (x + width, y + height), (x + width, y)]
    for corner, want in zip(corners, expected, strict=True):
        assert close(corner, want, tol=1e-9 * max(1.0, abs(x) + abs(y) + width + height))


def test_positive_angles_turn_clockwise_on_screen() -> None:
    # y points down: turning the width side (1, 0) by +90 degrees points it down the image.
    corners = rotated_box_corners(0, 0, 10, 5, 90, about="origin")
    assert close(corners[3], (0, 10))
    assert close(corners[1], (-5, 0))


def test_about_must_be_origin_or_centre() -> None:
    with pytest.raises(ValueError, match="origin"):
        rotated_box_corners(0, 0, 1, 1, 0, about="center")  # type: ignore[arg-type]


# --- the mock's exports, over HTTP -------------------------------------------------------

BOX: dict[str, Any] = {"x": 100, "y": 50, "width": 40, "height": 20, "rotation": 30}
UNTURNED: dict[str, Any] = {"x": 10, "y": 20, "width": 30, "height": 40}
#: Corners sent with a box: kept as they are, never recomputed (they do not fit the box).
GIVEN_CORNERS = [[1, 2], [3, 4], [5, 6], [7, 8]]
WITH_CORNERS: dict[str, Any] = {**BOX, "corners": GIVEN_CORNERS}


def _object(object_id: str, box: dict[str, Any]) -> dict[str, Any]:
    return {"objectId": object_id, "schemaId": "s-rbox", "title": "Sign", "rotated-bounding-box": box}


@pytest.fixture(scope="module")
def annotated(client: httpx.Client) -> tuple[str, str]:
    """A project with one task annotated with three rotated boxes and submitted."""
    project_id = client.post("/project", json={"name": "Rotated boxes"}).json()["data"]["project"]["_id"]
    client.post(f"/project/{project_id}/cloud", json={"assets": [{"data": "https://bucket.test/rbox.jpg"}]})
    task_id = client.get(f"/project/{project_id}/tasks").json()["data"]["tasks"][0]["_id"]
    answer = {
        "objects": [_object("turned", BOX), _object("unturned", UNTURNED), _object("given", WITH_CORNERS)],
        "classifications": [],
        "relations": [],
    }
    response = client.post(f"/annotate/{task_id}", params={"nextStage": True}, json={"answer": answer})
    assert response.status_code == 200, response.text
    return project_id, task_id


def _exported_task(client: httpx.Client, project_id: str, task_id: str) -> dict[str, Any]:
    link = client.get("/export", params={"project": project_id}).json()["data"]["exportPath"]
    archive = httpx.get(link, timeout=10)
    assert archive.status_code == 200
    with zipfile.ZipFile(io.BytesIO(archive.content)) as bundle:
        records = json.loads(bundle.read("export.json"))
    (record,) = [record for record in records if record["task"]["taskId"] == task_id]
    task: dict[str, Any] = record["task"]
    return task


def _boxes(tools: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {tool["objectId"]: tool["rotated-bounding-box"] for tool in tools}


def test_export_adds_corners_in_the_export_convention(
    client: httpx.Client, annotated: tuple[str, str]
) -> None:
    task = _exported_task(client, *annotated)
    for tools in (task["tools"], task["stageHistory"][0]["tools"]):
        box = _boxes(tools)["turned"]
        assert {key: box[key] for key in BOX} == BOX  # the stored fields are exported as they are
        corners = box["corners"]
        assert len(corners) == 4
        assert corners[0] == [BOX["x"], BOX["y"]]  # (x, y) is the origin point, the first corner
        assert sides(corners) == pytest.approx([BOX["height"], BOX["width"]] * 2, abs=1e-9)
        expected = rotated_box_corners(BOX["x"], BOX["y"], BOX["width"], BOX["height"], BOX["rotation"])
        assert all(close(corner, want, tol=1e-9) for corner, want in zip(corners, expected, strict=True))


def test_export_of_a_box_without_rotation_gives_the_axis_box(
    client: httpx.Client, annotated: tuple[str, str]
) -> None:
    box = _boxes(_exported_task(client, *annotated)["tools"])["unturned"]
    assert "rotation" not in box  # not added: only corners are
    x, y, width, height = (UNTURNED[key] for key in ("x", "y", "width", "height"))
    assert box["corners"] == [[x, y], [x, y + height], [x + width, y + height], [x + width, y]]


def test_export_keeps_corners_it_was_given(client: httpx.Client, annotated: tuple[str, str]) -> None:
    box = _boxes(_exported_task(client, *annotated)["tools"])["given"]
    assert box == WITH_CORNERS


def test_task_answers_and_the_store_keep_the_box_as_sent(
    client: httpx.Client, annotated: tuple[str, str]
) -> None:
    _project_id, task_id = annotated
    _exported_task(client, *annotated)  # an export first: it must not change what is stored
    response = client.get(f"/task/{task_id}")
    assert response.status_code == 200, response.text
    boxes = _boxes(response.json()["data"]["task"]["answer"]["tools"])
    assert boxes == {"turned": BOX, "unturned": UNTURNED, "given": WITH_CORNERS}
