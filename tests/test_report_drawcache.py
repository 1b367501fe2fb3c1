"""What drawing keeps between lines and documents changes nothing it writes.

``draw_line`` reads a cluster's TJ operands from what its document learnt
(``DocumentFonts.learn``; ``tests/test_report_drawfast.py`` compares whole
lines with a cluster-by-cluster reference) and places the box of a character
no face has from the widths of the clusters before it on the line (no
running pen); ``composite``
keeps each composite glyph's layout between documents
(``subset._composite_layout``). Here lines with hidden characters, typed line
breaks and missing characters are drawn and compared with a pen moved
cluster by cluster, and composite glyphs made with the layouts remembered
are compared with ones made afresh.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFDocument

from itadesk.report.fonts import resolve_fonts
from itadesk.report.fonts import subset as subset_mod
from itadesk.report.fonts.embedding import DocumentFonts
from itadesk.report.thaitext import Line, draw_line, shape

TEXTS = [
    "ก\x07ข\x1bค \u0f40\u0f41 ที่\U0001f600น้ำ \u0e01\u0e4e",
    "หนึ่ง\nสอง\u0f40\r\nสาม\tสี่ \U0001f600\U0001f600 ปี่ ญู ฐู",
    "E-Service ที่ \u0f40 กรุงเทพมหานคร \U0001f600",
]


def _reference_boxes(shaped, line, x, y):
    """Missing-character boxes with a pen moved over every drawn cluster."""
    boxes = []
    pen = x
    for i in range(line.first, line.last):
        c = shaped.clusters[i]
        if c.newline or c.hidden:
            continue
        if c.missing:
            em = shaped.size * c.face.size_factor
            boxes.append((pen + 0.08 * em, y - 0.12 * em, c.width - 0.16 * em, 0.8 * em))
        pen += c.width
    return boxes


def test_missing_boxes_are_where_a_running_pen_puts_them():
    fonts = resolve_fonts(None, None, None)[0]
    doc_fonts = DocumentFonts(PDFDocument())
    checked = 0
    for text in TEXTS:
        for bold in (False, True):
            shaped = shape(text, fonts, 13, bold)
            lines = [Line(0, len(shaped.clusters), shaped.width), *shaped.lines(60.0)]
            for line in lines:
                for _round in range(2):  # the second time, every cluster is known
                    out: list[str] = []
                    got = draw_line(out, doc_fonts, shaped, line, 31.5, 700.25)
                    assert got == _reference_boxes(shaped, line, 31.5, 700.25)
                    checked += len(got)
    assert checked > 10


def test_known_clusters_draw_as_new_ones():
    fonts = resolve_fonts(None, None, None)[0]
    shaped = shape(TEXTS[2] + " " + TEXTS[0], fonts, 11)
    line = Line(0, len(shaped.clusters), shaped.width)
    first: list[str] = []
    again: list[str] = []
    doc_fonts = DocumentFonts(PDFDocument())
    draw_line(first, doc_fonts, shaped, line, 10.0, 20.0)
    draw_line(again, doc_fonts, shaped, line, 10.0, 20.0)
    assert first == again
    fresh: list[str] = []
    draw_line(fresh, DocumentFonts(PDFDocument()), shaped, line, 10.0, 20.0)
    assert fresh == first


def test_remembered_composite_layouts_build_the_same_glyphs():
    fonts = resolve_fonts(None, None, None)[0]
    face = fonts.face(False)
    keys = set()
    for text in TEXTS:
        for c in shape(text, fonts, 13).clusters:
            if isinstance(c.key, tuple) and c.face is face:
                keys.add(c.key)
    keys.add(((face.cmap[ord("ก")], 0, 0), (face.cmap[ord("\u0e48")], 40, -30)))
    own = [k for k in keys if all(gid in range(len(face.ttf.hmetrics)) for gid, _x, _y in k)]
    assert own
    new_id = {gid: 7 + 3 * gid for k in own for gid, _x, _y in k}

    def build():
        return [
            (subset_mod.composite(face, k, new_id), subset_mod.composite(face, k, new_id, 0.75)) for k in own
        ]

    subset_mod._composite_layout.cache_clear()
    fresh = build()
    again = build()
    assert subset_mod._composite_layout.cache_info().hits >= len(own)
    assert again == fresh
