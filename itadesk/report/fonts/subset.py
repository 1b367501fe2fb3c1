"""Subsetting a face for one PDF font: the glyphs its codes draw, and
composite glyphs built for clusters, by byte surgery on the TrueType tables.
Adapted from ReportLab's ``TTFontFile.makeSubset``, which maps characters
rather than glyphs."""

from __future__ import annotations

import functools
import itertools
import math
from struct import pack, unpack

from .face import Face, Foreign, GlyphKey
from .glyf import (
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


def build_subset(face: Face, keys: list[GlyphKey | None], advances: list[int]) -> tuple[bytes, list[int]]:
    """A TrueType font program holding what code ``i`` draws, and the
    glyph index in it of each code (the PDF's CIDToGIDMap).

    ``keys[i]`` is a glyph id, a tuple of positioned glyphs (drawn as one
    composite glyph of advance ``advances[i]``) or ``None`` (.notdef).
    The program has no cmap: the PDF reaches glyphs by index. Glyphs of
    ``Foreign`` keys are copied from their face without their hinting
    instructions (they would run with this face's programs).
    """
    with face.subset_lock:
        return _build_subset(face, keys, advances)


def _build_subset(home: Face, keys: list[GlyphKey | None], advances: list[int]) -> tuple[bytes, list[int]]:
    ttf = home.ttf
    # the glyphs the codes draw, in the order first drawn: a home glyph by
    # its id, a foreign one as (face, id) (ints and tuples never collide);
    # dict.fromkeys keeps the first of each
    drawn: list[int | tuple[Face, int]] = [0]
    for key in keys:
        if key is None:
            continue
        if key.__class__ is int:
            drawn.append(key)
        elif key.__class__ is tuple:
            drawn += [gid for gid, _x, _y in key]
        else:
            assert isinstance(key, Foreign)
            face = key.face
            drawn += [(face, gid) for gid, _x, _y in _positioned(key.key)]
    glyph_map: list[tuple[Face, int]] = [
        (home, g) if g.__class__ is int else g  # type: ignore[misc]
        for g in dict.fromkeys(drawn)
    ]
    glyph_set: dict[Face, dict[int, int]] = {home: {}}  # face -> old glyph id -> new index
    for i, (face, old) in enumerate(glyph_map):
        ids = glyph_set.get(face)
        if ids is None:
            ids = glyph_set[face] = {}
        ids[old] = i

    # glyphs that are components of composite glyphs
    max_points, max_contours, max_elements, max_depth = home.maxp_component
    glyphs: list[bytes] = []  # data of each glyph of glyph_map, renumbered
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
            ids = glyph_set[face]
            for comp in comps:
                if comp not in ids:
                    ids[comp] = len(glyph_map)
                    glyph_map.append((face, comp))
            data = renumber_components(data, ids)
        if face is not home:
            data = without_instructions(data)  # they would run with this font's programs
        glyphs.append(data)
    n_real = len(glyph_map)

    # synthetic composites, one per distinct key and advance
    synthetic: dict[tuple, int] = {}
    synthetic_metrics: list[tuple[int, int]] = []  # (advance, lsb)
    home_ids = glyph_set[home]
    code_to_glyph = []
    for key, adv in zip(keys, advances, strict=True):
        if key is None:
            code_to_glyph.append(0)
        elif key.__class__ is int:
            code_to_glyph.append(home_ids[key])
        else:
            skey = (key, adv)
            got = synthetic.get(skey)
            if got is None:
                if isinstance(key, Foreign):
                    positioned = _positioned(key.key)
                    data, lsb, points, contours, depth = composite(
                        key.face, positioned, glyph_set[key.face], key.scale
                    )
                    elements = len(positioned)
                else:
                    data, lsb, points, contours, depth = composite(home, key, home_ids)  # type: ignore[arg-type]
                    elements = len(key)  # type: ignore[arg-type]
                got = synthetic[skey] = n_real + len(synthetic_metrics)
                glyphs.append(data)
                synthetic_metrics.append((adv, lsb))
                if points > max_points:
                    max_points = points
                if contours > max_contours:
                    max_contours = contours
                if elements > max_elements:
                    max_elements = elements
                if depth > max_depth:
                    max_depth = depth
            code_to_glyph.append(got)

    tables: dict[str, bytes] = {}
    for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
        if tag in ttf.table:  # cvt, fpgm and prep are optional
            tables[tag] = ttf.get_table(tag)
    tables["post"] = b"\x00\x03\x00\x00" + ttf.get_table("post")[4:16] + b"\x00" * 16

    hmtx: list[int] = []
    for face, old in glyph_map:
        aw, lsb = face.ttf.hmetrics[old]
        hmtx += (aw, lsb)
    for aw, lsb in synthetic_metrics:
        hmtx += (aw, lsb)
    num_glyphs = len(glyphs)
    tables["hmtx"] = pack(f">{len(hmtx)}H", *[int(v) & 0xFFFF for v in hmtx])
    hhea = ttf.get_table("hhea")
    tables["hhea"] = hhea[:34] + pack(">H", num_glyphs) + hhea[36:]
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
    tables["maxp"] = maxp

    # glyphs padded to four bytes each: the offsets are running sums of the padded lengths
    padded = [data if not len(data) & 3 else data + b"\0" * (4 - (len(data) & 3)) for data in glyphs]
    offsets = [0, *itertools.accumulate(map(len, padded))]
    pos = offsets[-1]
    tables["glyf"] = b"".join(padded)
    if (pos + 1) >> 1 > 0xFFFF:
        loc_format = 1
        loca = pack(f">{len(offsets)}L", *offsets)
    else:
        loc_format = 0
        loca = pack(f">{len(offsets)}H", *[o >> 1 for o in offsets])
    tables["loca"] = loca
    head = ttf.get_table("head")
    # checkSumAdjustment zeroed while the checksums are taken (``make_stream``)
    tables["head"] = head[:8] + b"\0\0\0\0" + head[12:50] + pack(">H", loc_format) + head[52:]
    return make_stream(tables), code_to_glyph


def make_stream(tables: dict[str, bytes]) -> bytes:
    """The TrueType file of ``tables``, byte for byte as ReportLab's
    ``TTFontMaker.makeStream`` writes it, with each table's data summed once:
    the whole file's checksum (for head's checkSumAdjustment) is the sum of
    the header's and directory's words and the tables' checksums, the
    tables being padded to four bytes with zeros (ReportLab reads it all a
    second time). Like ReportLab's ``add``, the caller gives head with its
    checkSumAdjustment zeroed."""
    num_tables = len(tables)
    search_range = 1
    entry_selector = 0
    while search_range * 2 <= num_tables:
        search_range *= 2
        entry_selector += 1
    search_range *= 16
    directory = [
        pack(">lHHHH", 0x00010000, num_tables, search_range, entry_selector, num_tables * 16 - search_range)
    ]
    offset = 12 + num_tables * 16
    total = 0
    items = sorted(tables.items())
    for tag, data in items:
        checksum = _checksum(data)
        total += checksum
        directory.append(tag.encode("latin1") + pack(">LLL", checksum, offset, len(data)))
        offset += (len(data) + 3) & ~3
    header = b"".join(directory)
    total = (total + _checksum(header)) & 0xFFFFFFFF
    adjustment = (0xB1B0AFBA - total) & 0xFFFFFFFF
    parts = [header]
    for tag, data in items:
        if tag == "head":
            data = data[:8] + pack(">L", adjustment) + data[12:]
        parts.append(data)
        if len(data) & 3:
            parts.append(b"\0" * (4 - (len(data) & 3)))
    return b"".join(parts)


def _checksum(data: bytes) -> int:
    """A TrueType table's checksum: the sum of its big-endian 32-bit words,
    the data padded with zeros (unsigned words: the same sum as ReportLab's
    signed ones modulo 2**32)."""
    if len(data) & 3:
        data += b"\0" * (4 - (len(data) & 3))
    return sum(unpack(f">{len(data) >> 2}L", data)) & 0xFFFFFFFF


def composite(
    face: Face, key: tuple[tuple[int, int, int], ...], new_id: dict[int, int], scale: float = 1.0
) -> tuple[bytes, int, int, int, int]:
    """(glyph data, lsb, points, contours, depth) of a composite glyph
    drawing ``face``'s positioned glyphs ``key`` (glyph ids renumbered by
    ``new_id``), scaled by ``scale`` (for a foreign face's glyphs in another
    face's font)."""
    fmt, layout, gids, lsb, points, contours, depth = _composite_layout(face, key, scale)
    if not gids:
        return b"", 0, 0, 0, 0
    # the glyph is one pack of the remembered values, the components' glyph
    # ids renumbered: after the header's five values, each component's
    # second (of four, or five with a scale)
    values = list(layout)
    values[6 :: (len(values) - 5) // len(gids)] = map(new_id.__getitem__, gids)
    return pack(fmt, *values), lsb, points, contours, depth


@functools.lru_cache(maxsize=16384)
def _composite_layout(
    face: Face, key: tuple[tuple[int, int, int], ...], scale: float
) -> tuple[str, tuple[int, ...], tuple[int, ...], int, int, int, int]:
    """What a composite glyph of ``key`` is, whatever the glyphs' numbers in
    the subset: the ``struct`` format of its data and the values packed
    (the header's, then flags, glyph id, dx, dy and, scaled, the scale of
    each component; glyph ids as in ``face``), the components' glyph ids,
    its lsb, points, contours and depth (see ``composite``). Kept between
    documents: the same clusters recur."""
    # one pass: the components' values are packed as they are found
    values = [-1, 0, 0, 0, 0]  # the header's box is filled in at the end
    gids: list[int] = []
    x0 = y0 = 1 << 30
    x1 = y1 = -(1 << 30)
    points = contours = depth = 0
    glyph_info = face.glyph_info
    unscaled = scale == 1.0
    flags = ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | MORE_COMPONENTS
    f2dot14 = 0
    if not unscaled:
        flags |= WE_HAVE_A_SCALE | UNSCALED_COMPONENT_OFFSET
        f2dot14 = round(scale * 16384)
    for gid, dx, dy in key:
        info = glyph_info(gid)
        if info[0] == 0:  # empty glyph: nothing to draw
            continue
        if unscaled:  # integer coordinates and offsets: scaling by 1, floor, ceil and round change nothing
            bx0, by0, bx1, by1 = info[1] + dx, info[2] + dy, info[3] + dx, info[4] + dy
        else:
            dx, dy = round(dx * scale), round(dy * scale)
            bx0 = math.floor(info[1] * scale) + dx
            by0 = math.floor(info[2] * scale) + dy
            bx1 = math.ceil(info[3] * scale) + dx
            by1 = math.ceil(info[4] * scale) + dy
        # x0 <= x1 and y0 <= y1 in a glyph's box, but not necessarily after
        # floor/ceil of odd data: test all four
        if not (
            INT16_MIN <= bx0 <= INT16_MAX
            and INT16_MIN <= by0 <= INT16_MAX
            and INT16_MIN <= bx1 <= INT16_MAX
            and INT16_MIN <= by1 <= INT16_MAX
        ):
            continue  # a mark pushed out of the glyph's coordinate space: not drawn
        gids.append(gid)
        if unscaled:
            values += (flags, gid, dx, dy)
        else:
            values += (flags, gid, dx, dy, f2dot14)
        if bx0 < x0:
            x0 = bx0
        if by0 < y0:
            y0 = by0
        if bx1 > x1:
            x1 = bx1
        if by1 > y1:
            y1 = by1
        points += info[5]
        contours += info[6]
        if info[7] >= depth:
            depth = info[7] + 1
    if not gids:
        return "", (), (), 0, 0, 0, 0
    values[1:5] = x0, y0, x1, y1
    # the last component's flags: no more components
    if unscaled:
        fmt = ">hhhhh" + "HHhh" * len(gids)
        values[-4] = flags & ~MORE_COMPONENTS
    else:
        fmt = ">hhhhh" + "HHhhh" * len(gids)
        values[-5] = flags & ~MORE_COMPONENTS
    return fmt, tuple(values), tuple(gids), x0, points, contours, depth


def _positioned(key: int | tuple[tuple[int, int, int], ...]) -> tuple[tuple[int, int, int], ...]:
    return ((key, 0, 0),) if isinstance(key, int) else key
