"""A large report: only the pages shown last stay built, a page is let go
only when all it shows is saved, and reopening deletes the old tabs a few at
a time (issue 19; the timings are in benchmarks/bench_window.py)."""

import copy

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from itadesk.storage import Database
from itadesk.ui.main_window import BUILT_PAGES_KEPT

from .conftest import type_text, wait_until


def _turn():
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_only_recent_pages_stay_built(tmp_path, sample_report, open_window):
    report = copy.deepcopy(sample_report)
    report.measures = [copy.deepcopy(sample_report.measures[i % 5]) for i in range(30)]
    path = tmp_path / "large.db"
    with Database(path) as db:
        db.import_report(report)
    window = open_window(path)
    tabs = window.ui.tabs
    tabs.setCurrentIndex(2)
    page2 = window.page_at(2)
    type_text(page2.ui.titleEdit, "(แก้)")  # not saved yet: the autosave timer has not run
    assert page2 in window.autosave.dirty
    window.autosave._timer.stop()  # as if the clerk went on clicking within the second
    for i in range(3, 31):
        tabs.setCurrentIndex(i)
        _turn()
    built = window.built_measure_pages()
    assert page2 in built  # kept while it holds changes
    assert len(built) == BUILT_PAGES_KEPT + 1
    assert window.flush()
    assert window.report.measures[1].title.startswith("(แก้)")
    tabs.setCurrentIndex(1)  # built again, from what was saved
    _turn()
    assert len(window.built_measure_pages()) <= BUILT_PAGES_KEPT + 1
    assert window.page_at(1).ui.titleEdit.text() == report.measures[0].title
    assert window.page_at(2).ui.titleEdit.text().startswith("(แก้)")
    # find and the readiness list still reach a page that was let go
    window.ui.findEdit.setText("No Gift")
    assert window.find_next(1).measure == 4
    assert tabs.currentIndex() == 5
    # reopening: the new tabs at once, the old ones deleted a few at a time
    window.open_report(window.report.organization.id, 2568, tab=3)
    assert tabs.count() == 31 and tabs.currentIndex() == 3
    assert window._to_delete
    wait_until(lambda: not window._to_delete)
    assert window.page_at(3).ui.titleEdit.text() == report.measures[2].title
