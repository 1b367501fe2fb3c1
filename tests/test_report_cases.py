"""Hard cases for the printed report, each read back from the PDF."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import shutil

import pytest

from itadesk.errors import FontError, ImageError, MissingGlyphsError
from itadesk.model import Item, Measure, Organization, Report, Signatory
from itadesk.report import render_pdf
from itadesk.resources import FONT_BOLD, FONT_REGULAR, resource

from .pdfread import (
    bad_breaks,
    cell_lines,
    chars,
    check_report_pdf,
    expected_cells,
    glyphs,
    match_lines,
    open_pdf,
    page_text,
)

STACKED = "ที่ ปี่ นี้ ผู้ใหญ่ กิ๊ฟ กตัญญู ห้วยฐู น้ำ ก้ำ ฝั่ง ปั้น ญาติผู้ใหญ่"
LONG_THAI = (
    "การประชุมคณะกรรมการเพื่อพิจารณาการจัดซื้อจัดจ้างตามระเบียบกระทรวงมหาดไทยว่าด้วย"
    "การพัสดุของหน่วยการบริหารราชการส่วนท้องถิ่นและการเผยแพร่ข้อมูลข่าวสารต่อสาธารณชน"
)
URL = "https://www.khamthalesor.go.th/ita/o37/index.php?year=2568&part=2&view=full"
MIXED = "E-Service ที่ใช้งานได้จริง No Gift Policy ภายใน ๓๐ วัน (IIT) e-GP สขร.๑ ISO9001 ร้อยละ 85.71"
MARKUP = "ค่า < 5 & > 3 <b>ไม่ใช่ตัวหนา</b> &amp; &lt; A&B"


def org(**kw) -> Organization:
    base = dict(name="เทศบาลตำบลทดสอบ", type="เทศบาลตำบล", district="เมือง", province="นครราชสีมา")
    base.update(kw)
    return Organization(**base)


def measure(n: int = 1, **kw) -> Measure:
    base = dict(
        title=f"กิจกรรมทดสอบที่ {n}",
        steps=[Item("ประชุมชี้แจงเจ้าหน้าที่"), Item("จัดทำประกาศ", [Item("ติดประกาศ"), Item("เผยแพร่ทางเว็บไซต์")])],
        results=[Item("มีผู้เข้าร่วม ๔๕ คน คิดเป็นร้อยละ ๙๐")],
        outcomes=[Item("บุคลากรมีความเข้าใจ")],
        responsible_units=["สำนักปลัด", "กองคลัง"],
        period_start=dt.date(2024, 10, 1),
        period_end=dt.date(2025, 9, 30),
    )
    base.update(kw)
    return Measure(**base)


def report(measures, **kw) -> Report:
    return Report(organization=kw.pop("organization", org()), fiscal_year_be=2568, measures=measures, **kw)


def assert_clean(result, rep, digits="thai", **kw):
    problems = check_report_pdf(result, rep, digits, **kw)
    assert problems == [], "\n".join(problems[:20])


# --- text ------------------------------------------------------------------------------------


def test_stacked_marks_extract_exactly_and_use_the_small_tone_marks():
    rep = report([measure(title=STACKED, steps=[Item(STACKED)], results=[Item("ปี่ ป่")])])
    result = render_pdf(rep)
    assert_clean(result, rep)
    from itadesk.report.fonts import resolve_fonts
    from itadesk.report.thaitext import shape

    fonts, _ = resolve_fonts(None, None, None)
    pee = shape("ปี่", fonts, 11).clusters[0].key  # tone mark over an upper vowel
    pa = shape("ป่", fonts, 11).clusters[0].key
    assert isinstance(pee, tuple) and isinstance(pa, tuple)
    assert pee[-1][0] != pa[-1][0] or pee[-1][1:] != pa[-1][1:]  # a different glyph or place
    yo = shape("ญู", fonts, 11).clusters[0].key  # ญ loses its tail above ู
    assert yo[0][0] != fonts.regular.cmap[ord("ญ")]
    tho = shape("ฐู", fonts, 11).clusters[0].key
    assert tho[0][0] != fonts.regular.cmap[ord("ฐ")]


def test_thai_after_latin_is_shaped_as_thai():
    from itadesk.report.fonts import resolve_fonts
    from itadesk.report.thaitext import shape

    fonts, _ = resolve_fonts(None, None, None)
    alone = shape("ที่", fonts, 11).clusters[0].key
    after = shape("E-Service ที่", fonts, 11).clusters[-1].key
    assert after == alone


def test_long_thai_without_spaces_breaks_between_words_only():
    text = LONG_THAI * 3
    rep = report([measure(steps=[Item(text)], results=[Item(text)], title=LONG_THAI)])
    result = render_pdf(rep)
    assert_clean(result, rep)


def test_a_cell_longer_than_a_page_continues_over_pages():
    items = [Item(f"{LONG_THAI} ข้อ {i}") for i in range(60)]
    rep = report([measure(1), measure(2, outcomes=items), measure(3)])
    result = render_pdf(rep)
    assert_clean(result, rep)
    pages = sorted({c.page for c in result.layout.cells if c.measure == 1})
    assert len(pages) >= 3 and pages == list(range(pages[0], pages[-1] + 1))
    frame = result.layout.frame
    for page in pages[:-1]:  # each piece but the last is closed at the frame's bottom
        bottoms = {round(c.bottom, 2) for c in result.layout.cells if c.measure == 1 and c.page == page}
        assert bottoms == {round(frame[3], 2)}
    assert all(result.layout.pages[p] for p in range(1, result.page_count))  # no blank page


def test_very_long_cells_in_every_column():
    long_items = [Item(LONG_THAI + " " + LONG_THAI) for _ in range(4)]
    rep = report(
        [
            measure(
                title=LONG_THAI,
                steps=long_items,
                results=long_items,
                outcomes=long_items,
                responsible_units=["กองสาธารณสุขและสิ่งแวดล้อม", "หน่วยตรวจสอบภายใน", "กองยุทธศาสตร์และงบประมาณ"],
            )
        ]
    )
    assert_clean(render_pdf(rep), rep)


def test_urls_are_cut_only_where_too_wide_and_read_back_whole():
    rep = report([measure(steps=[Item(f"ดูรายละเอียดที่ {URL} ได้ตลอดเวลา")], responsible_units=[URL])])
    result = render_pdf(rep)
    # a URL wider than its column is cut (so not only at word boundaries)
    assert_clean(result, rep, word_breaks=False)
    lines, _ = cell_lines(open_pdf(result.pdf), result.layout)
    unit_lines = lines[(0, 4)]
    assert len(unit_lines) > 1 and "".join(unit_lines) == URL
    breaks = match_lines(URL, unit_lines)
    # after "/" (or "?", "&", "=") or before "." "&" "=" "?"; elsewhere only
    # inside a run of letters too wide for the column ("khamthalesor")
    for b in breaks:
        if URL[b - 1] in "/?&=" or URL[b] in ".&=?":
            continue
        run = re.search(r"[A-Za-z0-9]+$", URL[:b]).group() + re.match(r"[A-Za-z0-9]+", URL[b:]).group()
        assert len(run) >= 12, (URL[:b], URL[b:])
    assert bad_breaks(URL, breaks, words=False) == []


def test_mixed_scripts_and_compounds_stay_whole():
    rep = report([measure(title=MIXED, steps=[Item(MIXED)], results=[Item(MIXED * 2)])])
    result = render_pdf(rep)
    assert_clean(result, rep)
    lines, _ = cell_lines(open_pdf(result.pdf), result.layout)
    for key in ((0, 0), (0, 1), (0, 2)):
        for line in lines[key]:
            assert not line.endswith(("E-", "e-", "No-")), line


def test_markup_characters_print_literally():
    rep = report([measure(title=MARKUP, steps=[Item(MARKUP)], responsible_units=["<script>", "A & B"])])
    result = render_pdf(rep)
    assert_clean(result, rep)
    text = page_text(open_pdf(result.pdf), 2)
    assert "<script>" in text and "A & B" in text and "&amp;" in text and "</b>" in text


def test_sixty_measures():
    rep = report([measure(i) for i in range(1, 61)])
    result = render_pdf(rep)
    assert_clean(result, rep)
    assert result.page_count >= 10  # 11 before lines were set by their ink (issue 14)
    firsts = [
        c.measure for c in result.layout.cells if c.measure is not None and c.column == 0 and c.piece == 0
    ]
    assert firsts == list(range(60))
    assert "๖๐." in page_text(open_pdf(result.pdf), result.page_count)


def test_arabic_digits_for_what_the_app_writes_only():
    rep = report(
        [measure(title="กิจกรรมปี ๒๕๖๘ (typed 2025)", steps=[Item("ข้อ ๑", [Item("ข้อย่อย")])])],
        organization=org(digits="arabic"),
    )
    result = render_pdf(rep)  # digits from the organization
    assert_clean(result, rep, "arabic")
    doc = open_pdf(result.pdf)
    assert "ประจำปีงบประมาณ พ.ศ. 2568" in page_text(doc, 1)
    p2 = page_text(doc, 2)
    assert p2.splitlines()[0] == "- 2 -"
    assert "1 ตุลาคม 2567 – 30 กันยายน 2568" in p2.replace("\n", " ")
    assert "๒๕๖๘" in p2 and "2025" in p2  # typed: as typed
    thai = render_pdf(rep, digits="thai")
    assert_clean(thai, rep, "thai")


def test_portrait():
    rep = report([measure(i, steps=[Item(LONG_THAI)]) for i in range(1, 6)])
    result = render_pdf(rep, orientation="portrait")
    assert_clean(result, rep)
    page = open_pdf(result.pdf)[0].rect
    assert round(page.width) == 595 and round(page.height) == 842


def test_characters_missing_from_the_font_are_reported_and_still_extract():
    text = "ระบบ 中文 และ 😀 อีโมจิ"
    rep = report([measure(steps=[Item(text)])])
    result = render_pdf(rep)
    assert_clean(result, rep)  # no glyph 0, and the text reads back as typed
    warnings = [w for w in result.warnings if isinstance(w, MissingGlyphsError)]
    assert len(warnings) == 1
    assert set(warnings[0].chars) == {"中", "文", "😀"}
    assert warnings[0].where == ["measures[0].steps[0]"]


def test_signature_blocks_after_the_table():
    signers = [
        Signatory("ผู้รายงาน", "นางสาวสมใจ ใจดี", "นักจัดการงานทั่วไป"),
        Signatory("ผู้ตรวจสอบ", "นายสมชาย รักงาน", "ปลัดเทศบาล"),
        Signatory("ผู้อนุมัติ", None, "นายกเทศมนตรี"),
    ]
    rep = report([measure()], signatories=signers)
    result = render_pdf(rep)
    assert_clean(result, rep)
    doc = open_pdf(result.pdf)
    text = page_text(doc, result.page_count)
    for s in signers:
        assert s.role in text and f"ตำแหน่ง {s.position}" in text
    assert "(นางสาวสมใจ ใจดี)" in text
    table_bottom = max(c.bottom for c in result.layout.pages[-1]) if result.layout.pages[-1] else 0
    below = "".join(c.c for c in chars(doc) if c.page == result.page_count and c.y0 > table_bottom)
    assert below.count("(ลงชื่อ)") == 3


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 160), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def test_logo_on_the_cover_and_an_unreadable_one_is_reported():
    rep = report([measure()], organization=org(logo=_png()))
    result = render_pdf(rep)
    assert len(open_pdf(result.pdf)[0].get_images()) == 1
    assert result.warnings == []
    bad = report([measure()], organization=org(logo=b"not an image"))
    result = render_pdf(bad)
    assert [type(w) for w in result.warnings] == [ImageError]
    assert open_pdf(result.pdf)[0].get_images() == []


def test_cover_omits_missing_place_parts():
    rep = report([measure()], organization=org(district=None, province="ชลบุรี"))
    lines = page_text(open_pdf(render_pdf(rep).pdf), 1).splitlines()
    assert "จังหวัดชลบุรี" in [ln.strip() for ln in lines]
    assert not any("อำเภอ" in ln for ln in lines)


def test_empty_report_prints_the_header():
    rep = report([])
    result = render_pdf(rep)
    assert result.page_count == 2
    assert "ขั้นตอนหรือวิธีการปฏิบัติ" in page_text(open_pdf(result.pdf), 2)


def test_typed_line_breaks_tabs_and_odd_spacing():
    rep = report([measure(steps=[Item("บรรทัดแรก\nบรรทัดที่สอง"), Item("คำ\tแท็บ  สองช่อง")])])
    result = render_pdf(rep)
    lines, _ = cell_lines(open_pdf(result.pdf), result.layout)
    assert lines[(0, 1)][:2] == ["๑. บรรทัดแรก", "บรรทัดที่สอง"]
    assert lines[(0, 1)][2] in ("๒. คำ\tแท็บ  สองช่อง", "๒. คำ แท็บ  สองช่อง")  # MuPDF reads a tab as a space


# --- fonts -------------------------------------------------------------------------------------


def test_another_font_with_its_bold_beside_it(tmp_path):
    reg = tmp_path / "Office Sans-Regular.ttf"
    shutil.copy(resource(*FONT_REGULAR), reg)
    shutil.copy(resource(*FONT_BOLD), tmp_path / "Office Sans-Bold.ttf")
    from itadesk.report.fonts import find_bold_sibling, resolve_fonts

    assert find_bold_sibling(reg) == tmp_path / "Office Sans-Bold.ttf"
    fonts, warnings = resolve_fonts(reg, None, None)
    assert not fonts.synthetic_bold and warnings == []
    rep = report([measure(title=STACKED)])
    assert_clean(render_pdf(rep, font=reg), rep)


def test_another_font_without_bold_is_emboldened(tmp_path):
    reg = tmp_path / "Lonely.ttf"
    shutil.copy(resource(*FONT_REGULAR), reg)
    rep = report([measure()])
    result = render_pdf(rep, font=reg)
    assert_clean(result, rep)
    assert b"2 Tr" in open_pdf(result.pdf)[0].read_contents()  # the cover's bold title, stroked
    assert b"2 Tr" not in open_pdf(render_pdf(rep).pdf)[0].read_contents()  # Sarabun has its bold


def test_organization_font_unreadable_falls_back_with_a_warning(tmp_path):
    rep = report([measure()], organization=org(font_path=str(tmp_path / "gone.ttf")))
    result = render_pdf(rep)
    assert [type(w) for w in result.warnings] == [FontError]
    assert result.warnings[0].reason == "missing"


def test_fonts_that_cannot_be_used_are_refused(tmp_path):
    import reportlab

    vera = __import__("pathlib").Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    rep = report([measure()])
    with pytest.raises(FontError) as info:
        render_pdf(rep, font=vera)
    assert info.value.reason == "no-thai"
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font at all" * 10)
    with pytest.raises(FontError) as info:
        render_pdf(rep, font=junk)
    assert info.value.reason == "unsupported"
    with pytest.raises(FontError) as info:
        render_pdf(rep, font=tmp_path / "missing.ttf")
    assert info.value.reason == "missing"


def test_embedded_fonts_are_subsets_and_only_ours():
    rep = report([measure()])
    doc = open_pdf(render_pdf(rep).pdf)
    from .pdfread import fonts

    names = [f[0] for f in fonts(doc)]
    assert names and all(re.fullmatch(r"IT[A-Z]{4}\+Sarabun-(Regular|Bold)", n) for n in names), names
    assert all(gid for _p, gid, _u, _f in glyphs(doc))


def test_expected_cells_helper_covers_every_column():
    rep = report([measure()])
    cells = expected_cells(rep)
    assert sorted(cells) == [(0, c) for c in range(6)]
    assert cells[(0, 0)] == "๑. กิจกรรมทดสอบที่ 1"  # the number is the app's, the title as typed
    assert cells[(0, 1)] == "๑. ประชุมชี้แจงเจ้าหน้าที่ ๒. จัดทำประกาศ (๑) ติดประกาศ (๒) เผยแพร่ทางเว็บไซต์"
    assert cells[(0, 4)] == "สำนักปลัด กองคลัง"
    assert cells[(0, 5)] == "๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘"


def _piece_lines(doc, layout) -> dict[tuple[int, int], int]:
    """Lines of text in the tallest column of each (measure, piece)."""
    per_cell: dict[tuple[int, int, int], set] = {}
    all_chars = chars(doc)
    for page_cells in layout.pages:
        for cell in page_cells:
            if cell.measure is None:
                continue
            baselines = {
                round(ch.oy, 1)
                for ch in all_chars
                if ch.page == cell.page
                and ch.c.strip()
                and cell.x0 <= ch.ox <= cell.x1
                and cell.top <= ch.oy <= cell.bottom
            }
            per_cell[(cell.measure, cell.piece, cell.column)] = baselines
    out: dict[tuple[int, int], int] = {}
    for (m, piece, _col), baselines in per_cell.items():
        out[(m, piece)] = max(out.get((m, piece), 0), len(baselines))
    return out


# Fillers that, without widow and orphan control, left one line of the second
# measure alone at the foot of a page (27, 56) or at the head of the next (4, 19, 48).
@pytest.mark.parametrize("filler", [4, 19, 27, 48, 56, 10, 33])
def test_no_row_piece_of_a_single_line(filler):
    # The first measure's length moves the page break through the second one.
    first = measure(1, steps=[Item(f"ขั้นตอนที่ {i} ประชุมชี้แจงเจ้าหน้าที่ทุกกอง") for i in range(filler)])
    second = measure(2, steps=[Item("ประชุมหารือกับคณะผู้บริหารเพื่อกำหนดวันเวลาในการจัดกิจกรรม")] * 6)
    result = render_pdf(report([first, second]))
    lines = _piece_lines(open_pdf(result.pdf), result.layout)
    pieces = sorted(p for (m, p) in lines if m == 1)
    if len(pieces) > 1:  # the second measure was split: each piece holds two lines or more
        assert min(lines[(1, p)] for p in pieces) >= 2, lines
    assert check_report_pdf(result, report([first, second])) == []


def test_absurd_mark_stacks_print_clamped_and_are_reported():
    from itadesk.errors import StackedMarksError
    from itadesk.messages import describe
    from itadesk.report.thaitext import MAX_MARKS

    tone = "\u0e48"
    text = "ก" + tone * 150 + " และ ส" + "\u0e38\u0e49" * 40 + "ดท้าย e" + "\u0301" * 80 + " ที่นี่"
    rep = report([measure(steps=[Item(text)])])
    result = render_pdf(rep)
    stacked = [w for w in result.warnings if isinstance(w, StackedMarksError)]
    assert len(stacked) == 1 and stacked[0].where == ["measures[0].steps[0]"]
    assert stacked[0].limit == MAX_MARKS
    assert "มาตรการที่ ๑" in describe(stacked[0]) and "๓" in describe(stacked[0])
    clamped = "ก" + tone * 3 + " และ ส" + "\u0e38\u0e49\u0e38" + "ดท้าย e" + "\u0301" * 3 + " ที่นี่"
    # what prints is the clamped text, exactly, and the rest of the report as typed
    shown = report([measure(steps=[Item(clamped)])])
    assert_clean(result, shown, word_breaks=False)


def test_normal_thai_stacks_are_not_clamped():
    rep = report([measure(steps=[Item(STACKED + " ปฺ ทฺธิ์ กิ่ํ")])])
    result = render_pdf(rep)
    assert not [w for w in result.warnings if type(w).__name__ == "StackedMarksError"]
    assert_clean(result, rep, word_breaks=False)


def _item_lines_by_piece(doc, layout, measure_index: int, column: int) -> list[list[str]]:
    """The lines of one column of one measure, piece by piece (pages in order)."""
    pieces: dict[int, dict[float, list]] = {}
    for page_cells in layout.pages:
        for cell in page_cells:
            if cell.measure != measure_index or cell.column != column:
                continue
            rows = pieces.setdefault(cell.piece, {})
            for ch in chars(doc):
                if ch.page == cell.page and cell.x0 <= ch.ox <= cell.x1 and cell.top <= ch.oy <= cell.bottom:
                    rows.setdefault(round(ch.oy, 1), []).append(ch)
    out = []
    for piece in sorted(pieces):
        rows = pieces[piece]
        lines = ["".join(c.c for c in sorted(rows[y], key=lambda c: c.ox)).strip() for y in sorted(rows)]
        out.append([line for line in lines if line])
    return out


# A list item of three or four lines, so that a page break through the second
# measure falls inside items as well as between them.
LONG_STEP = "ประชุมชี้แจงแนวทางการปฏิบัติงานให้แก่เจ้าหน้าที่ทุกกองเพื่อสร้างความเข้าใจร่วมกันก่อนเริ่มกิจกรรม"


@pytest.mark.parametrize("filler", range(8, 44, 5))
def test_a_list_item_cut_by_a_page_keeps_two_lines_on_each_side(filler):
    """No line of a list item stands alone at the foot or the head of a page
    (the cut moves to where the item begins); an item cut at all keeps two
    lines or more on each side."""
    first = measure(1, steps=[Item(f"ขั้นตอนที่ {i} ประชุมชี้แจงเจ้าหน้าที่ทุกกอง") for i in range(filler)])
    second = measure(2, steps=[Item(f"{LONG_STEP} ครั้งที่ {i}") for i in range(1, 9)])
    rep = report([first, second])
    result = render_pdf(rep)
    pieces = _item_lines_by_piece(open_pdf(result.pdf), result.layout, 1, 1)
    starts = re.compile(r"^[๐-๙]+\.")
    for before, after in itertools.pairwise(pieces):
        if not before or not after or starts.match(after[0]):
            continue  # the cut fell between items
        tail = len(before) - max(i for i, line in enumerate(before) if starts.match(line))
        head = next((i for i, line in enumerate(after) if starts.match(line)), len(after))
        assert tail >= 2 and head >= 2, (filler, before[-3:], after[:3])
    assert_clean(result, rep)


@pytest.mark.parametrize("document", ["results", "plan"])
def test_the_signatures_never_stand_alone_on_a_page(document):
    """Whatever the length of the table, its last lines share the page with
    the signatures (the sample's plan once printed its signature alone on
    page 4)."""
    signers = [Signatory("ผู้รายงาน", "นายสมชาย ใจดี", "ปลัดเทศบาล")]
    alone = []
    for filler in range(0, 40, 3):
        first = measure(1, steps=[Item(f"ขั้นตอนที่ {i} ประชุมชี้แจงเจ้าหน้าที่ทุกกอง") for i in range(filler)])
        second = measure(2, steps=[Item(f"{LONG_STEP} ครั้งที่ {i}") for i in range(1, 4)])
        rep = report([first, second], signatories=signers)
        result = render_pdf(rep, document=document)
        last_page = result.layout.pages[-1]
        if not any(cell.measure is not None for cell in last_page):
            alone.append((filler, result.page_count))
        doc = open_pdf(result.pdf)
        assert "(ลงชื่อ)" in doc[result.page_count - 1].get_text()
        assert_clean(result, rep, document=document)
    assert alone == []
