"""``hub.labels.upload_mask`` and ``get_mask(as_array=True)``: brush masks in and out in one
call, with both clients, against the mock over real HTTP.

``StorageWatch``, an ASGI layer of these tests around the mock, records every request (the
API's, and those to the mock's storage routes ``/mock/uploads/...`` with their headers) and
answers the next ``PUT``s to storage with the statuses a test queues (``fail_puts``). The
client's API key is the canary of ``tests/_hostile.py``: no storage request may carry it,
and no error or log line of these tests may show it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from _async_bridge import client_for
from _hostile import CANARY, canary_run, leaks
from numpy.typing import NDArray
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ango_hub import APIStatusError, Client, MaskNotFoundError
from ango_hub.convert import ClassMap, ConversionError, MissingExtraError
from ango_hub.convert.masks import BrushMasks, decode_brush
from ango_hub.label_set import LabelSet, Tool
from ango_hub.mock import MockState, TaskSpec, create_app, mock_state
from ango_hub.mock.server import serve_in_thread
from ango_hub_api.models import Task

API_KEY = CANARY
RED, BLUE, GREEN = "#f44336", "#2196f3", "#4caf50"
WIDTH, HEIGHT = 12, 8


class StorageWatch:
    """Records the requests reaching the mock; answers queued statuses to storage ``PUT``s."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.lock = threading.Lock()
        #: (method, path, headers) of every request to the storage routes.
        self.storage: list[tuple[str, str, list[tuple[str, str]]]] = []
        #: (method, path, query) of every API request.
        self.api: list[tuple[str, str, str]] = []
        #: Statuses to answer the next PUTs with, in order (then the mock's own answer).
        self.fail_puts: list[int] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith("/mock/"):
            headers = [(bytes(k).decode("latin-1"), bytes(v).decode("latin-1")) for k, v in scope["headers"]]
            with self.lock:
                self.storage.append((scope["method"], path, headers))
                status = self.fail_puts.pop(0) if scope["method"] == "PUT" and self.fail_puts else 0
            if status:
                while (await receive()).get("more_body", False):
                    pass
                answer = JSONResponse({"message": f"storage says {status}"}, status_code=status)
                await answer(scope, receive, send)
                return
        else:
            with self.lock:
                self.api.append((scope["method"], path, scope["query_string"].decode("latin-1")))
        await self.app(scope, receive, send)

    def puts(self) -> list[str]:
        return [path for method, path, _headers in self.storage if method == "PUT"]

    def calls(self, method: str, suffix: str) -> int:
        return sum(1 for m, path, _q in self.api if m == method and path.endswith(suffix))


def label_set() -> LabelSet:
    return (
        LabelSet()
        .tool("Road", Tool.BRUSH, color=RED, schema_id="road")
        .tool("Sign", Tool.BOUNDING_BOX, schema_id="sign")
        .tool("Car", Tool.BRUSH, color=BLUE, schema_id="car")
        .tool("Tree", Tool.BRUSH, color=GREEN, schema_id="tree")
        .tool("Liver", Tool.MEDICAL_BRUSH, color=RED, schema_id="1")
        .tool("Tumor", Tool.MEDICAL_BRUSH, color=BLUE, schema_id="2")
    )


#: The answer a task has before its mask is uploaded: a box, and a classification.
ANSWER: dict[str, Any] = {
    "objects": [
        {
            "objectId": "box-1",
            "schemaId": "sign",
            "title": "Sign",
            "bounding-box": {"x": 1, "y": 1, "width": 3, "height": 2},
        }
    ],
    "classifications": [],
    "relations": [],
}


class Served:
    def __init__(self, hub: Client, state: MockState, watch: StorageWatch, project_id: str) -> None:
        self.hub, self.state, self.watch, self.project_id = hub, state, watch, project_id

    def new_task(self, *, size: tuple[int, int] | None = (WIDTH, HEIGHT), answer: bool = True) -> str:
        metadata = {"width": size[0], "height": size[1]} if size else {}
        [task_id] = self.state.add_tasks(
            self.project_id, [TaskSpec(asset_fields={"metadata": metadata} if metadata else None)]
        )
        if answer:
            self.hub.labels.annotate(task_id, ANSWER)
        return task_id

    def task(self, task_id: str) -> dict[str, Any]:
        return self.hub.tasks.get(task_id, include_answer=True).to_dict()


@pytest.fixture(scope="module")
def mock_server() -> Iterator[tuple[str, MockState, StorageWatch]]:
    """One mock for the module (each test has a project of its own), behind the watch."""
    app = create_app(api_key=API_KEY, seed="demo", validate_responses=True)
    watch = StorageWatch(app)
    with serve_in_thread(watch) as base_url:
        yield base_url, mock_state(app), watch


@pytest.fixture(params=["sync", "async"])
def served(
    request: pytest.FixtureRequest, mock_server: tuple[str, MockState, StorageWatch]
) -> Iterator[Served]:
    base_url, state, watch = mock_server
    with watch.lock:
        watch.storage.clear()
        watch.api.clear()
        watch.fail_puts.clear()
    with client_for(request.param, api_key=API_KEY, base_url=base_url, max_retries=2) as hub:
        hub._sleep = lambda seconds: None  # retries without the backoff's wait
        project = hub.projects.create("Brushes", category_schema=label_set())
        watch.api.clear()
        yield Served(hub, state, watch, project.id)
    # No request to storage carried the key, in any header.
    for method, path, headers in watch.storage:
        assert not any(name.lower() == "apikey" for name, _value in headers), (method, path)
        assert not any(leaks(value) for _name, value in headers), (method, path)


def masks() -> dict[str, NDArray[np.bool_]]:
    road = np.zeros((HEIGHT, WIDTH), dtype=bool)
    road[5:8, :] = True
    road[4, 2:6] = True
    car = np.zeros((HEIGHT, WIDTH), dtype=bool)
    car[1:3, 8:11] = True
    return {"Road": road, "car": car}  # a title and a schemaId


def test_an_uploaded_mask_reads_back_equal_per_class_and_the_other_objects_are_kept(served: Served) -> None:
    task_id = served.new_task()
    before = served.task(task_id)["answer"]
    given = masks()
    annotated = served.hub.labels.upload_mask(task_id, given)
    assert isinstance(annotated.task, Task)
    url = annotated.task.brush_data_url
    assert isinstance(url, str)
    assert url.endswith(".png")
    assert "?" not in url
    back = served.hub.labels.get_mask(task_id, as_array=True)
    assert isinstance(back, BrushMasks)
    assert list(back) == ["road", "car"]
    assert back.shape == (HEIGHT, WIDTH)
    assert np.array_equal(back["road"], given["Road"])
    assert np.array_equal(back["car"], given["car"])
    assert set(back.by_name()) == {"Road", "Car"}
    after = served.task(task_id)
    assert after["answer"]["tools"] == before["tools"] == [ANSWER["objects"][0]]
    assert after["brushDataUrl"] == url
    # The bytes are the PNG the codec reads; one getUploadUrl (type brushes), one PUT, one annotate.
    png = served.hub.labels.get_mask(task_id)
    assert png.startswith(b"\x89PNG")
    assert decode_brush(png, label_set()) == back
    assert served.watch.calls("GET", "/getUploadUrl") == 1
    assert "type=brushes" in next(q for m, p, q in served.watch.api if p.endswith("/getUploadUrl"))
    assert len(served.watch.puts()) == 1
    assert served.watch.calls("POST", f"/annotate/{task_id}") == 2  # the test's own, and upload_mask's


def test_one_class_id_array_and_a_saved_class_map(served: Served) -> None:
    task_id = served.new_task()
    ids = np.zeros((HEIGHT, WIDTH), dtype=np.uint8)
    ids[0, :4] = 1  # Road: the label set's ClassMap counts from 1
    ids[7, 7:] = 4  # Tree
    served.hub.labels.upload_mask(task_id, ids)
    back = served.hub.labels.get_mask(task_id, as_array=True, label_set=label_set())
    assert np.array_equal(back.class_ids(), ids)
    saved = ClassMap.from_list([{"id": 0, "name": "Tree", "schemaId": "tree"}])
    served.hub.labels.upload_mask(task_id, (ids == 4).astype(np.int64), class_map=saved, replace=True)
    assert list(served.hub.labels.get_mask(task_id, as_array=True)) == ["tree"]


def test_a_second_upload_keeps_the_other_brush_classes_and_replace_keeps_nothing(served: Served) -> None:
    task_id = served.new_task()
    given = masks()
    served.hub.labels.upload_mask(task_id, {"Road": given["Road"]})
    tree = np.zeros((HEIGHT, WIDTH), dtype=bool)
    tree[4:6, 0:4] = True  # over two of the road's rows
    served.hub.labels.upload_mask(task_id, {"Tree": tree})
    merged = served.hub.labels.get_mask(task_id, as_array=True)
    assert list(merged) == ["road", "tree"]
    assert np.array_equal(merged["tree"], tree)
    assert np.array_equal(merged["road"], given["Road"] & ~tree)  # the new pixels win
    # Naming a class replaces its pixels; allow_empty=True clears it.
    served.hub.labels.upload_mask(task_id, {"Road": np.zeros_like(tree)}, allow_empty=True)
    assert list(served.hub.labels.get_mask(task_id, as_array=True)) == ["tree"]
    assert served.task(task_id)["answer"]["tools"] == ANSWER["objects"]
    served.hub.labels.upload_mask(task_id, {"Car": given["car"]}, replace=True)
    assert list(served.hub.labels.get_mask(task_id, as_array=True)) == ["car"]
    assert served.task(task_id)["answer"]["tools"] == []


def test_a_put_that_keeps_failing_leaves_the_task_as_it_was(served: Served) -> None:
    task_id = served.new_task()
    served.hub.labels.upload_mask(task_id, {"Tree": masks()["Road"]})
    before = served.task(task_id)
    annotations = served.watch.calls("POST", f"/annotate/{task_id}")
    served.watch.fail_puts = [500] * 10
    with canary_run() as evidence:
        error = evidence.expect(APIStatusError, lambda: served.hub.labels.upload_mask(task_id, masks()))
    assert error.status_code == 500
    assert "storing the brush mask of task" in str(error)
    assert "storage says 500" in str(error)
    assert len(served.watch.puts()) == 1 + 3  # the first upload; then the PUT and 2 retries, alone
    assert served.watch.calls("GET", "/getUploadUrl") == 2  # one per upload, never retried with the PUT
    assert served.watch.calls("POST", f"/annotate/{task_id}") == annotations
    after = served.task(task_id)
    assert after["answer"] == before["answer"]
    assert after["brushDataUrl"] == before["brushDataUrl"]
    assert list(served.hub.labels.get_mask(task_id, as_array=True)) == ["tree"]


def test_a_put_that_fails_twice_is_retried_alone_and_succeeds(served: Served) -> None:
    task_id = served.new_task()
    served.watch.fail_puts = [500, 503]
    served.hub.labels.upload_mask(task_id, masks())
    assert len(served.watch.puts()) == 3
    assert len(set(served.watch.puts())) == 1  # the same presigned URL each time
    assert served.watch.calls("GET", "/getUploadUrl") == 1
    assert list(served.hub.labels.get_mask(task_id, as_array=True)) == ["road", "car"]


@pytest.mark.parametrize(
    ("given", "error", "message"),
    [
        ({"Road": np.zeros((2, HEIGHT, WIDTH), bool)}, ConversionError, "expected a 2-D"),
        ({"Road": np.ones((HEIGHT, WIDTH), np.float64)}, ConversionError, "dtype float64"),
        ({"Road": np.ones((HEIGHT, WIDTH), bool), "Car": np.ones((3, 3), bool)}, ConversionError, "differ"),
        (np.ones((HEIGHT, WIDTH), bool), ConversionError, "dtype bool"),
        ({}, ConversionError, "no masks given"),
        ("mask.png", TypeError, "must be an array"),
    ],
)
def test_wrong_arrays_are_refused_before_any_request(
    served: Served, given: Any, error: type[Exception], message: str
) -> None:
    task_id = served.new_task()
    requests = len(served.watch.api)
    with pytest.raises(error, match=message):
        served.hub.labels.upload_mask(task_id, given)
    assert len(served.watch.api) == requests
    assert served.watch.storage == []


def test_with_the_label_set_given_classes_are_refused_before_any_request(served: Served) -> None:
    task_id = served.new_task()
    requests = len(served.watch.api)
    full = np.ones((HEIGHT, WIDTH), dtype=bool)
    with pytest.raises(ConversionError, match="'Sign' is a bounding-box tool"):
        served.hub.labels.upload_mask(task_id, {"Sign": full}, label_set=label_set())
    with pytest.raises(ConversionError, match="overlap on 96 pixel"):
        served.hub.labels.upload_mask(task_id, {"Road": full, "Car": full}, label_set=label_set())
    with pytest.raises(ConversionError, match="class id 9"):
        served.hub.labels.upload_mask(task_id, np.full((HEIGHT, WIDTH), 9), label_set=label_set())
    with pytest.raises(ConversionError, match="'Road' has no pixels"):
        served.hub.labels.upload_mask(task_id, {"Road": ~full}, label_set=label_set())
    assert len(served.watch.api) == requests


def test_the_image_size_and_the_classes_are_checked_before_any_upload(served: Served) -> None:
    task_id = served.new_task()
    wrong = np.ones((HEIGHT, WIDTH + 1), dtype=bool)
    with pytest.raises(ConversionError, match=r"13x8 \(width x height\) but the image of task .* is 12x8"):
        served.hub.labels.upload_mask(task_id, {"Road": wrong})
    with pytest.raises(ConversionError, match=r"no brush tool of the label set has .* 'Boat'"):
        served.hub.labels.upload_mask(task_id, {"Boat": np.ones((HEIGHT, WIDTH), bool)})
    assert served.watch.calls("GET", "/getUploadUrl") == 0
    assert served.watch.storage == []
    # An asset without a known size: the masks' own size is taken.
    unknown = served.new_task(size=None)
    served.hub.labels.upload_mask(unknown, {"Road": wrong})
    assert served.hub.labels.get_mask(unknown, as_array=True).shape == (HEIGHT, WIDTH + 1)


def test_a_current_mask_that_cannot_be_read_is_not_overwritten_silently(served: Served) -> None:
    task_id = served.new_task()
    served.hub.labels.upload_mask(task_id, masks())
    # The label set changes the car's colour: the stored mask now has a colour no class has.
    changed = label_set().to_dict()
    changed["tools"][2]["color"] = "#000000"
    served.hub.projects.set_label_set(served.project_id, changed)
    uploads = served.watch.calls("GET", "/getUploadUrl")
    with pytest.raises(
        ConversionError, match=r"#2196f3 .*pass replace=True to discard it. Nothing was uploaded"
    ):
        served.hub.labels.upload_mask(task_id, {"Tree": masks()["Road"]})
    assert served.watch.calls("GET", "/getUploadUrl") == uploads
    served.hub.labels.upload_mask(task_id, {"Tree": masks()["Road"]}, replace=True)
    assert list(served.hub.labels.get_mask(task_id, as_array=True)) == ["tree"]


def test_a_task_without_a_brush_mask(served: Served) -> None:
    task_id = served.new_task()
    with pytest.raises(MaskNotFoundError, match=f"task {task_id} has no brushDataUrl") as info:
        served.hub.labels.get_mask(task_id, as_array=True)
    assert info.value.task_id == task_id
    assert isinstance(info.value, LookupError)
    with pytest.raises(MaskNotFoundError, match="no medicalBrushDataUrl"):
        served.hub.labels.get_mask(task_id, medical=True)


def test_the_mask_of_a_segmentation_object_as_an_array(served: Served) -> None:
    task_id = served.new_task(answer=False)
    region = [[2, 1], [10, 1], [10, 7], [2, 7]]
    hole = [[4, 3], [6, 3], [6, 5], [4, 5]]
    zones = {"zones": [{"region": region, "holes": [hole]}]}
    served.hub.labels.annotate(
        task_id, {"objects": [{"objectId": "seg", "schemaId": "road", "segmentation": zones}]}
    )
    mask = served.hub.labels.get_mask(task_id, "seg", as_array=True)
    assert mask.shape == (HEIGHT, WIDTH)
    assert mask.dtype == np.bool_
    assert int(mask.sum()) == 8 * 6 - 2 * 2
    assert not mask[4, 5]  # the hole
    assert served.hub.labels.get_mask(task_id, "seg").startswith(b"\x89PNG")
    with pytest.raises(ValueError, match="leave object_id out"):
        served.hub.labels.get_mask(task_id, "seg", medical=True)


def test_a_medical_volume_round_trip(served: Served) -> None:
    task_id = served.new_task(size=None)
    liver = np.zeros((3, 4, 5), dtype=bool)
    liver[0, 1, 1:4] = True
    tumor = np.zeros((3, 4, 5), dtype=bool)
    tumor[2, 3, 4] = True
    annotated = served.hub.labels.upload_mask(task_id, {"Liver": liver, "2": tumor}, medical=True)
    assert isinstance(annotated.task, Task)
    assert str(annotated.task.medical_brush_data_url).endswith(".seg.nrrd")
    assert "type=medicalBrushes" in next(q for m, p, q in served.watch.api if p.endswith("/getUploadUrl"))
    back = served.hub.labels.get_mask(task_id, medical=True, as_array=True)
    assert back.shape == (3, 4, 5)
    assert np.array_equal(back["1"], liver)
    assert np.array_equal(back["2"], tumor)
    assert served.hub.labels.get_mask(task_id, medical=True).startswith(b"NRRD")
    assert served.task(task_id)["answer"]["tools"] == ANSWER["objects"]
    with pytest.raises(ConversionError, match=r"expected a 3-D \(z, y, x\)"):
        served.hub.labels.upload_mask(task_id, masks(), medical=True)


def test_a_missing_extra_is_named_before_any_request(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    task_id = served.new_task()
    requests = len(served.watch.api)
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "PIL" else real(name, *a)
    )
    with pytest.raises(MissingExtraError, match=r"labels.upload_mask needs PIL.*ango-hub\[masks\]"):
        served.hub.labels.upload_mask(task_id, masks())
    with pytest.raises(MissingExtraError, match=r"ango-hub\[masks\]"):
        served.hub.labels.get_mask(task_id, as_array=True)
    assert len(served.watch.api) == requests


def test_arguments_of_the_wrong_type(served: Served) -> None:
    requests = len(served.watch.api)
    with pytest.raises(TypeError):
        served.hub.labels.upload_mask(123, masks())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="replace must be True or False"):
        served.hub.labels.upload_mask("t1", masks(), replace="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        served.hub.labels.get_mask("t1", 123)  # type: ignore[call-overload]
    assert len(served.watch.api) == requests
