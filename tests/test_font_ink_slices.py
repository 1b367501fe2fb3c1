"""``Face.ink_slices`` (a glyph's ink in slices of its width, read by the
line spacing) stays the arithmetic it replaced: here the original, slice by
slice over every edge, for every glyph of the bundled faces and of a font
with transformed composite components."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.report.fonts.face import INK_SLICES, Face
from itadesk.report.fonts.glyf import composite_parts, is_composite, simple_points
from itadesk.resources import resource


def _reference(face: Face, gid: int, depth: int = 0) -> tuple[tuple[float, float, float, float], ...]:
    data = face.glyph_data(gid)
    edges: list[tuple[float, float, float, float]] = []
    if len(data) >= 10 and not is_composite(data):
        for contour in simple_points(data):
            for (ax, ay), (bx, by) in zip(contour, contour[1:] + contour[:1], strict=True):
                edges.append((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    elif len(data) >= 10 and depth < 8:
        for comp, dx, dy, (xx, xy, yx, yy) in composite_parts(data):
            for x0, y0, x1, y1 in _reference(face, comp, depth + 1):
                corners = [(x * xx + y * yx + dx, x * xy + y * yy + dy) for x in (x0, x1) for y in (y0, y1)]
                xs = [c[0] for c in corners]
                ys = [c[1] for c in corners]
                edges.append((min(xs), min(ys), max(xs), max(ys)))
    if not edges:
        return ()
    left = min(e[0] for e in edges)
    right = max(e[2] for e in edges)
    step = (right - left) / INK_SLICES or 1.0
    slices = []
    for i in range(INK_SLICES):
        a, b = left + i * step, left + (i + 1) * step
        over = [e for e in edges if e[0] <= b and e[2] >= a]
        if over:
            slices.append((a, min(e[1] for e in over), b, max(e[3] for e in over)))
    return tuple(slices)


@pytest.mark.parametrize("name", ["Sarabun-Regular.ttf", "Sarabun-Bold.ttf"])
def test_ink_slices_match_the_reference_for_every_glyph(name: str) -> None:
    face = Face(resource("fonts", name), ink_table=False)  # worked out from the outlines
    glyphs = len(face.ttf.glyphPos) - 1
    assert glyphs > 500
    composites = 0
    for gid in range(glyphs):
        got = face.ink_slices(gid)
        # repr: the same numbers of the same types (an int stays an int)
        assert repr(got) == repr(_reference(face, gid)), gid
        composites += is_composite(face.glyph_data(gid))
    assert composites > 50  # the composite path is exercised too


def test_ink_slices_of_scaled_and_turned_components(tmp_path: Path) -> None:
    """Components placed with a scale, x/y scales and a 2×2 matrix (the
    bundled faces use offsets only): a composite glyph built with fontTools."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._g_l_y_f import GlyphComponent

    font = TTFont(str(resource("fonts", "Sarabun-Regular.ttf")))
    glyf = font["glyf"]
    base = font.getBestCmap()[ord("ก")]
    transforms = [
        [[0.5, 0.0], [0.0, 0.5]],
        [[1.25, 0.0], [0.0, 0.75]],
        [[0.8, 0.3], [-0.2, 1.1]],
        [[-1.0, 0.0], [0.0, 1.0]],
    ]
    names = []
    for k, matrix in enumerate(transforms):
        comp = GlyphComponent()
        comp.glyphName = base
        comp.x, comp.y = 37 * k - 50, -11 * k
        comp.flags = 0
        comp.transform = matrix
        target = glyf[font.getGlyphOrder()[10 + k]]
        target.numberOfContours = -1
        target.components = [comp]
        names.append(10 + k)
    buf = io.BytesIO()
    font.save(buf)
    path = tmp_path / "turned.ttf"
    path.write_bytes(buf.getvalue())
    face = Face(path)
    for gid in names:
        assert is_composite(face.glyph_data(gid))
        got = face.ink_slices(gid)
        assert got and repr(got) == repr(_reference(face, gid)), gid


def _reference_points(data: bytes) -> list[list[tuple[int, int]]]:
    """``simple_points`` as it was: a Python step a flag and a point."""
    import struct

    n = struct.unpack(">h", data[:2])[0]
    if n <= 0:
        return []
    ends = struct.unpack(f">{n}H", data[10 : 10 + 2 * n])
    at = 10 + 2 * n
    pos = at + 2 + struct.unpack(">H", data[at : at + 2])[0]
    count = ends[-1] + 1
    flags: list[int] = []
    while len(flags) < count:
        f = data[pos]
        pos += 1
        flags.append(f)
        if f & 8:
            flags += [f] * data[pos]
            pos += 1
    del flags[count:]
    coords = []
    for short, same in ((2, 16), (4, 32)):
        v = 0
        vals = []
        for f in flags:
            if f & short:
                d = data[pos]
                pos += 1
                v += d if f & same else -d
            elif not f & same:
                v += struct.unpack(">h", data[pos : pos + 2])[0]
                pos += 2
            vals.append(v)
        coords.append(vals)
    pts = list(zip(coords[0], coords[1], strict=True))
    out = []
    start = 0
    for end in ends:
        out.append(pts[start : end + 1])
        start = end + 1
    return out


@pytest.mark.parametrize("name", ["Sarabun-Regular.ttf", "Sarabun-Bold.ttf"])
def test_simple_points_match_fonttools_for_every_glyph(name: str) -> None:
    """The decoded points are fontTools' coordinates, contour by contour."""
    from fontTools.ttLib import TTFont

    path = resource("fonts", name)
    face = Face(path)
    font = TTFont(str(path))
    glyf = font["glyf"]
    order = font.getGlyphOrder()
    simple = 0
    for gid in range(len(face.ttf.glyphPos) - 1):
        data = face.glyph_data(gid)
        if len(data) < 10 or is_composite(data):
            continue
        glyph = glyf[order[gid]]
        coords = [tuple(p) for p in glyph.getCoordinates(glyf)[0]]
        expected, start = [], 0
        for end in glyph.endPtsOfContours:
            expected.append(coords[start : end + 1])
            start = end + 1
        assert simple_points(data) == expected, gid
        simple += 1
    assert simple > 300


def _glyph_bytes(contour_ends: list[int], flags: bytes, tail: bytes) -> bytes:
    import struct

    n = len(contour_ends)
    return (
        struct.pack(">hhhhh", n, 0, 0, 0, 0) + struct.pack(f">{n}H", *contour_ends) + b"\0\0" + flags + tail
    )


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(0, 40), min_size=1, max_size=4),
    st.binary(max_size=60),
    st.binary(max_size=160),
)
def test_simple_points_match_the_reference_on_any_bytes(steps: list[int], flags: bytes, tail: bytes) -> None:
    """Any flags (repeats, short and word deltas of both signs, truncated
    data): the same points as the original decoder, or an IndexError where it
    ran out of data (a damaged font's glyph)."""
    import struct

    ends = list(itertools.accumulate(steps))
    data = _glyph_bytes(ends, flags, tail)
    try:
        expected = _reference_points(data)
    except (IndexError, struct.error):
        with pytest.raises((IndexError, struct.error)):
            simple_points(data)
        return
    assert simple_points(data) == expected
