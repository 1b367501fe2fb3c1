"""ReportLab's TrueType parser, with its big tables read in bulk.

``TTFontFile.extractInfo`` reads the cmap, hmtx and loca tables one number
at a time (a method call, a slice and an ``unpack`` each): some 15 M
instructions for each of the bundled Sarabun faces, a cold ``itadesk pdf``
parsing two. ``FastTTFontFile`` lets ReportLab parse the small header tables
(name, head, OS/2, post, hhea, maxp: its checks and its errors), then reads
the cmap (formats 4 and 12), hmtx and loca each with one ``unpack_from``,
making the same attributes, equal to ReportLab's: ``charToGlyph``,
``glyphToChar``, ``charWidths``, ``defaultWidth``, ``hmetrics`` and
``glyphPos`` (``tests/test_ttfparse.py`` compares them for many fonts). A
font with another cmap format, or one the bulk reading finds fault with, is
parsed by ReportLab's own code, so it fails (or not) as it always did.
"""

from __future__ import annotations

import functools
from struct import unpack_from
from typing import Any

from reportlab.pdfbase.ttfonts import TTFontFile


class FastTTFontFile(TTFontFile):
    """``TTFontFile``: the same attributes, the cmap, hmtx and loca tables
    read in bulk. ``glyphToChar`` and ``charWidths`` (which the report never
    reads: 4 M instructions a cold ``itadesk pdf``) are made when first read."""

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 - ReportLab's names
        if not charInfo:
            super().extractInfo(charInfo)
            return
        super().extractInfo(0)  # the header tables, checked as ReportLab checks them
        try:
            tables = self._bulk_tables()
        except Exception:  # noqa: BLE001 - a damaged table: ReportLab's own code says how
            tables = None
        if tables is None:
            super().extractInfo(charInfo)
            return
        del self.charWidths  # None from the header's parse: made when first read
        for name, value in tables.items():
            setattr(self, name, value)

    @functools.cached_property
    def glyphToChar(self) -> dict[int, list[int]]:  # noqa: N802 - ReportLab's name
        glyph_to_char: dict[int, list[int]] = {}
        for unichar, glyph in self._cmap_pairs:
            chars = glyph_to_char.get(glyph)
            if chars is None:
                glyph_to_char[glyph] = [unichar]
            else:
                chars.append(unichar)
        return glyph_to_char

    @functools.cached_property
    def charWidths(self) -> dict[int, float]:  # noqa: N802 - ReportLab's name
        scale = self._pdfScale
        advances = [advance for advance, _lsb in self.hmetrics[: self._number_of_hmetrics]]
        last_width = scale(advances[-1])
        end = max(self.numGlyphs, self._number_of_hmetrics)
        char_widths: dict[int, float] = {}
        glyph_to_char = self.glyphToChar
        for glyph in sorted(glyph_to_char):  # in glyph order, as ReportLab assigns them
            if glyph < end:
                aw = scale(advances[glyph]) if glyph < self._number_of_hmetrics else last_width
                for char in glyph_to_char[glyph]:
                    char_widths[char] = aw
        if 0x20 in self.charToGlyph:
            char_widths[0xA0] = char_widths[0x20]
        elif 0xA0 in self.charToGlyph:
            char_widths[0x20] = char_widths[0xA0]
        return char_widths

    def _bulk_tables(self) -> dict[str, Any] | None:
        """The attributes ``extractInfo`` makes of cmap, hmtx and loca, as it
        makes them; None for what only ReportLab's code reads."""
        data = self._ttf_data
        head = self.get_table_pos("head")[0]
        index_to_loc_format, glyph_data_format = unpack_from(">hh", data, head + 50)
        if glyph_data_format != 0 or index_to_loc_format not in (0, 1):
            return None
        (number_of_hmetrics,) = unpack_from(">H", data, self.get_table_pos("hhea")[0] + 34)
        num_glyphs = self.numGlyphs

        # cmap: the subtable ReportLab chooses (the last that its rules pick)
        cmap_offset = self.get_table_pos("cmap")[0]
        version, count = unpack_from(">HH", data, cmap_offset)
        if count == 0 and version != 0:
            count = version
        encoffs = None
        enc = 0
        for platform, encoding, offset in (
            unpack_from(">HHL", data, cmap_offset + 4 + 8 * n) for n in range(count)
        ):
            if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
                enc, encoffs = 1, offset
            elif platform == 1 and encoding == 0 and enc != 1:
                enc, encoffs = 2, offset
        if encoffs is None:
            return None
        encoffs += cmap_offset
        (fmt,) = unpack_from(">H", data, encoffs)
        if fmt == 4:
            pairs = _format4(data, encoffs)
        elif fmt == 12:
            pairs = _format12(data, encoffs)
        else:
            return None
        char_to_glyph = dict(pairs)

        # hmtx: (advance, left side bearing), both read unsigned as ReportLab
        # does; past numberOfHMetrics the last advance, scaled as ReportLab
        # leaves it there
        scale = self._pdfScale
        hmtx = self.get_table_pos("hmtx")[0]
        flat = unpack_from(f">{2 * number_of_hmetrics}H", data, hmtx)
        hmetrics = list(zip(flat[::2], flat[1::2], strict=True))
        rest = max(num_glyphs - number_of_hmetrics, 0)
        if rest:
            last = scale(flat[-2])
            lsbs = unpack_from(f">{rest}H", data, hmtx + 4 * number_of_hmetrics)
            hmetrics.extend([(last, lsb) for lsb in lsbs])
        # ReportLab looks up charWidths[0x20] (or [0xA0]) here: a KeyError
        # when no glyph below ``end`` has the character (its code then says so)
        end = max(num_glyphs, number_of_hmetrics)
        for space in (0x20, 0xA0):
            if space in char_to_glyph:
                if not any(glyph < end for unichar, glyph in pairs if unichar == space):
                    return None
                break

        # loca
        loca = self.get_table_pos("loca")[0]  # KeyError without one: ReportLab's TTFError then
        if index_to_loc_format == 0:
            glyph_pos = [n << 1 for n in unpack_from(f">{num_glyphs + 1}H", data, loca)]
        else:
            glyph_pos = list(unpack_from(f">{num_glyphs + 1}L", data, loca))

        if 0x20 in char_to_glyph:
            char_to_glyph[0xA0] = char_to_glyph[0x20]
        elif 0xA0 in char_to_glyph:
            char_to_glyph[0x20] = char_to_glyph[0xA0]
        return {
            "charToGlyph": char_to_glyph,
            "defaultWidth": scale(flat[0]),
            "hmetrics": hmetrics,
            "glyphPos": glyph_pos,
            "_cmap_pairs": pairs,  # for glyphToChar and charWidths
            "_number_of_hmetrics": number_of_hmetrics,
        }


def _format4(data: bytes, at: int) -> list[tuple[int, int]]:
    """(character, glyph) of a format 4 subtable at ``at``, in ReportLab's order."""
    (length,) = unpack_from(">H", data, at + 2)
    limit = at + length
    (seg_x2,) = unpack_from(">H", data, at + 6)
    n = int(seg_x2 / 2.0)
    ends = unpack_from(f">{n}H", data, at + 14)
    starts = unpack_from(f">{n}H", data, at + 16 + 2 * n)
    deltas = unpack_from(f">{n}h", data, at + 16 + 4 * n)
    range_offsets_at = at + 16 + 6 * n
    range_offsets = unpack_from(f">{n}H", data, range_offsets_at)
    pairs: list[tuple[int, int]] = []
    for i, (start, end, delta, range_offset) in enumerate(
        zip(starts, ends, deltas, range_offsets, strict=True)
    ):
        if end < start:
            continue
        chars = range(start, end + 1)
        if range_offset == 0:
            pairs.extend([(u, (u + delta) & 0xFFFF) for u in chars])
            continue
        first = range_offsets_at + 2 * i + range_offset  # the glyph of ``start``
        if first + 2 * (end - start) < limit:  # all within the subtable
            glyphs = unpack_from(f">{end - start + 1}H", data, first)
        else:  # past its end ReportLab reads 0 (broken fonts)
            glyphs = tuple(
                unpack_from(">H", data, p)[0] if p < limit else 0
                for p in range(first, first + 2 * len(chars), 2)
            )
        pairs.extend([(u, (g + delta) & 0xFFFF if g else 0) for u, g in zip(chars, glyphs, strict=True)])
    return pairs


def _format12(data: bytes, at: int) -> list[tuple[int, int]]:
    """(character, glyph) of a format 12 subtable at ``at``, in ReportLab's order."""
    (groups,) = unpack_from(">L", data, at + 12)
    flat = unpack_from(f">{3 * groups}L", data, at + 16)
    pairs: list[tuple[int, int]] = []
    for k in range(0, 3 * groups, 3):
        start, end, glyph = flat[k], flat[k + 1], flat[k + 2]
        inc = glyph - start
        pairs.extend([(u, u + inc) for u in range(start, end + 1)])
    return pairs
