"""Glyph ink read back from our PDFs, independently of the builder.

MuPDF's text trace gives every glyph drawn (font, glyph id, origin, size);
the embedded font programs give each glyph's outline, composite glyphs
resolved with fontTools. The outline is covered by the boxes of the edges of
its control polygon (a quadratic curve stays inside the triangle of its
points), widened by half the stroke of synthetic bold: a little more than
the ink, never less. A line (glyphs sharing a baseline in one table column,
or outside the table) is reduced to its ink profile: the top and the bottom
of its ink in every ``BIN`` points of width. ``closest_lines`` gives the
smallest vertical distance between the ink of two lines of one column, where
they overlap horizontally.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import pymupdf
from fontTools.ttLib import TTFont

BIN = 0.2  # points: width of one column of a line's ink profile

Edges = tuple[tuple[float, float, float, float], ...]  # (xMin, yMin, xMax, yMax) in font units


@dataclass
class Ink:
    """One glyph drawn: the boxes of its outline's edges, in page
    coordinates (y down)."""

    page: int
    baseline: float
    text: str
    boxes: list[tuple[float, float, float, float]]  # x0, top, x1, bottom

    @property
    def x0(self) -> float:
        return min(b[0] for b in self.boxes)

    @property
    def x1(self) -> float:
        return max(b[2] for b in self.boxes)


def _edges(glyf, name: str) -> Edges:
    coords, ends, _flags = glyf[name].getCoordinates(glyf)
    out = []
    start = 0
    for end in ends:
        pts = list(coords[start : end + 1])
        start = end + 1
        for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1], strict=True):
            out.append((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return tuple(out)


def _fonts(doc: pymupdf.Document) -> dict[str, tuple[float, object, dict]]:
    """Font name -> (units per em, glyf table, glyph order)."""
    out: dict[str, tuple] = {}
    for page in doc:
        for xref, _ext, _type, basefont, *_rest in page.get_fonts(full=True):
            if basefont in out:
                continue
            _n, _e, _t, data = doc.extract_font(xref)
            if not data:
                continue
            font = TTFont(io.BytesIO(data))
            out[basefont] = out[basefont.split("+", 1)[-1]] = (
                font["head"].unitsPerEm,
                font["glyf"],
                font.getGlyphOrder(),
                {},
            )
    return out


def glyph_ink(doc: pymupdf.Document) -> list[Ink]:
    """Every glyph drawn that has ink."""
    fonts = _fonts(doc)
    out = []
    for pno, page in enumerate(doc, start=1):
        for span in page.get_texttrace():
            got = fonts.get(span["font"]) or fonts.get(span["font"].split("+", 1)[-1])
            if got is None:
                raise AssertionError(f"no font program for {span['font']!r}")
            upem, glyf, order, cache = got
            scale = span["size"] / upem
            grow = span.get("linewidth", 0.0) / 2 if span.get("type", 0) in (1, 2) else 0.0
            for ucs, gid, (ox, oy), _bbox in span["chars"]:
                if gid < 0:  # a further character of one code's text: nothing more drawn
                    continue
                edges = cache.get(gid)
                if edges is None:
                    edges = cache[gid] = _edges(glyf, order[gid]) if gid < len(order) else ()
                if not edges:
                    continue
                boxes = [
                    (
                        ox + x0 * scale - grow,
                        oy - y1 * scale - grow,
                        ox + x1 * scale + grow,
                        oy - y0 * scale + grow,
                    )
                    for x0, y0, x1, y1 in edges
                ]
                out.append(Ink(pno, oy, chr(ucs) if ucs > 0 else "", boxes))
    return out


@dataclass
class Pair:
    distance: float  # the lower line's ink top minus the upper line's ink bottom
    page: int
    upper: str  # text of the two lines
    lower: str
    x: float
    y: float


@dataclass
class InkLine:
    page: int
    baseline: float
    glyphs: list[Ink]
    top: dict[int, float]  # bin -> highest ink (smallest y)
    bottom: dict[int, float]  # bin -> lowest ink

    @property
    def text(self) -> str:
        return "".join(g.text for g in sorted(self.glyphs, key=lambda g: g.x0))


def _profile(page: int, baseline: float, glyphs: list[Ink]) -> InkLine:
    top: dict[int, float] = {}
    bottom: dict[int, float] = {}
    for g in glyphs:
        for x0, t, x1, b in g.boxes:
            for k in range(math.floor(x0 / BIN), math.floor(x1 / BIN) + 1):
                if t < top.get(k, math.inf):
                    top[k] = t
                if b > bottom.get(k, -math.inf):
                    bottom[k] = b
    return InkLine(page, baseline, glyphs, top, bottom)


def lines(inks: list[Ink], layout) -> dict[tuple, list[InkLine]]:
    """Glyphs grouped by (page, column) into lines (by baseline), top to
    bottom; the column of a table cell, or ``None`` outside the table."""
    cols: dict[tuple, dict[float, list[Ink]]] = {}
    by_page: dict[int, list] = {}
    for cell in layout.cells:
        by_page.setdefault(cell.page, []).append(cell)
    for ink in inks:
        col = None
        ox = (ink.x0 + ink.x1) / 2
        for cell in by_page.get(ink.page, []):
            if cell.x0 <= ox <= cell.x1 and cell.top <= ink.baseline <= cell.bottom:
                col = cell.column
                break
        cols.setdefault((ink.page, col), {}).setdefault(round(ink.baseline, 2), []).append(ink)
    return {k: [_profile(k[0], b, v[b]) for b in sorted(v)] for k, v in cols.items()}


def closest_lines(
    doc: pymupdf.Document, layout, limit: float = 0.3, near: float = 3.0
) -> tuple[float, list[Pair]]:
    """The smallest vertical ink distance between two lines of one column
    where they overlap horizontally (``inf`` when none come within
    ``near`` points), and the pairs of lines closer than ``limit``
    (a negative distance: the ink overlaps)."""
    best = math.inf
    close: list[Pair] = []
    for group in lines(glyph_ink(doc), layout).values():
        for i, upper in enumerate(group):
            low = max(upper.bottom.values())
            for lower in group[i + 1 :]:
                if min(lower.top.values()) - low > near:
                    continue
                common = upper.bottom.keys() & lower.top.keys()
                if not common:
                    continue
                k = min(common, key=lambda k: lower.top[k] - upper.bottom[k])
                d = lower.top[k] - upper.bottom[k]
                best = min(best, d)
                if d < limit:
                    close.append(Pair(d, upper.page, upper.text, lower.text, k * BIN, upper.bottom[k]))
    return best, close
