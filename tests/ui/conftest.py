"""Fixtures for the window's tests: a real database file, the window on it,
and the message boxes answered by the test instead of a person."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from itadesk.storage import Database


@pytest.fixture
def app(qapp):
    from itadesk.ui.app import make_application

    return make_application()


@dataclass
class Answers:
    """What the message boxes said, and what the test answers to questions."""

    ask: bool = True
    asked: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    told: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch):
    from itadesk import messages
    from itadesk.ui import dialogs

    a = Answers()

    def ask(parent, text, yes, no, **kw):
        a.asked.append(text)
        return a.ask

    def show_error(parent, exc, **kw):
        a.errors.append(exc)
        a.told.append(messages.describe(exc))

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(dialogs, "show_error", show_error)

    def tell(parent, text, detail=None):
        a.told.append(text + ("\n" + detail if detail else ""))

    monkeypatch.setattr(dialogs, "inform", tell)
    return a


def quiet_dialogs():
    """The window's dialogs as the tests answer them: the message boxes go
    to ``answers`` (see that fixture); after a saved PDF or backup nothing
    is shown, as when the clerk just closes the message."""
    from itadesk.ui.dialogs import Dialogs

    class QuietDialogs(Dialogs):
        def __init__(self) -> None:
            self.readiness_lists: list[list[str]] = []  # each list shown before printing
            self.readiness_answer: object = True  # go on printing

        def readiness(self, parent, findings, digits, proceed):
            from itadesk import messages

            self.readiness_lists.append([messages.readiness_line(f, digits) for f in findings])
            return self.readiness_answer

        def pdf_saved(self, parent, path, text, warnings):
            pass

        def backup_saved(self, parent, info, *, style="thai"):
            pass

    return QuietDialogs()


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(app, qtbot, qsettings, answers):
    """Open the main window on a database file; closes it after the test."""
    opened = []

    def _open(path: Path):
        from itadesk.ui.main_window import MainWindow

        db = Database(path)
        window = MainWindow(db, qsettings, dialogs=quiet_dialogs())
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, db))
        return window

    yield _open
    for window, db in opened:
        if window.isVisible():
            window.close()
        db.close()


def close_window(window) -> None:
    """Close as the clerk does (flushes), and release the database."""
    window.close()
    window.db.close()


@pytest.fixture
def sample_file(tmp_path, sample_report) -> Path:
    path = tmp_path / "sample.db"
    with Database(path) as db:
        db.import_report(sample_report)
    return path


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (Thai too: each key event carries its text)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
    QApplication.processEvents()


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()


def wait_until(condition, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        QApplication.processEvents()
        time.sleep(0.01)
