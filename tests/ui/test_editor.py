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
