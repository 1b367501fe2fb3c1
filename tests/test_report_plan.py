"""The plan (O36), printed from the same rows as the results report, and
the PDF bookmarks of both documents: read back with PyMuPDF (cell by cell,
in the plan's columns), poppler's words and PDFium."""

from __future__ import annotations

import copy

import pymupdf
import pytest

from itadesk import thaifmt
from itadesk.exchange import load_report
from itadesk.model import Analysis, Signatory
from itadesk.report import render_pdf
from itadesk.report.plan import ANALYSIS_HEADING, IMPROVEMENTS_HEADING, PLAN_TITLE, WEAKNESSES_HEADING
from itadesk.resources import SAMPLE_REPORT, resource

from .generate import clusters_report
from .pdfread import READERS, check_report_pdf, open_pdf, page_text, reader_mismatches


@pytest.fixture(scope="module")
def sample():
    return load_report(resource(*SAMPLE_REPORT))


@pytest.fixture(scope="module")
def full(sample):
    """The sample with all the plan prints: an analysis, follow-up (two
    lines), the budget column, the item code and signatories."""
    rep = copy.deepcopy(sample)
    rep.analysis = Analysis(
        note="ผลการประเมินลดลงจากปีที่ผ่านมาในตัวชี้วัดการเปิดเผยข้อมูล",
        score="85.50",
        level="A",
        weaknesses=["การเผยแพร่ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", "บุคลากรยังไม่เข้าใจตัวชี้วัด IIT"],
        improvements=["ปรับปรุงเว็บไซต์ให้ค้นหาข้อมูลได้ง่าย"],
    )
    rep.organization.budget_column = True
    for i, m in enumerate(rep.measures):
        m.budget = "ไม่ใช้งบประมาณ" if i % 2 else f"{(i + 1) * 12450}.50"
        m.follow_up = "รายงานความก้าวหน้าทุกไตรมาส\nสรุปผลเสนอนายกเทศมนตรีเมื่อสิ้นปีงบประมาณ"
    rep.show_item_code = True
    rep.signatories = [
        Signatory("ผู้รายงาน", "นางสาวกมลวรรณ ใจดี", "นักวิเคราะห์นโยบายและแผน"),
        Signatory("ผู้อนุมัติ", "นายสมชาย รักษ์ถิ่น", "นายกเทศมนตรีตำบลขามทะเลสอ"),
    ]
    return rep


def test_sample_plan_reads_back_cell_by_cell_in_every_reader(sample):
    result = render_pdf(sample, document="plan")
    assert result.warnings == []
    problems = check_report_pdf(result, sample, document="plan")
    for reader in READERS:
        if reader != "mupdf":
            problems += reader_mismatches(reader, result, sample, document="plan")
    assert problems == [], "\n".join(problems[:15])
    # the plan's columns only: no results or outcomes
    text = "".join(page_text(open_pdf(result.pdf), p) for p in range(1, result.page_count + 1))
    assert "การกำกับติดตาม" in text and "ผลการดำเนินการตามมาตรการ" not in text
    assert sample.measures[0].results[0].text[:20] not in text


def test_sample_plan_title_block_and_blank_analysis(sample):
    result = render_pdf(sample, document="plan")
    doc = open_pdf(result.pdf)
    assert doc.metadata["title"] == PLAN_TITLE
    lines = [ln.strip() for ln in page_text(doc, 1).splitlines() if ln.strip()]
    assert lines[:3] == [PLAN_TITLE, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "เทศบาลตำบลขามทะเลสอ"]
    assert lines[3:5] == [ANALYSIS_HEADING, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"]
    assert WEAKNESSES_HEADING in lines and IMPROVEMENTS_HEADING in lines
    # the head signs: no signatories in the sample, so a blank block with the head's title
    last = page_text(doc, result.page_count)
    assert "(ลงชื่อ)" in last and "นายกเทศมนตรีตำบลขามทะเลสอ" in last
    # page numbers from page 2
    assert "- ๑ -" not in page_text(doc, 1)
    assert "- ๒ -" in page_text(doc, 2)


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_full_plan_reads_back_in_every_reader(full, orientation, digits):
    result = render_pdf(full, document="plan", orientation=orientation, digits=digits)
    assert result.warnings == []
    problems = check_report_pdf(result, full, digits, document="plan")
    for reader in READERS:
        if reader != "mupdf":
            problems += reader_mismatches(reader, result, full, digits, document="plan")
    assert problems == [], "\n".join(problems[:15])
    doc = open_pdf(result.pdf)
    first = page_text(doc, 1)
    assert first.lstrip().startswith("O36")
    assert "ผลคะแนน 85.50 คะแนน ระดับ A" in first
    assert full.analysis.note in first
    one = thaifmt.list_marker("numbered", 1, 1, digits)
    for text in full.analysis.weaknesses + full.analysis.improvements:
        assert text in first
    assert f"{one} {full.analysis.weaknesses[0]}" in first
    last = page_text(doc, result.page_count)
    # the head (the signatory named นายก…) signs, and only the head
    assert "(นายสมชาย รักษ์ถิ่น)" in last and "นางสาวกมลวรรณ" not in last


def test_results_report_keeps_its_columns_with_the_budget(full):
    result = render_pdf(full)
    assert check_report_pdf(result, full) == []


def test_long_plan_reads_back_in_every_reader():
    rep = clusters_report(1000, seed=7)
    for i, m in enumerate(rep.measures):
        m.follow_up = rep.measures[-1 - i].title
    result = render_pdf(rep, document="plan")
    problems = check_report_pdf(result, rep, word_breaks=False, document="plan")
    for reader in READERS:
        if reader != "mupdf":
            problems += reader_mismatches(reader, result, rep, document="plan")
    assert problems == [], "\n".join(problems[:15])


def test_unknown_document_is_refused(sample):
    with pytest.raises(ValueError):
        render_pdf(sample, document="memo")


# --- bookmarks ---------------------------------------------------------------------------


def _measure_pages(result) -> dict[int, int]:
    first: dict[int, int] = {}
    for page_no, cells in enumerate(result.layout.pages, start=1):
        for c in cells:
            if c.measure is not None:
                first.setdefault(c.measure, page_no)
    return first


@pytest.mark.parametrize("document", ["results", "plan"])
@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_bookmarks_one_per_measure_in_thai(sample, document, digits):
    result = render_pdf(sample, document=document, digits=digits)
    toc = open_pdf(result.pdf).get_toc()
    start = "การวิเคราะห์ผลการประเมิน ITA" if document == "plan" else "หน้าปก"
    pages = _measure_pages(result)
    expected = [[1, start, 1]] + [
        [1, f"{thaifmt.measure_number(i + 1, digits)} {m.title}", pages[i]]
        for i, m in enumerate(sample.measures)
    ]
    assert toc == expected
    # each destination is the top of its row (within a point)
    doc = open_pdf(result.pdf)
    for i, entry in enumerate(doc.get_toc(simple=False)[1:]):
        row = next(c for c in result.layout.cells if c.measure == i and c.column == 0)
        assert entry[3]["to"].y == pytest.approx(row.top, abs=1.0) or entry[3]["to"].y == pytest.approx(
            result.layout.page_height - row.top, abs=1.0
        )


def test_bookmarks_of_a_long_report_and_a_title_over_lines():
    rep = clusters_report(1000, seed=3)
    rep.measures[0].title = "กิจกรรม\nสองบรรทัด  ที่มี   ช่องว่าง"
    for document in ("results", "plan"):
        result = render_pdf(rep, document=document)
        toc = pymupdf.open(stream=result.pdf, filetype="pdf").get_toc()
        assert len(toc) == len(rep.measures) + 1
        assert toc[1][1] == "๑. กิจกรรม สองบรรทัด ที่มี ช่องว่าง"
        assert [e[2] for e in toc[1:]] == [_measure_pages(result)[i] for i in range(len(rep.measures))]
        assert [e[2] for e in toc] == sorted(e[2] for e in toc)
