"""Pictures: render draws every tool kind in its class colour; to_overlays writes one PNG per
task and contact sheets, from a folder or fetched (no key sent, same-host redirects, size cap)."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image, ImageChops, ImageColor
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ango_hub.convert import ConversionError, MissingExtraError, SkipReason, iter_tasks, to_overlays
from ango_hub.convert._overlays_format import MissingImageError
from ango_hub.convert.overlay import PALETTE, ContactSheets, contact_sheet, draw, render
from ango_hub.mock import create_app
from ango_hub.mock.server import serve_in_thread

from ._records import box, label_set, obj, record, tool

WHITE = (255, 255, 255)
ORANGE = (255, 152, 0)  # "#ff9800"

#: Colours for some tools; "Lane" has none (a palette colour by its class id, 4).
COLOURED = label_set(
    tool("t-box", "Car", "bounding-box", color="#ff9800"),
    tool("t-rbox", "Sign", "rotated-bounding-box", color="#2196f3"),
    tool("t-poly", "Road", "polygon", color="#4caf50"),
    tool("t-seg", "Tree", "segmentation", color="#9c27b0"),
    tool("t-line", "Lane", "polyline"),
    tool("t-point", "Wheel", "point", color="#f44336"),
    tool("t-ner", "Person", "ner", color="#000000"),
)


def rgb(value: str) -> tuple[int, int, int]:
    found = ImageColor.getrgb(value)
    return found[0], found[1], found[2]


def every_kind() -> dict[str, Any]:
    """One object of every kind on a 400 x 300 image (positions in the image's pixels)."""
    return record(
        "every-kind.jpg",
        [
            box(20, 20, 100, 60),
            obj("t-rbox", "rotated-bounding-box", {"corners": [[200, 20], [260, 20], [260, 80], [200, 80]]}),
            obj("t-poly", "polygon", [[20, 120], [120, 120], [120, 200], [20, 200]]),
            obj(
                "t-seg",
                "segmentation",
                {
                    "zones": [
                        {
                            "region": [[200, 120], [380, 120], [380, 280], [200, 280]],
                            "holes": [[[260, 170], [320, 170], [320, 230], [260, 230]]],
                        }
                    ]
                },
            ),
            obj("t-line", "polyline", [[20, 250], [160, 250]]),
            obj("t-point", "point", [300, 40]),
            obj("t-ner", "ner", {"start": 0, "end": 4}),
        ],
        width=400,
        height=300,
    )


def white(width: int = 400, height: int = 300) -> Image.Image:
    return Image.new("RGB", (width, height), WHITE)


def tinted(pixel: Any, colour: tuple[int, int, int]) -> bool:
    """A translucent fill of ``colour`` over white: neither white nor the colour itself, and
    closer to the colour than white is."""
    assert isinstance(pixel, tuple)
    distance = sum(abs(a - b) for a, b in zip(pixel, colour, strict=True))
    return pixel != WHITE and pixel != colour and distance < sum(abs(255 - c) for c in colour)


# --- render ------------------------------------------------------------------------------------


def test_every_tool_kind_is_drawn_in_its_class_colour() -> None:
    picture = render(every_kind(), white(), label_set=COLOURED, show_titles=False, line_width=3)
    assert picture.size == (400, 300)
    assert picture.mode == "RGB"
    # Box: its edge in the class colour, its inside tinted.
    assert picture.getpixel((20, 50)) == ORANGE
    assert picture.getpixel((119, 50)) == ORANGE
    assert tinted(picture.getpixel((70, 50)), ORANGE)
    # Rotated box (corners), polygon: an edge and the inside.
    assert picture.getpixel((230, 20)) == rgb("#2196f3")
    assert tinted(picture.getpixel((230, 50)), rgb("#2196f3"))
    assert picture.getpixel((20, 160)) == rgb("#4caf50")
    assert tinted(picture.getpixel((70, 160)), rgb("#4caf50"))
    # Segmentation: the region filled, the hole left as it was, both outlined.
    purple = rgb("#9c27b0")
    assert tinted(picture.getpixel((220, 140)), purple)
    assert picture.getpixel((290, 200)) == WHITE
    assert picture.getpixel((260, 200)) == purple
    # Polyline in the palette colour of its class (Lane has no colour; class id 4).
    assert picture.getpixel((90, 250)) == rgb(PALETTE[4])
    assert picture.getpixel((90, 240)) == WHITE  # a line is not filled
    # Point: a dot.
    assert picture.getpixel((300, 40)) == rgb("#f44336")
    # The NER span has no place on an image: nothing black anywhere.
    assert (0, 0, 0) not in {colour for _count, colour in picture.getcolors(1 << 16) or []}


def test_titles_are_written_in_the_class_colour() -> None:
    plain = render(every_kind(), white(), label_set=COLOURED, show_titles=False)
    titled = render(every_kind(), white(), label_set=COLOURED, show_titles=True, font_size=12)
    # The box's title sits above its top-left corner, on its class colour.
    above = [titled.getpixel((x, y)) for x in range(20, 40) for y in range(2, 19)]
    assert ORANGE in above
    assert all(plain.getpixel((x, y)) == WHITE for x in range(20, 40) for y in range(2, 19))
    with_answers = render(
        record(
            "a.jpg",
            [box(20, 40, 50, 50, classifications=[{"title": "Color", "answer": "Red"}])],
            width=400,
            height=300,
        ),
        white(),
        label_set=COLOURED,
        show_attributes=True,
        font_size=12,
    )
    wide = sum(1 for x in range(20, 300) if with_answers.getpixel((x, 30)) == ORANGE)
    narrow = sum(1 for x in range(20, 300) if titled.getpixel((x, 10)) == ORANGE)
    assert wide > narrow  # "Car (Color: Red)" is longer than "Car"


def test_a_task_row_a_path_and_bytes_give_the_same_picture(tmp_path: Path) -> None:
    [row] = iter_tasks([every_kind()], label_set=COLOURED)
    path = tmp_path / "white.png"
    white().save(path)
    from_record = render(every_kind(), white(), label_set=COLOURED)
    assert render(row, path, label_set=COLOURED).tobytes() == from_record.tobytes()
    assert render(row, path.read_bytes(), label_set=COLOURED).tobytes() == from_record.tobytes()


def test_the_given_image_is_not_changed() -> None:
    image = white()
    render(every_kind(), image, label_set=COLOURED)
    assert image.getcolors() == [(400 * 300, WHITE)]


def test_without_a_label_set_the_objects_classes_are_drawn() -> None:
    picture = render(
        record("a.jpg", [box(20, 20, 50, 50)], width=400, height=300), white(), show_titles=False
    )
    edge = picture.getpixel((20, 40))
    assert edge != WHITE
    assert edge in {rgb(colour) for colour in PALETTE}


def test_a_smaller_copy_of_the_image_is_drawn_to_scale() -> None:
    picture = render(every_kind(), white(200, 150), label_set=COLOURED, show_titles=False, line_width=1)
    assert picture.getpixel((10, 25)) == ORANGE  # the box's left edge, x = 20 / 2
    assert picture.getpixel((35, 25)) != ORANGE


def test_a_brush_mask_is_laid_over() -> None:
    mask = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    mask.paste((255, 0, 0, 255), (300, 10, 390, 100))
    buffer = io.BytesIO()
    mask.save(buffer, format="PNG")
    picture = render(
        record("a.jpg", [], width=400, height=300), white(), brush=buffer.getvalue(), brush_alpha=0.5
    )
    assert picture.getpixel((350, 50)) == (255, 127, 127)
    assert picture.getpixel((50, 50)) == WHITE
    full = render(record("a.jpg", [], width=400, height=300), white(), brush=mask, brush_alpha=1)
    assert full.getpixel((350, 50)) == (255, 0, 0)


def test_a_brush_of_another_size_is_refused() -> None:
    with pytest.raises(ConversionError, match=r"the brush of 'a.jpg' is 10 x 10 pixels, the image 400 x 300"):
        render(record("a.jpg", [], width=None, height=None), white(), brush=Image.new("RGBA", (10, 10)))


def test_bad_input_is_named() -> None:
    with pytest.raises(ConversionError, match=r"cannot read 'broken.jpg'"):
        render(record("broken.jpg", []), b"not an image")
    with pytest.raises(ValueError, match="fill_alpha"):
        render(record("a.jpg", []), white(), fill_alpha=2)
    with pytest.raises(ValueError, match="line_width"):
        render(record("a.jpg", []), white(), line_width=0)
    two = {"externalId": "two.jpg", "tasks": [{"taskId": "1", "objects": []}, {"taskId": "2", "objects": []}]}
    with pytest.raises(ConversionError, match="holds 2 tasks"):
        render(two, white())


def test_draw_returns_what_it_did_not_draw() -> None:
    [row] = iter_tasks([every_kind()], label_set=COLOURED)
    _picture, left_out = draw(row, white(), {})
    assert [item.tool for item in left_out] == ["ner"]


# --- contact sheets ----------------------------------------------------------------------------


def test_contact_sheet_is_a_grid_of_captioned_thumbnails(tmp_path: Path) -> None:
    images = [
        ("red", Image.new("RGB", (400, 300), (255, 0, 0))),
        ("blue", Image.new("RGB", (300, 400), (0, 0, 255))),
    ]
    path = tmp_path / "green.png"
    Image.new("RGB", (100, 100), (0, 255, 0)).save(path)
    sheet = contact_sheet([*images, path], columns=2, thumb_size=(160, 120))
    caption = 12 + 8
    assert sheet.size == (2 * (160 + 4) + 4, 2 * (120 + caption + 4) + 4)
    assert sheet.getpixel((4 + 80, 4 + 60)) == (255, 0, 0)
    assert sheet.getpixel((4 + 164 + 80, 4 + 60)) == (0, 0, 255)
    with pytest.raises(ValueError, match="at least one image"):
        contact_sheet([])


def test_contact_sheets_keep_a_bounded_number_of_thumbnails(tmp_path: Path) -> None:
    sheets = ContactSheets(tmp_path, columns=2, per_sheet=2, thumb_size=(40, 30))
    for index in range(5):
        sheets.add(white(80, 60), f"image {index}")
        assert len(sheets._cells) < 2
    written = sheets.close()
    assert [path.name for path in written] == [
        "contact_sheet_001.png",
        "contact_sheet_002.png",
        "contact_sheet_003.png",
    ]
    single = ContactSheets(tmp_path / "one", per_sheet=4)
    (tmp_path / "one").mkdir()
    single.add(white(), "only")
    assert [path.name for path in single.close()] == ["contact_sheet.png"]


# --- to_overlays -------------------------------------------------------------------------------


def images_for(folder: Path, *records: dict[str, Any]) -> Path:
    folder.mkdir(exist_ok=True)
    for item in records:
        white(item["metadata"].get("width", 400), item["metadata"].get("height", 300)).save(
            folder / item["externalId"].replace(".jpg", ".png")
        )
        (folder / item["externalId"]).write_bytes(
            (folder / item["externalId"].replace(".jpg", ".png")).read_bytes()
        )
    return folder


def test_to_overlays_writes_one_png_per_task_and_a_contact_sheet(tmp_path: Path) -> None:
    records = [every_kind(), record("sub/second.jpg", [box(10, 10, 40, 40)], width=400, height=300)]
    folder = images_for(tmp_path / "images", records[0])
    (folder / "sub").mkdir()
    white().save(folder / "sub" / "second.jpg", format="PNG")
    report = to_overlays(records, tmp_path / "out", label_set=COLOURED, image_dir=folder)
    out = tmp_path / "out"
    assert sorted(str(path.relative_to(out)) for path in out.rglob("*.png")) == [
        "contact_sheet.png",
        "overlays/every-kind.png",
        "overlays/sub/second.png",
    ]
    assert report.written["overlays"] == 2
    assert report.written["objects"] == 7  # 6 of every kind + 1 box
    assert report.written["contact_sheets"] == 1
    [skipped] = report.skipped
    assert (skipped.reason, skipped.tool) == (SkipReason.UNSUPPORTED_TOOL, "ner")
    with Image.open(out / "overlays" / "every-kind.png") as picture:
        assert picture.size == (400, 300)
        assert picture.convert("RGB").getpixel((20, 50)) == ORANGE
    classes = json.loads((out / "classes.json").read_text())
    assert [entry["name"] for entry in classes][:2] == ["Car", "Sign"]


def test_a_missing_image_stops_the_conversion_naming_it(tmp_path: Path) -> None:
    records = [every_kind(), record("absent.jpg", [box(1, 1, 5, 5)])]
    folder = images_for(tmp_path / "images", records[0])
    with pytest.raises(MissingImageError, match=r"cannot get the image of 'absent.jpg'") as caught:
        to_overlays(records, tmp_path / "out", label_set=COLOURED, image_dir=folder)
    assert caught.value.external_id == "absent.jpg"
    assert list((tmp_path / "out").iterdir()) == []  # nothing written
    report = to_overlays(
        records, tmp_path / "out", label_set=COLOURED, image_dir=folder, on_missing_image="skip"
    )
    assert report.written["overlays"] == 1
    assert [
        (item.reason, item.external_id) for item in report.skipped if item.reason == SkipReason.NO_IMAGE
    ] == [(SkipReason.NO_IMAGE, "absent.jpg")]
    assert not (tmp_path / "out" / "overlays" / "absent.png").exists()


def test_an_undecodable_image_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "bad.jpg").write_bytes(b"GIF89a but not really")
    with pytest.raises(MissingImageError, match=r"'bad.jpg' \(.*bad.jpg\): not an image Pillow can decode"):
        to_overlays([record("bad.jpg", [])], tmp_path / "out", label_set=COLOURED, image_dir=folder)


def test_the_images_must_come_from_somewhere(tmp_path: Path) -> None:
    with pytest.raises(ConversionError, match="give image_dir"):
        to_overlays([every_kind()], tmp_path / "out", label_set=COLOURED)
    policy: Any = "ignore"
    with pytest.raises(ConversionError, match="on_missing_image"):
        to_overlays([every_kind()], tmp_path / "out", label_set=COLOURED, fetch=True, on_missing_image=policy)
    assert not (tmp_path / "out").exists()


def test_without_pillow_the_extra_is_named_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "PIL" else real(name, *a)
    )
    with pytest.raises(MissingExtraError, match=r"pip install 'ango-hub\[masks\]'"):
        to_overlays([every_kind()], tmp_path / "out", label_set=COLOURED, fetch=True)
    with pytest.raises(MissingExtraError):
        render(every_kind(), white())
    assert not (tmp_path / "out").exists()


# --- fetching ----------------------------------------------------------------------------------


class ImageHost:
    """A host of images for the fetch tests: it records the headers of every request."""

    def __init__(self) -> None:
        self.headers: list[dict[str, str]] = []
        buffer = io.BytesIO()
        white().save(buffer, format="PNG")
        self.png = buffer.getvalue()

        async def image(request: Request) -> Response:
            self.headers.append(dict(request.headers))
            return Response(self.png, media_type="image/png")

        async def redirect(request: Request) -> Response:
            self.headers.append(dict(request.headers))
            return RedirectResponse(request.query_params["to"], status_code=302)

        async def large(request: Request) -> Response:
            return Response(b"\x89PNG" + bytes(5000), media_type="image/png")

        async def missing(request: Request) -> Response:
            return Response(status_code=404)

        self.app = Starlette(
            routes=[
                Route("/img/{name}", image),
                Route("/redirect", redirect),
                Route("/large.png", large),
                Route("/missing.png", missing),
            ]
        )


@pytest.fixture(scope="module")
def image_host() -> Iterator[tuple[str, ImageHost]]:
    host = ImageHost()
    with serve_in_thread(host.app) as base_url:
        yield base_url.removesuffix("/v2"), host


def fetched(root: str, url: str, tmp_path: Path, **options: Any) -> Any:
    item = record("fetched.jpg", [box(20, 20, 100, 60)], width=400, height=300)
    item["asset"] = url
    return to_overlays([item], tmp_path / "out", label_set=COLOURED, fetch=True, **options)


def test_fetch_sends_no_key_and_reads_the_image(
    image_host: tuple[str, ImageHost], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, host = image_host
    monkeypatch.setenv("ANGO_API_KEY", "canary-key-never-sent")
    host.headers.clear()
    report = fetched(root, f"{root}/img/a.png", tmp_path)
    assert report.written["overlays"] == 1
    [headers] = host.headers
    assert "apikey" not in headers
    assert "authorization" not in headers
    assert "canary-key-never-sent" not in json.dumps(headers)
    with Image.open(tmp_path / "out" / "overlays" / "fetched.png") as picture:
        assert picture.convert("RGB").getpixel((20, 50)) == ORANGE


def test_fetch_follows_redirects_on_the_same_host_only(
    image_host: tuple[str, ImageHost], tmp_path: Path
) -> None:
    root, _host = image_host
    same = fetched(root, f"{root}/redirect?to=/img/b.png", tmp_path / "same")
    assert same.written["overlays"] == 1
    elsewhere = httpx.URL(root).copy_with(host="localhost")
    with pytest.raises(MissingImageError, match="redirected to another host \\(localhost\\), not followed"):
        fetched(root, f"{root}/redirect?to={elsewhere}/img/c.png", tmp_path / "other")


def test_fetch_refuses_what_it_should(image_host: tuple[str, ImageHost], tmp_path: Path) -> None:
    root, _host = image_host
    with pytest.raises(MissingImageError, match=r"'fetched.jpg' \(.*/missing.png\): HTTP 404"):
        fetched(root, f"{root}/missing.png", tmp_path / "a")
    with pytest.raises(MissingImageError, match="more than the limit of 1000"):
        fetched(root, f"{root}/large.png", tmp_path / "b", max_image_bytes=1000)
    with pytest.raises(MissingImageError, match="not an http\\(s\\) URL"):
        fetched(root, "file:///etc/passwd", tmp_path / "c")
    with pytest.raises(MissingImageError, match="ConnectError"):
        fetched(root, "http://127.0.0.1:9/x.png", tmp_path / "d", timeout=2)
    skipped = fetched(root, f"{root}/missing.png", tmp_path / "e", on_missing_image="skip")
    assert [item.reason for item in skipped.skipped] == [SkipReason.NO_IMAGE]


def test_errors_never_show_a_signature_or_a_password(
    image_host: tuple[str, ImageHost], tmp_path: Path
) -> None:
    root, _host = image_host
    signed = f"{root}/missing.png?X-Amz-Signature=secret-signature-123&X-Amz-Credential=AKIA"
    with pytest.raises(MissingImageError) as caught:
        fetched(root, signed, tmp_path / "a")
    assert "/missing.png?…" in str(caught.value)
    assert "secret-signature-123" not in str(caught.value)
    with_password = root.replace("http://", "http://user:hunter2@") + "/missing.png"
    skipped = fetched(root, with_password, tmp_path / "b", on_missing_image="skip")
    assert "hunter2" not in json.dumps(skipped.to_dict())


def test_the_mock_demo_project_renders_offline(tmp_path: Path) -> None:
    """The demo's images come from the mock itself: an export turned into pictures with fetch=True."""
    from ango_hub import Client

    with (
        serve_in_thread(create_app(api_key="overlay-key", seed="demo")) as base_url,
        Client(api_key="overlay-key", base_url=base_url) as hub,
    ):
        project = next(item for item in hub.projects.list() if item.name == "Vehicle detection")
        schema = hub.projects.get(project.id).category_schema
        records = list(hub.exports.iter_records(project.id, stages=["Complete"]))[:3]
        report = to_overlays(records, tmp_path / "out", label_set=schema, fetch=True)
    assert report.written["overlays"] == 3
    for item in records:
        name = item["externalId"].replace(".jpg", ".png")
        with Image.open(tmp_path / "out" / "overlays" / name) as picture:
            assert picture.size == (1920, 1080)
            box_tool = next(tool for tool in item["task"]["tools"] if "bounding-box" in tool)["bounding-box"]
            left = picture.convert("RGB").getpixel(
                (round(box_tool["x"]) + 1, round(box_tool["y"] + box_tool["height"] / 2))
            )
            assert left == rgb("#9c27b0")  # the Vehicle tool's colour in the demo label set


# --- the README's picture and the demo ----------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_picture_can_be_drawn_again(tmp_path: Path) -> None:
    """scripts/render_overlay_demo.py draws docs/overlay-demo.png again (offline, from the mock)."""
    committed = ROOT / "docs" / "overlay-demo.png"
    assert committed.stat().st_size < 200_000
    assert "docs/overlay-demo.png" in (ROOT / "README.md").read_text(encoding="utf-8")
    out = tmp_path / "again.png"
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_overlay_demo.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    with Image.open(committed) as before, Image.open(out) as after:
        assert before.size == after.size == (960, 540)
        difference = ImageChops.difference(before.convert("RGB"), after.convert("RGB")).convert("L")
        same = sum(count for value, count in enumerate(difference.histogram()) if value < 16)
        assert same / (960 * 540) > 0.95  # fonts may differ a little between Pillow versions


def test_the_overlay_example_runs_against_the_mock(tmp_path: Path) -> None:
    """examples/overlay.py (run by ``make demo``) draws a task fetched from the mock."""
    with serve_in_thread(create_app(api_key="overlay-example-key", seed="demo", strict=True)) as base_url:
        env = {**os.environ, "ANGO_API_KEY": "overlay-example-key", "ANGO_HUB_BASE_URL": base_url}
        env.pop("ANGO_HUB_REGION", None)
        completed = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "overlay.py"), str(tmp_path / "out")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.rstrip().splitlines()[-1].startswith("Done")
    [picture] = (tmp_path / "out" / "overlays").glob("*.png")
    with Image.open(picture) as opened:
        assert opened.size == (1920, 1080)
    assert (tmp_path / "out" / "contact_sheet.png").is_file()
