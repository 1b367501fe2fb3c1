"""``ink_need`` and ``ink_extent`` on random lines against the reference.

``test_report_inkprofile`` checks them on the lines of whole reports; here
Hypothesis draws the lines: random Thai stacks, words, Latin, missing
characters and typed line breaks, at several sizes, any run of clusters of
a paragraph at any offset, with a list marker or without, in Sarabun and in
a font drawn thicker for bold (synthetic bold), and lines as far apart as
the reference says they need, a little closer, a little further, or
anywhere. Wherever the reference needs more than the lines have the two
must agree exactly (the PDF's bytes depend on it); else ``ink_need`` may
say less, never more than the lines have.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.report.fonts import SYNTHETIC_BOLD_STROKE, resolve_fonts
from itadesk.report.styles import INK_BIN, INK_CLEARANCE
from itadesk.report.thaitext import Line, _cluster_ink, _key_ink, ink_extent, ink_need, key_boxes, shape

from .test_report_inkprofile import reference_bins, reference_distance

TLWG_GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")

CONSONANTS = "กขคฆงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮฤ"
MARKS = ["", "", "\u0e34", "\u0e35", "\u0e36", "\u0e37", "\u0e31", "\u0e47", "\u0e38", "\u0e39", "\u0e3a"]
TONES = ["", "", "\u0e48", "\u0e49", "\u0e4a", "\u0e4b", "\u0e4c"]
PIECES = ["การประชุม", "ญี่ปุ่น", "ฐานข้อมูล", "กตัญญู", "น้ำท่วม", "ป่", "ฟ้", "ฝุ่น", "เ", "ไ", "ำ"]
OTHER = [" ", " ", "abc", "Qy", "2568", "\n", "\u0f40", "\U0001f600", "\u200b"]


@st.composite
def texts(draw) -> str:
    out = []
    for _ in range(draw(st.integers(1, 14))):
        kind = draw(st.integers(0, 9))
        if kind < 6:
            out.append(
                draw(st.sampled_from(CONSONANTS))
                + draw(st.sampled_from(MARKS))
                + draw(st.sampled_from(TONES))
            )
        elif kind < 8:
            out.append(draw(st.sampled_from(PIECES)))
        else:
            out.append(draw(st.sampled_from(OTHER)))
    return "".join(out)


@pytest.fixture(scope="module")
def font_sets():
    sets = {"sarabun": resolve_fonts(None, None, None)[0]}
    if TLWG_GARUDA.exists():
        sets["garuda"] = resolve_fonts(TLWG_GARUDA, None, None)[0]
    return sets


@st.composite
def lines(draw, fonts):
    """Parts of a line as ``LineBox.ink_parts`` gives them, and its synthetic bold."""
    size = draw(st.sampled_from([8.0, 11.0, 14.0, 24.0]))
    bold = draw(st.booleans())
    shaped = shape(draw(texts()), fonts, size, bold)
    n = len(shaped.clusters)
    first = draw(st.integers(0, n))
    last = draw(st.integers(first, n))
    x = draw(st.floats(0.0, 60.0, allow_nan=False))
    parts = [(shaped, Line(first, last, 0.0), x)]
    if draw(st.booleans()):
        marker = shape(draw(st.sampled_from(["1. ", "- ", "ก) ", "\u0e4f "])), fonts, size, bold)
        parts.append((marker, Line(0, len(marker.clusters), marker.width), draw(st.floats(0.0, 20.0))))
    return parts, fonts.synthetic_bold and bold


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_ink_need_is_the_reference_on_random_lines(font_sets, data):
    fonts = font_sets[data.draw(st.sampled_from(sorted(font_sets)))]
    upper, upper_bold = data.draw(lines(fonts))
    lower, lower_bold = data.draw(lines(fonts))
    ref_u, ref_l = reference_bins(upper, upper_bold), reference_bins(lower, lower_bold)
    ext_u = ink_extent(upper, synthetic_bold=upper_bold)
    ext_l = ink_extent(lower, synthetic_bold=lower_bold)
    assert ext_u == ref_u[:2]
    assert ext_l == ref_l[:2]
    ref = reference_distance(ref_u, ref_l)
    anywhere = data.draw(st.floats(0.0, 40.0))
    for actual in (ref - 0.3, ref, ref + 0.01, anywhere):
        if actual <= 0:
            # baselines are apart (a line pitch at least); when no ink comes
            # near, ink_need says 0.0 (the reference may be below 0)
            continue
        got = ink_need(
            upper,
            ext_u,
            lower,
            ext_l,
            actual,
            INK_BIN,
            INK_CLEARANCE,
            upper_bold=upper_bold,
            lower_bold=lower_bold,
        )
        if ref > actual:
            assert got == ref
        else:
            assert got <= actual


def reference_key_ink(face, key, scale: float, grow: float):
    """``_key_ink`` the plain way: ``key_boxes`` scaled, sorted as tuples."""
    boxes = [
        (x0 * scale, x1 * scale, y1 * scale + grow, y0 * scale - grow)
        for x0, y0, x1, y1 in key_boxes(face, key)
    ]
    if not boxes:
        return -math.inf, math.inf, 0.0, 0.0, [], []
    by_top = sorted(boxes, key=lambda box: box[2], reverse=True)
    by_bottom = sorted(boxes, key=lambda box: box[3])
    return (
        max(box[2] for box in boxes),
        min(box[3] for box in boxes),
        min(box[0] for box in boxes),
        max(box[1] for box in boxes),
        [v for a, b, t, _u in by_top for v in (t, a, b)],
        [v for a, b, _t, u in by_bottom for v in (u, a, b)],
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_cluster_ink_is_its_keys_boxes(font_sets, data):
    """Each cluster's ink (``Cluster.ink``, shared by every occurrence of the
    kind, filled by ``_ClusterInk``) and its key's ink with synthetic bold
    growth are the reference's, to the bit (repr); clusters not drawn as
    glyphs have none."""
    fonts = font_sets[data.draw(st.sampled_from(sorted(font_sets)))]
    size = data.draw(st.sampled_from([8.0, 11.0, 14.0, 24.0]))
    shaped = shape(data.draw(texts()), fonts, size, data.draw(st.booleans()))
    ink = _cluster_ink(shaped)
    grow = data.draw(st.sampled_from([0.0, size * SYNTHETIC_BOLD_STROKE / 2]))
    for i, c in enumerate(shaped.clusters):
        assert c.ink is ink.inks[i]
        scale = size * c.face.size_factor / c.face.upem
        if c.newline or c.hidden or c.missing:
            want = reference_key_ink(c.face, (), scale, 0.0)
        else:
            want = reference_key_ink(c.face, c.key, scale, 0.0)
            got = _key_ink(c.face, c.key, scale, grow)
            assert repr(got[:4] + (list(got[4]), list(got[5]))) == repr(
                reference_key_ink(c.face, c.key, scale, grow)
            )
        assert repr(c.ink[:4] + (list(c.ink[4]), list(c.ink[5]))) == repr(want)
        assert (ink.tops[i], ink.bottoms[i]) == want[:2]
        assert (i in ink.missing) == c.missing


_SARABUN = resolve_fonts(None, None, None)[0].face(False)


@settings(max_examples=300, deadline=None)
@given(
    key=st.lists(
        st.tuples(
            # glyphs of Thai letters and marks, often the same one again (equal tops and bottoms)
            st.sampled_from(
                [_SARABUN.cmap.get(ord(c), 0) for c in "กปฝฟฐญฎ\u0e31\u0e34\u0e35\u0e48\u0e49\u0e38 "]
            ),
            st.sampled_from([0, 0, 300, 582, -40]),
            st.sampled_from([0, 0, 77, -32]),
        ),
        min_size=1,
        max_size=5,
    ).map(tuple),
    scale=st.sampled_from([0.013, 0.011, 0.0235]),
    grow=st.sampled_from([0.0, 0.325]),
)
def test_key_ink_of_glyphs_placed_is_the_reference(key, scale, grow):
    """``_key_ink`` of keys of glyphs at places (each glyph's boxes kept and
    sorted once: ``_placed_ink``), with equal tops in several glyphs, against
    the plain sort of all the boxes, to the bit."""
    for k in (key, key[0][0]) if key[0][1:] == (0, 0) else (key,):
        got = _key_ink(_SARABUN, k, scale, grow)
        assert repr(got[:4] + (list(got[4]), list(got[5]))) == repr(
            reference_key_ink(_SARABUN, k, scale, grow)
        )
