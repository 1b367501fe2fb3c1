"""``FastTTFontFile`` (cmap, hmtx and loca read in bulk) makes what
ReportLab's ``TTFontFile`` makes: the same attributes, in the same order, for
many real fonts; and for damaged ones the same attributes or the same error."""

from __future__ import annotations

import glob
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFontFile

from itadesk.report.fonts.ttfparse import FastTTFontFile
from itadesk.resources import FONT_BOLD, FONT_REGULAR, resource

SYSTEM = "/usr/share/fonts/truetype"
FONTS = [
    str(resource(*FONT_REGULAR)),
    str(resource(*FONT_BOLD)),
    *sorted(glob.glob(f"{SYSTEM}/tlwg/*.ttf")),
    *sorted(glob.glob(f"{SYSTEM}/noto/*Thai*.ttf")),
    *sorted(glob.glob(f"{SYSTEM}/noto/NotoSans*-Regular.ttf")),  # among them format 12 cmaps
    *sorted(glob.glob(f"{SYSTEM}/dejavu/*.ttf")),
]


def _parse(cls: type[TTFontFile], data: bytes) -> object:
    """The parse's attributes (dicts as lists of items: their order too), or its error."""
    try:
        ttf = cls(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001
        return ("error", type(exc), str(exc))
    ttf.glyphToChar, ttf.charWidths  # noqa: B018 - made when first read (FastTTFontFile)
    return {
        k: list(v.items()) if isinstance(v, dict) else v
        for k, v in vars(ttf).items()
        # where reading stopped; a lambda of the same scale; what the lazy attributes are made of
        if k not in ("_pos", "_pdfScale", "_cmap_pairs", "_number_of_hmetrics")
    }


@pytest.mark.parametrize("path", FONTS, ids=lambda p: Path(p).name)
def test_the_same_tables_as_reportlab(path):
    data = Path(path).read_bytes()
    fast = FastTTFontFile(io.BytesIO(data))
    assert fast._bulk_tables() is not None  # read in bulk, not by ReportLab's fallback
    assert _parse(FastTTFontFile, data) == _parse(TTFontFile, data)


def test_fonts_of_every_kind_were_compared():
    assert len(FONTS) >= 30
    formats = set()
    for path in FONTS:
        ttf = TTFontFile(path)
        formats.add(ttf.get_ushort(_chosen_subtable(ttf)))
    assert {4, 12} <= formats
    assert any(TTFontFile(p).unitsPerEm != 1000 for p in FONTS)  # scaled widths too


def _chosen_subtable(ttf: TTFontFile) -> int:
    """Where the cmap subtable ReportLab reads starts."""
    start = ttf.get_table_pos("cmap")[0]
    chosen, enc = None, 0
    for n in range(ttf.get_ushort(start + 2)):
        platform, encoding, offset = (
            ttf.get_ushort(start + 4 + 8 * n),
            ttf.get_ushort(start + 6 + 8 * n),
            ttf.get_ulong(start + 8 + 8 * n),
        )
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, enc = offset, 1
        elif platform == 1 and encoding == 0 and enc != 1:
            chosen, enc = offset, 2
    assert chosen is not None
    return start + chosen


SARABUN = resource(*FONT_REGULAR).read_bytes()
_TTF = TTFontFile(io.BytesIO(SARABUN))
TABLES = {tag: _TTF.get_table_pos(tag) for tag in ("cmap", "hmtx", "loca", "head", "hhea", "maxp")}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tag=st.sampled_from(sorted(TABLES)),
    where=st.floats(0, 1),
    new=st.binary(min_size=1, max_size=4),
    cut=st.none() | st.integers(0, len(SARABUN)),
)
def test_a_damaged_font_parses_or_fails_as_with_reportlab(tag, where, new, cut):
    start, length = TABLES[tag]
    at = start + min(int(where * length), length - 1)
    data = SARABUN[:at] + new + SARABUN[at + len(new) :]
    if cut is not None:
        data = data[:cut]
    assert _parse(FastTTFontFile, data) == _parse(TTFontFile, data)


def test_other_cmap_formats_are_read_by_reportlab():
    # Sarabun's format 4 subtable made to say format 6: ReportLab's code reads it
    at = _chosen_subtable(_TTF)
    data = SARABUN[:at] + b"\x00\x06" + SARABUN[at + 2 :]
    fast = FastTTFontFile(io.BytesIO(data))
    assert fast._bulk_tables() is None
    assert _parse(FastTTFontFile, data) == _parse(TTFontFile, data)


@pytest.mark.parametrize("range_offset", [0xFFF0, 2000, 1900, 1760])
def test_glyph_indices_past_the_subtable_read_as_zero_as_with_reportlab(range_offset):
    # A segment's idRangeOffset pointing (partly) past the subtable's end:
    # ReportLab maps those characters to glyph 0 (broken fonts).
    at = _chosen_subtable(_TTF)
    n = _TTF.get_ushort(at + 6) // 2
    where = at + 16 + 6 * n + 2 * 2  # the third segment's, one that has glyph indices
    assert _TTF.get_ushort(where) != 0
    data = SARABUN[:where] + range_offset.to_bytes(2, "big") + SARABUN[where + 2 :]
    fast = _parse(FastTTFontFile, data)
    assert fast == _parse(TTFontFile, data)
    assert isinstance(fast, dict) and FastTTFontFile(io.BytesIO(data))._bulk_tables() is not None


def test_the_unread_tables_are_made_only_when_read():
    ttf = FastTTFontFile(io.BytesIO(SARABUN))
    assert "glyphToChar" not in vars(ttf) and "charWidths" not in vars(ttf)
    assert ttf.charWidths == TTFontFile(io.BytesIO(SARABUN)).charWidths
    assert "glyphToChar" in vars(ttf) and "charWidths" in vars(ttf)


def test_a_space_without_a_width_fails_as_with_reportlab():
    # the space's glyph made a glyph past the font's: ReportLab's KeyError
    at = _chosen_subtable(_TTF)
    data = bytearray(SARABUN)
    n = _TTF.get_ushort(at + 6) // 2
    for i in range(n):  # the segment of U+0020: a delta that takes its glyph to 5000
        start = _TTF.get_ushort(at + 16 + 2 * n + 2 * i)
        end = _TTF.get_ushort(at + 14 + 2 * i)
        if start <= 0x20 <= end:
            delta = _TTF.get_ushort(at + 16 + 4 * n + 2 * i)
            delta = (delta + 5000 - _TTF.charToGlyph[0x20]) & 0xFFFF
            data[at + 16 + 4 * n + 2 * i : at + 18 + 4 * n + 2 * i] = delta.to_bytes(2, "big")
            break
    assert _parse(FastTTFontFile, bytes(data)) == _parse(TTFontFile, bytes(data))
    assert _parse(TTFontFile, bytes(data))[:2] == ("error", KeyError)
