"""The size of an image, read from its header without decoding it.

A logo is decoded (by Qt in the window, by Pillow for the report) only after its
size is known to be sane: a 12,000 × 12,000 PNG of a few kilobytes would take
more than a gigabyte to decode.
"""

from __future__ import annotations

from struct import unpack

# Pixels a logo may have: a 3 cm seal scanned at 1,200 dpi is about 2,000 × 2,000.
MAX_LOGO_PIXELS = 25_000_000

_JPEG_SIZE_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, GIF, JPEG or BMP image, from its header;
    None when the data is none of these or its header is damaged."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        return unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return unpack("<HH", data[6:10])
    if data[:2] == b"BM" and len(data) >= 26:
        width, height = unpack("<ii", data[18:26])
        return abs(width), abs(height)
    if data[:2] == b"\xff\xd8":
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            pos += 2
            continue
        (length,) = unpack(">H", data[pos + 2 : pos + 4])
        if marker in _JPEG_SIZE_MARKERS:
            if pos + 9 > len(data):
                return None
            height, width = unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        pos += 2 + length
    return None


def too_many_pixels(data: bytes, limit: int = MAX_LOGO_PIXELS) -> bool:
    """Would decoding this image take more than ``limit`` pixels?"""
    size = image_size(data)
    return size is not None and size[0] * size[1] > limit
