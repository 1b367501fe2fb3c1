"""Printed lines never touch (issue 14).

Measured from the PDF, not from the builder's arithmetic: the glyphs MuPDF
reads back, their outlines from the embedded font programs (``inkread``).
No ink of a line comes within ``LIMIT`` of the ink of another line of the
same column where the two overlap horizontally: inside a cell, across a row
border, from the header row to the first row, on the cover and in the
signatures; in the sample, in text made of the deepest and tallest stacks,
with the TLWG and Noto Thai fonts, and in the compact setting.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.exchange import load_report
from itadesk.report import render_pdf
from itadesk.resources import SAMPLE_REPORT, resource

from .generate import clusters_report, stacks_report
from .inkread import closest_lines, glyph_ink, lines
from .pdfread import open_pdf, require

LIMIT = 0.3  # points
TLWG = Path("/usr/share/fonts/truetype/tlwg")
NOTO = Path("/usr/share/fonts/truetype/noto")
FONTS = [TLWG / f"{n}.ttf" for n in ("Garuda", "Loma", "Kinnari", "Norasi", "TlwgTypewriter", "Purisa")] + [
    NOTO / f"{n}-Regular.ttf" for n in ("NotoSansThai", "NotoSerifThai", "NotoLoopedThai")
]


@pytest.fixture(scope="module")
def sample():
    return load_report(resource(*SAMPLE_REPORT))


@pytest.fixture(scope="module")
def stacks():
    return stacks_report()


def assert_apart(result) -> float:
    best, close = closest_lines(open_pdf(result.pdf), result.layout, LIMIT)
    worst = sorted(close, key=lambda p: p.distance)[:5]
    assert not close, "\n".join(
        f"p{p.page} x={p.x:.1f}: {p.distance:.2f} pt between {p.upper!r} and {p.lower!r}" for p in worst
    )
    return best


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("compact", [False, True])
def test_sample_lines_never_touch(sample, orientation, compact):
    assert_apart(render_pdf(sample, orientation=orientation, compact=compact))


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("compact", [False, True])
def test_deep_under_tall_stacks_never_touch(stacks, orientation, compact):
    result = render_pdf(stacks, orientation=orientation, compact=compact)
    assert result.page_count >= 3
    assert_apart(result)


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("compact", [False, True])
def test_plan_lines_never_touch(sample, stacks, orientation, compact):
    """The plan (O36): its title block, analysis, table and signature."""
    assert_apart(render_pdf(sample, document="plan", orientation=orientation, compact=compact))
    assert_apart(render_pdf(stacks, document="plan", orientation=orientation, compact=compact))


def test_many_clusters_never_touch():
    assert_apart(render_pdf(clusters_report(900)))


@pytest.mark.parametrize("font", FONTS, ids=lambda p: p.stem)
def test_other_thai_fonts_never_touch(stacks, font):
    require(f"{font.name} (fonts-tlwg-*, fonts-noto-core)", font.is_file())
    assert_apart(render_pdf(stacks, font=font))
    assert_apart(render_pdf(stacks, font=font, orientation="portrait", compact=True))


def test_cover_heading_and_signatures_are_measured(stacks):
    """The lines outside the table (cover, heading, signatures) are among
    those measured, and a multi-line cover title is there."""
    result = render_pdf(stacks)
    doc = open_pdf(result.pdf)
    groups = lines(glyph_ink(doc), result.layout)
    cover = groups[(1, None)]
    assert len(cover) >= 5  # a title of two lines or more, the year, the name and the place
    last = result.page_count
    assert any("ลงชื่อ" in ln.text or "ลงช" in ln.text for ln in groups[(last, None)])


def test_extra_space_only_where_ink_would_meet(sample):
    """Most lines of a cell follow each other at one pitch; a line set lower
    than that is one whose ink would otherwise come near the line above
    (the builder also clears ink that is diagonally close, within a bin or
    two of 0.5 pt: hence the 3 pt)."""
    result = render_pdf(sample)
    doc = open_pdf(result.pdf)
    cells = result.layout.cells
    pairs = []
    for (page, col), group in lines(glyph_ink(doc), result.layout).items():
        if col is None:
            continue
        for a, b in zip(group, group[1:], strict=False):
            inside = [
                c
                for c in cells
                if c.page == page and c.column == col and c.top <= a.baseline and b.baseline <= c.bottom
            ]
            if not inside:
                continue  # across a row border
            common = a.bottom.keys() & b.top.keys()
            gap = min((b.top[k] - a.bottom[k] for k in common), default=float("inf"))
            pairs.append((b.baseline - a.baseline, gap))
    pitch = min(d for d, _g in pairs)
    plain = [g for d, g in pairs if d <= pitch + 0.05]
    raised = [(d - pitch, g) for d, g in pairs if d > pitch + 0.05]
    assert len(plain) > len(raised) > 0
    # without what it was given, a raised line's ink would come this close
    assert max(g - extra for extra, g in raised) < 3.0
    # a plain line's pitch: Sarabun at 11 pt, 1.16 em
    assert pitch == pytest.approx(11 * 1.16, abs=0.05)


def test_page_counts(sample):
    """The sample as the original printed (6 pages) in the compact setting;
    the default keeps the table at 11 pt (TH Sarabun 16 pt) and takes 7."""
    assert render_pdf(sample).page_count == 7
    assert render_pdf(sample, orientation="portrait").page_count == 7
    assert render_pdf(sample, compact=True).page_count == 6
    assert render_pdf(sample, orientation="portrait", compact=True).page_count == 6
