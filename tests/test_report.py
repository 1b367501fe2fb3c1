"""The printed report of the bundled sample, read back with PyMuPDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from itadesk import thaifmt
from itadesk.report import render_pdf, write_pdf

from .pdfread import chars, check_report_pdf, open_pdf, page_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample():
    from itadesk.exchange import load_report
    from itadesk.resources import SAMPLE_REPORT, resource

    return load_report(resource(*SAMPLE_REPORT))


@pytest.fixture(scope="module")
def rendered(sample):
    calls = []
    result = render_pdf(sample, progress=lambda done, total: calls.append((done, total)))
    return result, calls


def test_sample_reads_back_exactly_cell_by_cell(sample, rendered):
    result, _ = rendered
    assert check_report_pdf(result, sample) == []


def test_sample_page_setup_and_metadata(sample, rendered):
    result, _ = rendered
    doc = open_pdf(result.pdf)
    assert result.page_count == len(doc) >= 5
    for page in doc:
        assert round(page.rect.width) == 842 and round(page.rect.height) == 595  # A4 landscape
    meta = doc.metadata
    assert meta["title"] == sample.display_title
    assert meta["author"] == sample.organization.name
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in meta["subject"]
    assert result.warnings == []


def test_cover_page(sample, rendered):
    result, _ = rendered
    doc = open_pdf(result.pdf)
    lines = [ln.strip() for ln in page_text(doc, 1).splitlines() if ln.strip()]
    assert lines == [
        "รายงานผลการดำเนินการ",
        "เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "เทศบาลตำบลขามทะเลสอ",
        "อำเภอขามทะเลสอ จังหวัดนครราชสีมา",
    ]
    # centred: every line's middle within a point of the page's
    width = doc[0].rect.width
    by_line = {}
    for ch in chars(doc):
        if ch.page == 1 and ch.c.strip():
            by_line.setdefault(round(ch.oy), []).append(ch)
    left, right = 3 / 2.54 * 72, width - 2 / 2.54 * 72  # margins: 3 cm left, 2 cm right
    for row in by_line.values():
        middle = (min(c.x0 for c in row) + max(c.x1 for c in row)) / 2
        assert abs(middle - (left + right) / 2) < 2.0


def test_page_numbers_from_page_two_in_thai(rendered):
    result, _ = rendered
    doc = open_pdf(result.pdf)
    assert "- ๑ -" not in page_text(doc, 1)
    for pno in range(2, result.page_count + 1):
        top = [c for c in chars(doc) if c.page == pno and c.oy < 2.5 / 2.54 * 72]
        text = "".join(c.c for c in sorted(top, key=lambda c: c.ox))
        assert text == thaifmt.page_number(pno), (pno, text)


def test_heading_before_the_table(sample, rendered):
    result, _ = rendered
    text = page_text(open_pdf(result.pdf), 2)
    assert "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in text
    assert "เทศบาลตำบลขามทะเลสอ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in text


def test_long_measure_continues_over_pages_with_closed_cells(sample, rendered):
    result, _ = rendered
    pages_of = {}
    for cell in result.layout.cells:
        if cell.measure is not None:
            pages_of.setdefault(cell.measure, set()).add(cell.page)
    assert len(pages_of[3]) >= 3  # measure ๔ covers three pages in the original too
    bottom = result.layout.frame[3]
    for cell in result.layout.cells:
        assert cell.bottom <= bottom + 0.01 and cell.top >= result.layout.frame[1] - 0.01
    # every page after the cover holds some of the table: no blank page
    assert all(result.layout.pages[p] for p in range(1, result.page_count))


def test_progress_reported_to_the_end(sample, rendered):
    _, calls = rendered
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)
    assert len(calls) >= len(sample.measures) + 2


def test_write_pdf_is_atomic_and_reports_output_errors(sample, tmp_path):
    from itadesk.errors import OutputError

    out = tmp_path / "report.pdf"
    result = write_pdf(sample, out)
    assert out.read_bytes() == result.pdf and result.pdf.startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    with pytest.raises(OutputError) as info:
        write_pdf(sample, tmp_path / "missing" / "report.pdf")
    assert info.value.reason == "missing"


def test_importing_the_package_loads_no_pdf_machinery():
    code = (
        "import sys, itadesk.report\n"
        "heavy = [m for m in ('reportlab', 'uharfbuzz', 'icu4py') if m in sys.modules]\n"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_unknown_options_are_refused(sample):
    with pytest.raises(ValueError):
        render_pdf(sample, orientation="sideways")
    with pytest.raises(ValueError):
        render_pdf(sample, digits="roman")


def test_report_settings_print(sample):
    """Title lines on the cover and above the table, the item code under the
    cover's title, markers per level (the original's third level ``(๑)``),
    and the budget column with amounts in baht."""
    import copy

    from itadesk.model import Item

    report = copy.deepcopy(sample)
    report.cover_lines = ["รายงานผลการดำเนินการเพื่อส่งเสริม", "คุณธรรมและความโปร่งใสภายในหน่วยงาน"]
    report.heading_lines = ["รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสในหน่วยงาน"]
    report.ita_round = 2568
    report.show_item_code = True
    report.markers = {"numbered": ["dot", "paren", "paren"]}
    report.organization.budget_column = True
    report.measures[0].budget = "12450.50"
    report.measures[1].budget = "ไม่ใช้งบประมาณ"
    report.measures[0].steps = [Item("หนึ่ง", [Item("สอง", [Item("สาม")])])]
    result = render_pdf(report)
    doc = open_pdf(result.pdf)
    cover = page_text(doc, 1)
    assert "คุณธรรมและความโปร่งใสภายในหน่วยงาน" in cover and "O37" in cover
    body = page_text(doc, 2)
    assert "โปร่งใสในหน่วยงาน" in body
    assert "งบประมาณ" in body and "๑๒,๔๕๐.๕๐ บาท" in body and "ไม่ใช้งบประมาณ" in body
    assert "(๑) สาม" in body.replace("\n", " ") or "(๑)สาม" in body.replace("\n", "")
    assert "(ก)" not in body.split("ผู้รับผิดชอบ")[1].split("๒.")[0]
