"""The หน่วยงาน tab's report settings (issue 20): title lines, round, markers,
budget column, the analysis; a measure's budget and follow-up; every change
saved, and undone through the report's one history, named in the Edit menu."""

from itadesk.model import Analysis
from itadesk.storage import Database

from .conftest import close_window


def _stored(path):
    with Database(path, readonly=True) as db:
        return db.load_report(db.organizations()[0].id, 2568)


def test_report_settings_are_edited_saved_and_undone(sample_file, open_window):
    window = open_window(sample_file)
    page = window.org_page
    ui = page.ui
    ui.coverLinesEdit.setPlainText("รายงานผลการดำเนินการเพื่อส่งเสริม\nคุณธรรมและความโปร่งใสภายในหน่วยงาน")
    assert window.report.cover_lines == [
        "รายงานผลการดำเนินการเพื่อส่งเสริม",
        "คุณธรรมและความโปร่งใสภายในหน่วยงาน",
    ]
    assert window.ui.actionUndo.text() == "เลิกทำ: พิมพ์ชื่อรายงานบนหน้าปก"
    ui.numberedMarker3.setCurrentIndex(ui.numberedMarker3.findData("paren"))
    assert window.report.markers == {"numbered": ["dot", "paren", "paren"]}
    ui.budgetColumnCheck.setChecked(True)
    ui.roundCombo.setCurrentIndex(ui.roundCombo.findData(2568))
    ui.showCodeCheck.setChecked(True)
    ui.scoreEdit.setText("๘๕.๕๐")
    ui.scoreEdit.textEdited.emit("๘๕.๕๐")
    ui.weaknessesEdit.setPlainText("๑. การเปิดเผยข้อมูล\nการจัดซื้อจัดจ้าง")
    assert window.report.analysis == Analysis(score="85.50", weaknesses=["การเปิดเผยข้อมูล", "การจัดซื้อจัดจ้าง"])
    assert window.flush()
    stored = _stored(sample_file)
    assert stored.markers == {"numbered": ["dot", "paren", "paren"]}
    assert stored.organization.budget_column and stored.ita_round == 2568 and stored.show_item_code
    assert stored.analysis.weaknesses == ["การเปิดเผยข้อมูล", "การจัดซื้อจัดจ้าง"]

    window.undo()  # the weaknesses
    window.undo()  # the score
    assert window.report.analysis == Analysis()
    assert ui.scoreEdit.text() == ""
    window.undo()  # the item code
    window.undo()  # the round
    window.undo()  # the budget column
    assert not ui.budgetColumnCheck.isChecked()
    window.undo()  # the markers
    assert window.report.markers == {}
    assert ui.numberedMarker3.currentData() == "letter_paren"
    assert window.ui.actionUndo.text() == "เลิกทำ: พิมพ์ชื่อรายงานบนหน้าปก"
    window.redo()
    assert window.report.markers == {"numbered": ["dot", "paren", "paren"]}
    stored = _stored(sample_file)
    assert stored.markers == {"numbered": ["dot", "paren", "paren"]} and not stored.organization.budget_column
    close_window(window)


def test_the_organization_profile_is_undoable(sample_file, open_window):
    window = open_window(sample_file)
    ui = window.org_page.ui
    ui.districtEdit.setText("เมือง")
    ui.districtEdit.textEdited.emit("เมือง")
    ui.compactCheck.setChecked(True)
    assert window.ui.actionUndo.text() == "เลิกทำ: เปลี่ยนการพิมพ์แบบประหยัดกระดาษ"
    window.undo()
    window.undo()
    assert window.report.organization.district == "ขามทะเลสอ" and not window.report.organization.compact
    assert ui.districtEdit.text() == "ขามทะเลสอ"
    assert _stored(sample_file).organization.district == "ขามทะเลสอ"
    close_window(window)


def test_a_measure_budget_and_follow_up(sample_file, open_window):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    page.ui.budgetEdit.setText("12,450.5")
    page.ui.budgetEdit.textEdited.emit("12,450.5")
    page.ui.budgetEdit.editingFinished.emit()
    assert page.measure.budget == "12450.50"
    assert page.ui.budgetEdit.text() == "๑๒,๔๕๐.๕๐"
    page.ui.budgetEdit.setText("สองพัน")
    page.ui.budgetEdit.textEdited.emit("สองพัน")
    assert page.check() and page.measure.budget == "12450.50"
    page.ui.followUpEdit.setText("รายงานทุกไตรมาส")
    page.ui.followUpEdit.edited.emit()
    assert window.ui.actionUndo.text() == "เลิกทำ: พิมพ์การกำกับติดตาม"
    window.ui.findEdit.setText("ไตรมาส")
    assert any(m.field == "follow_up" for m in window._search())
    window.undo()
    assert page.measure.follow_up is None
    close_window(window)
