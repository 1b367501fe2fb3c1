"""``thaitext.shape`` and ``Shaped.lines`` give exactly what the plain code
before the speed-up gave: that code is kept here as a reference
(``_reference_*``: every glyph copied into a list first, then grouped; every
cluster made afresh, nothing remembered; the fallback breaks looked up for
every paragraph) and compared on generated reports' paragraphs and
Hypothesis's texts, in the bundled Sarabun and the system's Thai faces (TLWG
with Sarabun as their fallback, Noto), regular and bold."""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk import linebreak
from itadesk.report import thaitext
from itadesk.report.fonts import MAX_FOREIGN_SCALE, resolve_fonts
from itadesk.report.thaitext import _EPS, _THAI, Cluster, Line, Shaped

from .generate import clusters_report, paragraphs_of, stacks_report
from .pdfread import require

SYSTEM = Path("/usr/share/fonts/truetype")
FACES = [
    None,
    "tlwg/Garuda.ttf",
    "tlwg/Loma.ttf",
    "tlwg/Kinnari.ttf",
    "noto/NotoLoopedThai-Regular.ttf",
    "noto/NotoSansThai-Regular.ttf",
    "noto/NotoSerifThai-Regular.ttf",
]


@functools.cache
def _fonts(face: str | None):
    if face is None:
        return resolve_fonts(None, None, None)[0]
    require(f"the system's Thai fonts ({face})", (SYSTEM / face).exists())
    return resolve_fonts(SYSTEM / face, None, None)[0]


def _reference_shape(text: str, fonts, size: float, bold: bool = False) -> Shaped:
    import uharfbuzz as hb

    text, dropped = thaitext.clamp_marks(text)
    shaping_text = text.replace("\t", " ")
    clusters: list[Cluster] = []
    starts: list[int] = []
    ends: list[int] = []
    missing: set[str] = set()
    primary = fonts.face(bold)
    breaks_at = thaitext._line_breaks(text) if text else set()
    breaks: set[int] = set()
    for start, end, script, face in thaitext._itemize(shaping_text, fonts, bold):
        scale = size * face.size_factor / face.upem
        foreign = (
            face.size_factor / primary.size_factor * primary.upem / face.upem if face is not primary else 0.0
        )
        if foreign > MAX_FOREIGN_SCALE:
            foreign = 0.0
        buf = hb.Buffer()
        buf.add_str(shaping_text, item_offset=start, item_length=end - start)
        if script == _THAI:
            buf.script = "Thai"
            buf.language = "th"
            buf.direction = "ltr"
        else:
            buf.guess_segment_properties()
            buf.direction = "ltr"
        hb.shape(face.hb_font, buf, {})
        infos = buf.glyph_infos
        values = [info.cluster for info in infos]
        per_glyph = [
            (info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset)
            for info, pos in zip(infos, buf.glyph_positions, strict=True)
        ]
        n = len(values)
        k = 0
        while k < n:
            cstart = values[k]
            j = k + 1
            while j < n and values[j] == cstart:
                j += 1
            cend = values[j] if j < n else end
            glyphs = tuple(per_glyph[k:j])
            k = j
            if cend <= cstart:
                continue
            ctext = text[cstart:cend]
            home, key, advance, codes, space, lacking, newline, hidden = thaitext._recipe(
                face, primary, foreign, ctext, glyphs
            )
            cluster = Cluster(
                home, key, advance, advance * scale, codes, space, lacking is not None, newline, hidden
            )
            if cstart in breaks_at and clusters:
                breaks.add(len(clusters))
            if newline:
                breaks.add(len(clusters) + 1)
            clusters.append(cluster)
            starts.append(cstart)
            ends.append(cend)
            if lacking:
                missing.update(lacking)
    breaks.discard(len(clusters))
    return Shaped(text, size, bold, fonts, clusters, starts, ends, breaks, missing, dropped)


def _reference_break(sh: Shaped, first_width: float, rest_width: float) -> list[Line]:
    cl = sh.clusters
    widths = sh.widths()
    n = len(cl)
    lines: list[Line] = []
    if n == 0:
        return [Line(0, 0, 0.0)]
    bounds = sorted(b for b in sh.breaks if 0 < b < n)
    bounds.append(n)
    segs = list(zip([0, *bounds[:-1]], bounds, strict=True))
    found = linebreak.fallback_breaks(sh.text)
    fallback: dict[int, int] = {}
    if found:
        starts = dict(zip(sh.starts, range(n), strict=True))
        fallback = {starts[p]: level for p, level in found.items() if p in starts}
    line_start: int | None = None
    line_w = 0.0
    content_end = 0
    content_w = 0.0
    eps = _EPS
    k = 0
    while k < len(segs):
        a, b = segs[k]
        k += 1
        last = cl[b - 1]
        forced = last.newline
        e = b
        if last.space or forced:
            while e > a and (cl[e - 1].space or cl[e - 1].newline):
                e -= 1
        seg_content = sum(widths[a:e])
        seg_full = seg_content + sum(widths[e:b])
        avail = rest_width if lines else first_width
        if seg_content > (avail if line_start is None else rest_width) + eps and fallback:
            inner = [i for i in range(a + 1, e) if i in fallback]
            if inner:
                level = min(fallback[i] for i in inner)
                cuts = [i for i in inner if fallback[i] == level]
                segs[k - 1 : k] = list(zip([a, *cuts], [*cuts, b], strict=True))
                k -= 1
                continue
        if line_start is not None and line_w + seg_content > avail + eps:
            lines.append(Line(line_start, content_end, content_w))
            line_start, line_w, content_w = None, 0.0, 0.0
            avail = rest_width
        if line_start is None:
            if seg_content > avail + eps:
                pos = a
                while pos < e:
                    cut = sh._cut(pos, e, rest_width if lines else first_width)
                    piece_w = sum(widths[pos:cut])
                    if cut >= e:
                        break
                    lines.append(Line(pos, cut, piece_w))
                    pos = cut
                line_start = pos
                content_end = e
                content_w = sum(widths[pos:e])
                line_w = content_w + (seg_full - seg_content)
            else:
                line_start = a
                content_end = e
                content_w = seg_content
                line_w = seg_full
        else:
            if e > a:
                content_end = e
                content_w = line_w + seg_content
            line_w += seg_full
        if forced:
            if line_start is None:
                line_start = a
                content_end = a
            lines.append(Line(line_start, content_end, content_w))
            line_start, line_w, content_w = None, 0.0, 0.0
            content_end = b
    if line_start is not None:
        lines.append(Line(line_start, content_end, content_w))
    elif not lines or cl[-1].newline:
        lines.append(Line(n, n, 0.0))
    return lines


def _cluster_facts(c: Cluster) -> tuple:
    """What a cluster is (a ``Cluster`` compares as an object)."""
    return tuple(getattr(c, f.name) for f in dataclasses.fields(c) if f.compare)


def _facts(sh: Shaped):
    clusters = [_cluster_facts(c) for c in sh.clusters]
    return (sh.text, clusters, sh.starts, sh.ends, sh.breaks, sh.missing, sh.dropped_marks)


def same(text: str, fonts, size: float = 13, bold: bool = False) -> Shaped:
    sh = thaitext.shape(text, fonts, size, bold)
    assert _facts(sh) == _facts(_reference_shape(text, fonts, size, bold))
    return sh


def same_lines(sh: Shaped, widths) -> None:
    for first, rest in widths:
        assert sh._break(first, rest) == _reference_break(sh, first, rest)


@functools.cache
def _paragraphs() -> list[str]:
    out = paragraphs_of([clusters_report(1500, seed=11), stacks_report(2, seed=5)])
    out += [
        "หนึ่ง\nสอง\r\nสาม\tสี่",
        "ก\x07ข\x1bค",
        "\u0f40\u0f41 \U0001f600 \u0e01\u0e4e",
        "ป\u0e48\u0e49\u0e4a\u0e4b",
        "\n\nข้อ\n",
        "e\u0301\u0302\u0303\u0304 fi ffl AV To Wa 1/2",
        "https://www.example.go.th/ita/2568/รายงาน?id=12345&x=ภาษาไทย",
    ]
    return out


@pytest.mark.parametrize("face", FACES)
def test_the_same_clusters_and_lines_for_reports_paragraphs(face):
    fonts = _fonts(face)
    clusters = 0
    for i, text in enumerate(_paragraphs()):
        bold = i % 4 == 1
        sh = same(text, fonts, 13 if i % 3 else 16, bold)
        clusters += len(sh.clusters)
        same_lines(sh, [(200.0, 240.0), (61.5, 80.0), (8.0, 8.0)])
    assert clusters > 5_000


# single characters: Thai letters, vowels and marks, digits, Latin, marks,
# spaces, line breaks and control characters, and some no face has
ALPHABET = (
    "".join(chr(c) for c in range(0x0E01, 0x0E5C) if unicodedata.category(chr(c)) != "Cn")
    + "0123456789aAfiVTo.,-/@ \t\n\r\u00a0\u200b\u200d\u00ad\u0301\u0308\x07\u0f40\U0001f600"
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(
        st.one_of(st.text(ALPHABET, max_size=6), st.sampled_from(["การประชุม", "ที่ทำการ", " ", "\n"])),
        max_size=25,
    ).map("".join),
    face=st.sampled_from(FACES),
    bold=st.booleans(),
    first=st.floats(1.0, 300.0),
    rest=st.floats(1.0, 300.0),
)
def test_the_same_clusters_and_lines_for_any_text(text, face, bold, first, rest):
    sh = same(text, _fonts(face), 13, bold)
    same_lines(sh, [(first, rest)])
