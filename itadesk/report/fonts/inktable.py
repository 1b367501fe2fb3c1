"""Glyph ink tables for the bundled faces: what ``Face.ink_slices`` computes
from each glyph's outline, worked out once when the tables are built
(``tools/build_ink_tables.py``) and shipped beside the fonts.

The outlines stay the source: a table is used only for the very font file
it was made from (its length and CRC-32 are recorded), with the same
``INK_SLICES``; anything else (another font, a font updated without its
table, a damaged or foreign table) gets no table, and its ink is computed
from the outlines as before. ``tests/test_font_ink_table.py`` checks every
glyph of both bundled faces against the outlines, value and type.

Working the slices out from the outlines costs a cold ``itadesk pdf`` of
the sample about 63 M instructions (some 150 glyphs met for the first time,
each edge of each contour looked at in Python); a glyph read from a table
costs a struct unpack.

The format (little-endian): the magic ``ITAINK2\\0``; six unsigned 32-bit
numbers: ``INK_SLICES``, the font file's length and CRC-32, the number of
glyphs ``n``, the number of values ``v``, the CRC-32 of all that follows
(a damaged table is not used); ``n + 1`` offsets (a glyph's
values are ``values[offsets[g]:offsets[g + 1]]``, four a box); the ``v``
values as doubles; then a byte a glyph for the types of its values: 0 all
``float``, 1 each box's y values ``int`` (a simple glyph's points), 2 none
held (any other mix, worked out from the outline when asked for).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

from ...resources import resource

MAGIC = b"ITAINK2\0"
_HEAD = struct.Struct("<8s6I")
_OFFSETS = struct.Struct("<2I")

Box = tuple[float, float, float, float]


class InkTable:
    """The ink slices of one font file's glyphs, read a glyph at a time."""

    __slots__ = ("_data", "_glyphs", "_values_at", "_kinds_at", "_count")

    def __init__(self, data: bytes, glyphs: int, count: int) -> None:
        self._data = data
        self._glyphs = glyphs
        self._count = count
        self._values_at = _HEAD.size + 4 * (glyphs + 1)
        self._kinds_at = self._values_at + 8 * count

    def slices(self, gid: int) -> tuple[Box, ...] | None:
        """The glyph's boxes as ``Face.ink_slices`` gives them; ``None``
        where the table does not hold them (a glyph id out of range, or an
        entry that does not read: the caller computes them)."""
        if not 0 <= gid < self._glyphs:
            return None
        a, b = _OFFSETS.unpack_from(self._data, _HEAD.size + 4 * gid)
        kind = self._data[self._kinds_at + gid]
        if not a <= b <= self._count or (b - a) % 4 or kind > 1:
            return None
        v = struct.unpack_from(f"<{b - a}d", self._data, self._values_at + 8 * a)
        if kind:  # (x0, y0, x1, y1) with the ys ints
            try:
                return tuple(zip(v[0::4], map(int, v[1::4]), v[2::4], map(int, v[3::4]), strict=True))
            except (ValueError, OverflowError):  # not a number, or infinite: not a glyph's
                return None
        return tuple(zip(v[0::4], v[1::4], v[2::4], v[3::4], strict=True))


def open_table(stem: str, font: bytes, glyphs: int, slices: int) -> InkTable | None:
    """The shipped table ``resources/fonts/<stem>.ink`` if it was made from
    exactly ``font`` (its bytes) with ``glyphs`` glyphs and ``slices``
    slices a glyph; else ``None``."""
    try:
        data = resource("fonts", stem + ".ink").read_bytes()
    except (OSError, ValueError):  # none for this font (or a name no file can have)
        return None
    return parse(data, font, glyphs, slices)


def parse(data: bytes, font: bytes, glyphs: int, slices: int) -> InkTable | None:
    """``data`` as the table of ``font``, or ``None`` where it is not one."""
    if len(data) < _HEAD.size:
        return None
    magic, t_slices, length, crc, t_glyphs, count, body_crc = _HEAD.unpack_from(data)
    if (
        magic != MAGIC
        or t_slices != slices
        or t_glyphs != glyphs
        or length != len(font)
        or len(data) != _HEAD.size + 4 * (glyphs + 1) + 8 * count + glyphs
        or crc != zlib.crc32(font)
        or body_crc != zlib.crc32(memoryview(data)[_HEAD.size :])
    ):
        return None
    return InkTable(data, glyphs, count)


def build(font: bytes, glyphs: int, slices: int, ink_slices: Callable[[int], tuple[Box, ...]]) -> bytes:
    """The table of ``font``: ``ink_slices(gid)`` (``Face.ink_slices`` of a
    face reading no table) for every glyph."""
    offsets = [0]
    values: list[float] = []
    kinds = bytearray()
    for gid in range(glyphs):
        boxes = ink_slices(gid)
        types = {tuple(map(type, box)) for box in boxes}
        if types <= {(float, float, float, float)}:
            kinds.append(0)
        elif types == {(float, int, float, int)}:
            kinds.append(1)
        else:  # not held: worked out when asked for
            kinds.append(2)
            boxes = ()
        for box in boxes:
            values += box
        offsets.append(len(values))
    body = b"".join(
        (struct.pack(f"<{len(offsets)}I", *offsets), struct.pack(f"<{len(values)}d", *values), kinds)
    )
    return (
        _HEAD.pack(MAGIC, slices, len(font), zlib.crc32(font), glyphs, len(values), zlib.crc32(body)) + body
    )
