"""Checks of a web page of ours, shared by tests/test_web.py and
tests/test_web_browser.py: its texts in order, and the accessibility rules
(WCAG) the project checks itself over the HTML."""

from __future__ import annotations

import re

from lxml import html as lhtml

from itadesk import doctext
from itadesk.web.page import COLOR_PAIRS

from .pdfread import column_titles, expected_cells

# Chromium's printed PDF repeats the marks of some stacked clusters in its
# text, where Sarabun draws a consonant without its tail or a mark moved
# (ญุ่ reads ญุุ่่, ฐู์ reads ฐู์ู์): a quirk of its PDF writer, not of the
# page, whose own text tests/test_web.py reads from the HTML.
_MARK = "[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
_REPEATED_MARK = re.compile(rf"({_MARK})\1+")
_REPEATED_MARKS = re.compile(rf"({_MARK}{{2,}})\1+")


def squeeze(text: str) -> str:
    """``text`` without whitespace (a line end stands for a space or
    nothing) and without a Thai mark repeated on itself."""
    text = re.sub(r"\s+", "", text)
    return _REPEATED_MARK.sub(r"\1", _REPEATED_MARKS.sub(r"\1", text))


def in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in ``haystack`` in order (whitespace ignored:
    a line end stands for a space or nothing)."""
    hay = squeeze(haystack)
    missing, at = [], 0
    for n in needles:
        k = hay.find(squeeze(n), at)
        if k < 0:
            missing.append(n)
        else:
            at = k + len(squeeze(n))
    return missing


def document_texts(report, document: str, digits: str = "thai") -> list[str]:
    """What the page must say, in order (the PDF's texts, from the tests'
    own oracle where it has one)."""
    cells = expected_cells(report, digits, document)
    out: list[str] = []
    if document == "results":
        out += report.cover_lines or [report.display_title]
        out.append(doctext.fiscal_year_phrase(report.fiscal_year_be, digits))
        out.append(report.organization.name)
        out += doctext.heading_lines(report, digits)
    else:
        out += [doctext.PLAN_TITLE, doctext.fiscal_year_phrase(report.fiscal_year_be, digits)]
        out += [doctext.ANALYSIS_HEADING, doctext.last_year_phrase(report, digits)]
        out += [doctext.WEAKNESSES_HEADING, doctext.IMPROVEMENTS_HEADING, doctext.MEASURES_HEADING]
    out += column_titles(report, document)
    for m_index in range(len(report.measures)):
        c = 0
        while (m_index, c) in cells:
            out.append(cells[(m_index, c)])
            c += 1
    return out


def page_of(data: bytes):
    return lhtml.document_fromstring(data.decode("utf-8"))


def _luminance(hex_color: str) -> float:
    rgb = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def accessibility_problems(data: bytes) -> list[str]:
    """WCAG rules a page of ours must keep: language, table headers and
    caption, heading order, alt text on every image, and the contrast of
    every colour the stylesheet uses on the backgrounds it uses."""
    doc = page_of(data)
    problems = []
    if doc.get("lang") != "th":
        problems.append("html lang is not th")
    if not (doc.findtext(".//title") or "").strip():
        problems.append("no title")
    for table in doc.xpath("//table"):
        if not table.xpath("./caption") or not table.xpath("./caption")[0].text_content().strip():
            problems.append("a table without a caption")
        heads = table.xpath("./thead/tr/th")
        if not heads or any(th.get("scope") != "col" for th in heads):
            problems.append("column headers without scope=col")
        for tr in table.xpath("./tbody/tr"):
            if [c.tag for c in tr][:1] != ["th"] or tr[0].get("scope") != "row":
                problems.append("a row without its row header")
            if any(not c.get("data-label") for c in tr):
                problems.append("a cell without its column's label")
        # Shown as cards on a phone (display: block), a table is still one to a
        # screen reader only through its explicit roles.
        roles = {"thead": "rowgroup", "tbody": "rowgroup", "tr": "row", "td": "cell"}
        missing = set()
        for el in table.iter("thead", "tbody", "tr", "td", "th"):
            if el.tag == "th":
                want = "columnheader" if el.getparent().getparent().tag == "thead" else "rowheader"
            else:
                want = roles[el.tag]
            if el.get("role") != want:
                missing.add(f"a {el.tag} without role={want}")
        problems += sorted(missing)
        if table.get("role") != "table":
            problems.append("a table without role=table")
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    if levels[:1] != [1] or levels.count(1) != 1:
        problems.append(f"headings do not start with one h1: {levels}")
    for a, b in zip(levels, levels[1:], strict=False):
        if b > a + 1:
            problems.append(f"heading level skipped: h{a} then h{b}")
    for img in doc.iter("img"):
        if not (img.get("alt") or "").strip():
            problems.append("an image without alt text")
    css = doc.xpath("//style")[0].text
    used = set(re.findall(r"#[0-9a-fA-F]{6}\b", css))
    declared = {c for pair in COLOR_PAIRS for c in pair}
    if used - declared:
        problems.append(f"colours not in COLOR_PAIRS: {used - declared}")
    for fg, bg in COLOR_PAIRS:
        if contrast(fg, bg) < 4.5:
            problems.append(f"contrast {fg} on {bg}: {contrast(fg, bg):.2f}")
    return problems


def pdf_columns(doc, titles: tuple[str, ...]) -> tuple[str, list[str], int]:
    """A browser's printed table, read back by column: the text outside the
    table (page by page), each column's text across pages (its header, which
    repeats on every page, taken out), and how many pages repeat the header.
    The columns are found from the cells' vertical borders."""
    outside: list[str] = []
    columns = [""] * len(titles)
    headers = 0
    for page in doc:
        xs: list[float] = []
        top, bottom = float("inf"), 0.0
        for drawing in page.get_drawings():
            for item in drawing["items"]:
                if item[0] == "re" and item[1].width < 2 and item[1].height > 5:
                    r = item[1]
                    if not any(abs(r.x0 - x) < 2 for x in xs):
                        xs.append(r.x0)
                    top, bottom = min(top, r.y0), max(bottom, r.y1)
        xs.sort()
        in_table = len(xs) == len(titles) + 1
        page_lines: list[list[tuple[float, float, str]]] = [[] for _ in titles]
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                text = "".join(span["text"] for span in line["spans"])
                x0, y0, x1, y1 = line["bbox"]
                cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                if in_table and top <= cy <= bottom and xs[0] <= cx <= xs[-1]:
                    k = max(i for i in range(len(titles)) if xs[i] <= cx)
                    page_lines[k].append((cy, x0, text))
                else:
                    outside.append(text)
        page_cols = ["".join(t for *_pos, t in _reading_order(lines)) for lines in page_lines]
        if in_table:
            heads = [squeeze(c).startswith(squeeze(t)) for c, t in zip(page_cols, titles, strict=True)]
            if all(heads):
                headers += 1
                page_cols = [squeeze(c)[len(squeeze(t)) :] for c, t in zip(page_cols, titles, strict=True)]
            columns = [a + b for a, b in zip(columns, page_cols, strict=True)]
    return "".join(outside), columns, headers


def _reading_order(lines: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Lines top to bottom, those on one line (a marker placed beside its
    text) left to right."""
    out: list[list[tuple[float, float, str]]] = []
    for line in sorted(lines):
        if out and abs(line[0] - out[-1][0][0]) < 3:
            out[-1].append(line)
        else:
            out.append([line])
    return [ln for group in out for ln in sorted(group, key=lambda x: x[1])]


def pdf_problems(doc, report, document: str) -> list[str]:
    """The texts of the report missing from a browser's printed PDF, or out
    of order: outside the table, then column by column."""
    titles = column_titles(report, document)
    outside, columns, headers = pdf_columns(doc, titles)
    problems = []
    if headers < 1:
        problems.append("no page with the table's header")
    texts = [t for t in document_texts(report, document) if t not in titles]
    cells = expected_cells(report, "thai", document)
    body = set(cells.values())
    problems += [f"outside the table: {t}" for t in in_order(outside, [t for t in texts if t not in body])]
    for k, col in enumerate(columns):
        wanted = [cells[(m, k)] for m in range(len(report.measures)) if cells.get((m, k))]
        problems += [f"column {k}: {t[:60]}" for t in in_order(col, wanted)]
    return problems
