"""What ``thaitext.shape`` keeps between paragraphs changes nothing it makes.

``shape`` remembers, per face, what each cluster (its text and the glyphs
HarfBuzz gave it) turns into (``thaitext._recipes``). Every paragraph of long
generated reports, in the bundled Sarabun, in a TLWG face with Sarabun as its
fallback and with synthetic bold, is shaped with nothing remembered before it
and again after all the others: the clusters, breaks and missing characters
must be the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from itadesk.report import thaitext
from itadesk.report.fonts import resolve_fonts

from .generate import clusters_report, stacks_report
from .pdfread import require

TLWG_GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")


def _texts() -> list[str]:
    out = []

    def items(its):
        for it in its:
            out.append(it.text)
            items(it.items)

    for report in (clusters_report(3300, seed=7), stacks_report(3, seed=2)):
        for m in report.measures:
            out.append(m.title)
            items(m.steps)
            items(m.results)
            items(m.outcomes)
    # a typed line break, tabs, control characters, characters no face has
    out += [
        "หนึ่ง\nสอง\r\nสาม\tสี่",
        "ก\x07ข\x1bค",
        "\u0f40\u0f41 \U0001f600 \u0e01\u0e4e",
        "ป\u0e48\u0e49\u0e4a\u0e4b",
    ]
    return out


def _facts(sh: thaitext.Shaped):
    return (sh.text, sh.clusters, sh.breaks, sh.missing, sh.dropped_marks)


@pytest.mark.parametrize("which", ["Sarabun", "Garuda (Sarabun its fallback)"])
def test_remembered_clusters_shape_as_fresh_ones(which):
    if which.startswith("Garuda"):
        require("TLWG fonts (fonts-tlwg-garuda-ttf)", TLWG_GARUDA.exists())
        fonts = resolve_fonts(TLWG_GARUDA, None, None)[0]
    else:
        fonts = resolve_fonts(None, None, None)[0]
    texts = _texts()
    fresh = []
    for text in texts:
        for bold in (False, True):
            thaitext._RECIPES.clear()
            fresh.append(_facts(thaitext.shape(text, fonts, 13, bold)))
    again = [_facts(thaitext.shape(text, fonts, 13, bold)) for text in texts for bold in (False, True)]
    assert len(thaitext._RECIPES) > 0
    assert again == fresh
    assert sum(len(f[1]) for f in fresh) > 20_000
