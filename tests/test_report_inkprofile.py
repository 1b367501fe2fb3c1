"""The line-spacing arithmetic made fast stays the arithmetic it replaced.

``settle`` keeps lines' ink apart with ``thaitext.ink_extent`` (a line's
highest and lowest ink) and ``thaitext.ink_need`` (the distance two lines
need, looking only at the boxes of ink that could come closer than they
are). Here every pair of lines of real reports is also measured the
original way, from ``line_ink``'s boxes of every glyph slice binned in
dictionaries, and the two must agree exactly wherever the lines need more
than they have: the PDF's bytes depend on these numbers.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from itadesk.exchange import load_report
from itadesk.report import flowables, render_pdf
from itadesk.report.fonts import SYNTHETIC_BOLD_STROKE
from itadesk.report.styles import INK_BIN, INK_CLEARANCE
from itadesk.report.thaitext import Line, Shaped, ink_need, key_boxes
from itadesk.resources import SAMPLE_REPORT, resource

from .generate import clusters_report, stacks_report

TLWG_GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")


def reference_bins(parts, synthetic_bold: bool) -> tuple[float, float, dict[int, float], dict[int, float]]:
    """Highest and lowest ink of (shaped, line, x) parts, and the top and
    bottom of each bin, from every glyph slice (``line_ink``)."""
    boxes = []
    for shaped, line, x in parts:
        boxes += line_ink(shaped, line, x, synthetic_bold=synthetic_bold)
    tops: dict[int, float] = {}
    bottoms: dict[int, float] = {}
    for x0, x1, top, bottom in boxes:
        for k in range(math.floor(x0 / INK_BIN), math.floor(x1 / INK_BIN) + 1):
            if top > tops.get(k, -math.inf):
                tops[k] = top
            if bottom < bottoms.get(k, math.inf):
                bottoms[k] = bottom
    if not tops:
        return 0.0, 0.0, {}, {}
    return max(tops.values()), min(bottoms.values()), tops, bottoms


def _reference_bins(box) -> tuple[float, float, dict[int, float], dict[int, float]]:
    parts = [(box.shaped, box.line, box.x)]
    if box.marker is not None:
        m = box.marker
        parts.append((m, Line(0, len(m.clusters), m.width), box.marker_x))
    return reference_bins(parts, box.synthetic_bold)


def reference_distance(upper, lower) -> float:
    top_u, bottom_u, _tops_u, bottoms_u = upper
    top_l, _bottom_l, tops_l, _bottoms_l = lower
    if top_l - bottom_u + INK_CLEARANCE <= 0 or not bottoms_u or not tops_l:
        return 0.0
    need = -math.inf
    for k, bottom in bottoms_u.items():
        for j in (k - 1, k, k + 1):
            top = tops_l.get(j)
            if top is not None and top - bottom > need:
                need = top - bottom
    return need + INK_CLEARANCE if need > -math.inf else 0.0


@pytest.mark.parametrize(
    "which", ["sample", "clusters", "stacks", "stacks bold in Garuda (synthetic bold)", "missing characters"]
)
def test_ink_profiles_and_distances_are_the_reference_ones(which, monkeypatch):
    font = None
    if which == "sample":
        report = load_report(resource(*SAMPLE_REPORT))
    elif which == "clusters":
        report = clusters_report(1200, seed=3)
    elif which == "missing characters":
        report = stacks_report(2, seed=5)
        report.measures[0].steps[0].text += " \u0f40\u0f41 \U0001f600 \u0e01\u0e4e"
    else:
        report = stacks_report(3, seed=1)
        if not TLWG_GARUDA.exists():
            pytest.skip("TLWG fonts not installed")
        font = TLWG_GARUDA
    checked = []
    original = flowables.settle

    def checking_settle(boxes):
        refs = [_reference_bins(box) for box in boxes]
        for box, ref in zip(boxes, refs, strict=True):
            assert (box.ink.top, box.ink.bottom) == ref[:2]
        for k in range(1, len(boxes)):
            upper, lower, ref_u, ref_l = boxes[k - 1], boxes[k], refs[k - 1], refs[k]
            ref = reference_distance(ref_u, ref_l)
            # as far apart as they are now, a little closer, a little further
            for actual in {
                ref - 0.3,
                ref,
                ref + 0.01,
                upper.height - upper.ascent + lower.gap + lower.ascent,
            }:
                got = ink_need(
                    upper.ink_parts(),
                    (upper.ink.top, upper.ink.bottom),
                    lower.ink_parts(),
                    (lower.ink.top, lower.ink.bottom),
                    actual,
                    INK_BIN,
                    INK_CLEARANCE,
                    upper_bold=upper.synthetic_bold,
                    lower_bold=lower.synthetic_bold,
                )
                if ref > actual:
                    assert got == ref
                else:
                    assert got <= actual
            checked.append(ref)
        return original(boxes)

    monkeypatch.setattr(flowables, "settle", checking_settle)
    render_pdf(report, font=font)
    assert checked and any(d > 0 for d in checked)


# The original way, kept here as the reference the fast profiles must equal.
def line_ink(
    shaped: Shaped, line: Line, x: float, *, synthetic_bold: bool = False
) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, x1, top, bottom) of the glyphs ``draw_line`` draws for
    ``line`` starting at ``x``, in points, heights above the baseline (the
    bottom of a descender is negative). A missing character's box counts
    as ink."""
    cl = shaped.clusters
    out = []
    pen = x
    grow = shaped.size * SYNTHETIC_BOLD_STROKE / 2 if synthetic_bold and shaped.bold else 0.0
    for i in range(line.first, line.last):
        c = cl[i]
        if c.newline or c.hidden:
            continue
        em = shaped.size * c.face.size_factor
        if c.missing:
            out.append((pen + 0.08 * em, pen + c.width - 0.08 * em, 0.68 * em + 0.5, -0.12 * em - 0.5))
        else:
            scale = em / c.face.upem
            for x0, y0, x1, y1 in key_boxes(c.face, c.key):
                out.append(
                    (pen + x0 * scale - grow, pen + x1 * scale + grow, y1 * scale + grow, y0 * scale - grow)
                )
        pen += c.width
    return out
