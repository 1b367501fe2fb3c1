"""Find across every measure (Ctrl+F, F3), zoom of the editors (remembered)
and the help page (F1)."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from itadesk.ui.find import Match, find_all, measure_texts
from itadesk.ui.widgets.thai_breaks import unmarked

from .conftest import close_window, press, type_text


def test_find_all_in_the_stored_report(sample_report):
    texts = [t for i, m in enumerate(sample_report.measures) for t in measure_texts(i, m)]
    found = find_all(texts, "e-service")  # Latin letters: any case
    assert {m.measure for m in found} == {2}
    assert found[0] == Match(2, "title", 0, found[0].start, 9)
    units = find_all(texts, "กองคลัง")
    assert {(m.measure, m.field) for m in units} >= {(2, "responsible_units"), (3, "responsible_units")}
    assert find_all(texts, "   ") == []
    # nested items are rows in the order the editor shows them
    nested = find_all(texts, "มีการประชุมเจ้าหน้าที่เพื่อสร้างความรู้")
    assert nested == [Match(1, "results", 1, 0, len("มีการประชุมเจ้าหน้าที่เพื่อสร้างความรู้"))]


def test_find_across_tabs_and_f3(sample_file, open_window, qtbot):
    window = open_window(sample_file)
    assert window.built_measure_pages() == []
    window.ui.actionFind.trigger()
    assert window.ui.findBar.isVisible() and window.focusWidget() is window.ui.findEdit
    type_text(window.ui.findEdit, "No Gift")
    # the first place is shown while typing, the cursor stays in the find box
    assert window.ui.tabs.currentIndex() == 5
    page = window.page_at(5)
    assert unmarked(page.ui.titleEdit.textCursor().selectedText()) == "No Gift"
    assert window.focusWidget() is window.ui.findEdit
    status = window.ui.findStatus.text()
    assert status.startswith("แห่งที่ ๑ จาก ")
    total = len(window._matches)
    assert total >= 3  # the title, a step, the results …
    fields = []
    for _ in range(total):
        window.ui.actionFindNext.trigger()
        fields.append((window._match.measure, window._match.field))
    assert fields[-1] == (4, "title")  # wrapped round to the first
    assert ("results" in {f for _, f in fields}) or ("steps" in {f for _, f in fields})
    window.ui.actionFindPrevious.trigger()
    assert window._match == window._matches[-1]
    # a word in an item of another measure; Esc puts the cursor there
    window.ui.findEdit.clear()
    type_text(window.ui.findEdit, "สขร")  # nowhere
    assert window.ui.findStatus.text() == "ไม่พบคำนี้ในมาตรการใด"
    window.ui.findEdit.selectAll()
    type_text(window.ui.findEdit, "ลงเว็บไซต์")
    assert window.ui.tabs.currentIndex() == 1
    press(window.ui.findEdit, Qt.Key.Key_Escape)
    assert not window.ui.findBar.isVisible()
    edit = window.focusWidget()
    # the selection holds the editor's invisible break marks (issue 18), nothing else
    assert edit is not None and unmarked(edit.textCursor().selectedText()) == "ลงเว็บไซต์"
    assert not edit.textCursor().selectedText().startswith("\u200b")
    # what was typed but not yet saved is found too
    page1 = window.page_at(1)
    page1.ui.outcomesEditor.row_edits()[0].setText("คำใหม่ที่ไม่มีที่อื่น")
    window.ui.tabs.setCurrentIndex(0)
    window.ui.findEdit.setText("คำใหม่ที่ไม่มีที่อื่น")
    assert window.find_next(1) == Match(0, "outcomes", 0, 0, len("คำใหม่ที่ไม่มีที่อื่น"))


def test_find_a_division(sample_file, open_window, qtbot):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(4)
    window.show_find()
    type_text(window.ui.findEdit, "กองคลัง")
    assert window._match.measure == 3 and window._match.field == "responsible_units"
    window.hide_find()
    box = window.focusWidget()
    assert box.text() == "กองคลัง" and box.isChecked()


def test_zoom_is_remembered(sample_file, open_window, tmp_path, qsettings):
    window = open_window(sample_file)
    base = QApplication.font().pointSizeF()
    window.ui.actionZoomIn.trigger()
    window.ui.actionZoomIn.trigger()
    assert window.zoom_percent == 120
    page = window.page_at(2)
    assert abs(page.ui.titleEdit.font().pointSizeF() - base * 1.2) < 0.01
    assert "๑๒๐%" in window.statusBar().currentMessage()
    close_window(window)
    qsettings.sync()
    again = QSettings(qsettings.fileName(), QSettings.Format.IniFormat)
    assert int(again.value("view/zoom")) == 120
    window2 = open_window(sample_file)  # the same settings file
    assert window2.zoom_percent == 120
    assert abs(window2.page_at(3).ui.stepsEditor.row_edits()[0].font().pointSizeF() - base * 1.2) < 0.01
    for _ in range(30):
        window2.ui.actionZoomOut.trigger()
    assert window2.zoom_percent == 70
    window2.ui.actionZoomReset.trigger()
    assert window2.zoom_percent == 100 and abs(window2.ui.tabs.font().pointSizeF() - base) < 0.01


def test_help_opens_from_f1_and_the_help_menu(sample_file, open_window):
    window = open_window(sample_file)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "ช่วยเหลือ"
    assert window.ui.actionHelp.shortcut().toString() == "F1"
    window.ui.actionHelp.trigger()
    dialog = window._help
    assert dialog is not None and dialog.isVisible()
    text = dialog.ui.browser.toPlainText()
    for words in ("เปิดโปรแกรมครั้งแรก", "itas.nacc.go.th", "Ctrl+F", "F3", "F7", "Ctrl+0", "ปุ่มลัด"):
        assert words in text
    # the help names the web page's menu item as the menu shows it
    assert f"รายงาน > {window.ui.actionExportHtml.text()}" in text
    dialog.close()
    assert window.show_help() is dialog
