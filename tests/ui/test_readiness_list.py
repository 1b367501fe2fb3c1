"""The readiness list in the window: on demand, before printing (never in
the way), each entry leading to its field."""

from PySide6.QtWidgets import QApplication

from itadesk import readiness
from itadesk.storage import Database

from .conftest import type_text


def test_on_the_sample_copied_to_a_new_year(sample_file, open_window):
    with Database(sample_file) as db:
        db.new_year_from(db.organizations()[0].id, 2568)
    window = open_window(sample_file)
    window.open_report(window.report.organization.id, 2569)
    window.ui.actionCheck.trigger()
    dialog = window._readiness
    assert dialog is not None and dialog.isVisible()
    lines = dialog.lines()
    assert len(lines) == 13
    assert "มาตรการที่ ๕ ชื่อมาตรการ: ยังเขียนปี ๒๕๖๘ ซึ่งเป็นปีก่อน แก้เป็นปี ๒๕๖๙ ถ้าเป็นรายงานของปีนี้" in lines
    assert dialog.ui.summaryLabel.text().startswith("พบ ๑๓ จุด")
    # the old year in measure 5's title: go there, fix it, check again
    row = next(i for i, f in enumerate(dialog.findings) if f.kind == readiness.OLD_YEAR_IN_TITLE)
    dialog.ui.findingsList.setCurrentRow(row)
    dialog.ui.goButton.click()
    assert window.ui.tabs.currentIndex() == 5
    page = window.page_at(5)
    assert window.focusWidget() is page.ui.titleEdit
    new_title = page.ui.titleEdit.text().replace("๒๕๖๘", "๒๕๖๙")
    page.ui.titleEdit.selectAll()
    type_text(page.ui.titleEdit, new_title)  # typed, not yet saved: the check saves first
    dialog.ui.recheckButton.click()
    assert len(dialog.lines()) == 12
    # an empty results list: the cursor goes to its first row
    row = next(i for i, f in enumerate(dialog.findings) if f.path == "measures[1].results")
    dialog.ui.findingsList.setCurrentRow(row)
    dialog.ui.goButton.click()
    assert window.ui.tabs.currentIndex() == 2
    assert window.focusWidget() is window.page_at(2).ui.resultsEditor.row_edits()[0]
    # no signatories: the หน่วยงาน tab
    window.go_to(next(f for f in dialog.findings if f.kind == readiness.NO_SIGNATORIES))
    assert window.ui.tabs.currentIndex() == 0
    assert window.focusWidget() is window.org_page.ui.addSignatoryButton


def test_before_printing_and_never_in_the_way(sample_file, open_window, tmp_path, qtbot):
    window = open_window(sample_file)
    target = tmp_path / "r.pdf"
    with qtbot.waitSignal(window.pdf.exported, timeout=30000):
        window.export_pdf(target)  # the list was shown; the test went on
    assert target.exists()
    shown = window.dialogs.readiness_lists
    assert shown == [
        [
            "ผู้ลงนาม (แท็บหน่วยงาน): ยังไม่มีผู้ลงนาม ถ้ารายงานต้องมีผู้รายงานหรือผู้อนุมัติลงนาม ให้เพิ่มในแท็บหน่วยงาน",
            "มาตรการที่ ๔ ระยะเวลา: วันสิ้นสุด ๓๐ ต.ค. ๒๕๖๘ อยู่นอกปีงบประมาณ ๒๕๖๘ "
            "(๑ ต.ค. ๒๕๖๗ – ๓๐ ก.ย. ๒๕๖๘) ตรวจสอบวันที่อีกครั้ง",
        ]
    ]
    # the clerk chose an entry instead: nothing is written, the field is shown
    window.dialogs.readiness_answer = readiness.check(window.report)[1]
    other = tmp_path / "s.pdf"
    window.export_pdf(other)
    assert not other.exists()
    assert window.ui.tabs.currentIndex() == 4
    assert window.focusWidget() is window.page_at(4).ui.endEdit.line


def test_the_real_dialog_goes_on_or_goes_back(sample_file, open_window, qtbot):
    from PySide6.QtCore import QTimer

    from itadesk.ui.dialogs import Dialogs
    from itadesk.ui.readiness_dialog import ReadinessDialog

    window = open_window(sample_file)
    findings = readiness.check(window.report)

    def click(button_name):
        def go():
            dialog = next(
                w for w in QApplication.topLevelWidgets() if isinstance(w, ReadinessDialog) and w.isVisible()
            )
            assert dialog.ui.proceedButton.text() == "พิมพ์ต่อไป"
            getattr(dialog.ui, button_name).click()

        QTimer.singleShot(50, go)

    click("proceedButton")
    assert Dialogs().readiness(window, findings, "thai", "พิมพ์ต่อไป") is True
    click("closeButton")
    assert Dialogs().readiness(window, findings, "thai", "พิมพ์ต่อไป") is False
    click("goButton")
    assert Dialogs().readiness(window, findings, "thai", "พิมพ์ต่อไป") == findings[0]
