"""The TrueType ``glyf`` table, byte by byte: composite glyphs' components,
renumbering them, and dropping a glyph's hinting instructions."""

from __future__ import annotations

from collections.abc import Iterator
from struct import pack, unpack

# Glyph-data flags of TrueType composite glyphs.
ARG_1_AND_2_ARE_WORDS = 1 << 0
ARGS_ARE_XY_VALUES = 1 << 1
WE_HAVE_A_SCALE = 1 << 3
MORE_COMPONENTS = 1 << 5
WE_HAVE_AN_X_AND_Y_SCALE = 1 << 6
WE_HAVE_A_TWO_BY_TWO = 1 << 7
WE_HAVE_INSTRUCTIONS = 1 << 8
UNSCALED_COMPONENT_OFFSET = 1 << 12

INT16_MIN, INT16_MAX = -(1 << 15), (1 << 15) - 1


def is_composite(data: bytes) -> bool:
    return len(data) >= 10 and unpack(">h", data[:2])[0] < 0


def _component_size(flags: int) -> int:
    size = 4 + (4 if flags & ARG_1_AND_2_ARE_WORDS else 2)
    if flags & WE_HAVE_A_SCALE:
        size += 2
    elif flags & WE_HAVE_AN_X_AND_Y_SCALE:
        size += 4
    elif flags & WE_HAVE_A_TWO_BY_TWO:
        size += 8
    return size


def component_offsets(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(offset of the component, its flags, glyph id) of each component of a
    composite glyph."""
    pos = 10
    flags = MORE_COMPONENTS
    while flags & MORE_COMPONENTS:
        flags, gid = unpack(">HH", data[pos : pos + 4])
        yield pos, flags, gid
        pos += _component_size(flags)


def components(data: bytes) -> Iterator[int]:
    """Glyph ids of the components of a composite glyph."""
    return (gid for _pos, _flags, gid in component_offsets(data))


def renumber_components(data: bytes, new_id: dict[int, int]) -> bytes:
    out = bytearray(data)
    for pos, _flags, gid in component_offsets(data):
        out[pos + 2 : pos + 4] = pack(">H", new_id[gid])
    return bytes(out)


def without_instructions(data: bytes) -> bytes:
    """A glyph's data without its hinting instructions."""
    if len(data) < 10:
        return data
    n = unpack(">h", data[:2])[0]
    if n >= 0:  # simple glyph: instructionLength after the contours' end points
        at = 10 + 2 * n
        length = unpack(">H", data[at : at + 2])[0]
        return data[:at] + b"\0\0" + data[at + 2 + length :]
    for pos, flags, _gid in component_offsets(data):
        if not flags & MORE_COMPONENTS and flags & WE_HAVE_INSTRUCTIONS:
            out = bytearray(data[: pos + _component_size(flags)])
            out[pos : pos + 2] = pack(">H", flags & ~WE_HAVE_INSTRUCTIONS)
            return bytes(out)
    return data


def _delta_kinds(short: int, same: int) -> tuple[int, ...]:
    """What a flag byte says of one axis's delta (``short`` and ``same``: the
    axis's two flag bits): 0 none (the same value), 1 a byte added, 2 a byte
    subtracted, 3 a signed word."""
    return tuple((1 if f & same else 2) if f & short else 0 if f & same else 3 for f in range(256))


_REPEAT_FLAG = bytes(1 if f & 8 else 0 for f in range(256))  # a translate table: 1 for a repeated flag

# x: short 2, same 16; y: short 4, same 32
_DELTA_KINDS = (_delta_kinds(2, 16), _delta_kinds(4, 32))


def simple_points(data: bytes) -> list[list[tuple[int, int]]]:
    """The points of a simple glyph's contours (on and off the curve), in
    font units: the outline stays inside the polygon they make."""
    n = unpack(">h", data[:2])[0]
    if n <= 0:
        return []
    ends = unpack(f">{n}H", data[10 : 10 + 2 * n])
    at = 10 + 2 * n
    pos = at + 2 + unpack(">H", data[at : at + 2])[0]
    count = ends[-1] + 1
    # the flags are copied a run at a time up to the next repeated flag (the
    # bytes with bit 3 are found by translate and find, not a Python step a
    # flag: a cold report reads some 23,000)
    flags = bytearray()
    while len(flags) < count:
        need = count - len(flags)
        chunk = data[pos : pos + need]
        repeat = chunk.translate(_REPEAT_FLAG).find(1)
        if repeat < 0:
            if len(chunk) < need:
                raise IndexError("glyph data ends inside its flags")
            flags += chunk
            pos += need
            break
        flags += chunk[: repeat + 1]
        pos += repeat + 1
        flags += chunk[repeat : repeat + 1] * data[pos]
        pos += 1
    del flags[count:]
    coords = []
    for kinds in _DELTA_KINDS:
        v = 0
        vals: list[int] = []
        append = vals.append
        for f in flags:
            # one table look-up and plain int arithmetic a point, no unpack()
            # call: a cold report decodes some 23,000 points
            kind = kinds[f]
            if kind == 1:
                v += data[pos]
                pos += 1
            elif kind == 2:
                v -= data[pos]
                pos += 1
            elif kind == 3:
                if pos + 1 >= len(data):
                    raise IndexError("glyph data ends inside its coordinates")
                v += ((data[pos] << 8 | data[pos + 1]) ^ 0x8000) - 0x8000  # a signed 16-bit word
                pos += 2
            append(v)
        coords.append(vals)
    pts = list(zip(coords[0], coords[1], strict=True))
    out = []
    start = 0
    for end in ends:
        out.append(pts[start : end + 1])
        start = end + 1
    return out


def composite_parts(data: bytes) -> Iterator[tuple[int, float, float, tuple[float, float, float, float]]]:
    """(glyph id, dx, dy, (xx, xy, yx, yy)) of each component of a composite
    glyph placed by offsets (a component placed by matching points is given
    no offset)."""
    for pos, flags, gid in component_offsets(data):
        p = pos + 4
        if flags & ARG_1_AND_2_ARE_WORDS:
            a, b = unpack(">hh", data[p : p + 4])
            p += 4
        else:
            a, b = unpack(">bb", data[p : p + 2])
            p += 2
        if not flags & ARGS_ARE_XY_VALUES:
            a = b = 0
        m = (1.0, 0.0, 0.0, 1.0)
        if flags & WE_HAVE_A_SCALE:
            s = unpack(">h", data[p : p + 2])[0] / 16384
            m = (s, 0.0, 0.0, s)
        elif flags & WE_HAVE_AN_X_AND_Y_SCALE:
            sx, sy = unpack(">hh", data[p : p + 4])
            m = (sx / 16384, 0.0, 0.0, sy / 16384)
        elif flags & WE_HAVE_A_TWO_BY_TWO:
            m = tuple(v / 16384 for v in unpack(">hhhh", data[p : p + 8]))
        yield gid, a, b, m
