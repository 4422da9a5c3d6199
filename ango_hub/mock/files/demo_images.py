"""The pictures of the demo assets, drawn by the mock and served by it: the demo works offline.

The demo seed (:mod:`ango_hub.mock.state.seed`) gives every image asset a ``data`` URL on the mock,
``<root>/mock/demo-images/<folder>/<name>.png`` (stored under
:data:`~ango_hub.mock.web.own_urls.MOCK_ORIGIN`, shown with the root a request reached the
mock at), and a :class:`~ango_hub.mock.state.DemoImage` describing the picture: a street
with its vehicles where the seed's boxes are (``Vehicle detection``, 1920 x 1080), or a
product on a plain background (``Product photos``, 1024 x 1024). The size is the asset's
``metadata`` width and height.

``GET /mock/demo-images/<folder>/<name>.png`` (no API key, like a public bucket) answers the
PNG. Pictures are drawn on first request with the standard library only (flat colour areas
in rows, ``zlib``; a 1920 x 1080 street is about 20 kB and takes tens of milliseconds) and
the last :data:`CACHED_IMAGES` are kept; the same description always gives the same bytes.
Paths the seed did not describe answer 404.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random
import struct
import zlib
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..state import DemoImage, MockState
from ..web.errors import error_body
from ..web.own_urls import DEMO_IMAGES_PREFIX, own_url

__all__ = [
    "CACHED_IMAGES",
    "DEMO_IMAGE_ROUTE",
    "demo_image_endpoint",
    "demo_image_path",
    "demo_image_url",
    "encode_png",
    "render_demo_image",
]

#: The route (a Starlette template) of the demo images.
DEMO_IMAGE_ROUTE = DEMO_IMAGES_PREFIX + "{path:path}"
#: How many drawn pictures are kept in memory (a street is about 20 kB; the demo has 130).
CACHED_IMAGES = 160

Rgb = tuple[int, int, int]
#: A colour, or None: the background of the row (to cut a hole in a shape).
Paint = Rgb | None


def demo_image_path(folder: str, name: str) -> str:
    """The path on the mock of a demo image: ``/mock/demo-images/<folder>/<name>``."""
    return f"{DEMO_IMAGES_PREFIX}{folder}/{name}"


def demo_image_url(folder: str, name: str) -> str:
    """The stored ``data`` URL of a demo image (see :mod:`ango_hub.mock.web.own_urls`)."""
    return own_url(demo_image_path(folder, name))


# -- PNG ------------------------------------------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_png(width: int, height: int, rows: Iterable[bytes]) -> bytes:
    """An 8-bit RGB PNG of ``rows`` (``height`` rows of ``3 * width`` bytes each).

    A row equal to the one before it is written with PNG's ``Up`` filter (all zeros), any
    other unfiltered: flat colour areas then compress to very little.
    """
    if width < 1 or height < 1:
        raise ValueError(f"a PNG needs a positive size, got {width} x {height}")
    stride = 3 * width
    compressor = zlib.compressobj(9)
    parts: list[bytes] = []
    zeros = b"\x02" + bytes(stride)
    previous: bytes | None = None
    count = 0
    for row in rows:
        if len(row) != stride:
            raise ValueError(f"row {count} has {len(row)} bytes, expected {stride}")
        parts.append(compressor.compress(zeros if row == previous else b"\x00" + row))
        previous = row
        count += 1
    if count != height:
        raise ValueError(f"{count} rows for a height of {height}")
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


# -- shapes, painted row by row -------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """A filled rectangle, ellipse or polygon, in pixels (``paint`` None: the background)."""

    kind: str
    points: tuple[tuple[float, float], ...]
    paint: Paint

    def spans(self, y: float) -> Iterator[tuple[float, float]]:
        """The horizontal spans ``[x0, x1)`` the shape covers on the row whose centre is ``y``."""
        if self.kind == "rect":
            (x0, y0), (x1, y1) = self.points
            if y0 <= y < y1:
                yield x0, x1
        elif self.kind == "ellipse":
            (cx, cy), (rx, ry) = self.points
            dy = (y - cy) / ry
            if -1 < dy < 1:
                half = rx * math.sqrt(1 - dy * dy)
                yield cx - half, cx + half
        else:
            crossings = []
            points = self.points
            for index, (ax, ay) in enumerate(points):
                bx, by = points[index - 1]
                if (ay <= y) != (by <= y):
                    crossings.append(ax + (y - ay) * (bx - ax) / (by - ay))
            crossings.sort()
            yield from zip(crossings[::2], crossings[1::2], strict=False)


def _rect(x0: float, y0: float, x1: float, y1: float, paint: Paint) -> _Shape:
    return _Shape("rect", ((x0, y0), (x1, y1)), paint)


def _ellipse(cx: float, cy: float, rx: float, ry: float, paint: Paint) -> _Shape:
    return _Shape("ellipse", ((cx, cy), (max(rx, 0.5), max(ry, 0.5))), paint)


def _polygon(points: Sequence[tuple[float, float]], paint: Paint) -> _Shape:
    return _Shape("polygon", tuple(points), paint)


def _mix(top: Rgb, bottom: Rgb, t: float) -> Rgb:
    r, g, b = (round(a + (z - a) * t) for a, z in zip(top, bottom, strict=True))
    return r, g, b


def _paint_rows(
    width: int, height: int, background: Callable[[int], Rgb], shapes: Sequence[_Shape]
) -> Iterator[bytes]:
    """The rows of a picture: each row's background, then the shapes in order."""
    for y in range(height):
        back = bytes(background(y)) * width
        row = bytearray(back)
        centre = y + 0.5
        for shape in shapes:
            for left, right in shape.spans(centre):
                x0, x1 = max(0, round(left)), min(width, round(right))
                if x1 <= x0:
                    continue
                if shape.paint is None:
                    row[3 * x0 : 3 * x1] = back[3 * x0 : 3 * x1]
                else:
                    row[3 * x0 : 3 * x1] = bytes(shape.paint) * (x1 - x0)
        yield bytes(row)


def _gradient(stops: Sequence[tuple[float, Rgb]], height: int, band: int = 6) -> Callable[[int], Rgb]:
    """A vertical gradient through ``(fraction of the height, colour)`` stops, in bands of
    ``band`` rows (equal rows compress to nothing)."""

    def colour(y: int) -> Rgb:
        t = (y - y % band) / max(height - 1, 1)
        for (t0, c0), (t1, c1) in itertools.pairwise(stops):
            if t <= t1:
                return _mix(c0, c1, 0 if t1 == t0 else max(0.0, (t - t0) / (t1 - t0)))
        return stops[-1][1]

    return colour


# -- the scenes -----------------------------------------------------------------------------

_CAR_COLOURS: tuple[Rgb, ...] = ((196, 40, 40), (34, 86, 170), (225, 225, 228), (44, 44, 48), (236, 178, 32))
_WINDOW: Rgb = (166, 204, 232)
#: Where the sky meets the ground, as a fraction of the height (the demo's road polygon
#: ``[[0, 1080], [760, 560], [1160, 560], [1920, 1080]]`` is the road of the picture).
_HORIZON = 560 / 1080
_TYRE: Rgb = (28, 28, 30)


def _vehicle(x: float, y: float, w: float, h: float, kind: int, colour: Rgb) -> list[_Shape]:
    """A vehicle filling the box ``(x, y, w, h)`` from edge to edge (its wheels touch the bottom)."""
    shapes: list[_Shape]
    if kind == 1:  # truck: a container and a cab
        shapes = [
            _rect(x, y, x + 0.68 * w, y + 0.8 * h, (206, 206, 212)),
            _rect(x + 0.7 * w, y + 0.28 * h, x + w, y + 0.8 * h, (232, 120, 30)),
            _rect(x + 0.76 * w, y + 0.34 * h, x + 0.95 * w, y + 0.52 * h, _WINDOW),
        ]
    elif kind == 2:  # bus: one long body with a strip of windows
        shapes = [
            _rect(x, y, x + w, y + 0.82 * h, (238, 184, 24)),
            _rect(x + 0.05 * w, y + 0.12 * h, x + 0.95 * w, y + 0.42 * h, _WINDOW),
        ]
    else:  # car: a body and a cabin
        shapes = [
            _polygon(
                [
                    (x + 0.18 * w, y + 0.4 * h),
                    (x + 0.3 * w, y),
                    (x + 0.7 * w, y),
                    (x + 0.84 * w, y + 0.4 * h),
                ],
                colour,
            ),
            _polygon(
                [
                    (x + 0.25 * w, y + 0.38 * h),
                    (x + 0.34 * w, y + 0.08 * h),
                    (x + 0.66 * w, y + 0.08 * h),
                    (x + 0.76 * w, y + 0.38 * h),
                ],
                _WINDOW,
            ),
            _rect(x, y + 0.38 * h, x + w, y + 0.82 * h, colour),
        ]
    for centre in (0.22, 0.78):
        shapes.append(_ellipse(x + centre * w, y + 0.82 * h, 0.12 * w, 0.18 * h, _TYRE))
    return shapes


def _street(image: DemoImage) -> Iterator[bytes]:
    width, height = image.width, image.height
    horizon = _HORIZON * height
    rng = random.Random(f"street-{image.seed}")
    background = _gradient(
        [
            (0.0, (92, 146, 212)),
            (_HORIZON, (198, 218, 238)),
            (_HORIZON + 1e-6, (112, 138, 88)),
            (1.0, (74, 100, 60)),
        ],
        height,
    )
    shapes: list[_Shape] = []
    if image.variant == 0:  # city: buildings along the horizon
        x = -rng.uniform(0, 60) * width / 1920
        while x < width:
            w = rng.uniform(90, 220) * width / 1920
            top = horizon - rng.uniform(80, 380) * height / 1080
            grey = rng.randint(120, 190)
            shapes.append(_rect(x, top, x + w - 6 * width / 1920, horizon + 1, (grey, grey - 6, grey - 14)))
            for row in range(int((horizon - top) // (44 * height / 1080))):
                wy = top + (16 + 44 * row) * height / 1080
                shapes.append(_rect(x + 0.15 * w, wy, x + 0.8 * w, wy + 18 * height / 1080, (232, 214, 150)))
            x += w
    else:  # highway: hills and a guard rail
        for _ in range(4):
            cx, rx = rng.uniform(0, width), rng.uniform(250, 600) * width / 1920
            ry = rng.uniform(60, 160) * height / 1080
            dome = [
                (cx + rx * math.cos(math.pi * k / 24), horizon + 1 - ry * math.sin(math.pi * k / 24))
                for k in range(25)
            ]
            shapes.append(_polygon(dome, (96, 128, 80)))
        shapes.append(_rect(0, horizon + 4, width, horizon + 10 * height / 1080, (176, 176, 180)))
    road = [
        (0.0, float(height)),
        (0.396 * width, horizon),
        (0.604 * width, horizon),
        (float(width), float(height)),
    ]
    shapes.append(_polygon(road, (86, 86, 90)))
    for step in range(8):  # dashes down the middle, larger when nearer
        t0, t1 = (step + 0.2) / 8, (step + 0.6) / 8
        y0, y1 = horizon + (height - horizon) * t0 * t0, horizon + (height - horizon) * t1 * t1
        w0, w1 = (1 + 10 * t0) * width / 1920, (1 + 10 * t1) * width / 1920
        centre = width / 2
        shapes.append(
            _polygon(
                [(centre - w0, y0), (centre + w0, y0), (centre + w1, y1), (centre - w1, y1)], (236, 236, 236)
            )
        )
    for index, (x, y, w, h, kind) in sorted(
        enumerate(image.vehicles), key=lambda item: item[1][1] + item[1][3]
    ):
        colour = _CAR_COLOURS[(image.seed + index) % len(_CAR_COLOURS)]
        shapes.extend(_vehicle(x, y, w, h, kind, colour))
    return _paint_rows(width, height, background, shapes)


_PRODUCT_COLOURS: tuple[Rgb, ...] = (
    (150, 62, 40),
    (40, 70, 130),
    (30, 30, 34),
    (190, 150, 90),
    (120, 30, 70),
)


def _product(image: DemoImage) -> Iterator[bytes]:
    width, height = image.width, image.height
    colour = _PRODUCT_COLOURS[image.seed % len(_PRODUCT_COLOURS)]
    background = _gradient([(0.0, (240, 240, 244)), (1.0, (208, 208, 216))], height)
    cx = width / 2
    shapes = [_ellipse(cx, 0.8 * height, 0.32 * width, 0.05 * height, (184, 184, 192))]
    if image.variant == 1:  # bag: a body and a handle
        shapes += [
            _ellipse(cx, 0.42 * height, 0.16 * width, 0.16 * height, colour),
            _ellipse(cx, 0.42 * height, 0.12 * width, 0.12 * height, None),
            _rect(0.28 * width, 0.44 * height, 0.72 * width, 0.79 * height, colour),
            _rect(0.28 * width, 0.54 * height, 0.72 * width, 0.56 * height, (230, 200, 120)),
        ]
    elif image.variant == 2:  # watch: a strap, a case and a face
        shapes += [
            _rect(0.44 * width, 0.12 * height, 0.56 * width, 0.8 * height, colour),
            _ellipse(cx, 0.46 * height, 0.16 * width, 0.16 * height, (200, 200, 206)),
            _ellipse(cx, 0.46 * height, 0.13 * width, 0.13 * height, (250, 250, 250)),
            _rect(cx - 0.005 * width, 0.36 * height, cx + 0.005 * width, 0.46 * height, (20, 20, 20)),
            _rect(cx, 0.455 * height, cx + 0.08 * width, 0.465 * height, (20, 20, 20)),
        ]
    else:  # shoe: a sole, an upper and a toe
        shapes += [
            _polygon(
                [
                    (0.3 * width, 0.72 * height),
                    (0.32 * width, 0.42 * height),
                    (0.48 * width, 0.42 * height),
                    (0.56 * width, 0.58 * height),
                    (0.78 * width, 0.62 * height),
                    (0.8 * width, 0.72 * height),
                ],
                colour,
            ),
            _ellipse(0.74 * width, 0.66 * height, 0.07 * width, 0.06 * height, colour),
            _rect(0.28 * width, 0.72 * height, 0.82 * width, 0.77 * height, (236, 236, 236)),
            _rect(0.34 * width, 0.44 * height, 0.46 * width, 0.47 * height, (236, 236, 236)),
        ]
    return _paint_rows(width, height, background, shapes)


_SCENES: dict[str, Callable[[DemoImage], Iterator[bytes]]] = {"street": _street, "product": _product}


@lru_cache(maxsize=CACHED_IMAGES)
def render_demo_image(image: DemoImage) -> bytes:
    """The PNG of a demo image (the same bytes for the same description)."""
    try:
        scene = _SCENES[image.scene]
    except KeyError:
        raise ValueError(f"Unknown demo scene {image.scene!r} (known: {', '.join(_SCENES)})") from None
    return encode_png(image.width, image.height, scene(image))


# -- the route ------------------------------------------------------------------------------


def demo_image_endpoint(state: MockState) -> Callable[[Request], Awaitable[Response]]:
    """``GET`` of a demo image (see the module docstring)."""

    async def endpoint(request: Request) -> Response:
        path = DEMO_IMAGES_PREFIX + request.path_params["path"]
        image = state.files.demo_image(path)
        if image is None:
            return JSONResponse(error_body(404, f"File not found: {path}"), status_code=404)
        content = await run_in_threadpool(render_demo_image, image)
        etag = f'"{hashlib.md5(content).hexdigest()}"'
        headers = {"ETag": etag, "Cache-Control": "public, max-age=86400"}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(content, media_type="image/png", headers=headers)

    return endpoint
