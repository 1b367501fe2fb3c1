"""Flowables of the report: text, the measures table, the cover, signatures.

They keep ReportLab's flowable protocol: ``wrap(availWidth, availHeight)``
returns ``(width, height)``, ``split(availWidth, availHeight)`` returns ``[]``
(cannot) or ``[first, rest]``, ``drawOn(canvas, x, y)`` draws with its
bottom-left corner at (x, y). They do not derive from ReportLab's platypus:
importing platypus alone costs about 0.1 s, half of the time the whole sample
report takes, and its ``Table`` gets in-row splitting wrong in ways listed in
``docs/typesetting.md``. ``builder.paginate`` places them on pages.

Text is drawn by ``thaitext.draw_line``; every line is laid out once per
width and kept.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import mutable_record, record
from .styles import INK_BIN, INK_CLEARANCE, LINE_PITCH, TextStyle
from .thaitext import InkParts, Line, Shaped, draw_line, ink_extent, ink_need, shape

if TYPE_CHECKING:  # pragma: no cover
    from .fonts import DocumentFonts, FontSet


# --- context shared by the flowables of one document ------------------------------------


@mutable_record  # a dataclass without exec-made methods: 1.6 M instructions at import
class CellBox:
    """A table cell as drawn: page (from 1), rectangle in points with the
    origin at the top-left of the page (as PyMuPDF reports words), the
    column (0–5), the measure (index in ``report.measures``, ``None`` for the
    header row) and which piece of a row split over pages (0, 1, …)."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    column: int
    measure: int | None
    piece: int = 0
    padding: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # left, top, right, bottom

    @property
    def inner(self) -> tuple[float, float, float, float]:
        """The rectangle text may occupy: the cell less its padding."""
        lp, tp, rp, bp = self.padding
        return (self.x0 + lp, self.top + tp, self.x1 - rp, self.bottom - bp)


@mutable_record  # a dataclass without exec-made methods: 1.6 M instructions at import
class Context:
    """What the flowables of one document share."""

    fonts: FontSet
    digits: str
    page_height: float
    doc_fonts: DocumentFonts | None = None
    cells: list[CellBox] = field(default_factory=list)
    missing: dict[str, set[str]] = field(default_factory=dict)  # where -> characters
    dropped_marks: set[str] = field(default_factory=set)  # where marks were left out
    _shaped: dict[tuple[str, float, bool], Shaped] = field(default_factory=dict)

    def forget_shaped(self) -> None:
        """Let the shaped paragraphs go (once everything is drawn)."""
        self._shaped.clear()

    def shape(self, text: str, size: float, bold: bool = False, where: str | None = None) -> Shaped:
        key = (text, size, bold)
        sh = self._shaped.get(key)
        if sh is None:
            sh = self._shaped[key] = shape(text, self.fonts, size, bold)
        if sh.missing and where is not None:
            self.missing.setdefault(where, set()).update(sh.missing)
        if sh.dropped_marks and where is not None:
            self.dropped_marks.add(where)
        return sh


# --- styles and laid-out lines --------------------------------------------------------------


@record  # a frozen dataclass without exec-made methods: 3 M instructions at import
class Para:
    """A paragraph to lay out: text, optionally after a list marker.

    ``marker_x`` and ``text_x`` are offsets from the left of the column: the
    marker stands at ``marker_x``, the text's lines at ``text_x`` (a hanging
    indent); the first line starts after the marker if that is further.
    """

    text: str
    style: TextStyle
    marker: str = ""
    marker_x: float = 0.0
    text_x: float = 0.0
    space_before: float = 0.0
    where: str | None = None  # e.g. "measures[3].steps[1]", for warnings


@dataclass(slots=True)
class LineBox:
    """One line of text as laid out.

    Lines follow each other ``height`` apart (baseline to baseline), plus
    ``gap``: a paragraph's space before, and whatever more keeps the ink of
    this line clear of the ink of the line above (see ``settle``). A line
    that starts a block reaches ``over`` higher than its box, one that ends
    a block ``under`` lower: the face's ascender and descender, or its ink
    if that reaches further."""

    shaped: Shaped
    line: Line
    x: float  # offset of the line from the column's left
    height: float
    ascent: float  # baseline below the line's top
    gap: float = 0.0  # space above this line (first line of a paragraph)
    marker: Shaped | None = None
    marker_x: float = 0.0
    face_over: float = 0.0  # the face's ascender above the box
    face_under: float = 0.0  # the face's descender below the box
    synthetic_bold: bool = False
    starts_para: bool = False  # the first line of a paragraph (a list item)
    _ink: InkProfile | None = None
    # ``settle``'s answer for this line under ``_above`` when their baselines
    # were ``_need_at`` apart, kept for the second pass over the same pair
    # (a paragraph's lines, then the cell's).
    _above: LineBox | None = field(default=None, compare=False, repr=False)
    _need: float = field(default=0.0, compare=False, repr=False)
    _need_at: float = field(default=0.0, compare=False, repr=False)

    def text(self) -> str:
        t = self.shaped.line_text(self.line)
        if self.marker is not None:
            return self.marker.text + t
        return t

    def ink_parts(self) -> InkParts:
        """What is drawn: (shaped, line, x) of the text and of its marker."""
        parts = [(self.shaped, self.line, self.x)]
        if self.marker is not None:
            m = self.marker
            parts.append((m, Line(0, len(m.clusters), m.width), self.marker_x))
        return parts

    @property
    def ink(self) -> InkProfile:
        if self._ink is None:
            self._ink = InkProfile(*ink_extent(self.ink_parts(), synthetic_bold=self.synthetic_bold))
        return self._ink

    @property
    def over(self) -> float:
        """How far above the box the block's top is when this line starts it."""
        return max(self.face_over, self.ink.top - self.ascent + INK_CLEARANCE / 2)

    @property
    def under(self) -> float:
        """How far below the box the block's bottom is when this line ends it."""
        return max(self.face_under, -self.ink.bottom - (self.height - self.ascent) + INK_CLEARANCE / 2)


@dataclass(slots=True)
class InkProfile:
    """A line's ink (``thaitext.ink_extent``): its highest and lowest point,
    in points above the baseline."""

    top: float
    bottom: float


def settle(boxes: list[LineBox]) -> list[LineBox]:
    """Give each line the space above it that keeps its ink clear of the
    line above: more than the line pitch only where a deep glyph (the tail
    of ฏ, a lower vowel) meets a tall one (a tone mark over an upper vowel)."""
    if len(boxes) < 2:
        return boxes
    bi = boxes[0].ink
    for prev, b in zip(boxes, boxes[1:], strict=False):
        actual = prev.height - prev.ascent + b.gap + b.ascent
        # each line's ink, once: this line's is the next one's above
        pu, bi = bi, b.ink
        # the pitch alone keeps them apart when no ink comes near
        if actual + pu.bottom - bi.top >= INK_CLEARANCE:
            continue
        if b._above is prev and b._need_at <= actual:
            need = b._need  # exact if more than actual, else no more than that
        else:
            need = b._need = ink_need(
                prev.ink_parts(),
                (pu.top, pu.bottom),
                b.ink_parts(),
                (bi.top, bi.bottom),
                actual,
                INK_BIN,
                INK_CLEARANCE,
                upper_bold=prev.synthetic_bold,
                lower_bold=b.synthetic_bold,
            )
            b._above, b._need_at = prev, actual
        if need > actual:
            b.gap += need - actual
    return boxes


def line_metrics(ctx: Context, style: TextStyle) -> tuple[float, float, float, float]:
    """(line pitch, ascent, over, under) of a style in points.

    The pitch is ``LINE_PITCH`` times the size, scaled with the face (its
    consonants stand as tall as Sarabun's), whatever the face's ascender and
    descender say: lines whose ink would come close get more (``settle``).
    The ascender and descender (their sum at least 1.2 em) still bound the
    first and last line of a block: ``over`` and ``under`` the box."""
    face = ctx.fonts.face(style.bold)
    em = style.size * face.size_factor
    scale = em / face.upem
    asc = face.ascender * scale
    desc = -face.descender * scale
    natural = max(asc + desc, 1.2 * em) * style.spacing
    asc += (natural - (asc + desc)) / 2
    desc = natural - asc
    height = min(natural, LINE_PITCH * em * style.spacing)
    ascent = height * asc / natural
    return height, ascent, asc - ascent, desc - (height - ascent)


def layout_para(ctx: Context, para: Para, width: float) -> list[LineBox]:
    style = para.style
    height, ascent, over, under = line_metrics(ctx, style)
    synthetic = ctx.fonts.synthetic_bold and style.bold
    shaped = ctx.shape(para.text, style.size, style.bold, para.where)
    marker = None
    # Deep sub-items in a narrow column with a wide font: the hanging indent
    # gives way so that the text keeps a third of the column (at least four
    # ems, or the whole column), and never spills out of the cell.
    min_text = min(width, max(width / 3, 4 * style.size))
    text_x = min(para.text_x, max(0.0, width - min_text))
    marker_x = para.marker_x - (para.text_x - text_x)
    first_x = text_x
    if para.marker:
        marker = ctx.shape(para.marker + " ", style.size, style.bold)
        marker_x = max(0.0, min(marker_x, text_x - marker.width))
        first_x = max(text_x, marker_x + marker.width)
    lines = shaped.lines(max(width - first_x, 1.0), max(width - text_x, 1.0))
    out = []
    for i, line in enumerate(lines):
        x = first_x if i == 0 else text_x
        if style.align == "center":
            x = max(0.0, (width - line.width) / 2)
        box = LineBox(
            shaped,
            line,
            x,
            height,
            ascent,
            para.space_before if i == 0 else 0.0,
            face_over=over,
            face_under=under,
            synthetic_bold=synthetic,
            starts_para=i == 0,
        )
        if i == 0 and marker is not None:
            box.marker = marker
            box.marker_x = marker_x
        out.append(box)
    return settle(out)


def layout_paras(ctx: Context, paras: list[Para], width: float) -> list[LineBox]:
    """The lines of paragraphs set one under another in ``width``."""
    boxes: list[LineBox] = []
    for p in paras:
        boxes += layout_para(ctx, p, width)
    settle(boxes)
    for b in boxes:
        b._above = None
        # settled for good: the per-cluster ink of its paragraph is no longer
        # needed (made again should it be; a list marker's, shared, is kept)
        b.shaped._ink = None
    return boxes


def draw_lines(canv, ctx: Context, boxes: list[LineBox], x: float, top: float) -> float:
    """Draw boxes from ``top`` down; return the y below the last one."""
    assert ctx.doc_fonts is not None
    out: list[str] = []
    missing_boxes = []
    y = top - boxes[0].over if boxes else top
    synthetic = ctx.fonts.synthetic_bold
    doc_fonts = ctx.doc_fonts
    first = True
    for b in boxes:
        if first:
            first = False
        else:
            y -= b.gap
        base = y - b.ascent
        m = b.marker
        if m is not None:
            missing_boxes += draw_line(
                out,
                doc_fonts,
                m,
                Line(0, len(m.clusters), m.width),
                x + b.marker_x,
                base,
                synthetic_bold=synthetic,
            )
        got = draw_line(out, doc_fonts, b.shaped, b.line, x + b.x, base, synthetic_bold=synthetic)
        if got:
            missing_boxes += got
        y -= b.height
    if out:
        canv.addLiteral("\n".join(out))
    if missing_boxes:
        canv.saveState()
        canv.setLineWidth(0.5)
        for bx, by, bw, bh in missing_boxes:
            canv.rect(bx, by, bw, bh, stroke=1, fill=0)
        canv.restoreState()
    return y


def boxes_height(boxes: list[LineBox]) -> float:
    if not boxes:
        return 0.0
    return (
        boxes[0].over + sum(b.height + (b.gap if i else 0.0) for i, b in enumerate(boxes)) + boxes[-1].under
    )


def split_boxes(
    boxes: list[LineBox], height: float, *, min_lines: int = 2
) -> tuple[list[LineBox], list[LineBox]]:
    """Lines that fit in ``height``, and the rest (whose first gap is dropped).

    A paragraph (a list item) is cut only with at least ``min_lines`` of its
    lines on each side; otherwise the cut moves up to where it begins, so no
    line of an item stands alone at the foot or the head of a page."""
    used = boxes[0].over if boxes else 0.0
    fit = len(boxes)
    for i, b in enumerate(boxes):
        need = b.height + (b.gap if i else 0.0)
        if used + need + b.under > height + 0.01:
            fit = i
            break
        used += need
    if fit == len(boxes) or boxes[fit].starts_para:
        return boxes[:fit], boxes[fit:]
    start = fit  # the paragraph that would be cut: boxes[start:end]
    while start > 0 and not boxes[start].starts_para:
        start -= 1
    end = fit + 1
    while end < len(boxes) and not boxes[end].starts_para:
        end += 1
    cut = min(fit, end - min_lines)
    if cut - start < min_lines:
        cut = start
    return boxes[:cut], boxes[cut:]


# --- flowables -------------------------------------------------------------------------------


class Flowable:
    """The part of ReportLab's flowable protocol the builder uses."""

    space_before = 0.0
    keep_with_next = False
    width = 0.0
    height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        raise NotImplementedError

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def split_off_end(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """For ``keep_with_next``: this flowable fits, but what follows does
        not: the part that stays here and an end to carry over with what
        follows, or [] to carry over all of it."""
        return []

    def drawOn(self, canvas, x: float, y: float) -> None:  # noqa: N802
        raise NotImplementedError


class TextFlow(Flowable):
    """Paragraphs drawn one under another (headings, signature lines…)."""

    def __init__(self, ctx: Context, paras: list[Para], *, space_before: float = 0.0, keep_with_next=False):
        self.ctx = ctx
        self.paras = paras
        self.space_before = space_before
        self.keep_with_next = keep_with_next
        self._boxes: list[LineBox] | None = None
        self._width: float | None = None

    @classmethod
    def from_boxes(cls, ctx: Context, boxes: list[LineBox], width: float) -> TextFlow:
        flow = cls(ctx, [])
        flow._boxes, flow._width = boxes, width
        return flow

    def boxes(self, width: float) -> list[LineBox]:
        if self._boxes is None or (self.paras and self._width != width):
            self._boxes, self._width = layout_paras(self.ctx, self.paras, width), width
        return self._boxes

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        self.height = boxes_height(self.boxes(availWidth))
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        first, rest = split_boxes(self.boxes(availWidth), availHeight)
        if not first or not rest:
            return []
        return [
            TextFlow.from_boxes(self.ctx, first, availWidth),
            TextFlow.from_boxes(self.ctx, rest, availWidth),
        ]

    def drawOn(self, canvas, x, y):  # noqa: N802
        boxes = self.boxes(self.width)
        draw_lines(canvas, self.ctx, boxes, x, y + boxes_height(boxes))


class Spacer(Flowable):
    def __init__(self, height: float):
        self.height = height

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return availWidth, self.height

    def drawOn(self, canvas, x, y):  # noqa: N802
        pass


class PageBreak(Flowable):
    """Ends the page (the builder knows it)."""

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return availWidth, 0.0

    def drawOn(self, canvas, x, y):  # noqa: N802
        pass


# --- the measures table ------------------------------------------------------------------------


@mutable_record  # a dataclass without exec-made methods: 1.6 M instructions at import
class Row:
    """One row of the table, or the piece of it on one page: its cells' lines."""

    cells: list[list[LineBox]]
    measure: int | None  # None: the header row
    piece: int = 0
    valign_middle: bool = False
    continues: bool = False  # more of this row follows on the next page

    @functools.cached_property
    def content_height(self) -> float:
        """Its tallest cell's lines. Cached: a row is measured on every
        page the rest of the table is wrapped and split on."""
        return max((boxes_height(c) for c in self.cells), default=0.0)


class MeasureTable(Flowable):
    """The six-column table: a header row repeated on every page, and one
    row per measure. A row taller than the space left is split between
    lines; each piece is a closed box (its bottom border drawn), the rest
    continues under the repeated header on the next page."""

    def __init__(
        self,
        ctx: Context,
        col_widths: list[float],
        header: Row,
        rows: list[Row],
        *,
        padding: tuple[float, float, float, float] = (4.0, 3.0, 4.0, 4.0),
        line_width: float = 0.6,
        page_height: float = 0.0,
        min_split_lines: int = 2,
    ):
        self.ctx = ctx
        self.col_widths = col_widths
        self.header = header
        self.rows = rows
        self.padding = padding
        self.line_width = line_width
        self.page_height = page_height  # the frame's full height
        self.min_split_lines = min_split_lines
        self.width = sum(col_widths)
        self._fill_to: float | None = None  # a piece that ends in a split row fills the frame

    def _with_rows(self, rows: list[Row]) -> MeasureTable:
        """A piece of this table: the same columns and header, these rows."""
        piece = MeasureTable(
            self.ctx,
            self.col_widths,
            self.header,
            rows,
            padding=self.padding,
            line_width=self.line_width,
            page_height=self.page_height,
            min_split_lines=self.min_split_lines,
        )
        piece.keep_with_next = self.keep_with_next
        return piece

    def _row_height(self, row: Row) -> float:
        return row.content_height + self.padding[1] + self.padding[3]

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.height = self._row_height(self.header) + sum(self._row_height(r) for r in self.rows)
        if self._fill_to is not None:
            self.height = max(self.height, self._fill_to)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        pad_v = self.padding[1] + self.padding[3]
        used = self._row_height(self.header)
        if used >= availHeight:
            return []
        taken: list[Row] = []
        for i, row in enumerate(self.rows):
            h = self._row_height(row)
            if used + h <= availHeight + 0.01:
                taken.append(row)
                used += h
                continue
            # split this row between lines
            room = availHeight - used - pad_v
            firsts, rests = [], []
            for cell in row.cells:
                a, b = split_boxes(cell, room)
                firsts.append(a)
                rests.append(b)
            placed = max((len(a) for a in firsts), default=0)
            fresh_page = self.page_height and availHeight >= self.page_height - 0.5
            # Orphan control: a row starts on this page with two lines or more,
            # unless it is taller than a page and already at its top.
            enough = placed >= self.min_split_lines or (placed >= 1 and fresh_page and not taken)
            if not taken and not enough and not fresh_page:
                return []  # nothing worth keeping here: all of it goes to the next page
            if not enough and taken:
                break
            # Widow control: a line or so of a row alone on the next page reads
            # badly; a row that fits on a page of its own goes there whole.
            rest_lines = max((len(b) for b in rests), default=0)
            widow = 0 < rest_lines < self.min_split_lines
            fits_alone = self._row_height(self.header) + h <= (self.page_height or 0)
            if widow and fits_alone and (taken or not fresh_page):
                if taken:
                    break
                return []  # the table starts low on a page: begin it on the next one
            if placed == 0:
                return []  # a line taller than a page: cannot happen with sane sizes
            first_row = Row(firsts, row.measure, row.piece, continues=True)
            rest_row = Row(rests, row.measure, row.piece + 1)
            taken.append(first_row)
            head = self._with_rows(taken)
            head._fill_to = availHeight
            return [head, self._with_rows([rest_row] + self.rows[i + 1 :])]
        if not taken or len(taken) == len(self.rows):
            return []
        return [self._with_rows(taken), self._with_rows(self.rows[len(taken) :])]

    def split_off_end(self, availWidth, availHeight):  # noqa: N803
        """The table's last lines go over with what follows (the signatures,
        so that they never stand alone on a page): it is cut just above its
        end, where the rules of ``split`` allow (two lines at the least)."""
        _w, h = self.wrap(availWidth, availHeight)
        return self.split(availWidth, min(h, availHeight) - 0.02)

    def drawOn(self, canvas, x, y):  # noqa: N802
        ctx = self.ctx
        page = canvas.getPageNumber()
        lp, tp, rp, bp = self.padding
        top = y + self.height
        rows = [self.header] + self.rows
        heights = [self._row_height(r) for r in rows]
        if self._fill_to is not None:
            heights[-1] += self.height - sum(heights)
        row_tops = []
        cur = top
        for row, h in zip(rows, heights, strict=True):
            row_tops.append(cur)
            cx = x
            for col, (cell, w) in enumerate(zip(row.cells, self.col_widths, strict=True)):
                content_top = cur - tp
                if row.valign_middle:
                    content_top = cur - (h - boxes_height(cell)) / 2
                if cell:
                    draw_lines(canvas, ctx, cell, cx + lp, content_top)
                ctx.cells.append(
                    CellBox(
                        page,
                        cx,
                        ctx.page_height - cur,
                        cx + w,
                        ctx.page_height - (cur - h),
                        col,
                        row.measure,
                        row.piece,
                        self.padding,
                    )
                )
                cx += w
            cur -= h
        bottom = cur
        # the grid: every piece a closed box
        canvas.saveState()
        canvas.setLineWidth(self.line_width)
        canvas.setLineCap(2)
        right = x + self.width
        canvas.rect(x, bottom, self.width, top - bottom, stroke=1, fill=0)
        for t in row_tops[1:]:
            canvas.line(x, t, right, t)
        cx = x
        for w in self.col_widths[:-1]:
            cx += w
            canvas.line(cx, top, cx, bottom)
        canvas.restoreState()


# --- pictures and signatures ---------------------------------------------------------------------


class Picture(Flowable):
    """An image (the agency's seal) centred in the column."""

    def __init__(self, reader, width: float, height: float, *, space_before: float = 0.0):
        self.reader = reader
        self.img_width = width
        self.height = height
        self.space_before = space_before

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def drawOn(self, canvas, x, y):  # noqa: N802
        canvas.drawImage(
            self.reader, x + (self.width - self.img_width) / 2, y, self.img_width, self.height, mask="auto"
        )


class Columns(Flowable):
    """Blocks of text side by side (signature blocks), kept on one page."""

    def __init__(
        self, ctx: Context, blocks: list[tuple[list[Para], float, float]], *, space_before: float = 0.0
    ):
        # each block: paragraphs, x offset as a fraction of the width, width fraction
        self.ctx = ctx
        self.blocks = blocks
        self.space_before = space_before
        self._laid: list[tuple[list[LineBox], float, float]] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        self._laid = []
        height = 0.0
        for paras, fx, fw in self.blocks:
            w = availWidth * fw
            boxes = layout_paras(self.ctx, paras, w)
            self._laid.append((boxes, availWidth * fx, w))
            height = max(height, boxes_height(boxes))
        self.height = height
        return availWidth, height

    def drawOn(self, canvas, x, y):  # noqa: N802
        top = y + self.height
        for boxes, dx, _w in self._laid:
            draw_lines(canvas, self.ctx, boxes, x + dx, top)
