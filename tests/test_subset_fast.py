"""The subset builder's fast paths against straightforward references.

``build_subset`` collects glyphs with ``dict.fromkeys``, packs each composite
glyph in one ``struct.pack`` from a remembered layout and writes the font
file itself (``make_stream``: each table summed once); the references below
are the earlier implementation, adapted from ReportLab's
``TTFontFile.makeSubset``, which adds glyphs one by one, packs a component
at a time and lets ReportLab's ``TTFontMaker`` write the file. Random code
tables (glyph ids, composite keys with offsets that push marks out of the
coordinate space, clusters of another face at a scale) must give the same
bytes and the same CIDToGIDMap.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from struct import pack

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.rl_accel import calcChecksum
from reportlab.pdfbase.ttfonts import TTFontMaker

from itadesk.report.fonts import resolve_fonts
from itadesk.report.fonts import subset as subset_mod
from itadesk.report.fonts.face import Face, Foreign, GlyphKey
from itadesk.report.fonts.glyf import (
    ARG_1_AND_2_ARE_WORDS,
    ARGS_ARE_XY_VALUES,
    INT16_MAX,
    INT16_MIN,
    MORE_COMPONENTS,
    UNSCALED_COMPONENT_OFFSET,
    WE_HAVE_A_SCALE,
    components,
    is_composite,
    renumber_components,
    without_instructions,
)

TLWG_GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
_positioned = subset_mod._positioned

# --- references: the earlier implementation ------------------------------------------------


def _reference_subset(
    home: Face, keys: list[GlyphKey | None], advances: list[int]
) -> tuple[bytes, list[int]]:
    from reportlab.pdfbase.ttfonts import TTFontMaker

    ttf = home.ttf
    glyph_map: list[tuple[Face, int]] = [(home, 0)]  # new index -> (face, old glyph id)
    glyph_set: dict[Face, dict[int, int]] = {home: {0: 0}}  # face -> old glyph id -> new index

    def add(face: Face, old: int) -> None:
        ids = glyph_set.setdefault(face, {})
        if old not in ids:
            ids[old] = len(glyph_map)
            glyph_map.append((face, old))

    for key in keys:
        if key is None:
            continue
        if isinstance(key, Foreign):
            for gid, _x, _y in _positioned(key.key):
                add(key.face, gid)
        elif isinstance(key, int):
            add(home, key)
        else:
            for gid, _x, _y in key:
                add(home, gid)
    # glyphs that are components of composite glyphs
    max_points, max_contours, max_elements, max_depth = home.maxp_component
    n = 0
    while n < len(glyph_map):
        face, old = glyph_map[n]
        n += 1
        data = face.glyph_data(old)
        if face is not home:
            info = face.glyph_info(old)
            max_points, max_contours = max(max_points, info[5]), max(max_contours, info[6])
            max_depth = max(max_depth, info[7])
        if is_composite(data):
            comps = list(components(data))
            max_elements = max(max_elements, len(comps))
            for comp in comps:
                add(face, comp)
    n_real = len(glyph_map)

    # synthetic composites, one per distinct key and advance
    synthetic: dict[tuple, int] = {}
    synthetic_data: list[tuple[bytes, int, int]] = []  # (glyph data, advance, lsb)
    code_to_glyph = []
    for key, adv in zip(keys, advances, strict=True):
        if key is None:
            code_to_glyph.append(0)
        elif isinstance(key, int):
            code_to_glyph.append(glyph_set[home][key])
        else:
            skey = (key, adv)
            if skey not in synthetic:
                if isinstance(key, Foreign):
                    data, lsb, points, contours, depth = _reference_composite(
                        key.face, _positioned(key.key), glyph_set[key.face], key.scale
                    )
                    elements = len(_positioned(key.key))
                else:
                    data, lsb, points, contours, depth = _reference_composite(home, key, glyph_set[home])
                    elements = len(key)
                synthetic[skey] = n_real + len(synthetic_data)
                synthetic_data.append((data, adv, lsb))
                max_points = max(max_points, points)
                max_contours = max(max_contours, contours)
                max_elements = max(max_elements, elements)
                max_depth = max(max_depth, depth)
            code_to_glyph.append(synthetic[skey])

    out = TTFontMaker()
    for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
        if tag in ttf.table:  # cvt, fpgm and prep are optional
            out.add(tag, ttf.get_table(tag))
    out.add("post", b"\x00\x03\x00\x00" + ttf.get_table("post")[4:16] + b"\x00" * 16)

    hmtx_pairs = [face.ttf.hmetrics[old] for face, old in glyph_map]
    hmtx_pairs += [(adv, lsb) for _data, adv, lsb in synthetic_data]
    num_glyphs = len(hmtx_pairs)
    hmtx = []
    for aw, lsb in hmtx_pairs:
        hmtx.append(int(aw) & 0xFFFF)
        hmtx.append(int(lsb) & 0xFFFF)
    out.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
    hhea = ttf.get_table("hhea")
    hhea = hhea[:34] + pack(">H", num_glyphs) + hhea[36:]
    out.add("hhea", hhea)
    maxp = ttf.get_table("maxp")
    maxp = maxp[:4] + pack(">H", num_glyphs) + maxp[6:]
    if len(maxp) >= 32:
        maxp = (
            maxp[:10]
            + pack(">HH", min(max_points, 0xFFFF), min(max_contours, 0xFFFF))
            + maxp[14:28]
            + pack(">HH", min(max_elements, 0xFFFF), min(max_depth, 0xFFFF))
            + maxp[32:]
        )
    out.add("maxp", maxp)

    pieces = []
    offsets = []
    pos = 0
    glyphs = []
    for face, old in glyph_map:
        data = face.glyph_data(old)
        if is_composite(data):
            data = renumber_components(data, glyph_set[face])
        if face is not home:
            data = without_instructions(data)  # they would run with this font's programs
        glyphs.append(data)
    glyphs += [data for data, _adv, _lsb in synthetic_data]
    for data in glyphs:
        offsets.append(pos)
        pieces.append(data)
        pos += len(data)
        if pos % 4:
            pieces.append(b"\0" * (4 - pos % 4))
            pos += 4 - pos % 4
    offsets.append(pos)
    out.add("glyf", b"".join(pieces))
    if (pos + 1) >> 1 > 0xFFFF:
        loc_format = 1
        loca = pack(f">{len(offsets)}L", *offsets)
    else:
        loc_format = 0
        loca = pack(f">{len(offsets)}H", *(o >> 1 for o in offsets))
    out.add("loca", loca)
    head = ttf.get_table("head")
    out.add("head", head[:50] + pack(">H", loc_format) + head[52:])
    return out.makeStream(), code_to_glyph


def _reference_composite(
    face: Face, key: tuple[tuple[int, int, int], ...], new_id: dict[int, int], scale: float = 1.0
) -> tuple[bytes, int, int, int, int]:
    """(glyph data, lsb, points, contours, depth) of a composite glyph
    drawing ``face``'s positioned glyphs ``key`` (glyph ids renumbered by
    ``new_id``), scaled by ``scale`` (for a foreign face's glyphs in another
    face's font)."""
    comps, head, lsb, points, contours, depth = _reference_layout(face, key, scale)
    if not comps:
        return b"", 0, 0, 0, 0
    parts = [head]
    for gid, flags, dx, dy, tail in comps:
        parts.append(pack(">HHhh", flags, new_id[gid], dx, dy))
        if tail:
            parts.append(tail)
    return b"".join(parts), lsb, points, contours, depth


def _reference_layout(
    face: Face, key: tuple[tuple[int, int, int], ...], scale: float
) -> tuple[tuple[tuple[int, int, int, int, bytes], ...], bytes, int, int, int, int]:
    """What a composite glyph of ``key`` is, whatever the glyphs' numbers in
    the subset: its components (glyph id, flags, dx, dy, bytes after them),
    its header, lsb, points, contours and depth (see ``composite``). Kept
    between documents: the same clusters recur."""
    comps = []
    x0 = y0 = 1 << 30
    x1 = y1 = -(1 << 30)
    points = contours = depth = 0
    for gid, dx, dy in key:
        info = face.glyph_info(gid)
        if info[0] == 0:  # empty glyph: nothing to draw
            continue
        dx, dy = round(dx * scale), round(dy * scale)
        box = (
            math.floor(info[1] * scale) + dx,
            math.floor(info[2] * scale) + dy,
            math.ceil(info[3] * scale) + dx,
            math.ceil(info[4] * scale) + dy,
        )
        if not all(INT16_MIN <= v <= INT16_MAX for v in box):
            continue  # a mark pushed out of the glyph's coordinate space: not drawn
        comps.append((gid, dx, dy))
        x0, y0, x1, y1 = min(x0, box[0]), min(y0, box[1]), max(x1, box[2]), max(y1, box[3])
        points += info[5]
        contours += info[6]
        depth = max(depth, info[7] + 1)
    if not comps:
        return (), b"", 0, 0, 0, 0
    out = []
    for i, (gid, dx, dy) in enumerate(comps):
        flags = ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES
        if i < len(comps) - 1:
            flags |= MORE_COMPONENTS
        tail = b""
        if scale != 1.0:
            flags |= WE_HAVE_A_SCALE | UNSCALED_COMPONENT_OFFSET
            tail = pack(">h", round(scale * 16384))
        out.append((gid, flags, dx, dy, tail))
    return tuple(out), pack(">hhhhh", -1, x0, y0, x1, y1), x0, points, contours, depth


# --- the checks ----------------------------------------------------------------------------


@given(st.binary(max_size=200))
def test_checksum_is_reportlabs(data):
    assert subset_mod._checksum(data) == calcChecksum(data)


_TAGS = ["OS/2", "cvt ", "fpgm", "glyf", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"]


@given(
    st.dictionaries(st.sampled_from(_TAGS), st.binary(max_size=40), max_size=len(_TAGS)),
    st.binary(min_size=54, max_size=60),
)
def test_font_file_is_reportlabs(tables, head):
    maker = TTFontMaker()
    for tag, data in tables.items():
        maker.add(tag, data)
    maker.add("head", head)
    ours = dict(tables)
    ours["head"] = head[:8] + b"\0\0\0\0" + head[12:]
    assert subset_mod.make_stream(ours) == maker.makeStream()


def _faces() -> tuple[Face, Face]:
    """The report's default face and, drawn in it as a foreign face, Garuda
    (or Sarabun bold without TLWG)."""
    fonts = resolve_fonts(None, None, None)[0]
    home = fonts.face(False)
    if TLWG_GARUDA.exists():
        other = resolve_fonts(TLWG_GARUDA, None, None)[0].face(False)
    else:
        other = fonts.face(True)
    return home, other


HOME, OTHER = _faces()


def _n(face: Face) -> int:
    return len(face.ttf.hmetrics)


@st.composite
def _code_tables(draw) -> tuple[list[GlyphKey | None], list[int]]:
    def gid(face: Face):
        # low ids (the usual letters, and composite glyphs among them) often
        return st.one_of(st.integers(0, min(_n(face) - 1, 120)), st.integers(0, _n(face) - 1))

    offset = st.one_of(st.integers(-300, 300), st.sampled_from([INT16_MIN, INT16_MAX, 32000, -32000]))

    def positioned(face: Face):
        return st.lists(st.tuples(gid(face), offset, offset), min_size=1, max_size=4).map(tuple)

    own = positioned(HOME)
    foreign = st.builds(
        Foreign,
        st.just(OTHER),
        st.one_of(gid(OTHER), positioned(OTHER)),
        st.sampled_from([1.0, 0.75, 1.2, 1.99]),
    )
    key = st.one_of(st.none(), gid(HOME), own, foreign)
    keys = draw(st.lists(key, min_size=1, max_size=40))
    # repeated keys, some with another advance
    keys += draw(st.lists(st.sampled_from(keys), max_size=10))
    advances = draw(st.lists(st.sampled_from([0, 500, 612, 1000]), min_size=len(keys), max_size=len(keys)))
    return keys, advances


@settings(max_examples=150, deadline=None)
@given(_code_tables())
def test_subsets_are_the_references(table):
    keys, advances = table
    subset_mod._composite_layout.cache_clear()
    expected = _reference_subset(HOME, keys, advances)
    assert subset_mod._build_subset(HOME, keys, advances) == expected
    assert subset_mod._build_subset(HOME, keys, advances) == expected  # with the layouts remembered


def test_subset_of_a_real_document_is_the_reference():
    """Many composite glyphs: every cluster of a run of Thai text, twice, at two advances."""
    from itadesk.report.thaitext import shape

    fonts = resolve_fonts(None, None, None)[0]
    rng = random.Random(5)
    letters = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์"
    text = "".join(rng.choice(letters) for _ in range(3000)) + " \u0f40 café"
    keys: list[GlyphKey | None] = [None]
    advances = [0]
    for c in shape(text, fonts, 13).clusters:
        for key, _text, adv in c.codes:
            keys.append(key)
            advances.append(adv + rng.choice([0, 0, 0, 7]))
    assert sum(isinstance(k, tuple) for k in keys) > 50
    assert subset_mod.build_subset(HOME, keys, advances) == _reference_subset(HOME, keys, advances)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, _n(HOME) - 1),
            st.integers(-40000, 40000),
            st.integers(-40000, 40000),
        ),
        min_size=1,
        max_size=5,
    ).map(tuple),
    st.sampled_from([1.0, 0.5, 0.75, 1.25, 1.99]),
)
def test_composites_are_the_references(key, scale):
    new_id = {gid: 3 + 2 * gid for gid, _x, _y in key}
    assert subset_mod.composite(HOME, key, new_id, scale) == _reference_composite(HOME, key, new_id, scale)


@pytest.mark.parametrize("scale", [1.0, 0.8])
def test_a_mark_out_of_range_is_left_out(scale):
    base = HOME.cmap[ord("ก")]
    mark = HOME.cmap[ord("\u0e48")]
    key = ((base, 0, 0), (mark, 0, 60000))
    got = subset_mod.composite(HOME, key, {base: 1, mark: 2}, scale)
    assert got == _reference_composite(HOME, key, {base: 1, mark: 2}, scale)
    assert len(got[0]) == 10 + (8 if scale == 1.0 else 10)  # one component
