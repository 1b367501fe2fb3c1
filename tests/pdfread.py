"""Reading our PDFs back with PyMuPDF, for the report tests.

What a reader gets from the file, not what the builder meant: the characters
MuPDF extracts (with their boxes and baselines), the fonts, the glyph ids
drawn, and checks that compare those with the report's texts and with the
cells the builder says it laid out.
"""

from __future__ import annotations

import functools
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
    cluster? ICU's grapheme boundaries (not the code under test), and the
    Thai rule that a leading vowel (เ แ โ ใ ไ) stays with the consonant after
    it, which Unicode's clusters leave apart."""
    if i <= 0 or i >= len(text):
        return True
    return i in grapheme_boundaries(text) and text[i - 1] not in LEADING_VOWELS


@functools.lru_cache(maxsize=4096)
def grapheme_boundaries(text: str) -> frozenset[int]:
    from icu4py.breakers import CharacterBreaker

    out, pos = {0}, 0
    for piece in CharacterBreaker(text, "th"):
        pos += len(piece)
        out.add(pos)
    return frozenset(out)


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
        where = f"{expected[max(0, b - 8) : b]}|{expected[b : b + 8]}"
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


def expected_cells(report, digits: str = "thai", document: str = "results") -> dict[tuple[int, int], str]:
    """What each body cell must read: its paragraphs (with their markers)
    separated by a space, which a line end may stand for. ``document``:
    the results report's columns or the plan's (title, steps, responsible,
    [budget], period, follow-up)."""
    from itadesk import thaifmt
    from itadesk.model import LIST_FIELDS

    out = {}
    for m_index, m in enumerate(report.measures):
        cols = [[f"{thaifmt.measure_number(m_index + 1, digits)} {m.title}"]]
        names = ("steps",) if document == "plan" else LIST_FIELDS
        for name in names:
            cols.append(_items(m.items_of(name), m.list_style(name), 1, digits))
        cols.append(list(m.responsible_units))
        if report.organization.budget_column:
            cols.append([thaifmt.baht(m.budget, digits)] if m.budget else [])
        period = thaifmt.period(m.period_start, m.period_end, digits)
        cols.append([period] if period else [])
        if document == "plan":
            cols.append([t.strip() for t in (m.follow_up or "").splitlines() if t.strip()])
        for c, paras in enumerate(cols):
            out[(m_index, c)] = " ".join(paras)
    return out


def column_titles(report, document: str = "results") -> tuple[str, ...]:
    """The header row of the document's table."""
    if document == "plan":
        titles = PLAN_COLUMN_TITLES
        if report.organization.budget_column:
            return (*titles[:3], "งบประมาณ", *titles[3:])
        return titles
    if report.organization.budget_column:
        return (*COLUMN_TITLES[:-1], "งบประมาณ", COLUMN_TITLES[-1])
    return COLUMN_TITLES


COLUMN_TITLES = (
    "มาตรการ/โครงการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการปฏิบัติ",
    "ผลการดำเนินการตามมาตรการหรือกิจกรรม",
    "ผลลัพธ์หรือความสำเร็จของการดำเนินการ",
    "ผู้รับผิดชอบ",
    "ระยะเวลา",
)
PLAN_COLUMN_TITLES = (
    "มาตรการ/โครงการ/กิจกรรม",
    "ขั้นตอนหรือวิธีการปฏิบัติ",
    "ผู้รับผิดชอบ",
    "ระยะเวลา",
    "การกำกับติดตาม",
)


def check_report_pdf(
    result, report, digits: str = "thai", *, word_breaks: bool = True, document: str = "results"
) -> list[str]:
    """Every problem found reading the PDF back (empty when all is well):
    fonts not embedded or not subset, glyph 0 drawn, text off the page, text
    outside its cell, a header row missing on a table page, a cell that does
    not read exactly as its texts, a line break inside a cluster or word.
    ``document``: the results report or the plan (its own columns)."""
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
    for pno in range(1, result.page_count + 1):
        for col, title in enumerate(column_titles(report, document)):
            got = lines.get((None, col, pno))
            if got is None and pno <= len(result.layout.pages) and result.layout.pages[pno - 1]:
                problems.append(f"p{pno}: no header cell {col}")
            elif got is not None and match_lines(title, got) is None:
                problems.append(f"p{pno}: header {col} reads {got!r}")
    for key, text in expected_cells(report, digits, document).items():
        got = lines.get(key, [])
        breaks = match_lines(text, got) if got else ([] if not text else None)
        if breaks is None:
            problems.append(f"measure {key[0]} column {key[1]}: expected {text[:60]!r}…, read {got[:3]!r}…")
            continue
        problems += [
            f"measure {key[0]} column {key[1]}: {b}" for b in bad_breaks(text, breaks, words=word_breaks)
        ]
    return problems


# --- other readers: poppler (word level) and PDFium ------------------------------------------
#
# MuPDF above is read character by character. Search indexes and text
# selection use poppler's words; Chrome and Edge show PDFs with PDFium. Both
# group characters into words and lines by rules of their own, so each cell is
# read back through them too.


def require(what: str, available: bool) -> None:
    """Skip a test that needs ``what`` when it is missing, except in CI,
    where every test must run (CI installs it)."""
    import os

    import pytest

    if not available:
        if os.environ.get("CI"):
            pytest.fail(f"{what} is missing: CI must install it")
        pytest.skip(f"{what} is not installed")


def _cell_key(cell):
    return (cell.measure, cell.column) if cell.measure is not None else (None, cell.column, cell.page)


def _home(cells, x: float, y: float):
    for cell in cells:
        if cell.x0 <= x <= cell.x1 and cell.top <= y <= cell.bottom:
            return cell
    return None


def poppler_cell_lines(pdf: bytes, layout) -> dict:
    """The lines of each table cell as poppler's words make them
    (``pdftotext -bbox-layout``): a line is its words joined by one space."""
    import shutil
    import subprocess
    import tempfile
    import xml.etree.ElementTree as ET
    from pathlib import Path

    exe = shutil.which("pdftotext")
    require("pdftotext (poppler-utils)", exe is not None)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        out = Path(tmp) / "out.html"
        subprocess.run([exe, "-bbox-layout", "-enc", "UTF-8", str(src), str(out)], check=True)
        root = ET.parse(out).getroot()
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pieces: dict = {}
    for page_no, page in enumerate(root.iter(f"{{{ns['h']}}}page"), start=1):
        cells = layout.pages[page_no - 1] if page_no <= len(layout.pages) else []
        for line in page.iter(f"{{{ns['h']}}}line"):
            line_no = (round(float(line.get("yMax")), 1), float(line.get("xMin")))  # baseline order
            for word in line.iter(f"{{{ns['h']}}}word"):
                x0, y0, x1, y1 = (float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
                cell = _home(cells, (x0 + x1) / 2, (y0 + y1) / 2)
                if cell is None:
                    continue
                rows = pieces.setdefault(_cell_key(cell), {}).setdefault((page_no, cell.piece), {})
                rows.setdefault(line_no, []).append((x0, word.text or ""))
    out_lines: dict = {}
    for key, parts in pieces.items():
        lines = []
        for part in sorted(parts):
            for line_no in sorted(parts[part]):
                lines.append(" ".join(t for _x, t in sorted(parts[part][line_no])))
        out_lines[key] = lines
    return out_lines


def pdfium_cell_lines(pdf: bytes, layout) -> dict:
    """The lines of each table cell as PDFium (Chrome, Edge) reads them:
    its characters in its order, with the spaces it generates. A generated
    space or line feed where the next character starts another line is
    PDFium's mark of a line end."""
    import ctypes

    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        pdfium = raw = None
    require("pypdfium2", pdfium is not None)
    doc = pdfium.PdfDocument(pdf)
    pieces: dict = {}
    x, y = ctypes.c_double(), ctypes.c_double()
    try:
        for page_no, cells in enumerate(layout.pages, start=1):
            page = doc[page_no - 1]
            height = page.get_height()
            text = page.get_textpage()
            line: list[str] | None = None
            pending = ""  # generated spaces, kept if the line goes on
            where = None  # (cell, baseline) of the line being read
            for i in range(text.count_chars()):
                u = chr(raw.FPDFText_GetUnicode(text.raw, i))
                if u == "\x02":  # a hyphen at a line end, which PDFium marks as breaking a word
                    u = "-"
                if raw.FPDFText_IsGenerated(text.raw, i):
                    if u in "\r\n":
                        line = None
                    elif line is not None:
                        pending += u
                    continue
                raw.FPDFText_GetCharOrigin(text.raw, i, ctypes.byref(x), ctypes.byref(y))
                base = height - y.value
                cell = _home(cells, x.value, base)
                if cell is None:
                    continue
                if line is None or where is None or where[0] is not cell or abs(where[1] - base) > 2:
                    line = []
                    pending = ""
                    where = (cell, base)
                    rows = pieces.setdefault(_cell_key(cell), {}).setdefault((page_no, cell.piece), [])
                    rows.append(line)
                line.append(pending + u)
                pending = ""
            text.close()
            page.close()
    finally:
        doc.close()
    out: dict = {}
    for key, parts in pieces.items():
        lines = []
        for part in sorted(parts):
            for chars_ in parts[part]:
                joined = "".join(chars_).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
                if joined.strip():
                    lines.append(joined.rstrip())
        out[key] = lines
    return out


def mupdf_cell_lines(pdf: bytes, layout) -> dict:
    lines, _problems = cell_lines(open_pdf(pdf), layout)
    return lines


READERS = {"mupdf": mupdf_cell_lines, "poppler": poppler_cell_lines, "pdfium": pdfium_cell_lines}


def reader_mismatches(
    reader: str, result, report, digits: str = "thai", document: str = "results"
) -> list[str]:
    """Body cells that ``reader`` does not read back exactly as their texts
    (a line end standing for a space of the text or for nothing)."""
    lines = READERS[reader](result.pdf, result.layout)
    problems = []
    for key, text in expected_cells(report, digits, document).items():
        got = lines.get(key, [])
        if (match_lines(text, got) if got else ([] if not text else None)) is None:
            problems.append(f"{reader}: measure {key[0]} column {key[1]}: {_first_difference(text, got)}")
    return problems


def _first_difference(expected: str, lines: list[str]) -> str:
    joined = " ".join(lines)
    i = 0
    while i < min(len(expected), len(joined)) and expected[i] == joined[i]:
        i += 1
    return f"at {i}: expected {expected[max(0, i - 10) : i + 12]!r}, read {joined[max(0, i - 10) : i + 12]!r}"
