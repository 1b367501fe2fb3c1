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
