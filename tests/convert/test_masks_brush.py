"""Brush masks as arrays: ``encode_brush``/``decode_brush`` (PNG) and the medical NRRD twins.

The PNGs are checked with Pillow's own pixels (the test reads them, not the decoder), and
PNGs made here by hand (as Ango Hub's import page describes them, or as the official SDK's
``upload_brush_array`` writes them) are decoded. The NRRD volumes are read back with a
reader of the test's own (the official SDK's way: header lines, a blank line, gzip data).
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray
from PIL import Image

from ango_hub.convert import ClassMap, ConversionError, MissingExtraError
from ango_hub.convert.masks._brush import BrushColorError, BrushMasks, decode_brush, encode_brush
from ango_hub.convert.masks._medical import decode_medical_brush, encode_medical_brush
from ango_hub.label_set import LabelSet, Tool

RED, BLUE, GREEN = "#f44336", "#2196f3", "#4caf50"


def label_set() -> LabelSet:
    return (
        LabelSet()
        .tool("Road", Tool.BRUSH, color=RED, schema_id="road")
        .tool("Sign", Tool.BOUNDING_BOX, schema_id="sign")
        .tool("Car", Tool.BRUSH, color=BLUE, schema_id="car")
        .tool("Tree", Tool.BRUSH, color=GREEN, schema_id="tree")
    )


def rgb(color: str) -> tuple[int, int, int]:
    value = int(color[1:], 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def blank(height: int = 6, width: int = 8) -> NDArray[np.bool_]:
    return np.zeros((height, width), dtype=bool)


def road_and_car() -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    road, car = blank(), blank()
    road[0, 0:5] = True
    road[1, 2] = True
    car[4:6, 6:8] = True
    return road, car


def png_of(pixels: NDArray[np.uint8]) -> bytes:
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PNG")
    return out.getvalue()


def pixels(png: bytes) -> tuple[str, NDArray[np.uint8]]:
    with Image.open(io.BytesIO(png)) as image:
        return image.mode, np.asarray(image)


# --- encoding ---------------------------------------------------------------------------------


def test_each_class_is_painted_opaque_in_its_colour_on_a_transparent_background() -> None:
    road, car = road_and_car()
    png = encode_brush({"Road": road, "car": car}, label_set())  # a title, and a schemaId
    mode, image = pixels(png)
    assert mode == "RGBA"
    assert image.shape == (6, 8, 4)
    assert tuple(image[0, 0]) == (*rgb(RED), 255)
    assert tuple(image[1, 2]) == (*rgb(RED), 255)
    assert tuple(image[5, 7]) == (*rgb(BLUE), 255)
    assert tuple(image[3, 3]) == (255, 255, 255, 0)  # the import page's background
    opaque = image[..., 3] == 255
    assert np.array_equal(opaque, road | car)
    assert int((image[..., :3] == rgb(RED)).all(axis=2).sum()) == int(road.sum()) == 6


def test_round_trip_per_class_and_as_class_ids() -> None:
    road, car = road_and_car()
    masks = decode_brush(encode_brush({"Road": road, "Car": car}, label_set()), label_set())
    assert isinstance(masks, BrushMasks)
    assert list(masks) == ["road", "car"]  # schemaIds, in the label set's order
    assert np.array_equal(masks["road"], road)
    assert np.array_equal(masks["car"], car)
    assert masks.shape == (6, 8)
    assert set(masks.by_name()) == {"Road", "Car"}
    ids = masks.class_ids()  # the label set's ClassMap: Road 1, Sign 2, Car 3, Tree 4
    assert ids.dtype == np.uint8
    assert sorted(np.unique(ids).tolist()) == [0, 1, 3]
    assert np.array_equal(ids == 1, road)
    assert np.array_equal(ids == 3, car)
    assert "Road" in repr(masks)
    assert "6 px" in repr(masks)


def test_one_class_id_array_is_painted_with_the_class_map() -> None:
    ids = np.zeros((4, 5), dtype=np.uint8)
    ids[0, :2] = 1  # Road
    ids[3, 4] = 4  # Tree
    png = encode_brush(ids, label_set())
    back = decode_brush(png, label_set())
    assert np.array_equal(back.class_ids(), ids)
    # A saved classes.json counted from 0 (first_id=0 for the ids would make 0 a class: refused).
    saved = ClassMap.from_list(
        [{"id": 0, "name": "Tree", "schemaId": "tree"}, {"id": 1, "name": "Road", "schemaId": "road"}]
    )
    theirs = np.where(ids == 4, 1, np.where(ids == 1, 2, 0)).astype(np.int32)
    assert decode_brush(encode_brush(theirs, label_set(), class_map=saved), label_set()) == back
    assert np.array_equal(back.class_ids(saved, first_id=1), theirs)
    with pytest.raises(ValueError, match="first_id"):
        encode_brush(ids, label_set(), first_id=0)


def test_overlapping_classes_are_refused_unless_an_order_is_given() -> None:
    road, car = road_and_car()
    car[0, 3:6] = True  # two pixels over the road
    with pytest.raises(ConversionError, match=r"'Road' and 'Car' overlap on 2 pixel\(s\), first at x=3, y=0"):
        encode_brush({"Road": road, "Car": car}, label_set())
    on_top = decode_brush(
        encode_brush({"Road": road, "Car": car}, label_set(), order=["Road", "Car"]), label_set()
    )
    assert np.array_equal(on_top["car"], car)
    assert np.array_equal(on_top["road"], road & ~car)
    below = decode_brush(
        encode_brush({"Road": road, "Car": car}, label_set(), order=["car", "road"]), label_set()
    )
    assert np.array_equal(below["road"], road)
    assert np.array_equal(below["car"], car & ~road)
    with pytest.raises(ConversionError, match=r"order must name every class.*'Car'"):
        encode_brush({"Road": road, "Car": car}, label_set(), order=["Road"])


@pytest.mark.parametrize(
    ("masks", "error", "message"),
    [
        ({"Road": np.zeros((2, 3, 4), bool)}, ConversionError, r"shape \(2, 3, 4\): expected a 2-D"),
        ({"Road": np.ones((2, 3), np.float32)}, ConversionError, "dtype float32: give a boolean array"),
        ({"Road": np.array([[0, 1], [2, 0]])}, ConversionError, "holds 2 at x=0, y=1"),
        ({"Road": blank(), "Car": blank(5, 8)}, ConversionError, r"differ in shape: \(6, 8\) and \(5, 8\)"),
        ({"Road": blank()}, ConversionError, "'Road' has no pixels"),
        ({}, ConversionError, "no masks given"),
        (
            {"Sign": blank() | True},
            ConversionError,
            "'Sign' is a bounding-box tool of the label set, not a brush",
        ),
        ({"Boat": blank() | True}, ConversionError, "no brush tool .* 'Boat' .*'Road' #f44336"),
        ({"Road": blank() | True, "road": blank() | True}, ConversionError, "given twice"),
        ({3: blank()}, TypeError, "schemaId or title"),
        ({"Road": "mask"}, TypeError, "must be an array"),
        (np.ones((3, 3), bool), ConversionError, "dtype bool: one array is read as class ids"),
        (np.ones((3, 3), np.float64), ConversionError, "dtype float64"),
        (np.full((2, 2), -1), ConversionError, "class id -1 at x=0, y=0"),
        (
            np.full((2, 2), 9),
            ConversionError,
            r"class id 9 \(4 pixel\(s\), first at x=0, y=0\) is not in the class map",
        ),
        (np.full((2, 2), 2), ConversionError, "'Sign' .* a bounding-box tool, not a brush tool"),
        (np.zeros((2, 2), np.uint8), ConversionError, "has no pixels"),
        (np.zeros((0, 4), np.uint8), ConversionError, "at least one pixel"),
        ("road.png", TypeError, "must be an array"),
    ],
)
def test_bad_input_is_refused_naming_what_and_where(masks: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        encode_brush(masks, label_set())


def test_empty_masks_are_left_out_when_allowed_and_the_size_is_checked() -> None:
    road, _car = road_and_car()
    png = encode_brush({"Road": road, "Car": blank()}, label_set(), allow_empty=True, size=(8, 6))
    assert list(decode_brush(png, label_set())) == ["road"]
    with pytest.raises(ConversionError, match=r"8x6 \(width x height\) but the image is 6x8"):
        encode_brush({"Road": road}, label_set(), size=(6, 8))
    with pytest.raises(ValueError, match="size must be"):
        encode_brush({"Road": road}, label_set(), size=(8, 0))


def test_two_brush_tools_sharing_a_colour_cannot_be_painted_or_read() -> None:
    shared = LabelSet().tool("Road", Tool.BRUSH, color=RED).tool("Lane", Tool.BRUSH, color=RED.upper())
    road, car = road_and_car()
    with pytest.raises(ConversionError, match=r"'Road' .* and 'Lane' .* have the same colour #f44336"):
        encode_brush({"Road": road}, shared)
    png = encode_brush({"Road": road}, LabelSet().tool("Road", Tool.BRUSH, color=RED))
    with pytest.raises(ConversionError, match=r"6 pixel.* of #f44336, first at x=0, y=0, the colour of both"):
        decode_brush(png, shared)
    # A PNG without that colour reads fine.
    empty = encode_brush({"Road": blank()}, label_set(), allow_empty=True)
    assert decode_brush(empty, shared) == BrushMasks({}, shape=(6, 8))
    assert car.any()


def test_a_brush_tool_without_a_colour_cannot_be_painted() -> None:
    raw = {"tools": [{"schemaId": "road", "title": "Road", "tool": "brush", "color": None}]}
    with pytest.raises(ConversionError, match="has no #rrggbb colour"):
        encode_brush({"Road": blank() | True}, raw)


# --- decoding PNGs made elsewhere -------------------------------------------------------------


def hand_made() -> NDArray[np.uint8]:
    """A brush PNG as the import page describes it: white transparent background, two classes."""
    image = np.zeros((5, 7, 4), dtype=np.uint8)
    image[...] = (255, 255, 255, 0)
    image[1, 1:4] = (*rgb(RED), 255)
    image[3, 5] = (*rgb(BLUE), 255)
    return image


def test_a_hand_made_png_is_read_and_transparent_pixels_are_background_whatever_their_rgb() -> None:
    image = hand_made()
    image[0, 0] = (1, 2, 3, 0)  # any RGB under alpha 0
    image[4, 6] = (*rgb(GREEN), 40)  # partly transparent: painted
    masks = decode_brush(png_of(image), label_set())
    assert {key: int(mask.sum()) for key, mask in masks.items()} == {"road": 3, "car": 1, "tree": 1}
    assert masks["road"][1, 1:4].all()
    assert masks["car"][3, 5]
    assert masks["tree"][4, 6]


def test_a_colour_no_class_has_is_named_with_its_count_and_first_pixel(tmp_path: Path) -> None:
    image = hand_made()
    image[2, 4:6] = (0x12, 0x34, 0x56, 255)
    image[4, 0] = (0x12, 0x34, 0x56, 255)
    image[0, 6] = (0, 0, 1, 255)
    path = tmp_path / "mask.png"
    path.write_bytes(png_of(image))
    with pytest.raises(BrushColorError) as info:
        decode_brush(path, label_set())
    message = str(info.value)
    assert "2 colour(s) no brush class" in message
    assert "#123456 (3 pixels, first at x=4, y=2)" in message
    assert "#000001 (1 pixel, first at x=6, y=0)" in message
    assert "'Road' #f44336, 'Car' #2196f3, 'Tree' #4caf50" in message
    assert [value.value for value in info.value.unknown] == ["#123456", "#000001"]
    assert isinstance(info.value, ValueError)


def test_the_sdk_upload_brush_array_white_mask_is_not_a_class() -> None:
    """The official SDK paints every class white (``upload_brush_array``): the point of this module."""
    mask = np.array([[0, 1, 1], [0, 1, 0]])
    data = np.where(mask > 0, 255, 0).astype("uint8")
    rgba = np.concatenate([np.stack([data] * 3, axis=-1), data[..., None]], axis=-1)
    with pytest.raises(BrushColorError, match=r"#ffffff \(3 pixels, first at x=1, y=0\)"):
        decode_brush(png_of(rgba), label_set())


def test_an_opaque_png_has_a_background_colour_and_is_refused() -> None:
    image = np.zeros((3, 3, 3), dtype=np.uint8)
    image[1, 1] = rgb(RED)
    with pytest.raises(BrushColorError, match=r"#000000 \(8 pixels, first at x=0, y=0\).*alpha 0"):
        decode_brush(png_of(image), label_set())


def test_tolerance_takes_the_nearest_class_within_it() -> None:
    image = hand_made()
    red = rgb(RED)
    image[0, 0] = (red[0] - 3, red[1] + 2, red[2], 255)  # an antialiased edge
    with pytest.raises(BrushColorError):
        decode_brush(png_of(image), label_set())
    masks = decode_brush(png_of(image), label_set(), tolerance=3)
    assert masks["road"][0, 0]
    assert int(masks["road"].sum()) == 4
    assert int(masks["car"].sum()) == 1
    with pytest.raises(BrushColorError, match="1 colour"):
        decode_brush(png_of(image), label_set(), tolerance=2)
    with pytest.raises(ValueError, match="tolerance"):
        decode_brush(png_of(image), label_set(), tolerance=256)


def test_input_that_is_not_a_png() -> None:
    jpeg = io.BytesIO()
    Image.new("RGB", (4, 4)).save(jpeg, format="JPEG")
    with pytest.raises(ConversionError, match="a JPEG image, not a PNG"):
        decode_brush(jpeg.getvalue(), label_set())
    with pytest.raises(ConversionError, match="not a readable PNG"):
        decode_brush(b"\x89PNG\r\n\x1a\nnot really", label_set())
    with pytest.raises(ConversionError, match="cannot read the brush PNG"):
        decode_brush("no/such/file.png", label_set())
    with pytest.raises(TypeError, match="bytes or the path"):
        decode_brush(123, label_set())  # type: ignore[arg-type]


def test_brush_masks_by_name_and_class_ids_errors() -> None:
    twins = LabelSet().tool("Road", Tool.BRUSH, color=RED).tool("Road", Tool.BRUSH, color=BLUE, schema_id="x")
    image = hand_made()
    masks = decode_brush(png_of(image), twins)
    with pytest.raises(ConversionError, match="two brush classes are titled 'Road'"):
        masks.by_name()
    with pytest.raises(ConversionError, match="not in the class map"):
        masks.class_ids(ClassMap.from_list([{"id": 1, "name": "Other", "schemaId": "other"}]))
    with pytest.raises(ConversionError, match="2 brush tools of the label set are titled 'Road'"):
        encode_brush({"Road": blank() | True}, twins)
    assert masks.class_ids().dtype == np.uint8


def test_missing_extra_is_named_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "PIL" else real(name, *a)
    )
    with pytest.raises(MissingExtraError, match=r"pip install 'ango-hub\[masks\]'"):
        encode_brush({"Road": blank()}, label_set())
    with pytest.raises(MissingExtraError, match="decode_brush needs PIL"):
        decode_brush(b"", label_set())
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "nrrd" else real(name, *a)
    )
    with pytest.raises(MissingExtraError, match=r"pip install 'ango-hub\[medical\]'"):
        decode_medical_brush(b"", medical_label_set())


# --- medical brushes (NRRD) -------------------------------------------------------------------


def medical_label_set() -> LabelSet:
    return (
        LabelSet()
        .tool("Liver", Tool.MEDICAL_BRUSH, schema_id="1", color=RED)
        .tool("Tumor", Tool.MEDICAL_BRUSH, schema_id="2", color=BLUE)
        .tool("Vessel", Tool.MEDICAL_BRUSH, schema_id="7")
    )


def read_nrrd(data: bytes) -> tuple[dict[str, str], NDArray[np.uint8]]:
    """The test's own reader, as the official SDK's merge reads a brush NRRD."""
    header, _sep, body = data.partition(b"\n\n")
    lines = header.decode().splitlines()
    assert lines[0].startswith("NRRD")
    fields = {}
    for line in lines[1:]:
        if line.startswith("#"):
            continue
        key, _colon, value = line.partition(":")
        fields[key.strip()] = value.lstrip("=").strip()
    assert fields["encoding"] == "gzip"
    assert fields["dimension"] == "3"
    x, y, z = (int(side) for side in fields["sizes"].split())
    dtype = {"uint8": np.uint8, "unsigned char": np.uint8, "uint16": np.uint16}[fields["type"]]
    return fields, np.frombuffer(gzip.decompress(body), dtype=dtype).reshape(z, y, x)


def volumes() -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    liver = np.zeros((3, 4, 5), dtype=bool)
    tumor = np.zeros((3, 4, 5), dtype=bool)
    liver[0, 1, 1:4] = True
    liver[1, 1, 1] = True
    tumor[2, 3, 4] = True
    return liver, tumor


def test_a_medical_volume_holds_each_class_label_value_and_reads_back() -> None:
    liver, tumor = volumes()
    data = encode_medical_brush({"Liver": liver, "2": tumor}, medical_label_set())
    fields, voxels = read_nrrd(data)
    assert voxels.shape == (3, 4, 5)
    assert np.array_equal(voxels == 1, liver)
    assert np.array_equal(voxels == 2, tumor)
    assert int((voxels != 0).sum()) == 5
    assert fields["Segment0_LabelValue"] == "1"
    assert fields["Segment0_Name"] == "Liver"
    assert fields["Segment1_ID"] == "2"
    assert fields["Segment0_Color"] == "0.956863 0.262745 0.211765"
    back = decode_medical_brush(data, medical_label_set())
    assert list(back) == ["1", "2"]
    assert back.shape == (3, 4, 5)
    assert np.array_equal(back["1"], liver)
    assert np.array_equal(back["2"], tumor)
    assert back.by_name().keys() == {"Liver", "Tumor"}


def test_a_medical_volume_from_the_sdk_or_an_export_zip_is_read() -> None:
    volume = np.zeros((2, 3, 4), dtype=np.uint8)
    volume[0, 0, 0:2] = 7
    volume[1, 2, 3] = 1
    header = "NRRD0005\ntype: uint8\nencoding: gzip\ndimension: 3\nsizes: 4 3 2\n\n"  # the SDK's writer
    sdk = header.encode() + gzip.compress(volume.tobytes(order="C"))
    masks = decode_medical_brush(sdk, medical_label_set())
    assert np.array_equal(masks["7"], volume == 7)
    assert np.array_equal(masks["1"], volume == 1)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("63d0e32ad8157d000eace053/segmentation.seg.nrrd", sdk)
    assert decode_medical_brush(archive.getvalue(), medical_label_set()) == masks


def test_medical_label_values_and_schema_ids_are_checked() -> None:
    volume = np.zeros((2, 2, 2), dtype=np.uint8)
    volume[1, 0, 1] = 5
    sdk = b"NRRD0005\ntype: uint8\nencoding: gzip\ndimension: 3\nsizes: 2 2 2\n\n" + gzip.compress(
        volume.tobytes()
    )
    with pytest.raises(BrushColorError, match=r"label 5 \(1 pixel, first at x=1, y=0, z=1\).*'Liver' = 1"):
        decode_medical_brush(sdk, medical_label_set())
    named = LabelSet().tool("Liver", Tool.MEDICAL_BRUSH)  # a derived, hexadecimal schemaId
    with pytest.raises(ConversionError, match="has no numeric schemaId"):
        encode_medical_brush({"Liver": volume > 0}, named)
    with pytest.raises(ConversionError, match=r"expected a 3-D \(z, y, x\) array"):
        encode_medical_brush({"Liver": np.ones((2, 2), bool)}, medical_label_set())
    with pytest.raises(ConversionError, match="not a medical-brush tool"):
        encode_medical_brush(
            {"Road": volume > 0}, label_set().tool("Liver", Tool.MEDICAL_BRUSH, schema_id="1")
        )
    with pytest.raises(ConversionError, match="not a readable NRRD"):
        decode_medical_brush(b"NRRD0005\ntype: banana\n\n", medical_label_set())


def test_a_layered_slicer_volume_is_read_layer_by_layer() -> None:
    import nrrd

    layers = np.zeros((2, 2, 3, 2), dtype=np.uint8)  # (z, y, x, layer)
    layers[0, 0, 0, 0] = 1
    layers[0, 0, 0, 1] = 2  # the same voxel, in two segments of two layers
    out = io.BytesIO()
    nrrd.write(out, layers, {"kinds": ["domain", "domain", "domain", "list"][::-1]}, index_order="C")
    masks = decode_medical_brush(out.getvalue(), medical_label_set())
    assert masks["1"][0, 0, 0]
    assert masks["2"][0, 0, 0]
    assert masks.shape == (2, 2, 3)
