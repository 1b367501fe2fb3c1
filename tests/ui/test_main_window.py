"""The main window on real database files: measures, years, files, errors."""

import datetime as dt
import json

from itadesk.storage import Database

from .conftest import close_window


def _titles(window):
    return [m.title for m in window.report.measures]


def test_opens_on_the_sample_with_one_tab_per_measure(sample_file, open_window):
    window = open_window(sample_file)
    tabs = window.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "หน่วยงาน",
        "มาตรการที่ ๑",
        "มาตรการที่ ๒",
        "มาตรการที่ ๓",
        "มาตรการที่ ๔",
        "มาตรการที่ ๕",
    ]
    assert tabs.tabToolTip(5).startswith("กิจกรรมการประกาศเจตนารมณ์นโยบาย No Gift Policy")
    assert window.ui.orgCombo.currentText() == "เทศบาลตำบลขามทะเลสอ"
    assert window.ui.yearCombo.currentText() == "๒๕๖๘"
    # Measure pages are built when first shown.
    assert window.built_measure_pages() == []
    tabs.setCurrentIndex(2)
    assert len(window.built_measure_pages()) == 1


def test_add_reorder_delete_and_undo(sample_file, open_window, answers):
    window = open_window(sample_file)
    before = _titles(window)
    window.ui.actionAddMeasure.trigger()
    assert len(window.report.measures) == 6 and window.ui.tabs.currentIndex() == 6
    page = window.page_at(6)
    page.ui.titleEdit.setText("มาตรการใหม่")
    page.ui.titleEdit.edited.emit()

    window.ui.actionMoveLeft.trigger()
    assert _titles(window) == before[:4] + ["มาตรการใหม่", before[4]]
    assert window.ui.tabs.currentIndex() == 5
    page = window.page_at(5)
    page.ui.moveLeftButton.click()
    assert _titles(window)[3] == "มาตรการใหม่"

    window.ui.tabs.setCurrentIndex(1)
    answers.ask = False
    window.ui.actionDelete.trigger()
    assert len(window.report.measures) == 6  # said no
    answers.ask = True
    window.ui.actionDelete.trigger()
    assert "ลบมาตรการที่ ๑" in answers.asked[-1]
    assert _titles(window)[0] == before[1]
    assert not window.ui.noticeBar.isHidden() and window.ui.actionUndoDelete.isEnabled()
    window.ui.noticeAction.click()  # เลิกลบ
    assert _titles(window)[0] == before[0]
    assert window.report.measures[0].steps  # all of it came back
    assert window.ui.noticeBar.isHidden()

    window.ui.tabs.setCurrentIndex(2)
    window.ui.actionDuplicate.trigger()
    assert _titles(window)[1:3] == [before[1], before[1]]
    close_window(window)
    with Database(sample_file) as db:
        titles = [m.title for m in db.load_report(db.organizations()[0].id, 2568).measures]
    assert titles == [before[0], before[1], before[1], before[2], "มาตรการใหม่", before[3], before[4]]


def test_add_from_catalog(sample_file, open_window):
    from itadesk.catalog import load_catalog

    window = open_window(sample_file)
    entries = load_catalog()[:2]
    window.add_catalog_entries(entries)
    assert _titles(window)[-2:] == [e.title for e in entries]
    assert window.ui.tabs.currentIndex() == 6
    assert "เพิ่มมาตรการจากรายการที่ใช้บ่อยแล้ว ๒ มาตรการ" in window.ui.noticeLabel.text()


def test_new_fiscal_year_from_the_previous_one(sample_file, open_window):
    window = open_window(sample_file)
    window.start_year(2569, 2568)
    assert window.report.fiscal_year_be == 2569
    assert window.ui.yearCombo.currentText() == "๒๕๖๙"
    assert [window.ui.yearCombo.itemText(i) for i in range(2)] == ["๒๕๖๙", "๒๕๖๘"]
    m = window.report.measures[1]
    assert m.title.startswith("กิจกรรมสร้างความรู้ความเข้าใจ")
    assert m.steps and not m.results and not m.outcomes
    assert m.target_count is None and m.participant_count is None
    assert m.period_start == dt.date(2026, 1, 1)
    assert m.list_styles == {"results": "bulleted"}
    assert window.ui.tabs.currentIndex() == 1
    window.ui.yearCombo.setCurrentIndex(1)
    window.ui.yearCombo.activated.emit(1)
    assert window.report.fiscal_year_be == 2568 and window.report.measures[1].results


def test_arabic_digits_everywhere_the_app_writes(sample_file, open_window):
    window = open_window(sample_file)
    window.org_page.ui.arabicDigitsRadio.click()
    assert window.ui.tabs.tabText(1) == "มาตรการที่ 1"
    assert window.ui.yearCombo.currentText() == "2568"
    window.ui.tabs.setCurrentIndex(2)
    page = window.page_at(2)
    assert page.ui.percentLabel.text().endswith("ร้อยละ 85.71")
    assert page.ui.startEdit.text() == "1 มกราคม 2568"


def _huge_png(width: int, height: int) -> bytes:
    from tests.test_images import _huge_png as make

    return make(width, height)


def test_organization_tab_saves_profile_and_report_settings(sample_file, open_window, tmp_path):
    from PySide6.QtGui import QColor, QImage

    window = open_window(sample_file)
    org_ui = window.org_page.ui
    org_ui.provinceEdit.setText("นครราชสีมา ")
    org_ui.provinceEdit.textEdited.emit("นครราชสีมา ")
    image = QImage(2000, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    logo = tmp_path / "logo.png"
    image.save(str(logo))
    assert window.org_page.load_logo_file(logo)
    assert not window.org_page.load_logo_file(tmp_path / "ui.ini")
    huge = tmp_path / "huge.png"  # 12,000 x 12,000 declared: refused before Qt decodes it
    huge.write_bytes(_huge_png(12000, 12000))
    assert not window.org_page.load_logo_file(huge)
    assert window.org_page.org.logo is not None and window.org_page.org.logo != huge.read_bytes()
    window.org_page.add_signatory()
    table = org_ui.signatoriesTable
    table.item(0, 1).setText("นายสมชาย ใจดี")
    table.item(0, 2).setText("ปลัดเทศบาล")
    org_ui.titleEdit.setText("รายงานผลการดำเนินการ ITA")
    org_ui.titleEdit.edited.emit()
    close_window(window)
    with Database(sample_file) as db:
        org = db.organizations()[0]
        report = db.load_report(org.id, 2568)
    saved = QImage.fromData(org.logo)
    assert (saved.width(), saved.height()) == (1200, 600)
    assert report.title == "รายงานผลการดำเนินการ ITA"
    assert [(s.role, s.name, s.position) for s in report.signatories] == [
        ("ผู้รายงาน", "นายสมชาย ใจดี", "ปลัดเทศบาล")
    ]


def test_a_font_without_thai_is_refused(sample_file, open_window, tmp_path):
    window = open_window(sample_file)
    not_a_font = tmp_path / "x.ttf"
    not_a_font.write_bytes(b"nothing")
    assert not window.org_page.set_font_path(str(not_a_font))
    assert "แบบอักษร" in window.org_page.ui.fontName.text()
    assert window.report.organization.font_path is None


def test_export_and_import_exchange_file(sample_file, open_window, tmp_path, answers):
    window = open_window(sample_file)
    out = tmp_path / "out.json"
    window.export_exchange(out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "itadesk-report" and len(doc["measures"]) == 5
    doc["fiscal_year_be"] = 2567
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    window.import_exchange(out)
    assert window.report.fiscal_year_be == 2567
    assert [window.ui.yearCombo.itemText(i) for i in range(2)] == ["๒๕๖๘", "๒๕๖๗"]


def test_second_copy_on_the_same_database_is_told(sample_file, open_window, answers, monkeypatch):
    from itadesk.ui import app as app_module

    window = open_window(sample_file)
    monkeypatch.setattr(app_module, "_wake_other", lambda path: True)
    code = app_module.run(sample_file)
    assert code == 1
    assert "กำลังถูกใช้งานโดย ITA Desk อีกหน้าต่างหนึ่ง" in answers.told[-1]
    assert window.isVisible()


def test_second_copy_wakes_the_first(sample_file, open_window, qtbot):
    from itadesk.ui import app as app_module

    window = open_window(sample_file)
    server = app_module.listen_for_others(window, sample_file)
    assert server is not None
    window.showMinimized()
    assert app_module._wake_other(sample_file)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)


def test_database_that_vanished_loses_nothing(sample_file, open_window, answers, tmp_path, monkeypatch):
    from itadesk import places

    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    sample_file.rename(tmp_path / "moved.db")  # the USB stick is pulled out
    page.ui.titleEdit.setText("แก้ชื่อหลังถอดแฟลชไดรฟ์")
    page.ui.titleEdit.edited.emit()
    assert not window.flush()
    assert "ไม่พบฐานข้อมูล" in answers.told[-1]
    assert window.saved_label.text().startswith("ยังไม่ได้บันทึก")
    assert page.ui.titleEdit.text() == "แก้ชื่อหลังถอดแฟลชไดรฟ์"  # still on screen
    # A second failure does not pile up message boxes.
    assert not window.flush()
    assert len(answers.errors) == 1
    # Closing offers to keep the report in an exchange file.
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(places, "documents_folder", lambda: docs)
    window.close()
    assert not window.isVisible()
    (rescued,) = docs.glob("*.json")
    doc = json.loads(rescued.read_text(encoding="utf-8"))
    assert doc["measures"][0]["title"] == "แก้ชื่อหลังถอดแฟลชไดรฟ์"


def test_read_only_database_location_is_explained(sample_file, app, answers, monkeypatch):
    import os

    from itadesk.ui import app as app_module

    if os.geteuid() == 0:
        # root writes anywhere: make the lock file impossible to open instead
        from itadesk.storage import lock_path

        lock = lock_path(sample_file)
        if lock.exists():
            lock.unlink()
        lock.mkdir()
    else:
        sample_file.parent.chmod(0o555)
    try:
        assert app_module.run(sample_file) == 1
    finally:
        sample_file.parent.chmod(0o755)
    assert "อ่านอย่างเดียว" in answers.told[-1]


def test_keyboard_shortcuts_and_tab_order(sample_file, open_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    window = open_window(sample_file)
    ui = window.ui
    assert ui.actionAddMeasure.shortcut() == QKeySequence("Ctrl+N")
    assert ui.actionPrint.shortcut() == QKeySequence("Ctrl+P")
    assert ui.actionExportPdf.shortcut() == QKeySequence("Ctrl+E")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    ui.orgCombo.setFocus()
    qtbot.keyClick(ui.orgCombo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(window.report.measures) == 6 and ui.tabs.currentIndex() == 6

    ui.tabs.setCurrentIndex(2)
    page = window.page_at(2)
    qtbot.wait(50)
    pui = page.ui
    expected = [
        pui.titleEdit,
        *pui.unitPicker.focus_order(),
        pui.startEdit.line,
        pui.endEdit.line,
        pui.targetEdit,
        pui.participantEdit,
        pui.sentenceButton,
        pui.stepsEditor.style_combo,
        *pui.stepsEditor.row_edits(),
        pui.resultsEditor.style_combo,
        *pui.resultsEditor.row_edits(),
    ]
    seen, widget = [], pui.titleEdit
    while len(seen) < len(expected):
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(window):
            widget = widget.nextInFocusChain()
    assert seen == expected


def test_printing_with_a_problem_asks_and_can_go_back(sample_file, open_window, answers):
    window = open_window(sample_file)
    window.add_measure()  # a measure without a title, not yet filled
    window.ui.tabs.setCurrentIndex(0)
    answers.ask = False
    assert not window._problems_before_printing()
    assert "มาตรการที่ ๖" in answers.asked[-1] and "ยังไม่ได้ใส่ชื่อมาตรการ" in answers.asked[-1]
    assert window.ui.tabs.currentIndex() == 6
    answers.ask = True
    assert window._problems_before_printing()


def test_start_on_a_missing_folder_or_a_file_that_is_not_a_database(app, tmp_path, answers):
    from itadesk.ui import app as app_module

    assert app_module.run(tmp_path / "gone" / "itadesk.db") == 1
    assert "ไม่พบฐานข้อมูล" in answers.told[-1]
    not_db = tmp_path / "notes.db"
    not_db.write_text("นี่ไม่ใช่ฐานข้อมูล", encoding="utf-8")
    assert app_module.run(not_db) == 1
    assert "ไม่ใช่ฐานข้อมูลของ ITA Desk" in answers.told[-1]
    assert not_db.read_text(encoding="utf-8") == "นี่ไม่ใช่ฐานข้อมูล"  # left as it was


def test_without_qtnetwork_the_window_still_starts(sample_file, open_window, monkeypatch):
    import sys

    from itadesk.ui import app as app_module

    monkeypatch.setitem(sys.modules, "PySide6.QtNetwork", None)  # as in a build that left it out
    window = open_window(sample_file)
    assert app_module.listen_for_others(window, sample_file) is None
    assert app_module._wake_other(sample_file) is False


def test_closing_keeps_what_is_still_being_typed(sample_file, open_window, qtbot):
    """A date not yet confirmed and a signatory cell still open are saved on
    closing: closing does not move the focus out of them by itself."""
    from PySide6.QtWidgets import QApplication

    from .conftest import type_text

    window = open_window(sample_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.org_page.add_signatory()
    cell = QApplication.focusWidget()
    assert cell is not window.org_page.ui.signatoriesTable  # the cell's own editor is open
    type_text(cell, "นายสมชาย ใจดี")
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    page.ui.startEdit.line.clear()
    type_text(page.ui.startEdit.line, "1/2/2568")  # no Enter, no Tab
    close_window(window)
    with Database(sample_file) as db:
        report = db.load_report(db.organizations()[0].id, 2568)
    assert [s.name for s in report.signatories] == ["นายสมชาย ใจดี"]
    assert report.measures[0].period_start == dt.date(2025, 2, 1)


def test_another_year_chosen_while_saving_fails_shows_the_open_year(sample_file, open_window, tmp_path):
    with Database(sample_file) as db:
        db.create_report(db.organizations()[0].id, 2567)
    window = open_window(sample_file)
    assert window.ui.yearCombo.currentText() == "๒๕๖๘"
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    sample_file.rename(tmp_path / "moved.db")  # the USB stick is pulled out
    page.ui.titleEdit.setText("แก้ชื่อหลังถอดแฟลชไดรฟ์")
    page.ui.titleEdit.edited.emit()
    window.ui.yearCombo.setCurrentIndex(1)
    window.ui.yearCombo.activated.emit(1)
    assert window.report.fiscal_year_be == 2568
    assert window.ui.yearCombo.currentText() == "๒๕๖๘"  # not the year that did not open
    assert page.ui.titleEdit.text() == "แก้ชื่อหลังถอดแฟลชไดรฟ์"
    (tmp_path / "moved.db").rename(sample_file)


def test_a_database_on_a_usb_stick_is_pointed_out(sample_file, open_window, monkeypatch):
    from itadesk import drives

    monkeypatch.setattr(drives, "is_unsafe_location", lambda path: "removable")
    window = open_window(sample_file)
    assert not window.ui.noticeBar.isHidden()
    text = window.ui.noticeLabel.text()
    assert "แฟลชไดรฟ์" in text and "แฟ้ม > สำรองข้อมูล…" in text and "itadesk" not in text


def test_a_database_on_the_local_disk_gets_no_warning(sample_file, open_window):
    window = open_window(sample_file)
    assert "แฟลชไดรฟ์" not in window.ui.noticeLabel.text()


def test_compact_printing_is_a_saved_printing_option(sample_file, open_window):
    window = open_window(sample_file)
    check = window.org_page.ui.compactCheck
    assert not check.isChecked() and not window.report.organization.compact
    check.click()
    assert window.report.organization.compact
    close_window(window)
    with Database(sample_file) as db:
        assert db.organizations()[0].compact
    window = open_window(sample_file)
    assert window.org_page.ui.compactCheck.isChecked()


def test_an_untitled_measure_stops_the_export_but_not_the_rescue(
    sample_file, open_window, answers, tmp_path, monkeypatch
):
    """The import would refuse a measure without a title, so the export says
    which one and writes nothing; a rescue when the database is gone still
    keeps everything, title or not."""
    from itadesk import places

    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(2)
    page = window.page_at(2)
    page.ui.titleEdit.setText("")
    page.ui.titleEdit.edited.emit()
    answers.ask = True  # go on past "a measure has no title"
    out = tmp_path / "out.json"
    window.export_exchange(out)
    assert not out.exists()
    assert "ยังส่งออกไฟล์รายงานไม่ได้" in answers.told[-1] and "มาตรการที่ ๒" in answers.told[-1]

    sample_file.rename(tmp_path / "moved.db")
    window.ui.tabs.setCurrentIndex(1)
    first = window.page_at(1)
    first.ui.titleEdit.setText("แก้ชื่อหลังถอดแฟลชไดรฟ์")
    first.ui.titleEdit.edited.emit()
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(places, "documents_folder", lambda: docs)
    window.close()
    (rescued,) = docs.glob("*.json")
    doc = json.loads(rescued.read_text(encoding="utf-8"))
    assert [m["title"] for m in doc["measures"][:2]] == ["แก้ชื่อหลังถอดแฟลชไดรฟ์", ""]
