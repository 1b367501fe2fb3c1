"""Issue 13, the clerk's editor: the participation sentence never replaces
the clerk's text, lists keep their levels, one undo history per report."""

from __future__ import annotations

from itadesk import outline
from itadesk.storage import Database

from .conftest import close_window, type_text


def _results(sample_file, index: int) -> list[str]:
    with Database(sample_file) as db:
        org = db.organizations()[0]
        report = db.load_report(org.id, db.years(org.id)[-1])
    return [text for _level, text in outline.flatten(report.measures[index].results)]


def test_sentence_button_keeps_the_clerks_paragraph_that_starts_the_same_way(sample_file, open_window):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(2)  # measure ๒: its results start with ผู้เข้าร่วมกิจกรรม…
    page = window.page_at(2)
    ui = page.ui
    editor = ui.resultsEditor
    clerk = editor.texts()
    assert clerk[0].startswith("ผู้เข้าร่วมกิจกรรม")
    assert page.measure.participant_count is not None

    ui.sentenceButton.click()
    written = editor.texts()
    assert written[: len(clerk)] == clerk  # nothing of the clerk's replaced
    assert len(written) == len(clerk) + 1
    assert written[-1].startswith("ผู้เข้าร่วมกิจกรรม")

    # New counts: the button updates the sentence it wrote, and only that one.
    ui.participantEdit.clear()
    type_text(ui.participantEdit, "12")
    ui.sentenceButton.click()
    assert editor.texts()[: len(clerk)] == clerk
    assert len(editor.texts()) == len(clerk) + 1
    assert "๑๒ คน" in editor.texts()[-1]

    # The clerk rewrites the generated sentence: it is now the clerk's text.
    last = editor.row_edits()[-1]
    last.setText(last.text() + " ทุกคนพึงพอใจ")
    editor.changed.emit()
    ui.sentenceButton.click()
    assert editor.texts()[-2].endswith("ทุกคนพึงพอใจ")
    assert len(editor.texts()) == len(clerk) + 2

    close_window(window)
    stored = _results(sample_file, 1)
    assert stored[: len(clerk)] == [t.strip() for t in clerk]
    assert stored[-2].endswith("ทุกคนพึงพอใจ") and "๑๒ คน" in stored[-1]


def test_sentence_button_moves_with_its_item(sample_file, open_window):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(2)
    page = window.page_at(2)
    editor = page.ui.resultsEditor
    page.ui.sentenceButton.click()
    n = len(editor.texts())
    editor.focus_row(n - 1)
    editor.move_current(-1)  # the generated item is now above the clerk's last one
    page.ui.participantEdit.clear()
    type_text(page.ui.participantEdit, "7")
    page.ui.sentenceButton.click()
    texts = editor.texts()
    assert len(texts) == n  # updated where it now stands, not added again
    assert [t for t in texts if "๗ คน" in t] and "๗ คน" not in texts[-1]


def test_list_editor_keeps_eight_levels_through_the_database_and_exchange_file(
    sample_file, open_window, tmp_path, answers
):
    from PySide6.QtCore import Qt

    from itadesk import exchange

    from .conftest import press

    window = open_window(sample_file)
    page = window.add_measure()
    type_text(page.ui.titleEdit, "มาตรการแปดชั้น")
    steps = page.ui.stepsEditor
    for level in range(1, outline.MAX_LEVEL + 2):
        edit = steps.row_edits()[-1]
        type_text(edit, f"ชั้น {level}")
        if level <= outline.MAX_LEVEL:
            press(edit, Qt.Key.Key_Return)
            press(steps.row_edits()[-1], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    # a→b→…→h and one more: the ninth stays beside the eighth, the button says no.
    assert steps.levels() == [*range(1, outline.MAX_LEVEL + 1), outline.MAX_LEVEL]
    assert not steps.indent_button.isEnabled()
    assert outline.depth(page.measure.steps) == outline.MAX_LEVEL
    index = page.index
    path = tmp_path / "deep.json"
    window.export_exchange(path)
    close_window(window)

    with Database(sample_file) as db:
        org = db.organizations()[0]
        stored = db.load_report(org.id, db.years(org.id)[-1]).measures[index].steps
    assert [lvl for lvl, _ in outline.flatten(stored)] == [*range(1, 9), 8]
    assert exchange.load_report(path).measures[index].steps == stored

    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(index + 1)
    reopened = window.page_at(index + 1).ui.stepsEditor
    assert reopened.levels() == [*range(1, 9), 8]  # nothing flattened on the way back
    assert len(set(reopened.markers())) >= 3


def test_a_list_deeper_than_the_limit_is_brought_up_and_said(sample_file, open_window):
    from itadesk.model import Item

    window = open_window(sample_file)
    page = window.add_measure()
    steps = page.ui.stepsEditor
    said: list[str] = []
    steps.notice.connect(said.append)
    items: list[Item] = []
    for k in range(outline.MAX_LEVEL + 1, 0, -1):
        items = [Item(str(k), items)]
    steps.set_items(items)
    assert steps.levels() == [*range(1, 9), 8]
    assert said and "๘ ชั้น" in said[0]


def _stored(path) -> list:
    with Database(path, readonly=True) as db:  # what is on disk, the window still open
        org = db.organizations()[0]
        return db.load_report(org.id, db.years(org.id)[-1]).measures


def _flat(items) -> list[tuple[int, str]]:
    return list(outline.flatten(items))


def test_undo_and_redo_list_edits_typing_and_the_sentence_into_the_database(sample_file, open_window, qtbot):
    from PySide6.QtCore import Qt

    original = _stored(sample_file)
    window = open_window(sample_file)
    ui = window.ui
    assert not ui.actionUndo.isEnabled() and ui.actionUndo.text() == "เลิกทำ"
    assert [a.text() for a in ui.menubar.actions()][1] == "แก้ไข"
    ui.tabs.setCurrentIndex(1)
    page = window.page_at(1)
    steps = page.ui.stepsEditor
    top = [i for i, lvl in enumerate(steps.levels()) if lvl == 1]
    assert len(top) >= 3
    steps.focus_row(top[2])
    steps.remove_current()
    assert ui.actionUndo.text().startswith("เลิกทำ: ลบข้อ ๓")
    type_text(page.ui.titleEdit, " ปรับปรุง")  # typing: one step however many keys
    assert ui.actionUndo.text().startswith("เลิกทำ: พิมพ์ชื่อมาตรการ")
    typed = page.measure.title
    assert "ปรับปรุง" in typed and typed != original[0].title
    steps.focus_row(top[1])
    steps.indent_current(1)
    steps.move_current(-1)
    window.flush()
    assert _stored(sample_file)[0] != original[0]

    # Another tab: the participation sentence on measure ๒.
    ui.tabs.setCurrentIndex(2)
    page2 = window.page_at(2)
    before2 = page2.ui.resultsEditor.texts()
    page2.ui.sentenceButton.click()
    assert ui.actionUndo.text().startswith("เลิกทำ: เขียนจำนวนผู้เข้าร่วม")
    window.flush()  # autosaved before undoing

    ui.actionUndo.trigger()
    assert page2.ui.resultsEditor.texts() == before2
    ui.actionUndo.trigger()  # the move, back on measure ๑'s tab
    assert ui.tabs.currentIndex() == 1
    for _ in range(3):  # indent, typing, delete
        ui.actionUndo.trigger()
    assert not ui.actionUndo.isEnabled()
    assert _stored(sample_file) == original  # undone into the database, not only on screen
    page = window.page_at(1)
    assert _flat(page.measure.steps) == _flat(original[0].steps)

    # Redo all five, then undo the sentence with the keyboard, in a text field.
    for _ in range(5):
        ui.actionRedo.trigger()
    assert len(window.page_at(2).ui.resultsEditor.texts()) == len(before2) + 1
    assert _stored(sample_file)[0].title == typed
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    target = window.page_at(2).ui.participantEdit
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.page_at(2).ui.resultsEditor.texts() == before2
    qtbot.keyClick(
        target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(window.page_at(2).ui.resultsEditor.texts()) == len(before2) + 1
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    close_window(window)

    # Reopened: the data as left, the history gone.
    window = open_window(sample_file)
    assert not window.ui.actionUndo.isEnabled()
    stored = _stored(sample_file)
    assert stored[1].results == original[1].results
    assert stored[0].title == typed


def test_undo_measure_add_move_delete_and_the_history_resets_on_another_report(
    sample_file, open_window, answers
):
    original = [m.title for m in _stored(sample_file)]
    window = open_window(sample_file)
    ui = window.ui
    ui.actionAddMeasure.trigger()
    type_text(window.page_at(len(original) + 1).ui.titleEdit, "มาตรการใหม่")
    ui.actionMoveLeft.trigger()
    ui.tabs.setCurrentIndex(1)
    answers.ask = True
    ui.actionDelete.trigger()
    assert answers.asked and "ลบมาตรการที่ ๑" in answers.asked[-1]  # still confirmed
    assert ui.actionUndo.text() == "เลิกทำ: ลบมาตรการที่ ๑"
    titles = [m.title for m in _stored(sample_file)]
    assert titles == original[1:-1] + ["มาตรการใหม่", original[-1]]

    for _ in range(4):  # delete, move, typing, add
        ui.actionUndo.trigger()
    assert [m.title for m in _stored(sample_file)] == original
    assert [m.title for m in window.report.measures] == original
    assert ui.tabs.count() == len(original) + 1
    for _ in range(4):
        ui.actionRedo.trigger()
    assert [m.title for m in _stored(sample_file)] == titles
    ui.actionUndo.trigger()
    assert [m.title for m in _stored(sample_file)][0] == original[0]
    assert window.report.measures[0].steps == _stored(sample_file)[0].steps

    window.start_year(2569, 2568)  # another report: a history of its own
    assert not ui.actionUndo.isEnabled() and not window.undo_stack.count()


def test_catalog_measure_for_a_subdistrict_administration_is_worded_for_it(db_path, open_window):
    from itadesk.model import DEFAULT_UNITS, Organization
    from itadesk.ui.small_dialogs import CatalogDialog

    with Database(db_path) as db:
        org = db.save_organization(
            Organization(
                "องค์การบริหารส่วนตำบลทดสอบ",
                "องค์การบริหารส่วนตำบล",
                units=DEFAULT_UNITS["องค์การบริหารส่วนตำบล"],
            )
        )
        db.create_report(org.id, 2568)
    window = open_window(db_path)
    dialog = CatalogDialog(window, org_type=window.report.organization.type)
    entry = next(e for e in dialog.entries if "No Gift" in e.title)
    window.add_catalog_entries([entry])
    assert window.ui.actionUndo.text() == "เลิกทำ: เพิ่มจากมาตรการที่ใช้บ่อย"
    close_window(window)
    (measure,) = _stored(db_path)
    steps = [text for _level, text in outline.flatten(measure.steps)]
    assert steps[0].startswith("นายกองค์การบริหารส่วนตำบลลงนาม")
    assert "พนักงานส่วนตำบล" in steps[1]
    assert not any("เทศ" in s for s in steps)


def test_pasting_a_two_level_list_from_word_and_libreoffice(sample_file, open_window):
    from PySide6.QtCore import QMimeData

    from tests.test_textclean import LIBREOFFICE_HTML, WORD_HTML

    window = open_window(sample_file)
    page = window.add_measure()
    type_text(page.ui.titleEdit, "มาตรการวาง")
    steps = page.ui.stepsEditor
    said: list[str] = []
    steps.notice.connect(said.append)
    mime = QMimeData()
    mime.setHtml(WORD_HTML)
    mime.setText("1. ประชุมคณะทำงาน\na. กำหนดวัน\nb. แจ้งทุกกอง\n2. รายงานผล")
    steps.row_edits()[0].setFocus()
    steps.row_edits()[0].insertFromMimeData(mime)
    assert steps.texts() == ["ประชุมคณะทำงาน", "กำหนดวัน", "แจ้งทุกกอง", "รายงานผล"]
    assert steps.levels() == [1, 2, 2, 1]
    assert steps.markers() == ["๑.", "(๑)", "(๒)", "๒."]
    assert said and "ข้อย่อย" in said[-1]
    assert window.ui.actionUndo.text() == "เลิกทำ: วางข้อความ (ขั้นตอน)"

    outcomes = page.ui.outcomesEditor
    mime = QMimeData()
    mime.setHtml(LIBREOFFICE_HTML)
    mime.setText("ประชุมคณะทำงาน\nกำหนดวัน\nแจ้งทุกกอง\nลึก\nรายงานผล")
    outcomes.row_edits()[0].setFocus()
    outcomes.row_edits()[0].insertFromMimeData(mime)
    assert outcomes.levels() == [1, 2, 2, 3, 1]
    index = page.index
    window.ui.actionUndo.trigger()
    assert outcomes.texts() == [""]
    window.ui.actionRedo.trigger()
    close_window(window)
    stored = _stored(sample_file)[index]
    assert [lvl for lvl, _ in outline.flatten(stored.steps)] == [1, 2, 2, 1]
    assert [lvl for lvl, _ in outline.flatten(stored.outcomes)] == [1, 2, 2, 3, 1]


def test_a_list_pasted_into_the_title_becomes_its_text(sample_file, open_window):
    window = open_window(sample_file)
    page = window.add_measure()
    page.ui.titleEdit.setFocus()
    page.ui.titleEdit.paste_text("1. ประชุม\n2. รายงาน\n- สรุป")
    assert page.ui.titleEdit.text() == "ประชุมรายงานสรุป"


def test_the_undo_delete_bar_goes_once_another_step_follows(sample_file, open_window, answers):
    window = open_window(sample_file)
    window.ui.tabs.setCurrentIndex(3)
    window.ui.actionDelete.trigger()
    assert not window.ui.noticeBar.isHidden() and window.ui.noticeAction.text() == "เลิกลบ"
    window.ui.tabs.setCurrentIndex(1)
    window.ui.actionMoveRight.trigger()
    assert window.ui.noticeBar.isHidden()
    window.ui.actionUndo.trigger()
    assert window.ui.actionUndoDelete.isEnabled()
