"""What ``thaitext.shape`` keeps between paragraphs changes nothing it makes.

``shape`` remembers, per face, what each cluster (its text and the glyphs
HarfBuzz gave it) turns into (``thaitext._recipes``), and per size the
cluster itself (``thaitext._kinds``: one object for every occurrence). Every paragraph of long
generated reports, in the bundled Sarabun, in a TLWG face with Sarabun as its
fallback and with synthetic bold, is shaped with nothing remembered before it
and again after all the others: the clusters, breaks and missing characters
must be the same.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from itadesk.report import thaitext
from itadesk.report.fonts import resolve_fonts

from .generate import clusters_report, paragraphs_of, stacks_report
from .pdfread import require

TLWG_GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")


def _texts() -> list[str]:
    out = paragraphs_of([clusters_report(3300, seed=7), stacks_report(3, seed=2)])
    # a typed line break, tabs, control characters, characters no face has
    out += [
        "หนึ่ง\nสอง\r\nสาม\tสี่",
        "ก\x07ข\x1bค",
        "\u0f40\u0f41 \U0001f600 \u0e01\u0e4e",
        "ป\u0e48\u0e49\u0e4a\u0e4b",
    ]
    return out


def _facts(sh: thaitext.Shaped):
    # what each cluster is (a ``Cluster`` compares as an object)
    clusters = [tuple(getattr(c, f.name) for f in dataclasses.fields(c) if f.compare) for c in sh.clusters]
    return (sh.text, clusters, sh.starts, sh.ends, sh.breaks, sh.missing, sh.dropped_marks)


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
            thaitext._KINDS.clear()
            fresh.append(_facts(thaitext.shape(text, fonts, 13, bold)))
    again = [_facts(thaitext.shape(text, fonts, 13, bold)) for text in texts for bold in (False, True)]
    assert len(thaitext._RECIPES) > 0 and len(thaitext._KINDS) > 0
    assert again == fresh
    assert sum(len(f[1]) for f in fresh) > 20_000


def test_a_cluster_is_one_object_wherever_it_occurs_at_a_size():
    fonts = resolve_fonts(None, None, None)[0]
    text = "ที่ประชุม ที่ทำการ\nที่ดิน ๑๒"
    sh = thaitext.shape(text, fonts, 13)
    # the places tile the text, in order
    assert sh.starts[0] == 0 and sh.ends[-1] == len(text)
    assert all(e == s for e, s in zip(sh.ends, sh.starts[1:], strict=False))
    pieces = [text[a:b] for a, b in zip(sh.starts, sh.ends, strict=True)]
    assert pieces.count("ที่") == 3
    same = {id(c) for c, p in zip(sh.clusters, pieces, strict=True) if p == "ที่"}
    assert len(same) == 1
    # another paragraph at this size: the same object; at another size: its own width
    assert thaitext.shape("ที่", fonts, 13).clusters[0] is sh.clusters[pieces.index("ที่")]
    bigger = thaitext.shape("ที่", fonts, 26).clusters[0]
    assert bigger.width == 2 * sh.clusters[pieces.index("ที่")].width
    assert sh.line_text(thaitext.Line(0, len(sh.clusters), sh.width)) == text
