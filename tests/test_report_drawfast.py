"""Drawing lines by joining remembered operands writes what drawing cluster
by cluster wrote.

``thaitext.draw_line`` learns each cluster object's font and TJ operands
once per document (``DocumentFonts.learn``) and draws a line of one font as
one join of them; ``EmbeddedFont.cluster`` gives out codes without a call
per code. Here a straightforward reference, the loop over a line's clusters
that selects a font where the face or resource changes and gives out codes
one by one as first drawn, draws the same lines in the same order: every
operator string, every missing character's box and every code must be the
same.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfdoc import PDFDocument

from itadesk.report.fonts import SYNTHETIC_BOLD_STROKE, resolve_fonts
from itadesk.report.fonts import embedding as embedding_mod
from itadesk.report.fonts.embedding import DocumentFonts, EmbeddedFont
from itadesk.report.thaitext import Line, draw_line, shape

from .generate import clusters_report, paragraphs_of, stacks_report
from .pdfread import require

TLWG_GARUDA = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
MAX_CODE = 0xFFFF


def _fmt(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


class ReferenceFont:
    """One face's codes in a document, given out one by one as first drawn."""

    def __init__(self, face, index: int) -> None:
        self.face = face
        self.index = index
        self.lookup: list[dict] = []
        self.codes: list[dict] = []
        self.next: list[int] = []
        self.known: dict = {}  # a cluster's codes give what they gave first

    def is_space(self, code) -> bool:
        return code[1] == " " and code[0] == self.face.space_gid

    def room(self, r: int, codes) -> bool:
        new = [c for c in codes if (c[0], c[1]) not in self.lookup[r] and not self.is_space(c)]
        return self.next[r] + len(new) + 1 <= MAX_CODE

    def code(self, r: int, code) -> int:
        key, text, _advance = code
        c = self.lookup[r].get((key, text))
        if c is not None:
            return c
        if self.is_space(code) and 32 not in self.codes[r]:
            c = 32
        else:
            c = self.next[r]
            self.next[r] = c + 1 if c + 1 != 32 else c + 2
        self.lookup[r][(key, text)] = c
        self.codes[r][c] = code
        return c

    def cluster(self, codes) -> tuple[int, str]:
        if codes in self.known:
            return self.known[codes]
        r = len(self.codes) - 1
        if r < 0 or not self.room(r, codes):
            self.lookup.append({})
            self.codes.append({})
            self.next.append(1)
            r += 1
        ops = []
        for code in codes:
            c = self.code(r, code)
            ops.append(f"<{c:04X}>")
            nominal = self.codes[r][c][2]
            if nominal != code[2]:
                ops.append(_fmt((nominal - code[2]) * 1000 / self.face.upem))
        self.known[codes] = (r, "".join(ops))
        return self.known[codes]


class ReferenceFonts:
    def __init__(self) -> None:
        self.by_face: dict = {}

    def font(self, face) -> ReferenceFont:
        if face not in self.by_face:
            self.by_face[face] = ReferenceFont(face, len(self.by_face) + 1)
        return self.by_face[face]


def reference_draw_line(out, fonts: ReferenceFonts, shaped, line, x, y, synthetic_bold=False):
    if line.first >= line.last:
        return []
    boxes = []
    fake_bold = synthetic_bold and shaped.bold
    ops = ["q", "BT", f"2 Tr {_fmt(shaped.size * SYNTHETIC_BOLD_STROKE)} w"] if fake_bold else ["BT"]
    ops.append(f"1 0 0 1 {_fmt(x)} {_fmt(y)} Tm")
    current = None
    tj: list[str] = []
    pen = x
    for i in range(line.first, line.last):
        c = shaped.clusters[i]
        if c.newline or c.hidden:
            continue
        font = fonts.font(c.face)
        fsize = shaped.size * c.face.size_factor
        resource, operands = font.cluster(c.codes)
        if (font, resource) != current:
            if tj:
                ops.append("[" + "".join(tj) + "] TJ")
                tj = []
            ops.append(f"/ITA{font.index}F{resource} {_fmt(fsize)} Tf")
            current = (font, resource)
        tj.append(operands)
        if c.missing:
            boxes.append((pen + 0.08 * fsize, y - 0.12 * fsize, c.width - 0.16 * fsize, 0.8 * fsize))
        pen += c.width
    if tj:
        ops.append("[" + "".join(tj) + "] TJ")
    ops.append("ET")
    if fake_bold:
        ops.append("Q")
    out.append("\n".join(ops))
    return boxes


def _texts() -> list[str]:
    out = paragraphs_of(
        [clusters_report(1500, seed=11), stacks_report(2, seed=5)], lists=("steps", "results")
    )
    # typed line breaks, tabs, control characters, characters no face has, Latin
    out += [
        "หนึ่ง\nสอง\r\nสาม\tสี่",
        "ก\x07ข\x1bค \u0f40\u0f41 ที่\U0001f600น้ำ \u0e01\u0e4e",
        "\n\n\x07",
        "E-Service ที่ \u0f40 กรุงเทพมหานคร \U0001f600 café naïve",
        "ป\u0e48\u0e49\u0e4a\u0e4b",
        "\u0f40\u0f41\u0f42",  # nothing but characters no face has
    ]
    return out


@pytest.mark.parametrize("which", ["Sarabun", "Garuda (Sarabun its fallback, synthetic bold)"])
def test_lines_draw_as_cluster_by_cluster(which):
    if which.startswith("Garuda"):
        require("TLWG fonts (fonts-tlwg-garuda-ttf)", TLWG_GARUDA.exists())
        fonts = resolve_fonts(TLWG_GARUDA, None, None)[0]
    else:
        fonts = resolve_fonts(None, None, None)[0]
    rng = random.Random(3)
    jobs = []
    for text in _texts():
        for size, bold in ((11, False), (11, True), (14, False)):
            sh = shape(text, fonts, size, bold)
            width = rng.choice([40.0, 90.0, 200.0])
            lines = [*sh.lines(width), Line(0, len(sh.clusters), sh.width), Line(0, 0, 0.0)]
            for line in lines:
                x = rng.choice([31.5, 31.5, 100.25, 0.0, -0.0004])
                y = rng.uniform(0, 800) if rng.random() < 0.7 else 412.5
                jobs.append((sh, line, x, y, fonts.synthetic_bold))
    ours, theirs = DocumentFonts(PDFDocument()), ReferenceFonts()
    got: list[str] = []
    want: list[str] = []
    boxes = 0
    for n, (sh, line, x, y, synthetic) in enumerate(jobs):
        if n == len(jobs) // 2:
            ours.forget_drawn()  # what is learnt again gets the codes given out before
        for _again in range(2 if n % 7 == 0 else 1):
            a = draw_line(got, ours, sh, line, x, y, synthetic_bold=synthetic)
            b = reference_draw_line(want, theirs, sh, line, x, y, synthetic)
            assert a == b
            boxes += len(a)
    assert got == want
    assert boxes > 10
    assert len(got) > 1500
    # the same codes were given out, in the same resources
    for face, ref in theirs.by_face.items():
        emb = ours.embedded(face)
        assert emb.index == ref.index
        assert emb._codes == ref.codes


@st.composite
def cluster_codes(draw, space_gid: int, space_advance: int):
    """Codes of clusters: glyph keys (ids, or composites), texts, advances;
    some the face's space, some a key and text drawn before with another
    advance."""
    key = st.one_of(
        st.integers(1, 40),
        st.lists(st.tuples(st.integers(1, 40), st.integers(-5, 5), st.just(0)), min_size=2, max_size=3).map(
            tuple
        ),
    )
    code = st.one_of(
        st.tuples(key, st.sampled_from(["ก", "า", "\u0e48", "ab"]), st.sampled_from([500, 510, 0])),
        st.just((space_gid, " ", space_advance)),
        st.just((space_gid, " ", 300)),
    )
    return draw(st.lists(st.lists(code, min_size=1, max_size=3).map(tuple), max_size=60))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_codes_are_given_out_as_one_by_one(data):
    face = resolve_fonts(None, None, None)[0].face(False)
    seq = data.draw(cluster_codes(face.space_gid, face.advance(face.space_gid)))
    ours = EmbeddedFont(face, PDFDocument(), 1)
    theirs = ReferenceFont(face, 1)
    for codes in seq:
        assert ours.cluster(codes) == theirs.cluster(codes)
    assert ours._codes == theirs.codes


def test_codes_beyond_one_resource_start_another_as_one_by_one():
    face = resolve_fonts(None, None, None)[0].face(False)
    rng = random.Random(5)
    space = (face.space_gid, " ", face.advance(face.space_gid))
    seq = []
    gid = 0
    while gid < 70_000:  # more distinct codes than one resource holds
        n = rng.choice([1, 1, 2, 3])
        codes = []
        for _ in range(n):
            if rng.random() < 0.05:
                codes.append(space)
            elif rng.random() < 0.1 and gid > 10:
                codes.append((rng.randrange(1, gid), "x", 500))  # given out before, or in the last resource
            else:
                gid += 1
                codes.append((gid, "x", 500))
        seq.append(tuple(codes))
        if rng.random() < 0.05:
            seq.append(rng.choice(seq))
    ours = EmbeddedFont(face, PDFDocument(), 1)
    theirs = ReferenceFont(face, 1)
    got = [ours.cluster(codes) for codes in seq]
    want = [theirs.cluster(codes) for codes in seq]
    assert got == want
    assert len(theirs.codes) == 2
    assert ours._codes == theirs.codes
    assert embedding_mod._MAX_CODE == MAX_CODE
