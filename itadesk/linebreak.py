"""Where Thai text may break between lines: the rules of a careful typesetter.

One module for every output that wraps Thai text (the PDF report now, a web
page or the editor later). It knows nothing of fonts or widths: given a text
(and the organization's division names) it says

- where a line may break (``Breaks.allowed``): ICU's line breaks (Thai
  dictionary) less those inside a *protected span*: a compound of official
  Thai (``resources/linebreak/compounds-th.txt``), a date (``๑๕ มีนาคม
  ๒๕๖๘``, ``๑ ต.ค. ๖๗``, ``มีนาคม ๒๕๖๘``, ``1/10/2567``), ``พ.ศ.``/``ค.ศ.`` and
  the year, a number and its counting word (``๖๐ คน``, ``๑๒,๔๕๐.๕๐ บาท``),
  ``ร้อยละ`` and its number, an ordinal (``ครั้งที่ ๒``), a division name,
  a Latin term joined by hyphens (``E-Service``, ``e-GP``) or a short
  title-case one (``No Gift Policy``), a URL or an e-mail address;
- where a line may break only when a protected span is wider than a whole
  line (``Breaks.fallback``, with a level: use the lowest level first, so a
  date too wide for its column breaks before its compounds do); in a URL or
  an e-mail address these are only after ``/`` and before ``. - ? @ & = #``;
- where an over-long word is best cut (``cut_positions``): at a dictionary
  word boundary inside it, else (in code-like text) at those URL points; any
  other cluster boundary (``cluster_boundary``) is the last resort.

ICU (icu4py) is loaded on first use, the compound list likewise (a few ms).
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

from .errors import record
from .thaifmt import MONTHS_ABBREVIATED, MONTHS_WIDE

COMPOUNDS = ("linebreak", "compounds-th.txt")

# --- what a protected span is -------------------------------------------------------------

_D = "[0-9\u0e50-\u0e59]"
_DIGITS = frozenset("0123456789\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59")
# A pattern that starts with a character class or a literal (or an
# alternation of literals) lets ``re`` skip in C to where a match may
# start, instead of trying the whole pattern at every position: so a
# number's "no digit, comma or point before it" is tested after its first
# digit, by a lookbehind of two characters (that digit and the one before).
_NUM = rf"{_D}(?<![0-9\u0e50-\u0e59.,]{_D}){_D}*(?:[,.]{_D}+)*(?![0-9\u0e50-\u0e59])"
# Month names and their abbreviations, as the app writes them (and clerks type them).
MONTHS = MONTHS_WIDE
MONTH_ABBREVIATIONS = MONTHS_ABBREVIATED
_MONTH = (
    "(?:" + "|".join(re.escape(m) for m in sorted(MONTHS + MONTH_ABBREVIATIONS, key=len, reverse=True)) + ")"
)
_ERA = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.)"
_YEAR = rf"(?:{_D}{{4}}|{_D}{{2}})(?![0-9\u0e50-\u0e59])"
_DAY = rf"{_D}(?<![0-9\u0e50-\u0e59.,]{_D}){_D}?"
# Counting words (classifiers) and units that follow a number in official text.
UNITS = (
    "คน",
    "ราย",
    "ครั้ง",
    "ชั่วโมง",
    "แห่ง",
    "บาท",
    "วัน",
    "วันทำการ",
    "เดือน",
    "ปี",
    "นาที",
    "สัปดาห์",
    "ไตรมาส",
    "งวด",
    "ฉบับ",
    "เรื่อง",
    "โครงการ",
    "กิจกรรม",
    "มาตรการ",
    "หน่วยงาน",
    "ข้อ",
    "หลัง",
    "ชุด",
    "เล่ม",
    "แผ่น",
    "ชิ้น",
    "เครื่อง",
    "คัน",
    "ห้อง",
    "หมู่บ้าน",
    "ชุมชน",
    "ตำบล",
    "อำเภอ",
    "หมู่",
    "ช่องทาง",
    "ด้าน",
    "ประเด็น",
    "ระดับ",
    "คะแนน",
    "ท่าน",
    "รูป",
    "องค์",
    "กอง",
    "ส่วน",
    "ส่วนราชการ",
    "รายการ",
    "แบบ",
    "ประเภท",
    "กลุ่ม",
    "คณะ",
    "ทีม",
    "ครัวเรือน",
    "ล้านบาท",
    "ล้าน",
    "แสน",
    "หมื่น",
    "พัน",
    "กิโลเมตร",
    "เมตร",
    "ตารางเมตร",
    "ไร่",
    "งาน",
    "กิโลกรัม",
    "ตัน",
    "ลิตร",
    "ขั้นตอน",
    "ตัวชี้วัด",
    "ความเสี่ยง",
    "เปอร์เซ็นต์",
    "คำร้อง",
    "เรื่องร้องเรียน",
    "สัญญา",
    "ประกาศ",
    "ภาคเรียน",
    "รุ่น",
    "ครอบครัว",
    "หน้า",
    "ภาพ",
    "ลำดับ",
    "อัตรา",
    "ตำแหน่ง",
    "ชนิด",
    "น.",
)
_UNITS_LONGEST_FIRST = tuple(sorted(UNITS, key=len, reverse=True))
# "ครั้งที่ ๒", "ไตรมาส ๑", "ปี ๒๕๖๘": a word and the number that follows it
# an ordinal's word and the number after it, and a year after ปี, as two
# alternatives (see ``_Alternatives``): the first starting with one of the
# words (an alternation of literals, as ``re`` can skip to), each word with
# ที่ before the forms without it, as an alternation of the words then of
# the forms tries them
_ORDINAL_WORDS = (
    "ครั้ง",
    "ฉบับ",
    "ข้อ",
    "ลำดับ",
    "ชั้น",
    "งวด",
    "รุ่น",
    "ภาคเรียน",
    "ระดับ",
    "หมู่",
    "มาตรา",
    "ไตรมาส",
    "ปี",
)
_ORDINAL = (
    "(?:" + "|".join([*(w + "ที่" for w in _ORDINAL_WORDS), "หมู่", "มาตรา", "ไตรมาส", "ข้อ"]) + rf")\s*{_NUM}",
    rf"ปี\s*(?:{_ERA}\s*)?{_D}{{4}}(?![0-9\u0e50-\u0e59])",
)

# Each pattern with a regular expression of what no match of it can be
# without (None: any text): a paragraph where that is not found is not
# searched for the pattern (most of a report's paragraphs have no digit and
# no Latin letter). A date is kept only with a number at its start or end,
# so it needs a digit too.
_NEEDS_DIGIT = "[0-9\u0e50-\u0e59]"
# the last two characters of a month's name (or abbreviation)
_NEEDS_MONTH = "|".join(sorted({re.escape(m[-2:]) for m in MONTHS + MONTH_ABBREVIATIONS}))
# (a pattern given as alternatives: see ``_Alternatives``)
_PATTERN_SOURCES: tuple[tuple[str, str | tuple[str, ...] | None, str | tuple[str, ...]], ...] = (
    # day and month, month and year, or all three (one of the two numbers, in code)
    # (an optional day first: a match with the day, else one without, at
    # the same place; two expressions, each with a start ``re`` skips to)
    (
        "date",
        (_NEEDS_DIGIT, _NEEDS_MONTH),
        (rf"{_DAY}\s*{_MONTH}(?:\s*(?:{_ERA}\s*)?{_YEAR})?", rf"{_MONTH}(?:\s*(?:{_ERA}\s*)?{_YEAR})?"),
    ),
    (
        "date",
        f"{_D}/{_D}",
        rf"{_D}(?<![0-9\u0e50-\u0e59/]{_D}){_D}?/{_D}{{1,2}}/{_D}{{2,4}}(?![0-9\u0e50-\u0e59/])",
    ),
    ("era", _NEEDS_DIGIT, rf"{_ERA}\s*{_D}{{2,4}}(?![0-9\u0e50-\u0e59])"),
    ("unit", _NEEDS_DIGIT, rf"{_NUM}\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])"),  # the unit: looked up in code
    ("percent", _NEEDS_DIGIT, rf"ร้อยละ\s*{_NUM}"),
    ("percent", rf"{_D}\s*%", rf"{_NUM}\s*%"),
    ("ordinal", _NEEDS_DIGIT, _ORDINAL),
    ("number", _NEEDS_DIGIT, _NUM),
    (
        "latin",
        r"[A-Za-z0-9][\-\u2010\u2011][A-Za-z0-9]",
        r"[A-Za-z0-9](?<![\w\-\u2010\u2011][A-Za-z0-9])[A-Za-z0-9]*(?:[\-\u2010\u2011][A-Za-z0-9]+)+(?![\w])",
    ),
    ("latin", "[a-z] [A-Z]", r"[A-Z](?<![A-Za-z][A-Z])[a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])"),
    (
        "url",
        r"://|www\.|@",
        r"(?:https?://|www\.)[^\s<>\"'\u0e00-\u0e7f]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
    ),
)


# what every pattern's first need (and so every match) has at least one of
_ANY_NEED = re.compile("[0-9\u0e50-\u0e59A-Za-z:@]")


def _needs_of(need: str | tuple[str, ...] | None) -> tuple[str, ...]:
    return () if need is None else (need,) if isinstance(need, str) else need


# every need once, in order
_NEED_SOURCES = tuple(dict.fromkeys(n for _kind, need, _p in _PATTERN_SOURCES for n in _needs_of(need)))


class _Alternatives:
    """The matches ``finditer`` of the alternation ``A|B|…`` of these
    patterns would give, each alternative searched by itself (so that
    ``re`` skips to where each may start): from a position on, the match
    that starts first, of the first alternative where two start at one
    place; the next from its end. No alternative may match empty text."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        best = None
        for pattern in self.patterns:
            m = pattern.search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        patterns = self.patterns
        # each alternative's next match from the position reached: one that
        # starts at or after it is the one a search from there finds
        found = [p.search(text) for p in patterns]
        while True:
            best = None
            for m in found:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()
            found = [
                m if m is None or m.start() >= pos else p.search(text, pos)
                for p, m in zip(patterns, found, strict=True)
            ]


_Pattern = re.Pattern[str] | _Alternatives


def _compiled(source: str | tuple[str, ...]) -> _Pattern:
    return re.compile(source) if isinstance(source, str) else _Alternatives(tuple(map(re.compile, source)))


# Each pattern's kind and the numbers of its needs in ``_NEED_SOURCES``.
_PATTERN_NEEDS = tuple(
    (kind, tuple(_NEED_SOURCES.index(n) for n in _needs_of(need))) for kind, need, _p in _PATTERN_SOURCES
)


@functools.cache
def _needs() -> tuple[re.Pattern[str], ...]:
    """``_NEED_SOURCES`` compiled (on first use: importing this module stays cheap)."""
    return tuple(map(re.compile, _NEED_SOURCES))


@functools.cache
def _pattern(k: int) -> _Pattern:
    """The ``k``-th pattern, compiled when a text first has all it needs
    (some 2 M instructions each: a report without a URL never compiles
    that one)."""
    return _compiled(_PATTERN_SOURCES[k][2])


# the units by their first two characters (every unit has two), each
# group longest first
_UNITS_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _unit in _UNITS_LONGEST_FIRST:
    _UNITS_BY_HEAD[_unit[:2]] = (*_UNITS_BY_HEAD.get(_unit[:2], ()), _unit)
del _unit


def _unit_end(text: str, pos: int) -> int | None:
    """Where the first unit (longest first) ``text`` has at ``pos`` ends,
    ``None`` for none: only units that start with the text's next two
    characters can be there (no regular expression of them to compile, a
    few ms, in every process)."""
    for unit in _UNITS_BY_HEAD.get(text[pos : pos + 2], ()):
        if text.startswith(unit, pos):
            return pos + len(unit)
    return None


_URL_TRAILING = ".,;:!?)]}'\""
_URL_BEFORE = ".-?@&=#"
_THAI_LETTERS = frozenset(chr(c) for c in range(0x0E01, 0x0E4F))
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
_DASHES = "\u2013\u2014-"
_DASH_AFTER_SPACE = re.compile("[ ][\u2013\u2014-]")
# the longest compound of the list, in characters (longer runs are not looked up)
_MAX_COMPOUND = 24


@dataclass(frozen=True, slots=True)
class Span:
    """A protected stretch of text, ``[start, end)``: no break inside it."""

    start: int
    end: int
    kind: str  # compound, date, era, unit, percent, ordinal, number, latin, url, name, dash


@record  # a frozen dataclass without exec-made methods: 3 M instructions at import
class Breaks:
    """Break opportunities in a text (positions: a line may start there)."""

    allowed: frozenset[int]
    fallback: Mapping[int, int]  # position -> level (1 first) inside protected spans
    spans: tuple[Span, ...]


# --- the organization's division names for the current job ---------------------------------

_NAMES: ContextVar[tuple[str, ...]] = ContextVar("itadesk_division_names", default=())


@contextlib.contextmanager
def division_names(names: Iterable[str]) -> Iterator[None]:
    """Keep these division names whole (where they fit) while the block runs,
    in this thread or task only: the report builder wraps one render in it."""
    token = _NAMES.set(tuple(sorted({n.strip() for n in names if n and len(n.strip()) > 1})))
    try:
        yield
    finally:
        _NAMES.reset(token)


def current_names() -> tuple[str, ...]:
    return _NAMES.get()


# --- data ------------------------------------------------------------------------------------


@functools.cache
def _compound_entries() -> list[str]:
    """The compound dictionary's entries (``resources/linebreak/compounds-th.txt``),
    in the file's order: code point order."""
    from .resources import resource

    text = resource(*COMPOUNDS).read_text(encoding="utf-8")
    return [w for w in text.split("\n") if w and w[0] != "#"]  # (not startswith: a method call a line)


@functools.cache
def compounds() -> frozenset[str]:
    """The compound dictionary (``resources/linebreak/compounds-th.txt``)."""
    return frozenset(_compound_entries())


@functools.cache
def _sorted_compounds() -> list[str]:
    # the file lists them in order (a test checks): sorted() then only
    # compares neighbours (sorting the set's order cost 7 M instructions)
    return sorted(dict.fromkeys(_compound_entries()))  # (each once, as in compounds())


@functools.cache
def _compound_firsts() -> tuple[int, frozenset[str]]:
    """The length ``k`` of the shortest compound and the first ``k``
    characters of every compound: one starts only where the text's next
    ``k`` characters are one of these (looked up at every position, that
    is as quick as a regular expression of the list, without compiling
    one)."""
    k = min(map(len, compounds()), default=1)
    return k, frozenset(map(itemgetter(slice(k)), compounds()))


@functools.cache
def _compound_places() -> re.Pattern[str]:
    """Where a compound may start, by its first ``k`` characters taken one
    by one (see ``_compound_firsts``): at the first character, the second
    one must be able to follow, and so on (a superset of the starts)."""
    k, firsts = _compound_firsts()
    if not firsts:
        return re.compile("(?!)")  # no compound: nowhere
    # the characters at each place: every k-th character of the starts, joined
    joined = "".join(firsts)
    places = ["[" + "".join(re.escape(c) for c in _distinct(joined[i::k])) + "]" for i in range(k)]
    return re.compile(places[0] + "(?=" + "".join(places[1:]) + ")")


def _distinct(text: str) -> list[str]:
    """``sorted(set(text))``. For characters of one block of 256 (the Thai
    letters, say) from their UTF-16 low bytes: a set of ``text``'s
    characters makes a new string object for each (the compounds' starts
    hold 16,000 of them: 10 M instructions)."""
    units = text.encode("utf-16-le", "surrogatepass")
    high = units[1::2]
    if not high or high.count(high[0]) != len(high):  # empty, or more than one block
        return sorted(set(text))
    block = high[0] << 8
    return [chr(block | low) for low in sorted(set(units[0::2]))]


def _longest_start(piece: str) -> int:
    """The length of the longest start ``piece`` shares with a compound, at
    least 2."""
    words = _sorted_compounds()
    i = bisect_left(words, piece)
    longest = 2
    for word in words[max(i - 1, 0) : i + 1]:  # the neighbours of piece
        k = 0
        for a, b in zip(piece, word, strict=False):
            if a != b:
                break
            k += 1
        longest = max(longest, k)
    return longest


# --- ICU ---------------------------------------------------------------------------------------


def icu_line_breaks(text: str) -> set[int]:
    """Positions where ICU's line breaker (Thai dictionary) allows a break
    (0 and ``len(text)`` excluded)."""
    breaker = _line_breaker()(text, "th")
    if len(text.encode("utf-16-le")) == 2 * len(text):
        # ICU counts UTF-16 code units: in text of the Basic Multilingual
        # Plane only, those are the characters; the (start, end) pairs of
        # segments() cost less than a string of each piece
        out = set(map(_END, breaker.segments()))
    else:
        out = set()
        pos = 0
        for piece in breaker:
            pos += len(piece)
            out.add(pos)
    out.discard(len(text))
    return out


_END = itemgetter(1)


@functools.cache
def _line_breaker() -> type:
    # imported on first use (an import statement per call costs as much as a short text)
    from icu4py.breakers import LineBreaker

    return LineBreaker


def word_boundaries(text: str, offset: int = 0) -> set[int]:
    """ICU's word boundaries (Thai dictionary) in ``text``, shifted by ``offset``."""
    from icu4py.breakers import WordBreaker

    out = set()
    pos = offset
    for piece in WordBreaker(text, "th"):
        pos += len(piece)
        out.add(pos)
    return out


# --- the rules ---------------------------------------------------------------------------------


_NO_BREAK_AFTER = _LEADING_VOWELS | {"\u200d"}


class _NoBreakBefore(dict[str, bool]):
    """Character -> whether ``cluster_boundary`` allows no break before it
    (whatever the character before): a combining mark, ำ, ๅ or the zero
    width joiner. Filled as characters are met (a set of every such
    character below U+0E80, made from ``unicodedata``, cost 6 M
    instructions at a cold start)."""

    def __missing__(self, c: str) -> bool:
        value = self[c] = not cluster_boundary("a" + c, 1)
        return value


_NO_BREAK_BEFORE = _NoBreakBefore()


def _no_break_before(text: str) -> frozenset[str]:
    """The characters before which ``cluster_boundary`` allows no break
    (whatever the character before), of those ``text`` holds."""
    return frozenset(c for c in set(text) if _NO_BREAK_BEFORE[c])


def cluster_boundary(text: str, i: int) -> bool:
    """May a line break fall between text[i-1] and text[i] (grapheme rule,
    and Thai: never after a leading vowel, never before ำ or ๅ)?"""
    if i <= 0 or i >= len(text):
        return True
    c, p = text[i], text[i - 1]
    if unicodedata.category(c) in ("Mn", "Mc", "Me") or c in "\u0e33\u0e45\u200d":
        return False
    return p not in _LEADING_VOWELS and p != "\u200d"


def _url_points(text: str, a: int, b: int) -> dict[int, int]:
    """Inside the URL or address text[a:b]: after ``/`` (not between two),
    rank 0, and before ``. - ? @ & = #``, rank 1 (used only where a piece
    between slashes is wider than a line: ``www.example.go.th`` is read as
    one word)."""
    out = {}
    for i in range(a + 1, b):
        if text[i - 1] == "/" and text[i] != "/":
            out[i] = 0
        elif text[i] in _URL_BEFORE and text[i - 1] not in _URL_BEFORE:
            out[i] = 1
    return out


def spans(text: str, names: Iterable[str] = (), base: set[int] | None = None) -> list[Span]:
    """The protected spans of ``text`` (may overlap or nest)."""
    if base is None:
        base = icu_line_breaks(text)
    n = len(text)
    out: list[Span] = []

    def edge(i: int) -> bool:  # may a word start or end here?
        if i <= 0 or i >= n or i in base:
            return True
        return not (text[i - 1] in _THAI_LETTERS and text[i] in _THAI_LETTERS)

    # does the text have what a pattern needs (by the need's number: a
    # Pattern hashes its whole compiled code at every lookup)
    has: list[bool | None] = [None] * len(_NEED_SOURCES)
    # every pattern needs one of these (a digit, a Latin letter, ":" or
    # "@"): most paragraphs have none, and one search skips all the needs
    need_patterns = _needs()
    for k, (kind, needs) in enumerate(_PATTERN_NEEDS) if _ANY_NEED.search(text) else ():
        missing = False
        for i in needs:
            if has[i] is None:
                has[i] = need_patterns[i].search(text) is not None
            if not has[i]:
                missing = True
                break
        if missing:
            continue
        for m in _pattern(k).finditer(text):
            a, b = m.start(), m.end()
            if kind == "url":
                while b > a and text[b - 1] in _URL_TRAILING:
                    b -= 1
                if b - a > 1:
                    out.append(Span(a, b, "url"))
                continue
            if kind == "date" and not (m.group()[:1] in _DIGITS or m.group()[-1:] in _DIGITS):
                continue  # a month name alone
            if kind == "unit":
                end = _unit_end(text, b)
                if end is None or not edge(end):  # ๖๐ คนงาน: not the unit คน
                    continue
                b = end
            if not edge(a):
                continue
            out.append(Span(a, b, kind))
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if edge(start) and edge(end):
                out.append(Span(start, end, "name"))
            start = text.find(name, start + 1)
    # compounds: from one ICU break to another, looked up whole; of two that
    # overlap (ตามตัว, ตัวชี้วัด) the longer (else the first) is kept
    # ICU, reading in context, may glue a compound's first or last word to
    # its neighbour (การจัดทำตัวชี้วัด: ทำตัว|ชี้|วัด): a compound may also
    # start or end inside an ICU word, at a cluster boundary.
    # Every compound found starts where the text's next characters start
    # one of the list: only those positions are looked at (in order).
    found = []
    shortest, firsts = _compound_firsts()
    # a slice and a set lookup cost ~1,000 instructions a position: only
    # where each of the next characters may be at its place in a compound's
    # start (one pass of a regular expression of character classes)
    starts = [
        s for s in (m.start() for m in _compound_places().finditer(text)) if text[s : s + shortest] in firsts
    ]
    if starts:
        words = compounds()
        bounds = [0, *sorted(base | {n})]
        for s in starts:
            # (its first two characters start a compound: its first ``shortest`` do)
            if text[s] not in _THAI_LETTERS:
                continue
            k = bisect_right(bounds, s) - 1  # the ICU word of s: bounds[k] <= s < bounds[k + 1]
            ws = bounds[k]
            if s != ws and not cluster_boundary(text, s):
                continue
            # no compound from s is longer than the longest start of one
            # there: the longest common start of text[s:] and a compound
            # (with a compound's neighbours in sorted order, the longest of
            # all), 2 at least, _MAX_COMPOUND at most
            reach = _longest_start(text[s : s + _MAX_COMPOUND])
            for j in range(k + 1, len(bounds)):
                e = bounds[j]
                if e - s > _MAX_COMPOUND + 1:
                    break
                if e - s > reach and not text[s + reach : e].isspace():
                    break  # text[s:e], spaces at its end stripped, and all further: too long
                w = text[s:e].rstrip()
                if len(w) > 3 and w in words:
                    found.append((s, s + len(w)))
                # ... or ending inside the next ICU word (only from a break)
                if s == ws and j + 1 < len(bounds):
                    for x in range(e + 1, min(bounds[j + 1], s + _MAX_COMPOUND + 1, s + reach + 1)):
                        if cluster_boundary(text, x) and text[s:x] in words:
                            found.append((s, x))
    kept: list[tuple[int, int]] = found if len(found) < 2 else []
    for a, b in sorted(found, key=lambda ab: (ab[0] - ab[1], ab[0])) if kept is not found else ():
        if not any(a < y and x < b and not (x <= a and b <= y) and not (a <= x and y <= b) for x, y in kept):
            kept.append((a, b))
    out += [Span(a, b, "compound") for a, b in kept]
    # a unit only after a number of its own (not a date's year: "พ.ศ. ๒๕๖๘
    # เดือน…") and not where its word opens a compound ("๕ เครื่องคอมพิวเตอร์")
    taken = [(sp.start, sp.end) for sp in out if sp.kind in ("date", "era", "ordinal")]
    whole = [(sp.start, sp.end) for sp in out if sp.kind == "compound"]
    out = [
        sp
        for sp in out
        if sp.kind != "unit"
        or not (any(a <= sp.start < b for a, b in taken) or any(a < sp.end < b for a, b in whole))
    ]
    # a dash after a space stays at the end of the line before it
    for i in base if _DASH_AFTER_SPACE.search(text) else ():
        if text[i] in _DASHES and text[i - 1] == " ":
            j = i - 1
            while j > 0 and text[j - 1] == " ":
                j -= 1
            out.append(Span(j - 1 if j > 0 else j, i + 1, "dash"))
    return out


def analyse(text: str, names: Iterable[str] = ()) -> Breaks:
    """Break opportunities of ``text`` under the rules of this module."""
    return _analyse(text, tuple(names))


# a paragraph is analysed for its breaks, then soon after for its fallback
# breaks: a few hundred texts kept suffice (unique text would only fill it)
@functools.lru_cache(maxsize=256)
def _analyse(text: str, names: tuple[str, ...]) -> Breaks:
    if not text:
        return Breaks(frozenset(), {}, ())
    base = icu_line_breaks(text)
    found = spans(text, names, base)
    candidates = set(base)
    url_rank: dict[int, int] = {}
    for sp in found:
        if sp.kind == "url":
            candidates -= set(range(sp.start + 1, sp.end))
            url_rank.update(_url_points(text, sp.start, sp.end))
    candidates |= url_rank.keys()
    delta = [0] * (len(text) + 1)
    for sp in found:
        delta[sp.start + 1] += 1
        delta[sp.end] -= 1
    depth = list(accumulate(delta))  # depth[p]: spans with start < p < end
    allowed = set()
    fallback = {}
    n = len(text)
    no_break_before = _NO_BREAK_BEFORE
    for p in candidates:
        # cluster_boundary(text, p), inline: for the candidates' characters only
        if 0 < p < n and (no_break_before[text[p]] or text[p - 1] in _NO_BREAK_AFTER):
            continue
        level = depth[p] + url_rank.get(p, 0)
        if level:
            fallback[p] = level
        else:
            allowed.add(p)
    return Breaks(frozenset(allowed), fallback, tuple(sorted(found, key=lambda s: (s.start, -s.end))))


def line_breaks(text: str, names: Iterable[str] | None = None) -> set[int]:
    """Positions where a line may break (the division names in effect, see
    ``division_names``, unless ``names`` are given)."""
    return set(_analyse(text, tuple(current_names() if names is None else names)).allowed)


def fallback_breaks(text: str, names: Iterable[str] | None = None) -> Mapping[int, int]:
    """Breaks inside protected spans, by level (1 first): for a span wider
    than a whole line."""
    return _analyse(text, tuple(current_names() if names is None else names)).fallback


_CONSONANT = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))
# vowel signs and tone marks written on a consonant that opens a syllable
_ON_ONSET = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b"
)
_SECOND_OF_CLUSTER = frozenset("รลว")  # ปร กล คว: an onset of two consonants
LAST_TIER = 3


def syllable_starts(text: str, start: int, end: int) -> set[int]:
    """Likely Thai syllable starts inside text[start:end] (a heuristic for
    cutting a word too wide for its line): before a leading vowel, or
    before a consonant that carries a vowel sign or tone mark, unless that
    consonant is the second of an onset like ปร or follows a leading vowel."""
    out = set()
    for p in range(start + 1, end):
        c = text[p]
        if c in _LEADING_VOWELS or (
            c in _CONSONANT
            and p + 1 < len(text)
            and text[p + 1] in _ON_ONSET
            and text[p - 1] not in _LEADING_VOWELS
            and not (c in _SECOND_OF_CLUSTER and text[p - 1] in _CONSONANT)
            and not (p - start < 2 and text[start] in _CONSONANT)  # สถาน: not ส|ถาน
        ):
            out.add(p)
    return out


def cut_positions(text: str, start: int, end: int) -> dict[int, int]:
    """Preferred places to cut an over-long piece text[start:end] that has
    no break opportunity left: position -> tier (0 best). Tier 0: a
    dictionary word boundary inside it; tier 1: in a URL or code, after
    ``/`` or before ``. - ? @ & = #``; tier 2: a likely Thai syllable start.
    Any other cluster boundary is ``LAST_TIER`` (not listed)."""
    out = {p: 2 for p in syllable_starts(text, start, end)}
    out.update({p: 1 for p in _url_points(text, start, end)})  # ranks: the caller tried "/" first
    for p in word_boundaries(text[start:end], start):
        if start < p < end:
            out[p] = 0
    return out
