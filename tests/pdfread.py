"""Reading our PDFs back with PyMuPDF, for the report tests.

What a reader gets from the file, not what the builder meant: the characters
MuPDF extracts (with their boxes and baselines), the fonts, the glyph ids
drawn, and checks that compare those with the report's texts and with the
cells the builder says it laid out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pymupdf

LEADING_VOWELS = set("\u0e40\u0e41\u0e42\u0e43\u0e44")
TOL = 0.6  # points of slack for glyph boxes against cell borders


@dataclass
class Char:
    page: int  # from 1
    c: str
    x0: float
    y0: float
    x1: float
    y1: float
    ox: float  # origin (start of the baseline)
    oy: float


def open_pdf(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def chars(doc: pymupdf.Document) -> list[Char]:
    """Every character MuPDF extracts, as drawn (no spaces invented)."""
    flags = pymupdf.TEXT_INHIBIT_SPACES | pymupdf.TEXT_PRESERVE_WHITESPACE
    out = []
    for pno, page in enumerate(doc, start=1):
        for block in page.get_text("rawdict", flags=flags)["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    for ch in span["chars"]:
                        x0, y0, x1, y1 = ch["bbox"]
                        out.append(Char(pno, ch["c"], x0, y0, x1, y1, ch["origin"][0], ch["origin"][1]))
    return out


def page_text(doc: pymupdf.Document, pno: int) -> str:
    return doc[pno - 1].get_text()


def fonts(doc: pymupdf.Document) -> list[tuple[str, str, str]]:
    """(base font, type, extension: 'n/a' when not embedded) of every font."""
    seen = {}
    for page in doc:
        for f in page.get_fonts(full=True):
            seen[f[0]] = (f[3], f[2], f[1])
    return list(seen.values())


def glyphs(doc: pymupdf.Document) -> list[tuple[int, int, int, str]]:
    """(page, glyph id, unicode, font) of every glyph drawn."""
    out = []
    for pno, page in enumerate(doc, start=1):
        for span in page.get_texttrace():
            for ch in span["chars"]:
                out.append((pno, ch[1], ch[0], span["font"]))
    return out


# --- matching texts -----------------------------------------------------------------------


def cluster_boundary(text: str, i: int) -> bool:
    """May a line break fall before text[i] without cutting a grapheme
    cluster (Thai: not after a leading vowel, not before ำ or a mark)?"""
    if i <= 0 or i >= len(text):
        return True
    c, p = text[i], text[i - 1]
    if unicodedata.category(c) in ("Mn", "Mc", "Me") or c in "\u0e33\u0e45\u200d":
        return False
    return p not in LEADING_VOWELS and p != "\u200d"


def word_boundaries(text: str) -> set[int]:
    from icu4py.breakers import WordBreaker

    out, pos = {0}, 0
    for piece in WordBreaker(text, "th"):
        pos += len(piece)
        out.add(pos)
    return out


def match_lines(expected: str, lines: list[str]) -> list[int] | None:
    """If the lines read as ``expected`` (a line end standing for one space
    of it or for nothing), the positions in ``expected`` where a line ended
    without a space; else None."""
    pos = 0
    breaks = []
    for k, line in enumerate(lines):
        if k:
            if expected.startswith(line, pos):
                breaks.append(pos)
            elif expected[pos : pos + 1].isspace() and expected.startswith(line, pos + 1):
                pos += 1
            else:
                return None
        elif not expected.startswith(line, pos):
            return None
        pos += len(line)
    return breaks if pos == len(expected) else None


def bad_breaks(expected: str, breaks: list[int], *, words: bool = True) -> list[str]:
    """Breaks inside a grapheme cluster or (``words``) inside a word."""
    bounds = word_boundaries(expected) if words else None
    bad = []
    for b in breaks:
        where = f"{expected[max(0, b - 8):b]}|{expected[b:b + 8]}"
        if not cluster_boundary(expected, b):
            bad.append("cluster: " + where)
        elif bounds is not None and b not in bounds:
            bad.append("word: " + where)
    return bad


# --- cells ----------------------------------------------------------------------------------


def contains(rect: tuple[float, float, float, float], ch: Char, tol: float = TOL) -> bool:
    x0, y0, x1, y1 = rect
    return x0 - tol <= ch.x0 and ch.x1 <= x1 + tol and y0 - tol <= ch.y0 and ch.y1 <= y1 + tol


def cell_lines(doc: pymupdf.Document, layout) -> tuple[dict, list[str]]:
    """The lines of text in each table cell, keyed by (measure, column)
    (measure ``None``: the header on each page, keyed (None, column, page)),
    in page, line and reading order; and problems: characters that stand in
    no cell or are not wholly inside the cell their baseline starts in."""
    by_page: dict[int, list] = {}
    for page_no, page_cells in enumerate(layout.pages, start=1):
        for cell in page_cells:
            assert cell.page == page_no
            by_page.setdefault(cell.page, []).append(cell)
    pieces: dict = {}
    problems = []
    fx0, ftop, fx1, fbottom = layout.frame
    for ch in chars(doc):
        cells = by_page.get(ch.page, [])
        home = [c for c in cells if c.x0 <= ch.ox <= c.x1 and c.top <= ch.oy <= c.bottom]
        if not home:
            if cells and min(c.top for c in cells) < ch.oy < max(c.bottom for c in cells):
                problems.append(f"p{ch.page} {ch.c!r} at ({ch.ox:.1f},{ch.oy:.1f}) in no cell")
            continue
        cell = home[0]
        if ch.c.strip() and not contains(cell.inner, ch):
            problems.append(
                f"p{ch.page} {ch.c!r} box {ch.x0:.1f},{ch.y0:.1f},{ch.x1:.1f},{ch.y1:.1f} "
                f"outside cell {cell.column} of measure {cell.measure}"
            )
        key = (cell.measure, cell.column) if cell.measure is not None else (None, cell.column, cell.page)
        pieces.setdefault(key, {}).setdefault((cell.page, cell.piece), []).append(ch)
    out = {}
    for key, parts in pieces.items():
        lines: list[str] = []
        for part in sorted(parts):
            rows: dict[float, list[Char]] = {}
            for ch in parts[part]:
                rows.setdefault(round(ch.oy, 1), []).append(ch)
            for y in sorted(rows):
                text = "".join(c.c for c in sorted(rows[y], key=lambda c: c.ox))
                if text.strip():
                    lines.append(text.rstrip())
        out[key] = lines
    return out, problems


# --- the report's own texts -------------------------------------------------------------------


def _items(items, list_style: str, level: int, digits: str) -> list[str]:
    from itadesk import thaifmt

    out = []
    for i, item in enumerate(items, start=1):
        marker = thaifmt.list_marker(list_style, level, i, digits)
        out.append(f"{marker} {item.text}" if marker else item.text)
        out += _items(item.items, list_style, level + 1, digits)
    return out


def expected_cells(report, digits: str = "thai") -> dict[tuple[int, int], str]:
    """What each body cell must read: its paragraphs (with their markers)
    separated by a space, which a line end may stand for."""
    from itadesk import thaifmt
    from itadesk.model import LIST_FIELDS

    out = {}
    for m_index, m in enumerate(report.measures):
        cols = [[f"{thaifmt.measure_number(m_index + 1, digits)} {m.title}"]]
        for name in LIST_FIELDS:
            cols.append(_items(m.items_of(name), m.list_style(name), 1, digits))
        cols.append(list(m.responsible_units))
        period = thaifmt.period(m.period_start, m.period_end, digits)
        cols.append([period] if period else [])
        for c, paras in enumerate(cols):
            out[(m_index, c)] = " ".join(paras)
    return out


COLUMN_TITLES = (
    "มาตรการ/โครงการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการปฏิบัติ",
    "ผลการดำเนินการตามมาตรการหรือกิจกรรม",
    "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    "ผู้รับผิดชอบ",
    "ระยะเวลา",
)


def check_report_pdf(result, report, digits: str = "thai", *, word_breaks: bool = True) -> list[str]:
    """Every problem found reading the PDF back (empty when all is well):
    fonts not embedded or not subset, glyph 0 drawn, text off the page, text
    outside its cell, a header row missing on a table page, a cell that does
    not read exactly as its texts, a line break inside a cluster or word."""
    doc = open_pdf(result.pdf)
    problems = []
    for base, kind, ext in fonts(doc):
        if ext == "n/a":
            problems.append(f"font {base} ({kind}) not embedded")
        elif "+" not in base:
            problems.append(f"font {base} not a subset")
    for pno, gid, uni, font in glyphs(doc):
        if gid == 0:
            problems.append(f"p{pno}: glyph 0 for U+{uni:04X} in {font}")
    for ch in chars(doc):
        page = doc[ch.page - 1].rect
        if ch.x1 > ch.x0 and (ch.x0 < 0 or ch.y0 < 0 or ch.x1 > page.width or ch.y1 > page.height):
            problems.append(f"p{ch.page}: {ch.c!r} off the page")
    lines, where = cell_lines(doc, result.layout)
    problems += where
    for pno in range(2, result.page_count + 1):
        for col, title in enumerate(COLUMN_TITLES):
            got = lines.get((None, col, pno))
            if got is None and pno <= len(result.layout.pages) and result.layout.pages[pno - 1]:
                problems.append(f"p{pno}: no header cell {col}")
            elif got is not None and match_lines(title, got) is None:
                problems.append(f"p{pno}: header {col} reads {got!r}")
    for key, text in expected_cells(report, digits).items():
        got = lines.get(key, [])
        breaks = match_lines(text, got) if got else ([] if not text else None)
        if breaks is None:
            problems.append(f"measure {key[0]} column {key[1]}: expected {text[:60]!r}…, read {got[:3]!r}…")
            continue
        problems += [f"measure {key[0]} column {key[1]}: {b}" for b in bad_breaks(text, breaks, words=word_breaks)]
    return problems
