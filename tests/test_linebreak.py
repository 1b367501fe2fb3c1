"""Line breaks a careful Thai typesetter would make (itadesk.linebreak), in
plain text, in laid-out paragraphs and in the printed report."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk import linebreak
from itadesk.model import DEFAULT_UNITS

ROOT = Path(__file__).resolve().parents[1]
TLWG = Path("/usr/share/fonts/truetype/tlwg")
# Debian packages fonts-tlwg-typewriter-ttf, fonts-tlwg-garuda-ttf, fonts-tlwg-loma-ttf
TLWG_FONTS = {
    "TlwgTypewriter": TLWG / "TlwgTypewriter.ttf",
    "Garuda": TLWG / "Garuda.ttf",
    "Loma": TLWG / "Loma.ttf",
}
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
NAMES = sorted({n for units in DEFAULT_UNITS.values() for n in units})


def tlwg(name: str) -> Path:
    path = TLWG_FONTS[name]
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} missing: CI installs fonts-tlwg-*-ttf")
        pytest.skip(f"{path} missing (apt-get install fonts-tlwg-{name.lower()}-ttf)")
    return path


def counter():
    spec = importlib.util.spec_from_file_location("count_bad_breaks", ROOT / "tools" / "count_bad_breaks.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def inside(text: str, part: str, breaks) -> list[int]:
    """Breaks strictly inside the (first) occurrence of ``part``."""
    a = text.index(part)
    return sorted(p for p in breaks if a < p < a + len(part))


def kept_whole(text: str, part: str, names=()) -> None:
    res = linebreak.analyse(text, names)
    assert inside(text, part, res.allowed) == [], (text, part)


def split_at(text: str, breaks) -> list[str]:
    b = sorted(breaks)
    return [text[x:y] for x, y in zip([0, *b], [*b, len(text)], strict=True)]


# --- the classes of the issue, in plain text -----------------------------------------------

ISSUE_COMPOUNDS = ["หน่วยงาน", "งบประมาณ", "ร้อยละ", "ตัวชี้วัด", "รายละเอียด", "ขั้นตอน", "เผยแพร่"]


@pytest.mark.parametrize("word", ISSUE_COMPOUNDS)
def test_the_issues_compounds_stay_whole(word):
    assert len(linebreak.icu_line_breaks(word)) >= 1  # ICU alone splits them
    kept_whole(f"การจัดทำ{word}ของเทศบาล", word)
    kept_whole(f"ตาม {word} ที่กำหนด", word)


@settings(max_examples=300, deadline=None)
@given(
    word=st.sampled_from(sorted(linebreak.compounds())), before=st.sampled_from(["ตาม", "มี", "และ", "ของ"])
)
def test_every_compound_of_the_dictionary_stays_whole_between_spaces(word, before):
    text = f"{before} {word} ที่ได้"
    res = linebreak.analyse(text)
    assert inside(text, word, res.allowed) == []
    # ... but keeps its inner breaks for a column narrower than the word
    assert set(inside(text, word, linebreak.icu_line_breaks(text))) <= set(res.fallback)


def test_held_out_compounds_are_covered():
    """A list of compounds not used to build the dictionary (the Thai
    Textbook Corpus, see tools/build_compounds.py): how many stay whole in
    a sentence."""
    held = [
        w
        for w in (ROOT / "tests" / "data" / "compounds-heldout-ttc.txt")
        .read_text(encoding="utf-8")
        .split("\n")
        if w and not w.startswith("#")
    ]
    assert len(held) >= 500
    in_dictionary = sum(w in linebreak.compounds() for w in held)
    whole = 0
    for w in held:
        text = f"ตาม {w} และ"
        whole += not inside(text, w, linebreak.analyse(text).allowed)
    print(f"held-out compounds: {len(held)}, in the dictionary {in_dictionary}, kept whole {whole}")
    assert whole / len(held) >= 0.9
    assert whole >= in_dictionary


def _date(d, month, era, year, thai):
    parts = [str(d) if d else "", month, era, str(year) if year else ""]
    s = " ".join(p for p in parts if p)
    return s.translate(THAI_DIGITS) if thai else s


@settings(max_examples=300, deadline=None)
@given(
    d=st.integers(1, 31),
    month=st.sampled_from(linebreak.MONTHS + linebreak.MONTH_ABBREVIATIONS),
    era=st.sampled_from(["", "พ.ศ.", "ค.ศ."]),
    year=st.sampled_from([67, 68, 2567, 2568, 2024]),
    form=st.sampled_from(["day-month-year", "day-month", "month-year"]),
    thai=st.booleans(),
)
def test_dates_stay_whole(d, month, era, year, form, thai):
    date = _date(
        d if form != "month-year" else None,
        month,
        era if form != "day-month" else "",
        year if form != "day-month" else None,
        thai,
    )
    for text in (f"ระหว่างวันที่ {date} ถึง", f"ภายในเดือน{date} นี้", f"{date}"):
        res = linebreak.analyse(text)
        assert inside(text, date, res.allowed) == [], text
        assert set(inside(text, date, linebreak.icu_line_breaks(text))) <= set(res.fallback)


@pytest.mark.parametrize(
    "text, part",
    [
        ("ระยะเวลา ๑๕ มีนาคม ๒๕๖๘ เป็นต้นไป", "๑๕ มีนาคม ๒๕๖๘"),
        ("ตั้งแต่ ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๒๕๖๘", "๑ ต.ค. ๖๗"),
        ("ตั้งแต่ ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๒๕๖๘", "๓๐ ก.ย. ๒๕๖๘"),
        ("ตั้งแต่ ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๒๕๖๘", "๖๗ –"),  # a dash never starts a line
        ("ภายใน ๓๐ มิถุนายน ๒๕๖๘ และ ๓๑ มีนาคม ๒๕๖๘", "๓๐ มิถุนายน ๒๕๖๘"),
        ("ภายใน ๓๐ มิถุนายน ๒๕๖๘ และ ๓๑ มีนาคม ๒๕๖๘", "๓๑ มีนาคม ๒๕๖๘"),
        ("รายงานเดือนมีนาคม ๒๕๖๘", "มีนาคม ๒๕๖๘"),
        ("from 1/10/2567 to 30/9/2568", "1/10/2567"),
        ("ปีงบประมาณ พ.ศ. ๒๕๖๘", "พ.ศ. ๒๕๖๘"),
        ("ค.ศ. 2025 และ", "ค.ศ. 2025"),
        ("ประจำปี ๒๕๖๘ ของ", "ปี ๒๕๖๘"),
        ("ครั้งที่ ๒ ของปี", "ครั้งที่ ๒"),
        ("เวลา ๐๘.๓๐ น. ณ", "๐๘.๓๐ น."),
    ],
)
def test_dates_eras_and_ordinals_stay_whole(text, part):
    kept_whole(text, part)


@settings(max_examples=300, deadline=None)
@given(
    n=st.one_of(
        st.integers(1, 999).map(str),
        st.integers(1000, 99_999_999).map(lambda v: f"{v:,}"),
        st.tuples(st.integers(0, 999_999), st.integers(0, 99)).map(lambda t: f"{t[0]:,}.{t[1]:02d}"),
    ),
    unit=st.sampled_from(linebreak.UNITS),
    thai=st.booleans(),
    lead=st.sampled_from(["จำนวน ", "มีผู้เข้าร่วม ", "ใช้เงิน ", ""]),
)
def test_numbers_and_their_units_stay_whole(n, unit, thai, lead):
    number = n.translate(THAI_DIGITS) if thai else n
    text = f"{lead}{number} {unit} และอื่น ๆ"
    kept_whole(text, f"{number} {unit}")
    kept_whole(text, number)


@pytest.mark.parametrize(
    "text, part",
    [
        ("มีผู้เข้าร่วม ๖๐ คน คิดเป็น", "๖๐ คน"),
        ("ตรวจสอบ ๕ ราย แล้ว", "๕ ราย"),
        ("เป็นเงิน ๑๒,๔๕๐.๕๐ บาท ทั้งนี้", "๑๒,๔๕๐.๕๐ บาท"),
        ("จัดอบรม ๒ ครั้ง ครั้งละ ๓ ชั่วโมง ใน ๔ แห่ง", "๒ ครั้ง"),
        ("จัดอบรม ๒ ครั้ง ครั้งละ ๓ ชั่วโมง ใน ๔ แห่ง", "๓ ชั่วโมง"),
        ("จัดอบรม ๒ ครั้ง ครั้งละ ๓ ชั่วโมง ใน ๔ แห่ง", "๔ แห่ง"),
        ("คิดเป็นร้อยละ ๘๕.๗๑ ของ", "ร้อยละ ๘๕.๗๑"),
        ("ร้อยละ 90 ของเป้าหมาย", "ร้อยละ 90"),
        ("ได้ 85.71 % แล้ว", "85.71 %"),
        ("ยอดรวม ๑๒,๔๕๐.๕๐", "๑๒,๔๕๐.๕๐"),
    ],
)
def test_the_issues_numbers_stay_whole(text, part):
    kept_whole(text, part)


def test_a_unit_word_opening_another_word_is_not_a_unit():
    text = "มี ๖๐ คนงาน"
    assert not any(s.kind == "unit" for s in linebreak.spans(text))
    # the year of a date is no count of the word after it
    text = "ปีงบประมาณ พ.ศ. ๒๕๖๘ เดือนมีนาคม"
    assert not any(s.kind == "unit" for s in linebreak.spans(text))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), before=st.sampled_from(["โดย", "ร่วมกับ", "ประสานงาน "]))
def test_division_names_stay_whole(name, before):
    text = f"{before}{name}ทุกแห่ง"
    res = linebreak.analyse(text, NAMES)
    assert inside(text, name, res.allowed) == []
    # the names in effect for a render
    with linebreak.division_names(NAMES):
        assert inside(text, name, linebreak.line_breaks(text)) == []
    assert linebreak.current_names() == ()


def test_a_name_too_wide_breaks_between_its_words_before_inside_its_compounds():
    name = "กองสาธารณสุขและสิ่งแวดล้อม"
    res = linebreak.analyse(name, [name])
    assert res.allowed == frozenset()
    level = {name[:p] + "|": lvl for p, lvl in res.fallback.items()}
    assert level["กองสาธารณสุขและสิ่ง|"] > level["กองสาธารณสุขและ|"]


@pytest.mark.parametrize(
    "text, part",
    [
        ("ระบบ E-Service ของเทศบาล", "E-Service"),
        ("ลงประกาศใน e-GP ทุกเดือน", "e-GP"),
        ("ตามนโยบาย No Gift Policy ของ", "No Gift Policy"),
        ("ใช้ระบบ e-Office และ", "e-Office"),
    ],
)
def test_latin_terms_keep_their_joins(text, part):
    kept_whole(text, part)


@pytest.mark.parametrize(
    "addr",
    [
        "https://www.khamthalesor.go.th/ita/o37/index.php?year=2568&part=2",
        "saraban@khamthalesor.go.th",
        "www.nacc.go.th/itas-2568",
    ],
)
def test_urls_and_addresses_break_only_after_slash_or_before_punctuation(addr):
    text = f"ดูที่ {addr} ได้"
    res = linebreak.analyse(text)
    a = text.index(addr)
    assert inside(text, addr, res.allowed) == []
    points = inside(text, addr, res.fallback)
    assert points
    for p in points:
        assert text[p - 1] == "/" or text[p] in ".-?@&=#", text[a:p] + "|" + text[p:]


def test_a_url_breaks_after_a_slash_before_it_breaks_before_a_dot():
    addr = "https://www.khamthalesor.go.th/ita/o37/index.php"
    text = f"ดูที่ {addr} ได้"
    fallback = linebreak.analyse(text).fallback
    slashes = {p: lvl for p, lvl in fallback.items() if text[p - 1] == "/"}
    dots = {p: lvl for p, lvl in fallback.items() if text[p] in ".-?@&=#"}
    assert slashes and dots
    assert max(slashes.values()) < min(dots.values())


def test_cut_positions_prefer_dictionary_then_syllables():
    word = "ประชาสัมพันธ์"  # one word for ICU
    cuts = linebreak.cut_positions(word, 0, len(word))
    assert all(tier == 2 for tier in cuts.values())
    assert {word[:p] for p in cuts} >= {"ประ", "ประชา", "ประชาสัม"}
    assert "ป" not in {word[:p] for p in cuts}  # ปร is one onset
    text = "งบประมาณ"
    assert linebreak.cut_positions(text, 0, len(text))[2] == 0  # งบ|ประมาณ: a dictionary boundary


def test_core_module_loads_neither_qt_nor_the_pdf_stack():
    code = (
        "import sys, itadesk.linebreak as lb\n"
        "lb.analyse('ตาม ๓๐ มิถุนายน ๒๕๖๘ หน่วยงาน')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab', 'uharfbuzz')]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_dictionary_file_says_where_it_comes_from():
    text = (ROOT / "resources" / "linebreak" / "compounds-th.txt").read_text(encoding="utf-8")
    entries = [w for w in text.split("\n") if w and not w.startswith("#")]
    assert 1000 <= len(entries) <= 5000
    assert len(set(entries)) == len(entries)
    assert "CC0" in text and (ROOT / "resources" / "linebreak" / "SOURCES.md").exists()
    assert f"{len(entries)} entries" in text


# --- laid out: a span moves to the next line where it fits, breaks inside where it cannot ----


@pytest.fixture(scope="module")
def fonts():
    from itadesk.report.fonts import resolve_fonts

    return resolve_fonts(None, None, None)[0]


def laid_out(shaped, width, first=None):
    return [shaped.line_text(ln) for ln in shaped.lines(first or width, width)]


def test_a_date_moves_whole_to_the_next_line(fonts):
    from itadesk.report.thaitext import shape

    text = "ดำเนินการแล้วเสร็จภายใน ๓๐ มิถุนายน ๒๕๖๘"
    sh = shape(text, fonts, 14)
    date_w = shape("๓๐ มิถุนายน ๒๕๖๘", fonts, 14).width
    lines = laid_out(sh, date_w + 2)
    assert "๓๐ มิถุนายน ๒๕๖๘" in lines


def test_a_date_wider_than_the_column_breaks_between_its_words(fonts):
    from itadesk.report.thaitext import shape

    sh = shape("ภายใน ๓๐ มิถุนายน ๒๕๖๘ นี้", fonts, 14)
    width = shape("มิถุนายน", fonts, 14).width + 3
    lines = [ln.strip() for ln in laid_out(sh, width)]
    assert lines[:4] == ["ภายใน", "๓๐", "มิถุนายน", "๒๕๖๘ นี้"] or lines[:4] == [
        "ภายใน ๓๐",
        "มิถุนายน",
        "๒๕๖๘",
        "นี้",
    ]


def test_a_compound_wider_than_the_column_breaks_at_its_dictionary_boundary(fonts):
    from itadesk.report.thaitext import shape

    sh = shape("คณะกรรมการ", fonts, 14)
    lines = laid_out(sh, shape("กรรมการ", fonts, 14).width + 1)
    assert lines == ["คณะ", "กรรมการ"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(
        st.sampled_from(
            ISSUE_COMPOUNDS
            + NAMES
            + ["๓๐ มิถุนายน ๒๕๖๘", "๑๒,๔๕๐.๕๐ บาท", "E-Service", "ประชาสัมพันธ์", "สาธารณสุข", " ", "และ"]
            + ["https://www.khamthalesor.go.th/ita/o37?year=2568", "ผู้รับผิดชอบ"]
        ),
        min_size=1,
        max_size=12,
    ),
    width=st.floats(12, 160),
    first_cut=st.floats(0, 30),
)
def test_no_line_is_wider_than_its_column(fonts, words, width, first_cut):
    """Whatever the text and the width (down to about one cluster), no line
    spills: only a line of a single cluster may be wider than the column."""
    from itadesk.report.thaitext import shape

    sh = shape("".join(words), fonts, 14)
    first = max(width - first_cut, 1.0)
    lines = sh.lines(first, width)
    assert "".join(sh.line_text(ln) for ln in lines).replace(" ", "") == sh.text.replace(" ", "")
    for k, ln in enumerate(lines):
        room = first if k == 0 else width
        if ln.last - ln.first > 1:
            assert ln.width <= room + 0.01, (sh.line_text(ln), ln.width, room)


# --- the printed report: sample and generated, Sarabun and Debian's Thai fonts --------------


def test_sample_and_generated_report_have_no_avoidable_breaks(capsys):
    cb = counter()
    for label, rep in (("sample", cb.sample_report()), ("generated", cb.generated_report(24, 15))):
        before = cb.count(rep, before=True)
        after = cb.count(rep, before=False)
        n_before = sum(before[k] for k in cb.KINDS)
        n_after = sum(after[k] for k in cb.KINDS)
        print(f"{label}: avoidable breaks {n_before} before, {n_after} after")
        assert n_before > 20  # the measure sees what ICU alone does
        assert n_after == 0, after
        if label == "generated":  # every class of the issue occurs, and was split before
            assert {"compound", "date", "era", "unit", "percent", "name", "latin"} <= set(before)


@pytest.mark.parametrize("font", ["TlwgTypewriter", "Garuda", "Loma"])
def test_narrow_columns_with_wide_fonts(font):
    """Portrait pages (the narrowest columns) with Debian's wide and
    monospace Thai fonts: nothing spills out of a cell, every text reads
    back whole, and the only breaks inside words are cuts of words wider
    than their line."""
    from itadesk.report import render_pdf

    from .pdfread import check_report_pdf

    path = tlwg(font)
    cb = counter()
    for rep in (cb.sample_report(), cb.generated_report(8, 7)):
        result = render_pdf(rep, font=path, orientation="portrait")
        problems = check_report_pdf(result, rep, "thai")
        assert [p for p in problems if ": word: " not in p] == []
        after = cb.count(rep, before=False, font=path, orientation="portrait")
        assert sum(after[k] for k in cb.KINDS) == 0, after


def _reference_compounds(text: str, base: set[int]) -> list[tuple[int, int]]:
    """The compound search without the shortcut of stopping where no
    compound starts the text any more (the code before it)."""
    from itadesk.linebreak import _MAX_COMPOUND, _THAI_LETTERS, cluster_boundary, compounds

    words = compounds()
    heads = frozenset(w[:2] for w in words)
    tails = frozenset(w[-2:] for w in words)
    bounds = [0, *sorted(base | {len(text)})]
    found = []
    for k in range(len(bounds) - 1):
        ws, we = bounds[k], bounds[k + 1]
        for s in range(ws, we):
            if text[s] not in _THAI_LETTERS or text[s : s + 2] not in heads:
                continue
            if s != ws and not cluster_boundary(text, s):
                continue
            for j in range(k + 1, len(bounds)):
                e = bounds[j]
                if e - s > _MAX_COMPOUND + 1:
                    break
                w = text[s:e].rstrip()
                if len(w) > 3 and w in words:
                    found.append((s, s + len(w)))
                if s == ws and j + 1 < len(bounds):
                    for x in range(e + 1, min(bounds[j + 1], s + _MAX_COMPOUND + 1)):
                        if text[x - 2 : x] in tails and cluster_boundary(text, x) and text[s:x] in words:
                            found.append((s, x))
    kept: list[tuple[int, int]] = []
    for a, b in sorted(found, key=lambda ab: (ab[0] - ab[1], ab[0])):
        if not any(a < y and x < b and not (x <= a and b <= y) and not (a <= x and y <= b) for x, y in kept):
            kept.append((a, b))
    return kept


def test_the_compound_search_finds_what_looking_everywhere_finds():
    import random

    from itadesk.linebreak import compounds, icu_line_breaks, spans

    words = sorted(compounds())
    rng = random.Random(16)
    seps = ["", "", " ", "  ", "\n", "\n\n", " \n", "ๆ "]
    texts = []
    for _ in range(1500):
        parts = [
            rng.choice(words) if rng.random() < 0.6 else rng.choice(words)[: rng.randint(1, 6)]
            for _ in range(rng.randint(1, 12))
        ]
        texts.append("".join(p + rng.choice(seps) for p in parts))
    found = 0
    for text in texts:
        base = icu_line_breaks(text)
        got = [(sp.start, sp.end) for sp in spans(text, (), set(base)) if sp.kind == "compound"]
        want = _reference_compounds(text, set(base))
        assert got == want, text
        found += len(want)
    assert found > 1000


def test_the_dictionary_file_lists_the_compounds_in_order():
    # _sorted_compounds sorts them: a few thousand comparisons when they are in order
    text = (ROOT / "resources" / "linebreak" / "compounds-th.txt").read_text(encoding="utf-8")
    entries = [w for w in text.split("\n") if w and not w.startswith("#")]
    assert entries == sorted(entries)
