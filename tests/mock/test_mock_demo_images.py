"""The mock draws and serves the pictures of its demo assets: the demo works offline.

The assets' ``data`` URLs point at the mock on the port it is served on, the pictures are
PNGs of the size the assets' metadata says, the same bytes every time, with the vehicles
where the seed's boxes are; URLs given by users stay as they were.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from _responses import ok
from PIL import Image

from ango_hub.mock import MockState, create_app
from ango_hub.mock.files.demo_images import encode_png, render_demo_image
from ango_hub.mock.server import serve_in_thread
from ango_hub.mock.state import DemoImage
from ango_hub.mock.web.own_urls import MOCK_ORIGIN, public_url, served_at, stored_url

API_KEY = "test-key-demo-images"


@pytest.fixture(scope="module")
def anonymous() -> Any:
    """A client without API key (the pictures are public, like a public bucket's)."""
    with httpx.Client(timeout=10) as http:
        yield http


def root_of(base_url: str) -> str:
    return base_url.removesuffix("/v2").rstrip("/")


def project_id(client: httpx.Client, name: str) -> str:
    projects = ok(client.get("/listProjects"))["projects"]
    return str(next(project["_id"] for project in projects if project["name"] == name))


def all_assets(client: httpx.Client, project: str) -> list[dict[str, Any]]:
    return list(ok(client.get(f"/project/{project}/assets", params={"limit": 100}))["assets"])


def png_size(content: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (standard library only)."""
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", content[16:24])
    return width, height


# -- the assets' URLs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "size"), [("Vehicle detection", (1920, 1080)), ("Product photos", (1024, 1024))]
)
def test_every_image_asset_points_at_the_mock_at_its_metadata_size(
    client: httpx.Client, server: tuple[str, MockState], name: str, size: tuple[int, int]
) -> None:
    root = root_of(server[0])
    assets = all_assets(client, project_id(client, name))
    assert len(assets) in (100, 30)
    for asset in assets:
        assert asset["data"].startswith(f"{root}/mock/demo-images/"), asset["data"]
        assert asset["data"].endswith(".png")
        assert (asset["metadata"]["width"], asset["metadata"]["height"]) == size
        image = server[1].files.demo_image(urlsplit(asset["data"]).path)
        assert image is not None
        assert (image.width, image.height) == size


def test_pictures_are_served_without_key_as_pngs_of_the_asset_size(
    client: httpx.Client, anonymous: httpx.Client
) -> None:
    for name in ("Vehicle detection", "Product photos"):
        for asset in all_assets(client, project_id(client, name))[:3]:
            response = anonymous.get(asset["data"])
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "image/png"
            assert png_size(response.content) == (asset["metadata"]["width"], asset["metadata"]["height"])
            with Image.open(io.BytesIO(response.content)) as picture:
                picture.load()
                assert picture.size == png_size(response.content)
                assert picture.mode == "RGB"
            assert len(response.content) < 60_000  # flat colour areas: tens of kB at most
            again = anonymous.get(asset["data"], headers={"If-None-Match": response.headers["etag"]})
            assert again.status_code == 304


def test_task_views_and_exports_point_at_the_mock(
    client: httpx.Client, anonymous: httpx.Client, server: tuple[str, MockState]
) -> None:
    root = root_of(server[0])
    vehicles = project_id(client, "Vehicle detection")
    task = ok(client.get(f"/project/{vehicles}/tasks", params={"limit": 1}))["tasks"][0]
    assert task["asset"]["data"].startswith(f"{root}/mock/demo-images/vehicles/")
    export = ok(client.get("/export", params={"project": vehicles, "format": "ndjson"}))
    archive = anonymous.get(export["exportPath"])
    with zipfile.ZipFile(io.BytesIO(archive.content)) as bundle:
        first = bundle.read(bundle.namelist()[0]).decode().splitlines()[0]
    record = json.loads(first)
    assert record["asset"].startswith(f"{root}/mock/demo-images/vehicles/")
    assert anonymous.get(record["asset"]).status_code == 200


def test_the_url_follows_the_host_the_mock_is_reached_at() -> None:
    """The store keeps one form; each request sees the root it used (its port, its host name)."""
    app = create_app(api_key=API_KEY, seed="demo")
    shown = []
    for _ in range(2):
        with (
            serve_in_thread(app) as base_url,
            httpx.Client(base_url=base_url, headers={"apikey": API_KEY}) as http,
        ):
            products = project_id(http, "Product photos")
            data = ok(http.get(f"/project/{products}/assets"))["assets"][0]["data"]
            assert data == f"{root_of(base_url)}/mock/demo-images/products/product-0001.png"
            assert http.get(data).status_code == 200
            shown.append(data)
            port = urlsplit(base_url).port
            renamed = http.get(f"/project/{products}/assets", headers={"host": f"labels.example.test:{port}"})
            assert ok(renamed)["assets"][0]["data"].startswith(f"http://labels.example.test:{port}/mock/")
    assert shown[0] != shown[1]  # two ports
    stored = next(iter(app.state.mock.assets.list(products)))["data"]
    assert stored == f"{MOCK_ORIGIN}/mock/demo-images/products/product-0001.png"


def test_own_urls_round_trip() -> None:
    own = f"{MOCK_ORIGIN}/mock/demo-images/vehicles/street-0001.png"
    assert public_url(own) == own  # outside a request: the stored form
    with served_at("http://127.0.0.1:8123/"):
        shown = public_url(own)
        assert public_url("https://bucket.example/street.png") == "https://bucket.example/street.png"
    assert shown == "http://127.0.0.1:8123/mock/demo-images/vehicles/street-0001.png"
    assert stored_url(shown + "?x=1") == own
    assert stored_url("http://localhost:9/mock/demo-images/vehicles/street-0001.png") == own
    assert stored_url("https://bucket.example/street.png") == "https://bucket.example/street.png"
    assert stored_url("a sentence, the data of a text asset") == "a sentence, the data of a text asset"


# -- the pictures -----------------------------------------------------------------------------


def test_pictures_are_deterministic_across_organizations(server: tuple[str, MockState]) -> None:
    other = create_app(api_key=API_KEY, seed="demo").state.mock
    for path in ("/mock/demo-images/vehicles/street-0007.png", "/mock/demo-images/products/product-0002.png"):
        mine, theirs = server[1].files.demo_image(path), other.files.demo_image(path)
        assert mine is not None
        assert mine == theirs
        render_demo_image.cache_clear()
        first = render_demo_image(mine)
        render_demo_image.cache_clear()
        assert render_demo_image(theirs) == first


def test_vehicles_are_drawn_where_the_labels_are(client: httpx.Client, anonymous: httpx.Client) -> None:
    """A labeled street shows its vehicles inside the boxes: a tyre near the bottom of each box."""
    vehicles = project_id(client, "Vehicle detection")
    export = ok(
        client.get(
            "/export", params={"project": vehicles, "format": "ndjson", "stage": json.dumps(["Complete"])}
        )
    )
    with zipfile.ZipFile(io.BytesIO(anonymous.get(export["exportPath"]).content)) as bundle:
        records = [json.loads(line) for line in bundle.read(bundle.namelist()[0]).decode().splitlines()]
    checked = 0
    for record in records[:4]:
        with Image.open(io.BytesIO(anonymous.get(record["asset"]).content)) as picture:
            rgb = picture.convert("RGB")
        boxes = [tool["bounding-box"] for tool in record["task"]["tools"] if "bounding-box" in tool]
        for box in boxes:
            # The front tyre, inside the box (unless another box covers the spot).
            x, y = box["x"] + 0.22 * box["width"], box["y"] + 0.9 * box["height"]
            covered = any(
                other["x"] <= x <= other["x"] + other["width"]
                and other["y"] <= y <= other["y"] + other["height"]
                for other in boxes
                if other is not box
            )
            if not covered:
                pixel = rgb.getpixel((round(x), round(y)))
                assert isinstance(pixel, tuple)
                assert max(pixel) < 60, (record["externalId"], box, pixel)
                checked += 1
    assert checked


def test_unknown_pictures_answer_404(anonymous: httpx.Client, server: tuple[str, MockState]) -> None:
    root = root_of(server[0])
    assert anonymous.get(f"{root}/mock/demo-images/vehicles/street-9999.png").status_code == 404
    assert anonymous.get(f"{root}/mock/demo-images/vehicles/street-0001.jpg").status_code == 404


def test_encode_png_is_a_valid_png() -> None:
    width, height = 5, 4
    rows = [b"".join(bytes((x * 40, y * 60, 90)) for x in range(width)) for y in range(height)]
    rows[2] = rows[1]  # an equal row is written with the Up filter
    content = encode_png(width, height, rows)
    with Image.open(io.BytesIO(content)) as picture:
        assert picture.size == (width, height)
        assert picture.getpixel((3, 2)) == (120, 60, 90)
        assert picture.getpixel((4, 3)) == (160, 180, 90)
    # Decoded with the standard library alone, too.
    idat = content[content.index(b"IDAT") + 4 : content.index(b"IEND") - 8]
    raw = zlib.decompress(idat)
    assert len(raw) == height * (1 + 3 * width)
    assert raw[2 * (1 + 3 * width)] == 2  # the Up filter
    with pytest.raises(ValueError, match="row 0 has"):
        encode_png(width, height, [b"x"])
    with pytest.raises(ValueError, match="positive size"):
        encode_png(0, 1, [])


def test_an_unknown_scene_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown demo scene 'moon'"):
        render_demo_image(DemoImage("moon", 4, 4))


# -- what clients send back -------------------------------------------------------------------


def test_signed_url_of_a_picture_is_its_address(client: httpx.Client, anonymous: httpx.Client) -> None:
    vehicles = project_id(client, "Vehicle detection")
    asset = all_assets(client, vehicles)[0]
    params = {"name": asset["data"], "project": vehicles, "type": "assets"}
    assert ok(client.get("/getSignedUrl", params=params))["signedUrl"] == asset["data"]
    same = ok(client.get("/getSignedUrl", params={**params, "storageId": asset["storage"]}))
    assert anonymous.get(same["signedUrl"]).status_code == 200
    storages = ok(client.get("/storages"))["storages"]
    other = next(storage["_id"] for storage in storages if storage["_id"] != asset["storage"])
    assert client.get("/getSignedUrl", params={**params, "storageId": other}).status_code == 404
    products = project_id(client, "Product photos")
    assert client.get("/getSignedUrl", params={**params, "project": products}).status_code == 404


def test_label_import_by_data_finds_the_picture(client: httpx.Client, server: tuple[str, MockState]) -> None:
    products = project_id(client, "Product photos")
    asset = all_assets(client, products)[5]
    label = {"data": asset["data"], "objects": [], "classifications": [], "relations": []}
    imported = ok(client.post("/import/labels", json={"project": products, "jsonContent": [label]}))
    assert imported == {"imported": 1}


def test_user_added_remote_urls_stay_as_they_are(client: httpx.Client) -> None:
    project = ok(client.post("/project", json={"name": "Remote images"}))["project"]["_id"]
    remote = "https://images.example.com/street/cat.jpg"
    ok(client.post(f"/project/{project}/cloud", json={"assets": [{"data": remote, "externalId": "cat.jpg"}]}))
    assert [asset["data"] for asset in all_assets(client, project)] == [remote]
