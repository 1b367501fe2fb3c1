"""Preview, print and export show and produce the same pages."""

import pytest

pytest.importorskip("itadesk.report")
fitz = pytest.importorskip("fitz")

from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from itadesk.ui.printing import suggested_pdf_name  # noqa: E402

from .conftest import wait_until  # noqa: E402


def _pages(path):
    with fitz.open(path) as doc:
        return [(round(p.rect.width), round(p.rect.height)) for p in doc]


def _gray(page, width=336, height=238):
    # The same pixel size for both: the printer's A4 may differ from the PDF's by a fraction of a point.
    matrix = fitz.Matrix(width / page.rect.width, height / page.rect.height)
    pix = page.get_pixmap(matrix=matrix, colorspace=fitz.csGRAY)
    return pix.samples, pix.width, pix.height


def test_preview_export_and_print_agree(sample_file, open_window, tmp_path, qtbot):
    window = open_window(sample_file)

    dialog = window.preview()
    wait_until(lambda: dialog.document is not None)
    preview_pages = dialog.page_count
    assert preview_pages >= 5
    assert "ทั้งหมด" in dialog.ui.statusLabel.text()
    dialog.close()

    exported = tmp_path / suggested_pdf_name(window.report)
    with qtbot.waitSignal(window.pdf.exported, timeout=30000):
        window.export_pdf(exported)
    assert exported.name == "รายงานผล-ITA-2568-เทศบาลตำบลขามทะเลสอ.pdf"
    assert suggested_pdf_name(window.report, "plan") == "มาตรการ-ITA-2568-เทศบาลตำบลขามทะเลสอ.pdf"
    assert len(_pages(exported)) == preview_pages
    assert "บันทึกไฟล์ PDF แล้ว" in window.statusBar().currentMessage()

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(window.pdf.printed, timeout=120000) as printed_pages:
        window.print_report(printer, ask=False)
    assert printed_pages.args == [preview_pages]
    assert _pages(printed) == _pages(exported)  # same count, size and orientation

    with fitz.open(exported) as a, fitz.open(printed) as b:
        for pa, pb in zip(a, b, strict=False):
            (sa, w, h), (sb, w2, h2) = _gray(pa), _gray(pb)
            assert (w, h) == (w2, h2)
            diff = sum(abs(x - y) for x, y in zip(sa, sb, strict=False)) / len(sa)
            assert diff < 6, f"printed page differs from the PDF (mean difference {diff:.1f})"


def test_editing_makes_a_new_pdf(sample_file, open_window):
    window = open_window(sample_file)
    got = []
    window.rendered(got.append)
    wait_until(lambda: got)
    window.rendered(got.append)
    assert got[1] is got[0]  # nothing changed: the same PDF
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    page.ui.titleEdit.setText("ชื่อใหม่")
    page.ui.titleEdit.edited.emit()
    window.rendered(got.append)
    wait_until(lambda: len(got) == 3)
    assert got[2] is not got[0]


def test_a_printer_that_cannot_start_is_explained(sample_file, open_window, tmp_path, answers):
    from itadesk.errors import PrinterError
    from itadesk.ui import printing

    window = open_window(sample_file)
    got = []
    window.rendered(got.append)
    wait_until(lambda: got)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))
    with pytest.raises(PrinterError):
        printing.print_pdf(got[0].pdf, printer)
    window.print_report(printer, ask=False)
    wait_until(lambda: answers.errors)
    assert "เครื่องพิมพ์" in answers.told[-1]


def test_a_pdf_held_open_elsewhere_is_saved_under_another_name(
    sample_file, open_window, tmp_path, qtbot, monkeypatch, answers
):
    """Windows will not replace a PDF that Acrobat or Edge holds open: the
    window says so and offers another name, and leaves no temporary file."""
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from itadesk import fileio

    window = open_window(sample_file)
    held = tmp_path / "report.pdf"
    held.write_bytes(b"%PDF- the old one, open in a reader")
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == held:
            raise PermissionError(13, "The process cannot access the file", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(fileio.os, "replace", replace)
    monkeypatch.setattr(fileio, "REPLACE_PAUSE", 0.01)
    offered = []

    def save_name(parent, title, suggested, pattern):
        offered.append(Path(suggested).name)
        return suggested, pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(window.pdf.exported, timeout=30000) as signal:
        window.export_pdf(held)
    assert offered == ["report (2).pdf"]
    assert signal.args[0] == str(tmp_path / "report (2).pdf")
    assert (tmp_path / "report (2).pdf").read_bytes().startswith(b"%PDF-1")
    assert held.read_bytes() == b"%PDF- the old one, open in a reader"
    assert any("เปิดอยู่ในโปรแกรมอื่น" in text for text in answers.asked)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or p.name.endswith(".tmp")) == [
        "report (2).pdf",
        "report.pdf",
    ]


def test_the_preview_offers_the_plan_and_prints_and_exports_it(sample_file, open_window, tmp_path, qtbot):
    """The preview's choice shows the plan (O36); its print and export
    buttons then print and save the plan, under the plan's own name."""
    window = open_window(sample_file)
    dialog = window.preview()
    wait_until(lambda: dialog.document is not None)
    results_pages = dialog.page_count
    assert dialog.document_kind == "results"
    first = dialog.rendered
    dialog.documentBox.setCurrentIndex(dialog.documentBox.findData("plan"))
    wait_until(lambda: dialog.rendered is not first and dialog.ui.exportButton.isEnabled())
    assert dialog.document_kind == "plan"
    plan_pages = dialog.page_count
    assert 2 <= plan_pages < results_pages
    with fitz.open(stream=dialog.rendered.pdf, filetype="pdf") as doc:
        assert doc.metadata["title"] == "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
        assert doc.get_toc()[0][1] == "การวิเคราะห์ผลการประเมิน ITA"
    plan_pdf = dialog.rendered.pdf
    # back to the results: the PDF kept for this revision is not the plan's
    dialog.documentBox.setCurrentIndex(dialog.documentBox.findData("results"))
    wait_until(lambda: dialog.rendered.pdf != plan_pdf)
    assert dialog.page_count == results_pages
    dialog.documentBox.setCurrentIndex(dialog.documentBox.findData("plan"))
    wait_until(lambda: dialog.rendered.pdf == plan_pdf)
    dialog.close()

    exported = tmp_path / suggested_pdf_name(window.report, "plan")
    with qtbot.waitSignal(window.pdf.exported, timeout=30000) as got:
        window.export_pdf(exported, document="plan")
    assert got.args == [str(exported), plan_pages]
    assert exported.read_bytes() == plan_pdf

    printed = tmp_path / "plan-printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(window.pdf.printed, timeout=120000) as printed_pages:
        window.print_report(printer, ask=False, document="plan")
    assert printed_pages.args == [plan_pages]
