"""Thai text: itemising, shaping, line breaking and drawing.

A paragraph's text is cut into runs of one script and one face (Thai, or
anything else; the office's font, or Sarabun for what it lacks), each run is
shaped by HarfBuzz, and the glyphs are grouped into *clusters*: the smallest
pieces of text that are drawn as a unit (a consonant with its vowels and tone
marks). Lines break only where ``itadesk.linebreak`` allows (ICU's line
breaker, Thai dictionary, less breaks inside compounds, dates, numbers and
their units ...) and a cluster starts; a protected span wider than a whole
line breaks at its inner breaks; a piece wider than the whole line is cut,
preferably at a word boundary or in a URL after ``/`` or before ``.-?@``,
else between clusters. Nothing is added at a break; spaces at the end of a line are not
drawn.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from .. import linebreak
from .fonts import MAX_FOREIGN_SCALE, SYNTHETIC_BOLD_STROKE, Foreign, GlyphKey, OwnKey

if TYPE_CHECKING:  # pragma: no cover
    from .fonts import DocumentFonts, Face, FontSet
    from .fonts.embedding import FontUse

_THAI, _OTHER = 1, 2
LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
# Characters HarfBuzz draws as nothing (or hides) whatever the font has.
_IGNORABLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_HARD_BREAK = "\n"
_EPS = 0.01
# Widths of PDF codes, in thousandths of an em. poppler spreads a code's
# width evenly over the characters of its text and reads a character that
# starts within 0.1 em of the one before as that one printed twice, ending the
# word there: so every code gets at least ``MIN_CHAR_WIDTH`` per character. A
# code holding only combining marks draws nothing and takes ``MARK_WIDTH`` per
# mark of its base's advance.
MARK_WIDTH = 120
MIN_CHAR_WIDTH = 110
# Combining marks kept on one base; more are not drawn (and the clerk is told).
# Thai needs at most three (a lower or upper vowel, a tone mark, a phinthu or
# thanthakhat); a stack of hundreds would not fit in a glyph.
MAX_MARKS = 3
# Runs of combining marks longer than MAX_MARKS, in the blocks a clerk's text
# brings them from: Latin diacritics, Thai, Lao, and the combining blocks.
_MARK_RUN = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0e31\u0e34-\u0e3a"
    "\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    f"\ufe20-\ufe2f]{{{MAX_MARKS + 1},}}"
)


@dataclass(slots=True, eq=False)
class Cluster:
    """What one cluster of a paragraph draws, at one size. One object serves
    every occurrence of the same text shaped the same way at that size
    (``_kinds``): where each occurrence lies in its paragraph's text is in
    ``Shaped.starts`` and ``Shaped.ends``. Compared and hashed as an object
    (its identity): drawing keys what it learnt of a cluster by the object
    (``DocumentFonts.cluster_use``)."""

    face: Face  # whose font draws it (a fallback's cluster may be drawn in the primary's)
    key: GlyphKey  # glyph id, or positioned glyphs drawn as one composite
    advance: int  # units of the face that shaped it
    width: float  # points
    # what is drawn: (glyph key, text it extracts as, advance) per PDF code
    codes: tuple[tuple[GlyphKey, str, int], ...] = ()
    space: bool = False  # trimmed at the end of a line
    missing: bool = False  # a character no face has: drawn as a box
    newline: bool = False  # a line break typed by the clerk: not drawn
    hidden: bool = False  # another control character: not drawn
    # its ink at its size without synthetic bold, once asked for (``_kind_ink``)
    ink: _KeyInk | None = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class Line:
    """One line of a shaped paragraph: its clusters and its width."""

    first: int  # cluster indices [first, last)
    last: int
    width: float  # points, without trailing spaces


@dataclass
class Shaped:
    """A paragraph shaped at one size: clusters and break opportunities."""

    text: str
    size: float
    bold: bool
    fonts: FontSet
    clusters: list[Cluster]  # shared: the same object for the same cluster at this size
    starts: list[int]  # each cluster's place in ``text``: [starts[i], ends[i])
    ends: list[int]
    breaks: set[int]  # cluster indices before which a line may break
    missing: set[str] = field(default_factory=set)
    dropped_marks: int = 0  # combining marks beyond MAX_MARKS on one base, not drawn
    _lines_cache: dict = field(default_factory=dict, repr=False)
    _ink: _ClusterInk | None = field(default=None, repr=False, compare=False)
    _widths: list[float] | None = field(default=None, repr=False, compare=False)

    @property
    def width(self) -> float:
        return sum(self.widths())

    def widths(self) -> list[float]:
        """Each cluster's width (points), kept: sums of its slices add the
        same floats in the same order as sums over the clusters did."""
        got = self._widths
        if got is None:
            got = self._widths = [c.width for c in self.clusters]
        return got

    def line_text(self, line: Line) -> str:
        if line.first >= line.last:
            return ""
        return self.text[self.starts[line.first] : self.ends[line.last - 1]]

    # --- line breaking -----------------------------------------------------

    def lines(self, first_width: float, rest_width: float | None = None) -> list[Line]:
        """Greedy lines for these widths (points), cached."""
        if rest_width is None:
            rest_width = first_width
        key = (round(first_width, 3), round(rest_width, 3))
        got = self._lines_cache.get(key)
        if got is None:
            got = self._lines_cache[key] = self._break(first_width, rest_width)
        return got

    def _break(self, first_width: float, rest_width: float) -> list[Line]:
        cl = self.clusters
        widths = self.widths()
        n = len(cl)
        lines: list[Line] = []
        if n == 0:
            return [Line(0, 0, 0.0)]
        # segments between break opportunities
        bounds = sorted(b for b in self.breaks if 0 < b < n)
        bounds.append(n)
        segs = list(zip([0, *bounds[:-1]], bounds, strict=True))
        # breaks inside protected spans (compounds, dates ...): used only for a
        # segment that does not fit on a line by itself, lowest level first;
        # looked up only then (most paragraphs have no such segment)
        fallback: dict[int, int] | None = None
        line_start: int | None = None
        line_w = 0.0  # width so far, trailing spaces included
        content_end = 0
        content_w = 0.0
        eps = _EPS

        k = 0
        while k < len(segs):
            a, b = segs[k]
            k += 1
            # split off a typed line break: it ends the segment
            last = cl[b - 1]
            forced = last.newline
            # content end: without trailing spaces / the newline
            e = b
            if last.space or forced:
                while e > a and (cl[e - 1].space or cl[e - 1].newline):
                    e -= 1
            seg_content = sum(widths[a:e])
            # (x + 0 is x: no sum for a segment without trailing spaces)
            seg_full = seg_content if e == b else seg_content + sum(widths[e:b])
            avail = rest_width if lines else first_width
            if seg_content > (avail if line_start is None else rest_width) + eps:
                if fallback is None:
                    fallback = self._fallback()
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
                    # wider than a whole line: cut between clusters
                    pos = a
                    while pos < e:
                        cut = self._cut(pos, e, rest_width if lines else first_width)
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

    def _fallback(self) -> dict[int, int]:
        """Cluster index -> level of the breaks inside protected spans."""
        found = linebreak.fallback_breaks(self.text)
        if not found:
            return {}
        starts = dict(zip(self.starts, range(len(self.clusters)), strict=True))
        return {starts[p]: level for p, level in found.items() if p in starts}

    def _cut(self, a: int, e: int, width: float) -> int:
        """Where to end a line inside the over-wide piece [a, e)."""
        cl = self.clusters
        text = self.text
        starts = self.starts
        preferred = linebreak.cut_positions(text, starts[a], self.ends[e - 1])
        fit = a
        w = 0.0
        tiers = range(linebreak.LAST_TIER + 1)
        best = dict.fromkeys(tiers, 0)  # tier -> furthest fitting cluster index
        for i in range(a + 1, e + 1):
            w += cl[i - 1].width
            if w > width + _EPS:
                break
            fit = i
            if i == e:
                break
            pos = starts[i]
            if not _cuttable(text, pos):
                continue
            best[preferred.get(pos, linebreak.LAST_TIER)] = i
        if fit >= e:
            return e
        min_useful = a + max(1, (fit - a) * 2 // 5)
        for tier in tiers:
            if best[tier] >= min_useful:
                return best[tier]
        for tier in tiers:
            if best[tier] > a:
                return best[tier]
        return max(a + 1, fit)


def _cuttable(text: str, i: int) -> bool:
    """May a line break fall between text[i-1] and text[i]? (see linebreak)"""
    return linebreak.cluster_boundary(text, i)


def _word_boundaries(text: str, offset: int) -> set[int]:
    return linebreak.word_boundaries(text, offset)


def _line_breaks(text: str) -> set[int]:
    """Text positions where a line may break: ICU's breaks less those inside
    compounds, dates, numbers with their units, division names, Latin
    hyphen joins, URLs (the rules are in ``itadesk.linebreak``)."""
    return linebreak.line_breaks(text)


# --- itemising and shaping --------------------------------------------------------------


_STRONG = re.compile(r"[\u0e00-\u0e7f]+|[^\W\d_\u0e00-\u0e7f]+")


def _itemize(text: str, fonts: FontSet, bold: bool) -> list[tuple[int, int, int, Face]]:
    """Runs (start, end, script class, face): Thai, or anything else.

    Neutral characters (spaces, punctuation, digits) join the run before
    them (the first run: the one after). Where the report's face lacks a
    character and the fallback has it, the fallback draws it, with the
    marks that follow it."""
    primary = fonts.face(bold)
    fallback = fonts.fallback_face(bold)
    # strong runs: Thai block, or letters of any other script
    bounds: list[tuple[int, int]] = []  # (start, class)
    for m in _STRONG.finditer(text):
        cls = _THAI if "\u0e00" <= m.group()[0] <= "\u0e7f" else _OTHER
        if bounds and bounds[-1][1] == cls:
            continue
        bounds.append((m.start() if bounds else 0, cls))
    if not bounds:
        bounds = [(0, _OTHER)]
    script_runs = [
        (start, bounds[k + 1][0] if k + 1 < len(bounds) else len(text), cls)
        for k, (start, cls) in enumerate(bounds)
    ]
    if fallback is None or all(primary.has(ord(ch)) for ch in set(text)):
        return [(a, b, cls, primary) for a, b, cls in script_runs if b > a]
    runs = []
    for a, b, cls in script_runs:
        faces: list[Face] = []
        for i in range(a, b):
            ch = text[i]
            cp = ord(ch)
            if ch in _IGNORABLE or (i > a and unicodedata.category(ch)[0] == "M"):
                faces.append(faces[-1] if faces else primary)
            elif primary.has(cp) or not fallback.has(cp):
                faces.append(primary)
            else:
                faces.append(fallback)
        start = a
        for i in range(a + 1, b + 1):
            if i == b or faces[i - a] is not faces[start - a]:
                runs.append((start, i, cls, faces[start - a]))
                start = i
    return runs


def clamp_marks(text: str) -> tuple[str, int]:
    """``text`` with at most ``MAX_MARKS`` combining marks on one base, and
    how many were dropped."""
    dropped = 0

    def keep(m: re.Match[str]) -> str:
        nonlocal dropped
        dropped += len(m.group()) - MAX_MARKS
        return m.group()[:MAX_MARKS]

    return _MARK_RUN.sub(keep, text), dropped


def shape(text: str, fonts: FontSet, size: float, bold: bool = False) -> Shaped:
    """Shape a paragraph (any text the clerk typed, or the app wrote).

    Marks stacked beyond ``MAX_MARKS`` on one base are left out of the
    shaped text (``Shaped.text``) and counted in ``dropped_marks``."""
    import uharfbuzz as hb

    text, dropped = clamp_marks(text)
    # what HarfBuzz sees: tabs as spaces, other control characters as nothing
    shaping_text = text.replace("\t", " ")
    clusters: list[Cluster] = []
    starts: list[int] = []
    ends: list[int] = []
    missing: set[str] = set()
    primary = fonts.face(bold)
    # break opportunities, as cluster indices: before a cluster that starts
    # at a text break, and after a typed line break (not after the last)
    breaks_at = _line_breaks(text) if text else set()
    breaks: set[int] = set()
    for start, end, script, face in _itemize(shaping_text, fonts, bold):
        scale = size * face.size_factor / face.upem
        # the fallback's glyphs go into the primary face's font where they can
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
        recipes = _recipes(face, primary, foreign)
        kinds = _kinds(face, primary, foreign, scale)
        # Each glyph's cluster value (and the run's end after the last); a
        # cluster is the glyphs of one value. The glyphs are read straight
        # from HarfBuzz's lists as the loop goes (no list of them first): a
        # cluster's key holds (glyph id, x advance, x offset, y offset), bare
        # for a single glyph (most clusters), else a tuple of them.
        infos = buf.glyph_infos
        positions = buf.glyph_positions
        values = list(map(_CLUSTER_VALUE, infos))
        values.append(end)
        n = len(infos)
        k = 0
        while k < n:
            cstart = values[k]
            info = infos[k]
            pos = positions[k]
            glyphs: tuple = (info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset)
            k += 1
            cend = values[k]
            single = cend != cstart
            if not single:
                more = [glyphs]
                while cend == cstart and k < n:
                    info = infos[k]
                    pos = positions[k]
                    more.append((info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset))
                    k += 1
                    cend = values[k]
                glyphs = tuple(more)
            if cend <= cstart:  # defensive: never expected left to right
                continue
            ctext = text[cstart:cend]
            kind = kinds.get((ctext, glyphs))
            if kind is None:
                recipe = recipes.get((ctext, glyphs))
                if recipe is None:
                    recipe = recipes[(ctext, glyphs)] = _recipe(
                        face, primary, foreign, ctext, (glyphs,) if single else glyphs
                    )
                home, key, advance, codes, space, lacking, newline, hidden = recipe
                made = Cluster(
                    home, key, advance, advance * scale, codes, space, lacking is not None, newline, hidden
                )
                kind = kinds[(ctext, glyphs)] = (made, newline, lacking)
            cluster, newline, lacking = kind
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


# Clusters as shaped, per face: (text, glyphs) -> what ``shape`` makes of them.
_RECIPES: dict[tuple[Face, Face, float], dict[tuple[str, tuple], tuple]] = {}
_MAX_RECIPES = 100_000  # per face; then forgotten and made again


# The clusters themselves, per face and scale: (text, glyphs) -> (cluster,
# newline, characters no face has or None); one object for every occurrence.
_KINDS: dict[
    tuple[Face, Face, float, float], dict[tuple[str, tuple], tuple[Cluster, bool, frozenset[str] | None]]
] = {}


def _kinds(
    face: Face, primary: Face, foreign: float, scale: float
) -> dict[tuple[str, tuple], tuple[Cluster, bool, frozenset[str] | None]]:
    got = _KINDS.get((face, primary, foreign, scale))
    if got is None or len(got) > _MAX_RECIPES:
        got = _KINDS[(face, primary, foreign, scale)] = {}
    return got


def _recipes(face: Face, primary: Face, foreign: float) -> dict[tuple[str, tuple], tuple]:
    got = _RECIPES.get((face, primary, foreign))
    if got is None or len(got) > _MAX_RECIPES:
        got = _RECIPES[(face, primary, foreign)] = {}
    return got


def _recipe(
    face: Face, primary: Face, foreign: float, ctext: str, glyphs: tuple[tuple[int, int, int, int], ...]
) -> tuple:
    """What a cluster of ``ctext`` shaped as ``glyphs`` (glyph id, x advance,
    x offset, y offset in ``face``'s units) is: (face that draws it, glyph
    key, advance, codes, space, characters no face has or None, newline,
    hidden). Made once per face and cluster (``_recipes``)."""
    advance = sum(g[1] for g in glyphs)
    if ctext == _HARD_BREAK or ctext == "\r\n" or ctext == "\r":
        return face, face.space_gid, 0, (), False, None, True, False
    if not ctext.isprintable() and all(unicodedata.category(ch) == "Cc" and ch != "\t" for ch in ctext):
        # other control characters: neither drawn nor measured
        return face, face.space_gid, 0, (), False, None, False, True
    own: OwnKey | None
    if len(glyphs) == 1:
        gid, _adv, dx, dy = glyphs[0]
        if gid == 0:
            own = None
        elif dx == 0 and dy == 0:
            own = gid
        else:
            own = ((gid, dx, dy),)
    else:
        pen = 0
        parts: list[tuple[int, int, int]] | None = []
        for gid, adv, dx, dy in glyphs:
            if gid == 0:
                parts = None
                break
            assert parts is not None
            parts.append((gid, pen + dx, dy))
            pen += adv
        own = tuple(parts) if parts is not None else None
    if own is None:
        lacking = frozenset(ch for ch in ctext if not face.has(ord(ch)) and ch not in _IGNORABLE)
        adv = face.notdef_advance
        return face, face.space_gid, adv, ((face.space_gid, ctext, adv),), False, lacking, False, False
    key: GlyphKey = own
    own_codes = _codes(face, own, ctext, advance)
    codes: tuple[tuple[GlyphKey, str, int], ...] = own_codes
    home = face
    if foreign:
        home, key, codes = (
            primary,
            Foreign(face, own, foreign),
            _foreign_codes(primary, face, own_codes, foreign),
        )
    space = ctext.isspace() and "\u00a0" not in ctext
    return home, key, advance, codes, space, None, False, False


@functools.lru_cache(maxsize=8192)
def _codes(face: Face, key: OwnKey, text: str, advance: int) -> tuple[tuple[OwnKey, str, int], ...]:
    """The PDF codes that draw one cluster: (glyph key, text, advance).

    The first code draws the whole cluster. When the text holds combining
    marks, the text is given out in pieces that are either all marks or free
    of marks: pdf.js (Firefox) counts any code whose text contains a
    combining mark as zero width, and its word positions drift when that is
    not so. The pieces after the first draw nothing (the space glyph); the
    marks take ``MARK_WIDTH`` per mark of the base's advance, other
    characters the font's advance for them, each at least ``MIN_CHAR_WIDTH``
    per character (see there).
    """
    head, tail = _split_marks(face, text, advance)
    if not tail:
        return ((key, text, advance),)
    head_len = len(text) - sum(len(t) for t, _a in tail)
    return ((key, text[:head_len], head),) + tuple((face.space_gid, t, a) for t, a in tail)


@functools.lru_cache(maxsize=2048)
def _foreign_codes(
    home: Face, face: Face, codes: tuple[tuple[OwnKey, str, int], ...], scale: float
) -> tuple[tuple[GlyphKey, str, int], ...]:
    """``codes`` of ``face`` drawn in ``home``'s font (see ``Foreign``)."""
    return tuple(
        (home.space_gid if key == face.space_gid else Foreign(face, key, scale), text, round(advance * scale))
        for key, text, advance in codes
    )


def _split_marks(face: Face, text: str, advance: int) -> tuple[int, tuple[tuple[str, int], ...]]:
    """(advance of the first code, further (text, advance) codes)."""
    if text.isascii() or not any(unicodedata.category(ch) == "Mn" for ch in text):
        return advance, ()
    pieces: list[str] = []
    kinds: list[bool] = []
    for ch in text:
        mark = unicodedata.category(ch) == "Mn"
        if kinds and kinds[-1] == mark:
            pieces[-1] += ch
        else:
            pieces.append(ch)
            kinds.append(mark)
    if kinds[0]:  # a cluster that starts with a mark: one code (pdf.js may drift)
        return advance, ()
    per_mark = MARK_WIDTH * face.upem / 1000
    floor = MIN_CHAR_WIDTH * face.upem / 1000
    widths = [
        per_mark * len(piece)
        if mark
        else max(sum(face.advance(face.cmap.get(ord(ch), 0)) for ch in piece), floor * len(piece))
        for piece, mark in zip(pieces[1:], kinds[1:], strict=True)
    ]
    if advance - sum(widths) < floor * len(pieces[0]):
        # too narrow for its characters: each gets an equal share
        per_char = advance / len(text)
        widths = [per_char * len(piece) for piece in pieces[1:]]
    tail = tuple((piece, round(w)) for piece, w in zip(pieces[1:], widths, strict=True))
    return advance - sum(w for _p, w in tail), tail


# --- drawing ----------------------------------------------------------------------------------


def _fmt(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def draw_line(
    out: list[str],
    fonts: DocumentFonts,
    shaped: Shaped,
    line: Line,
    x: float,
    y: float,
    *,
    synthetic_bold: bool = False,
) -> list[tuple[float, float, float, float]]:
    """Append the PDF operators drawing ``line`` with its baseline at
    (x, y). Returns boxes (x, y, w, h) to stroke for missing characters.

    Each cluster object's font and TJ operands are learnt once per document
    (``DocumentFonts.learn``: codes are given out in the order clusters are
    first drawn); a line of clusters drawn before in one font is then one
    join of their operands."""
    first = line.first
    last = line.last
    if first >= last:
        return []
    part = shaped.clusters[first:last]
    use_of = fonts.cluster_use
    tj = None
    use = use_of.get(part[0])
    if use is not None and not use.missing:
        try:  # the usual line: all its clusters drawn before, in one font
            tj = "".join(map(use.operands.__getitem__, part))
        except KeyError:  # another font, a cluster not drawn before, one not drawn at all
            tj = None
    if tj is None and fonts.learn(part):  # then try again, as above
        use = use_of.get(part[0])
        if use is not None and not use.missing:
            try:
                tj = "".join(map(use.operands.__getitem__, part))
            except KeyError:
                tj = None
    numbers = fonts.numbers
    xs = numbers.get(x)
    if xs is None:
        xs = numbers[x] = _fmt(x)
    ys = numbers.get(y)
    if ys is None:
        ys = numbers[y] = _fmt(y)
    fake_bold = synthetic_bold and shaped.bold
    if tj is not None:
        assert use is not None
        tf = use.select(shaped.size)
        if fake_bold:
            stroke = _fmt(shaped.size * SYNTHETIC_BOLD_STROKE)
            out.append(f"q\nBT\n2 Tr {stroke} w\n1 0 0 1 {xs} {ys} Tm\n{tf}\n[{tj}] TJ\nET\nQ")
        else:
            out.append(f"BT\n1 0 0 1 {xs} {ys} Tm\n{tf}\n[{tj}] TJ\nET")
        return []
    ops = ["q", "BT", f"2 Tr {_fmt(shaped.size * SYNTHETIC_BOLD_STROKE)} w"] if fake_bold else ["BT"]
    ops.append(f"1 0 0 1 {xs} {ys} Tm")
    # the font in use: a resource of a face's embedded font, selected where it changes
    cur: FontUse | None = None
    tjs: list[str] = []
    boxes = []
    for i, k in enumerate(part):
        use = use_of[k]
        if use is None:  # not drawn
            continue
        if cur is None or use.font is not cur.font or use.resource != cur.resource:
            if tjs:
                ops.append("[" + "".join(tjs) + "] TJ")
                tjs = []
            ops.append(use.select(shaped.size))
            cur = use
        tjs.append(use.operands[k])
        if use.missing:
            fsize = shaped.size * use.font.face.size_factor
            boxes.append(_missing_box_at(shaped.clusters, first, first + i, x, y, fsize))
    if tjs:
        ops.append("[" + "".join(tjs) + "] TJ")
    ops.append("ET")
    if fake_bold:
        ops.append("Q")
    out.append("\n".join(ops))
    return boxes


def _missing_box_at(
    clusters: list[Cluster], first: int, i: int, x: float, y: float, em: float
) -> tuple[float, float, float, float]:
    """The box drawn for cluster ``i`` (a character no face has) of a line
    from cluster ``first`` at (x, y), in a font of size ``em``."""
    pen = x
    for k in range(first, i):  # the same additions, in the same order, as the pen of a loop
        c = clusters[k]
        if not (c.newline or c.hidden):
            pen += c.width
    return (pen + 0.08 * em, y - 0.12 * em, clusters[i].width - 0.16 * em, 0.8 * em)


# --- ink -----------------------------------------------------------------------------------


# not cached (the tuples took 10 MB of a 200-measure build): ``_key_ink``,
# cached, reads the glyphs' slices itself, the same way (through
# ``_placed_ink``: each glyph where a key places it, about 2,000 of them in a
# 200-measure build, 6 MB)
def key_boxes(face: Face, key: GlyphKey) -> tuple[tuple[float, float, float, float], ...]:
    """Boxes (xMin, yMin, xMax, yMax) covering the ink of the glyphs a
    glyph key draws, in ``face``'s units: each glyph's outline in slices of
    its width (``Face.ink_slices``), placed where HarfBuzz put it (a
    ``Foreign`` key in the other face's units, scaled)."""
    if isinstance(key, Foreign):
        s = key.scale
        return tuple((x0 * s, y0 * s, x1 * s, y1 * s) for x0, y0, x1, y1 in key_boxes(key.face, key.key))
    parts = ((key, 0, 0),) if isinstance(key, int) else key
    out = []
    for gid, dx, dy in parts:
        for x0, y0, x1, y1 in face.ink_slices(gid):
            out.append((x0 + dx, y0 + dy, x1 + dx, y1 + dy))
    return tuple(out)


# The ink of a glyph key at one scale and synthetic bold growth, from its
# pen (``key_boxes`` scaled: x0 * scale, x1 * scale, y1 * scale + grow,
# y0 * scale - grow; cached, and without growth also kept on the clusters
# that draw the key, ``Cluster.ink``): its highest top and lowest bottom (-inf and +inf for
# none), its leftmost x0 and rightmost x1 (0.0 for none), and its boxes for
# ``ink_need``: top, x0, x1 of each in a row, highest first, and bottom, x0,
# x1, lowest first (arrays of doubles: a fifth of the memory of tuples).
_KeyInk = tuple[float, float, float, float, "array[float]", "array[float]"]


@functools.lru_cache(maxsize=65536)
def _key_ink(face: Face, key: GlyphKey, scale: float, grow: float) -> _KeyInk:
    # (top, x0, x1) and (bottom, x0, x1) of each box, made from the glyphs'
    # slices directly (the same arithmetic as ``key_boxes``, then scaled) and
    # sorted by their first item (C-level: cheaper than key functions and
    # index lists; a cold key costs a fifth less)
    if isinstance(key, Foreign):
        boxes = key_boxes(face, key)
        tops = [(y1 * scale + grow, x0 * scale, x1 * scale) for x0, _y0, x1, y1 in boxes]
        bottoms = [(y0 * scale - grow, x0 * scale, x1 * scale) for x0, y0, x1, _y1 in boxes]
        if not tops:
            return _NO_INK
        # sorted() is stable with reverse too: the first box of the highest top
        # (lowest bottom) is the one max() (min()) of the tops (bottoms) in their
        # order gives
        by_top = sorted(tops, key=_TOP, reverse=True)
        by_bottom = sorted(bottoms, key=_TOP)
        left, right = min(map(_X0, tops)), max(map(_X1, tops))
    elif isinstance(key, int):
        got = _placed_ink(face, key, 0, 0, scale, grow)
        if got is None:
            return _NO_INK
        by_top, by_bottom, left, right = got
    else:
        # each glyph's boxes where it is placed, kept (a base and a mark at
        # one place recur in many clusters), sorted each: the stable sort of
        # their concatenation (one run a glyph) is that of all the boxes in
        # their order, and the extremes of the glyphs' extremes, in order,
        # are those of all
        parts = [
            got for gid, dx, dy in key if (got := _placed_ink(face, gid, dx, dy, scale, grow)) is not None
        ]
        if not parts:
            return _NO_INK
        if len(parts) == 1:
            by_top, by_bottom, left, right = parts[0]
        else:
            by_top = sorted(chain.from_iterable(map(_PART_BY_TOP, parts)), key=_TOP, reverse=True)
            by_bottom = sorted(chain.from_iterable(map(_PART_BY_BOTTOM, parts)), key=_TOP)
            left = min(map(_PART_LEFT, parts))
            right = max(map(_PART_RIGHT, parts))
    return (
        by_top[0][0],
        by_bottom[0][0],
        left,
        right,
        array("d", list(chain.from_iterable(by_top))),
        array("d", list(chain.from_iterable(by_bottom))),
    )


_Boxes = list[tuple[float, float, float]]


@functools.lru_cache(maxsize=8192)
def _placed_ink(
    face: Face, gid: int, dx: int, dy: int, scale: float, grow: float
) -> tuple[_Boxes, _Boxes, float, float] | None:
    """One glyph's part of ``_key_ink`` where a key places it: its boxes'
    (top, x0, x1) sorted by top, highest first, and (bottom, x0, x1) lowest
    first (stable sorts), and the least x0 and greatest x1 (``None``: no
    ink)."""
    slices = face.ink_slices(gid)
    if not slices:
        return None
    tops = [((y1 + dy) * scale + grow, (x0 + dx) * scale, (x1 + dx) * scale) for x0, _y0, x1, y1 in slices]
    bottoms = [((y0 + dy) * scale - grow, (x0 + dx) * scale, (x1 + dx) * scale) for x0, y0, x1, _y1 in slices]
    return (
        sorted(tops, key=_TOP, reverse=True),
        sorted(bottoms, key=_TOP),
        min(map(_X0, tops)),
        max(map(_X1, tops)),
    )


# A cluster kind that draws nothing (a typed line break, a control
# character) or a box (a missing character: ``_missing_box``, by pen).
_NO_INK: _KeyInk = (-math.inf, math.inf, 0.0, 0.0, array("d"), array("d"))
_INK = attrgetter("ink")
_CLUSTER_VALUE = attrgetter("cluster")  # of a HarfBuzz glyph info
_TOP = itemgetter(0)
_BOTTOM = itemgetter(1)
_X0 = itemgetter(1)  # of a (top, x0, x1) box
_X1 = itemgetter(2)
# of a glyph's part (``_placed_ink``)
_PART_BY_TOP, _PART_BY_BOTTOM, _PART_LEFT, _PART_RIGHT = (itemgetter(i) for i in range(4))
_MISSING = attrgetter("missing")


def _kind_ink(c: Cluster, size: float) -> _KeyInk:
    """``Cluster.ink``, filled on first use: the ink of the cluster's key at
    ``size`` (one cluster object serves one size: ``_kinds`` is per scale),
    ``_NO_INK`` for a cluster not drawn as its glyphs."""
    got = c.ink
    if got is None:
        if c.newline or c.hidden or c.missing:
            got = _NO_INK
        else:
            got = _key_ink(c.face, c.key, size * c.face.size_factor / c.face.upem, 0.0)
        c.ink = got
    return got


class _ClusterInk:
    """Per cluster of a paragraph, computed once (``_cluster_ink``): its
    width, its ink (``Cluster.ink``), the top and bottom of that ink (-inf
    and +inf for none: also for clusters not drawn), and the indices of
    missing characters' clusters (their boxes: ``_missing_box``). The ink
    hangs off the cluster kinds, shared by their occurrences, so a paragraph
    only gathers it (C-level maps)."""

    __slots__ = ("widths", "inks", "tops", "bottoms", "missing")

    def __init__(self, shaped: Shaped) -> None:
        self.widths = shaped.widths()
        cl = shaped.clusters
        inks: list[_KeyInk | None] = list(map(_INK, cl))
        if None in inks:
            size = shaped.size
            for i, k in enumerate(inks):
                if k is None:
                    inks[i] = _kind_ink(cl[i], size)
        ready: list[_KeyInk] = inks  # type: ignore[assignment]
        self.inks = ready
        self.tops: list[float] = list(map(_TOP, ready))
        self.bottoms: list[float] = list(map(_BOTTOM, ready))
        self.missing: list[int] = [i for i, c in enumerate(cl) if c.missing] if any(map(_MISSING, cl)) else []


def _cluster_ink(shaped: Shaped) -> _ClusterInk:
    got = shaped._ink
    if got is None:
        got = shaped._ink = _ClusterInk(shaped)
    return got


def _missing_box(shaped: Shaped, c: Cluster, pen: float) -> tuple[float, float, float, float]:
    """x0, x1, top, bottom of the box drawn for a missing character."""
    em = shaped.size * c.face.size_factor
    return pen + 0.08 * em, pen + c.width - 0.08 * em, 0.68 * em + 0.5, -0.12 * em - 0.5


def _grow(shaped: Shaped, synthetic_bold: bool) -> float:
    return shaped.size * SYNTHETIC_BOLD_STROKE / 2 if synthetic_bold and shaped.bold else 0.0


InkParts = Sequence[tuple[Shaped, Line, float]]


def ink_extent(parts: InkParts, *, synthetic_bold: bool = False) -> tuple[float, float]:
    """The highest and lowest ink of the glyphs ``draw_line`` draws for each
    (shaped, line, x), in points above the baseline (a missing character's
    box counts as ink); ``(0.0, 0.0)`` when nothing is drawn."""
    top, bottom = -math.inf, math.inf
    for shaped, line, _x in parts:
        first, last = line.first, line.last
        if first >= last:
            continue
        ink = shaped._ink or _cluster_ink(shaped)
        grow = _grow(shaped, synthetic_bold) if synthetic_bold else 0.0
        t = max(ink.tops[first:last]) + grow
        b = min(ink.bottoms[first:last]) - grow
        if ink.missing:
            for i in ink.missing:
                if first <= i < last:
                    _x0, _x1, mt, mb = _missing_box(shaped, shaped.clusters[i], 0.0)
                    t, b = max(t, mt), min(b, mb)
        top, bottom = max(top, t), min(bottom, b)
    if top == -math.inf:
        return 0.0, 0.0
    return top, bottom


# A cluster of a line that ``ink_need`` looks at, a list: its highest top
# (tall) or lowest bottom (deep); its boxes (``_KeyInk.by_top`` or
# ``by_bottom``), its pen and synthetic bold growth; its leftmost and
# rightmost x from its pen; then, once known, its first and last bin (a tall
# one's widened by a bin either side) and (deep) its boxes' bottoms and bins.
# A missing character's box is one such cluster at pen 0.0.
_Candidate = list


def _candidates(parts: InkParts, synthetic_bold: bool, level: float, tall: bool) -> list[_Candidate]:
    """The clusters of ``parts`` with ink higher than ``level`` (``tall``)
    or lower than it (see ``_Candidate``)."""
    out: list[_Candidate] = []
    for shaped, line, x in parts:
        first, last = line.first, line.last
        if first >= last:
            continue
        ink = shaped._ink or _cluster_ink(shaped)
        grow = _grow(shaped, synthetic_bold) if synthetic_bold else 0.0
        if tall:
            hi = level - grow - 1e-6  # a margin for the rounding of grow
            wanted = [i for i, t in enumerate(ink.tops[first:last], first) if t > hi]
        else:
            lo = level + grow + 1e-6
            wanted = [i for i, u in enumerate(ink.bottoms[first:last], first) if u < lo]
        missing = [i for i in ink.missing if first <= i < last] if ink.missing else wanted[:0]
        if missing:
            end = max(wanted[-1], missing[-1]) if wanted else missing[-1]
        elif wanted:
            end = wanted[-1]
        else:
            continue
        # the pen before each cluster, up to the last one wanted
        pens = list(accumulate(ink.widths[first:end], initial=x))
        inks = ink.inks
        if tall:
            for i in wanted:
                k = inks[i]
                t, raw = k[0], k[4]
                if grow:
                    c = shaped.clusters[i]
                    g = _key_ink(c.face, c.key, shaped.size * c.face.size_factor / c.face.upem, grow)
                    t, raw = g[0], g[4]  # the highest box's top, the same float
                if t > level:
                    out.append([t, raw, pens[i - first], grow, k[2], k[3], None, None, None])
        else:
            for i in wanted:
                k = inks[i]
                u, raw = k[1], k[5]
                if grow:
                    c = shaped.clusters[i]
                    g = _key_ink(c.face, c.key, shaped.size * c.face.size_factor / c.face.upem, grow)
                    u, raw = g[1], g[5]
                if u < level:
                    out.append([u, raw, pens[i - first], grow, k[2], k[3], None, None, None])
        for i in missing:
            a, b, t, u = _missing_box(shaped, shaped.clusters[i], pens[i - first])
            if tall and t > level:
                out.append([t, array("d", (t, a, b)), 0.0, 0.0, a, b, None, None, None])
            elif not tall and u < level:
                out.append([u, array("d", (u, a, b)), 0.0, 0.0, a, b, None, None, None])
    return out


def ink_need(
    upper: InkParts,
    upper_extent: tuple[float, float],
    lower: InkParts,
    lower_extent: tuple[float, float],
    actual: float,
    bin_width: float,
    clearance: float,
    *,
    upper_bold: bool = False,
    lower_bold: bool = False,
) -> float:
    """The least distance between the baselines of two lines of ink (``parts``
    as for ``ink_extent``, with their extents, the upper line's synthetic
    bold and the lower's), one under the other, that keeps ``clearance``
    points between their ink where they overlap horizontally or come within
    a bin (``bin_width`` points) of it; exact where it is more than
    ``actual``, the distance they have now: else some distance no more than
    that (only the boxes of ink that could come closer are looked at).
    ``tests/test_report_inkprofile.py`` checks it against binning every
    glyph's boxes.

    That is the clearance plus the most a box of the lower line's ink rises
    (its top) above a box of the upper line's (its bottom) whose bins are
    within one of its own. Found by bounds: the clusters whose ink could come
    closer than ``actual``, the highest of the lower line's first, and for
    each the lowest of the upper line's first while the two could rise more
    than the most found so far; the boxes of such a pair whose bins meet in
    the same order."""
    upper_bottom = upper_extent[1]
    lower_top = lower_extent[0]
    if lower_top - upper_bottom + clearance <= 0:
        return 0.0
    # a pair of boxes needs more than ``actual`` only if top - bottom > actual - clearance
    margin = 1e-6
    gap = actual - clearance - margin
    tall = _candidates(lower, lower_bold, upper_bottom + gap, True)
    if not tall:
        return 0.0
    tall.sort(key=_TOP, reverse=True)
    highest = tall[0][0]
    deep = _candidates(upper, upper_bold, highest - gap, False)
    if not deep:
        return 0.0
    deep.sort(key=_TOP)  # its first item: its lowest bottom
    lowest = deep[0][0]
    floor = math.floor
    # The most a top rises above a bottom that meets it, while more than gap.
    # Floats: a - b <= c - d where a <= c and b >= d, so a cluster's extreme
    # (its extreme box's) bounds its boxes, and bins from its leftmost and
    # rightmost x bound theirs.
    best = gap
    for tc in tall:
        t = tc[0]
        if t - lowest <= best:
            break
        _t, t_boxes, t_pen, t_grow, t_left, t_right, _ja, _jb, _d = tc
        ja = floor((t_pen + t_left - t_grow) / bin_width) - 1
        jb = floor((t_pen + t_right + t_grow) / bin_width) + 1
        for dc in deep:
            u = dc[0]
            if t - u <= best:
                break
            _u, raw, pen, grow, left, right, ka, kb, d_boxes = dc
            if ka is None:
                ka = dc[6] = floor((pen + left - grow) / bin_width)
                kb = dc[7] = floor((pen + right + grow) / bin_width)
            if ka > jb or kb < ja:
                continue
            if d_boxes is None:
                # bottom, first bin, last bin of its boxes that this top rises
                # more than best above: no later top rises more (tall goes down,
                # best only up)
                d_boxes = dc[8] = []
                it = iter(raw)
                for bottom, a, b in zip(it, it, it, strict=True):
                    if t - bottom <= best:
                        break
                    d_boxes.append(
                        (bottom, floor((pen + a - grow) / bin_width), floor((pen + b + grow) / bin_width))
                    )
            # each top, highest first, with the lowest bottom that meets it
            it = iter(t_boxes)
            for top, a, b in zip(it, it, it, strict=True):
                if top - u <= best:
                    break
                ta = floor((t_pen + a - t_grow) / bin_width) - 1
                tz = floor((t_pen + b + t_grow) / bin_width) + 1
                for bottom, da, dz in d_boxes:
                    if top - bottom <= best:
                        break
                    if da <= tz and ta <= dz:
                        best = top - bottom
                        break
    return best + clearance if best > gap else 0.0
