"""The width and height of an image from its header, without decoding it (standard library).

PNG, JPEG, GIF, BMP, WebP and TIFF. Pixels are never read: a 50 MB image costs a few
kilobytes of reading. ``None`` for anything else, or a file too broken to say.
"""

from __future__ import annotations

import os
import struct
from typing import BinaryIO

__all__ = ["image_size"]

_HEAD = 64 * 1024


def image_size(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """``(width, height)`` from the header of the image at ``path``, or None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(32)
            return _size(head, handle)
    except (OSError, struct.error, ValueError):
        return None


def _size(head: bytes, handle: BinaryIO) -> tuple[int, int] | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        width, height = struct.unpack(">II", head[16:24])
        return _checked(width, height)
    if head[:6] in (b"GIF87a", b"GIF89a"):
        width, height = struct.unpack("<HH", head[6:10])
        return _checked(width, height)
    if head.startswith(b"BM") and len(head) >= 26:
        width, height = struct.unpack("<ii", head[18:26])
        return _checked(width, abs(height))
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _webp(head + handle.read(32))
    if head.startswith(b"\xff\xd8"):
        return _jpeg(handle)
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return _tiff(head + handle.read(_HEAD))
    return None


def _checked(width: int, height: int) -> tuple[int, int] | None:
    return (width, height) if width > 0 and height > 0 else None


def _webp(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return _checked(width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and data[20:21] == b"\x2f":
        bits = int.from_bytes(data[21:25], "little")
        return _checked((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return _checked(width, height)
    return None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(handle: BinaryIO) -> tuple[int, int] | None:
    handle.seek(2)
    for _ in range(10_000):
        byte = handle.read(1)
        while byte and byte != b"\xff":
            byte = handle.read(1)
        while byte == b"\xff":
            byte = handle.read(1)
        if not byte:
            return None
        marker = byte[0]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue
        if marker == 0xD9:
            return None
        length_bytes = handle.read(2)
        if len(length_bytes) != 2:
            return None
        (length,) = struct.unpack(">H", length_bytes)
        if marker in _SOF:
            data = handle.read(5)
            if len(data) != 5:
                return None
            height, width = struct.unpack(">HH", data[1:5])
            return _checked(width, height)
        handle.seek(length - 2, os.SEEK_CUR)
    return None


def _tiff(data: bytes) -> tuple[int, int] | None:
    order = "<" if data[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", data[4:8])
    (count,) = struct.unpack(order + "H", data[offset : offset + 2])
    width = height = 0
    for index in range(count):
        entry = data[offset + 2 + 12 * index : offset + 14 + 12 * index]
        tag, kind = struct.unpack(order + "HH", entry[:4])
        value = struct.unpack(order + ("H" if kind == 3 else "I"), entry[8:10] if kind == 3 else entry[8:12])[
            0
        ]
        if tag == 256:
            width = value
        elif tag == 257:
            height = value
    return _checked(width, height)
