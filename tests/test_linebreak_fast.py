"""The fast line-break analysis (itadesk.linebreak) gives exactly what the
plain one gave: the code before the speed-up is kept here as a reference
(``_reference_*``) and compared, Break by Break and Span by Span, on
generated texts, reports' paragraphs and Hypothesis's texts."""

from __future__ import annotations

import functools
import random
import re
import sys
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk import linebreak
from itadesk.linebreak import (
    _DASHES,
    _DIGITS,
    _LEADING_VOWELS,
    _MAX_COMPOUND,
    _THAI_LETTERS,
    _UNITS_LONGEST_FIRST,
    _URL_BEFORE,
    _URL_TRAILING,
    Breaks,
    Span,
    compounds,
)
from itadesk.model import DEFAULT_UNITS

ROOT = Path(__file__).resolve().parents[1]
NAMES = tuple(sorted({n for units in DEFAULT_UNITS.values() for n in units}))

# --- the reference: the code of itadesk/linebreak.py before the speed-up -------------------

# The patterns as first written (each a single expression; the module's
# start with a character class or a literal so that ``re`` skips to where
# a match may start, and the optional day of a date is two alternatives).
_D = "[0-9\u0e50-\u0e59]"
_NUM = rf"(?<![0-9\u0e50-\u0e59.,]){_D}+(?:[,.]{_D}+)*(?![0-9\u0e50-\u0e59])"
_MONTH = (
    "(?:"
    + "|".join(
        re.escape(m) for m in sorted(linebreak.MONTHS + linebreak.MONTH_ABBREVIATIONS, key=len, reverse=True)
    )
    + ")"
)
_ERA = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.)"
_YEAR = rf"(?:{_D}{{4}}|{_D}{{2}})(?![0-9\u0e50-\u0e59])"
_DAY = rf"(?<![0-9\u0e50-\u0e59.,]){_D}{{1,2}}"
_ORDINAL = (
    rf"(?:(?:ครั้ง|ฉบับ|ข้อ|ลำดับ|ชั้น|งวด|รุ่น|ภาคเรียน|ระดับ|หมู่|มาตรา|ไตรมาส|ปี)ที่\s*{_NUM}"
    rf"|(?:หมู่|มาตรา|ไตรมาส|ข้อ)\s*{_NUM}|ปี\s*(?:{_ERA}\s*)?{_D}{{4}}(?![0-9\u0e50-\u0e59]))"
)
_REFERENCE_PATTERN_SOURCES = (
    ("date", rf"(?:{_DAY}\s*)?{_MONTH}(?:\s*(?:{_ERA}\s*)?{_YEAR})?"),
    ("date", rf"(?<![0-9\u0e50-\u0e59/]){_D}{{1,2}}/{_D}{{1,2}}/{_D}{{2,4}}(?![0-9\u0e50-\u0e59/])"),
    ("era", rf"{_ERA}\s*{_D}{{2,4}}(?![0-9\u0e50-\u0e59])"),
    ("unit", rf"{_NUM}\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])"),
    ("percent", rf"ร้อยละ\s*{_NUM}"),
    ("percent", rf"{_NUM}\s*%"),
    ("ordinal", _ORDINAL),
    ("number", _NUM),
    ("latin", r"(?<![\w\-\u2010\u2011])[A-Za-z0-9]+(?:[\-\u2010\u2011][A-Za-z0-9]+)+(?![\w])"),
    ("latin", r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])"),
    (
        "url",
        r"(?:https?://|www\.)[^\s<>\"'\u0e00-\u0e7f]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
    ),
)


@functools.cache
def _reference_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(p)) for kind, p in _REFERENCE_PATTERN_SOURCES)


@functools.cache
def _reference_sorted_compounds() -> list[str]:
    return sorted(compounds())


def _reference_starts_compound(piece: str) -> bool:
    words = _reference_sorted_compounds()
    i = bisect_left(words, piece)
    return i < len(words) and words[i].startswith(piece)


def _reference_icu_line_breaks(text: str) -> set[int]:
    from icu4py.breakers import LineBreaker

    out = set()
    pos = 0
    for piece in LineBreaker(text, "th"):
        pos += len(piece)
        out.add(pos)
    out.discard(len(text))
    return out


def _reference_cluster_boundary(text: str, i: int) -> bool:
    if i <= 0 or i >= len(text):
        return True
    c, p = text[i], text[i - 1]
    if unicodedata.category(c) in ("Mn", "Mc", "Me") or c in "\u0e33\u0e45\u200d":
        return False
    return p not in _LEADING_VOWELS and p != "\u200d"


def _reference_url_points(text: str, a: int, b: int) -> dict[int, int]:
    out = {}
    for i in range(a + 1, b):
        if text[i - 1] == "/" and text[i] != "/":
            out[i] = 0
        elif text[i] in _URL_BEFORE and text[i - 1] not in _URL_BEFORE:
            out[i] = 1
    return out


def _reference_spans(text: str, names: Iterable[str] = (), base: set[int] | None = None) -> list[Span]:
    if base is None:
        base = _reference_icu_line_breaks(text)
    n = len(text)
    out: list[Span] = []
    cluster_boundary = _reference_cluster_boundary
    _starts_compound = _reference_starts_compound

    def edge(i: int) -> bool:
        if i <= 0 or i >= n or i in base:
            return True
        return not (text[i - 1] in _THAI_LETTERS and text[i] in _THAI_LETTERS)

    for kind, pattern in _reference_patterns():  # every pattern searched (the shortcuts are the module's)
        for m in pattern.finditer(text):
            a, b = m.start(), m.end()
            if kind == "url":
                while b > a and text[b - 1] in _URL_TRAILING:
                    b -= 1
                if b - a > 1:
                    out.append(Span(a, b, "url"))
                continue
            if kind == "date" and not (m.group()[:1] in _DIGITS or m.group()[-1:] in _DIGITS):
                continue
            if kind == "unit":
                unit = next((u for u in _UNITS_LONGEST_FIRST if text.startswith(u, b)), None)
                if unit is None or not edge(b + len(unit)):
                    continue
                b += len(unit)
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
    words = compounds()
    heads = frozenset(w[:2] for w in words)
    tails = frozenset(w[-2:] for w in words)
    bounds = [0, *sorted(base | {n})]
    found = []
    for k in range(len(bounds) - 1):
        ws, we = bounds[k], bounds[k + 1]
        for s in range(ws, we):
            if text[s] not in _THAI_LETTERS or text[s : s + 2] not in heads:
                continue
            if s != ws and not cluster_boundary(text, s):
                continue
            reach = 2
            while s + reach < n and reach < _MAX_COMPOUND and _starts_compound(text[s : s + reach + 1]):
                reach += 1
            for j in range(k + 1, len(bounds)):
                e = bounds[j]
                if e - s > _MAX_COMPOUND + 1:
                    break
                if e - s > reach and not text[s + reach : e].isspace():
                    break
                w = text[s:e].rstrip()
                if len(w) > 3 and w in words:
                    found.append((s, s + len(w)))
                if s == ws and j + 1 < len(bounds):
                    for x in range(e + 1, min(bounds[j + 1], s + _MAX_COMPOUND + 1, s + reach + 1)):
                        if text[x - 2 : x] in tails and cluster_boundary(text, x) and text[s:x] in words:
                            found.append((s, x))
    kept: list[tuple[int, int]] = []
    for a, b in sorted(found, key=lambda ab: (ab[0] - ab[1], ab[0])):
        if not any(a < y and x < b and not (x <= a and b <= y) and not (a <= x and y <= b) for x, y in kept):
            kept.append((a, b))
    out += [Span(a, b, "compound") for a, b in kept]
    taken = [(sp.start, sp.end) for sp in out if sp.kind in ("date", "era", "ordinal")]
    whole = [(sp.start, sp.end) for sp in out if sp.kind == "compound"]
    out = [
        sp
        for sp in out
        if sp.kind != "unit"
        or not (any(a <= sp.start < b for a, b in taken) or any(a < sp.end < b for a, b in whole))
    ]
    for i in base:
        if text[i] in _DASHES and text[i - 1] == " ":
            j = i - 1
            while j > 0 and text[j - 1] == " ":
                j -= 1
            out.append(Span(j - 1 if j > 0 else j, i + 1, "dash"))
    return out


def _reference_analyse(text: str, names: tuple[str, ...] = ()) -> Breaks:
    if not text:
        return Breaks(frozenset(), {}, ())
    base = _reference_icu_line_breaks(text)
    found = _reference_spans(text, names, base)
    candidates = set(base)
    url_rank: dict[int, int] = {}
    for sp in found:
        if sp.kind == "url":
            candidates -= set(range(sp.start + 1, sp.end))
            url_rank.update(_reference_url_points(text, sp.start, sp.end))
    candidates |= url_rank.keys()
    delta = [0] * (len(text) + 1)
    for sp in found:
        delta[sp.start + 1] += 1
        delta[sp.end] -= 1
    depth = list(accumulate(delta))
    allowed = set()
    fallback = {}
    for p in candidates:
        if not _reference_cluster_boundary(text, p):
            continue
        level = depth[p] + url_rank.get(p, 0)
        if level:
            fallback[p] = level
        else:
            allowed.add(p)
    return Breaks(frozenset(allowed), fallback, tuple(sorted(found, key=lambda s: (s.start, -s.end))))


# --- the comparison -------------------------------------------------------------------------


def same(text: str, names: tuple[str, ...] = ()) -> int:
    """Assert that the module and the reference agree on ``text`` (in the
    order of the sets and dicts too); return the number of spans."""
    want = _reference_analyse(text, names)
    got = linebreak._analyse.__wrapped__(text, names)
    assert got == want, text
    assert list(got.allowed) == list(want.allowed), text
    assert list(got.fallback.items()) == list(want.fallback.items()), text
    assert type(got.fallback) is type(want.fallback)
    if text:
        base = _reference_icu_line_breaks(text)
        got_base = linebreak.icu_line_breaks(text)
        assert got_base == base and list(got_base) == list(base), text
        assert linebreak.spans(text, names, set(base)) == _reference_spans(text, names, set(base)), text
        assert linebreak.spans(text, names) == _reference_spans(text, names), text
    for i in range(len(text) + 1):
        assert linebreak.cluster_boundary(text, i) == _reference_cluster_boundary(text, i), (text, i)
    return len(want.spans)


# --- texts -----------------------------------------------------------------------------------

MONTHS = list(linebreak.MONTHS + linebreak.MONTH_ABBREVIATIONS)
FRAGMENTS = [
    *linebreak.UNITS,
    *MONTHS,
    *NAMES[:40],
    "การจัดทำ",
    "ทำ",
    "ของ",
    "ตาม",
    "ที่",
    "ครั้งที่",
    "ไตรมาส",
    "ปี",
    "ข้อ",
    "หมู่",
    "มาตรา",
    "ร้อยละ",
    "พ.ศ.",
    "ค.ศ.",
    "พ.ศ. ",
    "๒๕๖๘",
    "2567",
    "๖๗",
    "๑๕",
    "1",
    "๑๒,๔๕๐.๕๐",
    "3.5",
    "/",
    "1/10/2567",
    "%",
    " ",
    "  ",
    "\n",
    " - ",
    " – ",
    "  — ",
    "-",
    "E-Service",
    "e-GP",
    "No Gift Policy",
    "ITA",
    "O37",
    "https://www.example.go.th/ita/o37?a=1&b=2#c",
    "www.example.go.th.",
    "saraban@example.go.th",
    "(http://a.b/c)",
    "ๆ",
    "\u0e33",
    "\u0e45",
    "\u200d",
    "\u0301",
    "\ufe0f",
    "\U0001d167",
    "\u0915\u093f",
    "漢字",
    "😀",
]
# single characters: Thai letters, vowels and marks, digits, Latin, punctuation
ALPHABET = (
    "".join(chr(c) for c in range(0x0E01, 0x0E5C) if unicodedata.category(chr(c)) != "Cn")
    + "0123456789aZ.,-/@ \n\u2013\u2014\u200d\u0301"
)


def generated_texts(count: int, seed: int) -> list[str]:
    """Compounds whole, cut short and glued to words (so that they start at
    an ICU break or inside an ICU word), with dates, units, numbers, Latin
    terms, URLs, names and dashes after spaces in between."""
    words = sorted(compounds())
    rng = random.Random(seed)
    seps = ["", "", "", " ", "  ", "\n", " \n", "ๆ ", " - ", " – "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 40)):
            r = rng.random()
            if r < 0.45:
                parts.append(rng.choice(words))
            elif r < 0.6:
                w = rng.choice(words)
                parts.append(
                    w[: rng.randint(1, len(w))] if rng.random() < 0.5 else w[rng.randint(0, len(w) - 1) :]
                )
            elif r < 0.9:
                parts.append(rng.choice(FRAGMENTS))
            else:
                parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 4))))
        out.append("".join(p + rng.choice(seps) for p in parts))
    return out


def test_the_same_breaks_on_generated_texts():
    spans = 0
    texts = generated_texts(1200, seed=7)
    for i, text in enumerate(texts):
        spans += same(text, NAMES if i % 3 == 0 else ())
    # long texts: a few thousand characters each
    for i in range(0, len(texts), 40):
        spans += same("".join(texts[i : i + 40]), NAMES)
    assert spans > 5000


def _analysed_texts(report) -> list[tuple[str, tuple[str, ...]]]:
    """The texts (and division names) the PDF of ``report`` asks line breaks of."""
    from itadesk.report import render_pdf

    seen = []
    plain = linebreak._analyse

    def record(text: str, names: tuple[str, ...]) -> Breaks:
        seen.append((text, names))
        return plain(text, names)

    linebreak._analyse = record  # type: ignore[assignment]
    try:
        render_pdf(report)
    finally:
        linebreak._analyse = plain
    return list(dict.fromkeys(seen))


def test_the_same_breaks_on_reports():
    """The paragraphs of the sample, of a report of every cluster and of a
    report of unique text (benchmarks/bench_speed.py), alone and joined into
    long texts."""
    from itadesk.exchange import load_report

    from .generate import clusters_report

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_speed import unique_report
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    reports = [
        load_report(next((ROOT / "resources" / "samples").glob("*.json"))),
        clusters_report(400, seed=3),
        unique_report(12, seed=2001),
    ]
    spans = 0
    for report in reports:
        texts = _analysed_texts(report)
        assert len(texts) > 40
        for text, names in texts:
            spans += same(text, names)
        names = max((n for _t, n in texts), key=len)
        for i in range(0, len(texts), 25):
            spans += same("\n".join(t for t, _n in texts[i : i + 25]), names)
    assert spans > 3000


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.sampled_from(sorted(compounds())),
            st.sampled_from(sorted(compounds())).map(lambda w: w[: len(w) // 2]),
            st.sampled_from(sorted(compounds())).map(lambda w: w[len(w) // 2 :]),
            st.text(ALPHABET, max_size=4),
            st.text(max_size=2),
        ),
        max_size=30,
    ),
    names=st.lists(st.sampled_from([*NAMES[:20], "ทำตัว", "ก -", "ร้อยละ"]), max_size=3),
)
def test_the_same_breaks_on_any_text(parts, names):
    same("".join(parts), tuple(names))


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS), st.sampled_from(sorted(compounds())), st.text(ALPHABET, max_size=3)
        ),
        min_size=1,
        max_size=20,
    ),
    data=st.data(),
)
def test_the_same_spans_for_any_word_breaks(parts, data):
    """``spans`` with other breaks than ICU's (any positions inside the text)."""
    text = "".join(parts)
    if len(text) < 2:
        return
    base = data.draw(st.sets(st.integers(1, len(text) - 1)))
    assert linebreak.spans(text, NAMES[:10], set(base)) == _reference_spans(text, NAMES[:10], set(base))


def test_the_compound_starts_are_where_compounds_start():
    """Every position where a compound of the list starts passes the
    module's filter (the filter may let others through)."""
    shortest, firsts = linebreak._compound_firsts()
    # (at least two: a start that passes has a compound's first two characters)
    assert shortest >= 2
    for word in sorted(compounds()):
        assert len(word) >= shortest and word[:shortest] in firsts, word


def test_the_longest_start_is_the_reach_of_before():
    """``_longest_start`` (one bisection) gives the reach the loop of
    ``_reference_starts_compound`` calls gave, at every position."""
    texts = [*generated_texts(150, seed=11), *sorted(compounds())[::7]]
    for text in texts:
        n = len(text)
        for s in range(n):
            reach = 2
            while (
                s + reach < n
                and reach < _MAX_COMPOUND
                and _reference_starts_compound(text[s : s + reach + 1])
            ):
                reach += 1
            assert linebreak._longest_start(text[s : s + _MAX_COMPOUND]) == reach, (text, s)


def test_the_listed_marks_are_those_of_cluster_boundary():
    for c in map(chr, range(0x3000)):
        assert (c in linebreak._no_break_before(c)) == (not _reference_cluster_boundary("a" + c, 1)), hex(
            ord(c)
        )


def test_the_compound_places_are_a_superset_of_the_starts():
    """The regular expression of ``_compound_places`` finds every position
    whose next characters start a compound of the list (and the module's
    slice test then keeps the same positions as a test of every position)."""
    shortest, firsts = linebreak._compound_firsts()
    places = linebreak._compound_places()
    texts = [*generated_texts(300, seed=13), *sorted(compounds())[::5], "".join(sorted(compounds())[:50])]
    for text in texts:
        every = [s for s in range(len(text) - shortest + 1) if text[s : s + shortest] in firsts]
        found = [m.start() for m in places.finditer(text)]
        assert set(every) <= set(found), text
        assert [s for s in found if text[s : s + shortest] in firsts] == every, text


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET, max_size=40))
def test_the_bmp_segments_give_the_pieces_positions(text):
    """``icu_line_breaks`` reads ICU's (start, end) pairs in text of the
    Basic Multilingual Plane: the same positions as the pieces' lengths."""
    assert linebreak.icu_line_breaks(text) == _reference_icu_line_breaks(text)
    astral = text + "😀" + text
    assert list(linebreak.icu_line_breaks(astral)) == list(_reference_icu_line_breaks(astral))


def _patterns():
    """Each of the module's patterns, compiled, with its kind and all it
    needs (a need with its number in ``_NEED_SOURCES``)."""
    needs = linebreak._needs()
    return tuple(
        (kind, tuple((i, needs[i]) for i in need_numbers), linebreak._pattern(k))
        for k, (kind, need_numbers) in enumerate(linebreak._PATTERN_NEEDS)
    )


def test_every_pattern_needs_what_the_first_search_looks_for():
    """A text without a digit, a Latin letter, ":" or "@" has no match of
    any pattern that ``spans`` keeps (it then skips them all)."""
    from itadesk.linebreak import _ANY_NEED, _PATTERN_SOURCES

    for kind, _needs, pattern in _patterns():
        for text in [*FRAGMENTS, *generated_texts(200, seed=17)]:
            for m in pattern.finditer(text):
                if kind == "date" and not (m.group()[:1] in _DIGITS or m.group()[-1:] in _DIGITS):
                    continue  # a month name alone: never kept
                assert _ANY_NEED.search(m.group()), (kind, text)
    assert len(_patterns()) == len(_PATTERN_SOURCES)


@settings(max_examples=300, deadline=None)
@given(text=st.text(ALPHABET.replace("0123456789aZ", "").replace("@", ""), max_size=30))
def test_no_pattern_matches_without_what_the_first_search_looks_for(text):
    for _kind, _needs, pattern in _patterns():
        if not linebreak._ANY_NEED.search(text):
            assert pattern.search(text) is None or _kind == "date", text


def _pattern_matches(text: str) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group()) for m in p.finditer(text)] for _kind, _needs, p in _patterns()]


def _reference_pattern_matches(text: str) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group()) for m in p.finditer(text)] for _kind, p in _reference_patterns()]


def test_the_patterns_are_the_references_on_generated_texts():
    """Each of the module's patterns finds what the pattern as first written
    found (every match, in order), whatever the paragraph needs."""
    assert [k for k, _n, _p in _patterns()] == [k for k, _p in _reference_patterns()]
    texts = [*generated_texts(600, seed=19), *FRAGMENTS]
    found = 0
    for text in texts:
        want = _reference_pattern_matches(text)
        assert _pattern_matches(text) == want, text
        found += sum(map(len, want))
    assert found > 1500


# digits, month names cut anywhere, the words before an ordinal's number
_PATTERN_PIECES = [
    *FRAGMENTS,
    *MONTHS,
    *(m[:i] for m in MONTHS for i in range(1, len(m))),
    *(m[i:] for m in MONTHS for i in range(1, len(m))),
    "ครั้งที่",
    "ฉบับที่ ",
    "ลำดับ",
    "ชั้นที่",
    "งวดที่",
    "รุ่นที่",
    "ภาคเรียนที่",
    "ระดับ",
    "มาตรา ",
    "ปีที่",
    "ปี พ.ศ.",
    "ปี",
    "พ.",
    "ศ.",
    "ค.",
    ".",
    ",",
    "/",
    "๑",
    "1",
    "๒๕๖๘",
    "12",
    "https://",
    "www.",
    "@",
]


@settings(max_examples=1500, deadline=None)
@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(_PATTERN_PIECES),
            st.text("0123456789๐๑๙.,/%- \nAaZz", max_size=4),
            st.text(ALPHABET, max_size=3),
        ),
        max_size=25,
    )
)
def test_the_patterns_are_the_references_on_any_text(parts):
    text = "".join(parts)
    assert _pattern_matches(text) == _reference_pattern_matches(text)


def test_no_pattern_matches_empty_text():
    """(``_Alternatives`` relies on it, as ``finditer``'s order after an empty match differs.)"""
    for text in ["", *FRAGMENTS, *generated_texts(100, seed=23)]:
        for _kind, _needs, pattern in _patterns():
            assert all(m.end() > m.start() for m in pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text("abc", max_size=30),
    alternatives=st.lists(
        st.sampled_from(["ab", "a", "b+", "ba?c", "(?<=a)b", "c(?!a)", "[ab]c"]), min_size=1
    ),
)
def test_alternatives_find_what_the_alternation_finds(text, alternatives):
    """``_Alternatives`` (each alternative searched by itself) against
    ``re``'s alternation: the same matches, where two start at one place
    the first alternative's."""
    alt = linebreak._Alternatives(tuple(map(re.compile, alternatives)))
    want = [(m.start(), m.end()) for m in re.finditer("|".join(f"(?:{a})" for a in alternatives), text)]
    assert [(m.start(), m.end()) for m in alt.finditer(text)] == want
    first = re.search("|".join(f"(?:{a})" for a in alternatives), text)
    got = alt.search(text)
    assert (got and got.span()) == (first and first.span())


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from([*linebreak.UNITS, *FRAGMENTS[:30], "ก", "น", " "]), max_size=8))
def test_the_unit_at_a_place_is_the_first_of_the_longest_first(parts):
    text = "".join(parts)
    for pos in range(len(text) + 1):
        unit = next((u for u in _UNITS_LONGEST_FIRST if text.startswith(u, pos)), None)
        assert linebreak._unit_end(text, pos) == (None if unit is None else pos + len(unit)), (text, pos)


def test_a_pattern_is_compiled_only_for_a_text_that_has_what_it_needs():
    linebreak._pattern.cache_clear()
    try:
        linebreak.spans("ประชุม ๒ ครั้ง เมื่อ ๑๕ มีนาคม ๒๕๖๘")
        url = next(k for k, (kind, _needs) in enumerate(linebreak._PATTERN_NEEDS) if kind == "url")
        assert linebreak._pattern.cache_info().currsize > 0
        compiled = {k for k in range(len(linebreak._PATTERN_SOURCES)) if _is_cached(k)}
        assert url not in compiled
    finally:
        linebreak._pattern.cache_clear()


def _is_cached(k: int) -> bool:
    before = linebreak._pattern.cache_info().hits
    linebreak._pattern(k)
    return linebreak._pattern.cache_info().hits > before


@settings(max_examples=500, deadline=None)
@given(text=st.text(st.sampled_from("กขคงจฉัิีึืุูเแโใไ่้๊๋์ำะาๅ")) | st.text() | st.text("abcé\u00ff\u0100\U0001f600"))
def test_distinct_characters_are_the_sorted_set(text):
    assert linebreak._distinct(text) == sorted(set(text))


def test_distinct_characters_of_surrogates_and_other_blocks():
    for text in ["\ud800\ud801", "\ud800\udc00", "\U00010000\U00010001", "ก\u0100", "\x00\xff", "", "ก"]:
        assert linebreak._distinct(text) == sorted(set(text)), ascii(text)
