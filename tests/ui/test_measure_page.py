"""Filling a measure through its widgets, and finding it all after reopening."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from itadesk.model import Organization
from itadesk.storage import Database

from .conftest import close_window, press, type_text


@pytest.fixture
def empty_year(db_path):
    """A database with one organization and an empty report for 2568."""
    with Database(db_path) as db:
        org = db.save_organization(
            Organization("เทศบาลตำบลทดสอบ", "เทศบาลตำบล", "เมือง", "ขอนแก่น", ["สำนักปลัด", "กองคลัง", "กองช่าง"])
        )
        db.create_report(org.id, 2568)
    return db_path


def test_fill_a_measure_close_and_reopen(empty_year, open_window, qtbot):
    window = open_window(empty_year)
    page = window.add_measure()
    ui = page.ui
    assert window.ui.tabs.tabText(1) == "มาตรการที่ ๑"

    type_text(ui.titleEdit, "กิจกรรมประกาศเจตนารมณ์ No Gift Policy")
    assert window.ui.tabs.tabToolTip(1) == "กิจกรรมประกาศเจตนารมณ์ No Gift Policy"
    boxes = ui.unitPicker._boxes
    boxes["กองคลัง"].click()
    boxes["สำนักปลัด"].click()
    type_text(ui.unitPicker.new_unit, "งานการเจ้าหน้าที่")
    ui.unitPicker.add_button.click()

    type_text(ui.startEdit.line, "1/2/2568")
    press(ui.startEdit.line, Qt.Key.Key_Tab)
    ui.startEdit.line.editingFinished.emit()
    type_text(ui.endEdit.line, "๓๐ ก.ย. ๖๘")
    ui.endEdit.line.editingFinished.emit()
    assert ui.startEdit.text() == "๑ กุมภาพันธ์ ๒๕๖๘"
    assert ui.endEdit.text() == "๓๐ กันยายน ๒๕๖๘"

    type_text(ui.targetEdit, "๗๐")
    type_text(ui.participantEdit, "60")
    assert ui.percentLabel.text().endswith("ร้อยละ ๘๕.๗๑")

    steps = ui.stepsEditor
    type_text(steps.row_edits()[0], "นายกเทศมนตรีลงนามประกาศ")
    press(steps.row_edits()[0], Qt.Key.Key_Return)
    type_text(steps.row_edits()[1], "จัดกิจกรรมประกาศเจตนารมณ์")
    press(steps.row_edits()[1], Qt.Key.Key_Return)
    type_text(steps.row_edits()[2], "ผู้บริหาร")
    press(steps.row_edits()[2], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    press(steps.row_edits()[2], Qt.Key.Key_Return)
    type_text(steps.row_edits()[3], "พนักงาน")
    assert steps.markers() == ["๑.", "๒.", "(๑)", "(๒)"]

    ui.sentenceButton.click()
    results = ui.resultsEditor
    assert results.texts() == ["ผู้เข้าร่วมกิจกรรม ๖๐ คน จากกลุ่มเป้าหมาย ๗๐ คน คิดเป็นร้อยละ ๘๕.๗๑"]
    results.style_combo.setCurrentIndex(results.style_combo.findData("bulleted"))
    assert results.markers() == ["-"]
    type_text(ui.outcomesEditor.row_edits()[0], "บุคลากรไม่รับของขวัญ")

    close_window(window)  # closing saves what is still pending

    with Database(empty_year) as db:
        org = db.organizations()[0]
        assert "งานการเจ้าหน้าที่" in org.units
        (m,) = db.load_report(org.id, 2568).measures
    assert m.title == "กิจกรรมประกาศเจตนารมณ์ No Gift Policy"
    assert m.responsible_units == ["กองคลัง", "สำนักปลัด", "งานการเจ้าหน้าที่"]
    assert (m.period_start, m.period_end) == (dt.date(2025, 2, 1), dt.date(2025, 9, 30))
    assert (m.target_count, m.participant_count) == (70, 60)
    assert [i.text for i in m.steps] == ["นายกเทศมนตรีลงนามประกาศ", "จัดกิจกรรมประกาศเจตนารมณ์"]
    assert [i.text for i in m.steps[1].items] == ["ผู้บริหาร", "พนักงาน"]
    assert m.list_styles == {"results": "bulleted"}
    assert [i.text for i in m.outcomes] == ["บุคลากรไม่รับของขวัญ"]

    window = open_window(empty_year)
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    assert page.ui.titleEdit.text() == m.title
    assert page.ui.stepsEditor.markers() == ["๑.", "๒.", "(๑)", "(๒)"]
    assert page.ui.targetEdit.text() == "๗๐" and page.ui.participantEdit.text() == "๖๐"
    assert page.ui.percentLabel.text().endswith("ร้อยละ ๘๕.๗๑")
    assert page.ui.startEdit.text() == "๑ กุมภาพันธ์ ๒๕๖๘"


def test_autosave_within_a_second(empty_year, open_window, qtbot):
    window = open_window(empty_year)
    page = window.add_measure()
    type_text(page.ui.titleEdit, "มาตรการป้องกันการรับสินบน")
    assert window.saved_label.text() == "กำลังบันทึก…"
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("บันทึกอัตโนมัติแล้ว"), timeout=1000)
    # Another connection sees it on disk already.
    import sqlite3

    conn = sqlite3.connect(empty_year)
    titles = [r[0] for r in conn.execute("SELECT title FROM measures")]
    conn.close()
    assert titles == ["มาตรการป้องกันการรับสินบน"]


def test_impossible_and_refused_dates(empty_year, open_window):
    window = open_window(empty_year)
    page = window.add_measure()
    ui = page.ui
    type_text(ui.titleEdit, "มาตรการทดสอบวันที่")
    type_text(ui.startEdit.line, "30/2/2568")
    ui.startEdit.line.editingFinished.emit()
    assert ui.periodMessage.text() == "ไม่มีวันที่ ๓๐ กุมภาพันธ์ ๒๕๖๘ ในปฏิทิน ตรวจสอบวันที่อีกครั้ง"
    assert page.measure.period_start is None
    assert page.check()

    ui.startEdit.line.clear()
    type_text(ui.startEdit.line, "1 มี.ค. 2568")
    ui.startEdit.line.editingFinished.emit()
    assert page.measure.period_start == dt.date(2025, 3, 1)
    assert ui.periodMessage.text() == ""

    type_text(ui.endEdit.line, "1/1/2568")
    ui.endEdit.line.editingFinished.emit()
    assert "วันสิ้นสุดอยู่ก่อนวันเริ่มต้น" in ui.periodMessage.text()
    assert page.measure.period_end is None  # refused: not stored
    assert page.check() == [ui.periodMessage.text()]

    ui.endEdit.line.clear()
    type_text(ui.endEdit.line, "30 ต.ค. 2568")
    ui.endEdit.line.editingFinished.emit()
    assert page.measure.period_end == dt.date(2025, 10, 30)  # stored, but warned about
    assert "นอกปีงบประมาณ ๒๕๖๘" in ui.periodMessage.text()
    assert page.check() == []  # a warning, not a problem


def test_calendar_shows_buddhist_era(empty_year, open_window, qtbot):
    window = open_window(empty_year)
    page = window.add_measure()
    edit = page.ui.startEdit
    edit.open_calendar()
    popup = edit._popup
    assert popup.year.text() == "พ.ศ. ๒๕๖๗"  # opens at the fiscal year's first month, October 2567
    assert popup.month.currentText() == "ตุลาคม"
    popup.calendar.clicked.emit(popup.calendar.selectedDate().addDays(4))
    assert edit.date() == dt.date(2024, 10, 5)
    assert edit.text() == "๕ ตุลาคม ๒๕๖๗"
    # Each click on ปฏิทิน makes a new calendar: the one picked from goes away.
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QFrame

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert [w for w in edit.findChildren(QFrame) if w.windowFlags() & Qt.WindowType.Popup] == []


def test_counts_validation_percentage_and_mismatch(empty_year, open_window):
    window = open_window(empty_year)
    page = window.add_measure()
    ui = page.ui
    type_text(ui.targetEdit, "๕๐")
    ui.participantEdit.setText("สี่สิบห้า")
    ui.participantEdit.textEdited.emit("สี่สิบห้า")
    assert "ตัวเลข" in ui.countsMessage.text()
    assert page.measure.participant_count is None
    ui.participantEdit.clear()
    type_text(ui.participantEdit, "๔๕")
    assert page.measure.participant_count == 45
    assert ui.percentLabel.text() == "คิดเป็น\nร้อยละ ๙๐"
    assert ui.countsMessage.text() == ""
    type_text(ui.resultsEditor.row_edits()[0], "มีผู้เข้าร่วม คิดเป็นร้อยละ ๘๕")
    assert "ร้อยละ ๘๕" in ui.countsMessage.text() and "ร้อยละ ๙๐" in ui.countsMessage.text()
    ui.sentenceButton.click()
    assert ui.resultsEditor.texts() == [
        "มีผู้เข้าร่วม คิดเป็นร้อยละ ๘๕",
        "ผู้เข้าร่วมกิจกรรม ๔๕ คน จากกลุ่มเป้าหมาย ๕๐ คน คิดเป็นร้อยละ ๙๐",
    ]
    ui.participantEdit.clear()
    type_text(ui.participantEdit, "60")
    # The results still say ร้อยละ ๘๕: that mismatch is named before "more than the target".
    assert "ร้อยละ ๘๕" in ui.countsMessage.text() and "ร้อยละ ๑๒๐" in ui.countsMessage.text()
    ui.resultsEditor.row_edits()[0].setText("มีผู้เข้าร่วมมาก")
    ui.resultsEditor.changed.emit()
    ui.sentenceButton.click()
    assert "มากกว่ากลุ่มเป้าหมาย" in ui.countsMessage.text()
    assert ui.percentLabel.text().endswith("ร้อยละ ๑๒๐")


def test_list_editor_moves_indents_and_removes(empty_year, open_window):
    from itadesk.model import Item

    window = open_window(empty_year)
    page = window.add_measure()
    steps = page.ui.stepsEditor
    steps.set_items([Item("ก", [Item("ก๑"), Item("ก๒")]), Item("ข"), Item("ค")])
    assert steps.markers() == ["๑.", "(๑)", "(๒)", "๒.", "๓."]
    steps.focus_row(3)  # ข
    steps.move_current(-1)  # above ก with its sub-items
    assert steps.texts() == ["ข", "ก", "ก๑", "ก๒", "ค"]
    steps.focus_row(1)
    steps.move_current(1)  # ก (with its sub-items) below ค
    assert steps.texts() == ["ข", "ค", "ก", "ก๑", "ก๒"]
    steps.focus_row(1)
    steps.indent_current(1)
    assert steps.levels() == [1, 2, 1, 2, 2]
    steps.focus_row(3)
    steps.indent_current(-1)
    assert steps.levels() == [1, 2, 1, 1, 2]
    steps.focus_row(0)
    steps.remove_current()
    assert steps.texts() == ["ค", "ก", "ก๑", "ก๒"] and steps.levels() == [1, 1, 1, 2]
    items = steps.items()
    assert [i.text for i in items] == ["ค", "ก", "ก๑"] and [i.text for i in items[2].items] == ["ก๒"]
    steps.style_combo.setCurrentIndex(steps.style_combo.findData("plain"))
    assert steps.markers() == ["", "", "", "๑."]


def test_paste_is_cleaned_and_split_into_items(empty_year, open_window):
    window = open_window(empty_year)
    page = window.add_measure()
    steps = page.ui.stepsEditor
    steps.row_edits()[0].paste_text("1.\tประชุม\u200bชี้แจง\n2.\tจัดทํา\u00a0คู่มือ\n3.\tสรุปผล")
    assert steps.texts() == ["ประชุมชี้แจง", "จัดทำ คู่มือ", "สรุปผล"]
    notice = window.ui.noticeLabel.text()
    assert "วางเป็น ๓ ข้อ" in notice and "อักขระที่มองไม่เห็น" in notice and "เลขข้อ" in notice
    assert not window.ui.noticeBar.isHidden()
    page.ui.titleEdit.paste_text("๑. มาตรการ\u00adป้องกัน")
    assert page.ui.titleEdit.text() == "มาตรการป้องกัน"


def test_very_long_paste_is_confirmed(empty_year, open_window, answers):
    window = open_window(empty_year)
    page = window.add_measure()
    edit = page.ui.resultsEditor.row_edits()[0]
    text = "ก" * 100_000
    answers.ask = False
    edit.paste_text(text)
    assert edit.text() == "" and "๑๐๐,๐๐๐ ตัวอักษร" in answers.asked[-1]
    answers.ask = True
    edit.paste_text(text)
    assert len(edit.text()) == 100_000
    assert window.flush()
    report = window.db.load_report(window.report.organization.id, 2568)
    assert len(report.measures[0].results[0].text) == 100_000


def test_units_added_on_the_spot_reach_the_organization_tab(empty_year, open_window):
    window = open_window(empty_year)
    page = window.add_measure()
    type_text(page.ui.unitPicker.new_unit, "กองสวัสดิการสังคม")
    page.ui.unitPicker.add_button.click()
    assert window.org_page.ui.unitsEditor.units()[-1] == "กองสวัสดิการสังคม"
    assert page.measure.responsible_units == ["กองสวัสดิการสังคม"]


def test_stated_percentage_parsing_is_numeric():
    from itadesk import thaifmt

    assert thaifmt.stated_percentages("คิดเป็นร้อยละ ๙๐.๐๐") == [Decimal("90.00")]
    assert Decimal("90.00") == thaifmt.percentage(45, 50)


def test_a_number_typed_before_an_item_is_taken_off_when_leaving_it(empty_year, open_window):
    window = open_window(empty_year)
    page = window.add_measure()
    steps = page.ui.stepsEditor
    type_text(page.ui.titleEdit, "๑. กิจกรรมประกาศเจตนารมณ์")
    type_text(steps.row_edits()[0], "1. ประชุมชี้แจงเจ้าหน้าที่")
    assert page.ui.titleEdit.text() == "กิจกรรมประกาศเจตนารมณ์"  # left when the step got the focus
    press(steps.row_edits()[0], Qt.Key.Key_Return)
    type_text(steps.row_edits()[1], "- จัดกิจกรรม")
    type_text(page.ui.targetEdit, "50")
    assert steps.texts() == ["ประชุมชี้แจงเจ้าหน้าที่", "จัดกิจกรรม"]
    assert "เลขข้อ" in window.ui.noticeLabel.text()
    window.flush()
    assert [i.text for i in page.measure.steps] == ["ประชุมชี้แจงเจ้าหน้าที่", "จัดกิจกรรม"]
    assert page.measure.title == "กิจกรรมประกาศเจตนารมณ์"
    # a number that is content stays: a year, an amount
    type_text(steps.row_edits()[1], "")
    type_text(page.ui.outcomesEditor.row_edits()[0], "2568 มีผู้เข้าร่วมครบ")
    type_text(page.ui.targetEdit, "")
    assert page.ui.outcomesEditor.texts() == ["2568 มีผู้เข้าร่วมครบ"]


def test_a_unit_added_on_one_measure_is_offered_on_the_others(sample_file, open_window):
    window = open_window(sample_file)
    first, second = window.page_at(1), window.page_at(2)
    type_text(first.ui.unitPicker.new_unit, "งานการเจ้าหน้าที่")
    first.ui.unitPicker.add_button.click()
    assert "งานการเจ้าหน้าที่" in window.report.organization.units
    assert first.measure.responsible_units[-1] == "งานการเจ้าหน้าที่"
    assert first.ui.unitPicker._boxes["งานการเจ้าหน้าที่"].isChecked()
    assert "งานการเจ้าหน้าที่" in second.ui.unitPicker._boxes  # offered, not ticked
    assert "งานการเจ้าหน้าที่" not in second.measure.responsible_units
    close_window(window)
    with Database(sample_file) as db:
        org = db.organizations()[0]
        report = db.load_report(org.id, 2568)
    assert "งานการเจ้าหน้าที่" in org.units
    assert report.measures[0].responsible_units[-1] == "งานการเจ้าหน้าที่"
