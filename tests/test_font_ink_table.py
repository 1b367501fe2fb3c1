"""The bundled faces' glyph ink tables (``itadesk.report.fonts.inktable``):
every glyph's slices as the outlines give them, value and type; the report
printed the same with and without them; a table that is not its font's, or
is damaged, is never used and never raises."""

from __future__ import annotations

import hashlib
import math
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from itadesk.report.fonts import inktable
from itadesk.report.fonts.face import INK_SLICES, Face
from itadesk.resources import FONT_BOLD, FONT_REGULAR, resource

FONTS = [FONT_REGULAR, FONT_BOLD]


@pytest.mark.parametrize("parts", FONTS, ids=lambda p: p[-1])
def test_the_table_gives_every_glyph_as_its_outline_does(parts: tuple[str, ...]) -> None:
    path = resource(*parts)
    tabled, worked_out = Face(path), Face(path, ink_table=False)
    # the shipped table is this font's (else: tools/build_ink_tables.py)
    assert tabled._ink_table is not None, f"{path.with_suffix('.ink').name} is not {path.name}'s: rebuild it"
    assert worked_out._ink_table is None
    glyphs = tabled.ttf.numGlyphs
    assert glyphs > 500
    for gid in range(glyphs):
        from_table = tabled._ink_table.slices(gid)
        # repr: the same numbers of the same types (an int stays an int)
        assert repr(from_table) == repr(worked_out.ink_slices(gid)), gid
        assert repr(tabled.ink_slices(gid)) == repr(from_table), gid
    assert tabled._ink_table.slices(glyphs) is None
    assert tabled._ink_table.slices(-1) is None


def test_the_report_is_the_same_with_the_tables_and_without(tmp_path: Path) -> None:
    from reportlab import rl_config

    from itadesk.exchange import load_report
    from itadesk.report import render_pdf
    from itadesk.resources import SAMPLE_REPORT

    # the same font files under other names: no table is theirs
    regular = shutil.copy(resource(*FONT_REGULAR), tmp_path / "Copy-Regular.ttf")
    bold = shutil.copy(resource(*FONT_BOLD), tmp_path / "Copy-Bold.ttf")
    assert Face(Path(regular))._ink_table is None
    sample = load_report(resource(*SAMPLE_REPORT))
    was = rl_config.invariant
    rl_config.invariant = 1
    try:
        with_tables = render_pdf(sample, font=resource(*FONT_REGULAR), bold_font=resource(*FONT_BOLD)).pdf
        without = render_pdf(sample, font=Path(regular), bold_font=Path(bold)).pdf
    finally:
        rl_config.invariant = was
    assert hashlib.sha256(with_tables).hexdigest() == hashlib.sha256(without).hexdigest()


def _table_and_font() -> tuple[bytes, bytes, int]:
    path = resource(*FONT_REGULAR)
    face = Face(path, ink_table=False)
    return path.with_suffix(".ink").read_bytes(), path.read_bytes(), face.ttf.numGlyphs


def test_a_table_that_is_not_its_fonts_is_not_used() -> None:
    table, font, glyphs = _table_and_font()
    assert inktable.parse(table, font, glyphs, INK_SLICES) is not None
    changed = bytearray(font)
    changed[len(font) // 2] ^= 1  # the font changed, its length did not
    assert inktable.parse(table, bytes(changed), glyphs, INK_SLICES) is None
    assert inktable.parse(table, font + b"\0", glyphs, INK_SLICES) is None
    assert inktable.parse(table, font, glyphs + 1, INK_SLICES) is None
    assert inktable.parse(table, font, glyphs, INK_SLICES + 1) is None
    bold_table = resource(*FONT_BOLD).with_suffix(".ink").read_bytes()
    assert inktable.parse(bold_table, font, glyphs, INK_SLICES) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t[:-1],  # truncated
        lambda t: t[:10],
        lambda t: b"",
        lambda t: b"XTAINK1\0" + t[8:],  # not a table
        lambda t: t + b"\0",
    ],
    ids=["last-byte", "head-only", "empty", "magic", "trailing"],
)
def test_a_damaged_table_is_not_used(damage) -> None:  # type: ignore[no-untyped-def]
    table, font, glyphs = _table_and_font()
    assert inktable.parse(damage(table), font, glyphs, INK_SLICES) is None


def _resealed(table: bytearray) -> bytes:
    # the CRC of the changed body: damage that the check cannot see
    head = struct.calcsize("<8s6I")
    struct.pack_into("<I", table, head - 4, zlib.crc32(table[head:]))
    return bytes(table)


def test_a_changed_body_is_seen() -> None:
    table, font, glyphs = _table_and_font()
    bad = bytearray(table)
    bad[-1000] ^= 0x40
    assert inktable.parse(bytes(bad), font, glyphs, INK_SLICES) is None
    assert inktable.parse(_resealed(bad), font, glyphs, INK_SLICES) is not None


def parse_ok(table: bytes, font: bytes, glyphs: int, gid: int) -> bool:
    parsed = inktable.parse(table, font, glyphs, INK_SLICES)
    return parsed is not None and bool(parsed.slices(gid))


def test_an_entry_that_does_not_read_is_worked_out_instead() -> None:
    table, font, glyphs = _table_and_font()
    # offsets that point backwards, past the values, or not at whole boxes;
    # a y value that is no integer (infinite, not a number)
    head = struct.calcsize("<8s6I")
    count = struct.unpack_from("<I", table, head - 8)[0]
    bad = bytearray(table)
    struct.pack_into("<2I", bad, head + 4 * 10, 40, 4)  # glyph 10 backwards
    struct.pack_into("<I", bad, head + 4 * 21, count + 4)  # glyph 20 past the end
    (end_of_30,) = struct.unpack_from("<I", bad, head + 4 * 31)
    struct.pack_into("<I", bad, head + 4 * 31, end_of_30 + 1)  # glyph 30 not whole boxes
    values_at = head + 4 * (glyphs + 1)
    kinds_at = values_at + 8 * count
    # two glyphs whose ys are held as ints, with boxes
    simple = [g for g in range(50, glyphs) if bad[kinds_at + g] == 1 and parse_ok(table, font, glyphs, g)][:2]
    for gid, bad_y in zip(simple, (math.inf, math.nan), strict=True):
        (first,) = struct.unpack_from("<I", bad, head + 4 * gid)
        struct.pack_into("<d", bad, values_at + 8 * (first + 1), bad_y)
    parsed = inktable.parse(_resealed(bad), font, glyphs, INK_SLICES)
    assert parsed is not None
    for gid in (10, 20, 30, *simple):
        assert parsed.slices(gid) is None
    # a face reading that table works those glyphs out from their outlines
    face = Face(resource(*FONT_REGULAR))
    face._ink_table = parsed
    worked_out = Face(resource(*FONT_REGULAR), ink_table=False)
    for gid in (10, 20, 30, *simple, 60):
        assert repr(face.ink_slices(gid)) == repr(worked_out.ink_slices(gid))
    assert parsed.slices(50) is not None


def test_no_table_for_a_font_that_has_none(tmp_path: Path) -> None:
    # a stem no shipped table has, one that no file can have
    assert inktable.open_table("Nothing-Here", b"x", 1, INK_SLICES) is None
    assert inktable.open_table("bad\0name", b"x", 1, INK_SLICES) is None
    # a Thai font name near the 255-byte limit: its table's name is longer
    assert inktable.open_table("ฟ" * 84, b"x", 1, INK_SLICES) is None


def test_glyphs_of_other_types_are_left_to_the_outlines() -> None:
    boxes = {
        0: (),
        1: ((1.5, 2, 3.5, 4),),  # a simple glyph's: ys ints
        2: ((1.5, 2.5, 3.5, 4.5), (3.5, -1.25, 5.0, 0.0)),  # a composite's: floats
        3: ((1.5, 2, 3.5, 4.5),),  # any other mix: not held
    }
    table = inktable.build(b"font", 4, INK_SLICES, boxes.__getitem__)
    parsed = inktable.parse(table, b"font", 4, INK_SLICES)
    assert parsed is not None
    for gid in (0, 1, 2):
        assert repr(parsed.slices(gid)) == repr(boxes[gid])
    assert parsed.slices(3) is None
