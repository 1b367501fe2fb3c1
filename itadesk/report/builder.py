"""Report → pages: the cover, the heading, the measures table, signatures.

Page: A4, landscape unless asked for portrait, with the margins of Thai
official documents (left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm). Page
numbers from page 2, centred at the top in the Thai style ``- ๒ -``.
Everything the app writes (numbers, markers, dates, the year) comes from
``itadesk.thaifmt`` in the report's digits; what the clerk typed is printed as
typed.
"""

from __future__ import annotations

import datetime
import io
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import field

from .. import doctext, linebreak, thaifmt
from ..doctext import division_names, fiscal_year_phrase, item_code
from ..errors import ImageError, mutable_record
from ..images import image_size, too_many_pixels
from ..model import LIST_FIELDS, Item, Report
from .flowables import (
    CellBox,
    Columns,
    Context,
    Flowable,
    MeasureTable,
    PageBreak,
    Para,
    Picture,
    Row,
    Spacer,
    TextFlow,
    draw_lines,
    layout_para,
    layout_paras,
)
from .fonts import FontSet
from .styles import (
    A4,
    BUDGET_SHARE,
    CM,
    COLUMN_SHARES,
    MARGINS,
    PAGE_NUMBER_BASELINE,
    PERIOD_SHARE,
    Styles,
    TextStyle,
    cell_padding,
    styles_for,
)

# The texts (titles, headers, signature lines) are decided in ``itadesk.doctext``,
# which the web page (``itadesk.web``) prints from too.


@mutable_record  # a dataclass without exec-made methods: 1.6 M instructions at import
class Layout:
    """Where the builder put things, for tests and the window: the page
    size, the frame (x0, top, x1, bottom; top-left origin) and every table
    cell drawn, page by page."""

    page_width: float
    page_height: float
    frame: tuple[float, float, float, float]
    pages: list[list[CellBox]] = field(default_factory=list)

    @property
    def cells(self) -> list[CellBox]:
        return [c for page in self.pages for c in page]


# --- the story ---------------------------------------------------------------------------


# Words before which a title line reads well; the earlier, the better.
_PHRASE_STARTS = ("เพื่อ", "ประจำ", "สำหรับ", "ของ", "ตาม", "โดย", "ภายใน", "ใน", "และ", "ด้าน")


def title_lines(ctx: Context, text: str, style: TextStyle, width: float, max_lines: int = 4) -> list[str]:
    """Break a title over as few lines as fit ``width``, at word boundaries,
    preferring to start a line with a word that opens a phrase (เพื่อ, ประจำ,
    ของ …) and, after that, lines of even length."""
    from itertools import combinations

    shaped = ctx.shape(text, style.size, style.bold)
    cl = shaped.clusters
    if not cl or shaped.width <= width:
        return [text]
    pos = [0.0]
    for c in cl:
        pos.append(pos[-1] + c.width)

    def seg_width(a: int, b: int) -> float:
        # without the spaces at either end
        while b > a and cl[b - 1].space:
            b -= 1
        while a < b and cl[a].space:
            a += 1
        return pos[b] - pos[a]

    candidates = sorted(shaped.breaks)
    if len(candidates) > 40:  # a long title: plain greedy lines
        lines = shaped.lines(width)
        return [shaped.line_text(ln).strip() for ln in lines]

    def penalty(i: int) -> float:
        rest = text[shaped.starts[i] :]
        for rank, word in enumerate(_PHRASE_STARTS):
            if rest.startswith(word):
                return 0.1 * rank
        return 1.5

    for k in range(2, max_lines + 1):
        best = None
        for cuts in combinations(candidates, k - 1):
            bounds = (0, *cuts, len(cl))
            widths = [seg_width(bounds[j], bounds[j + 1]) for j in range(k)]
            if max(widths) > width:
                continue
            cost = sum(penalty(c) for c in cuts) + 0.5 * ((max(widths) - min(widths)) / width) ** 2
            if best is None or cost < best[0]:
                best = (cost, bounds)
        if best is not None:
            b = best[1]
            return [text[shaped.starts[b[j]] : shaped.ends[b[j + 1] - 1]].strip() for j in range(k)]
    return [shaped.line_text(ln).strip() for ln in shaped.lines(width)]


def _list_paras(
    ctx: Context,
    items: list[Item],
    list_style: str,
    level: int,
    x: float,
    style: TextStyle,
    where: str,
    kinds: list[str] | None = None,
) -> list[Para]:
    markers = [thaifmt.list_marker(list_style, level, i + 1, ctx.digits, kinds) for i in range(len(items))]
    marker_w = max((ctx.shape(m + " ", style.size, style.bold).width for m in markers if m), default=0.0)
    text_x = x + marker_w
    out: list[Para] = []
    for i, (item, marker) in enumerate(zip(items, markers, strict=True)):
        here = f"{where}[{i}]"
        out.append(Para(item.text, style, marker=marker, marker_x=x, text_x=text_x, where=here))
        if item.items:
            out += _list_paras(ctx, item.items, list_style, level + 1, text_x, style, f"{here}.items", kinds)
    return out


def measure_rows(ctx: Context, report: Report, inner_widths: list[float], style: TextStyle, progress=None):
    rows = []
    total = len(report.measures)
    for m_index, m in enumerate(report.measures):
        where = f"measures[{m_index}]"
        number = thaifmt.measure_number(m_index + 1, ctx.digits)
        # the title's hanging indent: the text lines up after "๑. "
        title_marker_w = ctx.shape(number + " ", style.size, style.bold).width
        cols: list[list[Para]] = [
            [Para(m.title, style, marker=number, text_x=title_marker_w, where=f"{where}.title")],
        ]
        for name in LIST_FIELDS:
            list_style = m.list_style(name)
            kinds = report.markers.get(list_style)
            cols.append(
                _list_paras(ctx, m.items_of(name), list_style, 1, 0.0, style, f"{where}.{name}", kinds)
            )
        cols.append(
            [
                Para(u, style, where=f"{where}.responsible_units[{i}]")
                for i, u in enumerate(m.responsible_units)
            ]
        )
        if report.organization.budget_column:
            amount = doctext.amount(m, ctx.digits)
            cols.append([Para(amount, style, where=f"{where}.budget")] if amount else [])
        period = thaifmt.period(m.period_start, m.period_end, ctx.digits)
        cols.append([Para(period, style)] if period else [])
        cells = [layout_paras(ctx, paras, w) for paras, w in zip(cols, inner_widths, strict=True)]
        rows.append(Row(cells, m_index))
        if progress is not None:
            progress(m_index + 1, total)
    return rows


def _logo(report: Report, warnings: list) -> tuple[object, float, float] | None:
    data = report.organization.logo
    if not data:
        return None
    if too_many_pixels(data):  # never decoded: it would take gigabytes
        warnings.append(ImageError(reason="too_large", detail=repr(image_size(data))))
        return None
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
        if w <= 0 or h <= 0:
            raise ValueError("empty image")
    except Exception as exc:  # any undecodable image: print without it, and say so
        warnings.append(ImageError(reason="unreadable", detail=repr(exc)))
        return None
    box = 4.0 * CM
    scale = min(box / w, box / h)
    return reader, w * scale, h * scale


def cover_story(
    ctx: Context, report: Report, styles: Styles, frame_w: float, frame_h: float, warnings
) -> list:
    org = report.organization
    title = report.display_title
    parts: list[Flowable] = []
    lines = report.cover_lines or title_lines(ctx, title, styles.cover_title, frame_w * 0.85)
    parts.append(TextFlow(ctx, [Para(t, styles.cover_title, where="title") for t in lines]))
    code = item_code(report)
    if code:
        parts.append(TextFlow(ctx, [Para(code, styles.page_number, where="ita.item_code")]))
    parts.append(
        TextFlow(ctx, [Para(fiscal_year_phrase(report.fiscal_year_be, ctx.digits), styles.cover_line)])
    )
    logo = _logo(report, warnings)
    gap = 1.2 * CM
    if logo is not None:
        reader, w, h = logo
        parts.append(Picture(reader, w, h, space_before=gap))
    org_lines = [Para(org.name, styles.cover_line, where="organization.name")]
    place = doctext.place_line(org)
    if place:
        org_lines.append(Para(place, styles.cover_line, where="organization.district"))
    org_flow = TextFlow(ctx, org_lines, space_before=gap)
    parts.append(org_flow)
    total = 0.0
    for p in parts:
        total += p.wrap(frame_w, frame_h)[1] + p.space_before
    top_gap = max(0.0, (frame_h - total) * 0.42)
    return [Spacer(top_gap), *parts, PageBreak()]


def heading_story(ctx: Context, report: Report, styles: Styles) -> Flowable:
    *titles, org_year = doctext.heading_lines(report, ctx.digits)
    paras = [*(Para(t, styles.heading, where="title") for t in titles), Para(org_year, styles.heading)]
    return TextFlow(ctx, paras, keep_with_next=True)


def signature_story(ctx: Context, report: Report, styles: Styles) -> list:
    if not report.signatories:
        return []
    blocks = []
    for i, s in enumerate(report.signatories):
        where = f"signatories[{i}]"
        tags = (f"{where}.role", f"{where}.name", f"{where}.position")
        paras = [
            Para(t, styles.signature, where=tag)
            for t, tag in zip(doctext.signature_lines(s), tags, strict=False)
        ]
        blocks.append(paras)
    out: list[Flowable] = []
    rows = [blocks[i : i + 2] for i in range(0, len(blocks), 2)]
    for r, row in enumerate(rows):
        if len(row) == 2:
            placed = [(row[0], 0.0, 0.5), (row[1], 0.5, 0.5)]
        elif len(rows) == 1:
            placed = [(row[0], 0.5, 0.5)]  # one signature: the right half
        else:
            placed = [(row[0], 0.25, 0.5)]
        out.append(Columns(ctx, placed, space_before=1.2 * CM if r == 0 else 0.9 * CM))
    return out


# --- pages ---------------------------------------------------------------------------------------


def paginate(
    canv, ctx: Context, story: list, frame: tuple[float, float, float, float], on_page: Callable
) -> list[list[CellBox]]:
    """Place the story on pages; returns the table cells drawn on each page."""
    x, y0, w, h = frame
    top = y0 + h
    queue = deque(story)
    y = top
    page_cells_start = 0
    pages: list[list[CellBox]] = []

    def new_page() -> None:
        nonlocal y, page_cells_start
        pages.append(ctx.cells[page_cells_start:])
        page_cells_start = len(ctx.cells)
        canv.showPage()
        on_page(canv, canv.getPageNumber())
        y = top

    on_page(canv, 1)
    while queue:
        f = queue.popleft()
        at_top = y >= top - 0.01
        if isinstance(f, PageBreak):
            if not at_top and queue:
                new_page()
            continue
        space = 0.0 if at_top else f.space_before
        avail = y - space - y0
        _fw, fh = f.wrap(w, avail)
        if fh <= avail + 0.01:
            if f.keep_with_next and queue:
                nxt = queue[0]
                rest = avail - fh - nxt.space_before
                if nxt.wrap(w, rest)[1] > rest + 0.01 and not nxt.split(w, rest):
                    parts = f.split_off_end(w, avail)
                    if parts:  # its end goes over with what follows
                        first, end = parts
                        _w, h1 = first.wrap(w, avail)
                        first.drawOn(canv, x, y - space - h1)
                        new_page()
                        queue.appendleft(end)
                        continue
                    if not at_top:  # all of it goes over
                        new_page()
                        queue.appendleft(f)
                        continue
            f.drawOn(canv, x, y - space - fh)
            y -= space + fh
            continue
        parts = f.split(w, avail) if avail > 0 else []
        if parts:
            first, rest = parts
            _w, h1 = first.wrap(w, avail)
            first.drawOn(canv, x, y - space - h1)
            queue.appendleft(rest)
            new_page()
            continue
        if at_top:  # taller than a page and cannot split: draw what fits
            f.drawOn(canv, x, y - fh)
            y -= fh
            continue
        new_page()
        queue.appendleft(f)
    pages.append(ctx.cells[page_cells_start:])
    return pages


def column_widths(ctx: Context, report: Report, style: TextStyle, frame_w: float, pad: float) -> list[float]:
    """Widths of the six columns: the period column fits its longest date on
    one line ("๓๐ กันยายน ๒๕๖๘"), the others share the rest."""
    need = ctx.shape(thaifmt.date(_LONG_DATE, ctx.digits), style.size).width
    for m in report.measures:
        text = thaifmt.period(m.period_start, m.period_end, ctx.digits)
        parts = [p.strip() for p in text.split(thaifmt.EN_DASH)]
        for k, part in enumerate(parts):
            shown = f"{part} {thaifmt.EN_DASH}" if k < len(parts) - 1 else part
            need = max(need, ctx.shape(shown, style.size).width)
    lo, hi = PERIOD_SHARE
    period = min(max(need + pad + 1.0, frame_w * lo), frame_w * hi)
    rest = frame_w - period
    total = sum(COLUMN_SHARES)
    if not report.organization.budget_column:
        return [rest * s / total for s in COLUMN_SHARES] + [period]
    # the budget column fits its widest amount on one line (within BUDGET_SHARE)
    amounts = [thaifmt.baht(m.budget, ctx.digits) for m in report.measures if m.budget]
    need = max((ctx.shape(a, style.size).width for a in amounts), default=0.0)
    lo, hi = BUDGET_SHARE
    budget = min(max(need + pad + 1.0, frame_w * lo), frame_w * hi)
    rest -= budget
    return [rest * s / total for s in COLUMN_SHARES] + [budget, period]


def measure_table(
    ctx: Context,
    styles: Styles,
    titles: Sequence[str],
    col_widths: list[float],
    padding: tuple[float, float, float, float],
    rows: list[Row],
    frame_h: float,
) -> MeasureTable:
    """The table of either document: its header row of ``titles``, then ``rows``."""
    header = Row(
        [
            layout_para(ctx, Para(title, styles.header), w - padding[0] - padding[2])
            for title, w in zip(titles, col_widths, strict=True)
        ],
        None,
        valign_middle=True,
    )
    table = MeasureTable(ctx, col_widths, header, rows, padding=padding, page_height=frame_h)
    table.space_before = 0.4 * CM
    return table


_LONG_DATE = datetime.date(2025, 9, 30)  # a usual end of a period


def build_story(
    ctx: Context,
    report: Report,
    orientation: str,
    frame_w: float,
    frame_h: float,
    warnings: list,
    progress: Callable[[int, int], None] | None = None,
    compact: bool = False,
):
    styles = styles_for(orientation, compact)
    story: list = []
    story += cover_story(ctx, report, styles, frame_w, frame_h, warnings)
    story.append(heading_story(ctx, report, styles))
    padding = cell_padding(compact)
    col_widths = column_widths(ctx, report, styles.table, frame_w, padding[0] + padding[2])
    inner = [w - padding[0] - padding[2] for w in col_widths]
    rows = measure_rows(ctx, report, inner, styles.table, progress)
    table = measure_table(ctx, styles, doctext.results_columns(report), col_widths, padding, rows, frame_h)
    table.keep_with_next = bool(report.signatories)  # the signatures never stand alone on a page
    story.append(table)
    story += signature_story(ctx, report, styles)
    if report.print_photos and any(m.photos for m in report.measures):
        from .photo_pages import photo_story  # and the photo rules: only for a report with photos

        story += photo_story(ctx, report, styles, orientation, frame_h, warnings)
    return story, styles


def page_geometry(orientation: str) -> tuple[tuple[float, float], tuple[float, float, float, float]]:
    """Page size and frame (x, y bottom, width, height) in PDF points."""
    w, h = A4 if orientation == "portrait" else (A4[1], A4[0])
    frame = (
        MARGINS["left"],
        MARGINS["bottom"],
        w - MARGINS["left"] - MARGINS["right"],
        h - MARGINS["top"] - MARGINS["bottom"],
    )
    return (w, h), frame


def _set_metadata(canv, report: Report, digits: str, title: str | None = None) -> None:
    org = report.organization
    title = title or report.display_title
    canv.setTitle(title)
    canv.setAuthor(org.name)
    canv.setSubject(f"{title} {org.name} {fiscal_year_phrase(report.fiscal_year_be, digits)}")
    canv.setCreator("ITA Desk")
    canv.setKeywords("ITA")


def render(
    report: Report,
    fonts: FontSet,
    *,
    orientation: str,
    digits: str,
    progress: Callable[[int, int], None] | None = None,
    warnings: list,
    compact: bool = False,
    document: str = "results",
    build: Callable | None = None,
    title: str | None = None,
) -> tuple[bytes, int, Layout, Context]:
    """Lay out and draw a document: the results report (``build_story``)
    or, with ``build`` (same signature) and ``title`` (the file's title),
    another document of the same rows (``plan.build_plan_story``)."""
    with linebreak.division_names(division_names(report)):
        return _render(
            report,
            fonts,
            orientation=orientation,
            digits=digits,
            progress=progress,
            warnings=warnings,
            compact=compact,
            document=document,
            build=build or build_story,
            title=title,
        )


def _render(
    report: Report,
    fonts: FontSet,
    *,
    orientation: str,
    digits: str,
    progress: Callable[[int, int], None] | None,
    warnings: list,
    compact: bool = False,
    document: str = "results",
    build: Callable = build_story,
    title: str | None = None,
) -> tuple[bytes, int, Layout, Context]:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import DocumentFonts, register_null_font

    # binary streams: ASCII85 made the file a quarter larger and, without
    # ReportLab's C accelerator, cost 20 ms per report
    rl_config.useA85 = 0

    (page_w, page_h), frame = page_geometry(orientation)
    ctx = Context(fonts=fonts, digits=digits, page_height=page_h)
    n = len(report.measures)
    total = n + 2

    def step(done: int, _total: int) -> None:
        if progress is not None:
            progress(done, total)

    step(0, total)
    story, styles = build(ctx, report, orientation, frame[2], frame[3], warnings, step, compact)
    buf = io.BytesIO()
    canv = Canvas(
        buf,
        pagesize=(page_w, page_h),
        pageCompression=1,
        initialFontName=register_null_font(),
        lang="th-TH",
    )
    ctx.doc_fonts = DocumentFonts(canv._doc)
    _set_metadata(canv, report, digits, title)
    from .outline import Bookmarks

    bookmarks = Bookmarks(canv, ctx, report, document, page_h)
    bookmarks.attach()

    def on_page(c, number: int) -> None:
        if number < 2:
            return
        boxes = layout_para(ctx, Para(thaifmt.page_number(number, digits), styles.page_number), frame[2])
        draw_lines(c, ctx, boxes, frame[0], page_h - PAGE_NUMBER_BASELINE + boxes[0].ascent + boxes[0].over)

    cells_by_page = paginate(canv, ctx, story, frame, on_page)
    # Drawn: the laid-out lines and shaped paragraphs go before the document
    # is written out (its peak of memory).
    del story
    ctx.forget_shaped()
    ctx.doc_fonts.forget_drawn()
    step(n + 1, total)
    canv.showPage()
    bookmarks.finish()
    canv.save()
    data = buf.getvalue()
    step(total, total)
    x, y, w, h = frame
    layout = Layout(page_w, page_h, (x, page_h - (y + h), x + w, page_h - y), cells_by_page)
    return data, len(cells_by_page), layout, ctx
