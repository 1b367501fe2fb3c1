"""Report → one self-contained HTML5 page (the results report or the plan).

The same words as the PDF (``itadesk.doctext``, ``itadesk.thaifmt``: titles,
column headers, markers, dates, digits), the same line breaks
(``web.breaks``), the bundled Sarabun embedded as WOFF2 cut to the
characters used (``web.fonts``), the logo and the evidence photos as
``data:`` URIs. No script, no outside reference: the file opens as it is
from the agency's website, a USB stick or an e-mail.

On a screen narrower than 700 px each measure becomes a card (the column
headers as labels); printed, the page is A4 landscape with the table's
header repeated on every page.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable

from .. import doctext, linebreak, thaifmt
from ..errors import ImageError, PhotoError
from ..model import LIST_FIELDS, Item, Measure, Report
from .breaks import markup

# The page's colours, each text colour (and the cells' rules) with the
# background it stands on: WCAG contrast at least 4.5:1, checked by
# tests/test_web.py over every colour the stylesheet names.
TEXT = "#1b1b1b"
PAGE = "#ffffff"
HEADER_BG = "#e4ebf2"
LABEL = "#2b3f55"
RULE = "#5c5c5c"
MUTED = "#4a4a4a"
COLOR_PAIRS = (
    (TEXT, PAGE),
    (TEXT, HEADER_BG),
    (LABEL, PAGE),
    (LABEL, HEADER_BG),
    (MUTED, PAGE),
    (RULE, PAGE),
)
CARD_WIDTH = 700  # px: narrower screens get one card per measure

CSS = f"""
:root{{color:{TEXT};background:{PAGE}}}
body{{font:16px/1.65 Sarabun,sans-serif;margin:0 auto;max-width:1500px;padding:1rem 1.25rem}}
span{{white-space:nowrap}}
p{{margin:0}}
h1{{font-size:1.5rem;line-height:1.6;margin:0 0 .75rem}}
h2{{font-size:1.2rem;line-height:1.6;margin:1.5rem 0 .5rem}}
h3{{font-size:1.05rem;margin:1rem 0 .25rem}}
.cover{{text-align:center;margin:1rem 0 2rem}}
.cover p{{font-size:1.2rem}}
.cover img{{display:block;margin:1.25rem auto;max-width:9rem;max-height:9rem}}
.code{{font-size:.9rem!important;color:{MUTED}}}
table{{border-collapse:collapse;width:100%;margin-top:1.5rem}}
caption{{font-weight:700;font-size:1.15rem;line-height:1.6;margin-bottom:.6rem}}
th,td{{border:1px solid {RULE};padding:.35rem .45rem;vertical-align:top;text-align:left}}
thead th{{background:{HEADER_BG};vertical-align:middle;text-align:center}}
tbody th{{font-weight:400}}
ol,ul,.t{{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:max-content 1fr}}
li{{display:grid;grid-column:1/-1;grid-template-columns:subgrid}}
.k{{grid-column:1;padding-right:.3em}}
li>p,.t>p{{grid-column:2}}
li>ol,li>ul{{grid-column:2}}
.in{{margin-left:2rem}}
.sigs{{display:flex;flex-wrap:wrap;justify-content:flex-end;margin-top:2.5rem;row-gap:2rem}}
.sig{{flex:0 0 50%;text-align:center}}
.photos{{margin-top:2rem}}
.g{{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(15rem,100%),1fr));gap:1rem}}
figure{{margin:0;break-inside:avoid}}
figure img{{width:100%;height:auto;max-height:22rem;object-fit:contain;display:block}}
figcaption{{text-align:center;margin-top:.25rem}}
@media (max-width:{CARD_WIDTH}px){{
body{{padding:.75rem}}
table,tbody,tr,td,tbody th,caption{{display:block;width:auto}}
thead{{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}}
tr{{border:1px solid {RULE};margin:0 0 1rem}}
td,tbody th{{border:0;border-top:1px solid {RULE}}}
tbody th{{background:{HEADER_BG};border-top:0;font-weight:700}}
td:empty{{display:none}}
td::before,tbody th::before{{content:attr(data-label);display:block;font-weight:700;font-size:.9rem;color:{LABEL}}}
.sig{{flex-basis:100%}}
}}
@media print{{
@page{{size:A4 landscape;margin:2cm 2cm 2cm 3cm}}
body{{max-width:none;padding:0;font-size:12pt}}
.cover{{break-after:page;margin-top:4cm}}
.cover.plan{{break-after:auto;margin-top:0}}
.analysis{{break-after:page}}
figure img{{max-height:6.5cm}}
thead{{display:table-header-group}}
caption,thead{{break-after:avoid}}
ol,ul,.t,li{{display:block}}
li,.t{{position:relative;padding-left:var(--m,1.6em)}}
li>.k,.t>.k{{position:absolute;left:0}}
p{{orphans:2;widows:2}}
.photos{{break-before:page}}
.g{{grid-template-columns:repeat(3,minmax(0,1fr))}}
.sigs{{break-inside:avoid}}
}}
"""


class _Page:
    """The body as it is written, and every character it shows (for the font)."""

    def __init__(self, digits: str) -> None:
        self.digits = digits
        self.parts: list[str] = []
        self.chars: set[str] = set()

    def text(self, text: str) -> str:
        """``text`` as HTML with the app's line breaks."""
        self.chars.update(text)
        return markup(text)

    def attr(self, text: str) -> str:
        self.chars.update(text)
        return html.escape(text, quote=True)

    def add(self, *parts: str) -> None:
        self.parts.extend(parts)


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


# --- pieces ----------------------------------------------------------------------------------


def _indent(markers: list[str]) -> str:
    """The hanging indent of printed lists (``--m``, in em): the widest
    marker, estimated from Sarabun's advances, and a space. On a screen a
    grid column sizes itself; a printed grid splits badly across pages."""
    narrow = set("().-,:")
    width = max((sum(0.3 if c in narrow else 0.6 for c in m) for m in markers), default=0.0)
    return f"{width + 0.35:.1f}em"


def _list(page: _Page, items: list[Item], list_style: str, kinds: list[str] | None, level: int = 1) -> str:
    """An ``<ol>`` (numbered) or ``<ul>`` whose markers are the report's own
    (``thaifmt.list_marker``), written out so they read and print as in the PDF."""
    if not items:
        return ""
    tag = "ol" if list_style == "numbered" else "ul"
    markers = [
        thaifmt.list_marker(list_style, level, i, page.digits, kinds) for i in range(1, len(items) + 1)
    ]
    out = [f'<{tag} style="--m:{_indent(markers)}">']
    for item, marker in zip(items, markers, strict=True):
        out.append(f'<li><span class="k">{page.text(marker)}</span><p>{page.text(item.text)}</p>')
        out.append(_list(page, item.items, list_style, kinds, level + 1))
        out.append("</li>")
    out.append(f"</{tag}>")
    return "".join(out)


def _paras(page: _Page, texts: list[str]) -> str:
    return "".join(f"<p>{page.text(t)}</p>" for t in texts)


def _cell(page: _Page, label: str, content: str) -> str:
    return f'<td role="cell" data-label="{page.attr(label)}">{content}</td>'


def _title_cell(page: _Page, label: str, number: str, title: str) -> str:
    return (
        f'<th scope="row" role="rowheader" data-label="{page.attr(label)}"><div class="t" style="--m:{_indent([number])}">'
        f'<span class="k">{page.text(number)}</span><p>{page.text(title)}</p></div></th>'
    )


# Columns' shares of the table's width, as in the PDF (``report.styles``):
# hints a browser follows as far as the longest unbreakable piece allows.
RESULTS_SHARES = (0.165, 0.2, 0.21, 0.21, 0.115)
PLAN_SHARES = (0.21, 0.34, 0.19, 0.17)  # title, steps, responsible, follow-up
PERIOD_SHARE = 0.12
BUDGET_SHARE = 0.09


def column_shares(document: str, budget: bool) -> list[float]:
    """Each column's share of the table (summing to 1) in the order of
    ``doctext.results_columns``/``plan_columns``."""
    fixed = PERIOD_SHARE + (BUDGET_SHARE if budget else 0.0)
    shares = RESULTS_SHARES if document == "results" else PLAN_SHARES
    rest = [(1 - fixed) * s / sum(shares) for s in shares]
    money = [BUDGET_SHARE] if budget else []
    if document == "results":
        return [*rest, *money, PERIOD_SHARE]
    return [*rest[:3], *money, PERIOD_SHARE, rest[3]]


def _table(
    page: _Page, caption: list[str], columns: tuple[str, ...], shares: list[float], rows: list[list[str]]
) -> None:
    # Explicit roles: a phone shows the table as cards (display: block), and some
    # browsers then stop telling screen readers it is a table; the roles keep it one.
    page.add(
        '<table role="table"><caption>', "".join(f"<div>{page.text(c)}</div>" for c in caption), "</caption>"
    )
    page.add("<colgroup>", *(f'<col style="width:{100 * s:.1f}%">' for s in shares), "</colgroup>")
    page.add(
        '<thead role="rowgroup"><tr role="row">',
        *(f'<th scope="col" role="columnheader">{page.text(c)}</th>' for c in columns),
        "</tr></thead>",
    )
    page.add(
        '<tbody role="rowgroup">', *(f'<tr role="row">{"".join(r)}</tr>' for r in rows), "</tbody></table>"
    )


def _period(page: _Page, m: Measure) -> str:
    text = thaifmt.period(m.period_start, m.period_end, page.digits)
    return f"<p>{page.text(text)}</p>" if text else ""


def _signatures(page: _Page, blocks: list[list[str]]) -> None:
    if not blocks:
        return
    page.add('<div class="sigs">')
    for lines in blocks:
        page.add('<div class="sig">', _paras(page, lines), "</div>")
    page.add("</div>")


def _logo(page: _Page, report: Report, warnings: list) -> str:
    from ..photos import sniff

    data = report.organization.logo
    if not data:
        return ""
    mime = sniff(data)
    if mime is None:  # a format a browser may not show (or not an image): leave it out, and say so
        warnings.append(ImageError(reason="unreadable", detail="not a JPEG or PNG image"))
        return ""
    alt = f"ตราสัญลักษณ์ของ{report.organization.name}"
    return f'<img src="{_data_uri(mime, data)}" alt="{page.attr(alt)}">'


def _photos(page: _Page, report: Report, warnings: list) -> None:
    from ..photos import web_rendition

    if not doctext.prints_photos(report):
        return
    page.add('<section class="photos">', f"<h2>{page.text(doctext.PHOTOS_TITLE)}</h2>")
    for i, m in enumerate(report.measures):
        figures = []
        for k, photo in enumerate(m.photos):
            try:
                data, w, h = web_rendition(photo.data)
            except (PhotoError, OSError, ValueError) as exc:  # a damaged row: the page goes without it
                warnings.append(ImageError(reason="photo", detail=f"measures[{i}].photos[{k}]: {exc!r}"))
                continue
            caption = doctext.caption_text(photo, page.digits)
            alt = photo.caption.strip() or doctext.photo_heading(i + 1, m, page.digits)
            figures.append(
                f'<figure><img src="{_data_uri("image/jpeg", data)}" width="{w}" height="{h}" '
                f'alt="{page.attr(alt)}">'
                + (f"<figcaption>{page.text(caption)}</figcaption>" if caption else "")
                + "</figure>"
            )
        if figures:
            page.add(f"<h3>{page.text(doctext.photo_heading(i + 1, m, page.digits))}</h3>")
            page.add('<div class="g">', *figures, "</div>")
    page.add("</section>")


# --- the documents ---------------------------------------------------------------------------


def results_body(
    page: _Page, report: Report, warnings: list, progress: Callable[[int, int], None] | None
) -> str:
    """The results report (O37): the cover, the table, signatures, photos.
    Returns the page's title."""
    org = report.organization
    digits = page.digits
    lines = report.cover_lines or [report.display_title]
    page.add('<header class="cover">')
    page.add("<h1>", "<br>".join(page.text(t) for t in lines), "</h1>")
    code = doctext.item_code(report)
    if code:
        page.add(f'<p class="code">{page.text(code)}</p>')
    page.add(f"<p>{page.text(doctext.fiscal_year_phrase(report.fiscal_year_be, digits))}</p>")
    page.add(_logo(page, report, warnings))
    page.add(f"<p>{page.text(org.name)}</p>")
    place = doctext.place_line(org)
    if place:
        page.add(f"<p>{page.text(place)}</p>")
    page.add("</header><main>")
    columns = doctext.results_columns(report)
    rows = []
    for i, m in enumerate(report.measures):
        labels = iter(columns)
        row = [_title_cell(page, next(labels), thaifmt.measure_number(i + 1, digits), m.title)]
        for name in LIST_FIELDS:
            style = m.list_style(name)
            row.append(
                _cell(page, next(labels), _list(page, m.items_of(name), style, report.markers.get(style)))
            )
        row.append(_cell(page, next(labels), _paras(page, m.responsible_units)))
        if org.budget_column:
            amount = doctext.amount(m, digits)
            row.append(_cell(page, next(labels), _paras(page, [amount] if amount else [])))
        row.append(_cell(page, next(labels), _period(page, m)))
        rows.append(row)
        if progress is not None:
            progress(i + 1, len(report.measures))
    shares = column_shares("results", org.budget_column)
    _table(page, doctext.heading_lines(report, digits), columns, shares, rows)
    _signatures(page, [doctext.signature_lines(s) for s in report.signatories])
    _photos(page, report, warnings)
    page.add("</main>")
    return f"{report.display_title} {org.name} {doctext.fiscal_year_phrase(report.fiscal_year_be, digits)}"


def plan_body(
    page: _Page, report: Report, warnings: list, progress: Callable[[int, int], None] | None
) -> str:
    """The plan (O36): the title block, the analysis of last year's ITA
    result, the table, the head's signature. Returns the page's title."""
    org = report.organization
    digits = page.digits
    a = report.analysis
    year = doctext.fiscal_year_phrase(report.fiscal_year_be, digits)
    page.add('<header class="cover plan">')
    code = doctext.plan_code(report)
    if code:
        page.add(f'<p class="code">{page.text(code)}</p>')
    page.add(f"<h1>{page.text(doctext.plan_title(report))}</h1>")
    page.add(f"<p>{page.text(year)}</p><p>{page.text(org.name)}</p></header><main>")
    page.add('<section class="analysis">')
    page.add(
        f"<h2>{page.text(doctext.ANALYSIS_HEADING)}<br>{page.text(doctext.last_year_phrase(report, digits))}</h2>"
    )
    page.add(f'<p class="in">{page.text(doctext.score_line(a))}</p>')
    if a.note:
        page.add(f'<p class="in">{page.text(a.note)}</p>')
    for heading, texts in (
        (doctext.WEAKNESSES_HEADING, a.weaknesses),
        (doctext.IMPROVEMENTS_HEADING, a.improvements),
    ):
        page.add(f"<h3>{page.text(heading)}</h3>")
        if texts:
            page.add('<div class="in">', _list(page, [Item(t) for t in texts], "numbered", None), "</div>")
        else:
            page.add(f'<p class="in">{page.text(doctext.BLANK)}</p>')
    page.add("</section>")
    columns = doctext.plan_columns(report)
    rows = []
    for i, m in enumerate(report.measures):
        labels = iter(columns)
        style = m.list_style("steps")
        row = [
            _title_cell(page, next(labels), thaifmt.measure_number(i + 1, digits), m.title),
            _cell(page, next(labels), _list(page, m.steps, style, report.markers.get(style))),
            _cell(page, next(labels), _paras(page, m.responsible_units)),
        ]
        if org.budget_column:
            amount = doctext.amount(m, digits)
            row.append(_cell(page, next(labels), _paras(page, [amount] if amount else [])))
        row.append(_cell(page, next(labels), _period(page, m)))
        row.append(_cell(page, next(labels), _paras(page, doctext.follow_up_lines(m))))
        rows.append(row)
        if progress is not None:
            progress(i + 1, len(report.measures))
    _table(page, [doctext.MEASURES_HEADING], columns, column_shares("plan", org.budget_column), rows)
    _signatures(page, [doctext.plan_signature_lines(report)])
    page.add("</main>")
    return f"{doctext.plan_title(report)} {org.name} {year}"


def build_page(
    report: Report,
    *,
    document: str,
    digits: str,
    warnings: list,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """The whole page as a string."""
    from .fonts import sarabun_woff2

    page = _Page(digits)
    build = plan_body if document == "plan" else results_body
    with linebreak.division_names(doctext.division_names(report)):
        title = build(page, report, warnings, progress)
    body = "".join(page.parts)
    chars = page.chars | set(title)
    faces = "".join(
        f'@font-face{{font-family:Sarabun;font-weight:{weight};font-display:block;src:url("'
        f'{_data_uri("font/woff2", sarabun_woff2(chars, bold=weight == 700))}") format("woff2")}}'
        for weight in (400, 700)
    )
    return (
        '<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="ITA Desk">\n'
        f"<title>{html.escape(title, quote=False)}</title>\n"
        f"<style>{faces}{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
